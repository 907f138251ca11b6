// Named entities: spans as a careful annotator marks them, alias groups, the user lexicon.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace {

struct Entity {
  std::string type, text, canonical;
  int group = -1;
};

std::vector<Entity> entities(const std::string &text, const char *options = nullptr) {
  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new(options, &a) == QUARRY_OK);
  quarry_doc *d = nullptr;
  REQUIRE(quarry_analyze(a, text.data(), text.size(), &d) == QUARRY_OK);
  char *json = nullptr;
  REQUIRE(quarry_doc_to_json(d, 0, &json, nullptr) == QUARRY_OK);
  const auto j = nlohmann::json::parse(json);
  quarry_string_free(json);
  quarry_doc_free(d);
  quarry_analyzer_free(a);
  std::vector<Entity> out;
  for (const auto &m : j["mentions"]) {
    const std::string type = m["type"];
    if (type != "PERSON" && type != "ORG" && type != "LOC" && type != "NORP" && type != "MISC") continue;
    out.push_back(Entity{type, m["text"], m.value("canonical", ""), m.value("group", -1)});
  }
  return out;
}

std::vector<std::string> typed(const std::string &text, const char *options = nullptr) {
  std::vector<std::string> out;
  for (const auto &e : entities(text, options)) out.push_back(e.type + " " + e.text);
  return out;
}

