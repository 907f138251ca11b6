// The trained weights of the name tagger (model.generated.cpp, written by core/tools/train)
// and their lookup table, built on first use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "entities/features.hpp"

namespace quarry::entities {

// Weight rows are padded to a multiple of 8 so that adding one vectorizes.
constexpr int kRowStride = (kLabels + 7) / 8 * 8;

namespace model_data {
extern const uint32_t kFeatureCount;
extern const uint32_t kFeatureIds[];  // ascending
extern const int8_t kWeights[];       // kFeatureCount rows of kRowStride (kLabels, then 0)
extern const int16_t kTransitions[];  // (kLabels + 1) rows of kLabels: row 0 is the start
extern const int16_t kFinal[];        // kLabels: score of ending the sentence on a label
}  // namespace model_data

// The compiled-in model, in the shape tag_sentence_with() expects of its weights.
class Model {
 public:
  static const Model &get();
  bool empty() const { return slots_.empty(); }
  // Adds the weights of n features (unknown ones add nothing) to row (kLabels scores). The
  // slots and rows are prefetched first: the lookups are cache misses more often than not.
  void add_all(const uint32_t *ids, size_t n, int32_t *row) const {
    constexpr size_t kBatch = 64;
    const int8_t *rows[kBatch];
    for (size_t base = 0; base < n; base += kBatch) {
      const size_t m = n - base < kBatch ? n - base : kBatch;
      for (size_t k = 0; k < m; ++k) prefetch(&slots_[(ids[base + k] * 0x9E3779B1u) >> shift_]);
      size_t found = 0;
      for (size_t k = 0; k < m; ++k) {
        const uint32_t id = ids[base + k];
        size_t i = (id * 0x9E3779B1u) >> shift_;
        for (;;) {
          const Slot &s = slots_[i];
          if (s.id == id) {
            rows[found] = model_data::kWeights + static_cast<size_t>(s.row) * kRowStride;
            prefetch(rows[found]);
            ++found;
            break;
          }
          if (s.id == 0) break;
          i = (i + 1) & mask_;
        }
      }
      // 16-bit sums cannot overflow: |weight| <= 127 and a token has a few dozen features.
      int16_t acc[kRowStride];
      sum_rows(rows, found, acc);
      for (int l = 0; l < kLabels; ++l) row[l] += acc[l];
    }
  }
  const int32_t *transitions() const { return trans_.data(); }
  const int32_t *final_scores() const { return final_.data(); }

 private:
  struct Slot {
    uint32_t id, row;
  };
  // acc = the sum of n weight rows, widened to 16 bits. GCC does not vectorize the plain loop
  // (int8 -> int16 needs SSE4.1's pmovsx, beyond baseline x86-64), so where the compiler has
  // vector extensions the rows are summed 8 lanes at a time; elsewhere, one lane at a time.
  static void sum_rows(const int8_t *const *rows, size_t n, int16_t *acc) {
#if defined(__GNUC__) || defined(__clang__)
    static_assert(kRowStride % 8 == 0);
    typedef int8_t V8i8 __attribute__((vector_size(8)));
    typedef int16_t V8i16 __attribute__((vector_size(16)));
    constexpr int kVectors = kRowStride / 8;
    V8i16 sum[kVectors] = {};
    for (size_t k = 0; k < n; ++k) {
      for (int v = 0; v < kVectors; ++v) {
        V8i8 w;
        __builtin_memcpy(&w, rows[k] + 8 * v, sizeof w);
        sum[v] += __builtin_convertvector(w, V8i16);
      }
    }
    __builtin_memcpy(acc, sum, sizeof sum);
#else
    for (int l = 0; l < kRowStride; ++l) acc[l] = 0;
    for (size_t k = 0; k < n; ++k)
      for (int l = 0; l < kRowStride; ++l) acc[l] = static_cast<int16_t>(acc[l] + rows[k][l]);
#endif
  }
  static void prefetch(const void *p) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
  }
  Model();
  std::vector<Slot> slots_;
  std::vector<int32_t> trans_, final_;
  size_t mask_ = 0;
  int shift_ = 32;
};

}  // namespace quarry::entities
