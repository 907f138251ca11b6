#include "numbers/amount.hpp"

#include <cmath>
#include <iterator>

#include "numbers/words.hpp"

namespace quarry::numbers {
namespace {

// One end of an amount: a number with its currency or unit.
struct Side {
  size_t begin = 0, end = 0;
  Numeral n;
  const WordEntry *currency = nullptr;
  const WordEntry *unit = nullptr;
  bool negative = false;  // "minus 5", "-5"
  bool margin = false;    // "±3", "plus or minus 3": from minus to plus the number
  bool has_sign() const { return negative || margin; }
  double value() const { return n.magnitude ? n.low : n.value; }
};

// The units that stand before their number ("aged"): most words fail this filter's one load.
const KeyFilter &before_unit() {
  static const KeyFilter filter(
      [](const WordEntry &w) { return (w.roles & kUnit) && (w.flags & kCurrencyBefore); });
  return filter;
}

// The unit of years of the tables (ages without a unit: "John Smith, 61,").
const WordEntry *year_unit() {
  static const WordEntry *const unit = [] {
    for (size_t i = 0; i < tables::kWordsSize; ++i) {
      const WordEntry &e = tables::kWords[i];
      if ((e.roles & kUnit) && e.dim == Dim::Time && e.grain == Grain::Year && !(e.flags & kCurrencyBefore))
        return &e;
    }
    return static_cast<const WordEntry *>(nullptr);
  }();
  return unit;
}
class Reader {
 public:
  Reader(const Ctx &c, size_t limit) : c_(c), limit_(limit < c.size() ? limit : c.size()) {}

  // Reads one end at pos into s, which must be fresh (each caller declares its own Side: a
  // second reset here was measurable).
  bool side(size_t pos, Side &s, bool qualified);
  bool amount(size_t start, Amount &a);

