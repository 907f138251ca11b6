// Lookups in the compiled number and date tables (tables.generated.cpp).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "numbers/tables.hpp"

namespace quarry::numbers {

// ASCII letters folded to lowercase; every other byte unchanged.
struct FoldTable {
  unsigned char t[256];
  constexpr FoldTable() : t() {
    for (int i = 0; i < 256; ++i) t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i | 0x20 : i);
  }
};
inline constexpr FoldTable kFold{};
inline unsigned fold_byte(char c) { return kFold.t[static_cast<unsigned char>(c)]; }

// An open-addressing index over tables::kWords. Keys are found by their folded spelling.
class WordIndex {
 public:
  WordIndex();
  // A phrase key read token by token: part_hash of each token's spelling, folded into a
  // running hash by extend. may_continue says whether some phrase key starts with the parts
  // hashed so far (two or more); may_end whether some key is exactly those parts. False
  // positives only; a true answer still needs find.
  static uint32_t part_hash(std::string_view s) {
    uint32_t h = 0x811C9DC5u;
    for (const char c : s) h = (h ^ fold_byte(c)) * 0x01000193u;
    return h;
  }
  static uint32_t extend(uint32_t h, uint32_t part) { return (h ^ (h >> 15)) * 0x2C1B3C6Du + part; }
  bool may_continue(uint32_t h) const { return test(prefix_bits_, h); }
  bool may_end(uint32_t h) const { return test(key_bits_, h); }

