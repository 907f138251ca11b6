// Read-only helpers over the token stream shared by the paragraph and sentence splitters.
#pragma once

#include <string_view>
#include <vector>

#include "segment/token.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace quarry::segment {

class TokenView {
 public:
  TokenView(std::string_view text, const std::vector<Token> &tokens) : text_(text), tokens_(tokens) {}

  size_t size() const { return tokens_.size(); }
  const Token &operator[](size_t i) const { return tokens_[i]; }
  std::string_view text(size_t i) const { return tokens_[i].text(text_); }
  std::string_view doc() const { return text_; }

  char32_t first_cp(size_t i) const {
    const Token &t = tokens_[i];
    const auto *p = reinterpret_cast<const unsigned char *>(text_.data()) + t.start;
    return text::decode_utf8(p, p + t.size()).cp;
  }
  text::CharInfo first_info(size_t i) const { return text::char_info(first_cp(i)); }
  // The last code point of the token (tokens are valid UTF-8 except kInvalidUtf8 ones).
  char32_t last_cp(size_t i) const {
    const Token &t = tokens_[i];
    size_t k = t.end - 1;
    while (k > t.start && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
    const auto *p = reinterpret_cast<const unsigned char *>(text_.data());
    return text::decode_utf8(p + k, p + t.end).cp;
  }

  bool is_word(size_t i) const { return tokens_[i].kind == TokenKind::Word; }
  bool starts_lower(size_t i) const {
    const Token &t = tokens_[i];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Abbreviation) return false;
    return first_info(i).lower;
  }
  bool starts_upper(size_t i) const {
    const Token &t = tokens_[i];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Abbreviation) return false;
    return first_info(i).upper;
  }
  bool is_punct(size_t i, std::string_view s) const {
    return tokens_[i].kind == TokenKind::Punct && text(i) == s;
  }
  bool space_before(size_t i) const { return tokens_[i].flags & kSpaceBefore; }
  bool newline_before(size_t i) const { return tokens_[i].flags & kNewlineBefore; }

 private:
  std::string_view text_;
  const std::vector<Token> &tokens_;
};

}  // namespace quarry::segment

namespace quarry::segment {

// The kind of sentence-ending mark a token is, if any.
enum class Terminal : uint8_t {
  None,
  Period,     // "."
  Ellipsis,   // "..." "…"
  Bang,       // "!" "?" "?!" "!!!"
  Hard,       // "。" "։" "।" "؟" "۔" ...: ends the sentence whatever follows
  Abbrev,     // a word carrying its period: decided by the abbreviation's class
  Colon,      // ":" (a full stop between Armenian words)
  Semicolon,  // ";" (a question mark after a Greek word)
};

inline Terminal terminal_of(const TokenView &v, size_t i) {
  const Token &t = v[i];
  if (t.kind == TokenKind::Abbreviation) return Terminal::Abbrev;
  if (t.kind != TokenKind::Punct) return Terminal::None;
  const std::string_view s = v.text(i);
  if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 0x80) {
    // One ASCII byte (most punctuation): none of these is a hard terminal.
    switch (s[0]) {
      case '.': return Terminal::Period;
      case '!': case '?': return Terminal::Bang;
      case ':': return Terminal::Colon;
      case ';': return Terminal::Semicolon;
      default: return Terminal::None;
    }
  }
  if (s == ".") return Terminal::Period;
  if (s[0] == '.' || s == "…") return Terminal::Ellipsis;
  const char32_t cp = v.first_cp(i);
  if (cp == 0xFF01 || cp == 0xFF1F) return Terminal::Hard;
  if (cp == '!' || cp == '?' || cp == 0x203C || cp == 0x2049) return Terminal::Bang;
  if (text::is_hard_terminal(cp)) return Terminal::Hard;
  if (s == ":") return Terminal::Colon;
  if (s == ";") return Terminal::Semicolon;
  return Terminal::None;
}

// Whether a line ending with token i ends like a sentence (terminal mark, maybe closers).
inline bool line_ends_with_terminal(const TokenView &v, size_t first, size_t i) {
  while (i > first && v[i].kind == TokenKind::Punct && text::is_closing_punct(v.first_cp(i))) --i;
  const Terminal term = terminal_of(v, i);
  return term == Terminal::Period || term == Terminal::Ellipsis || term == Terminal::Bang ||
         term == Terminal::Hard;
}

}  // namespace quarry::segment
