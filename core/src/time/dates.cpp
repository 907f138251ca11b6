#include "time/dates.hpp"

#include <cmath>

#include "numbers/amount.hpp"
#include "numbers/digits.hpp"
#include "numbers/numeral.hpp"
#include "numbers/words.hpp"
#include "time/calendar.hpp"

namespace quarry::time {
namespace {

using numbers::Ctx;
using numbers::DigitToken;
using numbers::Hit;
using numbers::Shape;
using namespace numbers;  // roles and flags

constexpr uint64_t kNotAfterYear = kUnit | kCurrency | kScale | kMagnitude;

// The grain of a decade written with its four digits and "s": "the 1990s" is a decade, but
// "the 1800s" is the whole century (the decade would be "the first decade of the 1800s");
// "the 2000s" stays the decade it usually means.
Grain hundreds_grain(int year) { return year % 100 == 0 && year < 2000 ? Grain::Century : Grain::Decade; }

// Whether token k is a regular past form: a lower-case word with a past suffix ("passed",
// "reopened"). Most verbs are in no table; tense_near reads these around a date.
bool past_form(const numbers::Ctx &c, size_t k) {
  return c.kind(k) == numbers::TokenKind::Word && numbers::has_past_suffix(c.str(k)) && !c.capitalized(k);
}

// Whether the word of "since" at token k ends a phrase that says something else (data:
// date-words.tsv, "since not": Russian "по сравнению с 2022 годом", compared with 2022).
bool not_since(const numbers::Ctx &c, size_t k) {
  if (k < c.sent_begin + 2) return false;
  const numbers::Hit h = c.phrase_before(k + 1, c.sent_begin, numbers::kSince);
  return h.len >= 2 && (h.e->flags & numbers::kWeak);
}

// Whether "since" can take point p: a date, not a time of day or a span up to now.
bool since_point(const Point &p) {
  return !p.has_time && p.kind != PointKind::None && p.kind != PointKind::Trailing;
}

class Parser {
 public:
  Parser(const Ctx &c, size_t limit) : c_(c), limit_(limit < c.size() ? limit : c.size()) {}

  bool date(size_t start, DateMatch &m);
  bool bare_year(size_t i) const;

 private:
  const Ctx &c_;
  size_t limit_;
  bool to_date_ = false;   // a point read "to date" ("year to date"): a "since" date
  bool in_aside_ = false;  // reading the time in brackets after a time (zone_aside)

  Hit word(size_t i) const { return i < limit_ ? c_.word(i) : Hit{}; }
  bool has(size_t i, uint64_t r) const { return word(i).has(r); }
  bool text(size_t i, std::string_view s) const { return i < limit_ && c_.str(i) == s; }
  bool number(size_t i) const { return i < limit_ && c_.is_number(i); }
  const DigitToken &plain(size_t i) const { return c_.plain_digits(i); }

  // A plain integer token of at most max_digits digits, or -1.
  int plain_int(size_t i, int max_digits) const {
    if (!number(i)) return -1;
    const DigitToken &d = plain(i);
    if (d.shape != Shape::Integer || d.grouped || d.digits > max_digits) return -1;
    return static_cast<int>(d.value);
  }
  int day_number(size_t i) const {
    if (!number(i)) return 0;
    const DigitToken &d = plain(i);
    if ((d.shape == Shape::Integer && !d.grouped && d.digits <= 2) ||
        (d.shape == Shape::Ordinal && d.digits <= 2))
      return d.value >= 1 && d.value <= 31 ? static_cast<int>(d.value) : 0;
    return 0;
  }
  // Whether weekday w at token i is a day by itself. One that is also a common word ("среду",
  // the environment) or a short form ("Wed") is one only right after "on" ("в среду", "on
  // Wed"), and not before a name ("on Sun Microsystems").
  bool weekday_alone(size_t i, const Hit &w) const {
    if (!(w.e->flags & kWeak)) return true;
    if (after_on(i)) return !(i + 1 < limit_ && c_.capitalized(i + 1));
    // The second end of a range of days whose first end stands alone: "с понедельника по
    // среду", "в ночь со вторника на среду" (not "Mon to Fri", whose first end is weak too).
    const Hit r = c_.word_before(i);
    if (!r.has(kRange) || (r.e->range != RangeWord::To && r.e->range != RangeWord::Overnight) ||
        i < c_.sent_begin + 2)
      return false;
    const Hit first = word(i - 2);
    return first.has(kWeekday) && !(first.e->flags & kWeak);
  }
  // Whether "on" (ru "в", "во") is right before token i.
  bool after_on(size_t i) const { return c_.word_before(i).has(kOn); }
  // A day of the month in words: an ordinal from 1 to 31 ("first", "twenty-first", "первого",
  // "двадцать первого"); the token after it in `after`. Or 0.
  int word_day(size_t i, size_t &after) const {
    if (number(i) || !(has(i, kCardinal | kOrdinal) || (i < limit_ && c_.hyphenated(i)))) return 0;
    numbers::Numeral n;
    if (!numbers::parse_numeral(c_, i, limit_, n) || !n.ordinal || n.fraction || n.magnitude || n.value < 1 ||
        n.value > 31 || n.value != std::floor(n.value))
      return 0;
    after = n.end;
    return static_cast<int>(n.value);
  }
  int year_at(size_t i) const { return number(i) ? numbers::year_digits(plain(i)) : 0; }
  // The token after number j (a day or a time) and its case ending, if one follows after a
  // hyphen ("19-ին", "19-го", "18:00-ին").
  size_t after_number(size_t j) const {
    if (text(j + 1, "-") && adjacent(j + 1) && adjacent(j + 2) && has(j + 2, kDaySuffix)) return j + 3;
    return j + 1;
  }
  // A year after a month or a day: four digits, not the start of an amount ("Sept. 19, 300
  // people", "May 2000 dollars").
  int year_after(size_t i) const {
    const int y = year_at(i);
    if (!y) return 0;
    if (has(i + 1, kYearWord)) return y;  // "19 сентября 2023 года"
    if (i + 1 < limit_ && (c_.is_number(i + 1) || has(i + 1, kNotAfterYear))) return 0;
    size_t e = 0;
    if (numbers::find_counted(c_, i + 1, limit_, false, &e) && !has(i + 1, kMonth)) return 0;
    return y;
  }
  // The year of a quarter or a half ("Q3 2023 sales", "the third quarter of 2023 earnings"):
  // after a period name a year is no count, whatever noun follows. Returns its token, or
  // SIZE_MAX.
  size_t period_year(size_t i) const {
    if (has(i, kOf) && year_at(i + 1)) ++i;
    if (!year_at(i)) return SIZE_MAX;
    if (has(i + 1, kYearWord)) return i;  // "в 3-м квартале 2023 года"
    if (i + 1 < limit_ && (c_.is_number(i + 1) || has(i + 1, kNotAfterYear))) return SIZE_MAX;
    return i;
  }
  bool adjacent(size_t i) const { return i < limit_ && !c_.space_before(i); }
  // Whether token i is spelled like a plural noun ("weeks").
  bool plural(size_t i) const {
    if (const Hit w = word(i); w.has(kUnit) && (w.e->flags & numbers::kPluralForm)) return true;
    char buf[48];
    const std::string_view s = c_.str(i);
    return s.size() <= sizeof buf && numbers::has_plural_suffix(numbers::fold_into(s, buf, sizeof buf));
  }
  bool range_word(size_t i, RangeWord w) const {
    const Hit h = word(i);
    return h.has(kRange) && h.e->range == w;
  }
  // A dash or "to" between the ends of a range; "and" only after "between".
  bool connector(size_t i, RangeWord opener) const {
    const Hit h = word(i);
    if (h.has(kRangeMark)) return true;
    if (!h.has(kRange)) return false;
    if (h.e->range == RangeWord::To) return opener != RangeWord::Between;
    if (h.e->range == RangeWord::And) return opener == RangeWord::Between;
    if (h.e->range == RangeWord::Overnight) return opener == RangeWord::Overnight;
    return false;
  }

