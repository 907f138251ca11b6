// The numeric-expression stage: one left-to-right pass over each sentence's tokens. At a
// token that can carry a number or a date (an "anchor"), the parsers try the few starts
// that a bounded look-back allows (a qualifier, a currency, "between", "late", "last"...),
// the longest reading wins, and the scan resumes after it. Every probe looks at a bounded
// number of tokens beyond what it consumes, so the stage is linear in the text.
#include "numbers/numbers.hpp"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "numbers/amount.hpp"
#include "numbers/context.hpp"
#include "numbers/digits.hpp"
#include "numbers/identifiers.hpp"
#include "numbers/numeral.hpp"
#include "numbers/words.hpp"
#include "text/pages.hpp"
#include "time/calendar.hpp"
#include "time/dates.hpp"
#include "time/resolve.hpp"

namespace quarry::numbers {
namespace {

constexpr uint8_t kPriority = 100;

// Words that can hold up a number or a date.
constexpr uint64_t kAnchorRoles = kCardinal | kOrdinal | kDenominator | kScale | kMagnitude | kVague |
                                  kMonth | kWeekday | kRelDay | kClock | kSeason | kQuarterName | kDayPart |
                                  kNearest | kEvent;  // "YTD" (a phrase's role is in phrase_roles)
// Words that may open an expression before its anchor.
constexpr uint64_t kPrefixRoles = kQualBefore | kPart | kCurrency | kArticle | kSign | kRelMod | kVague | kAhead;

const KeyFilter &anchor_filter() {
  static const KeyFilter f(
      [](const WordEntry &e) {
        return (e.roles & kAnchorRoles) || ((e.roles & kUnit) && e.dim == Dim::Time) ||
               (e.ending_roles & kEvent);
      },
      [](const WordEntry &e) { return (e.roles & (kCardinal | kOrdinal | kPart | kMonth | kWeekday)) != 0; });
  return f;
}

// Words that open a phrase holding an anchor ("the day before yesterday", "the end of").
constexpr uint64_t kHolding = kPart | kRelDay | kTrailing | kNearest | kEvent | kSpanPart | kWeekOf;
const KeyFilter &holding_filter() {
  static const KeyFilter f([](const WordEntry &e) {
    return ((e.phrase_roles & kHolding) && e.longest_phrase >= 2) || (e.roles & kTrailing);
  });
  return f;
}

// Words that end an opener before an anchor ("more than", "between", "$", "late"), and
// "since" (which the look-back notes, and the date grammar takes in when a date wins).
const KeyFilter &prefix_filter() {
  static const KeyFilter f(
      [](const WordEntry &e) { return ((e.roles | e.ending_roles) & (kPrefixRoles | kRange | kSince)) != 0; });
  return f;
}

// "since" before a date ("since 2020", Russian "с 2020 года").
const KeyFilter &since_filter() {
  static const KeyFilter f([](const WordEntry &e) { return (e.roles & kSince) != 0; });
  return f;
}

// Whether word token i (which passed the anchor filter) can hold up a number or a date.
bool is_anchor_word(const Ctx &c, size_t i) {
  const Hit h = c.word(i);
  if (h.has(kAnchorRoles)) return true;
  if (h.has(kUnit) && h.e->dim == Dim::Time) return true;
  if (h.e && (h.e->ending_roles & kEvent)) return true;  // "Eve" in "Christmas Eve"
  if (!h.e) {
    const std::string_view s = c.str(i);
    const size_t dash = s.find('-');
    if (dash != std::string_view::npos && dash > 0) {
      const Hit p = c.piece(s.substr(0, dash), c.capitalized(i));
      return p.has(kAnchorRoles | kPart);
    }
  }
  return false;
}

// Whether token k, after a count of months, ends months of a date: "the 12 months [to
// September]", "за 9 месяцев [2023 года]". Rare: out of line, so that date_possible stays
// inlined in the anchor loop.
[[gnu::noinline]] bool months_then(const Ctx &c, size_t k) {
  if (c.is_number(k)) return c.word(k + 1).has(kYearWord);
  if (!c.word(k).has(kRange | kMonthsEnd)) return false;
  const Hit m = c.word(k + 1);  // a month, or a part of one ("to the end of June")
  return m.has(kMonth) || (m.e && (m.e->phrase_roles & kPart));
}

// Whether a date may start at number token i: its shape or the words after it say so.
bool date_possible(const Ctx &c, size_t i, size_t end) {
  const DigitToken &d = c.plain_digits(i);
  switch (d.shape) {
    case Shape::Time:
    case Shape::Ordinal:
    case Shape::Decade:
      return true;
    case Shape::Invalid:
      return d.ngroups == 3;
    default:
      break;
  }
  if (d.shape == Shape::Integer && !d.grouped && d.digits == 4) return true;  // a year
  if (i + 1 >= end) return false;
  const Hit h = c.word(i + 1);
  // "three years ago", "6.30pm", "2000 years ago", "the 12 months to September", "в 11 часов"
  if (h.has(kUnit) && h.e->dim == Dim::Time)
    return h.has(kOClock) || c.word(i + 2).has(kAgo) || c.phrase(i + 2, end, kAgo) ||
           (h.e->grain == Grain::Month && i + 3 < end && months_then(c, i + 2));
  if (d.shape == Shape::Decimal) return h.has(kMeridiem);
  if (d.shape != Shape::Integer || d.grouped || d.digits > 2) return false;
  if (h.has(kNumeralAnd)) return true;  // "3 and a half years ago"
  // A day or an hour: "19 September", "29/09/2023", "6 p.m.", "19-20 September", "16 to 23
  // October", "19th of September".
  if (h.has(kMonth | kMeridiem | kOClock | kTimeZone | kRangeMark)) return true;
  const std::string_view next = c.str(i + 1);
  if (next == "/" || next == "." || next == "-") return true;
  if (h.has(kRange | kOf)) return i + 2 < end && (c.is_number(i + 2) || c.word(i + 2).has(kMonth));
  return false;
}

// Whether a date may start at word anchor i.
bool date_word(const Ctx &c, size_t i, size_t end) {
  const Hit h = c.word(i);
  if (h.has(kMonth | kWeekday | kRelDay | kSeason | kQuarterName | kClock | kDayPart | kNearest | kEvent))
    return true;
  if (h.has(kUnit)) return true;  // "last week", "a year ago"
  // The first word of a part that holds the anchor: "во второй половине 2023 года".
  if (h.e && (h.e->phrase_roles & kPart)) return true;
  // A number word: "three decades ago", "the nineteenth century", "six p.m.", "twenty-first",
  // "the first of October".
  for (size_t k = i + 1; k < end && k < i + 6; ++k) {
    const Hit n = c.word(k);
    if (n.has(kAgo | kMeridiem | kOClock | kMonth) || (n.has(kUnit) && n.e->dim == Dim::Time)) return true;
    if (!n.has(kCardinal | kOrdinal | kScale | kNumeralAnd | kArticle | kDenominator | kOf)) break;
  }
  return c.hyphenated(i);
}

// Whether a phone number may start at number token i.
bool phone_possible(const Ctx &c, size_t i, size_t floor, size_t end) {
  if (i > floor && !c.space_before(i) && (c.str(i - 1) == "+" || c.str(i - 1) == "(")) return true;
  if (i + 1 < end && !c.space_before(i + 1) && c.str(i + 1) == "-") return true;
  const DigitToken &d = c.plain_digits(i);
  if (d.shape != Shape::Integer && d.shape != Shape::Decimal && d.ngroups >= 3) return true;
  for (size_t k = i; k > c.sent_begin && i - k < 3; --k)
    if (c.word(k - 1).has(kPhonePrefix)) return true;
  return false;
}

bool is_apostrophe(std::string_view s) { return s == "'" || s == "\u2019"; }

struct PendingDate {
  size_t mention;
  time::DateMatch match;
};

class Stage {
 public:
  Stage(Document &doc, const Options &options)
      : doc_(doc),
        c_(doc, options),
        holding_(holding_filter()),
        prefix_(prefix_filter()),
        since_(since_filter()) {}

