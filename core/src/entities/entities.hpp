// Named entities: PERSON, ORG, LOC, NORP, MISC, with alias groups (issue #5).
#pragma once

#include "document.hpp"
#include "options.hpp"

namespace quarry::entities {

// Appends named-entity mentions for doc and sets canonical names and alias groups.
void find_named_entities(Document &doc, const Options &options);

}  // namespace quarry::entities
