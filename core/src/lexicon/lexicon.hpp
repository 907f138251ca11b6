// Word lists compiled from core/data/ (see tables.generated.cpp) and their lookups.
#pragma once

#include <cstddef>
#include <string_view>

namespace quarry::lexicon {

enum class AbbreviationClass : unsigned char {
  None,       // not an abbreviation
  Title,      // "Dr.": never ends a sentence
  Never,      // "e.g.", "vs.": never ends a sentence
  Month,      // "Sept.": continues before a number
  NumPrefix,  // "No.": continues before a number
  General,    // "U.S.", "p.m.", "Inc.": ends a sentence before a sentence starter
  // "руб.", "тыс.", "см." (also "see"): after a number, or after such a unit after a number,
  // ends a sentence as a period does ("Снег 30 см. Площадь ..."); elsewhere as General
  // ("см. Приложение 2").
  Unit,
};

struct AbbreviationEntry {
  std::string_view form;
  AbbreviationClass cls;
};

// form: the word without its final period ("Dr", "U.S", "e.g").
AbbreviationClass abbreviation_class(std::string_view form);
bool is_sentence_starter(std::string_view word);
bool is_function_word(std::string_view word);
bool is_tld(std::string_view lowercase_label);
bool is_emoticon(std::string_view text);
// Longest emoticon length (bytes) for bounded probing.
constexpr size_t kMaxEmoticonLength = 4;

namespace tables {
extern const AbbreviationEntry kAbbreviations[];
extern const size_t kAbbreviationsSize;
extern const std::string_view kSentenceStarters[];
extern const size_t kSentenceStartersSize;
extern const std::string_view kFunctionWords[];
extern const size_t kFunctionWordsSize;
extern const std::string_view kTlds[];
extern const size_t kTldsSize;
extern const std::string_view kEmoticons[];
extern const size_t kEmoticonsSize;
}  // namespace tables

}  // namespace quarry::lexicon