const Entity *find(const std::vector<Entity> &es, const std::string &text) {
  for (const auto &e : es)
    if (e.text == text) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("titles stay outside person names", "[entities]") {
  CHECK(typed("President Ilham Aliyev addressed the nation on Tuesday.") == qt::V{"PERSON Ilham Aliyev"});
  CHECK(typed("Foreign Minister Ararat Mirzoyan met envoys in Brussels.") ==
        qt::V{"PERSON Ararat Mirzoyan", "LOC Brussels"});
  CHECK(typed("Dr. Jane Smith said the results were clear.") == qt::V{"PERSON Jane Smith"});
}

TEST_CASE("possessives stay outside", "[entities]") {
  const auto got = typed("Nikol Pashinyan spoke first. Pashinyan's office later issued a statement.");
  CHECK(got == qt::V{"PERSON Nikol Pashinyan", "PERSON Pashinyan"});
}

TEST_CASE("of, for and the stay inside names", "[entities]") {
  CHECK(typed("He addressed the Council of Europe in Strasbourg.") ==
        qt::V{"ORG Council of Europe", "LOC Strasbourg"});
  CHECK(typed("The case is before the International Court of Justice.") ==
        qt::V{"ORG International Court of Justice"});
  const auto lemkin = typed("The Lemkin Institute for Genocide Prevention issued a warning.");
  CHECK(lemkin == qt::V{"ORG Lemkin Institute for Genocide Prevention"});
}

TEST_CASE("a nationality before a common noun is NORP", "[entities]") {
  CHECK(typed("The Armenian government rejected the proposal.") == qt::V{"NORP Armenian"});
  CHECK(typed("More than 100,000 Armenians fled the region.") == qt::V{"NORP Armenians"});
}

TEST_CASE("events and treaties are MISC", "[entities]") {
  const auto got = typed("Lawyers cited the Genocide Convention and the Rome Statute.");
  CHECK(got == qt::V{"MISC Genocide Convention", "MISC Rome Statute"});
}

TEST_CASE("text without names has no entities", "[entities]") {
  CHECK(typed("prices rose sharply in the first quarter, the report said.").empty());
  CHECK(typed("").empty());
  CHECK(typed("12345 67.8 %%% ...").empty());
}

TEST_CASE("alias groups: surname to full name", "[entities][aliases]") {
  const auto es = entities("President Ilham Aliyev spoke on Monday. Aliyev said the talks would go on.");
  const Entity *full = find(es, "Ilham Aliyev");
  const Entity *sur = find(es, "Aliyev");
  REQUIRE(full);
  REQUIRE(sur);
  CHECK(sur->type == "PERSON");
  CHECK(full->canonical == "Ilham Aliyev");
  CHECK(sur->canonical == "Ilham Aliyev");
  CHECK(sur->group == full->group);
}

TEST_CASE("alias groups: acronym and expansion", "[entities][aliases]") {
  const auto es =
      entities("Armenia joined the International Criminal Court (ICC) on Tuesday. The ICC has 124 members.");
  const Entity *full = find(es, "International Criminal Court");
  REQUIRE(full);
  int icc = 0;
  for (const auto &e : es) {
    if (e.text != "ICC") continue;
    ++icc;
    CHECK(e.type == "ORG");
    CHECK(e.canonical == "International Criminal Court");
    CHECK(e.group == full->group);
  }
  CHECK(icc == 2);
  // By initials alone, without the parenthesis.
  const auto es2 =
      entities("The Collective Security Treaty Organization met in Minsk. The CSTO did not act.");
  const Entity *csto = find(es2, "CSTO");
  const Entity *exp = find(es2, "Collective Security Treaty Organization");
  REQUIRE(csto);
  REQUIRE(exp);
  CHECK(csto->group == exp->group);
}

TEST_CASE("alias groups: known short forms and nationalities", "[entities][aliases]") {
  const auto es = entities("The UN said Armenia had asked for help. Armenian officials met UN envoys.");
  const Entity *un = find(es, "UN");
  const Entity *armenia = find(es, "Armenia");
  const Entity *armenian = find(es, "Armenian");
  REQUIRE(un);
  REQUIRE(armenia);
  REQUIRE(armenian);
  CHECK(un->canonical == "United Nations");
  CHECK(armenian->type == "NORP");
  CHECK(armenian->canonical == "Armenia");
  CHECK(armenian->group == armenia->group);
  CHECK(un->group != armenia->group);
  // Different entities get different groups; group ids are dense from 0.
  int max_group = -1;
  for (const auto &e : es) max_group = std::max(max_group, e.group);
  CHECK(max_group == 1);
}

TEST_CASE("user lexicon: exact phrases win over the model", "[entities][lexicon]") {
  const char *options =
      R"({"entities": [{"text": "Quarry Labs", "type": "ORG"}, {"text": "Stepanakert", "type": "MISC"},
                       {"text": "Blue Lantern", "type": "PERSON"}]})";
  const auto got = typed("Quarry Labs opened an office in Stepanakert, said Blue Lantern.", options);
  CHECK(got == qt::V{"ORG Quarry Labs", "MISC Stepanakert", "PERSON Blue Lantern"});
  // Exact means exact: another case is not the phrase.
  const auto lower = typed("quarry labs opened an office.", options);
  CHECK(lower.empty());
  // The lexicon's phrase wins even inside what the model would tag as one longer name.
  const auto inside = entities("President Blue Lantern spoke.", options);
  REQUIRE(inside.size() == 1);
  CHECK(inside[0].text == "Blue Lantern");
  CHECK(inside[0].type == "PERSON");
}

TEST_CASE("the entities stage can be turned off", "[entities]") {
  CHECK(typed("President Ilham Aliyev spoke.", R"({"extract": ["patterns", "numbers"]})").empty());
  CHECK(!typed("President Ilham Aliyev spoke.", R"({"extract": ["entities"]})").empty());
}

TEST_CASE("entities never overlap other mentions and keep their offsets", "[entities]") {
  const std::string text =
      "On Sept. 19, 2023, Azerbaijan's army shelled Stepanakert; see https://example.org/ICC now.";
  qt::Doc d = qt::analyze(text);
  REQUIRE(d);
  size_t last_end = 0;
  for (size_t i = 0; i < quarry_doc_mention_count(d.get()); ++i) {
    const quarry_mention m = quarry_doc_mention(d.get(), i);
    CHECK(m.start >= last_end);
    CHECK(m.end <= text.size());
    last_end = m.end;
    if (m.type == QUARRY_MENTION_LOC)
      CHECK((qt::slice(text, m.start, m.end) == "Azerbaijan" ||
             qt::slice(text, m.start, m.end) == "Stepanakert"));
  }
}
