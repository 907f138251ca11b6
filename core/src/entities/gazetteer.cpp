#include "entities/gazetteer.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "text/utf8.hpp"

namespace quarry::entities {

namespace {

inline uint64_t mix_byte(uint64_t h, unsigned char b) { return (h ^ b) * 0x100000001B3ull; }

}  // namespace

uint64_t fold_hash(std::string_view text) {
  uint64_t h = 0xCBF29CE484222325ull;
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  const auto *end = p + text.size();
  while (p < end) {
    const unsigned char b = *p;
    if (b < 0x80) {
      h = mix_byte(h, (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b | 0x20) : b);
      ++p;
      continue;
    }
    const text::Decoded d = text::decode_utf8(p, end);
    char32_t cp = d.cp;
    if (d.valid) cp = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    if (cp == 0x2019) cp = '\'';  // a typographic apostrophe is an apostrophe
    char buf[4];
    size_t n = 0;
    struct Sink {
      char *b;
      size_t *n;
      void push_back(char c) { b[(*n)++] = c; }
    } sink{buf, &n};
    text::append_utf8(sink, cp);
    for (size_t k = 0; k < n; ++k) h = mix_byte(h, static_cast<unsigned char>(buf[k]));
    p += d.len;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h ? h : 1;
}

bool is_all_caps(std::string_view token) {
  int letters = 0;
  for (size_t i = 0; i < token.size();) {
    const auto *p = reinterpret_cast<const unsigned char *>(token.data()) + i;
    if (*p < 0x80) {
      if (*p >= 'a' && *p <= 'z') return false;
      if (*p >= 'A' && *p <= 'Z') ++letters;
      ++i;
      continue;
    }
    const text::Decoded d =
        text::decode_utf8(p, reinterpret_cast<const unsigned char *>(token.data()) + token.size());
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(d.cp));
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU) ++letters;
    i += d.len;
  }
  return letters >= 2;
}

void phrase_tokens(std::string_view phrase, std::vector<segment::Token> &out) {
  out.clear();
  segment::tokenize(phrase, out);
}

uint64_t Gazetteer::phrase_key(std::string_view phrase) {
  std::vector<segment::Token> toks;
  phrase_tokens(phrase, toks);
  uint64_t key = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const uint64_t t = fold_hash(toks[i].text(phrase));
    key = i == 0 ? t : extend_key(key, t);
  }
  return key;
}

Gazetteer::Slot &Gazetteer::insert(uint64_t key) {
  size_t i = static_cast<size_t>(key) & mask_;
  for (;;) {
    Slot &s = slots_[i];
    if (s.key == key) return s;
    if (s.key == 0) {
      s.key = key;
      return s;
    }
    i = (i + 1) & mask_;
  }
}

namespace {

bool simple_word(std::string_view s) {
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) return false;
  }
  return !s.empty();
}

}  // namespace

namespace {

// Calls f(line) for each line of the parts.
template <class F>
void each_line(const char *const *parts, size_t count, F f) {
  for (size_t p = 0; p < count; ++p) {
    const std::string_view blob(parts[p]);
    for (size_t pos = 0; pos < blob.size();) {
      size_t nl = blob.find('\n', pos);
      if (nl == std::string_view::npos) nl = blob.size();
      f(blob.substr(pos, nl - pos));
      pos = nl + 1;
    }
  }
}

// ASCII words of letters and digits separated by single spaces.
bool simple_words(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  char prev = 0;
  for (const char c : s) {
    if (c == ' ') {
      if (prev == ' ') return false;
    } else if (!simple_word(std::string_view(&c, 1))) {
      return false;
    }
    prev = c;
  }
  return true;
}

}  // namespace

Gazetteer::Gazetteer() {
  size_t lines = 0;
  each_line(data::kGazetteer, data::kGazetteerParts, [&](std::string_view) { ++lines; });
  // Phrases and their prefixes at a load factor of about one half.
  size_t cap = 1;
  while (cap < lines + lines / 2) cap <<= 1;
  slots_.assign(cap, Slot{0, 0, -1});
  mask_ = cap - 1;

  std::vector<segment::Token> toks;
  uint32_t bits = 0;
  each_line(data::kGazetteer, data::kGazetteerParts, [&](std::string_view line) {
    if (line.empty()) return;
    if (line[0] == '=') {
      bits = 0;
      for (size_t k = 1; k < line.size(); ++k) bits = bits * 10 + static_cast<uint32_t>(line[k] - '0');
      return;
    }
    if (simple_word(line)) {
      const uint64_t t = fold_hash(line);
      insert(is_all_caps(line) ? caps_key(t) : t).bits |= bits;
      return;
    }
    if (simple_words(line)) {  // "Council of Europe": the tokens are the words
      if (static_cast<size_t>(std::count(line.begin(), line.end(), ' ')) >=
          static_cast<size_t>(kMaxPhraseTokens))
        return;
      uint64_t key = 0;
      size_t count = 0;
      for (size_t pos = 0; pos <= line.size();) {
        size_t sp = line.find(' ', pos);
        if (sp == std::string_view::npos) sp = line.size();
        const uint64_t t = fold_hash(line.substr(pos, sp - pos));
        if (count > 0) insert(key).bits |= kGazPrefix;
        key = count == 0 ? t : extend_key(key, t);
        ++count;
        pos = sp + 1;
      }
      insert(key).bits |= bits;
      return;
    }
    phrase_tokens(line, toks);
    if (toks.empty() || toks.size() > static_cast<size_t>(kMaxPhraseTokens)) return;
    if (toks.size() == 1) {
      const std::string_view tok = toks[0].text(line);
      const uint64_t t = fold_hash(tok);
      insert(is_all_caps(tok) ? caps_key(t) : t).bits |= bits;
      return;
    }
    uint64_t key = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      const uint64_t t = fold_hash(toks[i].text(line));
      key = i == 0 ? t : extend_key(key, t);
      if (i + 1 < toks.size()) insert(key).bits |= kGazPrefix;
    }
    insert(key).bits |= bits;
  });

  each_line(data::kRelations, data::kRelationsParts, [&](std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    const std::string_view from = line.substr(0, tab);
    uint64_t key = phrase_key(from);
    phrase_tokens(from, toks);
    if (toks.size() == 1 && is_all_caps(from)) key = caps_key(key);
    if (key == 0) return;
    insert(key).relation = static_cast<int32_t>(relations_.size());
    relations_.push_back(line.substr(tab + 1));
  });
}

const Gazetteer &Gazetteer::get() {
  static const Gazetteer *g = new Gazetteer();
  return *g;
}

}  // namespace quarry::entities
