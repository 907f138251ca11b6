#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace quarry::lexicon {
namespace {

// A small open-addressing hash set over string_views of the generated tables: FNV-1a and a
// power-of-two table, so a lookup costs a few dozen instructions (std::hash + a prime
// modulus cost about four times as much on the tokenizer's hot path).
class WordTable {
 public:
  template <class Get>
  WordTable(size_t count, Get get) {
    size_t cap = 16;
    while (cap < count * 3) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (size_t i = 0; i < count; ++i) {
      const auto [word, value] = get(i);
      max_len_ = std::max(max_len_, word.size());
      size_t h = hash(word) & mask_;
      while (slots_[h].used && slots_[h].word != word) h = (h + 1) & mask_;
      slots_[h] = Slot{word, value, true};
    }
  }
  // The value stored for word, or 0.
  unsigned char find(std::string_view word) const {
    if (word.empty() || word.size() > max_len_) return 0;
    for (size_t h = hash(word) & mask_;; h = (h + 1) & mask_) {
      const Slot &s = slots_[h];
      if (!s.used) return 0;
      if (s.word == word) return s.value;
    }
  }

 private:
  struct Slot {
    std::string_view word;
    unsigned char value = 0;
    bool used = false;
  };
  static size_t hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h ^ (h >> 15);
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t max_len_ = 0;
};

WordTable word_set(const std::string_view *table, size_t size) {
  return WordTable(size, [table](size_t i) { return std::pair<std::string_view, unsigned char>(table[i], 1); });
}

}  // namespace

AbbreviationClass abbreviation_class(std::string_view form) {
  static const WordTable table(tables::kAbbreviationsSize, [](size_t i) {
    return std::pair<std::string_view, unsigned char>(tables::kAbbreviations[i].form,
                                                      static_cast<unsigned char>(tables::kAbbreviations[i].cls));
  });
  return static_cast<AbbreviationClass>(table.find(form));
}

bool is_sentence_starter(std::string_view word) {
  static const WordTable table = word_set(tables::kSentenceStarters, tables::kSentenceStartersSize);
  return table.find(word);
}

bool is_function_word(std::string_view word) {
  static const WordTable table = word_set(tables::kFunctionWords, tables::kFunctionWordsSize);
  return table.find(word);
}

bool is_tld(std::string_view label) {
  static const WordTable table = word_set(tables::kTlds, tables::kTldsSize);
  return table.find(label);
}

bool is_emoticon(std::string_view text) {
  static const WordTable table = word_set(tables::kEmoticons, tables::kEmoticonsSize);
  return table.find(text);
}

}  // namespace quarry::lexicon