  void run() {
    collect();
    read_conventions(c_, numbers_);
    // Room for about one mention per number token, so that the array grows at most once.
    const size_t numbers = numbers_.size();
    text::reserve_huge(doc_.mentions, doc_.mentions.size() + numbers + numbers / 4 + 16);
    if (!doc_.reference_date.empty()) decide_reference();
    const uint32_t *next = candidates_.data(), *last = next + candidates_.size();
    for (const auto &s : doc_.sentences) {
      const uint32_t *b = next;
      while (next < last && *next < s.end_token) ++next;
      if (b < next) sentence(s.first_token, s.end_token, b, next);
    }
    if (!ref_decided_) decide_reference();
  }

 private:
  // A dateline can only open the document: dates in its first bytes wait until the
  // reference date is known; every later date is resolved as soon as it is read.
  static constexpr uint32_t kDatelineBytes = 2000;

  Document &doc_;
  Ctx c_;
  const KeyFilter &holding_, &prefix_, &since_;
  bool ref_decided_ = false, has_ref_ = false;
  int64_t ref_ = 0;
  std::vector<PendingDate> pending_;
  std::vector<uint32_t> numbers_, candidates_;  // token indices (collect)
  // Two of each: the best reading so far and the one being read; a better one swaps them.
  time::DateMatch dates_[2];
  Amount amounts_[2];
  // "90,000 of the estimated 120,000 residents": the first number counts what the next does.
  size_t link_mention_ = SIZE_MAX, link_until_ = 0;
  // The token after the last age read with its word ("aged 19"), and its unit.
  size_t age_end_ = SIZE_MAX - 1;
  std::string_view age_unit_;
  // The last date of the sentence with its year: where it ends, and its year, month and day.
  size_t dated_end_ = SIZE_MAX;
  // The last mention of the sentence with a counted noun: "2,053 people were killed and
  // 9,240 injured" counts people twice.
  size_t counted_mention_ = SIZE_MAX;
  int dated_year_ = 0, dated_month_ = 0, dated_day_ = 0;

