// Turns parsed dates into ISO 8601 values against the reference date, and finds a
// document's own date (its dateline) when no reference date was given.
#pragma once

#include <cstdint>
#include <string>

#include "numbers/context.hpp"
#include "time/calendar.hpp"
#include "time/dates.hpp"

namespace quarry::time {

struct Resolved {
  IsoText iso;  // empty when the value needs a reference date there is not
  Grain grain = Grain::None;
};

// Resolves a match. Intervals are half-open ("2023-09-19/2023-09-21" is the 19th and the
// 20th); relative expressions need has_ref. What the text leaves open (a weekday, a date
// without a year) is taken by m.tense: the last one for the past or no tense (news), the
// next one for the future; with no tense word, a day up to a month (31 days) after the
// reference is the next one ("applications close on Sept. 30, the ministry said", on the
// 29th); with kTenseNearest, the one nearest the reference.
Resolved resolve(const DateMatch &m, bool has_ref, int64_t ref_day);

// Whether resolve(m) can depend on m.tense: some end is relative, or a day, week, month or
// quarter without a year. Most dates in news carry their year, and need no tense search.
bool uses_tense(const DateMatch &m);

// The JSON name of a grain ("day", "month", ...).
const char *grain_name(Grain g);

// Whether the match is the document's own date: a full date at the top, on a line of its
// own, after a dateline word ("Published:"), or in a "CITY, <date> --" dateline.
bool is_dateline(const numbers::Ctx &c, const DateMatch &m);

// The day of an absolute day-grain match (for a dateline), or INT64_MIN.
int64_t absolute_day(const DateMatch &m);

}  // namespace quarry::time
