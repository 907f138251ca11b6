// Dates, times and their ranges as written: "Sept. 19, 2023", "19–20 September 2023",
// "2023-09-29", "29/09/2023", "late 2022", "the 1990s", "the 19th century", "three decades
// ago", "in three days", "last week", "the past week", "over the weekend", "on Friday",
// "September-October", "9/11", "6 p.m. local time on Friday", "[00:01:19]". Parsing only
// records what the text says; time/resolve.hpp turns it into ISO 8601 values.
#pragma once

#include <cstddef>

#include "document.hpp"
#include "numbers/context.hpp"

namespace quarry::time {

using numbers::Grain;

enum class PointKind : uint8_t {
  None,       // no date: a time of day alone
  Absolute,   // year, month, day as far as written; the year may be missing
  RelDays,    // offset days from the reference date ("yesterday")
  RelPeriod,  // offset periods of `grain` from the reference's ("last week")
  Weekday,    // a weekday near the reference date ("on Friday")
  Ago,        // offset periods of `grain` before (or after) the reference date
  Trailing,   // the `offset` periods of `grain` that end with the reference date ("the past
              // week"), or with direction +1 the ones that start after it ("the next two years")
  Nearest,    // the period of `grain` nearest the reference, by tense ("the weekend")
  MonthDay,   // the `day` of a month near the reference, by tense ("on the 15th")
};

struct Point {
  PointKind kind = PointKind::None;
  Grain grain = Grain::None;
  bool has_year = false;
  int year = 0, month = 0, day = 0;
  bool year_rel = false;                 // the year is the reference's plus year_offset
  int year_offset = 0;                   // ("October last year": -1)
  int quarter = 0;                       // grain Quarter
  int season_month = 0, season_months = 0;  // a season: months [start, start + n)
  bool two_digit_decade = false;         // "the '90s": the century comes from the reference
  int offset = 0;                        // RelDays, RelPeriod, Ago; Trailing: the count
  int spread = 0;                        // Ago with a vague count ("a few days ago"): the
                                         // offsets [offset, offset + spread], read as a range
  int weekday = 0;                       // Weekday: 1 = Monday; also the weekday named with
                                         // an absolute day without a year ("Wednesday, Oct. 4")
  int direction = 0;                     // -1 strictly before, +1 strictly after, 0 by tense
  uint8_t part_lo = 0, part_hi = 60;     // the part [lo, hi) of the period, in 60ths
  // A time of day.
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  Grain time_grain = Grain::None;        // Hour, Minute or Second
  bool has_zone = false;
  bool us_daylight = false;              // the zone keeps US daylight time ("ET"): zone is its
                                         // standard offset, an hour more in summer
  int zone = 0;                          // minutes east of UTC
};

// A calendar date without its year, and nothing else that fixes one ("Nov. 17", "July"):
// the year comes from the tense, a deadline, or a date before it in the sentence.
inline bool yearless(const Point &p) {
  return p.kind == PointKind::Absolute && !p.has_year && !p.year_rel && p.direction == 0;
}

// Minutes since midnight of a point's time of day.
inline int minute_of_day(const Point &p) { return p.hour * 60 + p.minute; }

// A tense for a day without a year that is a deadline or a start ("through Nov. 17", "до 20
// ноября"): the one nearest the reference, before or after, whatever the verb's tense.
constexpr int kTenseNearest = 2;

struct DateMatch {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  Point a, b;
  bool range = false;
  bool by_end = false;  // the second end is named, the first counted back ("the 12 months to March")
  bool since = false;   // from the start of a up to the reference date ("since 2020")
  MentionType type = MentionType::Date;  // Date, Time, or Duration for a media timestamp
  double seconds = 0;                    // Duration: the timestamp in seconds
  int tense = 0;                         // -1 past, +1 future, 0 none, kTenseNearest (set by the caller)
};

// Reads a date or time that starts at token `start` and ends before `limit`.
bool parse_date(const numbers::Ctx &c, size_t start, size_t limit, DateMatch &out);

// "since" after a date read by parse_date (Armenian "2020 թվականից ի վեր", "2020-ից ի
// վեր"): takes it in and sets m.since. Tokens before `limit` only.
bool since_after_rest(const numbers::Ctx &c, size_t limit, DateMatch &m);
// The same, after a test of the token after the date: most dates are followed by neither a
// hyphen nor the first word of such a phrase (one cached look-up).
inline bool since_after(const numbers::Ctx &c, size_t limit, DateMatch &m) {
  if (m.end >= limit) return false;
  const std::string_view s = c.str(m.end);
  if (s.size() != 1 || s[0] != '-') {
    const numbers::Hit h = c.word(m.end);
    if (!h.e || !(h.e->phrase_roles & numbers::kSinceAfter)) return false;
  }
  return since_after_rest(c, limit, m);
}

// Past (-1) or future (+1) from the nearest tense word or phrase around the tokens [b, e) of
// the current sentence: 12 tokens back ("will meet on Tuesday", "is set for March 25"), then
// a future word up to 6 ahead; 0 when there is none, or only a reporting clause after it
// ("..., the ministry said"). News reads 0 as the past (see time/resolve.hpp).
int tense_near(const numbers::Ctx &c, size_t b, size_t e);

// Whether token k, a past tense word, is a participle after a future word and auxiliaries
// (data: context.tsv, aux): "will be held", "will not be announced".
bool future_before(const numbers::Ctx &c, size_t k);

// Whether token i is a year written alone ("2023") that reads as a date in its context.
bool bare_year_is_date(const numbers::Ctx &c, size_t i, size_t limit);

}  // namespace quarry::time
