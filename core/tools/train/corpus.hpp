// Training and evaluation data for the name tagger: the CoNLL-style corpora of
// /work/shared/data/ner (read at training time only, never committed) and our own news test
// set (tests/corpus/entities). Every sentence is re-tokenized with Quarry's tokenizer and the
// corpus labels are carried over through the text.
#pragma once

#include <string>
#include <vector>

#include "entities/features.hpp"
#include "segment/token.hpp"

namespace quarry::train {

struct GoldSpan {
  uint32_t start, end;  // bytes in the sentence text
  entities::EntityType type;
  bool operator==(const GoldSpan &o) const { return start == o.start && end == o.end && type == o.type; }
};

struct Sentence {
  std::string text;
  std::vector<segment::Token> tokens;
  std::vector<GoldSpan> gold;
  std::vector<int> labels;  // BILOU label per token
  int corpus = 0;
  bool heldout = false;
};

struct CorpusFile {
  std::string name;  // file name in the data directory
  int format;        // 0: CoNLL-U-like .iob2 with "# text", 1: token<sp>tag IOB2, 2: IOB1
};

// Reads the training corpora; every tenth sentence of each (index % 10 == 9) is held out.
// The label mapping is documented in docs/entities.md. Returns false with a message on error.
bool read_training_data(const std::string &dir, std::vector<Sentence> &out, std::string &error);

// A story of the news test set: text and gold spans (bytes in text).
struct Story {
  std::string where;  // file:line of its first line
  std::string text;
  std::vector<GoldSpan> gold;
};
// Reads tests/corpus/entities/*.txt (format: tests/corpus/entities/README.md).
bool read_news_set(const std::string &dir, std::vector<Story> &out, std::string &error);

// Per-type exact-span scores.
struct Scores {
  long tp[entities::kEntityTypes] = {}, fp[entities::kEntityTypes] = {}, fn[entities::kEntityTypes] = {};
  void add(const std::vector<GoldSpan> &gold, const std::vector<GoldSpan> &pred);
  double f1() const;
  std::string table() const;
};

const char *type_name(entities::EntityType t);

}  // namespace quarry::train
