#include "entities/entities.hpp"

namespace quarry::entities {

void find_named_entities(Document &, const Options &) {}

}  // namespace quarry::entities
