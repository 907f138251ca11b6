#include "entities/features.hpp"

#include <bit>

#include "entities/gazetteer.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace quarry::entities {

bool transition_allowed(int a, int b) {
  const bool a_open = a > 0 && (label_pos(a) == kB || label_pos(a) == kI);  // expects I or L next
  if (b < 0) return !a_open;
  if (b == 0) return !a_open;
  const int pos = label_pos(b);
  if (pos == kI || pos == kL) return a_open && label_type(a) == label_type(b);
  return !a_open;
}

namespace {

using segment::TokenKind;

// Phrase categories matched on the token stream (3 bits each in TokenInfo::phrase).
constexpr uint32_t kPhraseCats[] = {kGazPlace, kGazNorp, kGazOrg, kGazPerson, kGazMisc, kGazTitle};
constexpr int kPhraseCatCount = sizeof kPhraseCats / sizeof kPhraseCats[0];

inline uint32_t fmix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return static_cast<uint32_t>(h) | 1u;  // 0 is never a feature id
}
inline uint32_t feat(uint32_t tmpl, uint64_t value) { return fmix(value * 0x9E3779B97F4A7C15ull + tmpl); }
inline uint32_t feat2(uint32_t tmpl, uint64_t a, uint64_t b) {
  return fmix((a * 0x9E3779B97F4A7C15ull) ^ (b + 0x632BE59BD9B4E019ull + (a << 7)) ^ (uint64_t{tmpl} << 56));
}