  // Words that open a date, and first words of a phrase that opens one ("the end of", "the
  // day before yesterday").
  static constexpr uint64_t kOpens = kMonth | kWeekday | kRelDay | kRelMod | kPart | kSeason | kQuarterName |
                                     kClock | kCardinal | kOrdinal | kArticle | kVague | kDenominator;
  static constexpr uint64_t kPhraseOpens = kOpens | kEvent | kTrailing | kNearest | kSpanPart | kWeekOf;
  // A cheap test before the grammar: can a date start at token i at all?
  bool could_start(size_t i) const {
    if (number(i)) return true;
    const Hit w = word(i);
    if (w.has(kOpens | kTrailing | kNearest | kEvent))
      return true;  // one word: "recent days", "YTD", "Halloween"
    if (w.e && w.e->longest_phrase > 1 && c_.phrase(i, limit_, kPhraseOpens)) return true;
    // "the year to March", "the year to the end of March"
    if (w.has(kUnit) && w.e->grain == Grain::Year && (has(i + 2, kMonth) || opens_part(i + 2))) return true;
    if (w.has(kUnit) && opens_part_after(i + 1)) return true;  // "տարվա սկզբին"

    const std::string_view s = c_.str(i);
    if (!w.e && numbers::roman_century(c_, i, limit_)) return true;  // "XXI век"
    return s == "'" || s == "\u2019" || c_.hyphenated(i);
  }
  // Whether the word before token i says an hour follows ("ժամը"; role at, flag hour). The
  // hour is read with its case ending after a hyphen ("ժամը 11-ին"), as news writes it (and as
  // the stage's test of a number that may start a date wants it): tested first, it is cheaper.
  bool hour_word_before(size_t i) const {
    if (!text(i + 1, "-")) return false;
    const Hit w = c_.word_before(i);
    return w.has(kAt) && (w.e->flags & kStrong);
  }
  // Whether m, the word after number i, is an hour's word that is also a unit of time, and a
  // word of "at" before the number makes it say the hour ("в 11 часов", at eleven; "11 часов"
  // alone is a duration).
  bool oclock_unit(size_t i, const Hit &m) const {
    return m.has(kOClock) && m.has(kUnit) && c_.word_before(i).has(kAt);
  }
  bool opens_part_after(size_t i) const {
    const Hit w = word(i);
    return w.e && ((w.e->roles | w.e->phrase_roles) & kPartAfter);
  }
  // Whether a part may follow point p that ends before token i: a part's words, or after a
  // year an ordinal in digits ("2023 թվականի 3-րդ եռամսյակում").
  bool part_may_follow(const Point &p, size_t i) const {
    return i < limit_ && ((p.grain == Grain::Year && number(i)) || opens_part_after(i));
  }
  bool opens_part(size_t i) const {
    const Hit w = word(i);
    return w.e && (w.e->phrase_roles & kPart);
  }
  // "since the 1990s": a determiner that opens no phrase of a date is left to "since"; the
  // token after it, or i. Rare: out of line.
  [[gnu::noinline]] size_t after_determiner(size_t i) const {
    const Hit w = word(i);
    if (!w.has(kDeterminer) || (w.e->longest_phrase > 1 && c_.phrase(i, limit_, kPhraseOpens))) return i;
    return i + 1;
  }
  bool point(size_t i, Point &p, size_t &end, bool allow_time);
  void zone_aside(Point &t, size_t &end);
  bool weekday_date(size_t i, const Hit &w, Point &p, size_t &end);
  bool core(size_t i, Point &p, size_t &end, bool allow_time, bool context);
  bool day_point(size_t i, Point &p, size_t &end);
  bool month_first(size_t i, Point &p, size_t &end, bool context);
  bool day_first(size_t i, Point &p, size_t &end);
  bool on_the_day(size_t i, int d, size_t j, Point &p, size_t &end) const;
  bool numeric(size_t i, Point &p, size_t &end);
  bool time_of_day(size_t i, Point &p, size_t &end, bool *duration, double *seconds);
  bool inline_part(size_t i, Point &p, size_t &end);
  bool count_unit(size_t i, int &count, int &spread, Grain &grain, size_t &end) const;
  void part_after(Point &p, size_t &end) const;
  bool rel_year(size_t k, Point &p, size_t &end) const;
  bool ahead(size_t i, Point &p, size_t &end) const;
  bool trailing(size_t i, Point &p, size_t &end) const;
  bool event(size_t i, Point &p, size_t &end) const;
  bool hyphen_range(size_t i, Point &a, Point &b, size_t &end) const;
  bool week_of_month(size_t i, Point &a, Point &b, size_t &end);
  bool span_part(size_t i, const Hit &sp, Point &p, size_t &end);
  int span_count(size_t k, int &count, Grain &g, size_t &end) const;
  bool rel_period(size_t k, Point &q, size_t &end) const;
  bool bare_period(size_t k, Point &q, size_t &end) const;
  bool months_to(size_t i, Point &a, Point &b, size_t &end);
  bool iso_week(size_t i, int y, Point &p, size_t &end) const;
  bool month_between(size_t i, Point &p, size_t &end) const;
  bool week_of(size_t i, const Hit &w, Point &p, size_t &end);
  bool future_near(size_t b, size_t e) const;
  void attach_time_after(Point &p, size_t &end);
  void attach_day_part(const Point &p, size_t &end) const {
    if ((p.kind == PointKind::Weekday || p.kind == PointKind::RelDays) && has(end, kDayPart)) ++end;
  }
};

// Gives day d the time of day (and zone) read into t.
void take_time(Point &d, const Point &t) {
  d.has_time = true;
  d.hour = t.hour;
  d.minute = t.minute;
  d.second = t.second;
  d.time_grain = t.time_grain;
  d.has_zone = t.has_zone;
  d.zone = t.zone;
  d.us_daylight = t.us_daylight;
}

// Counts [lo, hi] of grain g that are not whole, in a smaller unit where they become whole
// ("half an hour" is 30 minutes, "1.5 days" 36 hours). False when there is none.
bool smaller_unit(Grain &g, double &lo, double &hi) {
  for (int step = 0; step < 2 && (lo != std::floor(lo) || hi != std::floor(hi)); ++step) {
    double f = 0;
    Grain s = Grain::None;
    switch (g) {
      case Grain::Minute: f = 60; s = Grain::Second; break;
      case Grain::Hour: f = 60; s = Grain::Minute; break;
      case Grain::Day: f = 24; s = Grain::Hour; break;
      case Grain::Week: f = 7; s = Grain::Day; break;
      case Grain::Month: f = 0; break;
      case Grain::Quarter: f = 3; s = Grain::Month; break;
      case Grain::Year: f = 12; s = Grain::Month; break;
      case Grain::Decade: f = 10; s = Grain::Year; break;
      case Grain::Century: f = 100; s = Grain::Year; break;
      default: break;
    }
    if (f == 0) return false;
    g = s;
    lo *= f;
    hi *= f;
  }
  return lo == std::floor(lo) && hi == std::floor(hi);
}

// The counts [lo, hi] a numeral stands for: its value, or a vague count's ("a few" is 2 to 9).
void counts_of(const numbers::Numeral &n, double &lo, double &hi) {
  lo = n.magnitude ? n.low : n.value;
  hi = n.magnitude ? n.high - 1 : n.value;
}

// A point with a vague count as the range of its readings: a the earliest, b the latest.
void spread_range(Point &a, Point &b, bool &range) {
  b = a;
  b.offset = a.offset + a.spread;
  a.spread = b.spread = 0;
  range = true;
}

bool day_grain(const Point &p) {
  return p.kind == PointKind::RelDays || p.kind == PointKind::Weekday || p.kind == PointKind::MonthDay ||
         (p.kind == PointKind::Absolute && p.grain == Grain::Day);
}

bool Parser::bare_year(size_t i) const {
  const int y = year_at(i);
  if (!y) return false;
  if (has(i + 1, kYearWord)) return true;  // "в 2023 году", "2023 թ."
  if (i + 1 < limit_ && has(i + 1, kNotAfterYear)) return false;
  if (i + 1 < limit_ && text(i + 1, "%")) return false;
  if (i > c_.sent_begin) {
    const Hit prev = c_.word(i - 1);
    if (prev.has(kCurrency | kSign | kQualBefore)) {
      // A year only after a bound after a strong word of dates: "in about 2015", "since around
      // 1990" (the stage then prefers the year to the count when the bound is "about").
      if (!prev.has(kQualBefore) || i - 1 <= c_.sent_begin) return false;
      const Hit ctx = c_.word(i - 2);
      return ctx.has(kDateContext) && (ctx.e->flags & kStrong);
    }
    if (prev.has(kDateContext) && (prev.e->flags & kStrong)) return true;
    if (prev.has(kPart | kMonth | kSeason | kRelMod)) return true;
    if (c_.is_text(i - 1, "(") && text(i + 1, ")")) return true;
    // A weak word ("the", "of") before a year and a noun that is always plural: a count ("the
    // 2000 people who signed", "the 1500 troops"); "the 2020 election", "the 2019 protests"
    // stay years.
    if (prev.has(kDateContext)) return !has(i + 1, numbers::kPlural);
  }
  size_t e = 0;
  if (numbers::find_counted(c_, i + 1, limit_, false, &e)) return false;
  return y >= 1900 && y <= 2100;
}

void Parser::attach_time_after(Point &p, size_t &end) {
  if (!day_grain(p) || p.has_time) return;
  size_t k = end;
  if (text(k, ",")) ++k;
  if (has(k, kAt)) ++k;
  Point t;
  size_t e = 0;
  bool dur = false;
  double secs = 0;
  if (k < limit_ && time_of_day(k, t, e, &dur, &secs) && !dur) {
    take_time(p, t);
    end = e;
  }
}

// "6 p.m.", "18:00", "6:30 a.m. EDT", "noon", "six o'clock", "1500 GMT", "[00:01:19]".
// The first `parts` groups of a time token read in base 60, and the decimals of a second
// after them: "00:01:19" = 79, "2:01:09" = 7269, "3:43.13" = 223.13.
double sexagesimal(const DigitToken &d, int parts) {
  double secs = 0;
  for (int k = 0; k < parts; ++k) secs = secs * 60 + d.group_value[k];
  if (d.frac_digits) secs += d.group_value[parts] / std::pow(10.0, d.frac_digits);
  return secs;
}

bool Parser::time_of_day(size_t i, Point &t, size_t &end, bool *duration, double *seconds) {
  t = Point{};
  *duration = false;
  size_t j = i;
  int h = -1, mi = 0, s = 0;
  Grain g = Grain::Hour;
  bool needs_meridiem = false, meridiem_ok = false;
  const Hit w = word(i);
  if (w.has(kClock)) {
    h = w.e->clock / 60;
    mi = w.e->clock % 60;
    j = i + 1;
  } else if (number(i)) {
    const DigitToken &d = plain(i);
    if (d.shape == Shape::Time) {
      // How long something took: "3:43.13", "won in 2:01:09", "a time of 2:14:04".
      const int parts = d.ngroups - (d.frac_digits ? 1 : 0);
      if (d.frac_digits || (parts == 3 && i > c_.sent_begin &&
                            c_.phrase_before(i, c_.sent_begin, kTimeTaken).has(kTimeTaken))) {
        for (int k = 1; k < parts; ++k)
          if (d.group_value[k] > 59) return false;
        *duration = true;
        *seconds = sexagesimal(d, parts);
        end = i + 1;
        return true;
      }
      h = static_cast<int>(d.group_value[0]);
      mi = static_cast<int>(d.group_value[1]);
      g = Grain::Minute;
      if (d.ngroups == 3) {
        s = static_cast<int>(d.group_value[2]);
        g = Grain::Second;
      }
      if (h > 24 || mi > 59 || s > 59 || (h == 24 && (mi || s))) return false;
      // A media timestamp: "[00:01:19]", "(01:19)".
      if (i > c_.sent_begin && i + 1 < limit_ && !c_.space_before(i) && !c_.space_before(i + 1) &&
          ((c_.is_text(i - 1, "[") && text(i + 1, "]")) || (c_.is_text(i - 1, "(") && text(i + 1, ")")))) {
        *duration = true;
        *seconds = sexagesimal(d, d.ngroups);
        end = i + 1;
        return true;
      }
      meridiem_ok = h >= 1 && h <= 12;
      j = i + 1;
    } else if (d.shape == Shape::Integer && !d.grouped && d.digits <= 2 && d.value <= 24) {
      // "ժամը 11-ին": after an hour's word, the hour alone, with its case ending; else an hour
      // up to 12 that needs "a.m." or "o'clock".
      needs_meridiem = !hour_word_before(i);
      // "в 18 часов": a day of 24 hours, before an hour's word that is also a unit.
      if (needs_meridiem && d.value > 12 && !(d.value < 24 && oclock_unit(i, word(i + 1)))) return false;
      h = static_cast<int>(d.value);
      meridiem_ok = h >= 1 && h <= 12;
      j = needs_meridiem ? i + 1 : after_number(i);
    } else if (d.shape == Shape::Decimal && d.frac_digits == 2 && d.digits <= 2 && d.value < 13 &&
               c_.str(i).find('.') != std::string_view::npos) {
      h = static_cast<int>(d.value);
      mi = static_cast<int>(std::lround((d.value - h) * 100));
      if (mi > 59) return false;
      g = Grain::Minute;
      needs_meridiem = meridiem_ok = true;
      j = i + 1;
    } else if (d.shape == Shape::Integer && !d.grouped && d.digits == 4) {
      // "1500 GMT": only with a named zone.
      const int v = static_cast<int>(d.value);
      const Hit z = c_.phrase(i + 1, limit_, kTimeZone);
      if (!z.has(kTimeZone) || (z.e->flags & kLocalZone) || v / 100 > 23 || v % 100 > 59) return false;
      h = v / 100;
      mi = v % 100;
      g = Grain::Minute;
      j = i + 1;
    } else {
      return false;
    }
  } else {
    // A number word of one token: "six p.m." ("six-hour" is one too, with a unit).
    if (!w.has(kCardinal) && !c_.hyphenated(i)) return false;
    numbers::Numeral n;
    if (!numbers::parse_numeral(c_, i, limit_, n) || n.ordinal || n.fraction || n.magnitude ||
        n.value < 1 || n.value > 12 || n.value != std::floor(n.value) || n.end != i + 1)
      return false;
    h = static_cast<int>(n.value);
    needs_meridiem = meridiem_ok = true;
    j = i + 1;
  }
  // "6 p.m.", "six o'clock", and both: "в 7 часов вечера".
  auto meridiem_at = [&](size_t k) {
    if (!meridiem_ok) return false;
    const Hit mh = word(k);
    if (!mh.has(kMeridiem)) return false;
    h = (h == 12 ? 0 : h) + mh.e->meridiem;
    j = k + 1;
    return true;
  };
  if (!meridiem_at(j) && needs_meridiem) {
    const Hit m = word(j);
    if (!m.has(kOClock) || (m.has(kUnit) && !oclock_unit(i, m))) return false;
    meridiem_at(++j);
  }
  if (g != Grain::Hour) j = after_number(j - 1);  // "ժամը 18:00-ին"
  const Hit z = c_.phrase(j, limit_, kTimeZone);
  if (z.has(kTimeZone)) {
    if (!(z.e->flags & kLocalZone)) {
      t.has_zone = true;
      t.zone = z.e->zone;
      t.us_daylight = z.e->flags & kUsDaylight;
    }
    j += z.len;
  }
  t.has_time = true;
  t.hour = h;
  t.minute = mi;
  t.second = s;
  t.time_grain = g;
  end = j;
  if (!in_aside_ && text(j, "(")) zone_aside(t, end);
  return true;
}

// "7 a.m. local time (0500 GMT)": the same moment in a named zone, in brackets after a time,
// gives it its offset (or agrees with the one it has: "9:02 p.m. EDT (0102 GMT)") and joins
// it; the day may follow ("... on Friday").
void Parser::zone_aside(Point &t, size_t &end) {
  Point z;
  size_t e = 0;
  bool dur = false;
  double secs = 0;
  // The time in brackets takes no brackets of its own: "0500 GMT (0500 GMT (..." nests no
  // deeper than one.
  in_aside_ = true;
  const bool ok = time_of_day(end + 1, z, e, &dur, &secs);
  in_aside_ = false;
  if (!ok || dur || !z.has_zone || !text(e, ")")) return;
  // The local time is within a day of the zone's: the offset is the difference, taken
  // between -12 and +14 hours, in whole quarters of an hour.
  int d = ((minute_of_day(t) - minute_of_day(z) + z.zone) % 1440 + 1440) % 1440;
  if (d > 14 * 60) d -= 1440;
  if (d % 15 || (t.has_zone && t.zone != d)) return;
  t.has_zone = true;
  t.zone = d;
  end = e + 1;
}

// A day: "yesterday", "Friday", "last Tuesday", "Sept. 19", "19 September 2023", "2023-09-29".
// "Friday, Sept. 29, 2023", "Sunday 29 October": a weekday and the date it names.
bool Parser::weekday_date(size_t i, const Hit &w, Point &p, size_t &end) {
  size_t k = i + 1;
  if (text(k, ",")) ++k;
  Point d;
  size_t e = 0;
  if (!((month_first(k, d, e, true) && d.grain == Grain::Day) || day_first(k, d, e) || numeric(k, d, e)))
    return false;
  p = d;
  // Without a year, the weekday helps choose it (time/resolve.cpp).
  if (p.kind == PointKind::Absolute && p.grain == Grain::Day && !p.has_year) p.weekday = w.e->weekday;
  end = e;
  return true;
}

bool Parser::day_point(size_t i, Point &p, size_t &end) {
  const Hit r = c_.phrase(i, limit_, kRelDay);
  if (r.has(kRelDay)) {
    p = Point{};
    p.kind = PointKind::RelDays;
    p.grain = Grain::Day;
    p.offset = r.e->rel;
    end = i + r.len;
    attach_day_part(p, end);
    return true;
  }
  size_t k = i;
  int direction = 0;
  if (has(k, kRelMod) && has(k + 1, kWeekday)) {
    direction = word(k).e->rel;
    ++k;
  }
  const Hit w = word(k);
  // "8 p.m. on Sunday, Oct. 29": the date after the weekday.
  if (w.has(kWeekday) && !direction && weekday_date(k, w, p, end)) return true;
  if (w.has(kWeekday) && weekday_alone(k, w)) {
    p = Point{};
    p.kind = PointKind::Weekday;
    p.grain = Grain::Day;
    p.weekday = w.e->weekday;
    p.direction = direction;
    end = k + 1;
    attach_day_part(p, end);
    return true;
  }
  if (month_first(i, p, end, true) && p.grain == Grain::Day) return true;
  if (day_first(i, p, end)) return true;
  if (numeric(i, p, end)) return true;
  return false;
}

bool Parser::month_first(size_t i, Point &p, size_t &end, bool context) {
  const Hit mh = word(i);
  if (!mh.has(kMonth)) return false;
  p = Point{};
  p.kind = PointKind::Absolute;
  p.month = mh.e->month;
  size_t j = i + 1;
  // The day: digits, or an ordinal in words before no word but one of a date's ("October
  // first,", "October first at noon", not "March first rose" or "May first quarter").
  int d = day_number(j);
  size_t after = d ? after_number(j) : 0;
  if (!d && (d = word_day(j, after)) && after < limit_ && c_.kind(after) == numbers::TokenKind::Word &&
      !has(after, kAt | kOn | kDateContext | kRange | kRelMod | kDayPart))
    d = 0;
  if (d && !(after < limit_ && text(after, ":")) && !has(after, kMonth)) {
    if (!valid_date(2000, p.month, d)) return false;
    p.day = d;
    p.grain = Grain::Day;
    end = after;
    size_t k = end;
    if (text(k, ",") && year_after(k + 1)) {
      p.year = year_after(k + 1);
      p.has_year = true;
      end = k + 2;
    } else if (year_after(k) && !c_.newline_before(k)) {
      p.year = year_after(k);
      p.has_year = true;
      end = k + 1;
    } else {
      rel_year(k, p, end);  // "Sept. 19 last year"
    }
    if (p.has_year && !valid_date(p.year, p.month, p.day)) return false;
    return true;
  }
  size_t k = j;
  if (has(k, kOf) && year_at(k + 1)) ++k;
  if (const int y = year_after(k)) {
    p.year = y;
    p.has_year = true;
    p.grain = Grain::Month;
    end = k + 1;
    return true;
  }
  p.grain = Grain::Month;
  if (rel_year(j, p, end)) return true;  // "October last year", "March of next year"
  if ((mh.e->flags & kWeak) && !context) return false;
  p.grain = Grain::Month;
  end = i + 1;
  return true;
}

bool Parser::day_first(size_t i, Point &p, size_t &end) {
  int d = day_number(i);
  size_t j = 0;
  const bool words = !d;
  if (d)
    j = after_number(i);
  else if (!has(i + 1, kMonth | kOf | kOrdinal) || !(d = word_day(i, j)))  // most words: no day
    return false;
  const bool of = has(j, kOf);
  if (!of && !words && !has(j, kMonth)) return on_the_day(i, d, j, p, end);
  if (of) ++j;
  const Hit mh = word(j);
  if (!mh.has(kMonth)) return false;
  // An ordinal in words is a day when "of" or the month's own case says so ("the first of
  // October", "первого сентября"), not in "the first October without rain".
  if (words && !of && !(mh.e->flags & kOfForm)) return false;
  p = Point{};
  p.kind = PointKind::Absolute;
  p.month = mh.e->month;
  p.day = d;
  p.grain = Grain::Day;
  if (!valid_date(2000, p.month, d)) return false;
  end = j + 1;
  size_t k = j + 1;
  if (text(k, ",") && year_after(k + 1)) {
    p.year = year_after(k + 1);
    p.has_year = true;
    end = k + 2;
  } else if (year_after(k)) {
    p.year = year_after(k);
    p.has_year = true;
    end = k + 1;
  } else {
    rel_year(k, p, end);  // "19 September last year"
  }
  return !p.has_year || valid_date(p.year, p.month, p.day);
}

// "on the 15th": an ordinal in digits after "on" and an article, before no word but one of a
// date's, is that day of a month near the reference ("the 15th floor" is no day).
bool Parser::on_the_day(size_t i, int d, size_t j, Point &p, size_t &end) const {
  if (plain(i).shape != Shape::Ordinal || i < c_.sent_begin + 2 || !has(i - 1, kDeterminer) ||
      !has(i - 2, kOn))
    return false;
  if (j < limit_ && c_.kind(j) == numbers::TokenKind::Word && !has(j, kAt | kDateContext | kRange | kDayPart))
    return false;
  p = Point{};
  p.kind = PointKind::MonthDay;
  p.day = d;
  p.grain = Grain::Day;
  end = j;
  return true;
}

// A month name between a day and a year, joined by hyphens: "29-Sep-2023", "2023-SEP-29" (the
// tokenizer keeps "Sep-2023" as one word).
bool Parser::month_between(size_t i, Point &p, size_t &end) const {
  if (i + 2 >= limit_ || !text(i + 1, "-") || c_.space_before(i + 1) || c_.space_before(i + 2) ||
      c_.kind(i + 2) != numbers::TokenKind::Word)
    return false;
  const std::string_view w = c_.str(i + 2);
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size() || w.size() - dash - 1 > 4) return false;
  const Hit m = c_.piece(w.substr(0, dash), true);
  if (!m.has(kMonth)) return false;
  int rest = 0;
  const size_t rest_digits = w.size() - dash - 1;
  for (size_t k = dash + 1; k < w.size(); ++k) {
    if (w[k] < '0' || w[k] > '9') return false;
    rest = rest * 10 + (w[k] - '0');
  }
  if (i + 3 < limit_ && !c_.space_before(i + 3) && (text(i + 3, "-") || number(i + 3))) return false;
  const int first = plain_int(i, 4);
  int y = 0, d = 0;
  if (plain(i).digits <= 2 && rest_digits == 4) {
    d = first;
    y = rest;
  } else if (plain(i).digits == 4 && rest_digits <= 2) {
    y = first;
    d = rest;
  }
  if (y < 1000 || y > 2199 || !valid_date(y, m.e->month, d)) return false;
  p.year = y;
  p.month = m.e->month;
  p.day = d;
  end = i + 3;
  return true;
}

// An ISO 8601 week after year y at token i: "2023-W35", a week from its Monday.
bool Parser::iso_week(size_t i, int y, Point &p, size_t &end) const {
  if (i + 2 >= limit_ || !text(i + 1, "-") || c_.space_before(i + 1) || c_.space_before(i + 2)) return false;
  const std::string_view w = c_.str(i + 2);
  if (w.size() != 3 || w[0] != 'W' || w[1] < '0' || w[1] > '9' || w[2] < '0' || w[2] > '9') return false;
  if (i + 3 < limit_ && !c_.space_before(i + 3) &&
      (text(i + 3, "-") || number(i + 3) || c_.kind(i + 3) == numbers::TokenKind::Word))
    return false;  // "2023-W35-2"
  const int n = (w[1] - '0') * 10 + (w[2] - '0');
  const int64_t jan4 = days_from_civil(y, 1, 4);
  const int64_t monday = jan4 - (weekday_of(jan4) - 1) + 7 * static_cast<int64_t>(n - 1);
  if (n < 1 || civil_from_days(monday + 3).y != y) return false;  // week 53 of a year with 52
  const Civil m = civil_from_days(monday);
  p.grain = Grain::Week;
  p.year = m.y;
  p.month = m.m;
  p.day = m.d;
  end = i + 3;
  return true;
}

// "2023-09-29", "2023/09/29", "29/09/2023", "09/29/2023", "29-09-2023", "29.09.2023",
// "2023-W35", "29-Sep-2023".
bool Parser::numeric(size_t i, Point &p, size_t &end) {
  if (!number(i)) return false;
  p = Point{};
  p.kind = PointKind::Absolute;
  p.grain = Grain::Day;
  p.has_year = true;
  const DigitToken &d0 = plain(i);
  if (d0.shape == Shape::Invalid && d0.ngroups == 3 && d0.same_sep && d0.sep[1] == '.' &&
      d0.group_len[0] <= 2 && d0.group_len[1] <= 2 && (d0.group_len[2] == 4 || d0.group_len[2] == 2)) {
    int y = static_cast<int>(d0.group_value[2]);
    if (d0.group_len[2] == 2) y += y < 50 ? 2000 : 1900;
    p.year = y;
    p.month = static_cast<int>(d0.group_value[1]);
    p.day = static_cast<int>(d0.group_value[0]);
    end = i + 1;
    return valid_date(p.year, p.month, p.day);
  }
  if (const int y = year_at(i); y && iso_week(i, y, p, end)) return true;
  if (month_between(i, p, end)) return true;
  if (i + 4 >= limit_) return false;
  const std::string_view sep = c_.str(i + 1);
  if ((sep != "-" && sep != "/" && sep != ".") || c_.str(i + 3) != sep) return false;
  for (size_t k = i + 1; k <= i + 4; ++k)
    if (c_.space_before(k)) return false;
  if (!number(i + 2) || !number(i + 4)) return false;
  if (i + 5 < limit_ && !c_.space_before(i + 5) && (c_.is_number(i + 5) || text(i + 5, sep))) return false;
  if (const int y = year_at(i); y) {
    const int m = plain_int(i + 2, 2), dd = plain_int(i + 4, 2);
    if (m < 1 || dd < 1 || sep == ".") return false;
    p.year = y;
    p.month = m;
    p.day = dd;
    end = i + 5;
    return valid_date(y, m, dd);
  }
  const int a = plain_int(i, 2), b = plain_int(i + 2, 2);
  int y = year_at(i + 4);
  if (!y) {
    const int yy = plain_int(i + 4, 2);
    if (yy < 0 || plain(i + 4).digits != 2) return false;
    y = yy + (yy < 50 ? 2000 : 1900);
  }
  if (a < 1 || b < 1) return false;
  bool day_first = c_.slash_order != DateOrder::MonthFirst;
  if (a > 12) day_first = true;
  else if (b > 12) day_first = false;
  p.year = y;
  p.day = day_first ? a : b;
  p.month = day_first ? b : a;
  end = i + 5;
  return valid_date(p.year, p.month, p.day);
}

// "mid-2023", "mid-September", "mid-1990s": a part joined to its period by a hyphen.
bool Parser::inline_part(size_t i, Point &p, size_t &end) {
  const std::string_view s = c_.str(i);
  const size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= s.size()) return false;
  const Hit part = c_.piece(s.substr(0, dash), c_.capitalized(i));
  if (!part.has(kPart)) return false;
  const std::string_view rest = s.substr(dash + 1);
  p = Point{};
  p.kind = PointKind::Absolute;
  const Hit m = c_.piece(rest, rest[0] >= 'A' && rest[0] <= 'Z');
  if (m.has(kMonth)) {
    p.month = m.e->month;
    p.grain = Grain::Month;
    end = i + 1;
    if (const int y = year_after(i + 1)) {
      p.year = y;
      p.has_year = true;
      end = i + 2;
    }
  } else {
    const DigitToken d = numbers::read_digits(rest, '.', false);
    if (const int y = numbers::year_digits(d)) {
      p.year = y;
      p.has_year = true;
      p.grain = Grain::Year;
    } else if (d.shape == Shape::Decade && d.digits == 4 && static_cast<int>(d.value) % 10 == 0) {
      p.year = static_cast<int>(d.value);
      p.has_year = true;
      p.grain = hundreds_grain(p.year);
    } else {
      return false;
    }
    end = i + 1;
  }
  p.part_lo = part.e->part_lo;
  p.part_hi = part.e->part_hi;
  return true;
}

