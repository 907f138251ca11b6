// Text generators written for this benchmark: templates filled from small word lists, so
// the text has the shape of wire copy (datelines, titles, quotes, numbers, abbreviations,
// lists, URLs) without being anyone's prose.
#include "corpus_gen.hpp"

#include <random>
#include <vector>

namespace bench {
namespace {

const std::vector<std::string> kFirst = {"Anna", "Davit", "Lilit", "Karen", "Maria", "Tigran", "Sofia", "Aram",
                                         "Elena", "Marco", "Nadia", "Omar", "Helen", "Peter", "Yuki", "Ravi"};
const std::vector<std::string> kLast = {"Petrosyan", "Marchetti", "Kovacs", "Haddad", "Lindqvist", "Okafor",
                                        "Sarkisian", "Moreau", "Tanaka", "Novak", "Castillo", "Brennan"};
const std::vector<std::string> kTitle = {"Dr.", "Prof.", "Gen.", "Sen.", "Mr.", "Ms.", "President", "Minister"};
const std::vector<std::string> kPlace = {"Geneva", "Yerevan", "Brussels", "Nairobi", "Lisbon", "Tbilisi", "Oslo",
                                         "the U.S.", "the U.K.", "Montreal", "Vienna", "Baku"};
const std::vector<std::string> kOrg = {"the U.N. refugee agency", "the World Health Organization",
                                       "the Council of Europe", "Northwind Inc.", "the central bank",
                                       "the International Court of Justice", "the ministry of finance"};
const std::vector<std::string> kVerb = {"said", "told reporters", "wrote", "announced", "warned", "added"};
const std::vector<std::string> kNoun = {"residents", "displaced people", "households", "students", "workers",
                                        "soldiers", "voters", "patients"};
const std::vector<std::string> kMonth = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
                                         "Sept.", "Oct.", "Nov.", "Dec."};
const std::vector<std::string> kQuote = {
    "We will not accept any delay", "The situation remains fragile", "Nobody expected this to happen so fast",
    "This is a humanitarian emergency", "We are ready to talk, e.g. about the roads and i.e. the border",
    "Our priority is the safety of civilians", "The numbers speak for themselves"};

struct Gen {
  std::mt19937 rng;
  explicit Gen(unsigned seed) : rng(seed) {}
  template <class V> const std::string &pick(const V &v) { return v[rng() % v.size()]; }
  int num(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }
  std::string person() { return pick(kFirst) + " " + pick(kLast); }
  std::string amount() {
    switch (rng() % 6) {
      case 0: return std::to_string(num(2, 99)) + "," + std::to_string(num(100, 999));
      case 1: return "$" + std::to_string(num(1, 9)) + "." + std::to_string(num(1, 9)) + " billion";
      case 2: return std::to_string(num(1, 99)) + "%";
      case 3: return "more than " + std::to_string(num(2, 900)) + ",000";
      case 4: return "between " + std::to_string(num(1, 4)) + "00 and " + std::to_string(num(5, 9)) + "00";
      default: return "about " + std::to_string(num(10, 90)) + " percent";
    }
  }
  std::string sentence() {
    switch (rng() % 9) {
      case 0:
        return pick(kTitle) + " " + person() + " " + pick(kVerb) + " on " + pick(kMonth) + " " +
               std::to_string(num(1, 28)) + " that " + amount() + " " + pick(kNoun) + " had left " + pick(kPlace) + ".";
      case 1:
        return "\"" + pick(kQuote) + ",\" " + pick(kTitle) + " " + pick(kLast) + " " + pick(kVerb) + ".";
      case 2:
        return "According to " + pick(kOrg) + ", " + amount() + " of the " + pick(kNoun) + " in " + pick(kPlace) +
               " were affected by 6 p.m. local time.";
      case 3:
        return "Officials in " + pick(kPlace) + " met " + pick(kOrg) + " for " + std::to_string(num(2, 40)) +
               " hours; the talks, which began in " + std::to_string(num(1990, 2023)) + ", will resume next week.";
      case 4:
        return "Did " + pick(kOrg) + " know? " + person() + "'s team didn't say.";
      case 5:
        return "The report (see https://example.org/reports/" + std::to_string(num(1, 999)) +
               "?lang=en) lists " + amount() + " " + pick(kNoun) + ".[" + std::to_string(num(1, 60)) + "]";
      case 6:
        return pick(kFirst) + " " + std::string(1, static_cast<char>('A' + num(0, 25))) + ". " + pick(kLast) +
               ", a spokesperson for " + pick(kOrg) + ", wrote to press@example.org... and waited.";
      case 7:
        return "In " + pick(kPlace) + ", prices rose " + amount() + " in the 12 months to " + pick(kMonth) +
               " " + std::to_string(num(2015, 2024)) + ", the highest since the 1990s.";
      default:
        return "It was the " + std::to_string(num(2, 30)) + "th round of talks since the ceasefire, " +
               pick(kVerb) + " " + person() + ".";
    }
  }
};

}  // namespace

std::string english_news(size_t bytes, unsigned seed) {
  Gen g(seed);
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    out += "Talks Resume in " + g.pick(kPlace) + "\nBy " + g.person() + "\n\n";
    out += g.pick(kPlace) + ", " + g.pick(kMonth) + " " + std::to_string(g.num(1, 28)) + " -- ";
    const int paragraphs = g.num(3, 7);
    for (int p = 0; p < paragraphs; ++p) {
      const int sentences = g.num(2, 5);
      for (int s = 0; s < sentences; ++s) {
        out += g.sentence();
        out += ' ';
      }
      out.back() = '\n';
      if (g.rng() % 5 == 0) out += "1. the exchange of detainees\n2. the reopening of roads\n";
      out += '\n';
    }
  }
  return out;
}

std::string mixed_scripts(size_t bytes, unsigned seed) {
  Gen g(seed);
  static const std::vector<std::string> kLines = {
      "Երևանում բանակցությունները կշարունակվեն հաջորդ շաբաթ։ Ի՞նչ կասեն կողմերը:",
      "Переговоры продолжатся в 2024 г. в Женеве, т. е. через месяц. Стороны согласились.",
      "会谈将于下周在日内瓦继续。双方同意了时间表！",
      "東京では雨が続いています。明日は晴れるでしょう。",
      "المفاوضات ستستمر الأسبوع المقبل؟ نعم، قال المسؤول.",
      "वार्ता अगले सप्ताह जारी रहेगी। दोनों पक्ष सहमत हैं॥",
      "Οι συνομιλίες θα συνεχιστούν; Ναι, είπε ο υπουργός.",
      "Die Gespräche werden am 19. September fortgesetzt. Es geht um 1.234,5 Mio. Euro.",
      "Great news from the talks 👍🏽🇦🇲 #peace @newsdesk :-)",
  };
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    const int n = g.num(2, 6);
    for (int i = 0; i < n; ++i) {
      out += (g.rng() % 3 == 0) ? g.sentence() : g.pick(kLines);
      out += ' ';
    }
    out += "\n\n";
  }
  return out;
}

}  // namespace bench
