// The news test set (tests/corpus/entities, format in its README): exact-span precision,
// recall and F1 per type, with a floor slightly below what the shipped model achieves.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace {

struct Span {
  size_t start, end;
  int type;  // quarry_mention_type
  bool operator==(const Span &o) const { return start == o.start && end == o.end && type == o.type; }
};

struct Story {
  std::string where, text;
  std::vector<Span> gold;
};

std::vector<Story> load(const std::string &dir) {
  static const std::pair<const char *, int> kTypes[] = {{"PERSON", QUARRY_MENTION_PERSON},
                                                        {"ORG", QUARRY_MENTION_ORG},
                                                        {"LOC", QUARRY_MENTION_LOC},
                                                        {"NORP", QUARRY_MENTION_NORP},
                                                        {"MISC", QUARRY_MENTION_MISC}};
  std::vector<std::filesystem::path> paths;
  for (const auto &e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Story> out;
  for (const auto &p : paths) {
    std::ifstream in(p);
    std::string line;
    int lineno = 0;
    Story story;
    auto flush = [&] {
      if (!story.text.empty()) out.push_back(story);
      story = Story{};
    };
    while (std::getline(in, line)) {
      ++lineno;
      if (!line.empty() && line[0] == '#') continue;
      if (line.empty()) {
        flush();
        continue;
      }
      if (story.text.empty())
        story.where = p.filename().string() + ":" + std::to_string(lineno);
      else
        story.text.push_back('\n');
      for (size_t i = 0; i < line.size();) {
        bool entity = false;
        for (const auto &[name, type] : kTypes) {
          const std::string head = std::string("[") + name + " ";
          if (line.compare(i, head.size(), head) != 0) continue;
          const size_t close = line.find(']', i);
          REQUIRE(close != std::string::npos);
          const size_t start = story.text.size();
          story.text += line.substr(i + head.size(), close - i - head.size());
          story.gold.push_back(Span{start, story.text.size(), type});
          i = close + 1;
          entity = true;
          break;
        }
        if (!entity) story.text.push_back(line[i++]);
      }
    }
    flush();
  }
  return out;
}

double f1(long tp, long fp, long fn) {
  const double p = tp + fp ? 100.0 * tp / (tp + fp) : 0, r = tp + fn ? 100.0 * tp / (tp + fn) : 0;
  return p + r ? 2 * p * r / (p + r) : 0;
}

}  // namespace

TEST_CASE("news test set: exact-span F1", "[entities][corpus]") {
  const auto stories = load(QUARRY_CORPUS_DIR "/entities");
  size_t lines = 0, entities = 0;
  for (const auto &s : stories) {
    lines += 1 + static_cast<size_t>(std::count(s.text.begin(), s.text.end(), '\n'));
    entities += s.gold.size();
  }
  REQUIRE(lines >= 150);
  REQUIRE(entities >= 400);
  long tp[20] = {}, fp[20] = {}, fn[20] = {};
  for (const auto &s : stories) {
    qt::Doc d = qt::analyze(s.text);
    REQUIRE(d);
    std::vector<Span> pred;
    for (size_t i = 0; i < quarry_doc_mention_count(d.get()); ++i) {
      const quarry_mention m = quarry_doc_mention(d.get(), i);
      if (m.type >= QUARRY_MENTION_PERSON && m.type <= QUARRY_MENTION_MISC)
        pred.push_back(Span{m.start, m.end, m.type});
    }
    for (const auto &g : s.gold) (std::find(pred.begin(), pred.end(), g) != pred.end() ? tp : fn)[g.type]++;
    for (const auto &p : pred)
      if (std::find(s.gold.begin(), s.gold.end(), p) == s.gold.end()) fp[p.type]++;
  }
  std::string table = "type     P       R       F1\n";
  long T = 0, P = 0, N = 0;
  char buf[128];
  for (int t = QUARRY_MENTION_PERSON; t <= QUARRY_MENTION_MISC; ++t) {
    T += tp[t], P += fp[t], N += fn[t];
    std::snprintf(buf, sizeof buf, "%-7s %6.2f  %6.2f  %6.2f\n",
                  quarry_mention_type_string(static_cast<quarry_mention_type>(t)),
                  tp[t] + fp[t] ? 100.0 * tp[t] / (tp[t] + fp[t]) : 0.0,
                  tp[t] + fn[t] ? 100.0 * tp[t] / (tp[t] + fn[t]) : 0.0, f1(tp[t], fp[t], fn[t]));
    table += buf;
  }
  const double all = f1(T, P, N);
  std::snprintf(buf, sizeof buf, "all     %6.2f  %6.2f  %6.2f\n", 100.0 * T / (T + P), 100.0 * T / (T + N),
                all);
  table += buf;
  WARN("news test set, " << stories.size() << " stories, " << entities << " entities\n" << table);
  // The shipped model scores 88.9 overall, PERSON 92.2, LOC 92.5 (docs/entities.md); a drop
  // below these floors is a regression.
  CHECK(f1(tp[QUARRY_MENTION_PERSON], fp[QUARRY_MENTION_PERSON], fn[QUARRY_MENTION_PERSON]) >= 88.0);
  CHECK(f1(tp[QUARRY_MENTION_LOC], fp[QUARRY_MENTION_LOC], fn[QUARRY_MENTION_LOC]) >= 89.0);
  REQUIRE(all >= 87.0);
}
