#include "time/resolve.hpp"

#include "time/calendar.hpp"

namespace quarry::time {
namespace {

struct Interval {
  int64_t lo = 0, hi = 0;  // days, half-open
  Grain grain = Grain::None;
  bool ok = false;
};

int year_of(int64_t day) { return civil_from_days(day).y; }
int64_t jan1(int y) { return days_from_civil(y, 1, 1); }

Interval make(int64_t lo, int64_t hi, Grain g) { return Interval{lo, hi, g, true}; }

// The first day from `day` on (itself included) that falls on `weekday` (1 = Monday).
int64_t weekday_from(int64_t day, int weekday) { return day + (weekday - weekday_of(day) + 7) % 7; }

// How far after the reference a day without a year or a tense word may be and still be read
// ahead of it rather than almost a year back.
constexpr int64_t kDaysAhead = 31;
// How long after a quarter's end the future tense still means that quarter (its results).
constexpr int64_t kQuarterReported = 60;

// A month interval of year y chosen around the reference: the latest one starting at or
// before it (past) or the earliest one ending after it (future).
int choose_year(int ref_y, int64_t ref, int tense, int direction, int64_t (*start)(int, const Point &),
                int64_t (*end)(int, const Point &), const Point &p) {
  if (direction < 0) {
    // Strictly before the period holding the reference.
    for (int y = ref_y + 1; y >= ref_y - 2; --y)
      if (end(y, p) <= ref && !(start(y, p) <= ref && ref < end(y, p))) return y;
    return ref_y - 1;
  }
  if (direction > 0) {
    for (int y = ref_y - 1; y <= ref_y + 2; ++y)
      if (start(y, p) > ref) return y;
    return ref_y + 1;
  }
  if (tense == kTenseNearest) {
    int best = ref_y;
    int64_t nearest = INT64_MAX;
    for (int y = ref_y - 1; y <= ref_y + 1; ++y) {
      const int64_t d = start(y, p) - ref, dist = d < 0 ? -d : d;
      if (dist < nearest) {
        nearest = dist;
        best = y;
      }
    }
    return best;
  }
  if (tense > 0) {
    // A quarter that ended up to two months back is still ahead of its report: "will report
    // third-quarter results on Oct. 24".
    const int64_t since = p.grain == Grain::Quarter ? kQuarterReported : 0;
    for (int y = ref_y - 1; y <= ref_y + 2; ++y)
      if (end(y, p) > ref - since) return y;
    return ref_y;
  }
  if (tense == 0 && p.grain == Grain::Day) {
    // No tense word: the past, but a day up to a month after the reference is that one
    // ("applications close on Sept. 30, the ministry said", written on the 29th): news would
    // give the year of the one almost a year back.
    for (int y = ref_y; y <= ref_y + 1; ++y)
      if (start(y, p) > ref && start(y, p) - ref <= kDaysAhead) return y;
  }
  for (int y = ref_y + 1; y >= ref_y - 2; --y)
    if (start(y, p) <= ref) return y;
  return ref_y;
}

int64_t month_lo(int y, const Point &p) {
  if (p.season_months) return month_start(y, p.season_month);
  if (p.grain == Grain::Quarter) return month_start(y, 3 * p.quarter - 2);
  if (p.grain == Grain::Day || p.grain == Grain::Week)
    return days_from_civil(y, p.month, valid_date(y, p.month, p.day) ? p.day : 28);
  return month_start(y, p.month);
}
int64_t month_hi(int y, const Point &p) {
  if (p.season_months) return month_start(y, p.season_month, p.season_months);
  if (p.grain == Grain::Quarter) return month_start(y, 3 * p.quarter - 2, 3);
  if (p.grain == Grain::Day || p.grain == Grain::Week) return month_lo(y, p) + 1;
  return month_start(y, p.month, 1);
}

// "Wednesday, Oct. 4" without a year: the year chosen by tense, unless its day falls on
// another weekday and the year before or after (the nearer to the reference) fits.
int weekday_year(int y, const Point &p, int64_t ref) {
  auto fits = [&](int c) {
    return valid_date(c, p.month, p.day) && weekday_of(days_from_civil(c, p.month, p.day)) == p.weekday;
  };
  if (fits(y)) return y;
  int best = y;
  int64_t nearest = INT64_MAX;
  for (int c = y - 1; c <= y + 1; c += 2) {
    if (!fits(c)) continue;
    const int64_t d = days_from_civil(c, p.month, p.day) - ref, dist = d < 0 ? -d : d;
    if (dist < nearest) {
      nearest = dist;
      best = c;
    }
  }
  return best;
}

Interval absolute(const Point &p, bool has_ref, int64_t ref, int tense) {
  int y = p.year;
  switch (p.grain) {
    case Grain::Century:
      return make(jan1(y), jan1(y + 100), Grain::Century);
    case Grain::Decade:
      if (p.two_digit_decade) {
        if (!has_ref) return {};
        const int ry = year_of(ref);
        y = ry / 100 * 100 + p.year;
        if (y > ry) y -= 100;
      }
      return make(jan1(y), jan1(y + 10), Grain::Decade);
    case Grain::Year:
      return make(jan1(y), jan1(y + 1), Grain::Year);
    case Grain::Quarter:
    case Grain::Month:
    case Grain::Week:  // "the week of July 8": the year as for the day, then the week that holds it
    case Grain::Day: {
      if (!p.has_year) {
        if (!has_ref) return {};
        y = p.year_rel ? year_of(ref) + p.year_offset
                       : choose_year(year_of(ref), ref, tense, p.direction, month_lo, month_hi, p);
        if (!p.year_rel && p.weekday && p.grain == Grain::Day) y = weekday_year(y, p, ref);
      }
      if ((p.grain == Grain::Day || p.grain == Grain::Week) && !valid_date(y, p.month, p.day)) return {};
      if (p.grain == Grain::Week) {
        const int64_t d = days_from_civil(y, p.month, p.day), monday = d - (weekday_of(d) - 1);
        return make(monday, monday + 7, Grain::Week);
      }
      const Grain g = p.grain == Grain::Quarter ? Grain::Quarter : p.grain;
      return make(month_lo(y, p), month_hi(y, p), p.season_months ? Grain::Month : g);
    }
    default:
      return {};
  }
}

// The day `n` periods of grain g after (negative: before) day d, keeping the day of the
// month where it exists ("the past month" from Sept. 29 starts after Aug. 29).
int64_t shift_day(int64_t d, Grain g, int n) {
  int months = 0;
  switch (g) {
    case Grain::Day: return d + n;
    case Grain::Week: return d + 7 * static_cast<int64_t>(n);
    case Grain::Month: months = n; break;
    case Grain::Quarter: months = 3 * n; break;
    case Grain::Year: months = 12 * n; break;
    case Grain::Decade: months = 120 * n; break;
    case Grain::Century: months = 1200 * n; break;
    default: return d;
  }
  const Civil c = civil_from_days(d);
  const Civil m = civil_from_days(month_start(c.y, c.m, months));
  const int dim = days_in_month(m.y, m.m);
  return days_from_civil(m.y, m.m, c.d < dim ? c.d : dim);
}

Interval relative(const Point &p, int64_t ref, int tense) {
  const Civil rc = civil_from_days(ref);
  const int64_t monday = ref - (weekday_of(ref) - 1);
  switch (p.kind) {
    case PointKind::RelDays:
      return make(ref + p.offset, ref + p.offset + 1, Grain::Day);
    case PointKind::RelPeriod:
      switch (p.grain) {
        case Grain::Week: return make(monday + 7 * p.offset, monday + 7 * p.offset + 7, Grain::Week);
        case Grain::Weekend: {
          const int64_t sat = monday + 5 + 7 * p.offset;
          return make(sat, sat + 2, Grain::Weekend);
        }
        case Grain::Month:
          return make(month_start(rc.y, rc.m, p.offset), month_start(rc.y, rc.m, p.offset + 1), Grain::Month);
        case Grain::Quarter: {
          const int q0 = (rc.m - 1) / 3 * 3 + 1;
          return make(month_start(rc.y, q0, 3 * p.offset), month_start(rc.y, q0, 3 * p.offset + 3), Grain::Quarter);
        }
        case Grain::Year: return make(jan1(rc.y + p.offset), jan1(rc.y + p.offset + 1), Grain::Year);
        case Grain::Decade: {
          const int d = rc.y / 10 * 10 + 10 * p.offset;
          return make(jan1(d), jan1(d + 10), Grain::Decade);
        }
        case Grain::Century: {
          const int c = rc.y / 100 * 100 + 100 * p.offset;
          return make(jan1(c), jan1(c + 100), Grain::Century);
        }
        default: return {};
      }
    case PointKind::Weekday: {
      const int wr = weekday_of(ref);
      int64_t day;
      if (p.direction < 0 || (p.direction == 0 && tense <= 0)) {
        int back = (wr - p.weekday + 7) % 7;
        if (back == 0 && p.direction < 0) back = 7;
        day = ref - back;
      } else {
        int fwd = (p.weekday - wr + 7) % 7;
        if (fwd == 0 && p.direction > 0) fwd = 7;
        day = ref + fwd;
      }
      return make(day, day + 1, Grain::Day);
    }
    case PointKind::MonthDay: {
      // The last such day up to the reference (the past), the next one after it (the future),
      // or the nearer of the two; months too short for the day are passed over.
      auto day_of_month = [&](int k) {  // the day in the k-th month from the reference's
        const Civil m = civil_from_days(month_start(rc.y, rc.m, k));
        return valid_date(m.y, m.m, p.day) ? days_from_civil(m.y, m.m, p.day) : INT64_MIN;
      };
      int64_t before = INT64_MIN, after = INT64_MIN;
      for (int k = 0; k >= -3 && before == INT64_MIN; --k)
        if (const int64_t d = day_of_month(k); d != INT64_MIN && d <= ref) before = d;
      for (int k = 0; k <= 3 && after == INT64_MIN; ++k)
        if (const int64_t d = day_of_month(k); d != INT64_MIN && d > ref) after = d;
      int64_t day = tense > 0 ? after : before;
      if (tense == kTenseNearest) day = ref - before <= after - ref ? before : after;
      return make(day, day + 1, Grain::Day);
    }
    case PointKind::Ago:
      switch (p.grain) {
        case Grain::Day: return make(ref + p.offset, ref + p.offset + 1, Grain::Day);
        case Grain::Week: {
          const int64_t w = monday + 7 * p.offset;
          return make(w, w + 7, Grain::Week);
        }
        case Grain::Month:
          return make(month_start(rc.y, rc.m, p.offset), month_start(rc.y, rc.m, p.offset + 1), Grain::Month);
        case Grain::Quarter:
          return make(month_start(rc.y, rc.m, 3 * p.offset), month_start(rc.y, rc.m, 3 * p.offset + 1), Grain::Month);
        case Grain::Year: return make(jan1(rc.y + p.offset), jan1(rc.y + p.offset + 1), Grain::Year);
        case Grain::Decade: return make(jan1(rc.y + 10 * p.offset), jan1(rc.y + 10 * p.offset + 1), Grain::Year);
        case Grain::Century:
          return make(jan1(rc.y + 100 * p.offset), jan1(rc.y + 100 * p.offset + 1), Grain::Year);
        case Grain::Hour:
        case Grain::Minute:
        case Grain::Second: {
          // The reference is a day, not a moment: take its midday, and give the day that
          // many hours or minutes away ("3 hours ago" is the reference day, "36 hours ago"
          // the day before).
          const int64_t per_day = p.grain == Grain::Hour ? 24 : p.grain == Grain::Minute ? 1440 : 86400;
          const int64_t x = per_day / 2 + p.offset;
          const int64_t day = ref + (x >= 0 ? x / per_day : -((per_day - 1 - x) / per_day));
          return make(day, day + 1, Grain::Day);
        }
        default: return {};
      }
    case PointKind::Trailing:
      // "the past week": the seven days that end with the reference date.
      if (p.offset < 1 || p.grain < Grain::Day) return {};
      if (p.direction > 0) return make(ref + 1, shift_day(ref, p.grain, p.offset) + 1, Grain::Day);
      return make(shift_day(ref, p.grain, -p.offset) + 1, ref + 1, Grain::Day);
    case PointKind::Nearest: {
      if (p.grain != Grain::Weekend) {
        Point q = p;
        q.kind = PointKind::RelPeriod;
        q.offset = 0;
        return relative(q, ref, tense);
      }
      // The weekend in progress, else the last one (news) or the next one (future tense).
      const int64_t sat = monday + 5;
      const bool past = p.direction < 0 || (p.direction == 0 && tense <= 0);
      const int64_t lo = ref >= sat ? sat : past ? sat - 7 : sat;
      return make(lo, lo + 2, Grain::Weekend);
    }
    default:
      return {};
  }
}

// The grain an unresolved point would have.
Grain nominal_grain(const Point &p) {
  if (p.kind == PointKind::Ago && p.grain >= Grain::Decade) return Grain::Year;
  if (p.kind == PointKind::Trailing) return Grain::Day;
  if (p.kind == PointKind::Weekday || p.kind == PointKind::RelDays || p.kind == PointKind::MonthDay ||
      p.grain == Grain::Weekend)
    return Grain::Day;
  if (p.season_months) return Grain::Month;
  return p.grain;
}

void apply_part(Interval &iv, uint8_t lo60, uint8_t hi60) {
  if (!iv.ok || (lo60 == 0 && hi60 == 60)) return;
  auto cut = [&](int64_t n, uint8_t f) { return (n * f + 30) / 60; };
  switch (iv.grain) {
    case Grain::Year:
    case Grain::Quarter:
    case Grain::Month: {
      const Civil a = civil_from_days(iv.lo), b = civil_from_days(iv.hi);
      const int64_t months = (static_cast<int64_t>(b.y) * 12 + b.m) - (static_cast<int64_t>(a.y) * 12 + a.m);
      if (months <= 1) {
        const int64_t n = iv.hi - iv.lo;
        iv = make(iv.lo + cut(n, lo60), iv.lo + cut(n, hi60), Grain::Day);
      } else {
        iv = make(month_start(a.y, a.m, static_cast<int>(cut(months, lo60))),
                  month_start(a.y, a.m, static_cast<int>(cut(months, hi60))), Grain::Month);
      }
      break;
    }
    case Grain::Week:
    case Grain::Weekend: {
      const int64_t n = iv.hi - iv.lo;
      iv = make(iv.lo + cut(n, lo60), iv.lo + cut(n, hi60), Grain::Day);
      break;
    }
    case Grain::Decade:
    case Grain::Century: {
      const int a = year_of(iv.lo), n = year_of(iv.hi) - a;
      iv = make(jan1(a + static_cast<int>(cut(n, lo60))), jan1(a + static_cast<int>(cut(n, hi60))), Grain::Year);
      break;
    }
    default:
      break;
  }
  if (iv.hi <= iv.lo) iv.ok = false;
}

Interval resolve_point(const Point &p, bool has_ref, int64_t ref, int tense) {
  Interval iv;
  if (p.kind == PointKind::Absolute) iv = absolute(p, has_ref, ref, tense);
  else if (p.kind != PointKind::None && has_ref) iv = relative(p, ref, tense);
  apply_part(iv, p.part_lo, p.part_hi);
  return iv;
}

// The coarse grain used to write both ends of an interval.
Grain interval_grain(Grain g) {
  switch (g) {
    case Grain::Week: case Grain::Weekend: case Grain::Day: return Grain::Day;
    case Grain::Quarter: case Grain::Month: return Grain::Month;
    case Grain::Year: case Grain::Decade: case Grain::Century: return Grain::Year;
    default: return Grain::Day;
  }
}

void interval_text(IsoText &out, int64_t lo, int64_t hi, Grain g) {
  switch (interval_grain(g)) {
    case Grain::Month:
      out.month(lo);
      out.push('/');
      out.month(hi);
      return;
    case Grain::Year:
      out.year(year_of(lo));
      out.push('/');
      out.year(year_of(hi));
      return;
    default:
      out.day(lo);
      out.push('/');
      out.day(hi);
      return;
  }
}

void single_text(IsoText &out, const Interval &iv) {
  switch (iv.grain) {
    case Grain::Day:
      if (iv.hi - iv.lo == 1) return out.day(iv.lo);
      break;
    case Grain::Week:
      if (iv.hi - iv.lo == 7 && weekday_of(iv.lo) == 1) return out.week(iv.lo);
      break;
    case Grain::Month: {
      const Civil c = civil_from_days(iv.lo);
      if (c.d == 1 && iv.hi == month_start(c.y, c.m, 1)) return out.month(iv.lo);
      break;
    }
    case Grain::Year:
      if (iv.hi == jan1(year_of(iv.lo) + 1)) return out.year(year_of(iv.lo));
      break;
    default:
      break;
  }
  interval_text(out, iv.lo, iv.hi, iv.grain);
}

// Whether day d is in US daylight time: from the second Sunday of March to the first Sunday of
// November.
bool us_daylight_day(int64_t d) {
  const int y = year_of(d);
  return d >= weekday_from(days_from_civil(y, 3, 8), 7) && d < weekday_from(days_from_civil(y, 11, 1), 7);
}

// The time of point p on day `day` (INT64_MIN: not known; a zone that keeps daylight time then
// has no offset to give).
void time_text(IsoText &out, const Point &p, int64_t day) {
  int zone = p.zone;
  bool has_zone = p.has_zone;
  if (has_zone && p.us_daylight) {
    if (day == INT64_MIN)
      has_zone = false;
    else if (us_daylight_day(day))
      zone += 60;
  }
  out.time(p.hour, p.minute, p.second, p.time_grain == Grain::Second, has_zone, zone);
}

Grain output_grain(Grain g) { return g == Grain::Weekend ? Grain::Day : g; }

}  // namespace

const char *grain_name(Grain g) {
  switch (g) {
    case Grain::Second: return "second";
    case Grain::Minute: return "minute";
    case Grain::Hour: return "hour";
    case Grain::Day: case Grain::Weekend: return "day";
    case Grain::Week: return "week";
    case Grain::Month: return "month";
    case Grain::Quarter: return "quarter";
    case Grain::Year: return "year";
    case Grain::Decade: return "decade";
    case Grain::Century: return "century";
    default: return "";
  }
}

Resolved resolve(const DateMatch &m, bool has_ref, int64_t ref) {
  Resolved r;
  const Point &a = m.a;
  if (a.has_time) {
    r.grain = a.time_grain;
    if (m.range && m.b.time_grain < r.grain) r.grain = m.b.time_grain;
    const Point &b = m.b;
    if (a.kind == PointKind::None && !(m.range && b.kind != PointKind::None)) {
      const int64_t day = has_ref ? ref : INT64_MIN;  // a time alone: the reference's day
      time_text(r.iso, a, day);
      if (m.range) {
        r.iso.push('/');
        time_text(r.iso, b, day);
      }
      return r;
    }
    // The days of both ends: a range that ends no later in the day than it starts runs over
    // midnight ("from 10 p.m. to 2 a.m. on Friday" starts on Thursday).
    const bool over = m.range && minute_of_day(b) <= minute_of_day(a);
    int64_t day_a = 0, day_b = 0;
    if (a.kind == PointKind::None) {
      const Interval db = resolve_point(b, has_ref, ref, m.tense);
      if (!db.ok || db.hi - db.lo != 1) return r;
      day_b = db.lo;
      day_a = day_b - over;
    } else {
      const Interval da = resolve_point(a, has_ref, ref, m.tense);
      if (!da.ok || da.hi - da.lo != 1) return r;
      day_a = da.lo;
      day_b = day_a + over;
      if (m.range && b.kind == PointKind::Weekday) {
        day_b = weekday_from(day_a, b.weekday);  // the first one from the first day
      } else if (m.range && b.kind != PointKind::None) {
        const Interval db = resolve_point(b, has_ref, ref, m.tense);
        if (!db.ok || db.hi - db.lo != 1 || db.lo < day_a) return r;
        day_b = db.lo;
      }
    }
    r.iso.day(day_a);
    time_text(r.iso, a, day_a);
    if (m.range) {
      r.iso.push('/');
      r.iso.day(day_b);
      time_text(r.iso, b, day_b);
    }
    return r;
  }
  Interval ia = resolve_point(a, has_ref, ref, m.tense);
  if (m.since && has_ref && ia.ok && ia.lo <= ref) {
    // "since 2020": the days from its start up to the reference date.
    r.grain = Grain::Day;
    interval_text(r.iso, ia.lo, ref + 1, Grain::Day);
    return r;
  }
  if (!m.range) {
    r.grain = ia.ok ? output_grain(ia.grain) : nominal_grain(a);
    if (ia.ok) single_text(r.iso, ia);
    if (ia.ok && ia.grain == Grain::Weekend) r.grain = Grain::Day;
    return r;
  }
  Interval ib = resolve_point(m.b, has_ref, ref, m.tense);
  // Two ends named without a year: one end's year is chosen by tense, the other's from it.
  const bool yearless = !a.has_year && !m.b.has_year && !a.year_rel && !m.b.year_rel &&
                        a.kind == PointKind::Absolute && m.b.kind == PointKind::Absolute;
  if (yearless && m.by_end && ib.ok) {
    // "the 12 months to March": the tense chose the named month; the first is the last one
    // before it.
    Point f = a;
    f.has_year = true;
    f.year = year_of(ib.lo);
    if (month_lo(f.year, f) >= ib.lo) --f.year;
    ia = resolve_point(f, has_ref, ref, m.tense);
  } else if (yearless && ia.ok && a.grain <= Grain::Quarter && m.b.grain <= Grain::Quarter) {
    // "from November to February", "between June and August": the second end is the first
    // one after the first end, whose year the tense chose.
    Point b = m.b;
    b.has_year = true;
    b.year = year_of(ia.lo);
    if (month_lo(b.year, b) < ia.lo || (b.grain != Grain::Day && month_lo(b.year, b) == ia.lo)) ++b.year;
    ib = resolve_point(b, has_ref, ref, m.tense);
  } else if (ia.ok && a.kind == PointKind::Weekday && m.b.kind == PointKind::Weekday) {
    // "Monday to Friday", "Thursday-Sunday": the second day is the first one after the first.
    const int64_t day = weekday_from(ia.lo, m.b.weekday);
    ib = make(day, day + 1, Grain::Day);
  }
  Grain g = ia.ok && ib.ok ? (ia.grain < ib.grain ? ia.grain : ib.grain) : nominal_grain(a);
  r.grain = output_grain(g);
  if (!ia.ok || !ib.ok || ib.hi <= ia.lo) return r;
  interval_text(r.iso, ia.lo, ib.hi, g);
  return r;
}

namespace {

bool point_uses_tense(const Point &p) {
  switch (p.kind) {
    case PointKind::None:
      return false;
    case PointKind::Absolute:
      // Only choose_year reads the tense.
      return yearless(p) && (p.grain == Grain::Day || p.grain == Grain::Week || p.grain == Grain::Month ||
                             p.grain == Grain::Quarter);
    default:
      return true;
  }
}

}  // namespace

bool uses_tense(const DateMatch &m) { return point_uses_tense(m.a) || point_uses_tense(m.b); }

int64_t absolute_day(const DateMatch &m) {
  const Point &a = m.a;
  if (m.range || m.type == MentionType::Duration || a.kind != PointKind::Absolute || !a.has_year ||
      a.grain != Grain::Day || a.part_lo != 0 || a.part_hi != 60 || !valid_date(a.year, a.month, a.day))
    return INT64_MIN;
  return days_from_civil(a.year, a.month, a.day);
}

bool is_dateline(const numbers::Ctx &c, const DateMatch &m) {
  using numbers::Hit;
  if (absolute_day(m) == INT64_MIN) return false;
  if (c.toks[m.begin].start > 2000) return false;
  // The tokens on the line before and after the date.
  size_t line_start = m.begin;
  while (line_start > 0 && !c.newline_before(line_start) && m.begin - line_start < 12) --line_start;
  const bool at_line_start = line_start == 0 || c.newline_before(line_start);
  size_t line_end = m.end;
  while (line_end < c.size() && !c.newline_before(line_end) && line_end - m.end < 40) ++line_end;
  for (size_t k = line_start; k < m.begin; ++k)
    if (c.word(k).has(numbers::kDateline)) return true;
  if (!at_line_start) return false;
  // Before the date only capitalized words, a weekday or a separator ("GENEVA,", "By X |").
  for (size_t k = line_start; k < m.begin; ++k) {
    const std::string_view s = c.str(k);
    const bool sep = s == "," || s == "|" || s == "\u00B7" || s == "-" || s == "--" || s == "\u2014" ||
                     s == "\u2013" || s == ":" || s == "(" || s == ")";
    if (!sep && !(c.kind(k) == numbers::TokenKind::Word || c.kind(k) == numbers::TokenKind::Abbreviation))
      return false;
    if (!sep && !c.capitalized(k)) return false;
  }
  if (m.begin > line_start) {
    const std::string_view last = c.str(m.begin - 1);
    if (last != "," && last != "|" && last != "\u00B7" && last != "-" && last != "--" && last != "\u2014" &&
        last != "\u2013" && last != ":" && !c.word(m.begin - 1).has(numbers::kWeekday))
      return false;
  }
  if (line_end - m.end <= 10) return true;
  const std::string_view next = c.str(m.end);
  return next == "(" || next == "--" || next == "\u2014" || next == "\u2013" || next == "-" || next == "|" ||
         next == ":";
}

}  // namespace quarry::time
