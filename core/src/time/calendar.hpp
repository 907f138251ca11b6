// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), and the
// ISO 8601 forms the JSON uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace quarry::time {

struct Civil {
  int y = 1970, m = 1, d = 1;
};

int64_t days_from_civil(int y, int m, int d);
inline int64_t days_from_civil(const Civil &c) { return days_from_civil(c.y, c.m, c.d); }
Civil civil_from_days(int64_t z);
bool is_leap(int y);
int days_in_month(int y, int m);
bool valid_date(int y, int m, int d);
// ISO weekday of a day number: Monday = 1 ... Sunday = 7.
int weekday_of(int64_t day);
// The day number of the first day of the month `months` months after (y, m).
int64_t month_start(int y, int m, int months = 0);
// Parses "YYYY-MM-DD" (already validated).
int64_t parse_iso_day(std::string_view s);

// ISO 8601 text built in place, without the heap: the longest value (two date-times with
// seconds and zones, and a slash) is 51 bytes.
class IsoText {
 public:
  void push(char c) {
    if (n_ < sizeof b_) b_[n_++] = c;
  }
  void put2(int v) {
    push(static_cast<char>('0' + v / 10 % 10));
    push(static_cast<char>('0' + v % 10));
  }
  void put_year(int y);
  // "2023-09-29", "2023-09", "2023", "2023-W38" (ISO week of the day); "T18:00", "T18:00:05",
  // with a zone: "Z", "+04:00".
  void day(int64_t day);
  void month(int64_t day);
  void year(int y) { put_year(y); }
  void week(int64_t day);
  void time(int hour, int minute, int second, bool with_seconds, bool zone, int zone_minutes);
  bool empty() const { return n_ == 0; }
  std::string_view view() const { return std::string_view(b_, n_); }

 private:
  char b_[64];
  size_t n_ = 0;
};

// The same as strings.
std::string iso_day(int64_t day);
std::string iso_month(int64_t day);
std::string iso_year(int y);
std::string iso_week(int64_t day);
// "T18:00", "T18:00:05", with a zone: "Z", "+04:00".
std::string iso_time(int hour, int minute, int second, bool with_seconds, bool zone, int zone_minutes);

}  // namespace quarry::time