  Mention &add(size_t b, size_t e, MentionType type) {
    Mention &m = doc_.mentions.emplace_back();
    m.start = c_.toks[b].start;
    m.end = c_.toks[e - 1].end;
    m.type = type;
    m.priority = kPriority;
    return m;
  }

  // The tokens that may hold up a number or a date: every number, and the words that pass
  // the anchor filter (most words fail its one table load). The one pass over all tokens.
  void collect() {
    const Token *toks = c_.toks.data();
    const char *text = c_.text.data();
    const KeyFilter &filter = anchor_filter();
    const size_t n = c_.size();
    candidates_.reserve(n / 16 + 16);
    constexpr uint32_t kWordKinds =
        1u << static_cast<unsigned>(TokenKind::Word) | 1u << static_cast<unsigned>(TokenKind::Abbreviation);
    for (size_t i = 0; i < n; ++i) {
      const Token &t = toks[i];
      const unsigned kind = static_cast<unsigned>(t.kind);
      if (kWordKinds >> kind & 1) {
        if (filter.maybe(text + t.start, t.end - t.start)) candidates_.push_back(static_cast<uint32_t>(i));
      } else if (t.kind == TokenKind::Number) {
        numbers_.push_back(static_cast<uint32_t>(i));
        candidates_.push_back(static_cast<uint32_t>(i));
      }
    }
  }

