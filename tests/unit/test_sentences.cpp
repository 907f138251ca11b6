// A few sentence and paragraph cases that pin the core rules; the corpus holds the rest.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using qt::paragraphs;
using qt::sentences;
using qt::V;

TEST_CASE("abbreviations inside and at the end of sentences", "[sentences]") {
  CHECK(sentences("Dr. Smith met Gen. Lee on Sept. 19. They talked.") ==
        V{"Dr. Smith met Gen. Lee on Sept. 19.", "They talked."});
  CHECK(sentences("I live in the U.S. How about you?") == V{"I live in the U.S.", "How about you?"});
  CHECK(sentences("The U.S. Army arrived at 6 p.m. Friday.") == V{"The U.S. Army arrived at 6 p.m. Friday."});
  CHECK(sentences("It ended at 6 p.m. The next day was calm.") ==
        V{"It ended at 6 p.m.", "The next day was calm."});
}

TEST_CASE("initials do not end sentences", "[sentences]") {
  CHECK(sentences("Prof. Z. S. Andrew Demirdjian spoke. J. Edgar Hoover did not.") ==
        V{"Prof. Z. S. Andrew Demirdjian spoke.", "J. Edgar Hoover did not."});
}

TEST_CASE("quotes, brackets, citations, ellipses", "[sentences]") {
  CHECK(sentences("He said \"Stop.\" Then he left.") == V{"He said \"Stop.\"", "Then he left."});
  CHECK(sentences("\"Help!\" she shouted.") == V{"\"Help!\" she shouted."});
  CHECK(sentences("It grew in 2020.[12] Then it fell.") == V{"It grew in 2020.[12]", "Then it fell."});
  CHECK(sentences("Wait... what happened? Nothing... Then silence.") ==
        V{"Wait... what happened?", "Nothing...", "Then silence."});
  CHECK(sentences("Really?! Yes.") == V{"Really?!", "Yes."});
}

TEST_CASE("lists and enumerations", "[sentences]") {
  CHECK(sentences("Steps:\n1. Mix the flour\n2. Bake it") == V{"Steps:", "1. Mix the flour", "2. Bake it"});
  CHECK(sentences("Steps: 1. mix the flour 2. add water 3. bake it") ==
        V{"Steps: 1. mix the flour", "2. add water", "3. bake it"});
  CHECK(sentences("Bring:\n• water\n• bread") == V{"Bring:", "• water", "• bread"});
}

TEST_CASE("line breaks: headings end, wrapped prose does not", "[sentences]") {
  CHECK(sentences("By Anna Karapetyan\nThe talks ended on Friday.") ==
        V{"By Anna Karapetyan", "The talks ended on Friday."});
  CHECK(sentences("The minister said that the talks would continue\nnext week in the capital.") ==
        V{"The minister said that the talks would continue\nnext week in the capital."});
}

TEST_CASE("other scripts", "[sentences]") {
  CHECK(sentences("Բարև։ Ինչպե՞ս ես։") == V{"Բարև։", "Ինչպե՞ս ես։"});
  CHECK(sentences("Նա եկավ: Մենք գնացինք:") == V{"Նա եկավ:", "Մենք գնացինք:"});
  CHECK(sentences("今日は晴れです。明日は雨です。") == V{"今日は晴れです。", "明日は雨です。"});
  CHECK(sentences("यह अच्छा है। वह भी।") == V{"यह अच्छा है।", "वह भी।"});
  CHECK(sentences("هل أنت بخير؟ نعم.") == V{"هل أنت بخير؟", "نعم."});
  CHECK(sentences("Τι κάνεις; Καλά.") == V{"Τι κάνεις;", "Καλά."});
  CHECK(sentences("Он, т. е. автор, пришёл в 2023 г. в Москву. Потом ушёл.") ==
        V{"Он, т. е. автор, пришёл в 2023 г. в Москву.", "Потом ушёл."});
}

TEST_CASE("paragraphs", "[paragraphs]") {
  CHECK(paragraphs("One. Two.\n\nThree.\n \nFour.") == V{"One. Two.", "Three.", "Four."});
  CHECK(paragraphs("Ceasefire Holds\nThe ceasefire held on Sunday. Talks resume today.") ==
        V{"Ceasefire Holds", "The ceasefire held on Sunday. Talks resume today."});
  CHECK(paragraphs("").empty());
  CHECK(paragraphs("  \n\n \t ").empty());
}
