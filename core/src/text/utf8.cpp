#include "text/utf8.hpp"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quarry::text {

size_t find_invalid_utf8(const char *data, size_t len) {
  const auto *p = reinterpret_cast<const unsigned char *>(data);
  const auto *end = p + len;
  const auto *start = p;
  while (p < end) {
    // ASCII fast path: 16 bytes at a time with SSE2 (one movemask tells), then 8.
#if defined(__SSE2__)
    while (end - p >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
      if (_mm_movemask_epi8(v)) break;
      p += 16;
    }
#endif
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p >= end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const Decoded d = decode_utf8(p, end);
    if (!d.valid) return static_cast<size_t>(p - start);
    p += d.len;
  }
  return SIZE_MAX;
}

}  // namespace quarry::text
