#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <cstring>
#include <string>

#include "helpers.hpp"

namespace {
nlohmann::json to_json(const std::string &text, uint32_t flags, const char *options = nullptr) {
  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new(options, &a) == QUARRY_OK);
  quarry_doc *d = nullptr;
  REQUIRE(quarry_analyze(a, text.data(), text.size(), &d) == QUARRY_OK);
  char *json = nullptr;
  size_t len = 0;
  REQUIRE(quarry_doc_to_json(d, flags, &json, &len) == QUARRY_OK);
  REQUIRE(std::strlen(json) == len);
  nlohmann::json j = nlohmann::json::parse(json);
  quarry_string_free(json);
  quarry_doc_free(d);
  quarry_analyzer_free(a);
  return j;
}
}  // namespace

TEST_CASE("JSON follows the contract", "[json]") {
  const std::string text = "Dr. Smith wrote to anna@example.org.\n\nSee #news.";
  const auto j = to_json(text, 0, "{\"reference_date\": \"2023-09-29\"}");
  CHECK(j["quarry"] == QUARRY_VERSION_STRING);
  CHECK(j["offsets"] == "byte");
  CHECK(j["reference_date"]["value"] == "2023-09-29");
  CHECK(j["reference_date"]["source"] == "option");
  REQUIRE(j["paragraphs"].size() == 2);
  REQUIRE(j["sentences"].size() == 2);
  CHECK(j["sentences"][1]["paragraph"] == 1);
  CHECK(!j.contains("tokens"));
  REQUIRE(j["mentions"].size() == 3);
  CHECK(j["mentions"][0]["type"] == "PERSON");  // the title stays outside the name
  CHECK(j["mentions"][0]["text"] == "Smith");
  CHECK(j["mentions"][0]["canonical"] == "Smith");
  CHECK(j["mentions"][0]["group"] == 0);
  CHECK(j["mentions"][1]["type"] == "EMAIL");
  CHECK(j["mentions"][1]["text"] == "anna@example.org");
  CHECK(!j["mentions"][1].contains("canonical"));
  CHECK(j["mentions"][2]["type"] == "HASHTAG");
  CHECK(j["mentions"][2]["sentence"] == 1);
  const auto none = to_json("x", 0);
  CHECK(none["reference_date"]["value"].is_null());
  CHECK(none["reference_date"]["source"] == "none");
}

TEST_CASE("an approximate time has a qualifier and no bounds", "[json]") {
  const char *opts = "{\"reference_date\": \"2023-09-29\", \"extract\": [\"numbers\"]}";
  for (const char *text : {"Shots rang out at about 6 p.m. on Friday.", "Shots rang out at about 6 p.m."}) {
    const auto j = to_json(text, 0, opts);
    REQUIRE(j["mentions"].size() == 1);
    const auto &m = j["mentions"][0];
    CHECK(m["type"] == "TIME");
    CHECK(m["qualifier"] == "approx");
    CHECK(!m.contains("low"));
    CHECK(!m.contains("high"));
  }
  // Without a reference date the weekday stays unresolved: still no bounds.
  const auto j = to_json("Shots rang out at about 6 p.m. on Friday.", 0, "{\"extract\": [\"numbers\"]}");
  REQUIRE(j["mentions"].size() == 1);
  CHECK(j["mentions"][0]["qualifier"] == "approx");
  CHECK(!j["mentions"][0].contains("low"));
}

TEST_CASE("offsets in UTF-16 code units and code points", "[json]") {
  // é is 2 bytes / 1 unit; 😀 is 4 bytes / 2 units / 1 code point.
  const std::string text = "é😀 #tag";
  const auto bytes = to_json(text, QUARRY_JSON_TOKENS);
  const auto u16 = to_json(text, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16);
  const auto cps = to_json(text, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_CODEPOINT);
  CHECK(u16["offsets"] == "utf16");
  CHECK(bytes["mentions"][0]["start"] == 7);
  CHECK(u16["mentions"][0]["start"] == 4);
  CHECK(cps["mentions"][0]["start"] == 3);
  CHECK(u16["mentions"][0]["end"] == 8);
  CHECK(u16["tokens"][1]["start"] == 1);
  CHECK(u16["tokens"][1]["end"] == 3);
  CHECK(u16["tokens"][1]["kind"] == "emoji");
}

TEST_CASE("JSON flags are validated; pretty output parses", "[json]") {
  qt::Doc d = qt::analyze("A b.");
  char *json = nullptr;
  CHECK(quarry_doc_to_json(d.get(), QUARRY_JSON_OFFSETS_UTF16 | QUARRY_JSON_OFFSETS_CODEPOINT, &json, nullptr) ==
        QUARRY_ERROR_INVALID_ARGUMENT);
  CHECK(json == nullptr);
  CHECK(quarry_doc_to_json(d.get(), 1u << 20, &json, nullptr) == QUARRY_ERROR_INVALID_ARGUMENT);
  CHECK(quarry_doc_to_json(nullptr, 0, &json, nullptr) == QUARRY_ERROR_INVALID_ARGUMENT);
  REQUIRE(quarry_doc_to_json(d.get(), QUARRY_JSON_PRETTY | QUARRY_JSON_TOKENS, &json, nullptr) == QUARRY_OK);
  const std::string s = json;
  quarry_string_free(json);
  CHECK(s.find('\n') != std::string::npos);
  CHECK(nlohmann::json::parse(s)["tokens"].size() == 3);
}

TEST_CASE("mention text in JSON replaces bad bytes", "[json][utf8]") {
  const std::string text = "Write to #ab\xFF now";
  const auto j = to_json(text, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16, "{\"invalid_utf8\": \"replace\"}");
  // The bad byte counts as one U+FFFD: tokens after it keep consistent offsets.
  const auto &toks = j["tokens"];
  REQUIRE(toks.size() == 5);
  CHECK(toks[2]["kind"] == "hashtag");
  CHECK(toks[3]["kind"] == "symbol");
  CHECK(toks[3]["start"] == 12);
  CHECK(toks[3]["end"] == 13);
  CHECK(toks[4]["start"] == 14);
}
