// Named entities: the user lexicon, the trained tagger, span clean-up and alias groups.
#include "entities/entities.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/aliases.hpp"
#include "entities/gazetteer.hpp"
#include "entities/rules.hpp"
#include "entities/tagger.hpp"
#include "text/pages.hpp"

namespace quarry::entities {

namespace {

using segment::Token;
using segment::TokenKind;

MentionType mention_type(EntityType t) {
  switch (t) {
    case EntityType::Person:
      return MentionType::Person;
    case EntityType::Org:
      return MentionType::Org;
    case EntityType::Loc:
      return MentionType::Loc;
    case EntityType::Norp:
      return MentionType::Norp;
    case EntityType::Misc:
      return MentionType::Misc;
  }
  return MentionType::None;
}

// The user lexicon, compiled for one document: phrase keys (case-insensitive hashes of the
// phrase's tokens) and, for the exact check, the phrase's token texts.
struct UserPhrase {
  std::vector<std::string> tokens;
  MentionType type;
};

class UserLexicon {
 public:
  explicit UserLexicon(const std::vector<UserEntity> &entities) {
    std::vector<Token> toks;
    for (const UserEntity &e : entities) {
      phrase_tokens(e.text, toks);
      if (toks.empty()) continue;
      UserPhrase p;
      p.type = e.type;
      uint64_t key = 0;
      for (size_t i = 0; i < toks.size(); ++i) {
        const std::string_view t = toks[i].text(e.text);
        p.tokens.emplace_back(t);
        const uint64_t k = fold_hash(t);
        key = i == 0 ? k : extend_key(key, k);
        if (i + 1 < toks.size()) prefixes_.emplace(key, true);
      }
      if (toks.size() > max_tokens_) max_tokens_ = toks.size();
      phrases_.emplace(key, static_cast<uint32_t>(list_.size()));
      list_.push_back(std::move(p));
    }
  }
  bool empty() const { return list_.empty(); }

  // Longest exact phrase starting at token i (tokens [i, end) of the document): returns the
  // number of tokens matched (0: none) and its type.
  size_t match(std::string_view text, const std::vector<Token> &tokens, size_t i, size_t end,
               const std::vector<uint64_t> &keys, MentionType &type) const {
    uint64_t key = 0;
    size_t best = 0;
    for (size_t j = i; j < end && j - i < max_tokens_; ++j) {
      key = j == i ? keys[j] : extend_key(key, keys[j]);
      const size_t len = j - i + 1;
      auto range = phrases_.equal_range(key);
      for (auto it = range.first; it != range.second; ++it) {
        const UserPhrase &p = list_[it->second];
        if (p.tokens.size() != len) continue;
        bool same = true;
        for (size_t k = 0; k < len && same; ++k) same = tokens[i + k].text(text) == p.tokens[k];
        if (same) {
          best = len;
          type = p.type;
          break;
        }
      }
      if (!prefixes_.count(key)) break;
    }
    return best;
  }

 private:
  std::vector<UserPhrase> list_;
  std::unordered_multimap<uint64_t, uint32_t> phrases_;
  std::unordered_map<uint64_t, bool> prefixes_;
  size_t max_tokens_ = 0;
};

}  // namespace

void find_named_entities(Document &doc, const Options &options) {
  const std::string_view text = doc.text;
  const std::vector<Token> &tokens = doc.tokens;
  if (tokens.empty()) return;
  std::vector<EntityRef> refs;

  // 1. User lexicon: exact phrases, which the model's spans may not overlap.
  std::vector<uint8_t> taken;
  if (!options.entities.empty()) {
    const UserLexicon lexicon(options.entities);
    std::vector<uint64_t> keys(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) keys[i] = fold_hash(tokens[i].text(text));
    taken.assign(tokens.size(), 0);
    for (const auto &s : doc.sentences) {
      for (size_t i = s.first_token; i < s.end_token;) {
        MentionType type = MentionType::None;
        const size_t len = lexicon.match(text, tokens, i, s.end_token, keys, type);
        if (len == 0) {
          ++i;
          continue;
        }
        Mention m;
        m.start = tokens[i].start;
        m.end = tokens[i + len - 1].end;
        m.type = type;
        m.priority = 150;
        refs.push_back(EntityRef{static_cast<uint32_t>(doc.mentions.size()), static_cast<uint32_t>(i),
                                 static_cast<uint32_t>(i + len)});
        doc.mentions.push_back(std::move(m));
        for (size_t k = i; k < i + len; ++k) taken[k] = 1;
        i += len;
      }
    }
  }

  // 2. The tagger, sentence by sentence. Spans are gathered first so that the mentions,
  // large objects, are appended in one go.
  TaggerScratch scratch;
  std::vector<TokenSpan> spans;
  for (const auto &s : doc.sentences) {
    const size_t n = s.end_token - s.first_token;
    const size_t before = spans.size();
    tag_sentence(text, tokens.data() + s.first_token, n, scratch, spans);
    for (size_t k = before; k < spans.size(); ++k) {
      spans[k].first += s.first_token;
      spans[k].end += s.first_token;
    }
  }
  apply_name_rules(text, tokens, doc.sentences, spans);
  text::reserve_huge(doc.mentions, doc.mentions.size() + spans.size());
  for (const TokenSpan &span : spans) {
    if (!taken.empty()) {
      bool clash = false;
      for (uint32_t k = span.first; k < span.end && !clash; ++k) clash = taken[k] != 0;
      if (clash) continue;
    }
    Mention m;
    m.start = tokens[span.first].start;
    m.end = tokens[span.end - 1].end;
    m.type = mention_type(span.type);
    m.priority = 50;
    refs.push_back(EntityRef{static_cast<uint32_t>(doc.mentions.size()), span.first, span.end});
    doc.mentions.push_back(std::move(m));
  }

  // 3. Alias groups over this stage's mentions.
  if (!taken.empty()) {  // lexicon matches came first: put the references in text order
    std::sort(refs.begin(), refs.end(),
              [](const EntityRef &a, const EntityRef &b) { return a.first_token < b.first_token; });
  }
  assign_alias_groups(doc, refs);
}

}  // namespace quarry::entities
