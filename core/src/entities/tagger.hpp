// The name tagger: features -> emission scores -> Viterbi -> typed token spans.
//
// Only the parts of a sentence that can hold a name are decoded: runs of capitalized words
// (joined by "of", "the", "'s"...) with one token of context on each side. Everything else is
// O without computing a feature, which keeps the tagger fast on ordinary prose.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/features.hpp"
#include "segment/token.hpp"

namespace quarry::entities {

struct TokenSpan {
  uint32_t first, end;  // token indexes, [first, end)
  EntityType type;
};

// Reusable buffers: one per thread of work.
template <class Score>
struct TaggerScratchOf {
  std::vector<TokenInfo> info;
  std::vector<uint32_t> feats;
  std::vector<Score> scores, delta;
  std::vector<uint8_t> back, interesting;
  std::vector<int> labels;
  std::vector<TokenSpan> spans;
  std::vector<std::pair<size_t, size_t>> ranges;
};
using TaggerScratch = TaggerScratchOf<int32_t>;

// Viterbi decoding under the BILOU constraints. scores: n rows of kLabels emission scores;
// trans: (kLabels + 1) rows (row 0: from the sentence start); final: kLabels. at_start: the
// first token opens the sentence (else an O precedes it); at_end: the last token ends it (else
// an O follows it). Writes n labels.
template <class Score>
void viterbi(const Score *scores, size_t n, const Score *trans, const Score *final, bool at_start,
             bool at_end, int *labels, std::vector<Score> &delta, std::vector<uint8_t> &back);

// Spans from a BILOU label sequence.
void labels_to_spans(const int *labels, size_t n, std::vector<TokenSpan> &out);

// Careful-annotator clean-up of a tagged span: titles ("President"), a leading "the",
// possessives and punctuation at the edges stay outside. info: describe_tokens() output for
// the same tokens.
void trim_span(std::string_view text, const segment::Token *tokens, const TokenInfo *info, TokenSpan &span);

// Whether a token may be part of a name: a word or abbreviation with a capital letter.
bool may_start_name(std::string_view text, const segment::Token &t);
// Whether a word starts with a lowercase letter.
bool starts_lowercase(std::string_view text, const segment::Token &t);
// Whether a lowercase word may end a name as its head noun ("corridor", "province", "war").
bool is_head_word(std::string_view text, const segment::Token &t);

// Tags tokens [0, n) of one sentence with the given weights and appends the (trimmed) entity
// spans, token indexes relative to tokens, to out. Weights: add(feature, int32 row) or a
// Score row, transitions(), final_scores().
template <class Weights, class Score>
void tag_sentence_with(const Weights &w, std::string_view text, const segment::Token *tokens, size_t n,
                       TaggerScratchOf<Score> &s, std::vector<TokenSpan> &out) {
  if (n == 0) return;
  s.interesting.assign(n, 0);
  for (size_t i = 0; i < n; ++i) s.interesting[i] = may_start_name(text, tokens[i]);
  // Regions: interesting tokens, bridging one connector ("of", "'s", "&") between two of them,
  // and taking a lowercase head word after them ("the Lachin corridor", "Syunik province").
  // Tokens outside regions are O, so a region is decoded as preceded and followed by an O.
  s.ranges.clear();
  // A sentence whose first word is lowercase does not follow the conventions of edited text
  // (chat, social media): names there may be lowercase too, so all of it is decoded.
  size_t first_word = 0;
  while (first_word < n && tokens[first_word].kind != segment::TokenKind::Word) ++first_word;
  if (first_word < n && !s.interesting[first_word] && starts_lowercase(text, tokens[first_word])) {
    s.ranges.emplace_back(0, n);
  }
  for (size_t i = s.ranges.empty() ? 0 : n; i < n;) {
    if (!s.interesting[i]) {
      ++i;
      continue;
    }
    size_t b = i + 1;
    while (b < n) {
      if (s.interesting[b])
        ++b;
      else if (b + 1 < n && s.interesting[b + 1] && is_connector(tokens[b].text(text)))
        b += 2;
      else
        break;
    }
    if (b < n && is_head_word(text, tokens[b])) ++b;
    s.ranges.emplace_back(i, b);
    i = b;
  }
  for (const auto &[da, db] : s.ranges) {
    const size_t wa = da >= 2 ? da - 2 : 0;
    const size_t wb = db + 2 < n ? db + 2 : n;
    describe_tokens(text, tokens + wa, wb - wa, wa == 0, s.info);
    const size_t m = db - da, off = da - wa;
    s.scores.assign(m * kLabels, 0);
    for (size_t k = 0; k < m; ++k) {
      s.feats.clear();
      token_features(text, tokens + wa, s.info.data(), wb - wa, off + k, s.feats);
      Score *row = &s.scores[k * kLabels];
      w.add_all(s.feats.data(), s.feats.size(), row);
    }
    s.labels.assign(m, 0);
    viterbi<Score>(s.scores.data(), m, w.transitions(), w.final_scores(), da == 0, db == n, s.labels.data(),
                   s.delta, s.back);
    s.spans.clear();
    labels_to_spans(s.labels.data(), m, s.spans);
    for (TokenSpan sp : s.spans) {
      sp.first += static_cast<uint32_t>(off);
      sp.end += static_cast<uint32_t>(off);
      trim_span(text, tokens + wa, s.info.data(), sp);
      if (sp.end <= sp.first) continue;
      sp.first += static_cast<uint32_t>(wa);
      sp.end += static_cast<uint32_t>(wa);
      out.push_back(sp);
    }
  }
}

// Tags one sentence with the compiled-in model.
void tag_sentence(std::string_view text, const segment::Token *tokens, size_t n, TaggerScratch &s,
                  std::vector<TokenSpan> &out);

}  // namespace quarry::entities
