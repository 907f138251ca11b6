#include "numbers/numeral.hpp"

#include <cmath>

namespace quarry::numbers {
namespace {

// A word or a part of a hyphenated word.
// Trivially constructible: an array of them costs nothing until filled.
struct Piece {
  std::string_view s;
  size_t tok;
  bool last;  // the last piece of its token
  Hit hit;
};

constexpr uint64_t kNumeralRoles = kCardinal | kOrdinal | kDenominator | kScale | kNumeralAnd |
                                   kArticle | kMagnitude | kOf;

// Splits tokens from i into at most N pieces; stops after the first token that cannot be
// part of a number.
template <size_t N>
size_t gather_pieces(const Ctx &c, size_t i, size_t limit, Piece (&out)[N]) {
  size_t n = 0;
  for (size_t t = i; t < limit && n < N; ++t) {
    if (!wordlike(c.kind(t))) break;
    const Hit whole = c.word(t);
    if (c.hyphenated(t) && !(whole.roles & kNumeralRoles)) {
      const std::string_view s = c.str(t);
      size_t a = 0;
      const size_t first = n;
      while (a <= s.size() && n < N) {
        size_t b = a;
        size_t sep_len = 0;
        while (b < s.size()) {
          if (s[b] == '-') {
            sep_len = 1;
            break;
          }
          if (static_cast<unsigned char>(s[b]) == 0xE2 && b + 2 < s.size() &&
              static_cast<unsigned char>(s[b + 1]) == 0x80 &&
              (static_cast<unsigned char>(s[b + 2]) == 0x90 || static_cast<unsigned char>(s[b + 2]) == 0x91)) {
            sep_len = 3;
            break;
          }
          ++b;
        }
        const std::string_view part = s.substr(a, b - a);
        const Hit hit = c.piece(part, n == first ? c.capitalized(t) : false);
        out[n] = Piece{part, t, false, hit};
        ++n;
        if (b >= s.size()) break;
        a = b + sep_len;
      }
      out[n - 1].last = true;
      if (!(out[first].hit.roles & kNumeralRoles)) return n;
      continue;
    }
    out[n++] = Piece{c.str(t), t, true, whole};
    if (!(whole.roles & kNumeralRoles)) break;
  }
  return n;
}

bool plain_group(const Ctx &c, size_t k) {
  if (!c.is_number(k) || c.toks[k].start != c.toks[k - 1].end + 1 || c.text[c.toks[k - 1].end] != ' ')
    return false;
  const DigitToken &d = c.plain_digits(k);
  return d.shape == Shape::Integer && !d.grouped && d.digits == 3;
}

// Whole digits under a thousand and a smaller multiplier, after a multiplier of a million or
// more, add to the number: "1 млн 200 тыс. рублей", "2 billion 300 million". The token after
// them.
[[gnu::noinline]] size_t smaller_scales(const Ctx &c, size_t j, size_t limit, double last_scale,
                                        double &value) {
  while (j + 1 < limit && c.is_number(j)) {
    const DigitToken &g = c.plain_digits(j);
    if (g.shape != Shape::Integer || g.grouped || g.leading_zero || g.digits > 3 || g.value < 1) break;
    const Hit next = c.word(j + 1);
    if (!next.has(kScale) || (next.e->flags & kAmbiguous) || next.e->number >= last_scale ||
        next.e->number < 1000)
      break;
    value += g.value * next.e->number;
    last_scale = next.e->number;
    j += 2;
  }
  return j;
}

bool parse_digits(const Ctx &c, size_t i, size_t limit, Numeral &n) {
  const DigitToken &d = c.digits(i);
  n.shape = d.shape;
  n.leading_zero = d.leading_zero;
  n.from_digits = true;
  n.begin = i;
  if (d.shape == Shape::Ordinal) {
    n.value = d.value;
    n.ordinal = true;
    n.end = i + 1;
    return true;
  }
  if (d.shape != Shape::Integer && d.shape != Shape::Decimal) return false;
  n.value = d.value;
  size_t j = i + 1;
  // An ordinal ending after a hyphen: "21-й", "21-րդ".
  if (j + 1 < limit && !c.space_before(j) && d.shape == Shape::Integer && !d.grouped && c.is_text(j, "-") &&
      !c.space_before(j + 1) && c.word(j + 1).has(kOrdinalSuffix)) {
    n.ordinal = true;
    n.end = j + 2;
    return true;
  }
  if (j < limit && c.is_number(j) && d.digits <= 3 &&
      plain_group(c, j))  // most numbers are followed by a word
    j = space_groups(c, i, limit, &n.value);
  const bool small_int = j == i + 1 && d.shape == Shape::Integer && !d.grouped && d.digits <= 2;
  // "1½"
  if (j < limit && !c.space_before(j)) {
    const double g = fraction_glyph(c, j);
    if (g > 0 && n.shape == Shape::Integer) {
      n.value += g;
      n.fraction = true;
      ++j;
    }
  }
  // "3/4", and "1 1/2".
  auto proper_fraction = [&](size_t k, double *v) {
    if (k + 2 >= limit) return false;
    if (!c.is_number(k) || !c.is_text(k + 1, "/") || !c.is_number(k + 2) || c.space_before(k + 1) ||
        c.space_before(k + 2))
      return false;
    if (k + 3 < c.size() && (c.is_text(k + 3, "/") || (c.is_text(k + 3, "-") && !c.space_before(k + 3))))
      return false;
    const DigitToken a = c.plain_digits(k), b = c.plain_digits(k + 2);
    if (a.shape != Shape::Integer || b.shape != Shape::Integer || a.digits > 2 || b.digits > 2) return false;
    if (b.value < 2 || b.value > 10 || a.value < 1 || a.value >= b.value) return false;
    *v = a.value / b.value;
    return true;
  };
  double f = 0;
  if (!n.fraction && small_int && j == i + 1 && proper_fraction(i, &f)) {
    n.value = f;
    n.fraction = true;
    j = i + 3;
  } else if (!n.fraction && small_int && j < limit && c.space_before(j) && proper_fraction(j, &f)) {
    n.value += f;
    n.fraction = true;
    j += 3;
  }
  // "2 and a half"
  if (n.shape == Shape::Integer && !n.fraction) {
    if (const size_t h = half_after(c, j, limit)) {
      n.value += 0.5;
      j += h;
    }
  }
  // Multipliers: "1.2 million", "4.2bn", "300 thousand", "1.5 hundred thousand".
  double last_scale = 0;
  Hit h;  // the word after the multipliers
  while (j < limit) {
    h = c.word(j);
    if (!h.has(kScale)) break;
    const double s = h.e->number;
    if (h.e->flags & kAmbiguous) {
      if (last_scale == 0 && !c.space_before(j)) n.pending_scale = h.e;
      break;
    }
    if (last_scale && ((h.e->flags & kSuffixOnly) || s >= last_scale)) break;
    n.value *= s;
    n.scale *= s;
    last_scale = s;
    ++j;
  }
  // "1 млн 200 тыс. рублей", "2 billion 300 million" (rare: out of line).
  if (last_scale >= 1e6 && j + 1 < limit && c.is_number(j) && n.shape == Shape::Integer && !n.fraction) {
    const size_t k = smaller_scales(c, j, limit, last_scale, n.value);
    if (k != j) {
      j = k;
      h = c.word(j);
    }
  }
  // "its 10 millionth visitor": an ordinal of a million or more after whole digits.
  if (last_scale == 0 && j < limit && n.shape == Shape::Integer && !n.fraction && c.space_before(j)) {
    if (h.has(kOrdinal) && h.e->number >= 1e6 && h.e->number == std::floor(h.e->number) &&
        !(j + 1 < limit && c.word(j + 1).has(kOf))) {  // "a millionth of a second" is a fraction
      n.value *= h.e->number;
      n.scale *= h.e->number;
      n.ordinal = true;
      ++j;
    }
  }
  n.end = j;
  return true;
}

}  // namespace

size_t half_rest(const Ctx &c, size_t j, size_t limit) {
  size_t k = j + 1;
  if (c.word(k).has(kArticle)) ++k;
  if (k >= limit) return 0;
  const Hit h = c.word(k);
  return h.has(kDenominator) && h.e->number == 2 ? k + 1 - j : 0;
}

size_t space_groups(const Ctx &c, size_t i, size_t limit, double *value) {
  const DigitToken &d = c.plain_digits(i);
  if (d.shape != Shape::Integer || d.grouped || d.leading_zero || d.digits > 3) return i + 1;
  double v = d.value;
  size_t j = i + 1;
  // Up to five groups (a quadrillion); a sixth is no number of this kind.
  for (int groups = 0; j < limit && groups < 5 && plain_group(c, j); ++groups, ++j)
    v = v * 1000 + c.plain_digits(j).value;
  if (j < limit && plain_group(c, j)) return i + 1;
  if (value) *value = v;
  return j;
}

int roman_numeral(std::string_view s) {
  if (s.empty() || s.size() > 24) return 0;
  // Digit values in order; the value, then written back the usual way, must give the same
  // letters.
  char latin[16];
  size_t n = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const char ch = s[k];
    if (ch == 'I' || ch == 'V' || ch == 'X' || ch == 'L' || ch == 'C' || ch == 'D' || ch == 'M') {
      latin[n] = ch;
    } else if (ch == '\xD0' && k + 1 < s.size() && s[k + 1] == '\xA5') {  // Cyrillic capital Ha
      latin[n] = 'X';
      ++k;
    } else {
      return 0;
    }
    if (++n == sizeof latin) return 0;
  }
  auto digit = [](char ch) {
    switch (ch) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      case 'D':
        return 500;
      default:
        return 1000;
    }
  };
  int value = 0;
  for (size_t k = 0; k < n; ++k) {
    const int d = digit(latin[k]);
    value += k + 1 < n && d < digit(latin[k + 1]) ? -d : d;
  }
  if (value <= 0 || value >= 4000) return 0;
  static constexpr struct {
    int v;
    const char *s;
  } kParts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
                {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  size_t k = 0;
  int rest = value;
  for (const auto &part : kParts) {
    for (; rest >= part.v; rest -= part.v)
      for (const char *p = part.s; *p; ++p)
        if (k >= n || latin[k++] != *p) return 0;
  }
  return k == n ? value : 0;
}

