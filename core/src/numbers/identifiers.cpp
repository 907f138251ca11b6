#include "numbers/identifiers.hpp"

#include "numbers/amount.hpp"
#include "numbers/digits.hpp"
#include "numbers/numeral.hpp"

namespace quarry::numbers {
namespace {

bool ascii_digits(std::string_view s, bool dots) {
  if (s.empty()) return false;
  for (const char ch : s)
    if (!((ch >= '0' && ch <= '9') || (dots && ch == '.'))) return false;
  return s.front() != '.' && s.back() != '.';
}

size_t digit_count(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) n += ch >= '0' && ch <= '9';
  return n;
}

// A number with one half after the point: "16.5", as a score has after a drawn game.
bool half_point(const DigitToken &d) {
  return d.shape == Shape::Decimal && !d.grouped && d.frac_digits == 1 &&
         d.value - static_cast<long long>(d.value) == 0.5;
}

// "iPhone", "eBay": a small ASCII letter, then a capital.
bool camel_case(std::string_view w) {
  return w.size() >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z';
}

// Whether what follows token e makes the number a quantity after all.
bool quantity_follows(const Ctx &c, size_t e, size_t limit) {
  if (e >= limit) return false;
  // After a bound: "Пришли 300 с лишним человек", "Windows 11 or later" (not followed by one).
  if (const Hit q = c.phrase(e, limit, kQualAfter); q.has(kQualAfter) && e + q.len < limit) e += q.len;
  if (c.word(e).has(kScale | kMagnitude)) return true;
  // A unit or a currency, of one token or several ("12 кв. км", "40 sq km").
  if (c.phrase(e, limit, kUnit | kCurrency).has(kUnit | kCurrency)) return true;
  size_t end = 0;
  return find_counted(c, e, limit, false, &end);
}

// Whether token k opens the sentence with a verb form (data: verb-suffix), not a name:
// "Задержаны 24 активиста".
bool verb_opens(const Ctx &c, size_t k) {
  if (k != c.sent_begin) return false;
  char buf[48];
  const std::string_view s = c.str(k);
  return s.size() <= sizeof buf && has_verb_suffix(fold_into(s, buf, sizeof buf));
}

// A hyphen and one or two capital letters that end an identifier at token e: the "-B" of
// "Room 12-B".
bool letter_part(const Ctx &c, size_t e, size_t limit) {
  if (e + 1 >= limit || c.str(e) != "-" || c.space_before(e) || c.space_before(e + 1)) return false;
  const std::string_view s = c.str(e + 1);
  if (s.empty() || s.size() > 2) return false;
  for (const char ch : s)
    if (ch < 'A' || ch > 'Z') return false;
  return e + 2 >= limit || c.space_before(e + 2) || c.kind(e + 2) == TokenKind::Punct;
}

// Capital letters and digits stuck to the number, both of them, that end an identifier at
// token e: the "H2" of "version 23H2" (not the "K" of "4K", nor the "k" of "10k").
bool code_tail(const Ctx &c, size_t e, size_t limit) {
  if (e >= limit || c.space_before(e) || c.kind(e) != TokenKind::Word) return false;
  const std::string_view s = c.str(e);
  if (s.size() > 6) return false;
  bool digit = false, upper = false;
  for (const char ch : s) {
    if (ch >= '0' && ch <= '9')
      digit = true;
    else if (ch >= 'A' && ch <= 'Z')
      upper = true;
    else
      return false;
  }
  return digit && upper;
}

}  // namespace

bool match_phone(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out) {
  if (!c.is_number(i) || !ascii_digits(c.str(i), true)) return false;
  size_t s = i;
  bool plus = false, paren = false, prefix = false;
  if (i > floor && !c.space_before(i) && c.str(i - 1) == "+") {
    plus = true;
    s = i - 1;
  } else if (i > floor && !c.space_before(i) && c.str(i - 1) == "(" && i + 1 < limit && c.str(i + 1) == ")") {
    paren = true;
    s = i - 1;
  }
  for (size_t k = s; k > c.sent_begin && s - k < 3; --k)
    if (c.word(k - 1).has(kPhonePrefix)) prefix = true;
  size_t k = i, total = 0, groups = 0;
  size_t lens[4] = {0, 0, 0, 0};
  bool hyphens = true, dotted = false;
  size_t end = i + 1;
  for (;;) {
    const std::string_view t = c.str(k);
    if (!ascii_digits(t, true)) break;
    if (t.find('.') != std::string_view::npos) {
      dotted = true;
      size_t a = 0;
      while (a <= t.size()) {
        const size_t b = t.find('.', a);
        const size_t len = (b == std::string_view::npos ? t.size() : b) - a;
        if (groups < 4) lens[groups] = len;
        ++groups;
        if (b == std::string_view::npos) break;
        a = b + 1;
      }
    } else {
      if (groups < 4) lens[groups] = t.size();
      ++groups;
    }
    total += digit_count(t);
    end = k + 1;
    if (total > 15 || groups > 8) return false;
    size_t n = k + 1;
    if (paren && groups == 1 && n < limit && c.str(n) == ")") ++n;
    if (n + 1 < limit && (c.str(n) == "-" || c.str(n) == "\u2013") && !c.space_before(n) && !c.space_before(n + 1) &&
        c.is_number(n + 1)) {
      k = n + 1;
      continue;
    }
    if (n < limit && c.is_number(n) && c.space_before(n) && !c.newline_before(n) && (plus || paren || prefix) &&
        (n == k + 1 || c.str(k + 1) == ")")) {
      hyphens = false;
      k = n;
      continue;
    }
    break;
  }
  bool phone = false;
  if (plus && total >= 8) phone = true;
  else if (paren && total >= 10 && total <= 11) phone = true;
  else if (prefix && total >= 6) phone = true;
  else if (prefix && total >= 3 && groups == 1 && !quantity_follows(c, end, limit)) phone = true;  // "call 911"
  else if (groups == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4 && (hyphens || dotted)) phone = true;
  if (!phone) return false;
  out.begin = s;
  out.end = end;
  out.type = MentionType::Phone;
  return true;
}

