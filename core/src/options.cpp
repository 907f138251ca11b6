#include "options.hpp"

#include <nlohmann/json.hpp>

namespace quarry {

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

bool parse_options(std::string_view json, Options &out, std::string &error) {
  out = Options{};
  if (json.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  const nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded()) {
    error = "options are not valid JSON";
    return false;
  }
  if (!j.is_object()) {
    error = "options must be a JSON object";
    return false;
  }
  for (const auto &[key, value] : j.items()) {
    if (key == "invalid_utf8") {
      if (!value.is_string() || (value != "error" && value != "replace")) {
        error = "option \"invalid_utf8\" must be \"error\" or \"replace\"";
        return false;
      }
      out.replace_invalid_utf8 = value == "replace";
    } else if (key == "reference_date") {
      if (value.is_null()) continue;
      if (!value.is_string() || !is_iso_date(value.get<std::string>())) {
        error = "option \"reference_date\" must be a date \"YYYY-MM-DD\"";
        return false;
      }
      out.reference_date = value.get<std::string>();
    } else {
      error = "unknown option \"" + key + "\"";
      return false;
    }
  }
  return true;
}

}  // namespace quarry
