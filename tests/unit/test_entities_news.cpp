// The news test set (tests/corpus/entities, format in its README): exact-span precision,
// recall and F1 per type, with a floor slightly below what the shipped model achieves.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "helpers.hpp"

namespace {

struct Span {
  size_t start, end;
  int type;  // quarry_mention_type
  bool operator==(const Span &o) const { return start == o.start && end == o.end && type == o.type; }
};

// The corpus's type names as mention types.
int mention_type(const std::string &name) {
  static const std::pair<const char *, int> kTypes[] = {{"PERSON", QUARRY_MENTION_PERSON},
                                                        {"ORG", QUARRY_MENTION_ORG},
                                                        {"LOC", QUARRY_MENTION_LOC},
                                                        {"NORP", QUARRY_MENTION_NORP},
                                                        {"MISC", QUARRY_MENTION_MISC}};
  for (const auto &[n, type] : kTypes)
    if (name == n) return type;
  return QUARRY_MENTION_NONE;
}

double f1(long tp, long fp, long fn) {
  const double p = tp + fp ? 100.0 * tp / (tp + fp) : 0, r = tp + fn ? 100.0 * tp / (tp + fn) : 0;
  return p + r ? 2 * p * r / (p + r) : 0;
}

}  // namespace

TEST_CASE("news test set: exact-span F1", "[entities][corpus]") {
  const auto stories = qt::load_entity_corpus(QUARRY_CORPUS_DIR "/entities");
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
    std::vector<Span> gold, pred;
    for (const auto &g : s.gold) gold.push_back(Span{g.start, g.end, mention_type(g.type)});
    for (size_t i = 0; i < quarry_doc_mention_count(d.get()); ++i) {
      const quarry_mention m = quarry_doc_mention(d.get(), i);
      if (m.type >= QUARRY_MENTION_PERSON && m.type <= QUARRY_MENTION_MISC)
        pred.push_back(Span{m.start, m.end, m.type});
    }
    for (const auto &g : gold) (std::find(pred.begin(), pred.end(), g) != pred.end() ? tp : fn)[g.type]++;
    for (const auto &p : pred)
      if (std::find(gold.begin(), gold.end(), p) == gold.end()) fp[p.type]++;
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
