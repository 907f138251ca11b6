#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace quarry::lexicon {
namespace {
bool contains(const std::string_view *table, size_t size, std::string_view word) {
  return std::binary_search(table, table + size, word);
}
}  // namespace

AbbreviationClass abbreviation_class(std::string_view form) {
  const auto *begin = tables::kAbbreviations;
  const auto *end = begin + tables::kAbbreviationsSize;
  const auto *it = std::lower_bound(begin, end, form, [](const AbbreviationEntry &e, std::string_view f) {
    return e.form < f;
  });
  return (it != end && it->form == form) ? it->cls : AbbreviationClass::None;
}

bool is_sentence_starter(std::string_view word) {
  return contains(tables::kSentenceStarters, tables::kSentenceStartersSize, word);
}
bool is_function_word(std::string_view word) {
  return contains(tables::kFunctionWords, tables::kFunctionWordsSize, word);
}
bool is_tld(std::string_view label) { return contains(tables::kTlds, tables::kTldsSize, label); }
bool is_emoticon(std::string_view text) {
  return contains(tables::kEmoticons, tables::kEmoticonsSize, text);
}

}  // namespace quarry::lexicon
