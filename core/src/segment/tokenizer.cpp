// The tokenizer: one left-to-right scan. Each probe that looks ahead either consumes what it
// looked at, is bounded by a constant, or records how far it is known to fail, so the whole
// scan stays linear even on a million dots, digits or brackets in a row.
#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.hpp"
#include "segment/token.hpp"
#include "text/chars.hpp"
#include "text/pages.hpp"
#include "text/utf8.hpp"

namespace quarry::segment {
namespace {

using text::CharClass;
using text::CharInfo;

struct Ch {
  char32_t cp;
  uint32_t len;  // 0 at the end of the text
  CharInfo info;
  bool valid;
};

// Byte classes for the fast paths, one table lookup each.
enum : uint8_t {
  kByteAlnum = 1,        // ASCII letter or digit
  kByteWordGoesOn = 2,   // after ASCII letters, the word may go on (apostrophe, hyphen,
                         // period, underscore, '&', non-ASCII) or turn into a URL or an
                         // email (':', '@', '+', '%')
  kByteNumberGoesOn = 4, // after ASCII digits, the number may go on (separators, letters of
                         // "1st" or "1990s", non-ASCII group spaces and digits, keycaps)
};
struct ByteTable {
  uint8_t t[256] = {};
  constexpr ByteTable() {
    for (int c = '0'; c <= '9'; ++c) t[c] = kByteAlnum;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = kByteAlnum | kByteNumberGoesOn;
    for (int c = 0x80; c < 256; ++c) t[c] = kByteWordGoesOn | kByteNumberGoesOn;
    for (unsigned char c : {'\'', '-', '.', '_', '&', ':', '@', '+', '%'}) t[c] |= kByteWordGoesOn;
    for (unsigned char c : {',', '.', '\'', ':'}) t[c] |= kByteNumberGoesOn;
  }
};
constexpr ByteTable kBytes{};
inline bool ascii_alnum(unsigned char b) { return kBytes.t[b] & kByteAlnum; }
bool ascii_alpha(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }
bool ascii_digit(unsigned char b) { return b >= '0' && b <= '9'; }
bool ascii_upper(unsigned char b) { return b >= 'A' && b <= 'Z'; }
char ascii_lower(unsigned char b) { return static_cast<char>(ascii_upper(b) ? b | 0x20 : b); }

bool is_cjk(text::Script s) {
  return s == text::Script::Han || s == text::Script::Hiragana || s == text::Script::Katakana;
}

bool is_armenian_word_mark(char32_t cp) {
  return cp == 0x055B || cp == 0x055C || cp == 0x055E || cp == 0x055F;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token> &out, TokenIndex *index)
      : s_(reinterpret_cast<const unsigned char *>(text.data())), n_(text.size()), out_(out), index_(index),
        base_(out.size()) {
    // Tokens are written through a raw cursor (push_back's checks and reloads cost ~18
    // instructions per token). Room for one token per 5 bytes (English news) is reserved
    // once, but sized (so zeroed and faulted in) only a chunk at a time: a million dots make
    // one token and must not pay for 200,000. finish() trims the vector to what was written.
    text::reserve_huge(out_, out_.size() + n_ / 5 + 16);
    next_ = limit_ = out_.data() + out_.size();
  }

  void finish() { out_.resize(static_cast<size_t>(next_ - out_.data())); }
  size_t first_invalid() const { return first_invalid_; }