// A whole count of a calendar unit: "three days", "24 hours", "a week", "an hour",
// "10-day". `end` is the token after the unit.
bool Parser::count_unit(size_t i, int &count, int &spread, Grain &grain, size_t &end) const {
  if (i >= limit_) return false;
  const Hit w = word(i);
  auto calendar = [](const Hit &u) {
    return u.has(kUnit) && u.e->dim == numbers::Dim::Time && u.e->grain != Grain::None;
  };
  spread = 0;
  if (w.has(kArticle) && calendar(word(i + 1))) {
    count = 1;
    grain = word(i + 1).e->grain;
    end = i + 2;
    return true;
  }
  if (!number(i) && !w.has(kCardinal | kVague) && !(w.e && (w.e->phrase_roles & kVague)) && !c_.hyphenated(i))
    return false;
  numbers::Numeral n;
  if (!numbers::parse_numeral(c_, i, limit_, n) || n.fraction || n.ordinal) return false;
  // "in a few days": the counts [low, high).
  double lo = 0, hi = 0;
  counts_of(n, lo, hi);
  if (lo < 1 || hi > 100000 || lo != std::floor(lo) || hi != std::floor(hi)) return false;
  size_t k = n.end;
  if (n.inline_unit) {
    if (n.inline_unit->dim != numbers::Dim::Time || n.inline_unit->grain == Grain::None) return false;
    grain = n.inline_unit->grain;
  } else {
    const Hit u = word(k);
    if (!calendar(u)) return false;
    grain = u.e->grain;
    ++k;
  }
  count = static_cast<int>(lo);
  spread = static_cast<int>(hi - lo);
  end = k;
  return true;
}

