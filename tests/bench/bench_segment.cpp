// quarry_bench: measures segmentation throughput (MB/s), linear scaling, adversarial inputs
// and peak memory, with ICU's break iterators as the peer in the same run.
//   quarry_bench            full run (20 MB corpora, 10 vs 100 MB scaling)
//   quarry_bench --quick    small sizes (the ctest smoke run)
//   quarry_bench --file=F   one file: prints a JSON line (used by the wasm bench)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "corpus.hpp"
#include "corpus_gen.hpp"
#include "quarry/quarry.h"

#ifdef QUARRY_BENCH_ICU
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#endif

namespace {

constexpr double kMB = 1e6;

// Thread CPU time: "per core" figures that other processes on the machine cannot skew by
// taking the core away (they can still share caches).
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

quarry_analyzer *make_analyzer(const char *options) {
  quarry_analyzer *a = nullptr;
  if (quarry_analyzer_new(options, &a) != QUARRY_OK) {
    std::fprintf(stderr, "bench: bad options %s: %s\n", options, quarry_last_error_message());
    std::exit(1);
  }
  return a;
}

// Seconds for one analysis (best of `reps`), and the counts of the last run.
struct Run {
  double seconds = 1e300;
  size_t tokens = 0, sentences = 0, mentions = 0;
};

Run time_quarry(const quarry_analyzer *a, const std::string &text, int reps) {
  Run r;
  for (int i = 0; i < reps; ++i) {
    const double t0 = cpu_seconds();
    quarry_doc *doc = nullptr;
    if (quarry_analyze(a, text.data(), text.size(), &doc) != QUARRY_OK) {
      std::fprintf(stderr, "bench: analyze failed: %s\n", quarry_last_error_message());
      std::exit(1);
    }
    const double s = cpu_seconds() - t0;
    r.seconds = std::min(r.seconds, s);
    r.tokens = quarry_doc_token_count(doc);
    r.sentences = quarry_doc_sentence_count(doc);
    r.mentions = quarry_doc_mention_count(doc);
    quarry_doc_free(doc);
  }
  return r;
}

// Runs fn in a child process; returns its result (seconds) and the child's peak RSS in MB.
struct ChildResult {
  double seconds = -1;
  double peak_rss_mb = -1;
};
ChildResult in_child(const std::function<double()> &fn) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const double s = fn();
    if (write(fds[1], &s, sizeof s) != sizeof s) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  ChildResult r;
  if (read(fds[0], &r.seconds, sizeof r.seconds) != sizeof r.seconds) r.seconds = -1;
  close(fds[0]);
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  r.peak_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  return r;
}

#ifdef QUARRY_BENCH_ICU
// ICU word + sentence break iteration over UTF-8 text (the same work: tokens and sentences).
double time_icu(const std::string &text, int reps) {
  double best = 1e300;
  for (int i = 0; i < reps; ++i) {
    const double t0 = cpu_seconds();
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    std::unique_ptr<icu::BreakIterator> sents(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) return -1;
    words->setText(ut, status);
    size_t n = 0;
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) ++n;
    sents->setText(ut, status);
    for (int32_t b = sents->first(); b != icu::BreakIterator::DONE; b = sents->next()) ++n;
    utext_close(ut);
    best = std::min(best, cpu_seconds() - t0);
    if (n == 0) std::fprintf(stderr, "icu: no boundaries\n");
  }
  return best;
}

std::vector<std::string> icu_sentences(const std::string &text) {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  it->setText(ut, status);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    const std::string s = qt::collapse_space(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
    if (!s.empty()) out.push_back(s);
  }
  utext_close(ut);
  return out;
}
#endif

std::vector<std::string> quarry_sentences(const quarry_analyzer *a, const std::string &text) {
  std::vector<std::string> out;
  quarry_doc *doc = nullptr;
  if (quarry_analyze(a, text.data(), text.size(), &doc) != QUARRY_OK) return out;
  for (size_t i = 0; i < quarry_doc_sentence_count(doc); ++i) {
    const quarry_sentence s = quarry_doc_sentence(doc, i);
    out.push_back(qt::collapse_space(text.substr(s.start, s.end - s.start)));
  }
  quarry_doc_free(doc);
  return out;
}

