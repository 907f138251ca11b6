// The language data of numbers and dates, compiled from core/data/ by
// core/tools/gen/gen-numbers.mjs into tables.generated.cpp. The engine reads words only
// through these tables: it knows no language of its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document.hpp"

namespace quarry::numbers {

// What a word (or a phrase of several tokens) can be. One entry may have several roles.
enum Role : uint64_t {
  kCardinal = 1ull << 0,       // "twenty": number = value
  kOrdinal = 1ull << 1,        // "twentieth": number = value
  kDenominator = 1ull << 2,    // "thirds": number = denominator
  kSign = 1ull << 3,           // "minus": number = -1
  kOrdinalSuffix = 1ull << 4,  // "th" in "19th"
  kNumeralAnd = 1ull << 5,     // "and" in "one hundred and five"
  kScale = 1ull << 6,          // "million": number = multiplier
  kMagnitude = 1ull << 7,      // "thousands": [low, high), number = its scale
  kVague = 1ull << 8,          // "several": [low, high) times a scale after it
  kQualBefore = 1ull << 9,     // "more than"
  kQualAfter = 1ull << 10,     // "or more"
  kQualSuffix = 1ull << 11,    // "-plus", "+"
  kCurrency = 1ull << 12,      // "$", "USD", "dollars"
  kUnit = 1ull << 13,          // "km", "hours", "per cent"
  kMonth = 1ull << 14,
  kWeekday = 1ull << 15,
  kRelDay = 1ull << 16,  // "yesterday"
  kRelMod = 1ull << 17,  // "last", "next", "this"
  kAgo = 1ull << 18,     // "ago", "from now"
  kPart = 1ull << 19,    // "late", "the end of"
  kSeason = 1ull << 20,
  kQuarterName = 1ull << 21,  // "Q3"
  kClock = 1ull << 22,        // "noon"
  kMeridiem = 1ull << 23,     // "p.m."
  kOClock = 1ull << 24,
  kDayPart = 1ull << 25,       // "morning"
  kAt = 1ull << 26,            // "Friday at 6 p.m."
  kOn = 1ull << 27,            // "6 p.m. on Friday"
  kTimeZone = 1ull << 28,      // "GMT", "local time"
  kDateContext = 1ull << 29,   // "in 2023"
  kTense = 1ull << 30,         // "will", "said"
  kDateline = 1ull << 31,      // "published"
  kIdPrefix = 1ull << 32,      // "Resolution 2334"
  kPhonePrefix = 1ull << 33,   // "tel."
  kRange = 1ull << 34,         // "between", "to", "and", "or"
  kRangeMark = 1ull << 35,     // "-", "–"
  kChange = 1ull << 36,        // "rose"
  kArticle = 1ull << 37,       // "a", "an"
  kOf = 1ull << 38,            // "of"
  kDeterminer = 1ull << 39,    // "the", "their"
  kPlural = 1ull << 40,        // "people"
  kStop = 1ull << 41,          // never part of a counted noun
  kAhead = 1ull << 42,         // "in" before a duration: that long after the reference date
  kAheadEnd = 1ull << 46,      // "time" in "in two weeks' time"
  kAux = 1ull << 47,           // "be" in "will be held": between a future word and a participle
  kRecord = 1ull << 48,        // "first", "highest": "the first ... in 30 years" looks back
  kRatio = 1ull << 49,         // "in" in "one in five": the first count over the second
  kSpanPart = 1ull << 50,      // "the first" in "the first nine months of 2023": rel +1 start, -1 end
  kWeekOf = 1ull << 51,        // "the week of July 8": the week that holds the day
  kFractionUnit = 1ull << 52,  // a unit only after a fraction: "a quarter point" (of a percentage point)
  kYearWord = 1ull << 53,      // a year's own word after it (ru/hy): the year is a date, never a count
  kDaySuffix = 1ull << 54,     // a case ending after a day and a hyphen (ru/hy date-words.tsv)
  kTimeTaken = 1ull << 55,     // "in" in "won in 2:01:09": a time with seconds after it is how long
  kDecadeSuffix = 1ull << 56,  // "е" in "1990-е" (ru): the decade, after a hyphen
  kStreak = 1ull << 57,        // "in a row" after "the third quarter": a count of periods, not a date
  kMonthsEnd = 1ull << 58,     // "ended" in "the 12 months ended June 30": as "to" after a count of months
  kPastPrep = 1ull << 59,      // "on" in "reopened on 1 March": a word with a past suffix before it is past
  kPossessive = 1ull << 60,    // "'s" (its own token): "the country's 18 provinces"
  kPartAfter = 1ull << 61,  // as kPart, after the period: hy "սեպտեմբերի վերջին" (the end of September)
  kSince = 1ull << 62,      // "since" before a date: from its start to the reference date ("since 2020")
  kSinceAfter = 1ull << 63,  // the same after the date, where a language puts it there (hy "2020-ից ի վեր")
  kTrailing = 1ull << 43,  // "the past" before a period: the periods up to the reference date
  kNearest = 1ull << 44,   // "the weekend": the nearest one, before or after by tense
  kEvent = 1ull << 45,     // "9/11": a named date
};

// Roles that end a counted noun phrase: it names what is counted, not another number,
// unit, date or grammar word.
constexpr uint64_t kNotCounted = kStop | kCardinal | kOrdinal | kScale | kMagnitude | kVague | kUnit |
                                 kCurrency | kMonth | kWeekday | kRelDay | kRelMod | kAgo | kQualAfter |
                                 kQualBefore | kRange | kDeterminer | kOf | kArticle | kTense | kDayPart |
                                 kMeridiem | kClock | kSeason | kTimeZone | kDenominator;

enum class Dim : uint8_t {
  None,
  Length,
  Mass,
  Area,
  Volume,
  Temperature,
  Speed,
  Energy,
  Power,
  Data,
  Time,
  Percent,
  Flow,
  Factor,  // "в 1,5 раза": how many times larger
};

// Calendar grains, finest first. Weekend is only used inside the engine.
enum class Grain : uint8_t {
  None, Second, Minute, Hour, Day, Weekend, Week, Month, Quarter, Year, Decade, Century,
};

enum class Bound : uint8_t { None, Low, High };
// Overnight: "на" in Russian "в ночь с 3 на 4 октября" (the night from the 3rd to the 4th),
// a connector of two days only after a part of the day and "from"; the date grammar gives
// that "from" this value as the range's opener.
enum class RangeWord : uint8_t { None, Between, From, To, And, Or, Overnight };
// What the number after an id prefix is: an ID, nothing, or a rank ("world No. 2": the
// ORDINAL 2).
enum class IdKind : uint8_t { None, Id, Nothing, Rank };

// Per-role flags.
enum EntryFlag : uint32_t {
  kWeak = 1,             // numeral, ordinal, month, weekday, season: needs context alone;
                         // unit: only after a word of "at" ("в 1,5 раза"); since: a phrase
                         // that is no "since" ("по сравнению с"); qualifier after: only after
                         // a word of "from" as an ending (hy "100-ից ավելի"); id prefix: it
                         // also names after an ordinal in digits (hy "441-րդ հոդվածի")
  kBare = 2,             // denominator: means 1/value alone ("half")
  kSuffixOnly = 4,       // scale: only right after a number ("10k")
  kAmbiguous = 8,        // scale: also a unit ("m"): a multiplier only with money or decimals
  kNeedsOf = 16,         // magnitude: only as "tens of thousands"
  kCurrencyBefore = 32,  // currency: may stand before the number; unit: stands before it ("aged 19")
  kCurrencyAfter = 64,   // currency: may stand after the number
  kLarge = 128,          // currency: money only with a multiplier ("2 billion pounds")
  kAdjacent = 256,       // unit: only right after the number, no space ("25C"); range mark:
                         // only with no space on either side ("+5...+7")
  kStrong = 512,         // date context: a bare year after it is a date; season: a date alone;
                         // part: of a year, also alone ("в первом полугодии")
  kFuture = 1024,        // tense: future (else past)
  kLocalZone = 2048,     // time zone: not a known offset ("local time")
  kNeedsCount = 4096,    // trailing: only before a count ("the last two years", not "the last day");
  kUsDaylight = 4096,    // time zone: an hour more from the second Sunday of March to the first of
                         // November ("ET", "Pacific Time": the offset given is standard time)
  kVagueCount = 8192,    // trailing: holds a vague count [low, high) ("the past few weeks")
  kOfForm = 16384,    // month: a case form that says "of" ("сентября"): a day in words may precede it
  kToDate = 32768,    // nearest: from the start of the period that holds the reference date up to
                      // it ("year to date")
  kRelative = 65536,  // stop: a relative pronoun ("which"): a regular past form right after it is
                      // a verb in the past, for a date after it ("which passed in July")
  kWholeBefore = 131072,  // span part: its whole stands before it (hy "2023 թվականի առաջին ինը
                          // ամիսներին"), never after
  kPluralForm = 262144,  // unit: a plural form with no plural ending of the tables (hy "ամիսներին")
  kMoreOfSame = 524288,  // stop: "another" before a count: it counts what the count before it did
};

struct WordEntry {
  std::string_view key = {};  // lowercase (ASCII letters folded); a phrase's tokens joined by ' '
  uint64_t roles = 0;
  uint64_t cap_roles = 0;  // roles that need a capitalized first letter
  uint64_t case_roles = 0; // roles that need exactly the spelling `exact`
  uint64_t phrase_roles = 0;  // roles of the longer phrases that start with this key
  uint64_t ending_roles = 0;  // roles of the longer phrases that end with this key
  std::string_view exact = {};
  uint8_t tokens = 1;          // tokens in the key
  uint8_t longest_phrase = 0;  // the longest phrase (in tokens) that starts with this key
  uint8_t longest_ending = 0;  // the longest phrase (in tokens) that ends with this key
  uint32_t flags = 0;          // EntryFlag (fits where the padding was)
  double number = 0;           // cardinal, ordinal, denominator, sign, scale, magnitude scale
  double low = 0, high = 0;    // magnitude, vague
  Qualifier qualifier = Qualifier::None;
  Bound bound = Bound::None;
  std::string_view currency = {};  // ISO 4217
  double currency_factor = 1;
  std::string_view unit = {};      // stable unit code
  Dim dim = Dim::None;
  Grain grain = Grain::None;   // time units
  int8_t month = 0;            // 1..12; also an event's month
  int8_t day = 0;              // an event's day of the month
  int16_t year = 0;            // an event's year
  int8_t weekday = 0;          // 1 (Monday) .. 7
  int8_t rel = 0;              // relday, relmod offset; ago direction
  int8_t quarter = 0;          // 1..4
  int8_t season_month = 0, season_months = 0;
  int8_t meridiem = -1;        // 0 a.m., 12 p.m.
  int16_t clock = -1;          // minutes after midnight
  int16_t zone = 0;            // minutes east of UTC
  uint8_t part_lo = 0, part_hi = 0;  // part of a period, in 60ths
  RangeWord range = RangeWord::None;
  IdKind id = IdKind::None;
};

struct DecimalFormat {
  std::string_view locale;  // lowercase BCP 47 tag or language
  char decimal;
};

namespace tables {
extern const WordEntry kWords[];
extern const size_t kWordsSize;
extern const std::string_view kPluralSuffixes[];
extern const size_t kPluralSuffixesSize;
extern const std::string_view kSingularSuffixes[];
extern const size_t kSingularSuffixesSize;
extern const std::string_view kPastSuffixes[];
extern const size_t kPastSuffixesSize;
extern const std::string_view kVerbSuffixes[];
extern const size_t kVerbSuffixesSize;
extern const DecimalFormat kDecimalFormats[];
extern const size_t kDecimalFormatsSize;
extern const size_t kLongestPhrase;  // tokens
}  // namespace tables

}  // namespace quarry::numbers
