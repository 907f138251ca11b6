// Sentences within each paragraph. Each candidate terminal looks at most at its closers and
// the token after them, so the pass is linear.
#include "lexicon/lexicon.hpp"
#include "segment/structure.hpp"
#include "segment/token_view.hpp"
#include "text/pages.hpp"

namespace quarry::segment {

bool is_heading_line(const TokenView &v, const std::vector<uint8_t> &roles, size_t a, size_t b);

namespace {

using lexicon::AbbreviationClass;

class SentenceSplitter {
 public:
  SentenceSplitter(const TokenView &v, const std::vector<uint8_t> &roles) : v_(v), roles_(roles) {}

  void split(const Paragraph &p, uint32_t paragraph_index, std::vector<Sentence> &out) {
    end_ = p.end_token;
    size_t s = p.first_token;
    size_t line = p.first_token;
    auto close = [&](size_t a, size_t b) {  // tokens [a, b)
      if (a < b)
        out.push_back(Sentence{v_[a].start, v_[b - 1].end, paragraph_index, uint32_t(a), uint32_t(b)});
    };
    const Token *tk = &v_[0];
    const uint8_t *roles = roles_.data();
    // Most tokens are words or numbers inside a line, with no list role: nothing to decide.
    auto plain = [tk, roles](size_t t) {
      return (tk[t].kind == TokenKind::Word || tk[t].kind == TokenKind::Number) &&
             !(tk[t].flags & kNewlineBefore) && !roles[t];
    };
    for (size_t t = p.first_token; t < end_; ++t) {
      while (t < end_ && plain(t)) ++t;
      if (t >= end_) break;
      if (t > p.first_token && v_.newline_before(t)) {
        if (t > s && line_break_ends(line, t)) {
          close(s, t);
          s = t;
        }
        line = t;
      }
      if (t > s && (roles_[t] & kListMarker)) {
        close(s, t);
        s = t;
      }
      const size_t last = sentence_end_at(t);
      if (last != kNo) {
        close(s, last + 1);
        s = last + 1;
        t = last;
      }
    }
    close(s, end_);
  }

 private:
  static constexpr size_t kNo = static_cast<size_t>(-1);
  const TokenView &v_;
  const std::vector<uint8_t> &roles_;
  size_t end_ = 0;

  bool is_closer(size_t i) const {
    const Token &t = v_[i];
    if (t.flags & kSpaceBefore) return false;
    if (t.kind == TokenKind::Citation) return true;
    return t.kind == TokenKind::Punct && text::is_closing_punct(v_.first_cp(i));
  }

  // The first token after i that carries content: skips opening quotes and brackets.
  size_t content_after(size_t i) const {
    if (i >= end_ || v_[i].kind != TokenKind::Punct) return i;  // most tokens: inline
    return content_after_punct(i);
  }
  [[gnu::noinline]] size_t content_after_punct(size_t i) const {
    size_t k = i;
    while (k < end_ && v_[k].kind == TokenKind::Punct &&
           (text::is_opening_punct(v_.first_cp(k)) || v_.text(k) == "\u2014" || v_.text(k) == "\u2013"))
      ++k;
    return k < end_ ? k : i;
  }

  bool next_is_lower(size_t next) const { return v_.starts_lower(content_after(next)); }

  bool next_is_starter(size_t next) const {
    const size_t k = content_after(next);
    // An opening quote after an ambiguous period starts anew, but not a bracket around a
    // number: "at 8 a.m. (0400 GMT) and".
    if (k != next) return !(k == next + 1 && v_.text(next) == "(" && v_[k].kind == TokenKind::Number);
    return v_[k].kind == TokenKind::Word && lexicon::is_sentence_starter(v_.text(k));
  }

  bool script_word(size_t i, text::Script script) const {
    return i < end_ && (v_[i].kind == TokenKind::Word || v_[i].kind == TokenKind::Abbreviation) &&
           v_.first_info(i).script == script;
  }

  // If token t ends a sentence, the index of the sentence's last token (t or its closers).
  size_t sentence_end_at(size_t t) const {
    if (roles_[t] & kMarkerPunct) return kNo;
    const Terminal term = terminal_of(v_, t);
    if (term == Terminal::None) return kNo;
    size_t c = t + 1;
    while (c < end_ && is_closer(c)) ++c;
    const size_t last = c - 1;
    const size_t next = c;
    if (next >= end_) {
      // The end of the paragraph ends the sentence, except for a lone colon or semicolon.
      return (term == Terminal::Colon || term == Terminal::Semicolon) ? kNo : last;
    }
    // "2 mi.?" or "etc.!": a mark right after the period decides.
    if ((term == Terminal::Period || term == Terminal::Abbrev) && !v_.space_before(next)) {
      const Terminal after = terminal_of(v_, next);
      if (after == Terminal::Bang || after == Terminal::Ellipsis || after == Terminal::Hard) return kNo;
    }
    switch (term) {
      case Terminal::Hard:
        return last;
      case Terminal::Period:
        return next_is_lower(next) ? kNo : last;
      case Terminal::Bang:
        return next_is_lower(next) ? kNo : last;
      case Terminal::Ellipsis: {
        const size_t k = content_after(next);
        if (next_is_lower(next)) return kNo;
        const text::CharInfo info = v_.first_info(k);
        return (info.upper || v_.newline_before(next)) ? last : kNo;
      }
      case Terminal::Abbrev:
        return abbreviation_ends(t, last, next);
      case Terminal::Colon:
        // Armenian writers often type ":" for the full stop "։".
        return (script_word(t - (t > 0 ? 1 : 0), text::Script::Armenian) && t > 0 &&
                v_.space_before(next) && script_word(next, text::Script::Armenian))
                   ? last
                   : kNo;
      case Terminal::Semicolon:
        // In Greek, ";" is the question mark.
        return (t > 0 && script_word(t - 1, text::Script::Greek) && v_.space_before(next)) ? last : kNo;
      case Terminal::None:
        break;
    }
    return kNo;
  }