  void run() {
    size_t i = 0;
    while (i < n_) {
      const unsigned char b = s_[i];
      if (b < 0x80) {
        // ASCII fast paths for the commonest characters.
        if (b == ' ') {
          pending_ |= kSpaceBefore << 8;
          ++i;
          continue;
        }
        if (b == '\n') {
          // A run of line breaks (blank lines) is counted at once.
          size_t j = i + 1;
          while (j < n_ && s_[j] == '\n') ++j;
          note_newline(j - i);
          i = j;
          continue;
        }
        if (ascii_alpha(b)) {
          // A plain ASCII word followed by a byte that cannot continue it nor make it part
          // of a URL ("http:") or an email ("anna@", "a+b@"): most words end here.
          const size_t j = alnum_end(i + 1);
          if (j >= n_ || !(kBytes.t[s_[j]] & kByteWordGoesOn)) {
            emit(i, j, TokenKind::Word);
            i = j;
            continue;
          }
          i = scan_ascii_word_rest(i, j);
          continue;
        }
        if (ascii_digit(b)) {
          // Plain ASCII digits followed by a byte that cannot continue a number.
          size_t j = i + 1;
          while (j < n_ && ascii_digit(s_[j])) ++j;
          if (j >= n_ || !(kBytes.t[s_[j]] & kByteNumberGoesOn)) {
            emit_number(i, j);
            i = j;
            continue;
          }
          if (!followed_by_emoji_presentation(i + 1)) {
            i = scan_number(i);
            continue;
          }
        }
        if (b > ' ' && b != 0x7F && !(b == '#' || b == '*') ) {
          const Ch c{b, 1, text::kAsciiInfo[b], true};
          i = c.info.cls == CharClass::Punct ? scan_punct(i, c) : scan_symbol(i, c);
          continue;
        }
      }
      const Ch c = at(i);
      if (!c.valid) {
        if (first_invalid_ == SIZE_MAX) first_invalid_ = i;
        emit(i, i + c.len, TokenKind::Symbol, kInvalidUtf8);
        i += c.len;
        continue;
      }
      if (text::is_emoji_start(c.cp) || (c.cp >= 0xA9 && followed_by_emoji_presentation(i + c.len) &&
                                         c.info.cls != CharClass::Letter)) {
        i = scan_emoji(i);
        continue;
      }
      switch (c.info.cls) {
        case CharClass::Space:
          pending_ |= kSpaceBefore << 8;
          i += c.len;
          break;
        case CharClass::Newline:
          note_newline();
          if (c.cp == 0x2029 || c.cp == 0x0C) note_newline();  // paragraph separator, form feed
          i += (c.cp == '\r' && i + 1 < n_ && s_[i + 1] == '\n') ? 2 : c.len;
          break;
        case CharClass::Letter:
        case CharClass::Mark:
          i = scan_letter_start(i);
          break;
        case CharClass::Digit:
          i = scan_number(i);
          break;
        case CharClass::Punct:
          i = scan_punct(i, c);
          break;
        case CharClass::Symbol:
          i = scan_symbol(i, c);
          break;
        case CharClass::NumberOther:
          i = emit_number(i, skip_marks(i + c.len));
          break;
        case CharClass::Control:
          i = emit_single(i, c, TokenKind::Symbol);
          break;
      }
    }
  }

 private:
  const unsigned char *s_;
  size_t n_;
  std::vector<Token> &out_;
  TokenIndex *index_;  // may be null
  size_t base_;        // tokens in out_ before this text's
  Token *next_ = nullptr;   // where the next token goes
  Token *limit_ = nullptr;  // end of the space sized so far
  size_t first_invalid_ = SIZE_MAX;  // offset of the first bad UTF-8 sequence
  // The flags (bits 8-15) and line-break count (bits 16-23) for the next token, laid out as
  // bytes 8-11 of a Token (kind, flags, newlines_before, reserved) on a little-endian machine.
  uint32_t pending_ = 0;
  size_t email_fail_until_ = 0;  // starts before this offset are known not to be emails
  size_t next_at_ = 0;           // offset of the next '@' at or after the last probe; SIZE_MAX: none

  Ch at(size_t pos) const {
    if (pos >= n_) return {0, 0, CharInfo{CharClass::Space, false, false, text::Script::Common}, true};
    const unsigned char b = s_[pos];
    if (b < 0x80) return {b, 1, text::char_info(b), true};
    const text::Decoded d = text::decode_utf8(s_ + pos, s_ + n_);
    if (!d.valid) return {0xFFFD, d.len, CharInfo{CharClass::Control, false, false, text::Script::Common}, false};
    return {d.cp, d.len, cached_info(d.cp), true};
  }

  // Non-ASCII character classes cost a Unicode table walk; text repeats the same few
  // hundred code points, so a small direct-mapped cache answers most lookups.
  CharInfo cached_info(char32_t cp) const {
    CacheEntry &e = cache_[(cp * 2654435761u) >> (32 - kCacheBits)];
    if (e.cp != cp) {
      e.cp = cp;
      e.info = text::char_info(cp);
    }
    return e.info;
  }
  static constexpr unsigned kCacheBits = 10;
  struct CacheEntry {
    char32_t cp = 0xFFFFFFFF;
    CharInfo info{};
  };
  mutable CacheEntry cache_[1u << kCacheBits];

