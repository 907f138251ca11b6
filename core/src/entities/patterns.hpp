// Pattern entities read straight off the token stream: URL, EMAIL, HASHTAG, HANDLE.
#pragma once

#include "document.hpp"

namespace quarry::entities {

void find_pattern_mentions(Document &doc);

}  // namespace quarry::entities
