#include "entities/tagger.hpp"

#include <algorithm>
#include <limits>

#include "entities/gazetteer.hpp"
#include "entities/model.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace quarry::entities {

Model::Model() {
  trans_.assign(model_data::kTransitions, model_data::kTransitions + (kLabels + 1) * kLabels);
  final_.assign(model_data::kFinal, model_data::kFinal + kLabels);
  const size_t n = model_data::kFeatureCount;
  if (n == 0) return;
  size_t cap = 1;
  int bits = 0;
  while (cap < n * 2) {
    cap <<= 1;
    ++bits;
  }
  slots_.assign(cap, Slot{0, 0});
  mask_ = cap - 1;
  shift_ = 32 - bits;
  for (size_t r = 0; r < n; ++r) {
    const uint32_t id = model_data::kFeatureIds[r];
    size_t i = (id * 0x9E3779B1u) >> shift_;
    while (slots_[i].id != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{id, static_cast<uint32_t>(r)};
  }
}

const Model &Model::get() {
  static const Model *m = new Model();
  return *m;
}

namespace {

// Allowed predecessors of each label (BILOU): I and L follow B or I of their type, the
// others follow O, L or U.
struct Transitions {
  bool from_start[kLabels];
  bool after_o[kLabels];
  bool to_end[kLabels];
  uint8_t preds[kLabels][kLabels];
  uint16_t pred_cell[kLabels][kLabels];  // index of (pred, b) in the transition matrix
  uint8_t pred_count[kLabels];
  Transitions() {
    for (int b = 0; b < kLabels; ++b) {
      from_start[b] = transition_allowed(-1, b);
      after_o[b] = transition_allowed(0, b);
      to_end[b] = transition_allowed(b, -1);
      pred_count[b] = 0;
      for (int a = 0; a < kLabels; ++a) {
        if (!transition_allowed(a, b)) continue;
        preds[b][pred_count[b]] = static_cast<uint8_t>(a);
        pred_cell[b][pred_count[b]] = static_cast<uint16_t>((a + 1) * kLabels + b);
        ++pred_count[b];
      }
    }
  }
};
const Transitions &transitions() {
  static const Transitions t;
  return t;
}

}  // namespace

template <class Score>
void viterbi(const Score *scores, size_t n, const Score *trans, const Score *final, bool at_start,
             bool at_end, int *labels, std::vector<Score> &delta, std::vector<uint8_t> &back) {
  if (n == 0) return;
  const Transitions &tr = transitions();
  // Unreachable states hold kNeg plus a few scores: still far below any real path, and far
  // from overflowing, so the inner loop needs no test for them.
  constexpr Score kNeg = std::numeric_limits<Score>::lowest() / 4;
  if (delta.size() < n * kLabels) delta.resize(n * kLabels);
  if (back.size() < n * kLabels) back.resize(n * kLabels);
  // Not at the start: an O precedes, so row 1 (from O) and O's successors apply.
  const Score *first_row = at_start ? trans : trans + kLabels;
  for (int b = 0; b < kLabels; ++b)
    delta[static_cast<size_t>(b)] =
        (at_start ? tr.from_start[b] : tr.after_o[b]) ? first_row[b] + scores[b] : kNeg;
  for (size_t i = 1; i < n; ++i) {
    const Score *prev = &delta[(i - 1) * kLabels];
    Score *cur = &delta[i * kLabels];
    uint8_t *bk = &back[i * kLabels];
    const Score *em = scores + i * kLabels;
    for (int b = 0; b < kLabels; ++b) {
      const uint8_t *preds = tr.preds[b];
      const uint16_t *cells = tr.pred_cell[b];
      const int count = tr.pred_count[b];
      int arg = 0;
      Score best = prev[preds[0]] + trans[cells[0]];
      for (int k = 1; k < count; ++k) {
        const Score v = prev[preds[k]] + trans[cells[k]];
        if (v > best) {
          best = v;
          arg = k;
        }
      }
      cur[b] = best + em[b];
      bk[b] = preds[arg];
    }
  }
  Score best = kNeg;
  int arg = 0;
  const Score *last = &delta[(n - 1) * kLabels];
  for (int a = 0; a < kLabels; ++a) {
    if (!tr.to_end[a]) continue;
    const Score v = last[a] + (at_end ? final[a] : trans[(a + 1) * kLabels + 0]);
    if (v > best) {
      best = v;
      arg = a;
    }
  }
  for (size_t i = n; i-- > 0;) {
    labels[i] = arg;
    if (i > 0) arg = back[i * kLabels + static_cast<size_t>(arg)];
  }
}

template void viterbi<int32_t>(const int32_t *, size_t, const int32_t *, const int32_t *, bool, bool, int *,
                               std::vector<int32_t> &, std::vector<uint8_t> &);
template void viterbi<double>(const double *, size_t, const double *, const double *, bool, bool, int *,
                              std::vector<double> &, std::vector<uint8_t> &);

void labels_to_spans(const int *labels, size_t n, std::vector<TokenSpan> &out) {
  size_t i = 0;
  while (i < n) {
    const int l = labels[i];
    if (l == 0) {
      ++i;
      continue;
    }
    const int type = label_type(l);
    size_t j = i + 1;
    if (label_pos(l) == kB || label_pos(l) == kI) {
      while (j < n && labels[j] != 0 && label_type(labels[j]) == type &&
             (label_pos(labels[j]) == kI || label_pos(labels[j]) == kL)) {
        ++j;
        if (label_pos(labels[j - 1]) == kL) break;
      }
    }
    out.push_back(
        TokenSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j), static_cast<EntityType>(type)});
    i = j;
  }
}

