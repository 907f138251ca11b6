// Reading a number token ("97,735", "1.234,5", "90 000", "18:00", "19th", "1990s",
// "٣٫٥", "１２３") and the document-wide conventions that decide ambiguous ones.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "options.hpp"

namespace quarry::numbers {

class Ctx;

enum class Shape : uint8_t {
  Invalid,  // not one number ("1,1,1", "2.0.1"): see the groups
  Integer,  // "2023", "97,735", "90 000"
  Decimal,  // "4.2", "1.234,5"
  Time,     // "18:00", "00:01:19", "3:43.13" (frac_digits: decimals of a second, the last group)
  Ordinal,  // "19th"
  Decade,   // "1990s", "90s"
};

struct DigitToken {
  Shape shape = Shape::Invalid;
  double value = 0;
  int digits = 0;             // digits of the integer part
  int frac_digits = 0;
  bool grouped = false;       // group separators were read
  bool leading_zero = false;  // an integer part of two or more digits that starts with 0
  bool ascii = true;          // only ASCII digits
  // The digit groups as written, whatever the shape: the first four of ngroups, each with
  // the separator before it (sep[0] is 0). Separators: ',' '.' ':' '\'' ' ' (any space).
  int ngroups = 0;
  uint32_t group_value[4] = {0, 0, 0, 0};
  uint8_t group_len[4] = {0, 0, 0, 0};
  char sep[4] = {0, 0, 0, 0};
  bool same_sep = true;       // every separator is the same character
};

// The year a token written as four plain digits names (1000-2199), or 0.
inline int year_digits(const DigitToken &d) {
  if (d.shape != Shape::Integer || d.grouped || d.digits != 4 || d.leading_zero) return 0;
  return d.value >= 1000 && d.value <= 2199 ? static_cast<int>(d.value) : 0;
}

// Reads a number token with the given decimal mark ('.' or ','). When the token is not a
// valid number that way and `fallback` is set, the other mark is tried.
DigitToken read_digits(std::string_view token, char decimal, bool fallback);

// Sets the document's conventions on ctx in one pass over its number tokens:
// - the decimal mark: the locale's when the option gave one; else ',' when some number can
//   only be read with a decimal comma ("1.234,5", "1.234.567") and none only with a point;
// - how ambiguous numeric dates ("09/10/2023") are read: the option, else what the
//   document's unambiguous ones show, else month first for US English, day first otherwise.
// `numbers` lists the document's number tokens, ascending.
void read_conventions(Ctx &ctx, const std::vector<uint32_t> &numbers);

}  // namespace quarry::numbers
