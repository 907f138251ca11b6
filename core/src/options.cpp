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
    } else if (key == "locale") {
      if (!value.is_string() || value.get<std::string>().empty() || value.get<std::string>().size() > 35) {
        error = "option \"locale\" must be a language tag such as \"en\" or \"de-DE\"";
        return false;
      }
      out.locale = value.get<std::string>();
      out.locale_given = true;
    } else if (key == "date_order") {
      if (!value.is_string() || (value != "auto" && value != "dmy" && value != "mdy")) {
        error = "option \"date_order\" must be \"auto\", \"dmy\" or \"mdy\"";
        return false;
      }
      out.date_order = value == "dmy" ? DateOrder::DayFirst : value == "mdy" ? DateOrder::MonthFirst : DateOrder::Auto;
    } else if (key == "extract") {
      if (!value.is_array()) {
        error = "option \"extract\" must be an array of \"patterns\", \"numbers\", \"entities\"";
        return false;
      }
      out.extract_patterns = out.extract_numbers = out.extract_entities = false;
      for (const auto &v : value) {
        if (v == "patterns") out.extract_patterns = true;
        else if (v == "numbers") out.extract_numbers = true;
        else if (v == "entities") out.extract_entities = true;
        else {
          error = "option \"extract\": unknown stage " + v.dump() + " (patterns, numbers, entities)";
          return false;
        }
      }
    } else if (key == "entities") {
      if (!value.is_array()) {
        error = "option \"entities\" must be an array of {\"text\": ..., \"type\": ...}";
        return false;
      }
      for (size_t i = 0; i < value.size(); ++i) {
        const auto &e = value[i];
        const std::string where = "option \"entities\"[" + std::to_string(i) + "]";
        if (!e.is_object() || !e.contains("text") || !e["text"].is_string() || e["text"].get<std::string>().empty() ||
            !e.contains("type") || !e["type"].is_string()) {
          error = where + " must be an object with a non-empty string \"text\" and a string \"type\"";
          return false;
        }
        for (const auto &[k, _] : e.items()) {
          if (k != "text" && k != "type") {
            error = where + ": unknown key \"" + k + "\"";
            return false;
          }
        }
        const std::string type = e["type"].get<std::string>();
        MentionType t = MentionType::None;
        if (type == "PERSON") t = MentionType::Person;
        else if (type == "ORG") t = MentionType::Org;
        else if (type == "LOC") t = MentionType::Loc;
        else if (type == "NORP") t = MentionType::Norp;
        else if (type == "MISC") t = MentionType::Misc;
        if (t == MentionType::None) {
          error = where + ".type must be one of PERSON, ORG, LOC, NORP, MISC";
          return false;
        }
        out.entities.push_back(UserEntity{e["text"].get<std::string>(), t});
      }
    } else {
      error = "unknown option \"" + key + "\"";
      return false;
    }
  }
  return true;
}

}  // namespace quarry
