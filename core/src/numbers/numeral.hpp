// A number as written, in digits or words: "97,735", "1.2 million", "$4.2bn" (the 4.2bn),
// "ninety thousand", "one hundred and twenty", "two-thirds", "half a million", "19th",
// "twenty-first", "tens of thousands", "several hundred".
#pragma once

#include <cstddef>
#include <string_view>

#include "numbers/context.hpp"
#include "numbers/digits.hpp"

namespace quarry::numbers {

struct Numeral {
  size_t begin = 0, end = 0;   // tokens [begin, end)
  double value = 0;
  bool ordinal = false;
  bool fraction = false;       // "two-thirds", "half", "1/2"
  bool from_digits = false;    // the first token is a number token
  bool weak = false;           // a lone weak word ("one", "second")
  bool magnitude = false;      // "thousands": the numbers [low, high)
  double low = 0, high = 0;
  bool article = false;        // "a million"
  double scale = 1;            // the multiplier applied
  // An ambiguous multiplier right after the digits ("1.6m": million or metres), not applied.
  const WordEntry *pending_scale = nullptr;
  Shape shape = Shape::Invalid;  // the first token's reading when from_digits
  bool leading_zero = false;
  const WordEntry *inline_unit = nullptr;  // the unit inside a hyphenated word ("three-year")
  bool decimal() const { return from_digits && shape == Shape::Decimal; }
};

// Reads a number starting at token i, not past `limit`, into `out`, which must be fresh
// (default-constructed; every caller declares its own). Work is bounded by a constant plus
// the tokens consumed.
bool parse_numeral(const Ctx &c, size_t i, size_t limit, Numeral &out);

// "and a half" at token j ("2 and a half", "a year and a half", ru "с половиной"): the
// tokens it takes, or 0. Most words after a number are no "and": one cached look-up.
size_t half_rest(const Ctx &c, size_t j, size_t limit);
inline size_t half_after(const Ctx &c, size_t j, size_t limit) {
  return j + 1 < limit && c.word(j).has(kNumeralAnd) ? half_rest(c, j, limit) : 0;
}

// Groups of three digits after number token i, each after one plain space ("100 000", "1 200
// 000" in French, Russian or Armenian copy): the token after the last group, or i + 1 when
// there is none. Token i must be a plain integer of one to three digits. value (if not null)
// gets the whole number.
size_t space_groups(const Ctx &c, size_t i, size_t limit, double *value);

// The value of a vulgar fraction character token ("½"), or 0.
double fraction_glyph(const Ctx &c, size_t i);

// The value of a Roman numeral in capitals, written the usual way ("XXI", "XIX", "IV"; a
// Cyrillic "Х" counts as an X, as Russian copy often types it), or 0.
int roman_numeral(std::string_view s);

// The century a Roman numeral at token i names before a century's word ("XXI век", "XX
// դարում", "the XIX century"): 1 to 30, or 0.
int roman_century(const Ctx &c, size_t i, size_t limit);

}  // namespace quarry::numbers
