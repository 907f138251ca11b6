// Times the numbers-and-dates stage against segmentation alone, through the public C API:
// the same ~20 MB of generated news-like English analyzed with {"extract": ["patterns"]} and
// with {"extract": ["patterns", "numbers"]}, the two taking turns. Best of N runs each.
//   bench_numbers [--mb=20] [--runs=5] [--dump=FILE] [--file=TEXT instead of generated news]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "quarry/quarry.h"

namespace {

// Deterministic news-like text: reporting sentences with the numbers, amounts, dates and
// times of wire copy, in paragraphs, with a dateline now and then.
std::string news_text(size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<const char *> &v) { return std::string(v[rng() % v.size()]); };
  auto num = [&](int lo, int hi) { return std::to_string(lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1))); };
  const std::vector<const char *> subjects = {
      "The ministry", "Officials", "The government", "A spokesman for the agency", "Local authorities", "The company",
      "Witnesses", "The central bank", "Police", "The United Nations", "Aid groups", "The committee"};
  const std::vector<const char *> verbs = {"said", "reported", "announced", "confirmed", "estimated", "told reporters",
                                           "warned", "added"};
  const std::vector<const char *> nouns = {"residents", "people", "soldiers", "families", "workers", "students",
                                           "homes", "vehicles", "refugees", "voters", "patients", "buildings"};
  const std::vector<const char *> months = {"January", "Feb.", "March", "April", "May", "June", "July", "Aug.",
                                            "Sept.", "October", "Nov.", "December"};
  const std::vector<const char *> days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const std::vector<const char *> fillers = {
      "the talks resumed after a long pause", "the decision drew sharp criticism from the opposition",
      "the region remains tense", "negotiators met behind closed doors in the capital",
      "the measure is expected to pass", "critics said the plan did not go far enough",
      "the figures could not be independently verified", "the report was released in the capital",
      "the mission will continue its work", "observers described the mood as cautious"};
  std::string out;
  out.reserve(bytes + 1024);
  while (out.size() < bytes) {
    if (rng() % 20 == 0) out += "YEREVAN, " + pick(months) + " " + num(1, 28) + " (Wire) -- ";
    const int sentences = 3 + static_cast<int>(rng() % 4);
    for (int s = 0; s < sentences; ++s) {
      switch (rng() % 12) {
        case 0:
          out += pick(subjects) + " " + pick(verbs) + " on " + pick(days) + " that more than " + num(2, 99) + "," +
                 num(100, 999) + " " + pick(nouns) + " had left the area.";
          break;
        case 1:
          out += pick(subjects) + " " + pick(verbs) + " that $" + num(1, 9) + "." + num(1, 9) +
                 " billion had been pledged, up " + num(2, 19) + " percent from last year.";
          break;
        case 2:
          out += "The meeting, held on " + pick(months) + " " + num(1, 28) + ", " + num(1990, 2023) + ", lasted " +
                 num(2, 12) + " hours, " + pick(subjects) + " " + pick(verbs) + ".";
          break;
        case 3:
          out += "About " + num(10, 90) + " of the " + num(100, 500) + " " + pick(nouns) + " were evacuated by " +
                 num(1, 11) + " p.m. local time, and " + pick(fillers) + ".";
          break;
        case 4:
          out += "Between " + num(1980, 1999) + " and " + num(2000, 2022) + ", the population fell by " + num(1, 40) +
                 "%, to roughly " + num(1, 9) + "." + num(1, 9) + " million.";
          break;
        default:
          // Most sentences of a news story carry no number at all.
          out += pick(subjects) + " " + pick(verbs) + " that " + pick(fillers) + ", and " + pick(fillers) + ".";
          if (rng() % 2) out += " " + pick(subjects) + " " + pick(verbs) + " that " + pick(fillers) + ".";
          break;
      }
      out += ' ';
    }
    out += "\n\n";
  }
  return out;
}

struct Timer {
  quarry_analyzer *a = nullptr;
  double best = 1e30;
  size_t mentions = 0;
  explicit Timer(const char *options) {
    if (quarry_analyzer_new(options, &a) != QUARRY_OK) {
      std::fprintf(stderr, "bad options: %s\n", quarry_last_error_message());
      std::exit(2);
    }
  }
  ~Timer() { quarry_analyzer_free(a); }
  void once(const std::string &text) {
    quarry_doc *d = nullptr;
    const auto t0 = std::chrono::steady_clock::now();
    if (quarry_analyze(a, text.data(), text.size(), &d) != QUARRY_OK) std::exit(3);
    const auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
    mentions = quarry_doc_mention_count(d);
    quarry_doc_free(d);
  }
};

}  // namespace

int main(int argc, char **argv) {
  size_t mb = 20;
  int runs = 5;
  const char *dump = nullptr, *file = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--mb=", 5) == 0) mb = std::strtoul(argv[i] + 5, nullptr, 10);
    else if (std::strncmp(argv[i], "--runs=", 7) == 0) runs = std::atoi(argv[i] + 7);
    else if (std::strncmp(argv[i], "--dump=", 7) == 0) dump = argv[i] + 7;
    else if (std::strncmp(argv[i], "--file=", 7) == 0) file = argv[i] + 7;
  }
  std::string text;
  if (file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", file);
      return 2;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    text = news_text(mb * 1000 * 1000, 42);
  }
  if (dump) {
    FILE *f = std::fopen(dump, "wb");
    if (f) {
      std::fwrite(text.data(), 1, text.size(), f);
      std::fclose(f);
    }
  }
  // The two analyzers take turns, so that both see the same machine state.
  Timer seg("{\"extract\": [\"patterns\"]}"), num("{\"extract\": [\"patterns\", \"numbers\"]}");
  for (int r = 0; r < runs; ++r) {
    seg.once(text);
    num.once(text);
  }
  std::printf("text: %.1f MB of %s, best of %d runs\n", text.size() / 1e6, file ? file : "generated news-like English",
              runs);
  std::printf("segmentation + patterns:            %7.3f s  %6.1f MB/s  %zu mentions\n", seg.best,
              text.size() / 1e6 / seg.best, seg.mentions);
  std::printf("segmentation + patterns + numbers:  %7.3f s  %6.1f MB/s  %zu mentions\n", num.best,
              text.size() / 1e6 / num.best, num.mentions);
  std::printf("the numbers stage alone:            %7.3f s  %6.1f MB/s\n", num.best - seg.best,
              text.size() / 1e6 / (num.best - seg.best));
  std::printf("numbers and dates add %.1f%% to segmentation\n", (num.best - seg.best) / seg.best * 100);
  return 0;
}
