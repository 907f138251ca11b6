// Generated benchmark corpora: news-like English and mixed scripts. Deterministic.
#pragma once

#include <cstddef>
#include <string>

namespace bench {

std::string english_news(size_t bytes, unsigned seed = 1);
std::string mixed_scripts(size_t bytes, unsigned seed = 2);

}  // namespace bench
