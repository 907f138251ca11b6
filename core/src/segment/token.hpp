// The token stream: the first stage's output, read by every later stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace quarry::segment {

// Values match quarry_token_kind in quarry.h.
enum class TokenKind : uint8_t {
  None = 0, Word = 1, Number = 2, Punct = 3, Symbol = 4, Url = 5, Email = 6, Handle = 7,
  Hashtag = 8, Emoji = 9, Emoticon = 10, Citation = 11, Abbreviation = 12,
};

// Values match QUARRY_TOKEN_FLAG_* in quarry.h.
enum TokenFlag : uint8_t {
  kSpaceBefore = 1,
  kNewlineBefore = 2,
  kInvalidUtf8 = 4,
};

struct Token {
  uint32_t start;
  uint32_t end;
  TokenKind kind;
  uint8_t flags;
  uint8_t newlines_before;  // line breaks in the white space before the token, capped at 255
  uint8_t reserved = 0;

  uint32_t size() const { return end - start; }
  std::string_view text(std::string_view doc) const { return doc.substr(start, end - start); }
};

// Splits text into tokens. Every byte ends up in exactly one token or in the white space
// between tokens. Bad UTF-8 sequences become one Symbol token each, flagged kInvalidUtf8.
// The few tokens the list and paragraph passes look at, noted by the tokenizer so that those
// passes need not walk every token. Indices count from the first token of the text.
struct TokenIndex {
  std::vector<uint32_t> line_starts;          // tokens flagged kNewlineBefore, ascending
  std::vector<uint32_t> numbers_before_mark;  // Number tokens followed at once by '.' or ')'
};

// Runs in time linear in text.size(). When first_invalid is given, it receives the byte
// offset of the first bad UTF-8 sequence (the first byte find_invalid_utf8 reports), or
// SIZE_MAX: every bad byte ends up in such a token, and every byte before it in valid ones.
// When index is given, it is filled for the tokens of this text.
void tokenize(std::string_view text, std::vector<Token> &out, size_t *first_invalid = nullptr,
              TokenIndex *index = nullptr);

// The same index, by walking tokens that were made without one.
TokenIndex index_tokens(std::string_view text, const std::vector<Token> &tokens);

}  // namespace quarry::segment