int roman_century(const Ctx &c, size_t i, size_t limit) {
  if (i + 1 >= limit || c.kind(i) != TokenKind::Word) return 0;
  const Hit u = c.word(i + 1);  // the anchor, when called from the stage: looked up already
  if (!u.has(kUnit) || u.e->grain != Grain::Century || c.word(i).e) return 0;
  const int r = roman_numeral(c.str(i));
  return r <= 30 ? r : 0;
}

double fraction_glyph(const Ctx &c, size_t i) {
  if (i >= c.size() || c.kind(i) != TokenKind::Number) return 0;
  const std::string_view s = c.str(i);
  // Vulgar fractions are single non-ASCII characters ("½").
  if (s.size() > 4 || static_cast<unsigned char>(s[0]) < 0x80) return 0;
  const Hit h = c.piece(s, false);
  if (h.has(kCardinal) && h.e->number > 0 && h.e->number < 1) return h.e->number;
  return 0;
}

bool parse_numeral(const Ctx &c, size_t i, size_t limit, Numeral &n) {
  if (i >= limit) return false;
  if (c.is_number(i)) {
    if (const double g = fraction_glyph(c, i); g > 0) {
      n.begin = i;
      n.end = i + 1;
      n.value = g;
      n.fraction = true;
      return true;
    }
    return parse_digits(c, i, limit, n);
  }
  if (!wordlike(c.kind(i))) return false;
  n.begin = i;

  // "several thousand", "a few hundred".
  if (const Hit v = c.phrase(i, limit, kVague); v.has(kVague)) {
    size_t j = i + v.len;
    double s = 1, last = 0;
    while (j < limit) {
      const Hit h = c.word(j);
      if (!h.has(kScale) || (h.e->flags & kSuffixOnly) || (last && h.e->number >= last)) break;
      s *= h.e->number;
      last = h.e->number;
      ++j;
    }
    if (last == 0) {
      // Without a multiplier, only before a unit of time: "a few days", "several weeks ago".
      const Hit u = c.phrase(j, limit, kUnit);
      if (!u.has(kUnit) || u.e->dim != Dim::Time) return false;
    }
    n.magnitude = true;
    n.low = v.e->low * s;
    n.high = v.e->high * s;
    n.end = j;
    return true;
  }

  Piece p[12];
  const size_t np = gather_pieces(c, i, limit, p);
  if (np == 0) return false;

  // "thousands", "tens of thousands", "hundreds of millions".
  if (p[0].hit.has(kMagnitude) && p[0].last) {
    const WordEntry &m = *p[0].hit.e;
    if (np >= 3 && p[1].hit.has(kOf) && p[2].hit.has(kMagnitude) && p[2].last &&
        p[2].hit.e->number >= 1000 && p[2].hit.e->number > m.number) {
      n.magnitude = true;
      n.low = m.low * p[2].hit.e->number;
      n.high = m.high * p[2].hit.e->number;
      n.end = p[2].tok + 1;
      return true;
    }
    if (m.flags & kNeedsOf) return false;
    n.magnitude = true;
    n.low = m.low;
    n.high = m.high;
    n.end = p[0].tok + 1;
    return true;
  }

  enum class Last { None, Small, Tens, Hundred, Scale, And, Article };
  Last last = Last::None;
  double total = 0, current = 0, big = 0;
  size_t used = 0;       // pieces accepted
  size_t words = 0;      // number words among them
  bool done = false;
  for (size_t k = 0; k < np && !done; ++k) {
    const Hit &h = p[k].hit;
    const WordEntry *e = h.e;
    const bool next_is = k + 1 < np;
    if (k == 0 && h.has(kArticle)) {
      if (!next_is) break;
      const Hit &nh = p[k + 1].hit;
      const bool scale_next = nh.has(kScale) && !(nh.e->flags & kSuffixOnly);
      if (!scale_next && !nh.has(kDenominator)) break;
      // "a third day", "a fourth straight meeting": an ordinal after the article, not a
      // fraction ("a third of the votes", "cut by a third since May").
      if (!scale_next && nh.has(kOrdinal) && p[k + 1].last) {
        const size_t t = p[k + 1].tok + 1;
        const Hit after = c.word(t);
        if (t < limit && c.kind(t) == TokenKind::Word && (!after.has(kNotCounted) || after.has(kUnit))) break;
      }
      last = Last::Article;
      current = 1;
      n.article = true;
      continue;
    }
    if (h.has(kCardinal) && e->number >= 1 && last != Last::Article) {
      const double v = e->number;
      bool ok = false;
      if (last == Last::None) ok = true;
      else if (last == Last::Tens) ok = v < 10;
      else if (last == Last::Hundred || last == Last::And) ok = v < 100;
      else if (last == Last::Scale) ok = v < 1000;
      // A word that is a number and a multiplier both (Armenian "հարյուր": "հարյուր հազար" is
      // 100,000, "երկու հարյուր" 200) multiplies where it cannot add.
      if (ok || !h.has(kScale)) {
        if (!ok) break;
        // "one third", "two thirds": a denominator follows a small number.
        current += v;
        // A whole hundred in one word (Russian "двести", Armenian "հարյուր") takes tens and
        // units after it like "two hundred" does.
        const bool hundreds = v >= 100 && v < 1000 && std::fmod(v, 100) == 0;
        last = hundreds ? Last::Hundred : (v >= 20 && v < 100) ? Last::Tens : Last::Small;
        used = k + 1;
        ++words;
        continue;
      }
    }
    if (h.has(kCardinal) && e->number == 0 && last == Last::None) {
      current = 0;
      used = k + 1;
      ++words;
      done = true;
      continue;
    }
    if (h.has(kDenominator) && (last == Last::Article || (last == Last::Small && current <= 20))) {
      // A denominator wins over an ordinal after a small number ("one third" = 1/3).
      if (!p[k].last) break;
      total = 0;
      current = current / e->number;
      n.fraction = true;
      used = k + 1;
      ++words;
      done = true;
      continue;
    }
    if (h.has(kDenominator) && (e->flags & kBare) && last == Last::None) {
      // "half", "half a million", "half a dozen"; after an ordinal it names a part of
      // something ("scored in the second half", "the 2nd half"), not a share: no number.
      if (k == 0 && i > c.sent_begin &&
          (c.word(i - 1).has(kOrdinal) ||
           (c.is_number(i - 1) && c.plain_digits(i - 1).shape == Shape::Ordinal)))
        break;
      current = 1.0 / e->number;
      n.fraction = true;
      used = k + 1;
      ++words;
      if (k + 2 < np && p[k + 1].hit.has(kArticle) && p[k + 2].hit.has(kScale) &&
          !(p[k + 2].hit.e->flags & kSuffixOnly)) {
        current *= p[k + 2].hit.e->number;
        n.scale = p[k + 2].hit.e->number;
        used = k + 3;
      }
      done = true;
      continue;
    }
    if (h.has(kScale) && !(e->flags & kSuffixOnly)) {
      const double s = e->number;
      if (last == Last::None || last == Last::And) break;
      if (s == 100) {
        if (current >= 100 || last == Last::Hundred) break;
        current = (current == 0 ? 1 : current) * 100;
        last = Last::Hundred;
      } else if (s < 100) {  // "dozen"
        if (last == Last::Hundred || last == Last::Scale) break;
        current = (current == 0 ? 1 : current) * s;
        last = Last::Small;
        n.scale *= s;
        used = k + 1;
        ++words;
        done = true;
        continue;
      } else {
        if (big && s >= big) break;
        total += (current == 0 ? 1 : current) * s;
        current = 0;
        big = s;
        last = Last::Scale;
        n.scale = s;
      }
      used = k + 1;
      ++words;
      continue;
    }
    if (h.has(kNumeralAnd)) {
      // "two and a half", "три с половиной", "one hundred and twenty".
      const size_t art = next_is && p[k + 1].hit.has(kArticle) ? 1 : 0;
      if (k + 1 + art < np && (last == Last::Small || last == Last::Tens || last == Last::Hundred) &&
          p[k + 1 + art].hit.has(kDenominator) && p[k + 1 + art].hit.e->number == 2) {
        current += 0.5;
        used = k + 2 + art;
        k += 1 + art;
        n.fraction = false;
        continue;
      }
      if ((last == Last::Hundred || last == Last::Scale) && next_is && p[k + 1].hit.has(kCardinal) &&
          p[k + 1].hit.e->number >= 1 && p[k + 1].hit.e->number < 100) {
        last = Last::And;
        continue;
      }
      break;
    }
    if (h.has(kOrdinal)) {
      const double v = e->number;
      bool ok = false;
      if (last == Last::None) {
        current = v;
        ok = true;
      } else if (last == Last::Tens && v < 10) {
        current += v;
        ok = true;
      } else if ((last == Last::Hundred || last == Last::And || last == Last::Scale) && v < 100) {
        current += v;
        ok = true;
      } else if (v == 100 && (last == Last::Small || last == Last::Tens) && current < 100) {
        current *= 100;
        ok = true;
      } else if (v >= 1000 && last != Last::Article && (big == 0 || v < big)) {
        total += (current == 0 ? 1 : current) * v;
        current = 0;
        ok = true;
      }
      if (!ok) break;
      n.ordinal = true;
      used = k + 1;
      ++words;
      done = true;
      continue;
    }
    break;
  }
  if (used == 0) return false;
  // Whole tokens only: a hyphenated word is either all number, or number then a unit
  // ("three-year").
  const Piece &lp = p[used - 1];
  size_t end_tok = lp.tok + 1;
  if (!lp.last) {
    // The rest of the token must be a unit.
    const std::string_view whole = c.str(lp.tok);
    const size_t off = static_cast<size_t>(lp.s.data() + lp.s.size() - whole.data());
    if (off + 1 >= whole.size()) return false;
    size_t skip = whole[off] == '-' ? 1 : 3;
    const Hit u = c.piece(whole.substr(off + skip), false);
    if (!u.has(kUnit)) return false;
    n.inline_unit = u.e;
  } else if (words == 1 && lp.hit.has(kUnit) && lp.hit.has(kCardinal)) {
    n.inline_unit = lp.hit.e;  // a number word that holds its unit: "threefold"
  }
  n.value = total + current;
  n.end = end_tok;
  n.weak = words == 1 && lp.hit.e && (lp.hit.e->flags & kWeak) && (lp.hit.has(kCardinal) || lp.hit.has(kOrdinal)) &&
           !n.fraction;
  return true;
}

}  // namespace quarry::numbers
