#include "entities/rules.hpp"

#include <algorithm>
#include <unordered_map>

#include "entities/gazetteer.hpp"
#include "text/pages.hpp"

namespace quarry::entities {

namespace {

using segment::Token;
using segment::TokenKind;

constexpr uint32_t kCurated = kGazOrg | kGazLoc | kGazMisc | kGazPerson;

bool capitalized_word(std::string_view text, const Token &t) {
  if (t.kind != TokenKind::Word && t.kind != TokenKind::Abbreviation) return false;
  return may_start_name(text, t) && !starts_lowercase(text, t);
}

int curated_type(uint32_t bits) {
  const uint32_t b = bits & kCurated;
  if (b == kGazOrg) return static_cast<int>(EntityType::Org);
  if (b == kGazLoc) return static_cast<int>(EntityType::Loc);
  if (b == kGazMisc) return static_cast<int>(EntityType::Misc);
  if (b == kGazPerson) return static_cast<int>(EntityType::Person);
  return -1;
}

// Appends `add` (sorted, and sharing no first token with `spans`) to the sorted `spans`,
// keeping them sorted: a linear merge.
void merge_spans(std::vector<TokenSpan> &spans, const std::vector<TokenSpan> &add) {
  const auto mid = static_cast<std::ptrdiff_t>(spans.size());
  spans.insert(spans.end(), add.begin(), add.end());
  std::inplace_merge(spans.begin(), spans.begin() + mid, spans.end(),
                     [](const TokenSpan &a, const TokenSpan &b) { return a.first < b.first; });
}

}  // namespace

void apply_name_rules(std::string_view text, const std::vector<Token> &tokens,
                      const std::vector<segment::Sentence> &sentences, std::vector<TokenSpan> &spans) {
  const Gazetteer &gz = Gazetteer::get();
  const size_t n = tokens.size();
  // Which span covers each token (-1: none).
  std::vector<int32_t> cover;
  text::reserve_huge(cover, n);
  cover.assign(n, -1);
  auto rebuild_cover = [&] {
    std::fill(cover.begin(), cover.end(), -1);
    for (size_t k = 0; k < spans.size(); ++k)
      for (uint32_t t = spans[k].first; t < spans[k].end; ++t) cover[t] = static_cast<int32_t>(k);
  };
  rebuild_cover();
  // Keys of capitalized words (0 for other tokens).
  std::vector<uint64_t> keys;
  text::reserve_huge(keys, n);
  keys.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    if (capitalized_word(text, tokens[i])) keys[i] = fold_hash(tokens[i].text(text));
  auto cap = [&](size_t i) { return keys[i] != 0; };

  // 1. Curated names.
  std::vector<TokenSpan> add;
  std::vector<uint8_t> drop(spans.size(), 0);
  for (const auto &s : sentences) {
    for (size_t i = s.first_token; i < s.end_token;) {
      if (!cap(i)) {
        ++i;
        continue;
      }
      uint64_t key = 0;
      size_t best = 0;
      int type = -1;
      for (size_t j = i; j < s.end_token && j - i < static_cast<size_t>(kMaxPhraseTokens); ++j) {
        const uint64_t h = keys[j] ? keys[j] : fold_hash(tokens[j].text(text));
        uint32_t b;
        if (j == i) {
          key = h;
          b = gz.token_bits(tokens[j].text(text), h);
        } else {
          key = extend_key(key, h);
          b = gz.bits(key);
        }
        if (b == 0) break;
        const int t = curated_type(b);
        if (t >= 0 && cap(j)) {
          best = j - i + 1;
          type = t;
        }
        if (!(b & kGazPrefix)) break;
      }
      if (best == 0) {
        ++i;
        continue;
      }
      const auto a = static_cast<uint32_t>(i), e = static_cast<uint32_t>(i + best);
      // A model span that contains the name and is longer extends it ("UN Security Council
      // Resolution"): it stays. Any other overlap gives way.
      bool keep_model = false;
      for (uint32_t t = a; t < e && !keep_model; ++t) {
        const int32_t c = cover[t];
        if (c >= 0 && spans[c].first <= a && spans[c].end >= e && spans[c].end - spans[c].first > best)
          keep_model = true;
      }
      if (!keep_model) {
        for (uint32_t t = a; t < e; ++t)
          if (cover[t] >= 0) drop[static_cast<size_t>(cover[t])] = 1;
        add.push_back(TokenSpan{a, e, static_cast<EntityType>(type)});
      }
      i += best;
    }
  }
  if (!add.empty()) {
    size_t w = 0;
    for (size_t k = 0; k < spans.size(); ++k)
      if (!drop[k]) spans[w++] = spans[k];
    spans.resize(w);
    merge_spans(spans, add);
    rebuild_cover();
  }

  // 2. Consistency. Surnames of full names, and the token sequences of tagged names.
  std::unordered_map<uint64_t, uint8_t> surnames;
  std::unordered_map<uint64_t, std::pair<uint32_t, EntityType>> names;  // phrase key -> (tokens, type)
  std::unordered_map<uint64_t, uint32_t> first_keys;                    // first token -> longest name
  for (const TokenSpan &sp : spans) {
    const uint32_t len = sp.end - sp.first;
    if (len > static_cast<uint32_t>(kMaxPhraseTokens) || !cap(sp.first)) continue;
    if (sp.type == EntityType::Person && len >= 2 && cap(sp.end - 1) &&
        tokens[sp.end - 1].kind == TokenKind::Word)
      surnames.emplace(keys[sp.end - 1], 1);
    if (sp.type == EntityType::Person && len == 1) continue;
    uint64_t key = 0;
    for (uint32_t t = sp.first; t < sp.end; ++t) {
      const uint64_t h = keys[t] ? keys[t] : fold_hash(tokens[t].text(text));
      key = t == sp.first ? h : extend_key(key, h);
    }
    names.emplace(key, std::make_pair(len, sp.type));
    uint32_t &longest = first_keys[keys[sp.first] ? keys[sp.first] : fold_hash(tokens[sp.first].text(text))];
    longest = std::max(longest, len);
  }
  if (surnames.empty() && names.empty()) return;
  add.clear();
  bool retyped = false;
  for (size_t i = 0; i < n; ++i) {
    if (!cap(i)) continue;
    const int32_t c = cover[i];
    if (surnames.count(keys[i])) {
      if (c < 0) {
        add.push_back(TokenSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), EntityType::Person});
        continue;
      }
      TokenSpan &sp = spans[static_cast<size_t>(c)];
      if (sp.end - sp.first == 1 && sp.type != EntityType::Person &&
          curated_type(gz.token_bits(tokens[i].text(text), keys[i])) < 0) {
        sp.type = EntityType::Person;
        retyped = true;
      }
      continue;
    }
    if (c >= 0) continue;
    const auto fk = first_keys.find(keys[i]);
    if (fk == first_keys.end()) continue;
    uint64_t key = 0;
    for (size_t j = i; j < n && j - i < fk->second; ++j) {
      if (j > i && cover[j] >= 0) break;
      const uint64_t h = keys[j] ? keys[j] : fold_hash(tokens[j].text(text));
      key = j == i ? h : extend_key(key, h);
      const auto it = names.find(key);
      if (it != names.end() && it->second.first == j - i + 1 && (j + 1 >= n || !cap(j + 1))) {
        add.push_back(TokenSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(j + 1), it->second.second});
        i = j;
        break;
      }
    }
  }
  (void)retyped;
  if (!add.empty()) merge_spans(spans, add);
}

}  // namespace quarry::entities
