// Amounts: a number with its bounds, range, currency or unit and what it counts:
// "more than 90,000 residents", "$4.2bn", "between 10 and 12 per cent", "tens of
// thousands", "almost ten months", "10km", "25°C".
#pragma once

#include <cstddef>
#include <string_view>

#include "document.hpp"
#include "numbers/context.hpp"
#include "numbers/numeral.hpp"

namespace quarry::numbers {

struct Amount {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  MentionType type = MentionType::None;
  bool has_value = false, has_low = false, has_high = false;
  double value = 0, low = 0, high = 0;
  Qualifier qualifier = Qualifier::None;
  std::string_view unit;     // ISO 4217 code for money, a unit code otherwise
  // What is counted: tokens [counted_begin, counted_end), or, with link_counted, whatever
  // the next number counts ("90,000 of the estimated 120,000 residents").
  size_t counted_begin = 0, counted_end = 0;
  bool link_counted = false;
  bool age = false;  // an age with its word before the number ("aged 19")
};

// Whether v can be an age in years: a whole number from 1 to 120.
inline bool age_years(double v) { return v >= 1 && v <= 120 && v == static_cast<int>(v); }

// Reads an amount that starts at token `start` (maybe with a qualifier, a range opener, a
// sign or a currency) and ends before `limit`.
bool parse_amount(const Ctx &c, size_t start, size_t limit, Amount &out);

// Tokens [i, *end) name what a number counts: up to three words ending with a plural noun
// ("residents", "ethnic Armenians"); a singular one too when `singular` is set.
bool find_counted(const Ctx &c, size_t i, size_t limit, bool singular, size_t *end);

}  // namespace quarry::numbers
