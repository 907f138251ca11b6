#include <catch2/catch.hpp>
#include <string>

#include "text/chars.hpp"
#include "text/utf8.hpp"

using quarry::text::decode_utf8;
using quarry::text::find_invalid_utf8;

namespace {
std::vector<uint32_t> bad_sequence_lengths(const std::string &s) {
  std::vector<uint32_t> out;
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  const auto *end = p + s.size();
  while (p < end) {
    const auto d = decode_utf8(p, end);
    if (!d.valid) out.push_back(d.len);
    p += d.len;
  }
  return out;
}
}  // namespace

TEST_CASE("valid UTF-8 decodes to code points", "[utf8]") {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  const auto *end = p + s.size();
  auto d = decode_utf8(p, end);
  CHECK((d.cp == U'a' && d.len == 1 && d.valid));
  d = decode_utf8(p + 1, end);
  CHECK((d.cp == U'é' && d.len == 2));
  d = decode_utf8(p + 3, end);
  CHECK((d.cp == U'€' && d.len == 3));
  d = decode_utf8(p + 6, end);
  CHECK((d.cp == U'😀' && d.len == 4));
  CHECK(find_invalid_utf8(s.data(), s.size()) == SIZE_MAX);
}

TEST_CASE("first bad byte offset", "[utf8]") {
  CHECK(find_invalid_utf8("abc\xFF", 4) == 3);
  CHECK(find_invalid_utf8("0123456789\xC3", 11) == 10);            // truncated at the end
  CHECK(find_invalid_utf8("\xED\xA0\x80", 3) == 0);                // surrogate
  CHECK(find_invalid_utf8("ab\xC0\xAF", 4) == 2);                  // overlong
  CHECK(find_invalid_utf8("x\xF4\x90\x80\x80", 5) == 1);           // above U+10FFFF
  CHECK(find_invalid_utf8("", 0) == SIZE_MAX);
  const std::string nul("a\0b", 3);
  CHECK(find_invalid_utf8(nul.data(), nul.size()) == SIZE_MAX);    // NUL is a character
}

TEST_CASE("bad sequences are measured as maximal subparts (as TextDecoder does)", "[utf8]") {
  using V = std::vector<uint32_t>;
  CHECK(bad_sequence_lengths("\xF0\x9F\x98") == V{3});         // one truncated 4-byte sequence
  CHECK(bad_sequence_lengths("\xC0\xAF") == V{1, 1});          // overlong lead: each byte bad
  CHECK(bad_sequence_lengths("\xED\xA0\x80") == V{1, 1, 1});   // surrogates
  CHECK(bad_sequence_lengths("\xE2\x82" "a") == V{2});
  CHECK(bad_sequence_lengths("\x80\x80") == V{1, 1});
}

TEST_CASE("digit values in several scripts", "[chars]") {
  using quarry::text::digit_value;
  CHECK(digit_value(U'7') == 7);
  CHECK(digit_value(U'٣') == 3);   // Arabic-Indic
  CHECK(digit_value(U'۴') == 4);   // Persian
  CHECK(digit_value(U'९') == 9);   // Devanagari
  CHECK(digit_value(U'５') == 5);  // fullwidth
  CHECK(digit_value(U'𝟖') == 8);   // mathematical bold
  CHECK(digit_value(U'𝟘') == 0);   // mathematical double-struck
  CHECK(digit_value(U'x') == -1);
}
