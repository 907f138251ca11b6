// Numbers that name rather than count: phone numbers, account and reference numbers,
// "Resolution 2334", postal codes, version numbers; and numbers that are nothing at all:
// list numbering, page numbers, scores ("20/24", "3-1").
#pragma once

#include <cstddef>

#include "document.hpp"
#include "numbers/context.hpp"

namespace quarry::numbers {

struct IdMatch {
  size_t begin = 0, end = 0;              // tokens [begin, end)
  MentionType type = MentionType::None;  // Phone, Id, or None: consumed without a mention
};

// A phone number at token i (a number, or the "+" or "(" before one). floor: the first token
// that may belong to it.
bool match_phone(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out);

// An identifier named by the word before it ("Resolution 2334", "No. 5", "page 23").
bool match_prefixed_id(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out);

// A number joined by a hyphen to a code of capitals ("2023-CV-01234", "10-K", "3-D"): an ID
// when the code holds digits, else nothing; never a year or a count.
bool match_code_id(const Ctx &c, size_t i, size_t limit, IdMatch &out);

// An ordinal in digits before a word that names by its number (data: context.tsv, "id-after"):
// "441-րդ հոդվածի" (Article 441) is an ID.
bool match_id_after(const Ctx &c, size_t i, size_t limit, IdMatch &out);

// A number whose shape says it is not a quantity: list numbering, scores, leading zeros,
// long digit strings, dotted versions, a capitalized name before it ("Boeing 737").
bool match_shaped_id(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out);

}  // namespace quarry::numbers
