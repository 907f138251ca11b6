// Entity extraction throughput through the public API: the same ~20 MB of generated
// news-like text analyzed with {"extract": ["patterns"]} and {"extract": ["patterns",
// "entities"]}; the difference is the entity stage. Times are the thread's CPU time (best
// of three), as one document and as ~5 KB articles.   ner-speed [MEGABYTES]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer.hpp"
#include "entities/model.hpp"
#include "quarry/quarry.h"

namespace {

// CPU time of this thread: "MB/s per core" even on a busy machine.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// A deterministic news-like text: sentences drawn from templates and name lists.
std::string make_text(size_t bytes) {
  static const char *const kPeople[] = {"Ilham Aliyev",         "Nikol Pashinyan", "Antony Blinken",
                                        "Maria Zakharova",      "Charles Michel",  "Josep Borrell",
                                        "Ursula von der Leyen", "Jane Smith",      "Ahmed Hassan",
                                        "Olena Kovalenko",      "Pedro Alvarez",   "Li Wei"};
  static const char *const kTitles[] = {
      "President", "Prime Minister", "Foreign Minister", "Secretary of State", "spokeswoman",
      "Dr.",       "Gen.",           "Ambassador"};
  static const char *const kOrgs[] = {
      "the United Nations",     "the European Union", "the International Criminal Court",
      "Human Rights Watch",     "the World Bank",     "NATO",
      "the Council of Europe",  "the Red Cross",      "Reuters",
      "the Ministry of Defense"};
  static const char *const kPlaces[] = {
      "Armenia", "Azerbaijan", "Nagorno-Karabakh",    "Stepanakert", "Brussels", "Washington", "Moscow",
      "Geneva",  "Kyiv",       "the Lachin corridor", "Goris"};
  static const char *const kNorp[] = {"Armenian", "Azerbaijani", "Russian",
                                      "European", "American",    "Ukrainian"};
  static const char *const kTemplates[] = {
      "{T} {P} said on Tuesday that {O} would send a mission to {L}.",
      "More than 100,000 {N} residents fled {L} after the offensive, according to {O}.",
      "\"We are deeply concerned,\" {P} told reporters in {L}, adding that talks with {O} would continue.",
      "The {N} government rejected the claims, and {T} {P} called for an investigation by {O}.",
      "Officials in {L} and {L} met for the first time since the war, {O} said in a statement.",
      "{P}, who leads the delegation, will travel to {L} next week to meet {N} officials.",
      "Prices rose 3.5% in March, the statistics office said, while exports to {L} fell sharply.",
      "A convoy of 20 trucks carrying food and medicine was stopped at the border for three days.",
  };
  std::string out;
  uint64_t state = 88172645463325252ull;
  auto pick = [&](size_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<size_t>(state % n);
  };
  int in_paragraph = 0;
  while (out.size() < bytes) {
    const std::string t = kTemplates[pick(sizeof kTemplates / sizeof *kTemplates)];
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
        const char c = t[i + 1];
        if (c == 'P')
          out += kPeople[pick(sizeof kPeople / sizeof *kPeople)];
        else if (c == 'T')
          out += kTitles[pick(sizeof kTitles / sizeof *kTitles)];
        else if (c == 'O')
          out += kOrgs[pick(sizeof kOrgs / sizeof *kOrgs)];
        else if (c == 'L')
          out += kPlaces[pick(sizeof kPlaces / sizeof *kPlaces)];
        else if (c == 'N')
          out += kNorp[pick(sizeof kNorp / sizeof *kNorp)];
        i += 2;
        continue;
      }
      out.push_back(t[i]);
    }
    out += ++in_paragraph % 5 == 0 ? "\n\n" : " ";
  }
  return out;
}

// Articles of about 5 KB: the text cut at paragraph breaks.
std::vector<std::string_view> articles(const std::string &text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t cut = text.find("\n\n", start + 5000);
    cut = cut == std::string::npos ? text.size() : cut + 2;
    out.emplace_back(text.data() + start, cut - start);
    start = cut;
  }
  return out;
}