void accuracy_on_corpus(const quarry_analyzer *seg) {
  const auto cases = qt::load_segment_corpus(QUARRY_CORPUS_DIR "/segment");
  size_t quarry_ok = 0, icu_ok = 0, total = 0;
  struct PerFile {
    std::string file;
    size_t total = 0, quarry = 0, icu = 0;
  };
  std::vector<PerFile> files;
  for (const auto &c : cases) {
    std::vector<std::string> expected;
    for (const auto &s : c.sentences)
      if (s != "¶") expected.push_back(s);
    if (files.empty() || files.back().file != c.file) files.push_back(PerFile{c.file});
    PerFile &f = files.back();
    ++total;
    ++f.total;
    const bool q = quarry_sentences(seg, c.text) == expected;
    quarry_ok += q;
    f.quarry += q;
#ifdef QUARRY_BENCH_ICU
    const bool i = icu_sentences(c.text) == expected;
    icu_ok += i;
    f.icu += i;
#endif
  }
  std::printf("\n%-24s %6s %7s %5s\n", "corpus file", "cases", "quarry", "ICU");
  for (const auto &f : files) std::printf("%-24s %6zu %7zu %5zu\n", f.file.c_str(), f.total, f.quarry, f.icu);
  std::printf("\nsentence accuracy on tests/corpus/segment (%zu cases, exact sentence lists):\n", total);
  std::printf("  quarry  %zu/%zu (%.1f%%)\n", quarry_ok, total, 100.0 * quarry_ok / total);
#ifdef QUARRY_BENCH_ICU
  std::printf("  ICU     %zu/%zu (%.1f%%)\n", icu_ok, total, 100.0 * icu_ok / total);
#endif
}

void row(const char *name, const std::string &text, const quarry_analyzer *seg, const quarry_analyzer *full,
         int reps, bool icu) {
  const double mb = text.size() / kMB;
  const ChildResult rs = in_child([&] { return time_quarry(seg, text, reps).seconds; });
  const ChildResult rf = in_child([&] { return time_quarry(full, text, reps).seconds; });
  std::printf("%-28s %8.1f %12.1f %12.1f", name, mb, mb / rs.seconds, mb / rf.seconds);
#ifdef QUARRY_BENCH_ICU
  if (icu) {
    const double ti = time_icu(text, reps);
    std::printf(" %10.1f %8.2fx", mb / ti, ti / rs.seconds);
  } else {
    std::printf(" %10s %9s", "-", "-");
  }
#else
  (void)icu;
  std::printf(" %10s %9s", "n/a", "n/a");
#endif
  std::printf(" %10.0f\n", rs.peak_rss_mb);
}

// Times `a` over `text` cut into documents of about `doc_bytes` (at paragraph breaks), or
// as one document when doc_bytes is 0. Best of `reps`, thread CPU seconds.
double time_docs(const quarry_analyzer *a, const std::string &text, size_t doc_bytes, int reps) {
  std::vector<std::pair<size_t, size_t>> docs;
  if (doc_bytes == 0) {
    docs.emplace_back(0, text.size());
  } else {
    size_t b = 0;
    while (b < text.size()) {
      size_t e = std::min(text.size(), b + doc_bytes);
      const size_t para = text.find("\n\n", e);
      e = para == std::string::npos ? text.size() : para + 2;
      docs.emplace_back(b, e);
      b = e;
    }
  }
  double best = 1e300;
  for (int r = 0; r < reps; ++r) {
    const double t0 = cpu_seconds();
    for (const auto &[b, e] : docs) {
      quarry_doc *doc = nullptr;
      if (quarry_analyze(a, text.data() + b, e - b, &doc) != QUARRY_OK) std::exit(1);
      quarry_doc_free(doc);
    }
    best = std::min(best, cpu_seconds() - t0);
  }
  return best;
}

// The wire stories of tests/corpus/entities with their annotations removed: hand-written
// news text, repeated up to `bytes`.
std::string wire_stories(size_t bytes) {
  std::string one;
  for (const auto &story : qt::load_entity_corpus(QUARRY_CORPUS_DIR "/entities")) one += story.text + "\n\n";
  std::string text;
  if (one.size() < 100) return text;
  while (text.size() < bytes) text += one;
  return text;
}

// Each stage's throughput and its cost over segmentation.
void stage_row(const char *name, const std::string &text, size_t doc_bytes, int reps) {
  static const char *const kOptions[] = {"{\"extract\": []}", "{\"extract\": [\"numbers\"]}",
                                         "{\"extract\": [\"entities\"]}", nullptr};
  double t[4];
  for (int k = 0; k < 4; ++k) {
    quarry_analyzer *a = make_analyzer(kOptions[k]);
    t[k] = in_child([&] { return time_docs(a, text, doc_bytes, reps); }).seconds;
    quarry_analyzer_free(a);
  }
  const double mb = text.size() / kMB;
  char size[32];
  if (doc_bytes) std::snprintf(size, sizeof size, "%zu KB docs", doc_bytes / 1000);
  else std::snprintf(size, sizeof size, "one %.0f MB doc", mb);
  std::printf("%-26s %-14s %9.1f %9.1f %+6.0f%% %9.1f %+6.0f%% %9.1f\n", name, size, mb / t[0], mb / t[1],
              (t[1] - t[0]) / t[0] * 100, mb / t[2], (t[2] - t[0]) / t[0] * 100, mb / t[3]);
}

}  // namespace

