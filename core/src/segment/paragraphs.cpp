// Paragraphs: blocks separated by blank lines, and heading lines that stand as their own block.
#include <algorithm>

#include "lexicon/lexicon.hpp"
#include "segment/structure.hpp"
#include "segment/token_view.hpp"

namespace quarry::segment {
namespace {

// Share of capitalized words among the words of [a, b), in percent; -1 when fewer than 2 words.
int capitalized_share(const TokenView &v, size_t a, size_t b) {
  int words = 0, caps = 0;
  for (size_t i = a; i < b; ++i) {
    if (v[i].kind != TokenKind::Word) continue;
    ++words;
    caps += v.starts_upper(i) ? 1 : 0;
  }
  return words < 2 ? -1 : caps * 100 / words;
}

}  // namespace

// A heading: one short line that does not end like a sentence or lead into what follows.
bool is_heading_line(const TokenView &v, const std::vector<uint8_t> &roles, size_t a, size_t b) {
  const size_t last = b - 1;
  if (roles[a] & kListMarker) return false;
  const text::CharInfo first = v.first_info(a);
  const bool starts_ok = v.text(a) == "#" || (first.cls == text::CharClass::Letter && !first.lower) ||
                         first.cls == text::CharClass::Digit;
  if (!starts_ok) return false;
  if (line_ends_with_terminal(v, a, last) || terminal_of(v, last) == Terminal::Abbrev) return false;
  const std::string_view end = v.text(last);
  if (end == ":" || end == "," || end == ";" || end == "-" || end == "(") return false;
  if (v[last].kind == TokenKind::Word && lexicon::is_function_word(end)) return false;
  const uint32_t bytes = v[last].end - v[a].start;
  if (bytes < 50) return true;
  return bytes < 120 && capitalized_share(v, a, b) >= 75;
}

void split_paragraphs(std::string_view text, const std::vector<Token> &tokens,
                      const std::vector<uint8_t> &roles, std::vector<Paragraph> &out) {
  split_paragraphs(text, tokens, roles, index_tokens(text, tokens), out);
}

void split_paragraphs(std::string_view text, const std::vector<Token> &tokens,
                      const std::vector<uint8_t> &roles, const TokenIndex &index, std::vector<Paragraph> &out) {
  TokenView v(text, tokens);
  const size_t n = tokens.size();
  auto push = [&](size_t a, size_t b) {
    if (a < b) out.push_back(Paragraph{v[a].start, v[b - 1].end, uint32_t(a), uint32_t(b)});
  };
  size_t block = 0;  // start of the current paragraph
  size_t line = 0;   // start of the current line
  bool line_is_block_start = true;
  // Only line ends matter: visit the line starts the tokenizer listed, then the end.
  const std::vector<uint32_t> &lines = index.line_starts;
  size_t next_line = 0;
  for (size_t i = 1; i <= n; ++i) {
    while (next_line < lines.size() && lines[next_line] < i) ++next_line;
    i = next_line < lines.size() ? std::min<size_t>(lines[next_line], n) : n;
    // The line [line, i) just ended.
    if (i == n || v[i].newlines_before >= 2) {
      push(block, i);
      block = i;
      line = i;
      line_is_block_start = true;
      continue;
    }
    // A single line break: does the line [line, i) stand alone as a heading?
    if (line_is_block_start && !(roles[i] & kListMarker) && !v.starts_lower(i) &&
        is_heading_line(v, roles, line, i)) {
      push(block, i);
      block = i;
    }
    line_is_block_start = block == i;
    line = i;
  }
}

}  // namespace quarry::segment