bool match_prefixed_id(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out) {
  if (!c.is_number(i) || i <= floor || i <= c.sent_begin) return false;
  const Hit h = c.word(i - 1);
  if (!h.has(kIdPrefix)) return false;
  size_t e = i + 1;
  while (e + 1 < limit && (c.str(e) == "-" || c.str(e) == "/" || c.str(e) == "\u2013") && !c.space_before(e) &&
         !c.space_before(e + 1) && c.is_number(e + 1))
    e += 2;
  if (letter_part(c, e, limit)) e += 2;  // "Room 12-B"
  else if (code_tail(c, e, limit))
    ++e;  // "version 23H2"
  // "Resolution 2334 shields..." names; "in case 10 people..." counts.
  if (!c.capitalized(i - 1) && quantity_follows(c, e, limit)) return false;
  out.begin = i;
  out.end = e;
  out.type = h.e->id == IdKind::Id ? MentionType::Id : MentionType::None;
  return true;
}

bool match_id_after(const Ctx &c, size_t i, size_t limit, IdMatch &out) {
  if (i + 3 >= limit || !c.is_number(i) || !c.is_text(i + 1, "-") || c.space_before(i + 1) ||
      c.space_before(i + 2) || !c.word(i + 2).has(kOrdinalSuffix))
    return false;
  const Hit h = c.word(i + 3);
  if (!h.has(kIdPrefix) || !(h.e->flags & kWeak) || c.plain_digits(i).shape != Shape::Integer) return false;
  out.begin = i;
  out.end = i + 3;
  out.type = h.e->id == IdKind::Id ? MentionType::Id : MentionType::None;
  return true;
}

