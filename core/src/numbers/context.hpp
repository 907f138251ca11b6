// The view of a document that the number and date parsers share: tokens, their words in the
// tables, the current sentence, and the document's conventions (decimal mark, date order).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "numbers/digits.hpp"
#include "numbers/tables.hpp"
#include "numbers/words.hpp"
#include "options.hpp"
#include "segment/token.hpp"

namespace quarry::numbers {

using segment::Token;
using segment::TokenKind;

// Whether a token kind can spell a table word.
inline bool wordlike(TokenKind k) {
  return k == TokenKind::Word || k == TokenKind::Abbreviation || k == TokenKind::Symbol ||
         k == TokenKind::Punct;
}

// A table entry matched at some tokens, with the roles that apply to their spelling.
struct Hit {
  const WordEntry *e = nullptr;
  uint64_t roles = 0;
  uint32_t len = 0;  // tokens
  bool has(uint64_t r) const { return (roles & r) != 0; }
  explicit operator bool() const { return e != nullptr && roles != 0; }
};

// The document's tokens: a pointer and a count, so that an index or a bound check costs no
// load through a vector and no division by sizeof(Token).
struct TokenSpan {
  const Token *p = nullptr;
  size_t n = 0;
  size_t size() const { return n; }
  const Token *data() const { return p; }
  const Token &operator[](size_t i) const { return p[i]; }
};

class Ctx {
 public:
  // The conventions are read by the caller (read_conventions), once it knows the numbers.
  Ctx(const Document &doc, const Options &options);

  const Document &doc;
  const Options &options;
  std::string_view text;
  TokenSpan toks;
  char decimal = '.';               // the document's decimal mark
  bool decimal_from_locale = false;
  DateOrder slash_order = DateOrder::DayFirst;  // for "09/10/2023" when nothing decides
  size_t sent_begin = 0, sent_end = 0;          // the current sentence's tokens

  size_t size() const { return toks.size(); }
  std::string_view str(size_t i) const {
    return std::string_view(text.data() + toks[i].start, toks[i].end - toks[i].start);
  }
  TokenKind kind(size_t i) const { return toks[i].kind; }
  // White space (or the start of the text) before token i.
  bool space_before(size_t i) const { return (toks[i].flags & segment::kSpaceBefore) != 0; }
  bool newline_before(size_t i) const { return (toks[i].flags & segment::kNewlineBefore) != 0; }
  bool is_text(size_t i, std::string_view s) const { return i < toks.size() && str(i) == s; }
  bool is_number(size_t i) const { return i < toks.size() && toks[i].kind == TokenKind::Number; }
  // Whether the token starts with an uppercase letter.
  bool capitalized(size_t i) const;
  // Whether a word token contains an ASCII hyphen (or U+2010/U+2011) between letters.
  bool hyphenated(size_t i) const {
    if (toks[i].kind != TokenKind::Word) return false;
    WordSlot &slot = slot_of(i);
    if (slot.hyphen < 0) slot.hyphen = has_hyphen(str(i));
    return slot.hyphen != 0;
  }

  // The table entry of token i alone.
  Hit word(size_t i) const {
    if (i >= toks.size()) return {};
    return slot_of(i).hit;
  }
  // The entry of the token before i in the current sentence, or none at its first token.
  Hit word_before(size_t i) const { return i > sent_begin ? word(i - 1) : Hit{}; }
  // The longest entry with one of `roles` spelled by tokens [i, i + n), n >= 1, i + n <= end.
  Hit phrase(size_t i, size_t end, uint64_t roles) const {
    if (i >= end || i >= toks.size()) return {};
    const Hit first = word(i);
    if (!first.e) return {};
    if (first.e->phrase_roles & roles) return longer_phrase(i, end, roles, first);
    return (first.roles & roles) ? first : Hit{};
  }
  // The longest entry with one of `roles` spelled by tokens [j - n, j), j - n >= floor.
  Hit phrase_before(size_t j, size_t floor, uint64_t roles) const;
  // A sub-word (a part of a hyphenated word) looked up by itself.
  Hit piece(std::string_view s, bool capital) const;

