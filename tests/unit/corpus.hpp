// Reads the test corpora (tests/corpus/*/): see tests/corpus/segment/README.md for the format.
#pragma once

#include <string>
#include <vector>

namespace qt {

struct SegmentCase {
  std::string file, name;
  int line = 0;
  std::string text;
  std::vector<std::string> sentences;  // "¶" marks a paragraph break
  std::vector<std::string> tokens;     // empty: not checked
  std::vector<std::string> kinds;      // empty: not checked
};

// The .txt files of a corpus directory, sorted by name.
std::vector<std::string> corpus_files(const std::string &dir);

std::vector<SegmentCase> load_segment_corpus(const std::string &dir);

// tests/corpus/entities (format in its README): stories of "[TYPE words]"-annotated lines,
// separated by blank lines; the text without the brackets and the gold spans in it.
struct EntitySpan {
  size_t start, end;  // bytes in EntityStory::text
  std::string type;   // "PERSON", "ORG", "LOC", "NORP", "MISC"
};
struct EntityStory {
  std::string where;  // file:line of its first line
  std::string text;
  std::vector<EntitySpan> gold;
};
// Throws std::runtime_error (or std::filesystem::filesystem_error) on a malformed file.
std::vector<EntityStory> load_entity_corpus(const std::string &dir);
std::string unescape(const std::string &s);
std::string collapse_space(const std::string &s);

}  // namespace qt
