#include "numbers/digits.hpp"

#include <cmath>

#include "numbers/context.hpp"
#include "numbers/words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace quarry::numbers {
namespace {

// One scanned character of a number token.
struct Unit {
  int digit = -1;   // 0..9, or -1
  char sep = 0;     // separator class, or 0
  uint32_t len = 1;
};

// A character past ASCII: a digit of another script, or a space or a separator of its own.
[[gnu::noinline]] Unit scan_wide_unit(const unsigned char *p, const unsigned char *end, bool *ascii) {
  const text::Decoded d = text::decode_utf8(p, end);
  if (d.cp == 0x00A0 || d.cp == 0x2009 || d.cp == 0x202F) return {-1, ' ', d.len};
  if (d.cp == 0x066B) return {-1, 'a', d.len};  // Arabic decimal separator
  if (d.cp == 0x066C) return {-1, 'g', d.len};  // Arabic thousands separator
  const int v = text::digit_value(d.cp);
  if (v >= 0) *ascii = false;
  return {v, 0, d.len};
}

// Inlined into the readers' loops: most number tokens are ASCII ("12,345", "4.5").
[[gnu::always_inline]] inline Unit scan_unit(const unsigned char *p, const unsigned char *end, bool *ascii) {
  const unsigned char b = *p;
  if (b < 0x80) {
    if (b >= '0' && b <= '9') return {b - '0', 0, 1};
    if (b == ',' || b == '.' || b == ':' || b == '\'') return {-1, static_cast<char>(b), 1};
    return {-1, 0, 1};
  }
  return scan_wide_unit(p, end, ascii);
}

// The shape and validity of the separators for one decimal mark. Sets *decimal_at to the
// index of the decimal separator (or -1).
bool valid_with(const DigitToken &t, int nseps, int first_len, int last_len, bool middle_three,
                int count_decimal, int count_bad, char last_sep, char decimal, int *decimal_at) {
  *decimal_at = -1;
  if (nseps == 0) return true;
  const bool last_is_decimal = last_sep == 'a' || (last_sep == decimal && count_decimal == 1);
  (void)t;
  if (last_is_decimal) {
    if (count_bad) return false;
    if (nseps >= 2 && (first_len > 3 || !middle_three)) return false;
    *decimal_at = nseps - 1;
    return true;
  }
  if (count_bad || count_decimal) return false;
  return first_len <= 3 && middle_three && last_len == 3;
}

}  // namespace