  // The entry whose key is s with its ASCII letters folded, or nullptr.
  const WordEntry *find(std::string_view s) const {
    const size_t n = s.size();
    if (n == 0) return nullptr;
    const uint32_t h = hash(s.data(), n);
    for (size_t k = h & mask_;; k = (k + 1) & mask_) {
      const Slot slot = slots_[k];
      if (slot.tag == h) {
        // A tag match is almost always the key: compare to be sure.
        const KeyRef key = keys_[slot.entry];
        if (key.size == n) {
          size_t i = 0;
          while (i < n && fold_byte(s[i]) == static_cast<unsigned char>(key.p[i])) ++i;
          if (i == n) return &tables::kWords[slot.entry];
        }
      } else if (slot.entry == kEmpty) {
        return nullptr;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr uint32_t kPhraseBits = 1u << 15;
  // An open-addressing slot: the key's full hash (a mismatch rarely needs the key's bytes)
  // and its entry, or kEmpty.
  struct Slot {
    uint32_t tag = 0;
    uint32_t entry = kEmpty;
  };
  std::vector<Slot> slots_;
  // The keys by entry, apart from the entries themselves (which are large).
  struct KeyRef {
    const char *p;
    size_t size;
  };
  std::vector<KeyRef> keys_;
  std::vector<uint64_t> prefix_bits_, key_bits_;  // kPhraseBits each, by phrase hash
  static bool test(const std::vector<uint64_t> &bits, uint32_t h) {
    h = (h * 0x9E3779B1u) >> 17;
    return bits[h >> 6] >> (h & 63) & 1;
  }
  static void set(std::vector<uint64_t> &bits, uint32_t h) {
    h = (h * 0x9E3779B1u) >> 17;
    bits[h >> 6] |= uint64_t{1} << (h & 63);
  }
  size_t mask_ = 0;
  // The length and the first and last four bytes (fewer when shorter) with bit 5 set, which
  // folds ASCII letters: cheap, and equal for spellings that differ only in letter case.
  static uint32_t hash(const char *s, size_t n) {
    uint32_t a, b;
    if (n >= 4) {
      std::memcpy(&a, s, 4);
      std::memcpy(&b, s + n - 4, 4);
    } else {
      a = static_cast<unsigned char>(s[0]) |
          static_cast<uint32_t>(static_cast<unsigned char>(s[n / 2])) << 8 |
          static_cast<uint32_t>(static_cast<unsigned char>(s[n - 1])) << 16;
      b = 0;
    }
    uint64_t x = (static_cast<uint64_t>(a | 0x20202020u) << 32 | (b | 0x20202020u)) ^ n;
    x *= 0x9E3779B97F4A7C15ull;
    return static_cast<uint32_t>(x >> 32);
  }
};

// The index, built once on first use (thread-safe).
const WordIndex &word_index();

// The entry whose key is `s` (ASCII letters folded; a phrase's tokens joined by one space),
// or nullptr.
inline const WordEntry *find_word(std::string_view s) { return word_index().find(s); }

// The decimal mark ('.' or ',') of a locale tag such as "de", "de-CH" or "en_US".
char decimal_mark_of_locale(std::string_view tag);

// Whether a folded word ends like a plural noun ("residents" but not "process").
bool has_plural_suffix(std::string_view folded);

// Whether a word ends with a past suffix ("reopened"), with at least three bytes before it.
bool has_past_suffix(std::string_view word);
// Whether a (folded) word ends like a verb form that opens a sentence before a count
// (data: verb-suffix; ru "Задержаны 24 активиста", "Пришли 300 человек").
bool has_verb_suffix(std::string_view word);

// A cheap first test of a token against a set of table keys, before any lookup. Bit tables
// by length: one keyed by the first two bytes, one by the third and the last byte, which must
// both agree; a second pair for keys that may open a hyphenated word ("twenty-one",
// "mid-2023"); and, derived from the first of each pair, the one table load that most words
// fail. False positives only.
class KeyFilter {
 public:
  // Keys of single-token entries for which whole(entry) is true; those for which
  // piece(entry) is true may also open a hyphenated word.
  template <typename Whole, typename Piece>
  KeyFilter(Whole whole, Piece piece) {
    for (size_t i = 0; i < tables::kWordsSize; ++i) {
      const WordEntry &e = tables::kWords[i];
      const std::string_view k = e.key;
      if (e.tokens != 1 || k.empty() || k.size() >= 32) continue;
      const uint32_t bit = 1u << k.size();
      if (whole(e)) {
        head_[head(k)] |= bit;
        tail_[tail(k, k.size())] |= bit;
      }
      if (piece(e)) {
        head_piece_[head(k)] |= bit;
        tail_piece_[tail(k, k.size())] |= bit;
      }
    }
    // A word of n bytes may be a whole key of n bytes, or a piece of p < n bytes and a hyphen.
    for (size_t h = 0; h < 32 * 32; ++h) {
      const uint32_t p = head_piece_[h];
      first_[(h & 31) << 8 | h >> 5] = head_[h] | (p ? ~((2u << __builtin_ctz(p)) - 1) : 0u);
    }
  }
  // Whole words only.
  template <typename Whole>
  explicit KeyFilter(Whole whole) : KeyFilter(whole, [](const WordEntry &) { return false; }) {}

  bool maybe(std::string_view s) const { return maybe(s.data(), s.size()); }
  bool maybe(const char *s, size_t n) const {
    if (n - 2 >= 30) return n == 1 ? maybe_any(s, n) : n >= 32 && long_word(s, n);  // 2 to 31 bytes below
    // One load rules out what most words fail: no key of n bytes, and no piece shorter than
    // n, starts with these two bytes.
    uint16_t w;
    std::memcpy(&w, s, 2);
    if constexpr (std::endian::native == std::endian::big) w = static_cast<uint16_t>(w >> 8 | w << 8);
    if (!(first_[w & 0x1F1Fu] >> n & 1)) return false;
    const size_t h = (w & 31u) << 5 | (w >> 8 & 31u);
    if (n < 3) return maybe_any(s, n);
    const auto *u = reinterpret_cast<const unsigned char *>(s);
    const uint32_t pieces = head_piece_[h] & ((1u << n) - 1);
    if ((head_[h] & tail_[(u[2] & 31u) << 5 | (u[n - 1] & 31u)]) >> n & 1) return true;
    return piece_then_hyphen(s, n, pieces);
  }

 private:
  bool maybe_any(const char *s, size_t n) const {
    const std::string_view v(s, n);
    const size_t h = head(v);
    if ((head_[h] & tail_[tail(v, n)]) >> n & 1) return true;
    return piece_then_hyphen(s, n, head_piece_[h] & ((1u << n) - 1));
  }
  // A word of 32 bytes or more is no key, but it may start with a piece and a hyphen: an
  // Armenian "հունվար-սեպտեմբեր" takes 33 bytes.
  bool long_word(const char *s, size_t n) const {
    return piece_then_hyphen(s, n, head_piece_[head(std::string_view(s, n))]);
  }
  // A key of p bytes (a bit of m) followed by a hyphen.
  bool piece_then_hyphen(const char *s, size_t n, uint32_t m) const {
    while (m) {
      const unsigned p = static_cast<unsigned>(__builtin_ctz(m));
      if (s[p] == '-' && (tail_piece_[tail(std::string_view(s, n), p)] >> p & 1)) return true;
      m &= m - 1;
    }
    return false;
  }
  // By the low five bits of the first two bytes as they lie in a little-endian 16-bit load
  // (second byte's bits high): the index costs one AND.
  uint32_t first_[0x1F20] = {};
  uint32_t head_[32 * 32] = {}, tail_[32 * 32] = {};
  uint32_t head_piece_[32 * 32] = {}, tail_piece_[32 * 32] = {};
  // ASCII letters of either case share their low five bits.
  static unsigned low5(char c) { return static_cast<unsigned char>(c) & 31u; }
  static size_t head(std::string_view s) { return low5(s[0]) << 5 | (s.size() > 1 ? low5(s[1]) : 0); }
  // The third and the last byte of the first n bytes of s.
  static size_t tail(std::string_view s, size_t n) { return (n > 2 ? low5(s[2]) : 0) << 5 | low5(s[n - 1]); }
};

// Folds ASCII letters of s into buf (of cap bytes); returns the folded view, or an empty
// view when s does not fit.
std::string_view fold_into(std::string_view s, char *buf, size_t cap);

}  // namespace quarry::numbers
