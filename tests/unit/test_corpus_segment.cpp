// Runs every case of tests/corpus/segment/: sentences, paragraphs and tokens as data.
#include <catch2/catch.hpp>
#include <set>

#include "corpus.hpp"
#include "helpers.hpp"

TEST_CASE("segmentation corpus", "[corpus]") {
  const auto cases = qt::load_segment_corpus(QUARRY_CORPUS_DIR "/segment");
  REQUIRE(cases.size() >= 300);
  std::set<std::string> names;
  size_t failures = 0;
  for (const auto &c : cases) {
    INFO(c.file << ":" << c.line << " @@ " << c.name);
    CHECK(names.insert(c.file + "/" + c.name).second);
    REQUIRE(!c.sentences.empty());
    qt::Doc d = qt::analyze(c.text);
    REQUIRE(d);
    const bool with_paragraphs =
        std::find(c.sentences.begin(), c.sentences.end(), "¶") != c.sentences.end();
    std::vector<std::string> got;
    size_t last_paragraph = 0;
    for (size_t i = 0; i < quarry_doc_sentence_count(d.get()); ++i) {
      const quarry_sentence s = quarry_doc_sentence(d.get(), i);
      if (with_paragraphs && i > 0 && s.paragraph != last_paragraph) got.push_back("¶");
      last_paragraph = s.paragraph;
      got.push_back(qt::collapse_space(qt::slice(c.text, s.start, s.end)));
    }
    bool ok = got == c.sentences;
    CHECK(got == c.sentences);
    if (!c.tokens.empty()) {
      std::vector<std::string> toks, kinds;
      for (size_t i = 0; i < quarry_doc_token_count(d.get()); ++i) {
        const quarry_token t = quarry_doc_token(d.get(), i);
        toks.push_back(qt::slice(c.text, t.start, t.end));
        kinds.push_back(quarry_token_kind_string(t.kind));
      }
      CHECK(toks == c.tokens);
      ok = ok && toks == c.tokens;
      if (!c.kinds.empty()) {
        CHECK(kinds == c.kinds);
        ok = ok && kinds == c.kinds;
      }
    }
    failures += ok ? 0 : 1;
  }
  WARN(cases.size() << " segmentation cases, " << failures << " failing");
}
