#include "numbers/words.hpp"

namespace quarry::numbers {

WordIndex::WordIndex() {
  size_t size = 64;
  while (size < tables::kWordsSize * 4) size <<= 1;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  keys_.resize(tables::kWordsSize);
  for (size_t i = 0; i < tables::kWordsSize; ++i) {
    const std::string_view key = tables::kWords[i].key;
    keys_[i] = KeyRef{key.data(), key.size()};
    if (key.empty()) continue;
    const uint32_t h = hash(key.data(), key.size());
    size_t k = h & mask_;
    while (slots_[k].entry != kEmpty) k = (k + 1) & mask_;
    slots_[k] = Slot{h, static_cast<uint32_t>(i)};
  }
  prefix_bits_.assign(kPhraseBits / 64, 0);
  key_bits_.assign(kPhraseBits / 64, 0);
  for (size_t i = 0; i < tables::kWordsSize; ++i) {
    const std::string_view key = tables::kWords[i].key;
    if (tables::kWords[i].tokens < 2) continue;
    // Tokens are joined by one space in a phrase key.
    uint32_t h = 0;
    size_t parts = 0, b = 0;
    for (size_t e = 0; e <= key.size(); ++e) {
      if (e < key.size() && key[e] != ' ') continue;
      const uint32_t part = part_hash(key.substr(b, e - b));
      h = parts == 0 ? part : extend(h, part);
      ++parts;
      b = e + 1;
      if (parts >= 2) set(e == key.size() ? key_bits_ : prefix_bits_, h);
    }
  }
}

const WordIndex &word_index() {
  static const WordIndex idx;
  return idx;
}

std::string_view fold_into(std::string_view s, char *buf, size_t cap) {
  if (s.size() > cap) return {};
  for (size_t i = 0; i < s.size(); ++i) buf[i] = static_cast<char>(fold_byte(s[i]));
  return std::string_view(buf, s.size());
}

char decimal_mark_of_locale(std::string_view tag) {
  char buf[40];
  if (tag.size() > sizeof buf) return '.';
  for (size_t i = 0; i < tag.size(); ++i) buf[i] = tag[i] == '_' ? '-' : static_cast<char>(fold_byte(tag[i]));
  std::string_view t(buf, tag.size());
  // The full tag, then shorter prefixes ("de-ch-x" -> "de-ch" -> "de").
  for (;;) {
    for (size_t i = 0; i < tables::kDecimalFormatsSize; ++i)
      if (tables::kDecimalFormats[i].locale == t) return tables::kDecimalFormats[i].decimal;
    const size_t dash = t.rfind('-');
    if (dash == std::string_view::npos) return '.';
    t = t.substr(0, dash);
  }
}

namespace {

// The last bytes that plural suffixes end with: most words fail this one test.
struct SuffixEnds {
  bool plural[256] = {};
  SuffixEnds() {
    for (size_t i = 0; i < tables::kPluralSuffixesSize; ++i) {
      const std::string_view s = tables::kPluralSuffixes[i];
      if (!s.empty()) plural[static_cast<unsigned char>(s.back())] = true;
    }
  }
};

bool ends_with_bytes(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char *p = s.data() + s.size() - suffix.size();
  for (size_t k = suffix.size(); k-- > 0;)
    if (p[k] != suffix[k]) return false;
  return true;
}

// Whether w ends with one of the n suffixes s, with more than `stem` bytes before it.
bool ends_with_any(std::string_view w, const std::string_view *s, size_t n, size_t stem) {
  for (size_t i = 0; i < n; ++i)
    if (w.size() > s[i].size() + stem && ends_with_bytes(w, s[i])) return true;
  return false;
}

}  // namespace

bool has_plural_suffix(std::string_view w) {
  static const SuffixEnds ends;
  if (w.empty() || !ends.plural[static_cast<unsigned char>(w.back())]) return false;
  for (size_t i = 0; i < tables::kSingularSuffixesSize; ++i)
    if (ends_with_bytes(w, tables::kSingularSuffixes[i])) return false;
  return ends_with_any(w, tables::kPluralSuffixes, tables::kPluralSuffixesSize, 1);
}

bool has_past_suffix(std::string_view w) {
  return ends_with_any(w, tables::kPastSuffixes, tables::kPastSuffixesSize, 2);
}

bool has_verb_suffix(std::string_view w) {
  return ends_with_any(w, tables::kVerbSuffixes, tables::kVerbSuffixesSize, 2);
}

}  // namespace quarry::numbers
