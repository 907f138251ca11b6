// Features of the name tagger: one function shared by the tagger and its trainer, so that the
// model is always applied to exactly the features it was trained on.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token.hpp"

namespace quarry::entities {

// Entity types the tagger knows, in label order.
enum class EntityType : uint8_t { Person = 0, Org = 1, Loc = 2, Norp = 3, Misc = 4 };
constexpr int kEntityTypes = 5;
// Labels: 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t (BILOU).
constexpr int kLabels = 1 + 4 * kEntityTypes;
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };
inline int label_of(int type, int pos) { return 1 + 4 * type + pos; }
inline int label_type(int label) { return (label - 1) / 4; }
inline int label_pos(int label) { return (label - 1) % 4; }
// Whether label b may follow label a (a = -1: sentence start; b = -1: sentence end).
bool transition_allowed(int a, int b);

enum class CapClass : uint8_t { Lower, Initial, AllCaps, Single, Mixed, Other };

// What the features need to know about one token, computed once per token.
struct TokenInfo {
  uint64_t key = 0;    // fold_hash of the text
  uint32_t shape = 0;  // hash of the short shape ("Xx", "X.X.", "d,d")
  uint32_t long_shape = 0;
  uint32_t gaz = 0;     // gazetteer bits of the token on its own
  uint32_t phrase = 0;  // positions in gazetteer phrases: 3 bits per phrase category
  CapClass cap = CapClass::Other;
  uint8_t kind = 0;             // segment::TokenKind
  uint8_t length = 0;           // bytes, capped at 255
  bool sentence_start = false;  // first token, or first after an opening quote or a colon
  // The run of capitalized words (joined by "of", "for", "the", "and", "de"...) the token is in:
  // position 0 (none) or 1 + Position, its length (capped) and what its words are.
  uint8_t run_pos = 0;
  uint8_t run_len = 0;
  uint32_t run_gaz = 0;   // union of the run's words' gazetteer bits
  uint32_t run_last = 0;  // gazetteer bits of the run's last word
};

// Gazetteer phrase categories whose positions TokenInfo::phrase records, 3 bits each.
enum PhraseCat : int { kPhrasePlace = 0, kPhraseNorp, kPhraseOrg, kPhrasePerson, kPhraseMisc, kPhraseTitle };
// 0: not in such a phrase; else 1 + Position.
inline uint32_t phrase_position(const TokenInfo &t, PhraseCat c) { return (t.phrase >> (3 * c)) & 7; }

// Fills info for tokens [0, n), a stretch of one sentence. at_sentence_start: tokens[0] is
// the sentence's first token; else tokens[-1] is the token before it in the sentence.
void describe_tokens(std::string_view text, const segment::Token *tokens, size_t n, bool at_sentence_start,
                     std::vector<TokenInfo> &info);

// Lowercase words and marks that join the words of a name: "of", "for", "the", "and", "de",
// "'s", "&"...
bool is_connector(std::string_view token);

// Appends the feature ids of token i (of n) to out.
void token_features(std::string_view text, const segment::Token *tokens, const TokenInfo *info, size_t n,
                    size_t i, std::vector<uint32_t> &out);

}  // namespace quarry::entities
