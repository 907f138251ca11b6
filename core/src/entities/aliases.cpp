#include "entities/aliases.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

#include "entities/gazetteer.hpp"

namespace quarry::entities {

namespace {

using segment::Token;
using segment::TokenKind;

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// "ICC", "U.N.", "OSCE": the letters of an acronym, or "" when s is not one.
std::string acronym_letters(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (is_upper_ascii(c))
      out.push_back(c);
    else if (c != '.' && c != '&')
      return "";
  }
  return out.size() >= 2 ? out : "";
}

// Initials of a name's capitalized words and of their hyphenated parts: "International
// Criminal Court" -> "ICC", "Organization for Security and Co-operation in Europe" -> "OSCE".
std::string initials(std::string_view text, const Token *t, size_t n) {
  std::string out;
  for (size_t k = 0; k < n; ++k) {
    const std::string_view w = t[k].text(text);
    for (size_t i = 0; i < w.size();) {
      if (is_upper_ascii(w[i])) out.push_back(w[i]);
      const size_t j = w.find('-', i);
      if (j == std::string_view::npos) break;
      i = j + 1;
    }
  }
  return out;
}

// The mention's text with runs of white space made one space.
std::string normalized(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

uint64_t string_hash(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return h;
}

}  // namespace

void assign_alias_groups(Document &doc, const std::vector<EntityRef> &refs) {
  const std::string_view text = doc.text;
  const size_t n = refs.size();
  if (n == 0) return;
  const Gazetteer &gz = Gazetteer::get();
  const Token *tokens = doc.tokens.data();

  // The canonical name: the mention itself, unless a rule below finds a better one.
  std::vector<std::string> canon(n);
  std::vector<uint8_t> derived(n, 0);
  std::vector<uint32_t> words(n);  // word tokens in the mention
  for (size_t k = 0; k < n; ++k) {
    const EntityRef &r = refs[k];
    const Mention &m = doc.mentions[r.mention];
    canon[k] = normalized(text.substr(m.start, m.end - m.start));
    uint32_t w = 0;
    for (uint32_t t = r.first_token; t < r.end_token; ++t)
      w += tokens[t].kind == TokenKind::Word || tokens[t].kind == TokenKind::Abbreviation;
    words[k] = w;
  }
  auto type_of = [&](size_t k) { return doc.mentions[refs[k].mention].type; };
  auto last_word = [&](size_t k) { return tokens[refs[k].end_token - 1].text(text); };
  auto first_word = [&](size_t k) { return tokens[refs[k].first_token].text(text); };

  // Known short forms and nationalities: the gazetteer's relation.
  for (size_t k = 0; k < n; ++k) {
    if (type_of(k) == MentionType::Person) continue;
    const EntityRef &r = refs[k];
    uint64_t key = 0;
    for (uint32_t t = r.first_token; t < r.end_token; ++t) {
      const uint64_t h = fold_hash(tokens[t].text(text));
      key = t == r.first_token ? h : extend_key(key, h);
    }
    std::string_view rel = gz.relation(key);
    if (rel.empty() && r.end_token - r.first_token == 1 && is_all_caps(first_word(k)))
      rel = gz.relation(caps_key(key));
    if (!rel.empty()) {
      canon[k] = std::string(rel);
      derived[k] = 1;
    }
  }

  // Acronyms: by an explicit "(ICC)" right after the expansion, else by initials.
  std::unordered_map<std::string, size_t> by_initials;  // initials -> first multi-word mention
  for (size_t k = 0; k < n; ++k) {
    const MentionType t = type_of(k);
    if (t == MentionType::Person || t == MentionType::Norp || words[k] < 2) continue;
    const EntityRef &r = refs[k];
    by_initials.emplace(initials(text, tokens + r.first_token, r.end_token - r.first_token), k);
  }
  for (size_t k = 0; k < n; ++k) {
    const MentionType t = type_of(k);
    if (t == MentionType::Person || t == MentionType::Norp || refs[k].end_token - refs[k].first_token != 1)
      continue;
    const std::string letters = acronym_letters(first_word(k));
    if (letters.empty()) continue;
    // "... Court (ICC)": the previous mention ends right before "(".
    const EntityRef &r = refs[k];
    if (k > 0 && type_of(k - 1) != MentionType::Person && r.first_token >= 1 &&
        refs[k - 1].end_token + 1 == r.first_token && tokens[r.first_token - 1].text(text) == "(" &&
        r.end_token < doc.tokens.size() && tokens[r.end_token].text(text) == ")") {
      canon[k] = canon[k - 1];
      derived[k] = 1;
      continue;
    }
    if (derived[k]) continue;  // the gazetteer already knows it
    const auto it = by_initials.find(letters);
    if (it != by_initials.end() && type_of(it->second) == t) {
      canon[k] = canon[it->second];
      derived[k] = 1;
    }
  }

  // People: a one-word mention takes the full name that ends (or starts) with it: the most
  // recent one before it, else the first one after it.
  std::unordered_map<std::string_view, size_t> last_by_surname, first_by_surname, first_by_given;
  for (size_t k = 0; k < n; ++k) {
    if (type_of(k) != MentionType::Person || words[k] < 2) continue;
    first_by_surname.emplace(last_word(k), k);
    first_by_given.emplace(first_word(k), k);
  }
  for (size_t k = 0; k < n; ++k) {
    if (type_of(k) != MentionType::Person) continue;
    if (words[k] >= 2) {
      last_by_surname[last_word(k)] = k;
      continue;
    }
    if (words[k] != 1) continue;
    const std::string_view w = first_word(k);
    if (const auto it = last_by_surname.find(w); it != last_by_surname.end()) {
      canon[k] = canon[it->second];
    } else if (const auto s = first_by_surname.find(w); s != first_by_surname.end()) {
      canon[k] = canon[s->second];
    } else if (const auto g = first_by_given.find(w); g != first_by_given.end()) {
      canon[k] = canon[g->second];
    }
  }

  // Groups: one per (kind, canonical name); a nationality related to a place joins the place.
  std::unordered_map<uint64_t, int32_t> groups;
  int32_t next = 0;
  for (size_t k = 0; k < n; ++k) {
    Mention &m = doc.mentions[refs[k].mention];
    const bool place_like = m.type == MentionType::Loc || (m.type == MentionType::Norp && derived[k]);
    const uint64_t kind = place_like ? 99 : static_cast<uint64_t>(m.type);
    const uint64_t key = string_hash(canon[k]) * 31 + kind;
    const auto [it, inserted] = groups.emplace(key, next);
    if (inserted) ++next;
    m.group = it->second;
    m.canonical = doc.intern(canon[k]);
  }
}

}  // namespace quarry::entities
