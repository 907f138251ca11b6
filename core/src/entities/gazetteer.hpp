// Gazetteers: places, nationalities, first names, organization words, titles, common words.
// The phrases come from gazetteer.generated.cpp (a text blob, see gen-entities.mjs); the first
// lookup turns them into one hash table keyed by a hash of the phrase's lowercased tokens, so a
// phrase is matched on the token stream exactly as our tokenizer splits it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token.hpp"

namespace quarry::entities {

namespace data {
// Text blobs cut into parts at line ends (gazetteer.generated.cpp).
extern const char *const kGazetteer[];
extern const size_t kGazetteerParts;
extern const char *const kRelations[];
extern const size_t kRelationsParts;
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
  // The table, built on first use (thread-safe).
  static const Gazetteer &get();

  // Category bits of the phrase with this key (kGazPrefix when only a longer phrase starts so).
  uint32_t bits(uint64_t key) const {
    const Slot *s = find(key);
    return s ? s->bits : 0;
  }
  // The canonical name of an alias ("ICC" -> "International Criminal Court") or the place a
  // nationality relates to ("Armenians" -> "Armenia"); empty when there is none.
  std::string_view relation(uint64_t key) const {
    const Slot *s = find(key);
    return s && s->relation >= 0 ? relations_[static_cast<size_t>(s->relation)] : std::string_view();
  }
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
  struct Slot {
    uint64_t key;  // 0: empty
    uint32_t bits;
    int32_t relation;
  };
  Gazetteer();
  Slot &insert(uint64_t key);
  const Slot *find(uint64_t key) const {
    size_t i = static_cast<size_t>(key) & mask_;
    for (;;) {
      const Slot &s = slots_[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<std::string_view> relations_;
};

// Tokens of a phrase as the document tokenizer splits it (white space dropped).
void phrase_tokens(std::string_view phrase, std::vector<segment::Token> &out);

}  // namespace quarry::entities
