#include "entities/patterns.hpp"

namespace quarry::entities {

void find_pattern_mentions(Document &doc) {
  using segment::TokenKind;
  for (const auto &t : doc.tokens) {
    MentionType type = MentionType::None;
    switch (t.kind) {
      case TokenKind::Url: type = MentionType::Url; break;
      case TokenKind::Email: type = MentionType::Email; break;
      case TokenKind::Hashtag: type = MentionType::Hashtag; break;
      case TokenKind::Handle: type = MentionType::Handle; break;
      default: continue;
    }
    Mention m;
    m.start = t.start;
    m.end = t.end;
    m.type = type;
    m.priority = 200;  // a token-level pattern is never part of a longer mention
    doc.mentions.push_back(std::move(m));
  }
}

}  // namespace quarry::entities