  // The candidates [cb, ce) of the sentence of tokens [first, end), in order.
  void sentence(size_t first, size_t end, const uint32_t *cb, const uint32_t *ce) {
    c_.sent_begin = first;
    c_.sent_end = end;
    link_mention_ = SIZE_MAX;
    dated_end_ = SIZE_MAX;
    counted_mention_ = SIZE_MAX;
    size_t floor = first, i = first;
    for (; cb < ce; ++cb) {
      if (*cb < i) continue;  // inside what was taken
      i = *cb;
      if (!c_.is_number(i) && !is_anchor_word(c_, i)) continue;
      const size_t next = match_at(i, floor, end);
      if (next > i) {
        i = next;
        floor = next;
      } else {
        ++i;
      }
    }
  }

  // Whether what follows a phrase of kSpanPart or kWeekOf at token k can be its span: months
  // or decades ("the first [nine months]", "the last [decade]"), a month or a day ("the week of
  // [July 8]"). "The first" and "the week of" are common; most are followed by neither.
  bool span_opens(size_t k, size_t end, const Hit &ph) const {
    if (k >= end) return false;
    if (ph.has(kSpanPart)) {
      // The unit after a count ("the first [nine] months") or alone ("the last decade of").
      for (size_t u = k; u < end && u <= k + 1; ++u) {
        const Hit h = c_.word(u);
        if (h.has(kUnit) && (h.e->grain == Grain::Month || h.e->grain == Grain::Decade)) return true;
      }
    }
    return ph.has(kWeekOf) && (c_.is_number(k) || c_.word(k).has(kMonth));
  }

  // A place in a ranking: "world No. 2", "ranked number three" (data: id rank), the ORDINAL
  // of the word before the number and the number. Returns the token after it, or 0. Only
  // after an id prefix (the caller knows); rare, so out of line.
  [[gnu::noinline]] size_t rank_at(size_t i, size_t floor, const Hit &prefix) {
    if (!(prefix.e->ending_roles & kIdPrefix)) return 0;  // no longer phrase ends here
    const Hit h = c_.phrase_before(i, floor, kIdPrefix);
    if (!h.has(kIdPrefix) || h.e->id != IdKind::Rank) return 0;
    double v = 0;
    if (c_.is_number(i)) {
      const DigitToken &d = c_.plain_digits(i);
      if (d.shape != Shape::Integer || d.grouped || d.value < 1) return 0;
      v = d.value;
    } else if (const WordEntry *w = c_.word(i).e; w->number >= 1) {
      v = w->number;  // the caller saw a number word
    } else {
      return 0;
    }
    Mention &x = add(i - 1, i + 1, MentionType::Ordinal);
    x.has_value = true;
    x.value = v;
    return i + 1;
  }

