// List markers: at the start of a line ("1.", "2)", "a)", "(b)", "•", "-") and inline
// enumerations ("Steps: 1. mix 2. bake"). Linear: one pass, each candidate looked at once.
#include <algorithm>
#include <string_view>

#include "segment/structure.hpp"
#include "segment/token_view.hpp"
#include "text/pages.hpp"

namespace quarry::segment {
namespace {

bool is_bullet(std::string_view s) {
  static constexpr std::string_view kBullets[] = {"•", "◦", "▪", "‣", "·", "-", "*", "–", "—",
                                                  "●", "■", "□", "►", "▶", "➢", "✓", "✔", "→", "+"};
  for (auto b : kBullets)
    if (s == b) return true;
  return false;
}

bool small_ascii_number(std::string_view s, int *value) {
  if (s.empty() || s.size() > 3) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

bool is_roman_or_letter(std::string_view s) {
  if (s.size() == 1) return (s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z';
  if (s.size() > 4) return false;
  for (char c : s)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return false;
  return true;
}

}  // namespace

std::vector<uint8_t> find_list_roles(std::string_view text, const std::vector<Token> &tokens) {
  return find_list_roles(text, tokens, index_tokens(text, tokens));
}

std::vector<uint8_t> find_list_roles(std::string_view text, const std::vector<Token> &tokens,
                                     const TokenIndex &index) {
  TokenView v(text, tokens);
  std::vector<uint8_t> roles;
  text::reserve_huge(roles, tokens.size());
  roles.resize(tokens.size(), 0);
  const size_t n = tokens.size();
  auto space_after = [&](size_t i) { return i + 1 < n && v.space_before(i + 1) && !v.newline_before(i + 1); };

  // Inline enumeration chain: candidate marker indices with consecutive values 1, 2, 3...
  struct Candidate { size_t token; int value; };
  std::vector<Candidate> chain;
  auto finish_chain = [&]() {
    if (chain.size() >= 2) {
      for (size_t k = 0; k < chain.size(); ++k) {
        const size_t t = chain[k].token;
        roles[t + 1] |= kMarkerPunct;
        const bool after_colon = t > 0 && v.is_punct(t - 1, ":");
        if (k > 0 || !after_colon) roles[t] |= kListMarker;
      }
    }
    chain.clear();
  };

  // Only line starts and numbers right before "." or ")" can be markers, and the tokenizer
  // listed both: visit them in order instead of walking every token.
  auto visit = [&](size_t i) {
    const bool line_start = i == 0 || v.newline_before(i);
    const TokenKind kind = v[i].kind;
    if (i > 0 && v[i].newlines_before >= 2) finish_chain();
    const std::string_view s = v.text(i);
    if (line_start) {
      int value = 0;
      if ((kind == TokenKind::Punct || kind == TokenKind::Symbol) && is_bullet(s) && space_after(i)) {
        roles[i] |= kListMarker;
        return;
      }
      // "1." "1)" "a)" "iv." at the start of a line.
      if (i + 1 < n && !v.space_before(i + 1) && (v.is_punct(i + 1, ".") || v.is_punct(i + 1, ")")) &&
          space_after(i + 1) &&
          ((kind == TokenKind::Number && small_ascii_number(s, &value)) ||
           (kind == TokenKind::Word && is_roman_or_letter(s) &&
            (v.is_punct(i + 1, ")") || v.starts_lower(i) || s.size() > 1)))) {
        roles[i] |= kListMarker;
        roles[i + 1] |= kMarkerPunct;
      }
      // "(a)" "(1)" at the start of a line.
      if (v.is_punct(i, "(") && i + 2 < n && v.is_punct(i + 2, ")") && !v.space_before(i + 1) &&
          !v.space_before(i + 2) && space_after(i + 2) &&
          ((v[i + 1].kind == TokenKind::Number && small_ascii_number(v.text(i + 1), &value)) ||
           (v[i + 1].kind == TokenKind::Word && is_roman_or_letter(v.text(i + 1))))) {
        roles[i] |= kListMarker;
        roles[i + 2] |= kMarkerPunct;
      }
    }
    // Inline enumeration candidates: " 3. " or " 3) " followed by more text.
    int value = 0;
    if (kind == TokenKind::Number && i + 2 < n && !v.space_before(i + 1) &&
        (v.is_punct(i + 1, ".") || v.is_punct(i + 1, ")")) && v.space_before(i + 2) &&
        (line_start || v.space_before(i)) && small_ascii_number(s, &value) && value >= 1 && value <= 50) {
      if (value == 1) {
        finish_chain();
        chain.push_back({i, 1});
      } else if (!chain.empty() && chain.back().value + 1 == value) {
        chain.push_back({i, value});
      }
    }
  };
  const std::vector<uint32_t> &lines = index.line_starts, &numbers = index.numbers_before_mark;
  size_t a = 0, b = 0;
  for (size_t i = 0; i < n;) {
    visit(i);
    while (a < lines.size() && lines[a] <= i) ++a;
    while (b < numbers.size() && numbers[b] <= i) ++b;
    size_t next = n;
    if (a < lines.size()) next = std::min<size_t>(next, lines[a]);
    if (b < numbers.size()) next = std::min<size_t>(next, numbers[b]);
    i = next;
  }
  finish_chain();
  return roles;
}

}  // namespace quarry::segment