  // Number token i read with the document's decimal mark (and the other one as a fallback
  // unless the locale was given), or as plain digits with '.' as the only decimal mark.
  const DigitToken &digits(size_t i) const {
    DigitSlot &slot = digits_[i & (digits_.size() - 1)];
    if (slot.index != i) fill_digits(slot, i);
    return slot.doc;
  }
  const DigitToken &plain_digits(size_t i) const {
    DigitSlot &slot = digits_[i & (digits_.size() - 1)];
    if (slot.index != i) fill_digits(slot, i);
    return slot.plain;
  }

 private:
  Hit lookup(size_t i, size_t n) const;
  // lookup(i, 1): a small function with no phrase buffer on its stack.
  Hit lookup_word(size_t i) const;
  Hit longer_phrase(size_t i, size_t end, uint64_t roles, const Hit &first) const;
  uint64_t applicable(const WordEntry &e, size_t i, size_t n) const;
  const WordIndex &index_;

  // The parsers look at the same few tokens again and again: small caches keyed by token.
  struct WordSlot {
    size_t index = SIZE_MAX;
    Hit hit;
    int8_t hyphen = -1;  // hyphenated(index), once asked
  };
  WordSlot &slot_of(size_t i) const {
    WordSlot &slot = words_[i & (words_.size() - 1)];
    if (slot.index != i) {
      slot.index = i;
      slot.hit = lookup_word(i);
      slot.hyphen = -1;
    }
    return slot;
  }
  static bool has_hyphen(std::string_view s);
  struct DigitSlot {
    size_t index = SIZE_MAX;
    DigitToken plain, doc;
  };
  // The phrases (two tokens or more) that start at a token, longest first.
  struct PhraseSlot {
    size_t index = SIZE_MAX;
    uint8_t count = 0;
    uint8_t len[7];
    const WordEntry *entry[7];
    uint64_t roles[7];
  };
  mutable std::array<WordSlot, 64> words_;
  mutable std::array<DigitSlot, 16> digits_;
  mutable std::array<PhraseSlot, 32> phrases_;
  void fill_digits(DigitSlot &slot, size_t i) const;
  const PhraseSlot &phrases_at(size_t i) const;
};

// The range word token i is ("between", "to", "and"...), or None.
inline RangeWord range_of(const Ctx &c, size_t i) {
  const Hit h = c.word(i);
  return h.has(kRange) ? h.e->range : RangeWord::None;
}

// Whether token i (before `limit`) is the range word r.
inline bool range_word(const Ctx &c, size_t i, size_t limit, RangeWord r) {
  return i < limit && range_of(c, i) == r;
}

// Whether a verb of change stands up to `words` tokens before token i in its sentence:
// "raise the retirement age from 65 to 67".
inline bool change_before(const Ctx &c, size_t i, size_t words = 5) {
  for (size_t k = i; k > c.sent_begin && i - k < words; --k)
    if (c.word(k - 1).has(kChange)) return true;
  return false;
}

// "from" as an ending of a range's first end, after a hyphen at token i: "300-ից 500",
// "2020-ից մինչև 2023". The token where the second end starts (after "to" when it
// follows), or 0.
inline size_t after_from_ending(const Ctx &c, size_t i, size_t limit) {
  if (i + 1 >= limit || !c.is_text(i, "-") || c.space_before(i) || c.space_before(i + 1) ||
      !range_word(c, i + 1, limit, RangeWord::From))
    return 0;
  return range_word(c, i + 2, limit, RangeWord::To) ? i + 3 : i + 2;
}

// A sign written as a character: -1 for a hyphen or a minus, +1 for a plus, else 0.
inline int sign_of(std::string_view s) {
  if (s.size() == 1) return s[0] == '-' ? -1 : s[0] == '+' ? 1 : 0;
  return s == "\u2212" ? -1 : 0;
}

// Whether word token k ends in a word of "from" written as an ending, one to three letters
// (Armenian "տոկոսից", from percent).
inline bool ends_in_from(const Ctx &c, size_t k) {
  if (k >= c.size() || c.kind(k) != TokenKind::Word) return false;
  const std::string_view s = c.str(k);
  int letters = 0;
  for (size_t b = s.size(); b > 1 && letters < 3;) {
    if ((static_cast<unsigned char>(s[--b]) & 0xC0) == 0x80) continue;
    ++letters;
    const Hit h = c.piece(s.substr(b), false);
    if (h.has(kRange) && h.e->range == RangeWord::From) return true;
  }
  return false;
}

}  // namespace quarry::numbers