  // Tries every reading around anchor i; returns the token after what was taken, or i.
  size_t match_at(size_t i, size_t floor, size_t end) {
    const bool number = c_.is_number(i);
    if (number) {
      if (c_.toks[i].size() > 64) {
        // A number that long names something if it is anything at all.
        const std::string_view s = c_.str(i);
        if (s.find_first_not_of("0123456789") == std::string_view::npos) add(i, i + 1, MentionType::Id);
        return i + 1;
      }
      IdMatch id;
      const Hit prefix = i > floor ? c_.word(i - 1) : Hit{};
      const bool prefixed = prefix.has(kIdPrefix);
      if (prefixed)
        if (const size_t r = rank_at(i, floor, prefix)) return r;
      if ((phone_possible(c_, i, floor, end) && match_phone(c_, i, floor, end, id)) ||
          (i + 2 < end && c_.str(i + 1) == "-" &&
           (match_code_id(c_, i, end, id) || match_id_after(c_, i, end, id))) ||
          (prefixed && match_prefixed_id(c_, i, floor, end, id))) {
        if (id.type != MentionType::None) add(id.begin, id.end, id.type);
        return id.end;
      }
    } else if (const Hit prefix =
                   i > floor && i > c_.sent_begin && c_.word(i).has(kCardinal) ? c_.word(i - 1) : Hit{};
               prefix.has(kIdPrefix)) {
      if (const size_t r = rank_at(i, floor, prefix)) return r;
      // A capitalized number word after a capitalized word that names: "Chapter Two" is an ID,
      // "Formula One" nothing.
      if (c_.capitalized(i) && c_.capitalized(i - 1)) {
        if (prefix.e->id == IdKind::Id) add(i, i + 1, MentionType::Id);
        return i + 1;
      }
    }
    // Starts: the anchor, and the openers a bounded look-back finds before it.
    size_t since = SIZE_MAX;  // "since" right before the openers
    size_t starts[12];
    size_t n = 0;
    starts[n++] = i;
    size_t j = i;
    // A sign that touches the number and stands apart from the word before: "-5", "до +12
    // градусов", "from -3 to +2"; the look-back goes on before it.
    if (number && j > floor && !c_.space_before(j) && (j - 1 == c_.sent_begin || c_.space_before(j - 1))) {
      if (sign_of(c_.str(j - 1))) starts[n++] = --j;
    }
    for (int step = 0; step < 4 && n < 7; ++step) {
      if (j <= floor || !prefix_.maybe(c_.str(j - 1))) break;
      Hit h = c_.phrase_before(j, floor, kPrefixRoles | kRange);
      if (h.has(kRange) && !h.has(kPrefixRoles) && h.e->range != RangeWord::Between && h.e->range != RangeWord::From)
        h = Hit{};
      if (!h) {
        if (c_.word(j - 1).has(kSince)) since = j - 1;  // looked up just now
        break;
      }
      // Right after a number, "more than" and "less than" compare: "8pc more than a year
      // earlier", "$5 less than in 2022".
      if (j - h.len == floor && floor > c_.sent_begin && h.has(kQualBefore) && !h.has(kRange) &&
          (h.e->qualifier == Qualifier::Gt || h.e->qualifier == Qualifier::Lt))
        break;
      // "ticked up to 3.9%": the qualifier's first word ends a verb of change ("ticked up"),
      // and the number is the level reached, no bound.
      if (h.len >= 2 && h.has(kQualBefore) && j - h.len > floor &&
          c_.phrase_before(j - h.len + 1, floor, kChange).len >= 2)
        break;
      j -= h.len;
      starts[n++] = j;
    }
    if (j > floor && c_.is_number(j) && is_apostrophe(c_.str(j - 1)) && !c_.space_before(j)) starts[n++] = j - 1;
    // "late on Sunday": a part of a day, "on" and the day.
    if (!number && j == i && i >= floor + 2 && c_.word(i).has(kWeekday | kRelDay) &&
        c_.word(i - 1).has(kOn) && c_.word(i - 2).has(kPart))
      starts[n++] = i - 2;
    // A phrase that holds the anchor: "the day before yesterday", "the first half of",
    // "the end of the year".
    for (size_t k = 1; k <= 4 && i >= floor + k && n < 8; ++k) {
      if (!holding_.maybe(c_.str(i - k))) continue;
      const Hit h = c_.word(i - k);
      if (!h.e || i - k >= j) continue;
      // The phrase must be there; a word of a span of its own ("recent days") is one too.
      if (h.has(kTrailing)) {
        starts[n++] = i - k;
      } else if ((h.e->phrase_roles & kHolding) && h.e->longest_phrase >= 2) {
        const Hit ph = c_.phrase(i - k, end, kHolding | kPrefixRoles | kRange);
        if (ph.len >= 2 && (!ph.has(kSpanPart | kWeekOf) || ph.has(kHolding & ~(kSpanPart | kWeekOf)) ||
                            span_opens(i - k + ph.len, end, ph))) {
          starts[n++] = i - k;
          // "since the end of the year"
          if (i - k > floor && prefix_.maybe(c_.str(i - k - 1)) && c_.word(i - k - 1).has(kSince)) since = i - k - 1;
        }
      }
    }
    // A Roman numeral before a century ("XXI век"), which is no anchor of its own.
    if (!number && i > floor && roman_century(c_, i - 1, end)) starts[n++] = i - 1;

    bool have = false, is_date = false;
    size_t best_begin = 0, best_end = 0;
    // The parsers reset what they fill: these live in the stage, not on each call's stack.
    time::DateMatch *best_date = &dates_[0], *dm = &dates_[1];
    Amount *best_amount = &amounts_[0], *am = &amounts_[1];
    const bool try_date = number ? date_possible(c_, i, end) : date_word(c_, i, end);
    // A reading from an opener that takes in the anchor reads what follows the opener as a
    // reading from there would, and as far: a later start is only tried when no earlier one
    // of the same grammar took in the anchor.
    size_t date_from = SIZE_MAX, amount_from = SIZE_MAX;  // the earliest start that did
    bool anchor_date_lost = false;  // a date read from the anchor itself lost to an earlier start
    for (size_t k = n; k-- > 0;) {
      const size_t s = starts[k];
      bool date_here = try_date;
      if (!date_here && s != i) {
        const Hit h = c_.word(s);
        date_here =
            h.has(kPart | kRelMod | kRange | kAhead | kTrailing) || (h.e && (h.e->phrase_roles & kHolding));
      }
      if (date_here && !(date_from < s) && time::parse_date(c_, s, end, *dm) && dm->end > i) {
        if (s < date_from) date_from = s;
        if (!have || dm->end > best_end || (dm->end == best_end && s < best_begin) ||
            (dm->end == best_end && s == best_begin && !is_date)) {
          have = true;
          is_date = true;
          best_begin = s;
          best_end = dm->end;
          std::swap(best_date, dm);
        } else {
          anchor_date_lost = s == i;  // the reading stays in *dm
        }
      }
      if (!(amount_from < s) && parse_amount(c_, s, end, *am) && am->end > i) {
        if (s < amount_from) amount_from = s;
        if (!have || am->end > best_end || (am->end == best_end && s < best_begin)) {
          have = true;
          is_date = false;
          best_begin = s;
          best_end = am->end;
          std::swap(best_amount, am);
        }
      }
    }
    // "closed in about 2015": a word of "about" between a strong word of dates and a year (the
    // date grammar's test) makes an approximate year, not a count: the year read from the
    // anchor wins over the count read from "about", which ends with it ("in about 2015
    // people" stays a count).
    const bool approx_year = anchor_date_lost && !is_date && dm->end == best_end &&
                             best_amount->qualifier == Qualifier::Approx &&
                             best_amount->counted_end == best_amount->counted_begin;
    if (approx_year) {
      std::swap(best_date, dm);
      best_date->begin = best_begin;
      is_date = true;
    }
    if (have && is_date && !best_date->since && !best_date->range) {
      // "since" right before the date ("since 2020", "since the end of the year": the
      // look-backs noted it), before "the" and a decade or a century ("since the 1990s"; in
      // "since the 2018 election" the year describes the noun), or its like after the date
      // (hy "2020-ից ի վեր"). Tested on the reading that won, not at every start.
      size_t s = SIZE_MAX;
      if (since + 1 == best_begin)
        s = since;
      else if ((best_date->a.grain == Grain::Decade || best_date->a.grain == Grain::Century) &&
               best_begin > floor + 1 && since_.maybe(c_.str(best_begin - 2)) &&
               c_.word(best_begin - 2).has(kSince) && c_.word(best_begin - 1).has(kDeterminer))
        s = best_begin - 2;
      if (s != SIZE_MAX) {
        if (time::parse_date(c_, s, end, *dm) && dm->since && dm->end >= best_end) {
          best_begin = s;
          best_end = dm->end;
          std::swap(best_date, dm);
        }
      } else if (time::since_after(c_, end, *best_date)) {
        best_end = best_date->end;
      }
    }
    if (have && is_date) {
      // "at about 6 p.m.", "около полуночи": a time of day after a word of "about" is
      // approximate, and so is a date that takes in a year's own word ("около 2000 года");
      // before another date the word is more often "on the subject of" ("a film about last
      // year").
      bool approx = false;
      if ((best_date->a.has_time || (best_end > i + 1 && c_.word(i + 1).has(kYearWord))) &&
          !best_date->range && best_begin > floor) {
        const Hit q = c_.phrase_before(best_begin, floor, kQualBefore);
        if (q.has(kQualBefore) && q.e->qualifier == Qualifier::Approx) {
          best_date->begin = best_begin - q.len;
          approx = true;
        }
      }
      emit_date(*best_date);
      if (approx || approx_year) doc_.mentions.back().qualifier = Qualifier::Approx;
      return best_end;
    }
    if (c_.is_number(i)) {
      IdMatch id;
      if (match_shaped_id(c_, i, floor, end, id)) {
        if (id.type != MentionType::None) add(id.begin, id.end, id.type);
        return id.end;
      }
    }
    if (have) {
      emit_amount(*best_amount);
      return best_end;
    }
    return i;
  }

