// Exact-span precision, recall and F1 per entity type, through the public C API, on
//   - the news test set (tests/corpus/entities/*.txt), and
//   - the held-out tenth of the training corpora (when the data directory is there).
//   ner-eval [--data DIR] [--news DIR] [--errors] [--no-heldout]
#include <cstdio>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "quarry/quarry.h"

using namespace quarry;

namespace {

std::vector<train::GoldSpan> predict(const quarry_analyzer *a, const std::string &text) {
  std::vector<train::GoldSpan> out;
  quarry_doc *doc = nullptr;
  if (quarry_analyze(a, text.data(), text.size(), &doc) != QUARRY_OK) return out;
  for (size_t i = 0; i < quarry_doc_mention_count(doc); ++i) {
    const quarry_mention m = quarry_doc_mention(doc, i);
    if (m.type < QUARRY_MENTION_PERSON || m.type > QUARRY_MENTION_MISC) continue;
    out.push_back(train::GoldSpan{static_cast<uint32_t>(m.start), static_cast<uint32_t>(m.end),
                                  static_cast<entities::EntityType>(m.type - QUARRY_MENTION_PERSON)});
  }
  quarry_doc_free(doc);
  return out;
}

void show_errors(const std::string &where, const std::string &text, const std::vector<train::GoldSpan> &gold,
                 const std::vector<train::GoldSpan> &pred) {
  auto has = [](const std::vector<train::GoldSpan> &v, const train::GoldSpan &s) {
    for (const auto &x : v)
      if (x == s) return true;
    return false;
  };
  for (const auto &g : gold)
    if (!has(pred, g))
      std::printf("%s  missed %-6s %s\n", where.c_str(), train::type_name(g.type),
                  text.substr(g.start, g.end - g.start).c_str());
  for (const auto &p : pred)
    if (!has(gold, p))
      std::printf("%s  extra  %-6s %s\n", where.c_str(), train::type_name(p.type),
                  text.substr(p.start, p.end - p.start).c_str());
}

}  // namespace

int main(int argc, char **argv) {
  std::string data_dir = QUARRY_NER_DATA_DIR;
  std::string news_dir = QUARRY_SOURCE_DIR "/tests/corpus/entities";
  bool errors = false, heldout = true;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data" && i + 1 < argc)
      data_dir = argv[++i];
    else if (a == "--news" && i + 1 < argc)
      news_dir = argv[++i];
    else if (a == "--errors")
      errors = true;
    else if (a == "--no-heldout")
      heldout = false;
    else {
      std::fprintf(stderr, "usage: ner-eval [--data DIR] [--news DIR] [--errors] [--no-heldout]\n");
      return 2;
    }
  }
  quarry_analyzer *a = nullptr;
  if (quarry_analyzer_new(nullptr, &a) != QUARRY_OK) return 1;
  std::string error;
  std::vector<train::Story> stories;
  if (!train::read_news_set(news_dir, stories, error)) {
    std::fprintf(stderr, "ner-eval: %s\n", error.c_str());
    return 1;
  }
  train::Scores news;
  size_t sentences = 0, entities = 0;
  for (const auto &s : stories) {
    const auto pred = predict(a, s.text);
    news.add(s.gold, pred);
    entities += s.gold.size();
    for (const char c : s.text) sentences += c == '\n';
    ++sentences;
    if (errors) show_errors(s.where, s.text, s.gold, pred);
  }
  std::printf("news test set (%s): %zu stories, %zu lines, %zu entities\n%s\n", news_dir.c_str(),
              stories.size(), sentences, entities, news.table().c_str());

  if (heldout) {
    std::vector<train::Sentence> data;
    if (!train::read_training_data(data_dir, data, error)) {
      std::printf("held-out split: skipped (%s)\n", error.c_str());
    } else {
      train::Scores held;
      size_t n = 0;
      for (const auto &s : data) {
        if (!s.heldout) continue;
        ++n;
        held.add(s.gold, predict(a, s.text));
      }
      std::printf("held-out tenth of the training corpora: %zu sentences\n%s", n, held.table().c_str());
    }
  }
  quarry_analyzer_free(a);
  return 0;
}
