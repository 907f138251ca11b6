#include "time/calendar.hpp"


namespace quarry::time {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t days_from_civil(int y, int m, int d) {
  const int64_t yy = static_cast<int64_t>(y) - (m <= 2 ? 1 : 0);
  const int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  const int64_t yoe = yy - era * 400;
  const int64_t mp = (m + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Civil{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return kDays[m - 1] + ((m == 2 && is_leap(y)) ? 1 : 0);
}

bool valid_date(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

int weekday_of(int64_t day) {
  // 1970-01-01 was a Thursday (4).
  const int64_t w = ((day % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

int64_t month_start(int y, int m, int months) {
  int64_t total = static_cast<int64_t>(y) * 12 + (m - 1) + months;
  int64_t yy = total >= 0 ? total / 12 : (total - 11) / 12;
  const int mm = static_cast<int>(total - yy * 12) + 1;
  return days_from_civil(static_cast<int>(yy), mm, 1);
}

int64_t parse_iso_day(std::string_view s) {
  auto num = [&](size_t a, size_t n) {
    int v = 0;
    for (size_t i = a; i < a + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  return days_from_civil(num(0, 4), num(5, 2), num(8, 2));
}

void IsoText::put_year(int y) {
  if (y >= 0 && y <= 9999) {
    put2(y / 100);
    put2(y % 100);
    return;
  }
  // ISO 8601 expanded years carry a sign and at least four digits.
  push(y < 0 ? '-' : '+');
  long long v = y < 0 ? -static_cast<long long>(y) : y;
  char digits[24];
  size_t n = 0;
  while (v > 0 || n < 4) {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  while (n > 0) push(digits[--n]);
}

void IsoText::day(int64_t d) {
  const Civil c = civil_from_days(d);
  put_year(c.y);
  push('-');
  put2(c.m);
  push('-');
  put2(c.d);
}

void IsoText::month(int64_t d) {
  const Civil c = civil_from_days(d);
  put_year(c.y);
  push('-');
  put2(c.m);
}

void IsoText::week(int64_t d) {
  // The ISO week-numbering year is the year of the week's Thursday.
  const int64_t thursday = d - (weekday_of(d) - 1) + 3;
  const Civil c = civil_from_days(thursday);
  const int64_t week = (thursday - days_from_civil(c.y, 1, 1)) / 7 + 1;
  put_year(c.y);
  push('-');
  push('W');
  put2(static_cast<int>(week));
}

void IsoText::time(int hour, int minute, int second, bool with_seconds, bool zone, int zone_minutes) {
  push('T');
  put2(hour);
  push(':');
  put2(minute);
  if (with_seconds) {
    push(':');
    put2(second);
  }
  if (zone) {
    if (zone_minutes == 0) {
      push('Z');
    } else {
      const int a = zone_minutes < 0 ? -zone_minutes : zone_minutes;
      push(zone_minutes < 0 ? '-' : '+');
      put2(a / 60);
      push(':');
      put2(a % 60);
    }
  }
}

namespace {
template <typename Write>
std::string iso_string(Write write) {
  IsoText t;
  write(t);
  return std::string(t.view());
}
}  // namespace

std::string iso_year(int y) {
  return iso_string([&](IsoText &t) { t.year(y); });
}
std::string iso_day(int64_t day) {
  return iso_string([&](IsoText &t) { t.day(day); });
}
std::string iso_month(int64_t day) {
  return iso_string([&](IsoText &t) { t.month(day); });
}
std::string iso_week(int64_t day) {
  return iso_string([&](IsoText &t) { t.week(day); });
}
std::string iso_time(int hour, int minute, int second, bool with_seconds, bool zone, int zone_minutes) {
  return iso_string([&](IsoText &t) { t.time(hour, minute, second, with_seconds, zone, zone_minutes); });
}

}  // namespace quarry::time