// Shapes: X upper, x lower, d digit, other ASCII kept, o other; the short shape collapses runs.
void shapes(std::string_view s, uint32_t &short_shape, uint32_t &long_shape, CapClass &cap) {
  uint64_t hs = 0x84222325, hl = 0x1B3;
  char last = 0;
  int upper = 0, lower = 0, letters = 0, n = 0;
  bool first_upper = false, first_lower = false;
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  const auto *end = p + s.size();
  while (p < end) {
    char c;
    if (*p < 0x80) {
      const unsigned char b = *p++;
      if (b >= 'A' && b <= 'Z')
        c = 'X';
      else if (b >= 'a' && b <= 'z')
        c = 'x';
      else if (b >= '0' && b <= '9')
        c = 'd';
      else
        c = static_cast<char>(b);
    } else {
      const text::Decoded d = text::decode_utf8(p, end);
      p += d.len;
      const text::CharInfo ci = text::char_info(d.cp);
      if (ci.upper)
        c = 'X';
      else if (ci.lower || ci.cls == text::CharClass::Letter)
        c = 'x';
      else if (ci.cls == text::CharClass::Digit)
        c = 'd';
      else if (ci.cls == text::CharClass::Mark)
        continue;
      else if (d.cp == 0x2019)
        c = '\'';
      else
        c = 'o';
    }
    if (n == 0) {
      first_upper = c == 'X';
      first_lower = c == 'x';
    }
    upper += c == 'X';
    lower += c == 'x';
    letters += c == 'X' || c == 'x';
    if (n < 10) hl = (hl ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    if (c != last) hs = (hs ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    last = c;
    ++n;
  }
  short_shape = static_cast<uint32_t>(hs ^ (hs >> 32));
  long_shape = static_cast<uint32_t>(hl ^ (hl >> 32)) + static_cast<uint32_t>(n > 10);
  if (letters == 0)
    cap = CapClass::Other;
  else if (first_upper && letters == 1)
    cap = CapClass::Single;
  else if (first_upper && lower == 0)
    cap = CapClass::AllCaps;
  else if (first_upper)
    cap = CapClass::Initial;
  else if (first_lower && upper == 0)
    cap = CapClass::Lower;
  else if (first_lower)
    cap = CapClass::Mixed;
  else
    cap = CapClass::Other;
}

bool opens(std::string_view t) {
  return t == "\"" || t == "“" || t == "‘" || t == "'" || t == "(" || t == "«" || t == ":" || t == "-" ||
         t == "—" || t == "–" || t == "[";
}

inline bool capitalized(CapClass c) {
  return c == CapClass::Initial || c == CapClass::AllCaps || c == CapClass::Single;
}

}  // namespace

bool is_connector(std::string_view t) {
  return t == "of" || t == "for" || t == "the" || t == "and" || t == "de" || t == "on" || t == "in" ||
         t == "del" || t == "da" || t == "von" || t == "van" || t == "der" || t == "al" || t == "bin" ||
         t == "la" || t == "le" || t == "du" || t == "des" || t == "y" || t == "&" || t == "'s" ||
         t == "\xE2\x80\x99s";
}

void describe_tokens(std::string_view text, const segment::Token *tokens, size_t n, bool at_sentence_start,
                     std::vector<TokenInfo> &info) {
  const Gazetteer &gz = Gazetteer::get();
  info.assign(n, TokenInfo{});
  for (size_t i = 0; i < n; ++i) {
    const segment::Token &t = tokens[i];
    const std::string_view s = t.text(text);
    TokenInfo &x = info[i];
    x.kind = static_cast<uint8_t>(t.kind);
    x.length = static_cast<uint8_t>(s.size() > 255 ? 255 : s.size());
    shapes(s, x.shape, x.long_shape, x.cap);
    x.key = fold_hash(s);
    x.gaz = gz.token_bits(s, x.key) & ~kGazPrefix;
    x.sentence_start = (i == 0 && at_sentence_start) ||
                       (tokens[i - 1].kind == TokenKind::Punct && opens(tokens[i - 1].text(text)));
  }
  // Runs of capitalized words, joined by lowercase connectors when a capitalized word follows.
  for (size_t i = 0; i < n;) {
    if (!capitalized(info[i].cap) || (info[i].kind != static_cast<uint8_t>(TokenKind::Word) &&
                                      info[i].kind != static_cast<uint8_t>(TokenKind::Abbreviation))) {
      ++i;
      continue;
    }
    size_t j = i + 1, end = i + 1;
    while (j < n) {
      const auto kind = info[j].kind;
      const bool word = kind == static_cast<uint8_t>(TokenKind::Word) ||
                        kind == static_cast<uint8_t>(TokenKind::Abbreviation);
      if (word && capitalized(info[j].cap)) {
        end = ++j;
        continue;
      }
      if (is_connector(tokens[j].text(text)) && j + 1 < n && capitalized(info[j + 1].cap)) {
        ++j;
        continue;
      }
      break;
    }
    uint32_t all = 0;
    for (size_t k = i; k < end; ++k) all |= info[k].gaz;
    const size_t len = end - i;
    for (size_t k = i; k < end; ++k) {
      TokenInfo &x = info[k];
      x.run_pos = static_cast<uint8_t>(1 + (len == 1 ? kU : k == i ? kB : k + 1 == end ? kL : kI));
      x.run_len = static_cast<uint8_t>(len > 6 ? 6 : len);
      x.run_gaz = all;
      x.run_last = info[end - 1].gaz;
    }
    i = end;
  }
  // Longest gazetteer phrase per category, left to right.
  size_t next_free[kPhraseCatCount] = {};
  for (size_t i = 0; i < n; ++i) {
    uint32_t found[kMaxPhraseTokens] = {};
    uint64_t key = 0;
    size_t len = 0;
    for (size_t j = i; j < n && j - i < static_cast<size_t>(kMaxPhraseTokens); ++j) {
      uint32_t b;
      if (j == i) {
        key = info[j].key;
        b = gz.token_bits(tokens[j].text(text), key);
      } else {
        key = extend_key(key, info[j].key);
        b = gz.bits(key);
      }
      if (b == 0) break;
      found[j - i] = b;
      len = j - i + 1;
      if (!(b & kGazPrefix)) break;
    }
    for (int c = 0; c < kPhraseCatCount; ++c) {
      if (next_free[c] > i) continue;
      size_t best = 0;
      for (size_t k = len; k > 0; --k) {
        if (found[k - 1] & kPhraseCats[c]) {
          best = k;
          break;
        }
      }
      if (best == 0) continue;
      for (size_t k = 0; k < best; ++k) {
        const uint32_t pos = best == 1 ? kU : k == 0 ? kB : k + 1 == best ? kL : kI;
        info[i + k].phrase |= (pos + 1) << (3 * c);
      }
      next_free[c] = i + best;
    }
  }
}

namespace {

enum Template : uint32_t {
  kBias = 1,
  kWord,
  kWordCap,
  kShape,
  kLongShape,
  kPrefix,
  kSuffix,
  kPrevWord,
  kNextWord,
  kPrev2Word,
  kNext2Word,
  kPrevShape,
  kNextShape,
  kPrevWordShape,
  kShapeNextWord,
  kCapStart,
  kGaz,
  kPrevGaz,
  kNextGaz,
  kPhrase,
  kPrevPhrase,
  kNextPhrase,
  kKindLength,
  kBigramPrev,
  kBigramNext,
  kPrevCapNextCap,
  kLowerGaz,
  kRun,
  kRunGaz,
  kRunLast,
};

constexpr uint32_t kRunBits = kGazOrgWord | kGazLocWord | kGazMiscWord | kGazTitle | kGazFirstName |
                              kGazNorp | kGazCountry | kGazBigCity | kGazCity | kGazRegion | kGazLoc |
                              kGazOrg | kGazPerson | kGazMisc | kGazCommon;

constexpr uint32_t kNeighbourGaz = kGazTitle | kGazOrgWord | kGazLocWord | kGazMiscWord | kGazFirstName |
                                   kGazNorp | kGazCommon | kGazCountry | kGazBigCity;

// Lowercased hash of an affix; ASCII takes a short path (feat() mixes the result anyway).
uint64_t affix_hash(std::string_view s, bool ascii) {
  if (!ascii) return fold_hash(s);
  uint64_t h = 0xCBF29CE484222325ull;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    h = (h ^ ((b >= 'A' && b <= 'Z') ? (b | 0x20u) : b)) * 0x100000001B3ull;
  }
  return h;
}
uint64_t prefix_key(std::string_view s, size_t k, bool ascii) {
  return affix_hash(s.substr(0, k), ascii) + k;
}
uint64_t suffix_key(std::string_view s, size_t k, bool ascii) {
  return affix_hash(s.substr(s.size() - k), ascii) * 31 + k;
}

// A UTF-8 character boundary at byte k of s.
bool boundary(std::string_view s, size_t k) {
  return k >= s.size() || (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80;
}

}  // namespace

void token_features(std::string_view text, const segment::Token *tokens, const TokenInfo *info, size_t n,
                    size_t i, std::vector<uint32_t> &out) {
  const TokenInfo &x = info[i];
  static const uint64_t kStart = 0x5354415254ull, kEnd = 0x454E44ull;
  const uint64_t w = x.key;
  const uint64_t wp = i > 0 ? info[i - 1].key : kStart;
  const uint64_t wn = i + 1 < n ? info[i + 1].key : kEnd;
  const uint64_t wpp = i > 1 ? info[i - 2].key : kStart;
  const uint64_t wnn = i + 2 < n ? info[i + 2].key : kEnd;
  const uint32_t sp = i > 0 ? info[i - 1].shape : 7;
  const uint32_t sn = i + 1 < n ? info[i + 1].shape : 9;
  const bool cap = capitalized(x.cap);

  out.push_back(feat(kBias, 0));
  out.push_back(feat(kWord, w));
  out.push_back(feat2(kWordCap, w, static_cast<uint64_t>(x.cap) * 2 + x.sentence_start));
  out.push_back(feat(kShape, x.shape));
  out.push_back(feat(kLongShape, x.long_shape));
  out.push_back(feat(kPrevWord, wp));
  out.push_back(feat(kNextWord, wn));
  out.push_back(feat(kPrev2Word, wpp));
  out.push_back(feat(kNext2Word, wnn));
  out.push_back(feat(kPrevShape, sp));
  out.push_back(feat(kNextShape, sn));
  out.push_back(feat2(kPrevWordShape, wp, x.shape));
  out.push_back(feat2(kShapeNextWord, x.shape, wn));
  out.push_back(feat(kCapStart, static_cast<uint64_t>(x.cap) * 4 + x.sentence_start * 2 +
                                    (i > 0 && capitalized(info[i - 1].cap))));
  out.push_back(
      feat2(kPrevCapNextCap, i > 0 ? static_cast<uint64_t>(info[i - 1].cap) : 9,
            i + 1 < n ? static_cast<uint64_t>(info[i + 1].cap) * 16 + static_cast<uint64_t>(x.cap) : 9));
  out.push_back(feat(kKindLength, static_cast<uint64_t>(x.kind) * 16 + (x.length > 12 ? 12 : x.length)));
  out.push_back(feat2(kBigramPrev, wp, w));
  out.push_back(feat2(kBigramNext, w, wn));

  if (x.kind == static_cast<uint8_t>(TokenKind::Word) ||
      x.kind == static_cast<uint8_t>(TokenKind::Abbreviation)) {
    const std::string_view s = tokens[i].text(text);
    bool ascii = true;
    for (const char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    for (size_t k = 1; k <= 3 && k < s.size(); ++k)
      if (boundary(s, k)) out.push_back(feat(kPrefix, prefix_key(s, k, ascii)));
    for (size_t k = 1; k <= 4 && k < s.size(); ++k)
      if (boundary(s, s.size() - k)) out.push_back(feat(kSuffix, suffix_key(s, k, ascii)));
  }

  // Gazetteers, told apart by whether the token is capitalized.
  for (uint32_t b = x.gaz; b; b &= b - 1) {
    const uint32_t bit = static_cast<uint32_t>(std::countr_zero(b));
    out.push_back(feat(cap ? kGaz : kLowerGaz, bit * 2 + x.sentence_start));
  }
  if (x.gaz == 0) out.push_back(feat(cap ? kGaz : kLowerGaz, 99));
  if (i > 0) {
    for (uint32_t b = info[i - 1].gaz & kNeighbourGaz; b; b &= b - 1)
      out.push_back(
          feat(kPrevGaz, static_cast<uint64_t>(std::countr_zero(b)) * 2 + capitalized(info[i - 1].cap)));
  }
  if (i + 1 < n) {
    for (uint32_t b = info[i + 1].gaz & kNeighbourGaz; b; b &= b - 1)
      out.push_back(
          feat(kNextGaz, static_cast<uint64_t>(std::countr_zero(b)) * 2 + capitalized(info[i + 1].cap)));
  }
  if (x.run_pos) {
    out.push_back(feat(kRun, static_cast<uint64_t>(x.run_pos) * 8 + x.run_len));
    for (uint32_t b = x.run_gaz & kRunBits; b; b &= b - 1)
      out.push_back(feat(kRunGaz, static_cast<uint64_t>(std::countr_zero(b)) * 8 + x.run_pos));
    for (uint32_t b = x.run_last & kRunBits; b; b &= b - 1)
      out.push_back(feat(kRunLast, static_cast<uint64_t>(std::countr_zero(b)) * 8 + x.run_pos));
  }
  for (int c = 0; c < kPhraseCatCount; ++c) {
    const uint32_t pos = (x.phrase >> (3 * c)) & 7;
    if (pos) out.push_back(feat(kPhrase, static_cast<uint64_t>(c) * 64 + pos * 2 + cap));
    if (i > 0) {
      const uint32_t pp = (info[i - 1].phrase >> (3 * c)) & 7;
      if (pp) out.push_back(feat(kPrevPhrase, static_cast<uint64_t>(c) * 64 + pp * 2 + cap));
    }
    if (i + 1 < n) {
      const uint32_t pn = (info[i + 1].phrase >> (3 * c)) & 7;
      if (pn) out.push_back(feat(kNextPhrase, static_cast<uint64_t>(c) * 64 + pn * 2 + cap));
    }
  }
}

}  // namespace quarry::entities