double seconds_articles(const char *options, const std::vector<std::string_view> &parts, size_t *mentions) {
  quarry_analyzer *a = nullptr;
  quarry_analyzer_new(options, &a);
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    size_t count = 0;
    const double t0 = cpu_now();
    for (const auto &p : parts) {
      quarry_doc *d = nullptr;
      quarry_analyze(a, p.data(), p.size(), &d);
      count += quarry_doc_mention_count(d);
      quarry_doc_free(d);
    }
    const double t1 = cpu_now();
    *mentions = count;
    best = std::min(best, t1 - t0);
  }
  quarry_analyzer_free(a);
  return best;
}

double seconds(const char *options, const std::string &text, size_t *mentions) {
  quarry_analyzer *a = nullptr;
  quarry_analyzer_new(options, &a);
  // Warm-up on a small slice: tables are built at first use, not measured here.
  quarry_doc *d = nullptr;
  quarry_analyze(a, text.data(), 10000, &d);
  quarry_doc_free(d);
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const double t0 = cpu_now();
    quarry_analyze(a, text.data(), text.size(), &d);
    const double t1 = cpu_now();
    *mentions = quarry_doc_mention_count(d);
    quarry_doc_free(d);
    best = std::min(best, t1 - t0);
  }
  quarry_analyzer_free(a);
  return best;
}

}  // namespace

int main(int argc, char **argv) {
  {
    // First use: the gazetteer and model tables are loaded (once per process); timed one by
    // one, then the rest of the first analysis.
    quarry_analyzer *a = nullptr;
    quarry_analyzer_new(nullptr, &a);
    const char *text = "President Ilham Aliyev met UN envoys in Baku.";
    quarry_doc *d = nullptr;
    const double t0 = cpu_now();
    quarry::entities::Gazetteer::get();
    const double t1 = cpu_now();
    quarry::entities::Model::get();
    const double t2 = cpu_now();
    quarry_analyze(a, text, std::strlen(text), &d);
    const double t3 = cpu_now();
    std::printf("first analysis (loads the entity tables): %.1f ms (gazetteer %.2f ms, model %.2f ms, analysis %.2f ms)\n",
                (t3 - t0) * 1e3, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3);
    quarry_doc_free(d);
    quarry_analyzer_free(a);
  }
  const double mb = argc > 1 ? std::atof(argv[1]) : 20.0;
  const std::string text = make_text(static_cast<size_t>(mb * 1e6));
  const double size = static_cast<double>(text.size()) / 1e6;
  size_t m0 = 0, m1 = 0;
  const double base = seconds(R"({"extract": ["patterns"]})", text, &m0);
  const double with = seconds(R"({"extract": ["patterns", "entities"]})", text, &m1);
  std::printf("text: %.1f MB\n", size);
  std::printf("patterns only:       %.3f s (%.1f MB/s), %zu mentions\n", base, size / base, m0);
  std::printf("patterns + entities: %.3f s (%.1f MB/s), %zu mentions\n", with, size / with, m1);
  std::printf("entity stage alone:  %.3f s (%.1f MB/s)\n", with - base, size / (with - base));
  const auto parts = articles(text);
  const double abase = seconds_articles(R"({"extract": ["patterns"]})", parts, &m0);
  const double awith = seconds_articles(R"({"extract": ["patterns", "entities"]})", parts, &m1);
  std::printf("as %zu articles of ~5 KB:\n", parts.size());
  std::printf("patterns only:       %.3f s (%.1f MB/s), %zu mentions\n", abase, size / abase, m0);
  std::printf("patterns + entities: %.3f s (%.1f MB/s), %zu mentions\n", awith, size / awith, m1);
  std::printf("entity stage alone:  %.3f s (%.1f MB/s)\n", awith - abase, size / (awith - abase));
  return 0;
}