  // A day without a year right after a word of "to" or "from" that opens no range: a
  // deadline or a start ("funds the government through Nov. 17", "until Dec. 1", "отложено
  // до 20 ноября"), whatever the tense of the verb.
  bool deadline_day(const time::DateMatch &m) const {
    if (!time::yearless(m.a) || m.a.grain != Grain::Day) return false;
    auto to_or_from = [&](size_t k) {
      const RangeWord r = k < c_.sent_end ? range_of(c_, k) : RangeWord::None;
      return r == RangeWord::To || r == RangeWord::From;
    };
    return to_or_from(m.begin) || (m.begin > c_.sent_begin && to_or_from(m.begin - 1));
  }

  // "will start on June 29, 2024, and finish on July 21": a day or a month without a year
  // after "and" takes the year of the date before it in the sentence (the next year when it
  // comes earlier in the year). A date with its year is remembered for the ones after it.
  void year_from_sentence(time::DateMatch &m) {
    time::Point &a = m.a;
    if (a.kind != time::PointKind::Absolute || (a.grain != Grain::Day && a.grain != Grain::Month)) return;
    if (a.has_year) {
      const time::Point &last = m.range && m.b.kind == time::PointKind::Absolute && m.b.has_year ? m.b : a;
      dated_end_ = m.end;
      dated_year_ = last.year;
      dated_month_ = last.month;
      dated_day_ = last.grain == Grain::Day ? last.day : 0;
      return;
    }
    if (dated_end_ == SIZE_MAX || m.range || !time::yearless(a) || m.begin < dated_end_ ||
        m.begin - dated_end_ > 12)
      return;
    for (size_t k = dated_end_; k < m.begin; ++k) {
      if (!range_word(c_, k, m.begin, RangeWord::And)) continue;
      a.has_year = true;
      a.year = dated_year_;
      if (a.month < dated_month_ || (a.month == dated_month_ && a.grain == Grain::Day && a.day < dated_day_))
        ++a.year;
      return;
    }
  }

