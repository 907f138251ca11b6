// Numeric expressions: numbers, amounts, quantities, dates, times and durations (issue #4).
#pragma once

#include "document.hpp"
#include "options.hpp"

namespace quarry::numbers {

// Appends CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, DATE, TIME, DURATION, ID and PHONE
// mentions for doc (tokens, paragraphs and sentences are already there), and may set the
// document's reference date from a dateline.
void find_numeric_mentions(Document &doc, const Options &options);

}  // namespace quarry::numbers