// A year relative to the reference's after a month, a day or a quarter: "last year", "of
// next year", "this year".
bool Parser::rel_year(size_t k, Point &p, size_t &end) const {
  const size_t q = has(k, kOf) ? k + 1 : k;
  if (!has(q, kRelMod) || !has(q + 1, kUnit) || word(q + 1).e->grain != Grain::Year) return false;
  p.year_rel = true;
  p.year_offset = word(q).e->rel;
  end = q + 2;
  return true;
}

// Whether the nearest tense word around tokens [b, e) is a future one.
bool Parser::future_near(size_t b, size_t e) const { return tense_near(c_, b, e) > 0; }

// "in three days", "in two weeks' time", "in an hour": that long after the reference date,
// when a future tense word is near or "time" follows. Otherwise "in three days" is a
// duration ("took the city in three days").
bool Parser::ahead(size_t i, Point &p, size_t &end) const {
  if (!has(i, kAhead)) return false;
  int count = 0, spread = 0;
  Grain g = Grain::None;
  size_t k = 0;
  if (!count_unit(i + 1, count, spread, g, k) || g == Grain::Weekend) return false;
  const Hit close = c_.phrase(k, limit_, kAheadEnd);
  if (close.has(kAheadEnd)) {
    k += close.len;
  } else {
    if (has(k, kOf) || !future_near(i, k)) return false;  // "in three days of talks"
    // "its first visit in 30 years", "the highest level in a decade": looking back.
    for (size_t q = i; q > c_.sent_begin && i - q < 8; --q)
      if (c_.word(q - 1).has(kRecord)) return false;
  }
  p = Point{};
  p.kind = PointKind::Ago;
  p.grain = g;
  p.offset = count;
  p.spread = spread;
  end = k;
  return true;
}

// "the past week", "the past two years", "the last few weeks": the periods that end with the
// reference date; "the next two years": the periods that start after it.
// Hours and minutes stay durations ("the past 24 hours").
bool Parser::trailing(size_t i, Point &p, size_t &end) const {
  const Hit t = c_.phrase(i, limit_, kTrailing);
  if (!t.has(kTrailing)) return false;
  const size_t k = i + t.len;
  int count = 1, spread = 0;
  Grain g = Grain::None;
  size_t e = 0;
  const Hit u = word(k);
  const bool vague = (t.e->flags & numbers::kVagueCount) != 0;
  if (u.has(kUnit) && u.e->dim == numbers::Dim::Time && u.e->grain != Grain::None) {
    // "the last day" is no span, but "the next decade" is the coming ten years.
    if ((t.e->flags & numbers::kNeedsCount) && u.e->grain < Grain::Decade) return false;
    // Without a count, only a singular unit ("the past week", not "the past weeks"); after
    // a vague count, only a plural one ("the past few weeks"), read as the largest count.
    if (plural(k) != vague) return false;
    if (vague) count = static_cast<int>(t.e->high) - 1;
    g = u.e->grain;
    e = k + 1;
  } else if (vague) {
    return false;
  } else if (!count_unit(k, count, spread, g, e) || spread || word(k).has(kArticle)) {
    return false;
  }
  if (g < Grain::Day || has(e, kOf)) return false;
  p = Point{};
  if (g == Grain::Weekend) {
    if (count != 1) return false;
    p.kind = PointKind::Nearest;  // "the past weekend": the last one
    p.direction = -1;
  } else {
    p.kind = PointKind::Trailing;
    p.offset = count;
    p.direction = t.e->rel > 0 ? 1 : -1;
  }
  p.grain = g;
  end = e;
  return true;
}

// A date known by a name: "9/11" (written as one piece in the data: number, mark, number,
// with no space). Not a fraction ("9/11 of the votes") and not part of a longer date.
bool Parser::event(size_t i, Point &p, size_t &end) const {
  if (!number(i) || !adjacent(i + 1) || !adjacent(i + 2) || !number(i + 2) || c_.kind(i + 1) != TokenKind::Punct)
    return false;
  // Not inside a longer run of numbers: "1/9/11", "9/11/2001", "9/11-12", "9.11/2".
  auto joins = [&](size_t k) {
    const std::string_view s = c_.str(k);
    return s == "/" || s == "-" || s == "." || s == "," || s == ":" || s == "\u2013";
  };
  if (i > c_.sent_begin && !c_.space_before(i) && (c_.is_number(i - 1) || joins(i - 1))) return false;
  if (adjacent(i + 3) && (number(i + 3) || text(i + 3, "/") || (joins(i + 3) && adjacent(i + 4) && number(i + 4))))
    return false;
  if (has(i + 3, kOf)) return false;
  char buf[24];
  size_t len = 0;
  for (size_t k = i; k < i + 3; ++k) {
    const std::string_view s = c_.str(k);
    if (len + s.size() > sizeof buf) return false;
    for (const char ch : s) buf[len++] = ch;
  }
  const Hit h = c_.piece(std::string_view(buf, len), false);
  if (!h.has(kEvent)) return false;
  p = Point{};
  p.kind = PointKind::Absolute;
  p.grain = Grain::Day;
  p.year = h.e->year;
  p.month = h.e->month;
  p.day = h.e->day;
  p.has_year = true;
  end = i + 3;
  return true;
}

