#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "helpers.hpp"

TEST_CASE("version and status strings", "[capi]") {
  CHECK(std::string(quarry_version_string()) == QUARRY_VERSION_STRING);
  CHECK(quarry_version_number() == QUARRY_VERSION_NUMBER);
  CHECK(std::string(quarry_status_string(QUARRY_OK)) == "QUARRY_OK");
  CHECK(std::string(quarry_status_string(QUARRY_ERROR_INVALID_UTF8)) == "QUARRY_ERROR_INVALID_UTF8");
  CHECK(std::string(quarry_status_string(static_cast<quarry_status>(99))) == "QUARRY_UNKNOWN_STATUS");
  // Pinned values.
  CHECK(QUARRY_ERROR_INVALID_OPTIONS == 2);
  CHECK(QUARRY_ERROR_INVALID_UTF8 == 3);
  CHECK(QUARRY_MENTION_ID == 19);
  CHECK(QUARRY_TOKEN_ABBREVIATION == 12);
}

TEST_CASE("options: unknown and ill-typed keys are named", "[capi][options]") {
  quarry_analyzer *a = nullptr;
  CHECK(quarry_analyzer_new("{\"colour\": 1}", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(a == nullptr);
  CHECK(std::string(quarry_last_error_message()).find("colour") != std::string::npos);
  CHECK(quarry_analyzer_new("{\"invalid_utf8\": 3}", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(std::string(quarry_last_error_message()).find("invalid_utf8") != std::string::npos);
  CHECK(quarry_analyzer_new("{\"reference_date\": \"2023-02-30\"}", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(std::string(quarry_last_error_message()).find("reference_date") != std::string::npos);
  CHECK(quarry_analyzer_new("[1,2]", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(quarry_analyzer_new("{not json", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(quarry_analyzer_new(nullptr, nullptr) == QUARRY_ERROR_INVALID_ARGUMENT);
  REQUIRE(quarry_analyzer_new("{\"invalid_utf8\": \"replace\", \"reference_date\": \"2024-02-29\"}", &a) == QUARRY_OK);
  CHECK(std::string(quarry_last_error_message()).empty());
  quarry_analyzer_free(a);
  quarry_analyzer_free(nullptr);
  quarry_doc_free(nullptr);
  quarry_string_free(nullptr);
}

TEST_CASE("invalid UTF-8: error with the offset, or replace", "[capi][utf8]") {
  const std::string text = "Good text \xC3\x28 more";
  quarry_doc *d = nullptr;
  CHECK(quarry_analyze(qt::default_analyzer(), text.data(), text.size(), &d) == QUARRY_ERROR_INVALID_UTF8);
  CHECK(d == nullptr);
  CHECK(quarry_last_error_offset() == 10);
  CHECK(std::string(quarry_last_error_message()).find("10") != std::string::npos);

  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new("{\"invalid_utf8\": \"replace\"}", &a) == QUARRY_OK);
  REQUIRE(quarry_analyze(a, text.data(), text.size(), &d) == QUARRY_OK);
  bool found = false;
  for (size_t i = 0; i < quarry_doc_token_count(d); ++i) {
    const quarry_token t = quarry_doc_token(d, i);
    if (t.flags & QUARRY_TOKEN_FLAG_INVALID_UTF8) {
      CHECK(t.start == 10);
      CHECK(t.end == 11);
      CHECK(t.kind == QUARRY_TOKEN_SYMBOL);
      found = true;
    }
  }
  CHECK(found);
  quarry_doc_free(d);
  quarry_analyzer_free(a);
}

TEST_CASE("empty input and NUL bytes", "[capi]") {
  quarry_doc *d = nullptr;
  REQUIRE(quarry_analyze(qt::default_analyzer(), nullptr, 0, &d) == QUARRY_OK);
  CHECK(quarry_doc_token_count(d) == 0);
  CHECK(quarry_doc_sentence_count(d) == 0);
  CHECK(quarry_doc_paragraph_count(d) == 0);
  CHECK(quarry_doc_mention_count(d) == 0);
  quarry_doc_free(d);
  CHECK(quarry_analyze(qt::default_analyzer(), nullptr, 5, &d) == QUARRY_ERROR_INVALID_ARGUMENT);
  CHECK(quarry_analyze(nullptr, "x", 1, &d) == QUARRY_ERROR_INVALID_ARGUMENT);

  const std::string nul("one\0two. Three.", 15);
  REQUIRE(quarry_analyze(qt::default_analyzer(), nul.data(), nul.size(), &d) == QUARRY_OK);
  size_t len = 0;
  const char *copy = quarry_doc_text(d, &len);
  CHECK(len == nul.size());
  CHECK(std::memcmp(copy, nul.data(), len) == 0);
  CHECK(quarry_doc_sentence_count(d) == 2);
  quarry_doc_free(d);
}

TEST_CASE("items by value; out of range gives zeroes", "[capi]") {
  const std::string text = "Visit https://example.org now. Then rest.";
  qt::Doc d = qt::analyze(text);
  REQUIRE(quarry_doc_sentence_count(d.get()) == 2);
  const quarry_sentence s = quarry_doc_sentence(d.get(), 1);
  CHECK(qt::slice(text, s.start, s.end) == "Then rest.");
  CHECK(s.paragraph == 0);
  CHECK(quarry_doc_token(d.get(), 999).kind == QUARRY_TOKEN_NONE);
  CHECK(quarry_doc_sentence(d.get(), 999).end == 0);
  CHECK(quarry_doc_paragraph(d.get(), 999).end == 0);
  CHECK(quarry_doc_mention(d.get(), 999).type == QUARRY_MENTION_NONE);
  REQUIRE(quarry_doc_mention_count(d.get()) == 1);
  const quarry_mention m = quarry_doc_mention(d.get(), 0);
  CHECK(m.type == QUARRY_MENTION_URL);
  CHECK(qt::slice(text, m.start, m.end) == "https://example.org");
  CHECK(std::string(quarry_mention_type_string(m.type)) == "URL");
  CHECK(std::string(quarry_token_kind_string(QUARRY_TOKEN_EMOJI)) == "emoji");
  CHECK(quarry_doc_token_count(nullptr) == 0);
}

TEST_CASE("one analyzer shared by several threads gives identical results", "[capi][threads]") {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "Dr. Smith met officials in the U.S. on Sept. " + std::to_string(i % 28 + 1) +
            ". \"We agreed,\" he said. See https://example.org/" + std::to_string(i) + "\n\n";
  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new(nullptr, &a) == QUARRY_OK);
  auto run = [&]() {
    quarry_doc *d = nullptr;
    quarry_analyze(a, text.data(), text.size(), &d);
    char *json = nullptr;
    quarry_doc_to_json(d, QUARRY_JSON_TOKENS, &json, nullptr);
    std::string out = json ? json : "";
    quarry_string_free(json);
    quarry_doc_free(d);
    return out;
  };
  const std::string expected = run();
  REQUIRE(!expected.empty());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 5; ++k) results[t] = run();
    });
  for (auto &t : threads) t.join();
  for (const auto &r : results) CHECK(r == expected);
  quarry_analyzer_free(a);
}

TEST_CASE("options: the extract list turns stages off", "[capi][options]") {
  const std::string text = "Mail anna@example.org today.";
  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new("{\"extract\": []}", &a) == QUARRY_OK);
  qt::Doc none = qt::analyze(text, a);
  CHECK(quarry_doc_mention_count(none.get()) == 0);
  CHECK(quarry_doc_sentence_count(none.get()) == 1);
  quarry_analyzer_free(a);
  REQUIRE(quarry_analyzer_new("{\"extract\": [\"patterns\"]}", &a) == QUARRY_OK);
  CHECK(quarry_doc_mention_count(qt::analyze(text, a).get()) == 1);
  quarry_analyzer_free(a);
  CHECK(quarry_analyzer_new("{\"extract\": [\"verbs\"]}", &a) == QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(std::string(quarry_last_error_message()).find("extract") != std::string::npos);
  CHECK(quarry_analyzer_new("{\"entities\": [{\"text\": \"Artsakh\", \"type\": \"PLACE\"}]}", &a) ==
        QUARRY_ERROR_INVALID_OPTIONS);
  CHECK(std::string(quarry_last_error_message()).find("entities") != std::string::npos);
  REQUIRE(quarry_analyzer_new("{\"entities\": [{\"text\": \"Artsakh\", \"type\": \"LOC\"}], \"locale\": \"de\", "
                              "\"date_order\": \"dmy\"}", &a) == QUARRY_OK);
  quarry_analyzer_free(a);
  CHECK(quarry_analyzer_new("{\"date_order\": \"ymd\"}", &a) == QUARRY_ERROR_INVALID_OPTIONS);
}