DigitToken read_digits(std::string_view token, char decimal, bool fallback) {
  DigitToken t;
  // The common case first: a few ASCII digits and nothing else.
  if (token.size() <= 15) {
    uint64_t v = 0;
    size_t k = 0;
    while (k < token.size() && token[k] >= '0' && token[k] <= '9') v = v * 10 + static_cast<uint64_t>(token[k++] - '0');
    if (k == token.size() && k > 0) {
      t.shape = Shape::Integer;
      t.value = static_cast<double>(v);
      t.digits = static_cast<int>(k);
      t.leading_zero = k >= 2 && token[0] == '0';
      t.ngroups = 1;
      t.group_value[0] = static_cast<uint32_t>(v > UINT32_MAX ? UINT32_MAX : v);
      t.group_len[0] = static_cast<uint8_t>(k);
      return t;
    }
  }
  const auto *p = reinterpret_cast<const unsigned char *>(token.data());
  const auto *end = p + token.size();
  // Pass 1: groups and separators.
  int nseps = 0, cur_len = 0, first_len = 0;
  bool middle_three = true;
  int count_dot = 0, count_comma = 0, count_colon = 0, count_other_group = 0, count_arabic_dec = 0;
  char last_sep = 0;
  const unsigned char *digits_end = end;
  uint64_t cur_value = 0;
  for (const unsigned char *q = p; q < end;) {
    const Unit u = scan_unit(q, end, &t.ascii);
    if (u.digit >= 0) {
      ++cur_len;
      if (cur_value < 100000000u) cur_value = cur_value * 10 + static_cast<uint64_t>(u.digit);
      q += u.len;
      continue;
    }
    if (u.sep && cur_len > 0 && q + u.len < end) {
      if (nseps == 0) first_len = cur_len;
      else if (cur_len != 3) middle_three = false;
      if (t.ngroups < 4) {
        t.group_value[t.ngroups] = static_cast<uint32_t>(cur_value);
        t.group_len[t.ngroups] = static_cast<uint8_t>(cur_len > 255 ? 255 : cur_len);
        ++t.ngroups;
        if (t.ngroups < 4) t.sep[t.ngroups] = u.sep;
      } else {
        ++t.ngroups;
      }
      if (last_sep && u.sep != last_sep) t.same_sep = false;
      last_sep = u.sep;
      ++nseps;
      count_dot += u.sep == '.';
      count_comma += u.sep == ',';
      count_colon += u.sep == ':';
      count_arabic_dec += u.sep == 'a';
      count_other_group += u.sep == ' ' || u.sep == '\'' || u.sep == 'g';
      cur_len = 0;
      cur_value = 0;
      q += u.len;
      continue;
    }
    digits_end = q;  // letters: an ordinal or decade suffix
    break;
  }
  if (cur_len == 0) return t;  // no digits at the end: not a number token we read
  if (nseps == 0) first_len = cur_len;
  const int last_len = cur_len;
  if (t.ngroups < 4) {
    t.group_value[t.ngroups] = static_cast<uint32_t>(cur_value);
    t.group_len[t.ngroups] = static_cast<uint8_t>(cur_len > 255 ? 255 : cur_len);
  }
  ++t.ngroups;
  // Suffix letters.
  if (digits_end < end) {
    if (nseps) return t;
    const std::string_view suffix(reinterpret_cast<const char *>(digits_end),
                                  static_cast<size_t>(end - digits_end));
    char buf[8];
    const std::string_view folded = fold_into(suffix, buf, sizeof buf);
    const WordEntry *e = find_word(folded);
    if (e && (e->roles & kOrdinalSuffix)) t.shape = Shape::Ordinal;
    else if (e && (e->roles & kDecadeSuffix))
      t.shape = Shape::Decade;  // "1990s"
    else return t;
    t.digits = cur_len;
    t.value = static_cast<double>(cur_value);
    return t;
  }
  if (count_colon) {
    // "3:43.13", "2:01:09.5": decimals of a second after the last colon group.
    const bool frac = count_dot == 1 && last_sep == '.' && count_colon == nseps - 1;
    if ((count_colon != nseps && !frac) || count_colon > 2 || first_len > 2 || (frac && last_len > 3))
      return t;
    const int colon_groups = count_colon + 1;
    for (int k = 1; k < colon_groups; ++k)
      if (t.group_len[k] != 2) return t;
    t.shape = Shape::Time;
    t.digits = first_len;
    t.frac_digits = frac ? last_len : 0;
    t.value = t.group_value[0];
    return t;
  }
  // Decide the decimal separator.
  auto counts_for = [&](char mark, int *count_decimal, int *count_bad) {
    *count_decimal = mark == '.' ? count_dot : count_comma;
    *count_bad = count_arabic_dec > 1 ? 1 : 0;
    if (count_arabic_dec == 1 && last_sep != 'a') *count_bad = 1;
  };
  int decimal_at = -1;
  int cd = 0, cb = 0;
  counts_for(decimal, &cd, &cb);
  bool ok = valid_with(t, nseps, first_len, last_len, middle_three, cd, cb, last_sep, decimal, &decimal_at);
  char mark = decimal;
  if (!ok && fallback) {
    mark = decimal == '.' ? ',' : '.';
    counts_for(mark, &cd, &cb);
    ok = valid_with(t, nseps, first_len, last_len, middle_three, cd, cb, last_sep, mark, &decimal_at);
  }
  (void)count_other_group;
  if (!ok) return t;
  // Pass 2: the value.
  double ip = 0, fp = 0, scale = 1;
  int seps_seen = 0, digits = 0, frac = 0;
  bool leading_zero_digit = false;
  for (const unsigned char *q = p; q < digits_end;) {
    bool dummy = true;
    const Unit u = scan_unit(q, digits_end, &dummy);
    if (u.digit >= 0) {
      if (decimal_at >= 0 && seps_seen > decimal_at) {
        if (frac < 17) {
          scale /= 10;
          fp += u.digit * scale;
        }
        ++frac;
      } else {
        if (digits == 0 && u.digit == 0) leading_zero_digit = true;
        ip = ip * 10 + u.digit;
        ++digits;
      }
    } else {
      ++seps_seen;
    }
    q += u.len;
  }
  t.value = ip + fp;
  if (!std::isfinite(t.value)) return t;
  t.digits = digits;
  t.frac_digits = frac;
  t.grouped = nseps > (decimal_at >= 0 ? 1 : 0);
  t.leading_zero = leading_zero_digit && digits >= 2 && !t.grouped;
  t.shape = decimal_at >= 0 ? Shape::Decimal : Shape::Integer;
  (void)mark;
  return t;
}