// "September-October 2023", "Monday-Friday": two months or two weekdays in one hyphenated
// word.
bool Parser::hyphen_range(size_t i, Point &a, Point &b, size_t &end) const {
  const std::string_view s = c_.str(i);
  size_t dash = 0, after = 0;
  for (size_t k = 1; k + 1 < s.size(); ++k) {
    if (s[k] == '-') {
      dash = k;
      after = k + 1;
      break;
    }
    if (static_cast<unsigned char>(s[k]) == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[k + 2]) == 0x90 || static_cast<unsigned char>(s[k + 2]) == 0x91)) {
      dash = k;
      after = k + 3;
      break;
    }
  }
  if (!dash || after >= s.size()) return false;
  const std::string_view left = s.substr(0, dash), right = s.substr(after);
  const Hit l = c_.piece(left, c_.capitalized(i)), r = c_.piece(right, right[0] >= 'A' && right[0] <= 'Z');
  a = Point{};
  a.kind = PointKind::Absolute;
  if (l.has(kMonth) && r.has(kMonth)) {
    if (l.e->month == r.e->month) return false;
    a.grain = Grain::Month;
    a.month = l.e->month;
    b = a;
    b.month = r.e->month;
    end = i + 1;
    size_t k = i + 1;
    if (text(k, ",")) ++k;
    if (const int y = year_after(k)) {
      b.year = y;
      a.year = a.month < b.month ? y : y - 1;
      a.has_year = b.has_year = true;
      end = k + 1;
    }
    return true;
  }
  if (l.has(kWeekday) && r.has(kWeekday)) {
    if (l.e->weekday == r.e->weekday) return false;
    a.kind = PointKind::Weekday;
    a.grain = Grain::Day;
    a.weekday = l.e->weekday;
    b = a;
    b.weekday = r.e->weekday;
    end = i + 1;
    return true;
  }
  return false;
}

// "the first week of October", "the last week of March 2023": days 1-7 (8-14, 15-21, 22-28)
// of the month, or its last seven days.
bool Parser::week_of_month(size_t i, Point &a, Point &b, size_t &end) {
  int nth = 0;
  const Hit w = word(i);
  if (w.has(kOrdinal) && w.e->number >= 1 && w.e->number <= 4 && w.e->number == std::floor(w.e->number)) {
    nth = static_cast<int>(w.e->number);
  } else if (number(i) && plain(i).shape == Shape::Ordinal && plain(i).value >= 1 && plain(i).value <= 4) {
    nth = static_cast<int>(plain(i).value);  // "1st week of"
  } else if (w.has(kRelMod) && w.e->rel < 0) {
    nth = -1;  // "last"
  } else {
    return false;
  }
  const Hit u = word(i + 1);
  if (!u.has(kUnit) || u.e->grain != Grain::Week || plural(i + 1) || !has(i + 2, kOf)) return false;
  Point m;
  size_t e = 0;
  if (!month_first(i + 3, m, e, true) || m.grain != Grain::Month) return false;
  a = m;
  a.grain = Grain::Day;
  b = a;
  if (nth > 0) {
    a.day = 1 + 7 * (nth - 1);
    b.day = a.day + 6;
  } else {
    // Without a year, February's last week is taken in a common year.
    b.day = days_in_month(m.has_year ? m.year : 2001, m.month);
    a.day = b.day - 6;
  }
  end = e;
  return true;
}

// A unit of time alone, singular, as the period in progress: "в конце [года]", where the
// language has no article.
bool Parser::bare_period(size_t k, Point &q, size_t &end) const {
  const Hit u = word(k);
  if (!u.has(kUnit) || u.e->dim != numbers::Dim::Time || u.e->grain < Grain::Week || u.e->grain > Grain::Year ||
      plural(k) || has(k + 1, kOf))
    return false;
  q = Point{};
  q.kind = PointKind::RelPeriod;
  q.grain = u.e->grain;
  end = k + 1;
  return true;
}

// A period named from the reference's: "the year", "last year", "this month", "the century".
bool Parser::rel_period(size_t k, Point &q, size_t &end) const {
  if (!has(k, kDeterminer | kRelMod) || !has(k + 1, kUnit) || word(k + 1).e->grain < Grain::Weekend)
    return false;
  q = Point{};
  q.kind = PointKind::RelPeriod;
  q.grain = word(k + 1).e->grain;
  q.offset = has(k, kRelMod) ? word(k).e->rel : 0;
  end = k + 2;
  return true;
}

// The count and unit of a span part at token k: "nine months", "two decades", or a unit
// alone ("the last decade of", "the first month of"), months of a year or decades of a
// century, fewer than the whole. end is the token after the unit. Returns the 60ths of the
// whole each unit takes (five a month of a year, six a decade of a century), or 0.
int Parser::span_count(size_t k, int &count, Grain &g, size_t &end) const {
  int spread = 0;
  if (const Hit u = word(k); u.has(kUnit) && !plural(k)) {
    count = 1;
    g = u.e->grain;
    end = k + 1;
  } else if (!count_unit(k, count, spread, g, end) || spread) {
    return 0;
  }
  const int per = g == Grain::Month ? 5 : g == Grain::Decade ? 6 : 0;
  return count >= 1 && count * per < 60 ? per : 0;
}

// "the first nine months of 2023", "the last two months of the year", "the first decade of
// the 21st century": months at the start or the end of a year, or decades of a century, as a
// part of it (in 60ths: five a month, six a decade).
bool Parser::span_part(size_t i, const Hit &sp, Point &p, size_t &end) {
  if (sp.e->flags & numbers::kWholeBefore) return false;  // read after its whole (part_after)
  int count = 0;
  Grain g = Grain::None;
  size_t k = 0;
  // Months of a year (five 60ths each) or decades of a century (six each).
  const int per = span_count(i + sp.len, count, g, k);
  if (!per) return false;
  const Grain whole = g == Grain::Month ? Grain::Year : Grain::Century;
  // The whole after "of", or after the unit itself where the language says "of" by a case
  // ("первые восемь месяцев года", "the first nine months last year").
  const size_t o = has(k, kOf) ? k + 1 : k;
  Point q;
  size_t e = 0;
  if (const int y = year_after(o); y && whole == Grain::Year) {
    q.kind = PointKind::Absolute;
    q.year = y;
    q.has_year = true;
    e = has(o + 1, kYearWord) ? o + 2 : o + 1;
  } else if (rel_period(o, q, e) && q.grain == whole && !plural(o + 1)) {
    // "of the year", "of last year", "of this century", "прошлого года"
  } else if (o == k && has(k, kYearWord) && bare_period(k, q, e) && q.grain == whole) {
    // "года" alone: of the year in progress
  } else if (whole == Grain::Century && o > k && core(has(o, kDeterminer) ? o + 1 : o, q, e, false, true) &&
             q.kind == PointKind::Absolute && q.grain == Grain::Century && q.part_lo == 0 &&
             q.part_hi == 60) {
    // "of the 20th century"
  } else {
    return false;
  }
  q.grain = whole;
  const int n = per * count;
  q.part_lo = static_cast<uint8_t>(sp.e->rel > 0 ? 0 : 60 - n);
  q.part_hi = static_cast<uint8_t>(sp.e->rel > 0 ? n : 60);
  p = q;
  end = e;
  return true;
}

// "in the 12 months to September", "the three months to June 2024": the months that end with
// the named one (the first is taken by tense, the last as the first one after it).
bool Parser::months_to(size_t i, Point &a, Point &b, size_t &end) {
  int count = 0, spread = 0;
  size_t k = 0;
  if (const Hit y = word(i);
      y.has(kUnit) && y.e->grain == Grain::Year && c_.word_before(i).has(kDeterminer)) {
    // "the year to March" (British): the twelve months to it.
    count = 12;
    k = i + 1;
  } else {
    // A count of one token, cheaply first: "12 months", "three months".
    if ((!number(i) && !has(i, kCardinal)) || !has(i + 1, kUnit) || word(i + 1).e->grain != Grain::Month)
      return false;
    Grain g = Grain::None;
    if (!count_unit(i, count, spread, g, k) || g != Grain::Month || spread || count < 2 || count > 12)
      return false;
  }
  // "за 9 месяцев 2023 года": months and a year with its own word are the year's first months.
  if (count < 12 && year_at(k) && has(k + 1, kYearWord)) {
    a = Point{};
    a.kind = PointKind::Absolute;
    a.grain = Grain::Month;
    a.year = year_at(k);
    a.has_year = true;
    a.month = 1;
    b = a;
    b.month = count;
    end = k + 2;
    return true;
  }
  const Hit t = word(k);
  if (!t.has(kMonthsEnd) && (!t.has(kRange) || t.e->range != RangeWord::To)) return false;
  // "the three months to the end of June": the end of a month is the month's end.
  size_t m = k + 1;
  if (const Hit ph = c_.phrase(m, limit_, kPart);
      ph.has(kPart) && ph.len >= 2 && ph.e->part_hi == 60 && ph.e->part_lo > 0)
    m += ph.len;
  Point q;
  size_t e = 0;
  if (!month_first(m, q, e, true)) {
    q = Point{};
    if (!day_first(k + 1, q, e)) return false;
  }
  if (q.kind != PointKind::Absolute) return false;
  if (q.grain == Grain::Day) {
    // "the three months to 30 September": a month's last day ends the months.
    const bool last = q.has_year ? q.day == days_in_month(q.year, q.month)
                                 : q.day == days_in_month(2001, q.month) || (q.month == 2 && q.day == 29);
    if (!last || q.has_time) return false;
    q.grain = Grain::Month;
    q.day = 0;
  }
  if (q.grain != Grain::Month) return false;
  b = q;
  a = q;
  a.month = (q.month - count + 12) % 12 + 1;
  if (q.has_year && a.month > q.month) a.year = q.year - 1;
  end = e;
  return true;
}

// "the week of July 8", "the week of Sept. 4, 2023": the week that holds the day.
bool Parser::week_of(size_t i, const Hit &w, Point &p, size_t &end) {
  Point q;
  size_t e = 0;
  if (!core(i + w.len, q, e, false, true) || q.kind != PointKind::Absolute || q.grain != Grain::Day ||
      q.has_time)
    return false;
  q.grain = Grain::Week;
  p = q;
  end = e;
  return true;
}

bool Parser::point(size_t i, Point &p, size_t &end, bool allow_time) {
  if (i >= limit_) return false;
  // A part of the period: "late 2022", "the end of 2023", "mid-2023"; months of a year, the
  // week of a day.
  const Hit part = c_.phrase(i, limit_, kPart | kSpanPart | kWeekOf);
  if ((part.has(kSpanPart) && span_part(i, part, p, end)) || (part.has(kWeekOf) && week_of(i, part, p, end)))
    return true;
  if (part.has(kPart)) {
    size_t k = i + part.len;
    Point q;
    size_t e = 0;
    // "late on Sunday", "early on Monday": the part of that day (the stage tries this start
    // only before a weekday or a day such as "yesterday").
    if (part.len == 1 && has(k, kOn)) {
      if (!core(k + 1, q, e, false, true) || !day_grain(q) || q.has_time) return false;
      p = q;
      end = e;
      return true;
    }
    // "the end of the year", "later this month", "late last year"; a unit alone is the
    // period in progress where the language has no article ("в конце года", "by end of year")
    if (!rel_period(k, q, e) && !core(k, q, e, false, true) && !bare_period(k, q, e)) {
      // A part of the year alone: "в первом полугодии" (in the first half), read as the months
      // of a season are.
      if (!(part.e->flags & kStrong)) return false;
      p = Point{};
      p.kind = PointKind::Absolute;
      p.grain = Grain::Month;
      p.season_month = 1 + part.e->part_lo / 5;
      p.season_months = (part.e->part_hi - part.e->part_lo) / 5;
      end = k;
      return true;
    }
    if (part.len == 1 && day_grain(q) && !q.has_time) {
      // "late Sunday", "early Monday", "late yesterday": said of the day itself, as "Tuesday
      // morning" is.
      p = q;
      end = e;
      return true;
    }
    if (q.grain < Grain::Week || q.has_time || q.kind == PointKind::Weekday || q.kind == PointKind::Ago ||
        q.kind == PointKind::Trailing || q.kind == PointKind::Nearest)
      return false;
    q.part_lo = part.e->part_lo;
    q.part_hi = part.e->part_hi;
    p = q;
    end = e;
    return true;
  }
  if (c_.hyphenated(i) && inline_part(i, p, end)) return true;
  if (!core(i, p, end, allow_time, false)) {
    // A unit alone before a part after it is the period in progress: "տարվա սկզբին" (at the
    // start of the year), "տարվա առաջին ինը ամիսներին".
    if (!opens_part_after(i + 1) || !bare_period(i, p, end)) return false;
    const size_t e = end;
    part_after(p, end);
    return end > e;
  }
  if (part_may_follow(p, end)) part_after(p, end);
  return true;
}