bool match_code_id(const Ctx &c, size_t i, size_t limit, IdMatch &out) {
  if (i + 2 >= limit || c.str(i + 1) != "-" || c.space_before(i + 1) || c.space_before(i + 2) ||
      c.kind(i + 2) != TokenKind::Word || c.word(i + 2))
    return false;
  // The code: capitals and digits, its first piece (up to a hyphen) one to three characters.
  const std::string_view w = c.str(i + 2);
  size_t piece = w.find('-');
  if (piece == std::string_view::npos) piece = w.size();
  if (piece == 0 || piece > 3 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  if (w.size() == 3 && w[0] == 'W' && c.digits(i).digits == 4) return false;  // "2023-W35", an ISO week
  if (c.piece(w.substr(0, piece), true).has(kMonth)) return false;            // "29-SEP-2023", a date
  bool digits = false;
  for (const char ch : w) {
    if (ch >= '0' && ch <= '9')
      digits = true;
    else if (!((ch >= 'A' && ch <= 'Z') || ch == '-'))
      return false;
  }
  out.begin = i;
  out.end = i + 3;
  out.type = digits ? MentionType::Id : MentionType::None;
  return true;
}

bool match_shaped_id(const Ctx &c, size_t i, size_t floor, size_t limit, IdMatch &out) {
  if (!c.is_number(i)) return false;
  if (c.is_number(i + 1) && space_groups(c, i, limit, nullptr) > i + 1) return false;  // "Մոտ 100 000 մարդ"
  const DigitToken d = c.digits(i);
  const bool plain_int = d.shape == Shape::Integer && !d.grouped;
  out.begin = i;
  out.end = i + 1;
  out.type = MentionType::None;
  // List numbering: "1." or "2)" at the start of a line.
  if ((i == 0 || c.newline_before(i) || i == c.sent_begin) && plain_int && d.digits <= 3 && i + 1 < limit &&
      (c.str(i + 1) == "." || c.str(i + 1) == ")") && !c.space_before(i + 1) &&
      (i + 2 >= c.size() || c.space_before(i + 2))) {
    out.end = i + 2;
    return true;
  }
  // "(1)", "(iii)" style enumeration.
  if (i > floor && plain_int && d.digits <= 2 && c.str(i - 1) == "(" && !c.space_before(i) && i + 1 < limit &&
      c.str(i + 1) == ")" && !c.space_before(i + 1))
    return true;
  // Scores and ratios: "20/24", "24/7", "3-1", and "3:1" or "2:0", which no time reads (its
  // minutes take two digits); half points fall ("16.5-11.5", chess).
  const std::string_view sep = i + 1 < limit ? c.str(i + 1) : std::string_view();
  const bool colon = sep == ":";
  if ((plain_int || half_point(d)) && d.digits <= 3 && i + 2 < limit && c.is_number(i + 2) &&
      !c.space_before(i + 1) && !c.space_before(i + 2) &&
      (sep == "/" || sep == "-" || sep == "\u2013" || (colon && c.str(i + 2).size() == 1))) {
    const DigitToken b = c.plain_digits(i + 2);
    const bool chain = i + 3 < limit && !c.space_before(i + 3) && (c.str(i + 3) == sep || c.is_number(i + 3));
    if (!plain_int) {
      if (b.value < d.value && !chain && !quantity_follows(c, i + 3, limit)) {
        out.end = i + 3;
        return true;
      }
    } else if (b.shape == Shape::Integer && !b.grouped && b.digits <= 3 && !chain) {
      const bool slash = sep == "/";
      const bool proper_fraction = slash && b.value >= 2 && b.value <= 10 && d.value >= 1 && d.value < b.value;
      const bool range = !slash && !colon && d.value < b.value;
      if (!proper_fraction && !range) {
        out.end = i + 3;
        return true;
      }
    }
  }
  // A tally: a whole number, a word of "to" and a smaller one ("voted 218 to 210", "beat
  // Chelsea 3 to 1") is a vote or a score, no quantity; not after a verb of change or a word
  // of "from" ("fell 300 to 200", "from 300 to 200": two levels), nor before a unit or a noun.
  if (plain_int && i + 2 < limit && c.is_number(i + 2) && range_word(c, i + 1, limit, RangeWord::To)) {
    if (c.plain_digits(i + 2).value < d.value && !quantity_follows(c, i + 3, limit) &&
        !(i > c.sent_begin && range_of(c, i - 1) == RangeWord::From) && !change_before(c, i, 3)) {
      out.end = i + 3;
      return true;
    }
  }
  // The second half of a pair whose first half ends a word: "post-9/11", "COVID-19/20".
  if (i >= c.sent_begin + 2 && !c.space_before(i) && !c.space_before(i - 1) && c.str(i - 1) == "/" &&
      c.kind(i - 2) == TokenKind::Word) {
    const std::string_view w = c.str(i - 2);
    if (!w.empty() && w.back() >= '0' && w.back() <= '9') return true;
  }
  const bool currency_before = c.word_before(i).has(kCurrency | kQualBefore);
  // Leading zeros and long digit strings: "0143", "007", "900005002762".
  if (plain_int && (d.leading_zero || d.digits >= 7) && !currency_before && !quantity_follows(c, i + 1, limit)) {
    out.type = MentionType::Id;
    return true;
  }
  if (d.shape == Shape::Integer && d.digits > 15) {
    out.type = MentionType::Id;
    return true;
  }
  // A capitalized name before the number: "Boeing 737", "Windows 11", "iOS 17.0.1", and one
  // with a capital after a small first letter ("iPhone 15").
  const bool versionish = d.shape == Shape::Invalid && d.ngroups >= 3 && d.same_sep && d.sep[1] == '.';
  if (i > floor && i > c.sent_begin && c.space_before(i) && c.kind(i - 1) == TokenKind::Word &&
      (c.capitalized(i - 1) || versionish || camel_case(c.str(i - 1))) && !c.word(i - 1).e &&
      !verb_opens(c, i - 1) && (plain_int || d.shape == Shape::Decimal || versionish) &&
      !quantity_follows(c, i + 1, limit) && sep != "%" &&
      // "Եկան 300-ից 500 մարդ", an ordinal ending ("Это 10-й раз", "Հայաստանը 3-րդ տեղում"),
      // and an age ("Задержан 45-летний мужчина").
      !(i + 2 < limit && sep == "-" && c.word(i + 2).has(kRange | kOrdinalSuffix | kUnit))) {
    size_t e = i + 1;
    // "737-800", and a capital letter or two: "Block 4-A".
    if ((e + 1 < limit && c.str(e) == "-" && !c.space_before(e) && !c.space_before(e + 1) &&
         c.is_number(e + 1)) ||
        letter_part(c, e, limit))
      e += 2;
    out.end = e;
    out.type = MentionType::Id;
    return true;
  }
  // Anything else that does not read as one number ("2.0.1", "1,1,1") is not a quantity.
  if (d.shape == Shape::Invalid && d.ngroups >= 2) return true;
  return false;
}

}  // namespace quarry::numbers