  bool unit_after_number(size_t t) const {
    if (t == 0 || v_.newline_before(t)) return false;
    return v_[t - 1].kind == TokenKind::Number || unit_between(t);
  }

  // Another unit between the number and the unit at t, with its period or without: "5 тыс.
  // руб.", "1,2 млрд долл.". Out of line: inlined, it made GCC outline content_after from the
  // hot path.
  [[gnu::noinline]] bool unit_between(size_t t) const {
    const Token &prev = v_[t - 1];
    const bool abbreviation = prev.kind == TokenKind::Abbreviation;
    if ((!abbreviation && prev.kind != TokenKind::Word) || t < 2 || v_.newline_before(t - 1) ||
        v_[t - 2].kind != TokenKind::Number)
      return false;
    std::string_view form = v_.text(t - 1);
    form.remove_suffix(abbreviation);
    return lexicon::abbreviation_class(form) == AbbreviationClass::Unit;
  }

  size_t abbreviation_ends(size_t t, size_t last, size_t next) const {
    std::string_view form = v_.text(t);
    form.remove_suffix(1);
    AbbreviationClass cls = lexicon::abbreviation_class(form);
    if (cls == AbbreviationClass::Title || cls == AbbreviationClass::Never) return kNo;
    if (next_is_lower(next)) return kNo;
    // A unit after its number, or after another unit, ends the sentence as a period would
    // ("Снег 30 см. Площадь", "5 тыс. руб. Спрос"); elsewhere it is a general abbreviation.
    if (cls == AbbreviationClass::Unit && unit_after_number(t)) return last;
    const bool number_next = v_[next].kind == TokenKind::Number;
    if (cls == AbbreviationClass::Month || cls == AbbreviationClass::NumPrefix) {
      if (number_next) return kNo;
      if (cls == AbbreviationClass::NumPrefix) return last;  // "the answer was No."
      // A range of months: "Sept.–Oct. 2023", "Nov.-Dec.".
      if (!v_.space_before(next)) {
        const std::string_view dash = v_.text(next);
        if (dash == "-" || dash == "\u2013" || dash == "\u2014") return kNo;
      }
      // A capitalized word after the month: the date ended the sentence ("talks ended on 15
      // Oct. President Biden spoke later"); a day or a year after it goes on (above).
      if ((v_[next].kind == TokenKind::Word || v_[next].kind == TokenKind::Abbreviation) &&
          v_.first_info(next).upper)
        return last;
    }
    if (cls == AbbreviationClass::None) {
      // An initial ("J.", "Z."): names go on after it. The letter of a degree is none: "40 °C.
      // Authorities".
      if (!v_.space_before(t) && t > 0 && v_.text(t - 1) == "\u00B0") return last;
      return next_is_starter(next) ? last : kNo;
    }
    if (v_.newline_before(next) || next_is_starter(next)) return last;
    return kNo;
  }

  // Whether a single line break before token t ends the sentence; the line is [line, t).
  bool line_break_ends(size_t line, size_t t) const {
    const size_t prev = t - 1;
    if (roles_[t] & kListMarker) return true;
    size_t k = prev;
    while (k > line && v_[k].kind == TokenKind::Punct && text::is_closing_punct(v_.first_cp(k))) --k;
    if (terminal_of(v_, k) != Terminal::None) return false;  // the terminal decided already
    if (next_is_lower(t)) return false;
    const std::string_view end = v_.text(prev);
    if (v_[prev].kind == TokenKind::Punct) {
      if (end == "," || end == ";" || end == ":" || end == "-" || end == "–" || end == "—" || end == "&" ||
          text::is_opening_punct(v_.first_cp(prev)))
        return false;
    }
    if (v_[prev].kind == TokenKind::Word && lexicon::is_function_word(end)) return false;
    if (is_heading_line(v_, roles_, line, t)) return true;
    // A short line (a byline, a dateline, a list without markers) stands alone.
    return v_[prev].end - v_[line].start < 50;
  }
};

}  // namespace

void split_sentences(std::string_view text, const std::vector<Token> &tokens,
                     const std::vector<uint8_t> &roles, const std::vector<Paragraph> &paragraphs,
                     std::vector<Sentence> &out) {
  TokenView v(text, tokens);
  // Room for a sentence per 4 tokens: only the pages written are ever touched, and the
  // vector does not grow (and copy) ~20 times on a big document.
  text::reserve_huge(out, out.size() + tokens.size() / 4 + 16);
  SentenceSplitter splitter(v, roles);
  for (size_t p = 0; p < paragraphs.size(); ++p) splitter.split(paragraphs[p], uint32_t(p), out);
}

}  // namespace quarry::segment
