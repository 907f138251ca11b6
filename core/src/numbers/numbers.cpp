#include "numbers/numbers.hpp"

namespace quarry::numbers {

void find_numeric_mentions(Document &, const Options &) {}

}  // namespace quarry::numbers