namespace {

// What a number token says about the decimal mark: 1 only a point reads it ("4.25",
// "1,234.5"), 2 only a comma ("1,5", "1.234,5"), 0 nothing ("2023", "97,735").
int mark_evidence(std::string_view s) {
  int seps = 0;
  size_t last = 0;
  for (size_t k = 0; k < s.size(); ++k)
    if (s[k] == ',' || s[k] == '.') {
      ++seps;
      last = k;
    }
  if (seps == 0) return 0;
  if (seps == 1) {
    if (s.size() - last - 1 == 3) return 0;
    for (size_t k = last + 1; k < s.size(); ++k)
      if (s[k] < '0' || s[k] > '9') return 0;
    return s[last] == '.' ? 1 : 2;
  }
  const DigitToken as_point = read_digits(s, '.', false);
  const DigitToken as_comma = read_digits(s, ',', false);
  const bool p_ok = as_point.shape == Shape::Integer || as_point.shape == Shape::Decimal;
  const bool c_ok = as_comma.shape == Shape::Integer || as_comma.shape == Shape::Decimal;
  return p_ok == c_ok ? 0 : p_ok ? 1 : 2;
}

}  // namespace

void read_conventions(Ctx &ctx, const std::vector<uint32_t> &numbers) {
  const Options &o = ctx.options;
  ctx.decimal_from_locale = o.locale_given;
  if (o.locale_given) ctx.decimal = decimal_mark_of_locale(o.locale);
  int comma = 0, point = 0, day_first = 0, month_first = 0;
  const size_t n = ctx.size();
  const Token *toks = ctx.toks.data();
  const char *text = ctx.text.data();
  for (const uint32_t i : numbers) {
    const std::string_view s(text + toks[i].start, toks[i].end - toks[i].start);
    if (!o.locale_given && s.size() >= 3 && s.size() <= 40) {
      const int ev = mark_evidence(s);
      point += ev == 1;
      comma += ev == 2;
    }
    if (o.date_order == DateOrder::Auto && i + 4 < n && toks[i + 1].end - toks[i + 1].start == 1 &&
        text[toks[i + 1].start] == '/' && ctx.is_number(i + 2) &&
        ctx.is_text(i + 3, "/") && ctx.is_number(i + 4) && !ctx.space_before(i + 1) && !ctx.space_before(i + 2) &&
        !ctx.space_before(i + 3) && !ctx.space_before(i + 4)) {
      const DigitToken a = read_digits(s, '.', false), b = read_digits(ctx.str(i + 2), '.', false);
      if (a.shape == Shape::Integer && b.shape == Shape::Integer && a.digits <= 2 && b.digits <= 2) {
        if (a.value > 12 && a.value <= 31 && b.value <= 12) ++day_first;
        if (b.value > 12 && b.value <= 31 && a.value <= 12) ++month_first;
      }
    }
  }
  if (!o.locale_given) ctx.decimal = comma > 0 && point == 0 ? ',' : '.';
  if (o.date_order != DateOrder::Auto) {
    ctx.slash_order = o.date_order;
  } else if (day_first && !month_first) {
    ctx.slash_order = DateOrder::DayFirst;
  } else if (month_first && !day_first) {
    ctx.slash_order = DateOrder::MonthFirst;
  } else {
    const std::string_view loc = o.locale;
    const bool us = o.locale_given && loc.size() >= 5 && (loc[2] == '-' || loc[2] == '_') &&
                    (loc[3] == 'U' || loc[3] == 'u') && (loc[4] == 'S' || loc[4] == 's') &&
                    (loc.size() == 5 || loc[5] == '-');
    ctx.slash_order = us ? DateOrder::MonthFirst : DateOrder::DayFirst;
  }
}

}  // namespace quarry::numbers