  void note_newline(size_t count = 1) {
    if (index_ && !(pending_ & (kNewlineBefore << 8)))
      index_->line_starts.push_back(static_cast<uint32_t>(next_ - out_.data() - base_));
    pending_ |= (kSpaceBefore | kNewlineBefore) << 8;
    const size_t newlines = std::min<size_t>(255, (pending_ >> 16) + count);  // capped at 255
    pending_ = (pending_ & 0xFFFFu) | static_cast<uint32_t>(newlines << 16);
  }

  size_t emit_number(size_t i, size_t j) {
    if (index_ && j < n_ && (s_[j] == '.' || s_[j] == ')'))
      index_->numbers_before_mark.push_back(static_cast<uint32_t>(next_ - out_.data() - base_));
    emit(i, j, TokenKind::Number);
    return j;
  }

  void emit(size_t start, size_t end, TokenKind kind, uint8_t extra = 0) {
    if (next_ == limit_) grow();
    Token *t = next_++;
    t->start = static_cast<uint32_t>(start);
    t->end = static_cast<uint32_t>(end);
    const uint32_t meta = pending_ | static_cast<uint32_t>(kind) | (uint32_t{extra} << 8);
    if constexpr (std::endian::native == std::endian::little && offsetof(Token, flags) == offsetof(Token, kind) + 1 &&
                  offsetof(Token, newlines_before) == offsetof(Token, kind) + 2 &&
                  offsetof(Token, reserved) == offsetof(Token, kind) + 3) {
      // One 4-byte store instead of four byte stores.
      std::memcpy(reinterpret_cast<unsigned char *>(t) + offsetof(Token, kind), &meta, 4);
    } else {
      t->kind = kind;
      t->flags = static_cast<uint8_t>(meta >> 8);
      t->newlines_before = static_cast<uint8_t>(meta >> 16);
      t->reserved = 0;
    }
    pending_ = 0;
  }

  [[gnu::noinline]] void grow() {
    const size_t written = static_cast<size_t>(next_ - out_.data());
    if (written == out_.capacity()) text::reserve_huge(out_, written + written / 2 + 1024);
    out_.resize(std::min(out_.capacity(), written + kChunk));
    next_ = out_.data() + written;
    limit_ = out_.data() + out_.size();
  }
  static constexpr size_t kChunk = 16384;  // tokens sized at a time (192 KB)

  // End of the run of ASCII letters and digits from j: 16 bytes at a time where SSE2 is
  // there (a word's end costs no mispredicted loop exit), byte by byte elsewhere.
  size_t alnum_end(size_t j) const {
#if defined(__SSE2__)
    while (j + 16 <= n_) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s_ + j));
      const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
      const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
      const __m128i a = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
      const __m128i alpha = _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a);
      const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, alpha))) & 0xFFFFu;
      if (other) return j + static_cast<size_t>(__builtin_ctz(other));
      j += 16;
    }
