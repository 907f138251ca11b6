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

Gazetteer::Gazetteer() {
  // The keys come sorted by home slot: each goes to the first free slot from its home, which
  // is max(home, the previous key's slot + 1), so the table fills front to back. A key that
  // would run past the end wraps around to the front, placed by probing as usual. (The
  // generator checks that no key ends up more than 255 slots from its home.)
  const size_t cap = size_t{1} << data::kSlotBits;
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  size_t home = 0, next = 0, rel = 0;
  for (size_t k = 0; k < data::kKeyCount; ++k) {
    home += data::kHomeStep[k];
    size_t i = home > next ? home : next;
    if (i < cap) {
      next = i + 1;
    } else {
      i = home;
      while (slots_[i] != 0) i = (i + 1) & mask_;
    }
    slots_[i] = (uint64_t{data::kKeyHigh[k]} << 32) | (uint64_t{data::kKeyMid[k]} << 16) |
                (uint64_t{data::kKeyClass[k]} << 8) | ((i - home) & mask_);
    if (rel < data::kRelationCount && data::kRelationKey[rel] == k)
      related_.emplace_back(static_cast<uint32_t>(i), data::kRelationName[rel++]);
  }
  std::sort(related_.begin(), related_.end());  // wrapped keys come last
  relations_.reserve(data::kRelationNameCount);
  for (size_t k = 0; k < data::kRelationNameCount; ++k) relations_.emplace_back(data::kRelationNames[k]);
}

std::string_view Gazetteer::relation(uint64_t key) const {
  const size_t i = find(key);
  if (i == kNone) return {};
  const auto it = std::lower_bound(related_.begin(), related_.end(), std::pair<uint32_t, uint16_t>(
                                                                          static_cast<uint32_t>(i), 0));
  return it != related_.end() && it->first == i ? relations_[it->second] : std::string_view();
}

const Gazetteer &Gazetteer::get() {
  static const Gazetteer *g = new Gazetteer();
  return *g;
}

}  // namespace quarry::entities