  void emit_date(time::DateMatch &m) {
    if (m.type == MentionType::Duration) {
      Mention &x = add(m.begin, m.end, MentionType::Duration);
      x.has_value = x.has_low = x.has_high = true;
      x.value = x.low = x.high = m.seconds;
      x.qualifier = Qualifier::Exact;
      x.unit = "s";
      return;
    }
    year_from_sentence(m);
    m.tense = time::uses_tense(m) ? time::tense_near(c_, m.begin, m.end) : 0;
    if (m.tense <= 0 && !m.range && !m.since && deadline_day(m)) m.tense = time::kTenseNearest;
    add(m.begin, m.end, m.type);
    if (!ref_decided_ && c_.toks[m.begin].start > kDatelineBytes) decide_reference();
    if (ref_decided_)
      resolve_date(doc_.mentions.size() - 1, m);
    else
      pending_.push_back(PendingDate{doc_.mentions.size() - 1, m});
  }

  // Whether token k joins the items of a list: a comma, "and" or "or".
  bool joins_list(size_t k) const {
    if (c_.is_text(k, ",")) return true;
    const RangeWord r = range_of(c_, k);
    return r == RangeWord::And || r == RangeWord::Or;
  }

  // Whether token k is "another" ("ещё").
  bool more_of_same(size_t k) const {
    const Hit h = c_.word(k);
    return h.e && (h.e->flags & kMoreOfSame);
  }

