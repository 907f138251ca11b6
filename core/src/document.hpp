// The analysis result: a copy of the text and flat arrays of spans, one per stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "segment/structure.hpp"
#include "segment/token.hpp"

namespace quarry {

// Values match quarry_mention_type in quarry.h.
enum class MentionType : uint8_t {
  None = 0, Person, Org, Loc, Norp, Misc, Date, Time, Duration, Cardinal, Ordinal, Percent,
  Money, Quantity, Url, Email, Phone, Hashtag, Handle, Id,
};
const char *mention_type_name(MentionType type);

enum class Qualifier : uint8_t { None, Exact, Approx, Gt, Ge, Lt, Le, Range };
const char *qualifier_name(Qualifier q);

// One extracted mention. Fields that do not apply keep their defaults and are left out of
// the JSON; a field means the same thing for every type.
struct Mention {
  uint32_t start = 0, end = 0;  // bytes
  MentionType type = MentionType::None;
  uint32_t sentence = 0;
  uint8_t priority = 0;         // which stage wins an overlap: higher wins
  // Numbers: value with bounds.
  bool has_value = false, has_low = false, has_high = false;
  double value = 0, low = 0, high = 0;
  Qualifier qualifier = Qualifier::None;
  std::string unit;     // ISO 4217 code for money, a stable unit code for quantities
  std::string counted;  // the noun being counted ("residents")
  // Dates and times: ISO 8601 value (date, date-time or interval "a/b") and its grain.
  std::string iso;
  std::string grain;
  // Entities: canonical name and alias group within the document (-1: none).
  std::string canonical;
  int32_t group = -1;
};

struct Document {
  std::string text;
  std::vector<segment::Token> tokens;
  std::vector<segment::Paragraph> paragraphs;
  std::vector<segment::Sentence> sentences;
  std::vector<Mention> mentions;
  std::string reference_date;                 // "YYYY-MM-DD" or empty
  const char *reference_source = "none";      // "option" | "dateline" | "none"
};

// Sorts mentions by start, drops the lower-priority one of any overlapping pair (the longer
// one on a tie), and sets each mention's sentence index. Linear after the sort.
void finalize_mentions(Document &doc);

}  // namespace quarry