 private:
  const Ctx &c_;
  size_t limit_;
  Hit word(size_t i) const { return i < limit_ ? c_.word(i) : Hit{}; }
  // Whether token i is the range word r ("between", "to", "and"...).
  bool range_is(size_t i, RangeWord r) const { return range_word(c_, i, limit_, r); }
  bool adjacent(size_t i) const { return i < limit_ && !c_.space_before(i); }
  // A qualifier after the number that needs a word of "from" as an ending before it: `at`,
  // the weak qualifier at pos, or none ("8 տոկոսից ավելի"); after a hyphen and the ending,
  // which pos then skips ("100-ից ավելի"). Rare: out of line.
  [[gnu::noinline]] Hit weak_after(size_t &pos, Hit at) const {
    if (at.has(kQualAfter)) return ends_in_from(c_, pos - 1) ? at : Hit{};
    const size_t k = after_from_ending(c_, pos, limit_);
    if (k != pos + 2) return {};
    const Hit h = c_.phrase(k, limit_, kQualAfter);
    if (!h.has(kQualAfter)) return {};
    pos = k;
    return h;
  }
  // A sign at token i stands apart from the token before it, or right after a range mark
  // ("+5...+7").
  bool sign_opens(size_t i) const {
    return i == c_.sent_begin || c_.space_before(i) || c_.word(i - 1).has(kRangeMark);
  }
  // Whether the number [b, e) stands alone between a comma after a word (a name or a noun
  // that is no table word: "Smith, 61", "the governor, 61") and a comma, a stop or the end:
  // "Maria Lopez, 45, of Springfield" (not "rooms 12, 14", nor "Ohio, 61 people").
  bool set_off_age(size_t b, size_t e) const {
    if (b < c_.sent_begin + 2 || !c_.is_text(b - 1, ",") || c_.kind(b - 2) != TokenKind::Word) return false;
    if (c_.word(b - 2).e && !c_.capitalized(b - 2)) return false;
    if (e >= limit_) return true;
    if (c_.is_text(e, ",")) return !(e + 1 < limit_ && c_.is_number(e + 1));
    return ends_clause(e);
  }
  // Whether token e ends a clause: ",", ";", ")" or ".".
  bool ends_clause(size_t e) const {
    return c_.is_text(e, ",") || c_.is_text(e, ";") || c_.is_text(e, ")") || c_.is_text(e, ".");
  }
  // A phrase of several words that stands for an age before a number that ends its clause
  // or comes before a date: "who was 64,", "who turned 18 last week", "who was 12 at the
  // time" (units.tsv, flag before). Its unit, or nothing.
  Hit age_clause(size_t b, size_t e) const {
    if (b < c_.sent_begin + 2) return {};
    if (const Hit w = word(b - 1); !w.e || !(w.e->ending_roles & kUnit)) return {};
    // A phrase: a single word of an age ("aged") was read before this.
    const Hit h = c_.phrase_before(b, c_.sent_begin, kUnit);
    if (!h.has(kUnit) || !(h.e->flags & kCurrencyBefore)) return {};
    if (e < limit_ && !ends_clause(e) && !word(e).has(kRelMod | kRelDay | kAt | kOn | kDateContext))
      return {};
    return h;
  }
  // Inlined into side(), its hot caller; the call after a bound ("20 or so years") is rare.
  [[gnu::always_inline]] inline void unit_after(Side &s, size_t &pos);
};

inline void Reader::unit_after(Side &s, size_t &pos) {
  // Money after the number: "5 million dollars", "500 AMD", "500 €".
  if (!s.currency) {
    const Hit h = c_.phrase(pos, limit_, kCurrency);
    if (h.has(kCurrency) && (h.e->flags & kCurrencyAfter)) {
      const bool large = s.n.scale >= 1e6 || (s.n.magnitude && s.n.low >= 1e6);
      if (!(h.e->flags & kLarge) || large) {
        s.currency = h.e;
        pos += h.len;
        return;
      }
    }
  }
  if (s.currency) return;
  // A unit: "10 km", "10km", "25 °C", "12 per cent", "10-km", "40-year-old".
  size_t k = pos;
  if (c_.is_text(k, "-") && adjacent(k) && adjacent(k + 1)) {
    ++k;
  } else if (word(k).has(kStreak) && word(k + 1).has(kUnit) && word(k + 1).e->dim == Dim::Time) {
    ++k;  // "12 consecutive days", "three straight weeks"
  }
  const Hit u = c_.phrase(k, limit_, kUnit);
  if (!u.has(kUnit)) return;
  if ((u.e->flags & kAdjacent) && !adjacent(k)) return;
  if (u.e->flags & kCurrencyBefore) return;  // a unit that stands before its number
  // A weak unit only after a word of "at" or a verb of change before the number, or a verb
  // of change and a word of "about", "at" or an auxiliary: "в 1,5 раза" (1.5 times), "rose
  // 1.5 times", "rose nearly 3 times", "աճել է 2,5 անգամ" (has grown 2.5 times); "3 раза в
  // неделю" (three times a week) and "raised rates 11 times" count.
  if ((u.e->flags & kWeak) && !c_.word_before(s.begin).has(kAt | kChange) &&
      !(s.begin > c_.sent_begin + 1 && c_.word_before(s.begin).has(kQualBefore | kAt | kAux) &&
        c_.word_before(s.begin - 1).has(kChange)))
    return;
  s.unit = u.e;
  pos = k + u.len;
}

bool Reader::side(size_t pos, Side &s, bool qualified) {
  s.begin = pos;
  if (pos >= limit_) return false;
  // A sign: "minus 5", "-5" (a dash that touches the number but not the word before).
  if (const Hit sg = c_.phrase(pos, limit_, kSign); sg.has(kSign) && pos + sg.len < limit_) {
    s.negative = sg.e->number < 0;
    s.margin = sg.e->number == 0;
    pos += sg.len;
  } else if (pos + 1 < limit_ && c_.is_number(pos + 1) && adjacent(pos + 1) && sign_opens(pos)) {
    // "-5", and "+5" (weather: "от -3 до +2 градусов", "+5...+7")
    if (const int sg = sign_of(c_.str(pos))) {
      s.negative = sg < 0;
      ++pos;
    }
  }
  // Money before the number: "$4.2bn", "US$5", "USD 4.2 million", "€ 3".
  if (const Hit h = c_.phrase(pos, limit_, kCurrency); h.has(kCurrency) && (h.e->flags & kCurrencyBefore)) {
    if (pos + h.len < limit_ && (c_.is_number(pos + h.len) || word(pos + h.len).has(kCardinal | kArticle))) {
      s.currency = h.e;
      pos += h.len;
    }
  }
  if (!parse_numeral(c_, pos, limit_, s.n)) {
    // "more than a year", "about an hour", "an hour and a half"
    if (s.currency || !word(pos).has(kArticle)) return false;
    const Hit u = word(pos + 1);
    if (!u.has(kUnit) || u.e->dim != Dim::Time) return false;
    if (!qualified && !half_after(c_, pos + 2, limit_)) return false;
    s.n = Numeral{};
    s.n.begin = pos;
    s.n.end = pos + 1;
    s.n.value = 1;
    s.n.article = true;
  }
  size_t p = s.n.end;
  if (s.n.pending_scale) {
    // "1.6m": a million with money, decimals or a counted noun ("1m residents"), metres
    // otherwise ("the 100m final").
    size_t e = 0;
    if (s.currency || s.n.decimal() || find_counted(c_, p + 1, limit_, false, &e)) {
      s.n.value *= s.n.pending_scale->number;
      s.n.scale *= s.n.pending_scale->number;
      ++p;
    }
  }
  if (s.n.inline_unit) {
    s.unit = s.n.inline_unit;
  } else {
    // "half an hour", "half a percentage point", "a quarter of a mile": the fraction of one unit.
    if (s.n.fraction) {
      const size_t q = word(p).has(kOf) ? p + 1 : p;
      if (word(q).has(kArticle) &&
          (c_.phrase(q + 1, limit_, kUnit).has(kUnit) || word(q + 1).has(kFractionUnit)))
        p = q + 1;
      // "a quarter point", "half a point": a unit only after a fraction.
      if (const Hit f = word(p); f.has(kFractionUnit)) {
        s.unit = f.e;
        s.end = p + 1;
        return true;
      }
    }
    // An ordinal counts no unit: "the first week" is the first one, not one week.
    if (!s.n.ordinal) unit_after(s, p);
  }
  s.end = p;
  return true;
}

// How many of the smaller unit of time make one of the larger one (both of the seconds
// family, second to week, or of the months family, month to century), or 0.
double time_ratio(Grain larger, Grain smaller) {
  // By Grain: None, Second, Minute, Hour, Day, Weekend, Week, Month, Quarter, Year, Decade,
  // Century.
  static constexpr double kSeconds[] = {0, 1, 60, 3600, 86400, 0, 604800, 0, 0, 0, 0, 0};
  static constexpr double kMonths[] = {0, 0, 0, 0, 0, 0, 0, 1, 3, 12, 120, 1200};
  static_assert(std::size(kSeconds) == static_cast<size_t>(Grain::Century) + 1);
  const auto l = static_cast<size_t>(larger), s = static_cast<size_t>(smaller);
  if (!(smaller < larger)) return 0;
  if (kSeconds[l] && kSeconds[s]) return kSeconds[l] / kSeconds[s];
  if (kMonths[l] && kMonths[s]) return kMonths[l] / kMonths[s];
  return 0;
}

bool Reader::amount(size_t start, Amount &a) {
  if (start >= limit_) return false;
  if (!c_.is_number(start)) {
    // A word that can open an amount, alone or as the first of a phrase ("more than").
    constexpr uint64_t kOpens = kQualBefore | kRange | kSign | kCurrency | kCardinal | kOrdinal |
                                kDenominator | kScale | kMagnitude | kVague | kArticle;
    const Hit w = word(start);
    if (!w.has(kOpens) && !sign_of(c_.str(start)) && !c_.hyphenated(start) &&
        !(w.e && (w.e->phrase_roles & kOpens) && c_.phrase(start, limit_, kOpens).len >= 2))
      return false;
  }
  a = Amount{};
  size_t pos = start;
  Qualifier q = Qualifier::None;
  Bound bound = Bound::None;
  if (const Hit h = c_.phrase(pos, limit_, kQualBefore); h.has(kQualBefore)) {
    // A bound that is also the "to" of a range is the level after a verb of change ("до 10
    // лет" is up to ten years, "замедлилась до 5,8%" slowed to 5.8%; "выросла с 25% в 2015
    // году до 40%" puts it seven tokens back) or a comma ("повысил ставку на 100 базисных
    // пунктов, до 13%": the change, then the level).
    if (h.has(kRange) && h.e->range == RangeWord::To &&
        (change_before(c_, pos, 8) || (pos > c_.sent_begin && c_.is_text(pos - 1, ","))))
      return false;
    q = h.e->qualifier;
    bound = h.e->bound;
    pos += h.len;
  }
  RangeWord opener = RangeWord::None;
  if (const Hit h = word(pos); h.has(kRange) && (h.e->range == RangeWord::Between || h.e->range == RangeWord::From)) {
    opener = h.e->range;
    ++pos;
  }
  Side x;
  if (!side(pos, x, q != Qualifier::None)) return false;
  pos = x.end;
  // A year before its own word is a date, never a count of years, with a bound before it or
  // not: "до 2025 года" (until 2025), "около 2000 года" (around 2000).
  if (x.unit && (x.unit->roles & kYearWord) && x.n.from_digits && year_digits(c_.plain_digits(x.begin)))
    return false;
  // Digits glued to a word that is no unit or multiplier name something: "3D", "5G", "4x4",
  // "3Q23".
  if (x.n.from_digits && pos < limit_ && c_.kind(pos) == TokenKind::Word && adjacent(pos)) return false;

  // A range: "10-12", "10 to 12", "between 10 and 12", "two or three", "$3-4 million".
  bool range = false;
  double low = 0, high = 0;
  const Hit conn = word(pos);
  bool connects = false;
  size_t second = pos + 1;  // where the second end starts
  if (conn.has(kRangeMark))
    connects = !(conn.e->flags & kAdjacent) || (adjacent(pos) && adjacent(pos + 1));
  else if (conn.has(kRange))
    connects = conn.e->range == RangeWord::To || (conn.e->range == RangeWord::And && opener == RangeWord::Between) ||
               (conn.e->range == RangeWord::Or && opener == RangeWord::None);
  if (opener == RangeWord::From && change_before(c_, start)) connects = false;
  // "rose from 5% to 6%" read from the "5": the same change, two levels.
  if (connects && opener == RangeWord::None && start > c_.sent_begin &&
      range_is(start - 1, RangeWord::From) && change_before(c_, start - 1)) {
    connects = false;
    // "выросли с 300 до 500 рублей": a unit written once, after the second level, is the
    // first's too.
    if (!x.unit && !x.currency && !x.n.ordinal) {
      Side y;
      if (side(second, y, false) && !y.n.ordinal) {
        x.unit = y.unit;
        x.currency = y.currency;
      }
    }
  }
  // Armenian says "from" in an ending after a hyphen: "300-ից 500", "300-ից մինչև 500".
  if (connects) {
    if (const size_t k = after_from_ending(c_, pos, limit_)) {
      second = k;
      if (opener != RangeWord::None) connects = false;
    }
  }
  if (connects && !x.n.ordinal) {
    Side y;  // here only: a Side is large to clear, and most amounts are no range
    if (side(second, y, false) && !y.n.ordinal) {
      bool ok = true;
      const bool tight = second == pos + 1 && conn.has(kRangeMark) && adjacent(pos) && adjacent(pos + 1);
      if (tight && (y.n.leading_zero || x.n.leading_zero)) ok = false;
      // "202-555-0143", "2023-09-29": a chain is not a range.
      if (tight && y.end < limit_ && c_.is_text(y.end, "-") && adjacent(y.end) && y.end + 1 < limit_ &&
          c_.is_number(y.end + 1))
        ok = false;
      // Signed ends only apart ("от -3 до +2 градусов", "-5...-7"; "-3-5" is no range), never
      // a margin.
      if ((x.has_sign() || y.has_sign()) && (x.margin || y.margin || (tight && !(conn.e->flags & kAdjacent))))
        ok = false;
      if (x.currency && y.currency && x.currency->currency != y.currency->currency) ok = false;
      if (x.unit && y.unit && x.unit->unit != y.unit->unit) ok = false;
      if (x.currency && y.unit) ok = false;
      if (y.currency && x.unit) ok = false;
      // A unit written after the first end is written after the second too: "fell 2.1 percent to
      // 4,321.55" is a change and a level, not a range of percents.
      if (x.unit && !y.unit) ok = false;
      // "rose by a tenth to 5,500": a share and a level, not a range.
      if (x.n.fraction && !y.n.fraction && x.n.value < 1 && y.n.value >= 1) ok = false;
      // "from 1.2m in 1990 to 3.4m in 2020": a year after "in" is a date, not the low end of a
      // count with a multiplier.
      if (ok && !x.currency && !x.unit && !x.has_sign() && x.n.from_digits && x.n.shape == Shape::Integer &&
          x.begin > c_.sent_begin && (y.n.scale > 1 || y.currency || y.unit || y.n.decimal())) {
        const Hit before = word(x.begin - 1);
        if (year_digits(c_.plain_digits(x.begin)) && before.has(kDateContext) && (before.e->flags & kStrong))
          ok = false;
      }
      double lo = x.n.magnitude ? x.n.low : x.n.value;
      double hi = y.n.magnitude ? y.n.high : y.n.value;
      if (x.negative) lo = -lo;
      if (y.negative) hi = -hi;
      // "$3-4 million": the second end's multiplier applies to the first.
      if (ok && x.n.scale == 1 && y.n.scale > 1 && !x.n.magnitude && lo < y.n.value / y.n.scale)
        lo *= y.n.scale;
      if (!(lo < hi)) ok = false;
      // "Brent fell $1.50 to $80.20": right after a verb of change, "to" a far larger second
      // end is the change and the level; "rose 3 to 5 percent" stays a range. So with a word
      // between ("rose by 40 to 1,250", "by $40 to $1,250") unless a unit is written after the
      // second end only: "rose by 10 to 50 percent" is a range of the change.
      if (ok && hi >= 5 * lo && !conn.has(kRangeMark) && start > c_.sent_begin &&
          (word(start - 1).has(kChange) ||
           ((x.unit || !y.unit) && (x.currency || !y.currency) && change_before(c_, start - 1, 1))))
        ok = false;
      if (ok) {
        range = true;
        low = lo;
        high = hi;
        pos = y.end;
        if (!x.currency) x.currency = y.currency;
        if (!x.unit) x.unit = y.unit;
      }
    }
  }
  if (opener != RangeWord::None && !range) return false;

  // "a year and a half", "two miles and a half": half a unit more.
  if (!range && x.unit && !x.currency && !x.n.magnitude && !x.n.ordinal && !x.n.fraction)
    if (const size_t h = half_after(c_, pos, limit_)) {
      x.n.value += 0.5;
      pos += h;
    }

  // After the number: "or more", "100-plus", "100+", "50-odd"; Armenian "100-ից ավելի", "8
  // տոկոսից ավելի" (more than: the ending of "from" says "than").
  if (!range) {
    Hit after = c_.phrase(pos, limit_, kQualAfter);
    if (after.has(kQualAfter) ? (after.e->flags & kWeak) != 0 : c_.is_text(pos, "-"))
      after = weak_after(pos, after);
    if (after.has(kQualAfter)) {
      if (q == Qualifier::None) {
        q = after.e->qualifier;
        bound = after.e->bound;
      }
      pos += after.len;
      // The unit after it: "twenty or so years", "двадцать с лишним лет".
      if (!x.unit && !x.currency && !x.n.ordinal) unit_after(x, pos);
    } else {
      size_t k = pos;
      if (c_.is_text(k, "-") && adjacent(k) && adjacent(k + 1)) ++k;
      const Hit suffix = word(k);
      if (suffix.has(kQualSuffix) && adjacent(k)) {
        if (q == Qualifier::None) {
          q = suffix.e->qualifier;
          bound = suffix.e->bound;
        }
        pos = k + 1;
      }
    }
  }

  // "one in five", "3 out of 4 voters": a fraction, the first count over the second.
  if (!range && !x.unit && !x.currency && !x.n.magnitude && !x.n.ordinal && !x.n.fraction && !x.has_sign() &&
      x.n.value >= 1 && x.n.value == std::floor(x.n.value)) {
    const Hit r = c_.phrase(pos, limit_, kRatio);
    const size_t j = pos + r.len;
    // The second count, cheaply first: a small integer or a number word ("in 2023" is no ratio).
    auto small_integer = [&](const DigitToken &d) { return d.shape == Shape::Integer && d.value <= 1000; };
    const bool count_next = r.has(kRatio) && j < limit_ &&
                            (c_.is_number(j) ? small_integer(c_.plain_digits(j)) : word(j).has(kCardinal));
    Side z;
    if (count_next && side(j, z, false) && !z.unit && !z.currency && !z.n.magnitude && !z.n.ordinal &&
        !z.n.fraction && !z.has_sign() && z.n.value > x.n.value && z.n.value <= 1000 &&
        z.n.value == std::floor(z.n.value) && !(z.n.from_digits && z.n.shape != Shape::Integer)) {
      x.n.value /= z.n.value;
      x.n.fraction = true;
      x.n.weak = false;  // "one in five opposed it": the ratio says it is a number
      pos = z.end;
    }
  }

  // "2 hours, 6 minutes and 26 seconds", "three years and two months": one duration, in its
  // smallest unit.
  if (!range && q == Qualifier::None && x.unit && x.unit->dim == Dim::Time && !x.currency && !x.n.magnitude &&
      !x.n.ordinal && !x.has_sign()) {
    double total = x.n.value;
    const WordEntry *unit = x.unit;
    size_t k = pos;
    for (int parts = 0; parts < 3; ++parts) {
      size_t j = k;
      if (c_.is_text(j, ",")) ++j;
      if (range_is(j, RangeWord::And)) ++j;
      Side z;
      if (j >= limit_ || (j == k && !c_.space_before(j))) break;
      if (!c_.is_number(j) && !word(j).has(kCardinal)) break;  // the next count, cheaply
      if (!side(j, z, false) || !z.unit || z.unit->dim != Dim::Time || z.currency || z.n.magnitude ||
          z.n.ordinal || z.has_sign())
        break;
      const double f = time_ratio(unit->grain, z.unit->grain);
      if (f == 0) break;
      total = total * f + z.n.value;
      unit = z.unit;
      k = z.end;
    }
    if (unit != x.unit) {
      x.n.value = total;
      x.unit = unit;
      pos = k;
    }
  }

  // An age: a unit that stands before the number ("aged 19", "at age 21", "aged 60 and
  // older"), or a whole number of years set off by a comma after a word ("John Smith, 61,
  // said").
  // A range of ages has its word before the range: "aged 18 to 24", "aged between 18 and 24".
  const size_t first = range ? start : x.begin;
  if ((!range || age_years(high)) && !x.unit && !x.currency && !x.n.magnitude && !x.n.ordinal &&
      !x.n.fraction && !x.has_sign() && x.n.from_digits && x.n.shape == Shape::Integer &&
      age_years(x.n.value) && first > c_.sent_begin) {
    if (const Hit b = before_unit().maybe(c_.str(first - 1)) ? word(first - 1) : Hit{};
        b.has(kUnit) && (b.e->flags & kCurrencyBefore)) {
      x.unit = b.e;
      a.age = true;
      if (start == first) start = first - 1;  // the mention holds its unit: "aged 19"
    } else if (const Hit v = age_clause(first, pos); v.e && !range && q == Qualifier::None) {
      x.unit = v.e;  // "The victim, who was 64, died": the age alone
      a.age = true;
    } else if (!range && q == Qualifier::None && set_off_age(x.begin, pos))
      x.unit = year_unit();
  }

  // Type.
  const WordEntry *cur = x.currency;
  const WordEntry *unit = x.unit;
  if (cur) {
    a.type = MentionType::Money;
    a.unit = cur->currency;
  } else if (unit && unit->dim == Dim::Percent) {
    a.type = MentionType::Percent;
    a.unit = unit->unit;
  } else if (unit && unit->dim == Dim::Time) {
    a.type = MentionType::Duration;
    a.unit = unit->unit;
  } else if (unit) {
    a.type = MentionType::Quantity;
    a.unit = unit->unit;
  } else if (x.n.ordinal) {
    a.type = MentionType::Ordinal;
  } else {
    a.type = MentionType::Cardinal;
  }
  const double factor = cur ? cur->currency_factor : 1;
  const double sign = x.negative && !range ? -1 : 1;  // a range's ends carry their own signs
  a.begin = start;
  a.end = pos;

  if (a.type == MentionType::Ordinal) {
    a.has_value = true;
    a.value = x.n.value;
    if (x.n.weak) {
      // "the second round", "the first week" but not "the second was": a noun must follow.
      const Hit n = word(pos);
      if (pos >= limit_ || c_.kind(pos) != TokenKind::Word || (n.has(kNotCounted) && !n.has(kUnit)))
        return false;
    }
    return true;
  }
  if (range || x.n.magnitude) {
    a.has_low = a.has_high = true;
    a.low = (range ? low : x.n.low) * factor * sign;
    a.high = (range ? high : x.n.high) * factor * sign;
    a.qualifier = Qualifier::Range;
  } else if (x.margin) {
    // A margin is the range from minus to plus the number, with no value of its own.
    a.has_low = a.has_high = true;
    a.high = x.n.value * factor;
    a.low = -a.high;
    a.qualifier = Qualifier::Range;
  } else {
    const double v = x.n.value * factor * sign;
    a.has_value = true;
    a.value = v;
    a.qualifier = q == Qualifier::None ? Qualifier::Exact : q;
    switch (a.qualifier) {
      case Qualifier::Exact:
        a.has_low = a.has_high = true;
        a.low = a.high = v;
        break;
      case Qualifier::Gt:
      case Qualifier::Ge:
        a.has_low = true;
        a.low = v;
        break;
      case Qualifier::Lt:
      case Qualifier::Le:
        a.has_high = true;
        a.high = v;
        break;
      case Qualifier::Approx:
        if (bound == Bound::High) {
          a.has_high = true;
          a.high = v;
        }
        break;
      default:
        break;
    }
  }
  if (!std::isfinite(a.low) || !std::isfinite(a.high) || !std::isfinite(a.value)) return false;

  // What is counted.
  if (a.type == MentionType::Cardinal || a.type == MentionType::Percent) {
    size_t k = pos;
    // One counts a singular noun, with its bound or not: "at least one vaccine dose", "more
    // than one person".
    const bool singular_ok = a.has_value && a.value == 1;
    if (word(k).has(kOf)) {
      ++k;
      for (int d = 0; d < 2 && word(k).has(kDeterminer | kArticle); ++d) ++k;
      // "11 of the country's 18 provinces": a possessive before the second number.
      if (k + 2 < limit_ && c_.kind(k) == TokenKind::Word && word(k + 1).has(kPossessive) &&
          (c_.is_number(k + 2) || word(k + 2).has(kCardinal)))
        k += 2;
      size_t e = 0;
      if (k < limit_ && (c_.is_number(k) || word(k).has(kCardinal | kQualBefore | kScale))) {
        a.link_counted = true;
      } else if (find_counted(c_, k, limit_, true, &e)) {
        a.counted_begin = k;
        a.counted_end = e;
      }
    } else if (a.type == MentionType::Cardinal) {
      size_t e = 0;
      if (find_counted(c_, k, limit_, singular_ok, &e)) {
        a.counted_begin = k;
        a.counted_end = e;
      }
    }
  }
  if (x.n.weak && a.type == MentionType::Cardinal && a.counted_end == 0) return false;
  return true;
}

}  // namespace

bool find_counted(const Ctx &c, size_t i, size_t limit, bool singular, size_t *end) {
  if (limit > c.size()) limit = c.size();
  // Up to three content words; the phrase ends with the last plural noun among them
  // ("ethnic Armenians fled" -> "ethnic Armenians", "police officers").
  size_t last_plural = 0, k = i;
  for (; k < limit && k < i + 3; ++k) {
    if (c.kind(k) != TokenKind::Word) break;
    if (k > i && c.newline_before(k)) break;
    const Hit h = c.word(k);
    if (h.has(kNotCounted)) break;
    char buf[48];
    const std::string_view s = c.str(k);
    if (s.size() > sizeof buf) break;
    const std::string_view f = fold_into(s, buf, sizeof buf);
    if (h.has(kPlural) || has_plural_suffix(f)) last_plural = k + 1;
  }
  if (last_plural) {
    *end = last_plural;
    return true;
  }
  if (singular && k > i) {
    // The head is the last content word before a stop ("of the population").
    *end = k;
    return true;
  }
  return false;
}

bool parse_amount(const Ctx &c, size_t start, size_t limit, Amount &out) {
  return Reader(c, limit).amount(start, out);
}

}  // namespace quarry::numbers