// A part after the period, where the language puts it there: "սեպտեմբերի վերջին" (the end
// of September), "2023 թվականի սկզբին". Before a count or a unit the word says "last"
// ("սեպտեմբերի վերջին շաբաթը", "the last week of September"), and is no part.
void Parser::part_after(Point &p, size_t &end) const {
  if (p.day || p.has_time || p.grain < Grain::Month || p.part_lo != 0 || p.part_hi != 60 ||
      p.kind == PointKind::Weekday || p.kind == PointKind::Ago || p.kind == PointKind::Trailing ||
      p.kind == PointKind::Nearest)
    return;
  // One word ("սկզբին") or a phrase ("առաջին կիսամյակում", in the first half).
  const Hit h = c_.phrase(end, limit_, kPartAfter | kSpanPart);
  // Months at the start or the end of a year before them ("2023 թվականի առաջին ինը
  // ամիսներին", the first nine months of 2023). Only a language whose span parts follow the
  // whole has words of parts after it, which the caller looks for.
  if (h.has(kSpanPart) && p.grain == Grain::Year) {
    int count = 0;
    Grain g = Grain::None;
    size_t k = 0;
    if (span_count(end + h.len, count, g, k) && g == Grain::Month) {
      const int n = 5 * count;
      p.part_lo = static_cast<uint8_t>(h.e->rel > 0 ? 0 : 60 - n);
      p.part_hi = static_cast<uint8_t>(h.e->rel > 0 ? n : 60);
      end = k;
      return;
    }
  }
  if (!h.has(kPartAfter)) {
    // An ordinal in digits and a quarter after a year: "2023 թվականի 3-րդ եռամսյակում".
    numbers::Numeral n;
    if (p.grain == Grain::Year && number(end) && numbers::parse_numeral(c_, end, limit_, n) && n.ordinal &&
        n.value >= 1 && n.value <= 4 && n.value == std::floor(n.value) && n.end < limit_) {
      const Hit u = word(n.end);
      if (u.has(kUnit) && u.e->grain == Grain::Quarter && u.e->dim == numbers::Dim::Time) {
        p.grain = Grain::Quarter;
        p.quarter = static_cast<int>(n.value);
        end = n.end + 1;
      }
    }
    return;
  }
  if (end + h.len < limit_ && (number(end + h.len) || has(end + h.len, kUnit | kCardinal))) return;
  end += h.len;
  // A quarter of a year is the quarter ("2023 թվականի երրորդ եռամսյակում").
  if (p.grain == Grain::Year && h.e->part_hi - h.e->part_lo == 15 && h.e->part_lo % 15 == 0) {
    p.grain = Grain::Quarter;
    p.quarter = h.e->part_lo / 15 + 1;
    return;
  }
  p.part_lo = h.e->part_lo;
  p.part_hi = h.e->part_hi;
}

