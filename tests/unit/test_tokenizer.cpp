#include <catch2/catch.hpp>

#include "helpers.hpp"

using qt::tokens;
using qt::kinds;
using qt::V;

TEST_CASE("words keep internal hyphens and apostrophes", "[tokens]") {
  CHECK(tokens("Nagorno-Karabakh months-long O'Brien") == V{"Nagorno-Karabakh", "months-long", "O'Brien"});
  CHECK(tokens("rock'n'roll") == V{"rock'n'roll"});
}

TEST_CASE("possessives and clitics split off", "[tokens]") {
  CHECK(tokens("Azerbaijan's") == V{"Azerbaijan", "'s"});
  CHECK(tokens("Azerbaijan\u2019s") == V{"Azerbaijan", "\u2019s"});
  CHECK(tokens("don't") == V{"do", "n't"});
  CHECK(tokens("can\u2019t") == V{"ca", "n\u2019t"});
  CHECK(tokens("they're we've I'm") == V{"they", "'re", "we", "'ve", "I", "'m"});
}

TEST_CASE("numbers", "[tokens]") {
  CHECK(tokens("97,735 1.5 1.234,5") == V{"97,735", "1.5", "1.234,5"});
  CHECK(tokens("90\u00A0000 people") == V{"90\u00A0000", "people"});
  CHECK(tokens("90\u2009000") == V{"90\u2009000"});
  CHECK(tokens("90 000") == V{"90", "000"});
  CHECK(tokens("2,000-year-old") == V{"2,000", "-", "year-old"});
  CHECK(tokens("19th 1990s 10km") == V{"19th", "1990s", "10", "km"});
  CHECK(tokens("1915-1923") == V{"1915", "-", "1923"});
  CHECK(tokens("18:00 [00:01:19]") == V{"18:00", "[", "00:01:19", "]"});
  CHECK(tokens("٣٠٠ ۱۲۳") == V{"٣٠٠", "۱۲۳"});
  CHECK(kinds("97,735") == V{"number"});
}

TEST_CASE("a million digits or dots is one token", "[tokens][adversarial]") {
  CHECK(tokens(std::string(100000, '7')).size() == 1);
  CHECK(tokens(std::string(100000, '.')).size() == 1);
  CHECK(tokens(std::string(10000, '(')).size() == 10000);
}

TEST_CASE("URLs, emails, handles, hashtags", "[tokens]") {
  CHECK(tokens("See https://example.org/a/b?x=1&y=2.") == V{"See", "https://example.org/a/b?x=1&y=2", "."});
  CHECK(kinds("https://example.org/a") == V{"url"});
  CHECK(tokens("(www.example.com)") == V{"(", "www.example.com", ")"});
  CHECK(tokens("https://en.wikipedia.org/wiki/Foo_(bar)") == V{"https://en.wikipedia.org/wiki/Foo_(bar)"});
  CHECK(tokens("mail anna.k+news@example.co.uk now") == V{"mail", "anna.k+news@example.co.uk", "now"});
  CHECK(kinds("anna@example.org") == V{"email"});
  CHECK(tokens("@quarry_dev and #Artsakh2023") == V{"@quarry_dev", "and", "#Artsakh2023"});
  CHECK(kinds("@quarry_dev #news") == V{"handle", "hashtag"});
  CHECK(kinds("example.com") == V{"url"});
  CHECK(kinds("report.pdf") == V{"word"});
}

TEST_CASE("emoji clusters are one token", "[tokens]") {
  CHECK(tokens("👍🏽") == V{"👍🏽"});
  CHECK(tokens("👩\u200D👩\u200D👧 family") == V{"👩\u200D👩\u200D👧", "family"});
  CHECK(tokens("🇦🇲🇫🇷") == V{"🇦🇲", "🇫🇷"});
  CHECK(kinds("🇦🇲") == V{"emoji"});
  CHECK(tokens("1\uFE0F\u20E3") == V{"1\uFE0F\u20E3"});
}

TEST_CASE("citation markers and emoticons", "[tokens]") {
  CHECK(tokens("2020.[23]") == V{"2020", ".", "[23]"});
  CHECK(tokens("[1 - 3]") == V{"[1 - 3]"});
  CHECK(kinds("[4, 5]") == V{"citation"});
  CHECK(kinds("great :-) ok") == V{"word", "emoticon", "word"});
  CHECK(kinds("<3") == V{"emoticon"});
}

TEST_CASE("abbreviations keep their period", "[tokens]") {
  CHECK(tokens("Dr. Smith") == V{"Dr.", "Smith"});
  CHECK(tokens("the U.S. and e.g. this") == V{"the", "U.S.", "and", "e.g.", "this"});
  CHECK(tokens("J. Edgar") == V{"J.", "Edgar"});
  CHECK(kinds("Sept. 19") == V{"abbreviation", "number"});
  CHECK(tokens("end.") == V{"end", "."});
  CHECK(tokens("wait...") == V{"wait", "..."});
}

TEST_CASE("punctuation runs", "[tokens]") {
  CHECK(tokens("Really?!") == V{"Really", "?!"});
  CHECK(tokens("a -- b") == V{"a", "--", "b"});
  CHECK(tokens("$4.2bn") == V{"$", "4.2", "bn"});
}

TEST_CASE("CJK and other scripts", "[tokens]") {
  CHECK(tokens("東京タワーに行く") == V{"東", "京", "タワー", "に", "行", "く"});
  CHECK(tokens("Ի՞նչ է") == V{"Ի՞նչ", "է"});
}

TEST_CASE("every byte is in one token or in white space", "[tokens]") {
  const std::string text = std::string("a\0b\x01 c", 6);
  CHECK(tokens(text) == V{"a", std::string("\0", 1), "b", "\x01", "c"});
}