int main(int argc, char **argv) {
  bool quick = false;
  std::string file;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--quick")) quick = true;
    else if (!std::strncmp(argv[i], "--file=", 7)) file = argv[i] + 7;
    else {
      std::fprintf(stderr, "usage: quarry_bench [--quick] [--file=PATH]\n");
      return 2;
    }
  }
  quarry_analyzer *seg = make_analyzer("{\"extract\": []}");
  quarry_analyzer *full = make_analyzer(nullptr);

  if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Run s = time_quarry(seg, text, 3);
    const Run f = time_quarry(full, text, 3);
    std::printf("{\"file\": \"%s\", \"bytes\": %zu, \"segment_seconds\": %.6f, \"full_seconds\": %.6f, "
                "\"segment_mb_per_s\": %.2f, \"full_mb_per_s\": %.2f, \"tokens\": %zu, \"sentences\": %zu}\n",
                file.c_str(), text.size(), s.seconds, f.seconds, text.size() / kMB / s.seconds,
                text.size() / kMB / f.seconds, s.tokens, s.sentences);
    return 0;
  }

  const size_t base = quick ? 1000000 : 20000000;
  const int reps = quick ? 1 : 3;
  std::printf("quarry %s benchmark: one thread, MB/s of thread CPU time (per core); machine has %u cores\n",
              quarry_version_string(),
              std::thread::hardware_concurrency());
  std::printf("segment = tokens + sentences + paragraphs ({\"extract\": []}); full = all stages\n\n");
  std::printf("%-28s %8s %12s %12s %10s %9s %10s\n", "input", "MB", "segment MB/s", "full MB/s", "ICU MB/s",
              "vs ICU", "peak RSS");
  const std::string en = bench::english_news(base);
  row("English news", en, seg, full, reps, true);
  const std::string mixed = bench::mixed_scripts(base);
  row("mixed scripts", mixed, seg, full, reps, true);

  // Linear scaling: the same generator at 10x the size.
  const size_t small = quick ? 1000000 : 10000000;
  const std::string a = bench::english_news(small, 5);
  const std::string b = bench::english_news(small * 10, 5);
  const ChildResult ta = in_child([&] { return time_quarry(seg, a, reps).seconds; });
  const ChildResult tb = in_child([&] { return time_quarry(seg, b, 2).seconds; });
  std::printf("\nscaling: %.0f MB in %.3f s, %.0f MB in %.3f s: time ratio %.2f for 10x the input "
              "(peak RSS %.0f MB vs %.0f MB)\n",
              a.size() / kMB, ta.seconds, b.size() / kMB, tb.seconds, tb.seconds / ta.seconds, ta.peak_rss_mb,
              tb.peak_rss_mb);

  std::printf("\nadversarial inputs (segment):\n");
  const size_t adv = quick ? 100000 : 1000000;
  struct Adv {
    const char *name;
    std::string text;
  };
  std::string line10;
  while (line10.size() < (quick ? 1000000u : 10000000u)) line10 += "abcdefghij";
  std::vector<Adv> advs = {
      {"1M '.'", std::string(adv, '.')},
      {"1M digits", std::string(adv, '7')},
      {"1M '('", std::string(adv, '(')},
      {"1M \"a.\"", [&] { std::string s; while (s.size() < adv) s += "a."; return s; }()},
      {"1M \"1,\"", [&] { std::string s; while (s.size() < adv) s += "1,"; return s; }()},
      {"1M \"x@\"", [&] { std::string s; while (s.size() < adv) s += "x@"; return s; }()},
      {"100k blank lines", std::string(quick ? 10000 : 100000, '\n') + "end"},
      {"10 MB line, no space", line10},
  };
  for (const auto &x : advs) {
    const Run r = time_quarry(seg, x.text, 1);
    std::printf("  %-24s %8.1f MB %10.1f MB/s %10zu tokens\n", x.name, x.text.size() / kMB,
                x.text.size() / kMB / r.seconds, r.tokens);
  }
  std::printf("\nstages: MB/s per core; numbers = segmentation + numbers and dates, entities = segmentation +\n"
              "named entities (each with its cost over segmentation alone), all = every stage\n");
  std::printf("%-26s %-14s %9s %17s %17s %9s\n", "input", "documents", "segment", "numbers", "entities", "all");
  const std::string wire = wire_stories(base);
  const std::string en_stage = bench::english_news(base, 7);
  for (const size_t doc_bytes : {size_t{0}, size_t{4000}}) {
    stage_row("English news (generated)", en_stage, doc_bytes, reps);
    if (!wire.empty()) stage_row("wire stories (hand-written)", wire, doc_bytes, reps);
  }

  accuracy_on_corpus(seg);
  quarry_analyzer_free(seg);
  quarry_analyzer_free(full);
  return 0;
}
