// Unit tests for the tricky parts of numbers/ and time/: digit reading, the calendar,
// reference dates from datelines, and linear time on adversarial input.
#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "helpers.hpp"
#include "numbers/digits.hpp"
#include "numbers/numeral.hpp"
#include "time/calendar.hpp"

namespace {

nlohmann::json mentions(const std::string &text, const char *options = nullptr) {
  quarry_analyzer *a = nullptr;
  REQUIRE(quarry_analyzer_new(options, &a) == QUARRY_OK);
  qt::Doc d = qt::analyze(text, a);
  quarry_analyzer_free(a);
  REQUIRE(d);
  char *json = nullptr;
  REQUIRE(quarry_doc_to_json(d.get(), 0, &json, nullptr) == QUARRY_OK);
  nlohmann::json j = nlohmann::json::parse(json);
  quarry_string_free(json);
  return j;
}

// Best of two runs of the numbers stage alone: timing on a shared machine is noisy.
double seconds_for(const std::string &text) {
  static quarry_analyzer *numbers_only = [] {
    quarry_analyzer *a = nullptr;
    quarry_analyzer_new(R"({"extract": ["numbers"]})", &a);
    return a;
  }();
  double best = 1e30;
  for (int r = 0; r < 2; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    qt::Doc d = qt::analyze(text, numbers_only);
    REQUIRE(d);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

}  // namespace

TEST_CASE("number tokens are read with the right decimal mark", "[numbers]") {
  using quarry::numbers::read_digits;
  using quarry::numbers::Shape;
  CHECK(read_digits("97,735", '.', false).value == 97735);
  CHECK(read_digits("97,735", '.', false).grouped);
  CHECK(read_digits("1.234,5", ',', false).value == Approx(1234.5));
  CHECK(read_digits("1.234,5", '.', false).shape == Shape::Invalid);
  CHECK(read_digits("1.234,5", '.', true).value == Approx(1234.5));  // the fallback mark
  CHECK(read_digits("90\u00A0000", '.', false).value == 90000);
  CHECK(read_digits("1'000", '.', false).value == 1000);
  CHECK(read_digits("1,5", '.', false).shape == Shape::Invalid);
  CHECK(read_digits("1,1,1,1", '.', true).shape == Shape::Invalid);
  CHECK(read_digits("18:00", '.', false).shape == Shape::Time);
  CHECK(read_digits("00:01:19", '.', false).group_value[2] == 19);
  CHECK(read_digits("19th", '.', false).shape == Shape::Ordinal);
  CHECK(read_digits("1990s", '.', false).shape == Shape::Decade);
  CHECK(read_digits("٣٫٥", '.', false).value == Approx(3.5));
  CHECK(read_digits("１２３", '.', false).value == 123);
  CHECK(read_digits("007", '.', false).leading_zero);
  const auto dotted = read_digits("29.09.2023", '.', false);
  CHECK(dotted.shape == Shape::Invalid);
  CHECK(dotted.ngroups == 3);
  CHECK(dotted.group_value[2] == 2023);
}

TEST_CASE("Roman numerals are read only when written the usual way", "[numbers]") {
  using quarry::numbers::roman_numeral;
  CHECK(roman_numeral("XXI") == 21);
  CHECK(roman_numeral("XIX") == 19);
  CHECK(roman_numeral("MCMXC") == 1990);
  CHECK(roman_numeral("\u0425\u0425I") == 21);  // Cyrillic Ha for X
  CHECK(roman_numeral("IIII") == 0);
  CHECK(roman_numeral("IIV") == 0);
  CHECK(roman_numeral("VX") == 0);
  CHECK(roman_numeral("xxi") == 0);
  CHECK(roman_numeral("") == 0);
  CHECK(roman_numeral("MMMMCMXCIX") == 0);
  CHECK(roman_numeral(std::string(100, 'X')) == 0);
  CHECK(roman_numeral("\xD0") == 0);  // a lone lead byte
}

TEST_CASE("calendar arithmetic and ISO forms", "[numbers][time]") {
  using namespace quarry::time;
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(iso_day(days_from_civil(2024, 2, 29)) == "2024-02-29");
  CHECK(iso_day(days_from_civil(2023, 3, 1) - 1) == "2023-02-28");
  CHECK(weekday_of(days_from_civil(2023, 9, 29)) == 5);  // a Friday
  CHECK(iso_week(days_from_civil(2023, 9, 29)) == "2023-W39");
  CHECK(iso_week(days_from_civil(2021, 1, 3)) == "2020-W53");
  CHECK(iso_month(month_start(2023, 11, 3)) == "2024-02");
  CHECK(iso_month(month_start(2023, 1, -1)) == "2022-12");
  CHECK(!valid_date(2023, 2, 29));
  CHECK(iso_time(18, 0, 0, false, true, -240) == "T18:00-04:00");
  CHECK(iso_year(-44) == "-0044");
}

TEST_CASE("the reference date: option, dateline, or none", "[numbers][time]") {
  const std::string story = "Published: September 29, 2023\n\nThe talks resumed on Tuesday and ended yesterday.";
  auto j = mentions(story);
  CHECK(j["reference_date"]["value"] == "2023-09-29");
  CHECK(j["reference_date"]["source"] == "dateline");
  bool tuesday = false;
  for (const auto &m : j["mentions"])
    if (m["text"] == "Tuesday") {
      tuesday = true;
      CHECK(m["value"] == "2023-09-26");
    }
  CHECK(tuesday);
  j = mentions("GENEVA, Sept. 29, 2023 (Wire) -- Talks ended yesterday.");
  CHECK(j["reference_date"]["value"] == "2023-09-29");
  j = mentions(story, R"({"reference_date": "2024-01-10"})");
  CHECK(j["reference_date"]["source"] == "option");
  j = mentions("The talks ended yesterday. A deal was reached on September 29, 2023 in Geneva.");
  CHECK(j["reference_date"]["source"] == "none");
  REQUIRE(!j["mentions"].empty());
  CHECK(j["mentions"][0]["text"] == "yesterday");
  CHECK(!j["mentions"][0].contains("value"));
  CHECK(j["mentions"][0]["grain"] == "day");
}

TEST_CASE("mentions never overlap and the numbers inside a date belong to it", "[numbers]") {
  const auto j = mentions("On Sept. 19, 2023, more than 90,000 people left; the 2023-09-29 report says $4.2bn.",
                          R"({"reference_date": "2023-09-29"})");
  size_t end = 0;
  std::vector<std::string> types;
  for (const auto &m : j["mentions"]) {
    CHECK(m["start"].get<size_t>() >= end);
    end = m["end"];
    types.push_back(m["type"]);
  }
  CHECK(types == std::vector<std::string>{"DATE", "CARDINAL", "DATE", "MONEY"});
}

TEST_CASE("the stage stays linear on adversarial input", "[numbers][adversarial]") {
  const std::vector<std::string> units = {"1,",
                                          "one ",
                                          "- ",
                                          "1-",
                                          "between ",
                                          "Sept. ",
                                          "May ",
                                          "the ",
                                          "$",
                                          "+1 ",
                                          "tens of ",
                                          "1/",
                                          "a ",
                                          "and a half ",
                                          "19–",
                                          "6 p.m. ",
                                          "last ",
                                          "0",
                                          "will be in three days ",
                                          "in ",
                                          "the past ",
                                          "9/11/",
                                          "2023/24/",
                                          "May-June-",
                                          "the weekend ",
                                          "the week of ",
                                          "the first nine months of ",
                                          "12 months to ",
                                          "2023-CV-",
                                          "from 10 p.m. to ",
                                          "Rs. ",
                                          "a quarter point ",
                                          "10 millionth ",
                                          "would ",
                                          "2023-W",
                                          "1 000 ",
                                          "a tenth to ",
                                          "0500 GMT (",
                                          "в 11 часов ",
                                          "выросли с 5 до ",
                                          "45-летний ",
                                          "через "};
  for (const auto &u : units) {
    std::string small, large;
    while (small.size() < 100000) small += u;
    while (large.size() < 400000) large += u;
    // Four times the input: a linear stage takes about four times as long, a quadratic one
    // sixteen. The ratio, unlike a time limit, does not depend on the build type (Debug,
    // sanitizers); the small constant absorbs timer noise. A busy machine can still slow one
    // measurement and not the other, so up to three tries: a quadratic stage fails all three.
    double ts = 0, tl = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
      ts = seconds_for(small);
      tl = seconds_for(large);
      if (tl < 9.0 * ts + 0.02) break;
    }
    INFO("unit \"" << u << "\": " << ts << " s for 100 kB, " << tl << " s for 400 kB");
    CHECK(tl < 9.0 * ts + 0.02);
  }
  // A million digits, and a million digit groups.
  std::string digits(1000000, '7'), groups;
  while (groups.size() < 1000000) groups += "1,";
  groups += "1";
  // No hang: a single token each (the bench measures their speed).
  CHECK(seconds_for(digits) < 20.0);
  CHECK(seconds_for(groups) < 20.0);
  const auto j = mentions(digits);
  REQUIRE(j["mentions"].size() == 1);
  CHECK(j["mentions"][0]["type"] == "ID");
}
