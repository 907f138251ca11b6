// Property tests: whatever the input, the result is well formed.
#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace {

const quarry_analyzer *replacing_analyzer() {
  static quarry_analyzer *a = [] {
    quarry_analyzer *x = nullptr;
    quarry_analyzer_new("{\"invalid_utf8\": \"replace\"}", &x);
    return x;
  }();
  return a;
}

// Checks every structural invariant of a document; returns false (with a message) on the
// first violation.
void check_invariants(const std::string &text, const quarry_analyzer *a) {
  quarry_doc *raw = nullptr;
  REQUIRE(quarry_analyze(a, text.data(), text.size(), &raw) == QUARRY_OK);
  qt::Doc d(raw);
  const size_t nt = quarry_doc_token_count(raw), ns = quarry_doc_sentence_count(raw),
               np = quarry_doc_paragraph_count(raw), nm = quarry_doc_mention_count(raw);
  // Tokens: in bounds, ordered, non-overlapping; bytes outside tokens are white space.
  std::vector<char> covered(text.size(), 0);
  size_t prev_end = 0;
  for (size_t i = 0; i < nt; ++i) {
    const quarry_token t = quarry_doc_token(raw, i);
    REQUIRE(t.start < t.end);
    REQUIRE(t.end <= text.size());
    REQUIRE(t.start >= prev_end);
    REQUIRE(t.kind != QUARRY_TOKEN_NONE);
    prev_end = t.end;
    for (size_t k = t.start; k < t.end; ++k) covered[k] = 1;
  }
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  for (size_t k = 0; k < text.size();) {
    const auto dcd = quarry::text::decode_utf8(p + k, p + text.size());
    if (!covered[k]) {
      INFO("uncovered byte at " << k);
      REQUIRE(dcd.valid);
      const auto cls = quarry::text::char_info(dcd.cp).cls;
      REQUIRE((cls == quarry::text::CharClass::Space || cls == quarry::text::CharClass::Newline));
    }
    k += dcd.len;
  }
  // Paragraphs partition the tokens; sentences partition each paragraph's tokens.
  size_t tok = 0;
  size_t sent = 0;
  for (size_t pi = 0; pi < np; ++pi) {
    const quarry_span par = quarry_doc_paragraph(raw, pi);
    REQUIRE(par.start < par.end);
    REQUIRE(quarry_doc_token(raw, tok).start == par.start);
    while (tok < nt && quarry_doc_token(raw, tok).end <= par.end) ++tok;
    REQUIRE(quarry_doc_token(raw, tok - 1).end == par.end);
    size_t last = par.start;
    bool first = true;
    while (sent < ns && quarry_doc_sentence(raw, sent).paragraph == pi) {
      const quarry_sentence s = quarry_doc_sentence(raw, sent);
      REQUIRE(s.start < s.end);
      REQUIRE(s.start >= last);
      if (first) REQUIRE(s.start == par.start);
      first = false;
      REQUIRE(s.end <= par.end);
      last = s.end;
      ++sent;
    }
    REQUIRE(last == par.end);
  }
  REQUIRE(tok == nt);
  REQUIRE(sent == ns);
  // Mentions: ordered, non-overlapping, inside their sentence.
  size_t mend = 0;
  for (size_t i = 0; i < nm; ++i) {
    const quarry_mention m = quarry_doc_mention(raw, i);
    REQUIRE(m.start < m.end);
    REQUIRE(m.start >= mend);
    mend = m.end;
    REQUIRE(m.sentence < ns);
    const quarry_sentence s = quarry_doc_sentence(raw, m.sentence);
    REQUIRE(m.start >= s.start);
    REQUIRE(m.end <= s.end);
  }
  // The JSON always parses as UTF-8 (bad bytes were replaced).
  char *json = nullptr;
  REQUIRE(quarry_doc_to_json(raw, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16, &json, nullptr) == QUARRY_OK);
  REQUIRE(quarry::text::find_invalid_utf8(json, std::strlen(json)) == SIZE_MAX);
  quarry_string_free(json);
}

const char *const kPieces[] = {
    "Dr.", ".", " ", " ", " ", "\n", "\n\n", "(", ")", "U.S.", "1.", "2)", "•", "-", "—", "😀", "👩\u200D👧",
    "🇦🇲", "Երևան", "։", ":", "東京", "。", "https://x.org/a?b=1", "www.y.com", "a@b.co", "@h", "#t", "[1]",
    "[", "]", "\u00A0", "\u2009", "9", "1,000", "\"", "'", "\u2019s", "n't", "?!", "...", "…", "Sept.", "p.m.",
    "The", "the", "and", "A", "Z.", "е.", "т.", "г.", "Греция;", "τι;", "।", "؟", "\t", "\r\n", "e.g.",
    "x", "word", "WORD", "O'Brien", "Nagorno-Karabakh", ":-)", "<3", "" /* a NUL byte */, "\x01",
    "\u0301", "\uFE0F", "\u200D", "\u2028", "%", "$", "€", "½", "²", "٣", "No.", "Inc.",
};

}  // namespace

TEST_CASE("random token soup keeps every invariant", "[properties]") {
  std::mt19937 rng(20231119);
  std::uniform_int_distribution<size_t> pick(0, sizeof kPieces / sizeof kPieces[0] - 1);
  std::uniform_int_distribution<int> length(0, 120);
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
      const char *piece = kPieces[pick(rng)];
      text += *piece ? std::string(piece) : std::string("\0", 1);
    }
    INFO("round " << round << " text: " << text);
    check_invariants(text, qt::default_analyzer());
  }
}

TEST_CASE("random bytes in replace mode keep every invariant", "[properties][utf8]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200), ascii(0, 3);
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
      // Bias towards ASCII so that words, numbers and punctuation form.
      const int b = ascii(rng) ? byte(rng) % 128 : byte(rng);
      text.push_back(static_cast<char>(b));
    }
    INFO("round " << round);
    check_invariants(text, replacing_analyzer());
  }
}

TEST_CASE("adversarial runs finish and keep every invariant", "[properties][adversarial]") {
  const std::vector<std::string> units = {".", "7", "(", ")", "a.", "@a", "a@", "#", "[1", "http://", "\n\n", "\n",
                                          "'", "-", "👩\u200D", "\u0301", "🇦", "A. ", "1. ", "e.", "a.b", "x@y.",
                                          ":", ";", "…", "\u00A0000", ",0", "1:00", "Dr. "};
  for (const auto &u : units) {
    std::string text;
    while (text.size() < 200000) text += u;
    INFO("unit: " << u);
    check_invariants(text, qt::default_analyzer());
  }
  // A 1 MB line with no space.
  std::string line;
  for (int i = 0; line.size() < 1000000; ++i) line += "abc" + std::to_string(i % 10);
  check_invariants(line, qt::default_analyzer());
}
