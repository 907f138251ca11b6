// Gazetteers: places, nationalities, first names, organization words, titles, common words.
// Every phrase is matched on the token stream exactly as our tokenizer splits it, through one
// hash table keyed by a hash of the phrase's lowercased tokens. The table is computed when the
// gazetteer is generated (core/tools/gen/gen-gazetteer.cpp writes gazetteer.generated.cpp
// from gazetteer.txt); loading it is one sequential pass over the compiled-in arrays.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "segment/token.hpp"

namespace quarry::entities {

namespace data {
// The table (gazetteer.generated.cpp): kKeyCount keys sorted by (home slot, key) for a table
// of 2^kSlotBits slots (at least 2^16), where a key's home slot is key & (2^kSlotBits - 1).
extern const unsigned kSlotBits;
extern const size_t kKeyCount;
extern const uint32_t kClassBits[];   // the distinct category bit sets
extern const uint8_t kHomeStep[];     // home slot minus the previous key's (the first: minus 0)
extern const uint32_t kKeyHigh[];     // key >> 32
extern const uint16_t kKeyMid[];      // (key >> 16) & 0xFFFF; the low 16 bits are the home slot's
extern const uint8_t kKeyClass[];     // index into kClassBits
extern const size_t kRelationCount;
extern const uint32_t kRelationKey[];   // ascending indexes of the keys that have a relation
extern const uint16_t kRelationName[];  // and the index of its name in kRelationNames
extern const size_t kRelationNameCount;
extern const char *const kRelationNames[];
}  // namespace data

// Category bits of a phrase; the values are those of gen-entities.mjs.
enum GazBit : uint32_t {
  kGazCountry = 1u << 0,
  kGazBigCity = 1u << 1,  // a capital or a city of 250,000 or more
  kGazCity = 1u << 2,     // a town of 15,000 or more
  kGazRegion = 1u << 3,   // a first-level administrative region
  kGazLoc = 1u << 4,      // a place from our own list
  kGazNorp = 1u << 5,
  kGazOrg = 1u << 6,
  kGazPerson = 1u << 7,
  kGazMisc = 1u << 8,
  kGazFirstName = 1u << 9,
  kGazOrgWord = 1u << 10,   // "Council", "Ministry", "Corp"
  kGazLocWord = 1u << 11,   // "River", "Province", "corridor"
  kGazMiscWord = 1u << 12,  // "War", "Convention", "Agreement"
  kGazTitle = 1u << 13,     // "President", "Foreign Minister", "Dr"
  kGazCommon = 1u << 14,    // a lowercase English word (wamerican)
  kGazProper = 1u << 15,    // a capitalized English dictionary word (wamerican)
  kGazPrefix = 1u << 31,    // a longer phrase starts with these tokens
};
constexpr uint32_t kGazPlace = kGazCountry | kGazBigCity | kGazCity | kGazRegion | kGazLoc;
constexpr int kMaxPhraseTokens = 8;

// Hash of a token's text, lowercased (ASCII and, through utf8proc, any script).
uint64_t fold_hash(std::string_view text);
// The key of a phrase one token longer.
inline uint64_t extend_key(uint64_t phrase, uint64_t token) {
  uint64_t h = (phrase ^ (token + 0x9E3779B97F4A7C15ull + (phrase << 6) + (phrase >> 2)));
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}
// Single all-capital entries ("WHO", "AP", "U.S.") only match all-capital tokens: they live
// under a salted key.
inline uint64_t caps_key(uint64_t token) { return token ^ 0x5D1C0FFEE5A17ull; }

// Whether the token is written in capitals only, with at least two letters ("NATO", "U.S.").
bool is_all_caps(std::string_view token);

class Gazetteer {
 public:
  // The table, loaded on first use (thread-safe).
  static const Gazetteer &get();

  // Category bits of the phrase with this key (kGazPrefix when only a longer phrase starts so).
  uint32_t bits(uint64_t key) const {
    const size_t i = find(key);
    return i == kNone ? 0 : data::kClassBits[(slots_[i] >> 8) & 0xFF];
  }
  // The canonical name of an alias ("ICC" -> "International Criminal Court") or the place a
  // nationality relates to ("Armenians" -> "Armenia"); empty when there is none.
  std::string_view relation(uint64_t key) const;
  // The key of a phrase given as text (tokenized as documents are); 0 for an empty phrase.
  static uint64_t phrase_key(std::string_view phrase);
  // Key for a token as the table stores it: all-capital tokens get both their folded key and
  // their caps key looked up; this returns the bits of either.
  uint32_t token_bits(std::string_view token, uint64_t folded) const {
    uint32_t b = bits(folded);
    if (is_all_caps(token)) b |= bits(caps_key(folded));
    return b;
  }

 private:
  static constexpr size_t kNone = ~size_t{0};
  Gazetteer();
  // Linear probing from the home slot key & mask_. A slot holds the key's upper 48 bits, its
  // bit set's index (bits 8-15) and its distance from its home slot (bits 0-7), 0 when empty:
  // the stored bits and the distance together give the whole key (the home slot's low 16 bits
  // are the key's).
  size_t find(uint64_t key) const {
    const uint64_t upper = key & ~uint64_t{0xFFFF};
    size_t i = static_cast<size_t>(key) & mask_;
    for (uint64_t distance = 0;; ++distance) {
      const uint64_t s = slots_[i];
      if (s == 0) return kNone;
      if ((s & ~uint64_t{0xFF00}) == (upper | distance)) return i;
      i = (i + 1) & mask_;
    }
  }
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  // Slots that have a relation, ascending, and the relation's index in relations_.
  std::vector<std::pair<uint32_t, uint16_t>> related_;
  std::vector<std::string_view> relations_;
};

// Tokens of a phrase as the document tokenizer splits it (white space dropped).
void phrase_tokens(std::string_view phrase, std::vector<segment::Token> &out);

}  // namespace quarry::entities
