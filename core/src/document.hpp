// The analysis result: a copy of the text and flat arrays of spans, one per stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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

// A string the document owns: bytes [off, off + len) of Document::pool.
struct PoolRef {
  uint32_t off = 0, len = 0;
  bool empty() const { return len == 0; }
};

// One extracted mention: a flat record of 96 bytes with no heap of its own (strings live in
// the document's pool or in static tables), so that millions of them stay cheap to append,
// sort and drop. Fields that do not apply keep their defaults and are left out of the JSON;
// a field means the same thing for every type.
struct Mention {
  uint32_t start = 0, end = 0;  // bytes
  uint32_t sentence = 0;
  int32_t group = -1;           // entities: alias group within the document (-1: none)
  MentionType type = MentionType::None;
  uint8_t priority = 0;         // which stage wins an overlap: higher wins
  Qualifier qualifier = Qualifier::None;
  // Numbers: value with bounds.
  bool has_value = false, has_low = false, has_high = false;
  double value = 0, low = 0, high = 0;
  std::string_view unit;        // static: ISO 4217 code for money, a stable unit code otherwise
  const char *grain = nullptr;  // static: dates and times ("day", "month", ...)
  PoolRef counted;              // the noun being counted ("residents")
  PoolRef iso;                  // dates and times: ISO 8601 value (date, date-time, "a/b")
  PoolRef canonical;            // entities: canonical name
};

struct Document {
  std::string text;
  std::vector<segment::Token> tokens;
  std::vector<segment::Paragraph> paragraphs;
  std::vector<segment::Sentence> sentences;
  std::vector<Mention> mentions;
  std::string pool;                           // the mentions' strings (PoolRef)
  std::string reference_date;                 // "YYYY-MM-DD" or empty
  const char *reference_source = "none";      // "option" | "dateline" | "none"

  // Copies s into the pool. A pool past 4 GiB (only texts near the 4 GiB limit can get
  // there) stores nothing more: the field is then left out, never wrong.
  PoolRef intern(std::string_view s) {
    if (pool.size() + s.size() > UINT32_MAX) return {};
    const PoolRef r{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(s.size())};
    pool.append(s.data(), s.size());
    return r;
  }
  std::string_view str(PoolRef r) const { return std::string_view(pool).substr(r.off, r.len); }
};

// Sorts mentions by start, drops the lower-priority one of any overlapping pair (the longer
// one on a tie), and sets each mention's sentence index. Each stage appends its mentions in
// text order, so the sort is a merge of a few sorted runs; all of it works in place.
void finalize_mentions(Document &doc);

}  // namespace quarry
