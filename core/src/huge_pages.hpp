// Transparent huge pages for the large arrays of a large document. A 20 MB text makes ~50 MB
// of tokens; faulting that in 4 KB pages costs more than tokenizing it on a virtual machine
// (measured: 58 -> 122 MB/s for segmentation of one 20 MB document). Asking the kernel for
// 2 MB pages on the untouched interior of the buffer removes most of those faults. Linux only;
// elsewhere, and for small buffers, it does nothing.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#endif

namespace quarry {

// Advises huge pages for [p, p + bytes) when the range holds at least a few of them. Call it
// before the memory is first written.
inline void advise_huge_pages(void *p, size_t bytes) {
#if defined(__linux__) && !defined(__EMSCRIPTEN__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  if (p == nullptr || bytes < 4 * kHuge) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);  // a hint: errors ignored
#else
  (void)p;
  (void)bytes;
#endif
}

}  // namespace quarry

namespace quarry {

// v.reserve(n), with huge pages advised for the new array when it is large.
template <class Vector>
void reserve_huge(Vector &v, size_t n) {
  if (n <= v.capacity()) return;
  v.reserve(n);
  advise_huge_pages(v.data(), v.capacity() * sizeof(*v.data()));
}

}  // namespace quarry
