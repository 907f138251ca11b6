// UTF-8 decoding and validation.
//
// Bad sequences are measured the way the WHATWG Encoding Standard (and so every browser's
// TextDecoder) measures them: a "maximal subpart" of a valid sequence is one bad sequence,
// any other bad byte is one on its own. This keeps our byte <-> UTF-16 accounting identical
// to what JS sees after replacement with U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>

namespace quarry::text {

struct Decoded {
  char32_t cp;   // the code point, or U+FFFD for a bad sequence
  uint32_t len;  // bytes consumed, >= 1
  bool valid;
};

inline Decoded decode_utf8(const unsigned char *p, const unsigned char *end) {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  uint32_t need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {0xFFFD, 1, false};
  }
  uint32_t i = 1;
  for (; i <= need; ++i) {
    if (p + i >= end) return {0xFFFD, i, false};
    const unsigned char b = p[i];
    if (b < lo || b > hi) return {0xFFFD, i, false};
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

// Byte offset of the first bad byte, or SIZE_MAX when the whole buffer is valid UTF-8.
size_t find_invalid_utf8(const char *data, size_t len);

// Number of UTF-16 code units of a code point (bad sequences count as one U+FFFD).
inline uint32_t utf16_units(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

// Appends the UTF-8 encoding of cp.
template <class String> void append_utf8(String &out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace quarry::text