bool Parser::core(size_t i, Point &p, size_t &end, bool allow_time, bool context) {
  if (i >= limit_) return false;
  p = Point{};
  const bool ctx_before = context || c_.word_before(i).has(kDateContext | kPart | kRelMod);
  const Hit w = word(i);
  // "9/11"
  if (number(i) && text(i + 1, "/") && event(i, p, end)) return true;
  // "Christmas Day", "New Year's Day"
  if (w.e && ((w.e->phrase_roles | w.roles) & kEvent)) {
    const Hit h = c_.phrase(i, limit_, kEvent);
    if (h.has(kEvent)) {
      p.kind = PointKind::Absolute;
      p.grain = Grain::Day;
      p.month = h.e->month;
      p.day = h.e->day;
      p.year = h.e->year;
      p.has_year = h.e->year != 0;
      end = i + h.len;
      if (!p.has_year) {
        if (const int y = year_after(end)) {
          p.year = y;
          p.has_year = true;
          ++end;
        } else {
          rel_year(end, p, end);  // "Christmas Day last year"
        }
      }
      if (allow_time) attach_time_after(p, end);
      return true;
    }
  }
  if (w.e && ((w.e->phrase_roles | w.roles) & (kTrailing | kNearest))) {
    // "the past week", "the past two years"
    if (trailing(i, p, end)) return true;
    // "the weekend"
    const Hit h = c_.phrase(i, limit_, kNearest);
    if (h.has(kNearest) && !has(i + h.len, kOf)) {
      p = Point{};
      p.kind = PointKind::Nearest;
      p.grain = h.e->grain;
      end = i + h.len;
      // "year to date": this year (the nearest one), from its start.
      if (h.e->flags & kToDate) to_date_ = true;
      return true;
    }
  }
  // A time first, maybe with its day after: "6 p.m. local time on Friday".
  const bool maybe_time =
      number(i) ? (plain(i).shape == Shape::Time || has(i + 1, kMeridiem | kOClock | kTimeZone) ||
                   (plain(i).digits <= 2 && hour_word_before(i)))
                : (w.has(kClock) || (w.has(kCardinal) && has(i + 1, kMeridiem | kOClock)));
  if (allow_time && maybe_time) {
    Point t;
    size_t e = 0;
    bool dur = false;
    double secs = 0;
    if (time_of_day(i, t, e, &dur, &secs)) {
      if (dur) return false;
      size_t k = e;
      if (has(k, kOn) || text(k, ",")) ++k;
      Point d;
      size_t e2 = 0;
      if (k < limit_ && day_point(k, d, e2)) {
        take_time(d, t);
        p = d;
        end = e2;
      } else {
        p = t;
        end = e;
      }
      return true;
    }
  }
  // "yesterday", "the day before yesterday"
  if (const Hit r = (w.has(kRelDay) || (w.e && w.e->longest_phrase > 1)) ? c_.phrase(i, limit_, kRelDay) : Hit{};
      r.has(kRelDay)) {
    p.kind = PointKind::RelDays;
    p.grain = Grain::Day;
    p.offset = r.e->rel;
    end = i + r.len;
    attach_day_part(p, end);
    if (allow_time) attach_time_after(p, end);
    return true;
  }
  // "last week", "next Tuesday", "this morning", "last September", "last summer"
  if (w.has(kRelMod)) {
    const int rel = w.e->rel;
    const Hit n = word(i + 1);
    if (n.has(kUnit) && n.e->grain >= Grain::Weekend) {
      p.kind = PointKind::RelPeriod;
      p.grain = n.e->grain;
      p.offset = rel;
      end = i + 2;
      return true;
    }
    if (n.has(kDayPart) && rel <= 0) {
      p.kind = PointKind::RelDays;
      p.grain = Grain::Day;
      p.offset = rel;
      end = i + 2;
      return true;
    }
    if (n.has(kWeekday)) {
      p.kind = PointKind::Weekday;
      p.grain = Grain::Day;
      p.weekday = n.e->weekday;
      p.direction = rel;
      end = i + 2;
      attach_day_part(p, end);
      if (allow_time) attach_time_after(p, end);
      return true;
    }
    if (n.has(kMonth) && !(n.e->flags & kWeak && rel == 0)) {
      p.kind = PointKind::Absolute;
      p.grain = Grain::Month;
      p.month = n.e->month;
      p.direction = rel == 0 ? 0 : rel;
      end = i + 2;
      return true;
    }
    if (n.has(kSeason)) {
      p.kind = PointKind::Absolute;
      p.grain = Grain::Month;
      p.season_month = n.e->season_month;
      p.season_months = n.e->season_months;
      p.direction = rel;
      end = i + 2;
      return true;
    }
    return false;
  }
  // "Friday", "Friday, Sept. 29, 2023", "Tuesday night"
  if (w.has(kWeekday)) {
    if (weekday_date(i, w, p, end)) {
      if (allow_time) attach_time_after(p, end);
      return true;
    }
    if (!weekday_alone(i, w)) return false;
    p.kind = PointKind::Weekday;
    p.grain = Grain::Day;
    p.weekday = w.e->weekday;
    end = i + 1;
    attach_day_part(p, end);
    if (allow_time) attach_time_after(p, end);
    return true;
  }
  if (month_first(i, p, end, ctx_before)) {
    if (allow_time) attach_time_after(p, end);
    return true;
  }
  if (day_first(i, p, end) || numeric(i, p, end)) {
    if (allow_time) attach_time_after(p, end);
    return true;
  }
  // The readings above fill p as they go (each sets its kind first) and leave it so when
  // they fail ("3rd" as a day with a year): the ones below start from nothing.
  if (p.kind != PointKind::None) p = Point{};
  // "the 1990s", "the '90s"
  {
    size_t k = i;
    if ((c_.str(k) == "'" || c_.str(k) == "\u2019") && adjacent(k + 1) && number(k + 1)) ++k;
    if (number(k)) {
      const DigitToken &d = plain(k);
      // The decade's digits (4 or 2) and where it ends: "1990s", "the '90s", and, in Russian, an
      // ending after a hyphen: "1990-е годы", "в 90-х".
      int digits = 0;
      size_t e = 0;
      const bool tens = static_cast<int>(d.value) % 10 == 0 && (d.digits == 4 || d.digits == 2);
      if (tens && k == i && d.shape == Shape::Integer && !d.grouped && text(k + 1, "-") && adjacent(k + 1) &&
          adjacent(k + 2) && has(k + 2, kDecadeSuffix)) {
        const bool year_word = has(k + 3, kYearWord);
        // Two digits and an ending are an ordinal too ("20-е место", 20th place): without
        // a year's word, a decade only after "в" or a date's context word, before no word
        // ("Это были 90-е.") or before a verb, which no ordinal's noun is ("Лихие 90-е
        // вернулись").
        if (d.digits == 4 || year_word || ctx_before || after_on(i) || k + 3 >= limit_ ||
            c_.kind(k + 3) != numbers::TokenKind::Word || numbers::has_verb_suffix(c_.str(k + 3))) {
          digits = d.digits;
          e = year_word ? k + 4 : k + 3;
        }
      } else if (tens && d.shape == Shape::Decade &&
                 (d.digits == 4 || k > i || ctx_before || c_.word_before(i).has(kDeterminer))) {
        digits = d.digits;
        e = k + 1;
      }
      if (digits) {
        p.kind = PointKind::Absolute;
        // "the 1800s" is the century; a hyphen and an ending ("1800-е") name the decade.
        p.grain = digits == 4 && d.shape == Shape::Decade ? hundreds_grain(static_cast<int>(d.value))
                                                          : Grain::Decade;
        p.year = static_cast<int>(d.value);
        p.has_year = digits == 4;
        p.two_digit_decade = digits == 2;
        end = e;
        return true;
      }
    }
  }
  // "Q3 2023"
  if (w.has(kQuarterName)) {
    p.kind = PointKind::Absolute;
    p.grain = Grain::Quarter;
    p.quarter = w.e->quarter;
    end = i + 1;
    if (const size_t y = period_year(i + 1); y != SIZE_MAX) {
      p.year = year_at(y);
      p.has_year = true;
      end = y + 1;
    }
    return true;
  }
  // "summer 2023", "the winter of 2022"
  if (w.has(kSeason)) {
    size_t k = i + 1;
    if (has(k, kOf) && year_at(k + 1)) ++k;
    p.kind = PointKind::Absolute;
    p.grain = Grain::Month;
    p.season_month = w.e->season_month;
    p.season_months = w.e->season_months;
    if (const int y = year_after(k)) {
      p.year = y;
      p.has_year = true;
      end = k + 1;
      return true;
    }
    if (rel_year(i + 1, p, end)) return true;  // "the summer of last year"
    // A season needs a date word before it ("in winter"), unless its form says "in" itself
    // (Russian "зимой").
    if ((w.e->flags & kWeak) || !(ctx_before || (w.e->flags & kStrong))) return false;
    end = i + 1;
    return true;
  }
  // A Roman numeral before a century: "XXI век", "XX դարում", "the XIX century".
  if (const int r = w.e ? 0 : numbers::roman_century(c_, i, limit_)) {
    p.kind = PointKind::Absolute;
    p.grain = Grain::Century;
    p.year = (r - 1) * 100;
    p.has_year = true;
    end = i + 2;
    return true;
  }
  // Ordinals: "the 19th century", "the third quarter of 2023"; durations ago: "three
  // decades ago", "a year ago".
  const bool maybe_count =
      number(i) ? (plain(i).shape == Shape::Ordinal || has(i + 1, kUnit | kScale) || text(i + 1, "-") ||
                   has(i + 1, numbers::kNumeralAnd))
                : (w.has(kCardinal | kOrdinal | kArticle | kVague | kDenominator) || c_.hyphenated(i));
  if (maybe_count) {
    numbers::Numeral n;
    size_t k = 0;
    double count = 0, count_hi = 0;  // a vague count ("a few") is the counts [count, count_hi]
    bool ok = false;
    Grain unit_grain = Grain::None;
    if (w.has(kArticle) && has(i + 1, kUnit) && word(i + 1).e->dim == numbers::Dim::Time) {
      count = count_hi = 1;
      unit_grain = word(i + 1).e->grain;
      k = i + 2;
      ok = true;
    } else if (numbers::parse_numeral(c_, i, limit_, n) && !(n.magnitude && n.high > 1000) &&
               !(n.fraction && n.from_digits)) {
      counts_of(n, count, count_hi);
      if (n.inline_unit && n.inline_unit->dim == numbers::Dim::Time) {
        unit_grain = n.inline_unit->grain;
        k = n.end;
        ok = true;
      } else {
        k = n.end;
        if (n.fraction && has(k, kArticle)) ++k;  // "half an hour"
        if (text(k, "-") && adjacent(k) && adjacent(k + 1)) ++k;
        const Hit u = word(k);
        if (u.has(kUnit) && u.e->dim == numbers::Dim::Time) {
          unit_grain = u.e->grain;
          ++k;
          ok = true;
        }
      }
    }
    // "a year and a half ago"
    if (ok && !n.ordinal && !n.fraction)
      if (const size_t h = numbers::half_after(c_, k, limit_)) {
        count += 0.5;
        count_hi += 0.5;
        k += h;
      }
    if (ok && n.ordinal && !n.fraction && count >= 1 && count <= 30 && count == std::floor(count)) {
      if (unit_grain == Grain::Century) {
        p.kind = PointKind::Absolute;
        p.grain = Grain::Century;
        p.year = static_cast<int>(count - 1) * 100;
        p.has_year = true;
        end = k;
        return true;
      }
      if (c_.phrase(k, limit_, kStreak).has(kStreak)) return false;  // "the third quarter in a row"
      if (unit_grain == Grain::Quarter && count <= 4) {
        p.kind = PointKind::Absolute;
        p.grain = Grain::Quarter;
        p.quarter = static_cast<int>(count);
        end = k;
        if (const size_t y = period_year(k); y != SIZE_MAX) {
          p.year = year_at(y);
          p.has_year = true;
          end = y + 1;
        } else {
          rel_year(k, p, end);  // "the third quarter of last year"
        }
        return true;
      }
      return false;
    }
    // "half an hour ago", "1.5 hours ago": a count that is not whole is taken in a smaller unit.
    if (ok && !n.ordinal && (count != std::floor(count) || count_hi != std::floor(count_hi)))
      ok = smaller_unit(unit_grain, count, count_hi);
    if (ok && !n.ordinal && count >= 0 && count_hi <= 100000 && count == std::floor(count) &&
        count_hi == std::floor(count_hi)) {
      const Hit a = c_.phrase(k, limit_, kAgo);
      if (a.has(kAgo)) {
        p.kind = PointKind::Ago;
        p.grain = unit_grain;
        // Earliest first: "a few days ago" is 9 to 2 days before the reference.
        p.offset = static_cast<int>(a.e->rel < 0 ? count_hi : count) * a.e->rel;
        p.spread = static_cast<int>(count_hi - count);
        end = k + a.len;
        return true;
      }
    }
  }
  // A year named by its word, then a month and a day of it: "2023 թ. սեպտեմբերի 29-ին",
  // "2023 թվականի սեպտեմբերին".
  if (const int y = year_at(i); y && has(i + 1, kYearWord)) {
    Point q;
    size_t e2 = 0;
    if (month_first(i + 2, q, e2, true) && !q.has_year && !q.year_rel && q.grain <= Grain::Month &&
        (!q.day || valid_date(y, q.month, q.day))) {
      p = q;
      p.year = y;
      p.has_year = true;
      end = e2;
      if (allow_time) attach_time_after(p, end);
      return true;
    }
  }
  // A year, then its quarter: "2023 Q2"
  if (const int y = year_at(i); y && has(i + 1, kQuarterName)) {
    p.kind = PointKind::Absolute;
    p.grain = Grain::Quarter;
    p.quarter = word(i + 1).e->quarter;
    p.year = y;
    p.has_year = true;
    end = i + 2;
    return true;
  }
  const int y = year_at(i);
  if (!y) return false;
  // A year with an ordinal's ending: "в 2022-м году", "в 2022-м", "2022-й год", and alone
  // with a case ending of a date ("2022-ին", in 2022; "2024-ի սկզբին", early 2024). A year,
  // no ordinal.
  size_t e = i + 1;
  if (adjacent(i + 1) && c_.is_text(i + 1, "-") && adjacent(i + 2)) {
    if (const Hit ending = word(i + 2); ending.has(kOrdinalSuffix | kDaySuffix)) {
      const bool year_word = has(i + 3, kYearWord);
      if (year_word || ctx_before || after_on(i) || ending.has(kDaySuffix)) e = year_word ? i + 4 : i + 3;
    }
  }
  // A year alone: "in 2023", "2023".
  if (e == i + 1 && !context && !bare_year(i)) return false;
  p.kind = PointKind::Absolute;
  p.grain = Grain::Year;
  p.year = y;
  p.has_year = true;
  end = e;
  return true;
}

