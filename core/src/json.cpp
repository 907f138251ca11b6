#include "json.hpp"

#include <cmath>
#include <cstdio>

#include "text/utf8.hpp"
#include "quarry/quarry.h"

namespace quarry {
namespace {

// Maps byte offsets to the requested unit. Calls must be mostly increasing (each array is
// walked in order); a smaller offset restarts from the beginning.
class OffsetMapper {
 public:
  OffsetMapper(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {}
  uint64_t operator()(size_t byte) {
    if (unit_ == OffsetUnit::Byte) return byte;
    if (byte < pos_) {
      pos_ = 0;
      units_ = 0;
    }
    const auto *s = reinterpret_cast<const unsigned char *>(text_.data());
    const auto *end = s + text_.size();
    while (pos_ < byte) {
      if (s[pos_] < 0x80) {
        ++pos_;
        ++units_;
        continue;
      }
      const text::Decoded d = text::decode_utf8(s + pos_, end);
      pos_ += d.len;
      units_ += unit_ == OffsetUnit::Utf16 ? text::utf16_units(d.cp) : 1;
    }
    return units_;
  }

 private:
  std::string_view text_;
  OffsetUnit unit_;
  size_t pos_ = 0;
  uint64_t units_ = 0;
};

void append_uint(std::string &out, uint64_t v) {
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
  out.append(buf, static_cast<size_t>(n));
}

void append_number(std::string &out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[40];
  int n;
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
    n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else
    n = std::snprintf(buf, sizeof buf, "%.15g", v);
  out.append(buf, static_cast<size_t>(n));
}

}  // namespace

const char *token_kind_name(segment::TokenKind kind) {
  static const char *const kNames[] = {"none",  "word",    "number",   "punct",    "symbol",
                                       "url",   "email",   "handle",   "hashtag",  "emoji",
                                       "emoticon", "citation", "abbreviation"};
  const auto i = static_cast<size_t>(kind);
  return i < sizeof kNames / sizeof kNames[0] ? kNames[i] : "none";
}

void append_json_string(std::string &out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  const auto *end = p + s.size();
  while (p < end) {
    const unsigned char b = *p;
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
      out.push_back(static_cast<char>(b));
      ++p;
      continue;
    }
    if (b < 0x80) {
      switch (b) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          out += "\\u00";
          out.push_back(kHex[b >> 4]);
          out.push_back(kHex[b & 15]);
      }
      ++p;
      continue;
    }
    const text::Decoded d = text::decode_utf8(p, end);
    if (d.valid)
      out.append(reinterpret_cast<const char *>(p), d.len);
    else
      out += "\\ufffd";
    p += d.len;
  }
  out.push_back('"');
}

void write_json(const Document &doc, const JsonFlags &flags, std::string &out) {
  const char *unit = flags.offsets == OffsetUnit::Byte    ? "byte"
                     : flags.offsets == OffsetUnit::Utf16 ? "utf16"
                                                           : "codepoint";
  const char *nl = flags.pretty ? "\n" : "";
  const char *item_indent = flags.pretty ? "\n    " : "";
  out.reserve(out.size() + 64 + doc.sentences.size() * 48 + doc.mentions.size() * 96 +
              (flags.tokens ? doc.tokens.size() * 40 : 0));
  out += "{";
  out += flags.pretty ? "\n  " : "";
  out += "\"quarry\": \"" QUARRY_VERSION_STRING "\", \"offsets\": \"";
  out += unit;
  out += "\",";
  out += flags.pretty ? "\n  " : " ";
  out += "\"reference_date\": {\"value\": ";
  if (doc.reference_date.empty())
    out += "null";
  else
    append_json_string(out, doc.reference_date);
  out += ", \"source\": \"";
  out += doc.reference_source;
  out += "\"}";

  auto open_array = [&](const char *name) {
    out += ",";
    out += flags.pretty ? "\n  " : " ";
    out += "\"";
    out += name;
    out += "\": [";
  };
  auto close_array = [&](bool empty) {
    if (!empty && flags.pretty) out += "\n  ";
    out += "]";
  };
  auto sep = [&](size_t i) {
    if (i) out += ",";
    out += item_indent;
    if (!flags.pretty && i) out += " ";
  };

  {
    OffsetMapper map(doc.text, flags.offsets);
    open_array("paragraphs");
    for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
      sep(i);
      out += "{\"start\": ";
      append_uint(out, map(doc.paragraphs[i].start));
      out += ", \"end\": ";
      append_uint(out, map(doc.paragraphs[i].end));
      out += "}";
    }
    close_array(doc.paragraphs.empty());
  }
  {
    OffsetMapper map(doc.text, flags.offsets);
    open_array("sentences");
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const auto &s = doc.sentences[i];
      sep(i);
      out += "{\"start\": ";
      append_uint(out, map(s.start));
      out += ", \"end\": ";
      append_uint(out, map(s.end));
      out += ", \"paragraph\": ";
      append_uint(out, s.paragraph);
      out += "}";
    }
    close_array(doc.sentences.empty());
  }
  if (flags.tokens) {
    OffsetMapper map(doc.text, flags.offsets);
    open_array("tokens");
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const auto &t = doc.tokens[i];
      sep(i);
      out += "{\"start\": ";
      append_uint(out, map(t.start));
      out += ", \"end\": ";
      append_uint(out, map(t.end));
      out += ", \"kind\": \"";
      out += token_kind_name(t.kind);
      out += "\"}";
    }
    close_array(doc.tokens.empty());
  }
  {
    OffsetMapper map(doc.text, flags.offsets);
    open_array("mentions");
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention &m = doc.mentions[i];
      sep(i);
      out += "{\"type\": \"";
      out += mention_type_name(m.type);
      out += "\", \"start\": ";
      append_uint(out, map(m.start));
      out += ", \"end\": ";
      append_uint(out, map(m.end));
      out += ", \"text\": ";
      append_json_string(out, std::string_view(doc.text).substr(m.start, m.end - m.start));
      out += ", \"sentence\": ";
      append_uint(out, m.sentence);
      if (m.has_value) {
        out += ", \"value\": ";
        append_number(out, m.value);
      } else if (!m.iso.empty()) {
        out += ", \"value\": ";
        append_json_string(out, doc.str(m.iso));
      }
      if (m.has_value || (m.qualifier != Qualifier::None && !(m.grain && *m.grain))) {
        out += ", \"low\": ";
        if (m.has_low) append_number(out, m.low); else out += "null";
        out += ", \"high\": ";
        if (m.has_high) append_number(out, m.high); else out += "null";
      }
      if (m.qualifier != Qualifier::None) {
        out += ", \"qualifier\": \"";
        out += qualifier_name(m.qualifier);
        out += "\"";
      }
      if (!m.unit.empty()) {
        out += ", \"unit\": ";
        append_json_string(out, m.unit);
      }
      if (!m.counted.empty()) {
        out += ", \"counted\": ";
        append_json_string(out, doc.str(m.counted));
      }
      if (m.grain && *m.grain) {
        out += ", \"grain\": ";
        append_json_string(out, m.grain);
      }
      if (!m.canonical.empty()) {
        out += ", \"canonical\": ";
        append_json_string(out, doc.str(m.canonical));
      }
      if (m.group >= 0) {
        out += ", \"group\": ";
        append_uint(out, static_cast<uint64_t>(m.group));
      }
      out += "}";
    }
    close_array(doc.mentions.empty());
  }
  out += nl;
  out += "}";
}

}  // namespace quarry