#endif
    while (j < n_ && ascii_alnum(s_[j])) ++j;
    return j;
  }

  // Combining marks and variation selectors that follow a character belong to it.
  size_t skip_marks(size_t j) const {
    while (j < n_ && s_[j] >= 0x80) {
      const Ch c = at(j);
      if (!c.valid || c.info.cls != CharClass::Mark) break;
      j += c.len;
    }
    return j;
  }

  size_t emit_single(size_t i, const Ch &c, TokenKind kind) {
    const size_t j = skip_marks(i + c.len);
    emit(i, j, kind);
    return j;
  }

  bool followed_by_emoji_presentation(size_t j) const {
    // U+FE0F (emoji presentation) or U+20E3 (keycap) right after.
    if (j + 3 > n_) return false;
    return (s_[j] == 0xEF && s_[j + 1] == 0xB8 && s_[j + 2] == 0x8F) ||
           (s_[j] == 0xE2 && s_[j + 1] == 0x83 && s_[j + 2] == 0xA3);
  }

  size_t scan_emoji(size_t i) {
    Ch c = at(i);
    char32_t prev = c.cp;
    size_t j = i + c.len;
    utf8proc_int32_t state = 0;
    // Prime the state with the first code point.
    utf8proc_grapheme_break_stateful(0, static_cast<utf8proc_int32_t>(prev), &state);
    while (j < n_) {
      const Ch d = at(j);
      if (!d.valid) break;
      if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(prev),
                                           static_cast<utf8proc_int32_t>(d.cp), &state))
        break;
      prev = d.cp;
      j += d.len;
    }
    emit(i, j, TokenKind::Emoji);
    return j;
  }

  // ------------------------------------------------------------------ URLs and emails

  size_t url_scheme_length(size_t i) const {
    // Cheap gate: "ht"tp, "ft"p, "ww"w.
    if (i + 4 >= n_) return 0;
    const char first = ascii_lower(s_[i]), second = ascii_lower(s_[i + 1]);
    if (!((first == 'h' || first == 'f') && second == 't') && !(first == 'w' && second == 'w')) return 0;
    auto starts_ci = [&](const char *lit) {
      size_t k = 0;
      for (; lit[k]; ++k) {
        if (i + k >= n_ || ascii_lower(s_[i + k]) != lit[k]) return size_t{0};
      }
      return k;
    };
    for (const char *scheme : {"https://", "http://", "ftp://"}) {
      const size_t k = starts_ci(scheme);
      if (k && i + k < n_ && at(i + k).info.cls != CharClass::Space &&
          at(i + k).info.cls != CharClass::Newline)
        return k;
    }
    const size_t k = starts_ci("www.");
    if (k && i + k < n_ && ascii_alnum(s_[i + k])) return k;
    return 0;
  }

  static bool url_stop_byte(unsigned char b) {
    return b <= ' ' || b == '<' || b == '>' || b == '"' || b == '`' || b == '{' || b == '}' ||
           b == '|' || b == '\\' || b == '^' || b == 0x7F;
  }

  // Scans the rest of a URL from j (inside it) and trims the punctuation that ends a
  // sentence or closes a bracket opened before the URL.
  size_t scan_url_rest(size_t i, size_t j) {
    int parens = 0, brackets = 0;
    for (size_t k = i; k < j; ++k) {
      parens += s_[k] == '(' ? 1 : s_[k] == ')' ? -1 : 0;
      brackets += s_[k] == '[' ? 1 : s_[k] == ']' ? -1 : 0;
    }
    while (j < n_) {
      const unsigned char b = s_[j];
      if (b < 0x80) {
        if (url_stop_byte(b)) break;
        parens += b == '(' ? 1 : b == ')' ? -1 : 0;
        brackets += b == '[' ? 1 : b == ']' ? -1 : 0;
        ++j;
        continue;
      }
      const Ch c = at(j);
      if (!c.valid || c.info.cls == CharClass::Space || c.info.cls == CharClass::Newline) break;
      if (text::is_closing_punct(c.cp) || text::is_opening_punct(c.cp)) break;  // quotes
      j += c.len;
    }
    while (j > i) {
      const unsigned char b = s_[j - 1];
      if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '\'' ||
          b == '*') {
        --j;
      } else if (b == ')' && parens < 0) {
        ++parens;
        --j;
      } else if (b == ']' && brackets < 0) {
        ++brackets;
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  static bool email_local_byte(unsigned char b) {
    return ascii_alnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
  }

  // Returns the end of an email starting at i, or 0.
  size_t probe_email(size_t i) {
    if (i < email_fail_until_) return 0;
    // Only worth a look when an '@' follows closely: find the next one once, reuse it.
    if (next_at_ != SIZE_MAX && next_at_ < i) {
      const void *at_sign = std::memchr(s_ + i, '@', n_ - i);
      next_at_ = at_sign ? static_cast<size_t>(static_cast<const unsigned char *>(at_sign) - s_) : SIZE_MAX;
    }
    if (next_at_ == SIZE_MAX || next_at_ - i > 64) return 0;
    size_t j = i;
    while (j < n_ && email_local_byte(s_[j])) ++j;
    if (j >= n_ || s_[j] != '@' || j == i || s_[j - 1] == '.') {
      email_fail_until_ = j;
      return 0;
    }
    size_t k = j + 1;
    size_t last_dot = 0;
    while (k < n_ && (ascii_alnum(s_[k]) || s_[k] == '-' || s_[k] == '.')) {
      if (s_[k] == '.') {
        if (s_[k - 1] == '.' || s_[k - 1] == '@') break;
        last_dot = k;
      }
      ++k;
    }
    while (k > j + 1 && (s_[k - 1] == '.' || s_[k - 1] == '-')) --k;
    while (last_dot > 0 && last_dot >= k) {
      --last_dot;
      while (last_dot > j && s_[last_dot] != '.') --last_dot;
      if (last_dot <= j) last_dot = 0;
    }
    if (last_dot == 0 || last_dot + 1 >= k) {
      email_fail_until_ = j;
      return 0;
    }
    for (size_t t = last_dot + 1; t < k; ++t) {
      if (!ascii_alpha(s_[t])) {
        email_fail_until_ = j;
        return 0;
      }
    }
    if (k - last_dot - 1 < 2) {
      email_fail_until_ = j;
      return 0;
    }
    return k;
  }

  // --------------------------------------------------------------------------- words

  size_t scan_letter_start(size_t i) {
    if (s_[i] < 0x80) {
      const size_t j = alnum_end(i + 1);
      if (j >= n_ || !(kBytes.t[s_[j]] & kByteWordGoesOn)) {
        emit(i, j, TokenKind::Word);
        return j;
      }
      return scan_ascii_word_rest(i, j);
    }
    return scan_word(i, i);
  }

  // An ASCII word [i, j) followed by a byte that may continue it or make it a link.
  [[gnu::noinline]] size_t scan_ascii_word_rest(size_t i, size_t j) {
    {
      // "word. ": the commonest ending after the plain one. No URL or email can start here
      // (their probes would stop at the white space), so only the abbreviation test is left,
      // exactly as scan_word would decide it.
      if (s_[j] == '.' && (j + 1 >= n_ || s_[j + 1] == ' ' || s_[j + 1] == '\n')) {
        if (keeps_period(i, j)) {
          emit(i, j + 1, TokenKind::Abbreviation);
          return j + 1;
        }
        emit(i, j, TokenKind::Word);
        return j;
      }
      if (const size_t k = url_scheme_length(i)) {
        const size_t j = scan_url_rest(i, i + k);
        if (j > i + k) {
          emit(i, j, TokenKind::Url);
          return j;
        }
      }
      if (const size_t e = probe_email(i)) {
        emit(i, e, TokenKind::Email);
        return e;
      }
      return scan_word(i, j);
    }
  }

  // Length of the code point that ends right before j.
  size_t prev_len(size_t j) const {
    size_t k = j - 1;
    while (k > 0 && j - k < 4 && (s_[k] & 0xC0) == 0x80) --k;
    return j - k;
  }

  bool is_word_char_at(size_t j) const {
    const Ch c = at(j);
    return c.len && c.valid && text::is_word_class(c.info.cls);
  }

  // Length in code points of the letter run [a, b), capped at 3.
  int short_letter_run(size_t a, size_t b) const {
    int count = 0;
    for (size_t k = a; k < b && count < 3;) {
      const Ch c = at(k);
      if (c.info.cls != CharClass::Letter && c.info.cls != CharClass::Mark) return 3;
      if (c.info.cls == CharClass::Letter) ++count;
      k += c.len;
    }
    return count;
  }

  // At a '.' at position dot after the letter run [seg, dot): if "X.Y." continues, returns
  // the end (after the last period) of the dotted initialism; else 0.
  size_t probe_initialism(size_t seg, size_t dot) const {
    if (short_letter_run(seg, dot) > 2) return 0;
    size_t p = dot + 1;
    size_t end = 0;
    for (int segments = 0; segments < 8; ++segments) {
      size_t q = p;
      while (q < n_) {
        const Ch c = at(q);
        if (c.info.cls != CharClass::Letter && c.info.cls != CharClass::Mark) break;
        q += c.len;
      }
      if (q == p || short_letter_run(p, q) > 2 || q >= n_ || s_[q] != '.') break;
      end = q + 1;
      p = q + 1;
      if (p >= n_ || at(p).info.cls != CharClass::Letter) break;
    }
    return end;
  }

  // The word starting at i; [i, from) is already known to be ASCII letters and digits.
  size_t scan_word(size_t i, size_t from) {
    size_t j = from;
    size_t seg = i;         // start of the current dot-free segment
    bool simple = true;     // no apostrophe or hyphen joined yet
    bool has_dot = false;
    for (;;) {
      while (j < n_) {
        const unsigned char b = s_[j];
        if (b < 0x80) {
          if (ascii_alnum(b)) {
            ++j;
            continue;
          }
          if (b == '_' && j > i && j + 1 < n_ && is_word_char_at(j + 1)) {
            ++j;
            continue;
          }
          break;
        }
        const Ch c = at(j);
        if (!c.valid) break;
        // Without a dictionary, each Han character is a word of its own, and a change
        // between Han, hiragana and katakana is a word boundary.
        if (c.info.cls == CharClass::Letter && j > i && is_cjk(c.info.script) &&
            c.info.script != at(j - prev_len(j)).info.script)
          break;
        if (c.info.script == text::Script::Han && c.info.cls == CharClass::Letter) {
          if (j > i) break;
          j = skip_marks(j + c.len);
          break;
        }
        if (text::is_word_class(c.info.cls) ||
            (c.info.cls == CharClass::NumberOther && j > i) ||
            (is_armenian_word_mark(c.cp) && j > i)) {
          j += c.len;
          continue;
        }
        break;
      }
      if (j >= n_) break;
      const Ch c = at(j);
      if (text::is_apostrophe(c.cp)) {
        size_t k = j + c.len;
        while (k < n_) {
          const Ch d = at(k);
          if (d.info.cls != CharClass::Letter) break;
          k += d.len;
        }
        if (k == j + c.len) break;
        const bool ends = k >= n_ || !is_word_char_at(k);
        if (ends && k - (j + c.len) <= 2) {
          char clitic[3] = {0, 0, 0};
          for (size_t t = j + c.len, m = 0; t < k; ++t, ++m) clitic[m] = ascii_lower(s_[t]);
          const std::string_view cl(clitic);
          if (cl == "s" || cl == "re" || cl == "ve" || cl == "ll" || cl == "d" || cl == "m") {
            emit(i, j, TokenKind::Word);
            emit(j, k, TokenKind::Word);
            return k;
          }
          if (cl == "t" && j > i + 1 && (s_[j - 1] == 'n' || s_[j - 1] == 'N')) {
            emit(i, j - 1, TokenKind::Word);
            emit(j - 1, k, TokenKind::Word);
            return k;
          }
        }
        simple = false;
        j = k;
        continue;
      }
      if (text::is_hyphen(c.cp)) {
        if (is_word_char_at(j + c.len)) {
          simple = false;
          j += c.len;
          continue;
        }
        break;
      }
      if (c.cp == '.') {
        const Ch next = at(j + 1);
        if (simple && !has_dot && seg == i && next.info.cls == CharClass::Letter) {
          if (const size_t end = probe_initialism(seg, j)) {
            emit(i, end, TokenKind::Abbreviation);
            return end;
          }
        }
        if (next.len && ((next.info.cls == CharClass::Letter && next.info.lower) ||
                         next.info.cls == CharClass::Digit || is_upper_extension(j + 1))) {
          has_dot = true;
          j += 1;
          seg = j;
          continue;
        }
        break;
      }
      if (c.cp == '&' && j > i && ascii_upper(s_[j - 1]) && j + 1 < n_ && ascii_upper(s_[j + 1])) {
        j += 1;
        continue;
      }
      break;
    }
    if (has_dot && is_bare_domain(i, j)) {
      if (j < n_ && s_[j] == '/') j = scan_url_rest(i, j);
      emit(i, j, TokenKind::Url);
      return j;
    }
    if (j < n_ && s_[j] == '.' && !(j + 1 < n_ && s_[j + 1] == '.') && keeps_period(i, j)) {
      emit(i, j + 1, TokenKind::Abbreviation);
      return j + 1;
    }
    emit(i, j, TokenKind::Word);
    return j;
  }

  // "XLSX" in "Budget2024.XLSX": a short all-capital extension right after a period.
  bool is_upper_extension(size_t j) const {
    size_t k = j;
    while (k < n_ && k - j <= 4 && (ascii_upper(s_[k]) || ascii_digit(s_[k]))) ++k;
    return k - j >= 2 && k - j <= 4 && ascii_upper(s_[j]) && (k >= n_ || !is_word_char_at(k)) &&
           !(k < n_ && s_[k] == '.');
  }

  bool is_bare_domain(size_t i, size_t j) const {
    size_t last_dot = 0;
    for (size_t k = i; k < j; ++k) {
      if (s_[k] >= 0x80) return false;
      if (s_[k] == '.') last_dot = k;
    }
    if (last_dot == 0 || j - last_dot - 1 > 6) return false;
    char label[8] = {};
    for (size_t k = last_dot + 1, m = 0; k < j; ++k, ++m) label[m] = ascii_lower(s_[k]);
    return lexicon::is_tld(label);
  }

  // Whether the word [i, j) keeps the period that follows it.
  bool keeps_period(size_t i, size_t j) const {
    // One letter that ends a number ("Building 4-A.", "были 90-е.") is no initial.
    if (i >= 2 && s_[i - 1] == '-' && ascii_digit(s_[i - 2]) && skip_marks(i + at(i).len) == j) return false;
    const std::string_view form(reinterpret_cast<const char *>(s_ + i), j - i);
    if (lexicon::abbreviation_class(form) != lexicon::AbbreviationClass::None) return true;
    // A single capital letter is an initial ("J. Edgar Hoover", "Հ.").
    const Ch c = at(i);
    return c.info.cls == CharClass::Letter && c.info.upper && skip_marks(i + c.len) == j;
  }

  // ------------------------------------------------------------------------- numbers

  size_t digits_from(size_t j, int *count) const {
    int n = 0;
    while (j < n_) {
      if (ascii_digit(s_[j])) {
        ++j;
        ++n;
        continue;
      }
      if (s_[j] < 0x80) break;
      const Ch c = at(j);
      if (c.info.cls != CharClass::Digit) break;
      j += c.len;
      ++n;
    }
    *count = n;
    return j;
  }

  // Length of a group separator at j that may sit between digit groups: no-break space,
  // thin space, narrow no-break space, apostrophe.
  size_t group_space_length(size_t j) const {
    if (j < n_ && s_[j] == '\'') return 1;
    if (j + 1 < n_ && s_[j] == 0xC2 && s_[j + 1] == 0xA0) return 2;
    if (j + 2 < n_ && s_[j] == 0xE2 && s_[j + 1] == 0x80 && (s_[j + 2] == 0x89 || s_[j + 2] == 0xAF))
      return 3;
    return 0;
  }

  size_t scan_number(size_t i) {
    int count = 0;
    size_t j = digits_from(i, &count);
    const int first_group = count;
    int last_group = count;
    int groups = 1;
    bool separators = false;
    for (;;) {
      if (j >= n_) break;
      const unsigned char b = s_[j];
      size_t sep = 0;
      if (b == ',' || b == '.') sep = 1;
      else if (b == 0xD9 && j + 1 < n_ && (s_[j + 1] == 0xAB || s_[j + 1] == 0xAC)) sep = 2;  // ٫ ٬
      if (sep && j + sep < n_ && at(j + sep).info.cls == CharClass::Digit) {
        j = digits_from(j + sep, &last_group);
        separators = true;
        ++groups;
        continue;
      }
      if (const size_t g = group_space_length(j); g && last_group <= 3) {
        int n = 0;
        const size_t k = digits_from(j + g, &n);
        if (n == 3) {
          j = k;
          last_group = 3;
          separators = true;
          ++groups;
          continue;
        }
      }
      if (b == ':' && (groups == 1 ? first_group <= 2 : true) && j + 2 < n_ + 0 &&
          ascii_digit(s_[j + 1]) && ascii_digit(s_[j + 2]) && !(j + 3 < n_ && ascii_digit(s_[j + 3]))) {
        j += 3;
        separators = true;
        ++groups;
        continue;
      }
      break;
    }
    if (j == i + 1 && followed_by_emoji_presentation(j)) return scan_emoji(i);
    if (j < n_ && (ascii_alpha(s_[j]) || s_[j] >= 0x80)) {
      const Ch c = at(j);
      if (c.info.cls == CharClass::Letter && s_[j] < 0x80) {
        size_t k = j;
        while (k < n_ && ascii_alpha(s_[k])) ++k;
        if (k - j <= 2 && (k >= n_ || !is_word_char_at(k))) {
          const char a = ascii_lower(s_[j]);
          const char b2 = k - j == 2 ? ascii_lower(s_[j + 1]) : 0;
          const bool ordinal = (a == 's' && b2 == 't') || (a == 'n' && b2 == 'd') ||
                               (a == 'r' && b2 == 'd') || (a == 't' && b2 == 'h');
          const bool decade = a == 's' && b2 == 0 && !separators && (first_group == 2 || first_group == 4);
          if (ordinal || decade) {
            return emit_number(i, k);
          }
        }
      }
    }
    return emit_number(i, j);
  }

  // --------------------------------------------------------------- punctuation, symbols

  bool space_or_start_before(size_t i) const {
    return i == 0 || s_[i - 1] == ' ' || s_[i - 1] == '\n' || s_[i - 1] == '\t' || s_[i - 1] == '\r' ||
           s_[i - 1] == '(' || s_[i - 1] == '"';
  }

  bool boundary_after(size_t j) const {
    if (j >= n_) return true;
    const unsigned char b = s_[j];
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '.' || b == ',' || b == '!' ||
           b == '?' || b == ')' || b == '"' || b == ';' || (b >= 0x80 && at(j).info.cls == CharClass::Space);
  }

  size_t probe_emoticon(size_t i) const {
    if (!space_or_start_before(i)) return 0;
    for (size_t len = lexicon::kMaxEmoticonLength; len >= 2; --len) {
      if (i + len > n_) continue;
      const std::string_view cand(reinterpret_cast<const char *>(s_ + i), len);
      if (lexicon::is_emoticon(cand) && boundary_after(i + len)) return i + len;
    }
    return 0;
  }

  size_t probe_citation(size_t i) const {
    // "[23]", "[1 - 3]", "[4, 5]", "[1–3]": bounded to 32 bytes.
    size_t j = i + 1;
    bool digit = false;
    if (j >= n_ || !ascii_digit(s_[j])) return 0;
    for (; j < n_ && j < i + 32; ++j) {
      const unsigned char b = s_[j];
      if (ascii_digit(b)) {
        digit = true;
      } else if (b == ']') {
        return digit ? j + 1 : 0;
      } else if (b == ' ' || b == ',' || b == '-') {
      } else if (b == 0xE2 && j + 2 < n_ && s_[j + 1] == 0x80 && s_[j + 2] == 0x93) {
        j += 2;  // en dash
      } else {
        return 0;
      }
    }
    return 0;
  }

  size_t scan_punct(size_t i, const Ch &c) {
    const char32_t cp = c.cp;
    if (cp == '.' || cp == '-') {
      size_t j = i;
      while (j < n_ && s_[j] == cp) ++j;
      emit(i, j, TokenKind::Punct);
      return j;
    }
    if (cp == '!' || cp == '?' || cp == 0xFF01 || cp == 0xFF1F || cp == 0x203C || cp == 0x2049) {
      size_t j = i;
      while (j < n_) {
        const Ch d = at(j);
        if (!(d.cp == '!' || d.cp == '?' || d.cp == 0xFF01 || d.cp == 0xFF1F || d.cp == 0x203C ||
              d.cp == 0x2049))
          break;
        j += d.len;
      }
      emit(i, j, TokenKind::Punct);
      return j;
    }
    if (cp == '@' && i + 1 < n_ && (ascii_alnum(s_[i + 1]) || s_[i + 1] == '_') &&
        (i == 0 || !ascii_alnum(s_[i - 1]))) {
      size_t j = i + 1;
      while (j < n_ && (ascii_alnum(s_[j]) || s_[j] == '_')) ++j;
      emit(i, j, TokenKind::Handle);
      return j;
    }
    if (cp == '#' && i + 1 < n_) {
      if (followed_by_emoji_presentation(i + 1)) return scan_emoji(i);
      const Ch d = at(i + 1);
      if ((d.info.cls == CharClass::Letter || d.cp == '_') && (i == 0 || !ascii_alnum(s_[i - 1]))) {
        size_t j = i + 1;
        while (j < n_) {
          const Ch e = at(j);
          if (!e.valid || !(text::is_word_class(e.info.cls) || e.cp == '_')) break;
          j += e.len;
        }
        emit(i, j, TokenKind::Hashtag);
        return j;
      }
    }
    if (cp == '*' && followed_by_emoji_presentation(i + 1)) return scan_emoji(i);
    if (cp == '[') {
      if (const size_t j = probe_citation(i)) {
        emit(i, j, TokenKind::Citation);
        return j;
      }
    }
    if (cp == ':' || cp == ';') {
      if (const size_t j = probe_emoticon(i)) {
        emit(i, j, TokenKind::Emoticon);
        return j;
      }
    }
    return emit_single(i, c, TokenKind::Punct);
  }

  size_t scan_symbol(size_t i, const Ch &c) {
    if (c.cp == '<' || c.cp == '=' || c.cp == '^') {
      if (const size_t j = probe_emoticon(i)) {
        emit(i, j, TokenKind::Emoticon);
        return j;
      }
    }
    return emit_single(i, c, TokenKind::Symbol);
  }
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token> &out, size_t *first_invalid, TokenIndex *index) {
  if (index) {
    index->line_starts.clear();
    index->numbers_before_mark.clear();
  }
  Tokenizer tokenizer(text, out, index);
  tokenizer.run();
  tokenizer.finish();
  if (first_invalid) *first_invalid = tokenizer.first_invalid();
}

TokenIndex index_tokens(std::string_view text, const std::vector<Token> &tokens) {
  TokenIndex index;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token &t = tokens[i];
    if (t.flags & kNewlineBefore) index.line_starts.push_back(static_cast<uint32_t>(i));
    if (t.kind == TokenKind::Number && t.end < text.size() && (text[t.end] == '.' || text[t.end] == ')'))
      index.numbers_before_mark.push_back(static_cast<uint32_t>(i));
  }
  return index;
}

}  // namespace quarry::segment