  void emit_amount(Amount &a) {
    // "aged 19 and 23": a whole number alone right after an age and "and", "or" or a comma is
    // an age too.
    if (a.type == MentionType::Cardinal && a.begin == age_end_ + 1 && a.qualifier == Qualifier::Exact &&
        a.counted_end == a.counted_begin && age_years(a.value) && joins_list(age_end_)) {
      a.type = MentionType::Duration;
      a.unit = age_unit_;
      a.age = true;
    }
    if (a.age) {
      age_end_ = a.end;
      age_unit_ = a.unit;
    }
    Mention &x = add(a.begin, a.end, a.type);
    x.has_value = a.has_value;
    x.has_low = a.has_low;
    x.has_high = a.has_high;
    x.value = a.value;
    x.low = a.low;
    x.high = a.high;
    if (a.type != MentionType::Ordinal) x.qualifier = a.qualifier;
    x.unit = a.unit;
    const size_t index = doc_.mentions.size() - 1;
    if (a.counted_end > a.counted_begin) {
      const uint32_t b = c_.toks[a.counted_begin].start, e = c_.toks[a.counted_end - 1].end;
      x.counted = doc_.intern(c_.text.substr(b, e - b));
      counted_mention_ = index;
    } else if (a.type == MentionType::Cardinal && counted_mention_ != SIZE_MAX &&
               (joins_list(a.begin - 1) || more_of_same(a.begin - 1))) {
      // A count after "and", "or", a comma or "another" with no noun of its own counts what
      // the last counted mention of its sentence did: "2,053 people were killed and 9,240
      // injured", "12 goals in 2022 and 15 in 2023", "four people died; another 11 were hurt".
      x.counted = doc_.mentions[counted_mention_].counted;
    }
    if (link_mention_ != SIZE_MAX && a.begin <= link_until_ && !x.counted.empty() &&
        doc_.mentions[link_mention_].counted.empty())
      doc_.mentions[link_mention_].counted = x.counted;
    link_mention_ = SIZE_MAX;
    if (a.link_counted) {
      link_mention_ = index;
      link_until_ = a.end + 4;
    }
  }

  // The reference date: the option, else a dateline among the first dates, else none.
  void decide_reference() {
    ref_decided_ = true;
    has_ref_ = !doc_.reference_date.empty();
    if (has_ref_) ref_ = time::parse_iso_day(doc_.reference_date);
    if (!has_ref_) {
      for (const PendingDate &p : pending_) {
        if (time::is_dateline(c_, p.match)) {
          ref_ = time::absolute_day(p.match);
          has_ref_ = true;
          doc_.reference_date = time::iso_day(ref_);
          doc_.reference_source = "dateline";
          break;
        }
      }
    }
    for (const PendingDate &p : pending_) resolve_date(p.mention, p.match);
    pending_.clear();
  }

  void resolve_date(size_t mention, const time::DateMatch &m) {
    const time::Resolved r = time::resolve(m, has_ref_, ref_);
    Mention &x = doc_.mentions[mention];
    if (!r.iso.empty()) x.iso = doc_.intern(r.iso.view());
    x.grain = time::grain_name(r.grain);
  }
};

}  // namespace

void find_numeric_mentions(Document &doc, const Options &options) {
  if (doc.tokens.empty()) return;
  Stage(doc, options).run();
}

}  // namespace quarry::numbers
