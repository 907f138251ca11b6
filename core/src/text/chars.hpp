// Character classes for segmentation: an ASCII table for the fast path, utf8proc's
// Unicode properties for everything else.
#pragma once

#include <cstdint>

namespace quarry::text {

enum class CharClass : uint8_t {
  Space,      // horizontal white space, and ignorable format characters (bidi marks, BOM)
  Newline,    // \n \r \v \f U+0085 U+2028 U+2029
  Letter,     // L*
  Mark,       // M*, and the joiners ZWJ / ZWNJ and the soft hyphen inside words
  Digit,      // Nd
  NumberOther,// Nl, No (superscripts, fractions, Roman numeral signs)
  Punct,      // P*
  Symbol,     // S*
  Control,    // Cc other than white space (NUL included), unassigned, private use
};

enum class Script : uint8_t {
  Common, Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali, Thai,
  Georgian, Hangul, Hiragana, Katakana, Han, Ethiopic, Other
};

struct CharInfo {
  CharClass cls;
  bool upper;  // Lu / Lt
  bool lower;  // Ll
  Script script;
};

CharInfo char_info_slow(char32_t cp);
extern const CharInfo kAsciiInfo[128];
inline CharInfo char_info(char32_t cp) { return cp < 128 ? kAsciiInfo[cp] : char_info_slow(cp); }

inline bool is_word_class(CharClass c) {
  return c == CharClass::Letter || c == CharClass::Mark || c == CharClass::Digit;
}

// Extended_Pictographic that is drawn as an emoji by default (the lower, text-style
// pictographs such as (c) or TM only count when a variation selector or modifier follows).
bool is_emoji_start_slow(char32_t cp);
inline bool is_emoji_start(char32_t cp) { return cp >= 0x2300 && is_emoji_start_slow(cp); }
bool is_regional_indicator(char32_t cp);

// Punctuation that ends a sentence whatever follows (CJK, Armenian, Devanagari, Arabic...).
bool is_hard_terminal(char32_t cp);
// Closing quotes and brackets that stay with a sentence after its terminal mark.
bool is_closing_punct(char32_t cp);
bool is_opening_punct(char32_t cp);
inline bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
inline bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
// Digit value 0..9 of a decimal digit of any script, or -1.
int digit_value(char32_t cp);

}  // namespace quarry::text