bool Parser::date(size_t start, DateMatch &m) {
  // m is reused from call to call: the flags are cleared here, every reading that succeeds
  // sets the rest (clearing the two points each time was measurable).
  m.range = m.by_end = m.since = to_date_ = false;
  m.seconds = 0;
  m.tense = 0;
  size_t i = start;
  // A media timestamp: "[00:01:19]".
  if (number(i) && plain(i).shape == Shape::Time) {
    Point t;
    size_t e = 0;
    bool dur = false;
    double secs = 0;
    if (time_of_day(i, t, e, &dur, &secs) && dur) {
      m.a = m.b = Point{};
      m.type = MentionType::Duration;
      m.seconds = secs;
      m.begin = i;
      m.end = e;
      return true;
    }
  }
  RangeWord opener = RangeWord::None;
  // "since 2020"; Russian "с" is "since" unless a range follows ("с 2020 по 2023 год").
  bool since = false;
  if (const Hit w = word(i); w.has(kSince | kRange)) {
    since = w.has(kSince) && !not_since(c_, i);
    if (w.has(kRange) && (w.e->range == RangeWord::Between || w.e->range == RangeWord::From))
      opener = w.e->range;
    // After a part of the day, "from" opens a night: "в ночь с 3 на 4 октября".
    if (opener == RangeWord::From && i > c_.sent_begin && has(i - 1, kDayPart)) opener = RangeWord::Overnight;
    if (since || opener != RangeWord::None) ++i;
    if (since && opener == RangeWord::None) {
      i = after_determiner(i);
      // "since around 2010" (the stage marks the date approximate, as it does "around 2010").
      if (const Hit q = word(i); q.has(kQualBefore) && q.e->qualifier == Qualifier::Approx) ++i;
    }
  }
  const size_t first = i;  // the date's own first token
  Point a, b;
  size_t e = 0;
  // "in three days" (future)
  if (opener == RangeWord::None && i < limit_ && has(i, kAhead)) {
    if (!ahead(i, a, e)) return false;
    m.a = m.b = a;
    if (a.spread) spread_range(m.a, m.b, m.range);
    m.begin = start;
    m.end = e;
    m.type = a.grain <= Grain::Hour ? MentionType::Time : MentionType::Date;
    return true;
  }
  if (i >= limit_ || !could_start(i)) return false;
  bool got = false;
  // "September-October 2023", "Monday-Friday"
  if (c_.hyphenated(i) && hyphen_range(i, a, b, e)) {
    m.range = true;
    got = true;
  } else if (number(i) && has(i + 1, kYearWord) && year_at(i) && i + 2 < limit_ && c_.hyphenated(i + 2) &&
             hyphen_range(i + 2, a, b, e) && a.grain == Grain::Month && !b.has_year) {
    // A year named by its word, then two months of it: "2023 թվականի հունվար-սեպտեմբեր".
    const int y = year_at(i);
    a.year = y;
    b.year = a.month < b.month ? y : y + 1;
    a.has_year = b.has_year = true;
    m.range = true;
    got = true;
  }
  // A range whose first end is a bare day or hour: "19–20 September 2023", "16 to 23
  // October", "6-8 p.m."
  if (number(i) && i + 2 < limit_ && connector(i + 1, opener)) {
    const int d = day_number(i);
    size_t e2 = 0;
    if (d && day_first(i + 2, b, e2) && d < b.day) {
      a = b;
      a.day = d;
      m.range = true;
      e = e2;
      got = true;
    } else if (const int h = plain_int(i, 2); h >= 1 && h <= 12) {
      bool dur = false;
      double secs = 0;
      if (time_of_day(i + 2, b, e2, &dur, &secs) && !dur && b.time_grain == Grain::Hour) {
        a = b;
        a.hour = h;
        if (b.hour >= 12 && h + 12 <= b.hour) a.hour = h + 12;
        if (a.hour < b.hour) {
          m.range = true;
          e = e2;
          got = true;
        }
      }
    }
  }
  // (A unit at i or after it first: most dates are none of these.)
  if (!got && opener == RangeWord::None && (has(i, kUnit) || has(i + 1, kUnit)) && months_to(i, a, b, e)) {
    m.range = true;
    m.by_end = true;
    got = true;
  }
  if (!got && opener == RangeWord::None && week_of_month(i, a, b, e)) {
    m.range = true;
    got = true;
  }
  if (!got) {
    // A weak month is a date as the first end of a range of months: "March–May 2022".
    if (!point(i, a, e, true) &&
        !(has(i, kMonth) && connector(i + 1, opener) && has(i + 2, kMonth) && month_first(i, a, e, true)))
      return false;
    if (a.spread) spread_range(a, b, m.range);
    if (opener == RangeWord::None && a.kind == PointKind::Absolute && a.grain == Grain::Year &&
        a.part_hi - a.part_lo == 60 && text(e, "/") && adjacent(e) && adjacent(e + 1) && number(e + 1) &&
        !(adjacent(e + 2) && (number(e + 2) || text(e + 2, "/")))) {
      // A fiscal year or a season: "2023/24", "2023/2024".
      const DigitToken &d = plain(e + 1);
      if (d.shape == Shape::Integer && !d.grouped && (d.digits == 2 || d.digits == 4) &&
          static_cast<int>(d.value) == (d.digits == 2 ? (a.year + 1) % 100 : a.year + 1)) {
        b = a;
        b.year = a.year + 1;
        m.range = true;
        e += 2;
      }
    }
    const bool span = a.kind == PointKind::Trailing || a.kind == PointKind::Nearest;  // not a range end
    // The second end's first token: after a connector, or after "from" as an ending of the
    // first end and an optional "to" ("2020-ից 2023", "2020-ից մինչև 2023").
    size_t k = opener == RangeWord::None ? numbers::after_from_ending(c_, e, limit_) : 0;
    // The first end took the ending as a day's: "Հոկտեմբերի 5-ից 7-ը".
    if (!k && opener == RangeWord::None && e >= i + 3) k = numbers::after_from_ending(c_, e - 2, limit_);
    if (!k) k = connector(e, opener) ? e + 1 : SIZE_MAX;
    if (!m.range && !span && k < limit_) {
      size_t e2 = 0;
      bool ok = false;
      if (a.kind == PointKind::Absolute && a.grain == Grain::Day && !a.has_time && day_number(k) &&
          !has(k + 1, kMonth) && !(number(k) && plain(k).shape == Shape::Time)) {
        // "Sept. 19-20, 2023", "Հոկտեմբերի 5-ից 7-ը"
        b = a;
        b.day = day_number(k);
        e2 = after_number(k);
        if (!a.has_year) {
          size_t q = e2;
          if (text(q, ",")) ++q;
          if (const int y = year_after(q)) {
            a.year = b.year = y;
            a.has_year = b.has_year = true;
            e2 = q + 1;
          }
        }
        ok = b.day > a.day && valid_date(b.has_year ? b.year : 2000, b.month, b.day);
      } else if (a.kind == PointKind::Absolute && a.grain == Grain::Year && a.part_hi - a.part_lo == 60 &&
                 number(k)) {
        // "1988-94", "2022-23", "1915-1923"
        const DigitToken &d = plain(k);
        if (d.shape == Shape::Integer && !d.grouped && (d.digits == 2 || d.digits == 4)) {
          int y = static_cast<int>(d.value);
          if (d.digits == 2) y += a.year / 100 * 100;
          if (y > a.year && y <= 2199 &&
              !(k + 1 < limit_ && has(k + 1, kNotAfterYear) && !has(k + 1, kYearWord))) {
            b = a;
            b.year = y;
            e2 = k + 1;
            ok = true;
          }
        }
      } else if (point(k, b, e2, a.has_time) ||
                 // A weak month after a month: "between January and March".
                 (a.kind == PointKind::Absolute && a.month && !a.day && has(k, kMonth) &&
                  month_first(k, b, e2, true))) {
        ok = (b.kind != PointKind::None || a.has_time) && b.kind != PointKind::Trailing &&
             b.kind != PointKind::Nearest;
        if (a.has_time != b.has_time) ok = false;
        if (ok && a.kind == PointKind::Absolute && b.kind == PointKind::Absolute) {
          if (!a.has_year && b.has_year && a.grain <= Grain::Month) {
            a.year = b.year;
            a.has_year = true;
            if (a.month > b.month || (a.month == b.month && a.day > b.day)) --a.year;
          } else if (!a.has_year && !a.year_rel && b.year_rel && a.grain <= Grain::Month && b.month) {
            // "from October to December last year"
            a.year_rel = true;
            a.year_offset = b.year_offset;
            if (a.month > b.month || (a.month == b.month && a.day > b.day)) --a.year_offset;
          }
          if (a.has_year && b.has_year) {
            const int64_t x = days_from_civil(a.year, a.month ? a.month : 1, a.day ? a.day : 1);
            const int64_t y = days_from_civil(b.year, b.month ? b.month : 1, b.day ? b.day : 1);
            if (x > y || (x == y && a.grain == b.grain && a.grain != Grain::Day)) ok = false;
            if (x == y && a.grain == Grain::Day && b.grain == Grain::Day) ok = false;
          }
        }
        // Times of day in order, or from an evening over midnight to a morning ("the curfew
        // runs from 10 p.m. to 5 a.m.").
        if (ok && a.kind == PointKind::None && b.kind == PointKind::None &&
            minute_of_day(a) >= minute_of_day(b) && !(a.hour >= 18 && b.hour < 12))
          ok = false;
      }
      if (ok) {
        m.range = true;
        e = e2;
      }
    }
  }
  if (e > start && year_at(e - 1) && has(e, kYearWord)) {
    ++e;                                                   // "2023 года", "2022-2023 թթ."
    if (!m.range && part_may_follow(a, e)) part_after(a, e);  // "2023 թվականի սկզբին"
  }
  if (to_date_ && !m.range) since = true;
  if (since && (m.range || !since_point(a))) {
    // A range after Russian "с" is a range; "since" before one, or before a time of day, is
    // left out.
    if (opener == RangeWord::None) start = first;
    since = false;
  }
  if (opener != RangeWord::None && !m.range && !since) return false;
  m.since = since;
  m.a = a;
  m.b = m.range ? b : a;
  m.begin = start;
  m.end = e;
  m.type = a.has_time || (a.kind == PointKind::Ago && a.grain != Grain::None && a.grain <= Grain::Hour)
               ? MentionType::Time
               : MentionType::Date;
  return true;
}

}  // namespace

bool parse_date(const numbers::Ctx &c, size_t start, size_t limit, DateMatch &out) {
  return Parser(c, limit).date(start, out);
}

bool since_after_rest(const numbers::Ctx &c, size_t limit, DateMatch &m) {
  size_t k = m.end;
  if (k >= limit || m.range || m.since || !since_point(m.a)) return false;
  // After the date, or after "from" as an ending after a hyphen: "2020-ից ի վեր".
  if (c.kind(k) != numbers::TokenKind::Word) k = numbers::after_from_ending(c, k, limit);
  if (!k || k >= limit) return false;
  const Hit ph = c.phrase(k, limit, kSinceAfter);
  if (!ph.has(kSinceAfter)) return false;
  m.since = true;
  m.end = k + ph.len;
  return true;
}

int tense_near(const numbers::Ctx &c, size_t b, size_t e) {
  static const numbers::KeyFilter tense([](const numbers::WordEntry &w) {
    return ((w.roles | w.ending_roles) & kTense) != 0 || (w.flags & numbers::kRelative);
  });
  // Tense words are words: other tokens fail one kind test.
  auto maybe = [&](size_t k) { return c.kind(k) == numbers::TokenKind::Word && tense.maybe(c.str(k)); };
  // A verb in the past before a past-prep word ("reopened on 1 March", "opened in May"):
  // most verbs are in no table, but regular past forms have a past suffix ("-ed"). Its
  // object may stand between them: one word ("arrested him on Friday", "voted unanimously in
  // July"), or an article or a determiner and up to three words more, none a grammar word but
  // "of" and determiners ("passed the House of Representatives in July"; not "arrested the
  // man whose trial opens in May"). Not after an auxiliary ("is published on Oct. 5" is a
  // timetable); the tables' own words ("scheduled", "expected") decide for themselves, below.
  if (b >= c.sent_begin + 2 && c.word(b - 1).has(kPastPrep)) {
    // The verb is the nearest such word among tokens [lo, b - 1), found without a lookup;
    // the words up to it are checked after.
    const size_t lo = b - c.sent_begin > 6 ? b - 6 : c.sent_begin;
    size_t v = b - 1;
    while (v > lo && c.kind(v - 1) == numbers::TokenKind::Word && !past_form(c, v - 1)) --v;
    if (v > lo && c.kind(--v) == numbers::TokenKind::Word && !c.word(v).has(kTense) &&
        (v + 3 >= b || c.word(v + 1).has(kArticle | kDeterminer)) &&
        !(v > c.sent_begin && c.word(v - 1).has(kAux))) {
      size_t k = v + 1;
      for (; k + 1 < b; ++k) {
        const Hit h = c.word(k);
        if (h.has(kTense) || (k + 2 < b && h.has(kStop) && !h.has(kOf | kDeterminer | kArticle))) break;
      }
      if (k + 1 == b) return -1;
    }
  }
  for (size_t k = b; k > c.sent_begin && b - k < 12; --k) {
    if (!maybe(k - 1)) continue;
    // "which passed the House in July": a regular past form right after a relative pronoun
    // is a verb in the past.
    if (const Hit r = c.word(k - 1); r.e && (r.e->flags & numbers::kRelative)) {
      if (past_form(c, k)) return -1;
      continue;
    }
    // A word, or a phrase that ends here ("is set for").
    const Hit h = c.phrase_before(k, c.sent_begin, kTense);
    if (h.has(kTense)) return (h.e->flags & kFuture) || future_before(c, k - 1) ? 1 : -1;
  }
  // After it, a future word decides ("on Tuesday, officials will say"); a past one is the
  // reporting clause ("..., the ministry said"), which says nothing of the date's own tense.
  for (size_t k = e; k < c.sent_end && k - e < 6; ++k) {
    if (!maybe(k)) continue;
    const Hit h = c.word(k);
    if (h.has(kTense)) return (h.e->flags & kFuture) ? 1 : 0;
  }
  return 0;
}

bool future_before(const numbers::Ctx &c, size_t k) {
  // Only auxiliaries between them ("be", "not"), at least one.
  for (size_t q = k; q > c.sent_begin && k - q < 4; --q) {
    const numbers::Hit h = c.word(q - 1);
    if (h.has(numbers::kTense)) return q < k && (h.e->flags & numbers::kFuture);
    if (!h.has(numbers::kAux)) return false;
  }
  return false;
}

bool bare_year_is_date(const numbers::Ctx &c, size_t i, size_t limit) { return Parser(c, limit).bare_year(i); }

}  // namespace quarry::time
