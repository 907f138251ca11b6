// Analyzer options, parsed from JSON once at analyzer creation.
#pragma once

#include <string>
#include <string_view>

namespace quarry {

struct Options {
  bool replace_invalid_utf8 = false;
  std::string reference_date;  // "YYYY-MM-DD" or empty
};

// Parses options JSON (NULL/empty: defaults). On failure returns false and sets error to
// a message naming the offending key.
bool parse_options(std::string_view json, Options &out, std::string &error);

// Whether s is a valid calendar date "YYYY-MM-DD".
bool is_iso_date(std::string_view s);

}  // namespace quarry
