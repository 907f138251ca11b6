// seg_driver: a small harness for instruction counts and output equivalence of segmentation.
//   seg_driver run KIND BYTES REPS             analyze text REPS times ({"extract": []}) and print
//                                              wall time, user/sys time and page faults per run;
//                                              KIND: english, mixed, parens, x@, a.
//   seg_driver digest                          prints one hash per input of every token,
//                                              paragraph and sentence (and UTF-8 errors), over
//                                              generated, adversarial and random inputs: run it
//                                              before and after a change and diff the output.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "analyzer.hpp"
#include "segment/structure.hpp"
#include "corpus.hpp"
#include "corpus_gen.hpp"

namespace {

quarry::Analyzer make(const char *json) {
  quarry::Options o;
  std::string err;
  if (!quarry::parse_options(json, o, err)) {
    std::fprintf(stderr, "bad options: %s\n", err.c_str());
    std::exit(1);
  }
  return quarry::Analyzer(o);
}

struct Hash {
  uint64_t h = 1469598103934665603ULL;
  void add(uint64_t v) {
    for (int i = 0; i < 8; ++i) {
      h ^= (v >> (8 * i)) & 0xFF;
      h *= 1099511628211ULL;
    }
  }
};

uint64_t digest(const quarry::Analyzer &a, const std::string &text) {
  std::unique_ptr<quarry::Document> doc;
  quarry::Error err;
  Hash h;
  const quarry::Status st = a.analyze(text, doc, err);
  h.add(static_cast<uint64_t>(st));
  if (st != quarry::Status::Ok) {
    h.add(static_cast<uint64_t>(err.offset));
    for (char c : err.message) h.add(static_cast<unsigned char>(c));
    return h.h;
  }
  h.add(doc->tokens.size());
  for (const auto &t : doc->tokens) {
    h.add(t.start);
    h.add(t.end);
    h.add(static_cast<uint64_t>(t.kind) | (uint64_t{t.flags} << 8) | (uint64_t{t.newlines_before} << 16));
  }
  h.add(doc->paragraphs.size());
  for (const auto &p : doc->paragraphs) {
    h.add(p.start);
    h.add(p.end);
    h.add(p.first_token);
    h.add(p.end_token);
  }
  h.add(doc->sentences.size());
  for (const auto &s : doc->sentences) {
    h.add(s.start);
    h.add(s.end);
    h.add(s.paragraph);
    h.add(s.first_token);
    h.add(s.end_token);
  }
  return h.h;
}

std::string repeat(const std::string &s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Random text built from pieces that exercise every branch of the tokenizer and splitters.
std::string random_text(std::mt19937 &rng, size_t pieces) {
  static const char *kPieces[] = {
      " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "word", "The", "dr", "Dr.", "U.S.", "e.g.", "etc.",
      "Jan.", "No.", "J.", ".", ".", "..", "...", "!", "?", "?!", ",", ";", ":", "(", ")", "[", "]", "[1]",
      "[2-3]", "\"", "'", "'s", "n't", "don't", "1", "2", "3", "1.", "2)", "(a)", "a)", "iv.", "- ", "• ",
      "1,000", "3.14", "3:45", "1990s", "2nd", "http://example.com/a_(b)", "www.x.org", "example.com",
      "anna@example.com", "x@", "@user", "#tag", "#1", ":)", ";-)", "<3", "é", "É", "ß", "中文", "。",
      "日本語", "カタカナ", "한국어", "Ժամը", "։", "Привет", "Ἀθῆναι", ";", "नमस्ते", "।", "مرحبا", "؟",
      "\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "1\xEF\xB8\x8F\xE2\x83\xA3", "\xE2\x80\x94",
      "\xE2\x80\xA6", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xA0", "\xE2\x80\xAF", "\xCC\x81", "\xE2\x80\x8B",
      "\xFF", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\x00", "\x7F", "_", "&", "AT&T",
      "Budget2024.XLSX", "foo-bar", "a-", "\xE2\x80\x99s", "Mr", "Mrs.", "Prof.", "St.", "Inc.", "vs.",
      "HEADING", "Title Case Line", "and", "the", "of", "But", "However", "%", "+", "$", "€", "5%", "=",
      "^", "*", "#\xEF\xB8\x8F\xE2\x83\xA3", "\xE2\x80\xA8", "\xE2\x80\xA9", "\x0C", "\xC2\x85", "\xD9\xAB",
      "1\xE2\x80\x89\x30\x30\x30", "1'000", "x.y", "a.b.c", "A.B", "ﬁ", "\xEF\xBC\x81", "\xEF\xBC\x9F", "‼"};
  constexpr size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string s;
  std::uniform_int_distribution<size_t> pick(0, kCount - 1);
  for (size_t i = 0; i < pieces; ++i) {
    const char *p = kPieces[pick(rng)];
    s += (p[0] == 0 && std::strlen(p) == 0) ? std::string(1, '\0') : std::string(p);
  }
  return s;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc >= 5 && !std::strcmp(argv[1], "run")) {
    const size_t bytes = std::strtoull(argv[3], nullptr, 10);
    const int reps = std::atoi(argv[4]);
    const std::string kind = argv[2];
    const std::string text = kind == "mixed"    ? bench::mixed_scripts(bytes)
                             : kind == "parens" ? std::string(bytes, '(')
                             : kind == "x@"     ? repeat("x@", bytes / 2)
                             : kind == "a."     ? repeat("a.", bytes / 2)
                                                : bench::english_news(bytes);
    const quarry::Analyzer a = make("{\"extract\": []}");
    size_t tokens = 0;
    for (int r = 0; r < reps; ++r) {
      std::unique_ptr<quarry::Document> doc;
      quarry::Error err;
      rusage u0{}, u1{};
      getrusage(RUSAGE_SELF, &u0);
      const auto t0 = std::chrono::steady_clock::now();
      if (a.analyze(text, doc, err) != quarry::Status::Ok) return 1;
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      getrusage(RUSAGE_SELF, &u1);
      auto secs = [](timeval a, timeval b) { return double(b.tv_sec - a.tv_sec) + double(b.tv_usec - a.tv_usec) * 1e-6; };
      std::printf("run %d: %.3f s wall (%.1f MB/s), %.3f user, %.3f sys, %ld faults\n", r, s,
                  static_cast<double>(text.size()) / s / 1e6, secs(u0.ru_utime, u1.ru_utime),
                  secs(u0.ru_stime, u1.ru_stime), u1.ru_minflt - u0.ru_minflt);
      tokens += doc->tokens.size();
    }
    std::printf("%zu bytes, %zu tokens per run\n", text.size(), tokens / static_cast<size_t>(reps));
    return 0;
  }
  if (argc >= 2 && !std::strcmp(argv[1], "digest")) {
    const quarry::Analyzer strict = make("{\"extract\": []}");
    const quarry::Analyzer replace = make("{\"extract\": [], \"invalid_utf8\": \"replace\"}");
    std::vector<std::pair<std::string, std::string>> inputs = {
        {"english", bench::english_news(3000000)},
        {"mixed", bench::mixed_scripts(3000000)},
        {"dots", std::string(200000, '.')},
        {"digits", std::string(200000, '7')},
        {"parens", std::string(200000, '(')},
        {"x@", repeat("x@", 100000)},
        {"line", repeat("abcdefghij", 100000)},
        {"blank", std::string(100000, '\n')},
        {"1,", repeat("1,", 100000)},
        {"a.", repeat("a.", 100000)},
        {"empty", ""},
    };
    for (const auto &c : qt::load_segment_corpus(QUARRY_CORPUS_DIR "/segment"))
      inputs.emplace_back("corpus", c.text);
    std::mt19937 rng(12345);
    for (int k = 0; k < 3000; ++k) inputs.emplace_back("random", random_text(rng, 5 + k % 200));
    // Random bytes, mostly ASCII, sometimes high.
    for (int k = 0; k < 2000; ++k) {
      std::string s;
      const size_t n = 1 + k % 64;
      for (size_t i = 0; i < n; ++i) {
        const unsigned r = rng();
        s.push_back(static_cast<char>((r & 3) == 0 ? (r >> 8) & 0xFF : 32 + ((r >> 8) % 95)));
      }
      inputs.emplace_back("bytes", s);
    }
    Hash all;
    size_t index_mismatches = 0;
    for (const auto &[name, text] : inputs) {
      // The tokenizer's index and the walking one must lead to the same roles and paragraphs.
      std::vector<quarry::segment::Token> tokens;
      quarry::segment::TokenIndex index;
      quarry::segment::tokenize(text, tokens, nullptr, &index);
      const auto roles = quarry::segment::find_list_roles(text, tokens, index);
      std::vector<quarry::segment::Paragraph> p1, p2;
      quarry::segment::split_paragraphs(text, tokens, roles, index, p1);
      quarry::segment::split_paragraphs(text, tokens, quarry::segment::find_list_roles(text, tokens), p2);
      if (roles != quarry::segment::find_list_roles(text, tokens) || p1.size() != p2.size() ||
          !std::equal(p1.begin(), p1.end(), p2.begin(), [](const auto &x, const auto &y) {
            return x.start == y.start && x.end == y.end && x.first_token == y.first_token && x.end_token == y.end_token;
          }))
        ++index_mismatches;
      const uint64_t a = digest(strict, text), b = digest(replace, text);
      all.add(a);
      all.add(b);
      if (name != "random" && name != "bytes" && name != "corpus")
        std::printf("%-8s %016llx %016llx\n", name.c_str(), static_cast<unsigned long long>(a),
                    static_cast<unsigned long long>(b));
    }
    std::printf("all      %016llx (%zu inputs)\n", static_cast<unsigned long long>(all.h), inputs.size());
    if (index_mismatches) {
      std::printf("index mismatches: %zu\n", index_mismatches);
      return 1;
    }
    return 0;
  }
  std::fprintf(stderr, "usage: seg_driver run english|mixed|parens|x@|a. BYTES REPS | seg_driver digest\n");
  return 2;
}