namespace {

bool is_possessive(std::string_view t) {
  return t == "'s" || t == "'S" || t == "\xE2\x80\x99s" || t == "'" || t == "\xE2\x80\x99";
}

bool is_article(std::string_view t) { return t == "the" || t == "The" || t == "THE"; }

// A title word or abbreviation: "President", "Gen.", "Dr." (the list has no periods).
bool is_title(std::string_view text, const segment::Token &t, const TokenInfo &info) {
  if (info.gaz & kGazTitle) return true;
  if (t.kind != segment::TokenKind::Abbreviation || t.size() < 2) return false;
  const std::string_view w = t.text(text);
  return (Gazetteer::get().bits(fold_hash(w.substr(0, w.size() - 1))) & kGazTitle) != 0;
}

}  // namespace

void trim_span(std::string_view text, const segment::Token *tokens, const TokenInfo *info, TokenSpan &span) {
  while (span.end > span.first + 1) {
    const segment::Token &t = tokens[span.end - 1];
    if (is_possessive(t.text(text)) || t.kind == segment::TokenKind::Punct)
      --span.end;
    else
      break;
  }
  while (span.end > span.first + 1 && tokens[span.first].kind == segment::TokenKind::Punct) ++span.first;
  if (span.type == EntityType::Person) {
    // "President Ilham Aliyev", "Foreign Minister Jeyhun Bayramov", "Dr. Jane Smith".
    uint32_t k = span.first;
    while (k + 1 < span.end &&
           (is_title(text, tokens[k], info[k]) || phrase_position(info[k], kPhraseTitle) != 0))
      ++k;
    span.first = k;
  }
  if (span.end > span.first + 1 && is_article(tokens[span.first].text(text)) &&
      phrase_position(info[span.first], kPhraseOrg) == 0 &&
      phrase_position(info[span.first], kPhraseMisc) == 0) {
    ++span.first;
  }
}

bool may_start_name(std::string_view text, const segment::Token &t) {
  if (t.kind != segment::TokenKind::Word && t.kind != segment::TokenKind::Abbreviation) return false;
  const auto *p = reinterpret_cast<const unsigned char *>(text.data()) + t.start;
  const auto *end = reinterpret_cast<const unsigned char *>(text.data()) + t.end;
  if (*p < 0x80) {
    for (const unsigned char *q = p; q < end; ++q)
      if (*q >= 'A' && *q <= 'Z') return true;
    return false;
  }
  return text::char_info(text::decode_utf8(p, end).cp).upper;
}

bool starts_lowercase(std::string_view text, const segment::Token &t) {
  const auto *p = reinterpret_cast<const unsigned char *>(text.data()) + t.start;
  const auto *end = reinterpret_cast<const unsigned char *>(text.data()) + t.end;
  if (*p < 0x80) return *p >= 'a' && *p <= 'z';
  return text::char_info(text::decode_utf8(p, end).cp).lower;
}

bool is_head_word(std::string_view text, const segment::Token &t) {
  if (t.kind != segment::TokenKind::Word || t.size() < 3) return false;
  const std::string_view w = t.text(text);
  return (Gazetteer::get().bits(fold_hash(w)) & (kGazLocWord | kGazOrgWord | kGazMiscWord)) != 0;
}

void tag_sentence(std::string_view text, const segment::Token *tokens, size_t n, TaggerScratch &s,
                  std::vector<TokenSpan> &out) {
  const Model &model = Model::get();
  if (model.empty()) return;
  tag_sentence_with(model, text, tokens, n, s, out);
}

}  // namespace quarry::entities
