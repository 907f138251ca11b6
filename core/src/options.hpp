// Analyzer options, parsed from JSON once at analyzer creation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace quarry {

enum class DateOrder : unsigned char { Auto, DayFirst, MonthFirst };

struct UserEntity {
  std::string text;  // the exact phrase
  MentionType type;  // PERSON, ORG, LOC, NORP or MISC
};

struct Options {
  bool replace_invalid_utf8 = false;
  std::string reference_date;          // "YYYY-MM-DD" or empty
  std::string locale = "en";           // BCP 47 tag; decides "1.234,5" vs "1,234.5" when set
  bool locale_given = false;           // false: decide from the document when unambiguous
  DateOrder date_order = DateOrder::Auto;  // "29/09/2023" vs "09/29/2023"
  std::vector<UserEntity> entities;    // user lexicon: exact phrases win over the model
  // Which extraction stages run (segmentation always does).
  bool extract_patterns = true;  // URL, EMAIL, HASHTAG, HANDLE
  bool extract_numbers = true;   // numbers, amounts, dates, times (numbers/, time/)
  bool extract_entities = true;  // PERSON, ORG, LOC, NORP, MISC (entities/)
};

// Parses options JSON (NULL/empty: defaults). On failure returns false and sets error to
// a message naming the offending key.
bool parse_options(std::string_view json, Options &out, std::string &error);

// Whether s is a valid calendar date "YYYY-MM-DD".
bool is_iso_date(std::string_view s);

}  // namespace quarry
