// Serialization of a document following the JSON contract (docs in ARCHITECTURE / README).
#pragma once

#include <string>

#include "document.hpp"

namespace quarry {

enum class OffsetUnit { Byte, Utf16, Codepoint };

struct JsonFlags {
  OffsetUnit offsets = OffsetUnit::Byte;
  bool tokens = false;
  bool pretty = false;
};

void write_json(const Document &doc, const JsonFlags &flags, std::string &out);

// Appends s as a JSON string literal; bad UTF-8 sequences become U+FFFD.
void append_json_string(std::string &out, std::string_view s);

const char *token_kind_name(segment::TokenKind kind);

}  // namespace quarry
