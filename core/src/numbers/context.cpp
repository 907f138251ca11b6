#include "numbers/context.hpp"

#include "numbers/digits.hpp"
#include "numbers/words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace quarry::numbers {

Ctx::Ctx(const Document &d, const Options &o)
    : doc(d), options(o), text(d.text), toks{d.tokens.data(), d.tokens.size()}, index_(word_index()) {}

bool Ctx::capitalized(size_t i) const {
  const std::string_view s = str(i);
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  return text::char_info(text::decode_utf8(p, p + s.size()).cp).upper;
}

bool Ctx::has_hyphen(std::string_view s) {
  for (size_t k = 1; k + 1 < s.size(); ++k)
    if (s[k] == '-' || (static_cast<unsigned char>(s[k]) == 0xE2 && k + 2 < s.size() &&
                        static_cast<unsigned char>(s[k + 1]) == 0x80 &&
                        (static_cast<unsigned char>(s[k + 2]) == 0x90 ||
                         static_cast<unsigned char>(s[k + 2]) == 0x91)))
      return true;
  return false;
}

uint64_t Ctx::applicable(const WordEntry &e, size_t i, size_t n) const {
  uint64_t r = e.roles;
  if (e.cap_roles && !capitalized(i)) r &= ~e.cap_roles;
  if (e.case_roles) {
    // The tokens' own spelling, joined like the key, must equal `exact`.
    std::string_view exact = e.exact;
    bool same = true;
    for (size_t k = 0; k < n && same; ++k) {
      const std::string_view t = str(i + k);
      if (k) {
        if (exact.empty() || exact[0] != ' ') same = false;
        else exact.remove_prefix(1);
      }
      if (exact.substr(0, t.size()) != t) same = false;
      else exact.remove_prefix(t.size());
    }
    if (!same || !exact.empty()) r &= ~e.case_roles;
  }
  return r;
}

Hit Ctx::lookup_word(size_t i) const {
  // Most words are in no table: a tag mismatch in the index rules them out.
  const Token &t = toks[i];
  if (!wordlike(t.kind)) return {};
  const WordEntry *e = index_.find(std::string_view(text.data() + t.start, t.size()));
  if (!e) return {};
  return Hit{e, (e->cap_roles | e->case_roles) ? applicable(*e, i, 1) : e->roles, 1};
}

Hit Ctx::lookup(size_t i, size_t n) const {
  if (n == 1) return lookup_word(i);
  char buf[96];
  size_t len = 0;
  for (size_t k = 0; k < n; ++k) {
    const Token &t = toks[i + k];
    if (!wordlike(t.kind) || t.size() > 40) return {};
    if (k) buf[len++] = ' ';
    if (len + t.size() > sizeof buf) return {};
    fold_into(t.text(text), buf + len, t.size());
    len += t.size();
  }
  const WordEntry *e = index_.find(std::string_view(buf, len));
  if (!e) return {};
  return Hit{e, applicable(*e, i, n), static_cast<uint32_t>(n)};
}

void Ctx::fill_digits(DigitSlot &slot, size_t i) const {
  slot.index = i;
  slot.plain = read_digits(str(i), '.', false);
  if (decimal == '.' && (slot.plain.shape != Shape::Invalid || decimal_from_locale)) slot.doc = slot.plain;
  else slot.doc = read_digits(str(i), decimal, !decimal_from_locale);
}

const Ctx::PhraseSlot &Ctx::phrases_at(size_t i) const {
  PhraseSlot &slot = phrases_[i & (phrases_.size() - 1)];
  if (slot.index == i) return slot;
  slot.index = i;
  slot.count = 0;
  const Hit first = word(i);
  if (!first.e) return slot;
  size_t longest = first.e->longest_phrase;
  if (longest > toks.size() - i) longest = toks.size() - i;
  if (longest < 2) return slot;
  // Hash the tokens one by one and keep the lengths at which a key may end; stop where no
  // key goes on. Only those lengths are looked up.
  uint32_t ends = 0;
  uint32_t h = WordIndex::part_hash(str(i));
  for (size_t n = 2; n <= longest; ++n) {
    const Token &t = toks[i + n - 1];
    if (!wordlike(t.kind) || t.size() > 40) break;
    h = WordIndex::extend(h, WordIndex::part_hash(str(i + n - 1)));
    if (index_.may_end(h)) ends |= 1u << n;
    if (!index_.may_continue(h)) break;
  }
  for (size_t n = longest; n >= 2 && slot.count < 7; --n) {
    if (!(ends >> n & 1)) continue;
    const Hit h2 = lookup(i, n);
    if (!h2.e) continue;
    slot.len[slot.count] = static_cast<uint8_t>(n);
    slot.entry[slot.count] = h2.e;
    slot.roles[slot.count] = h2.roles;
    ++slot.count;
  }
  return slot;
}

Hit Ctx::longer_phrase(size_t i, size_t end, uint64_t roles, const Hit &first) const {
  const PhraseSlot &p = phrases_at(i);
  for (size_t k = 0; k < p.count; ++k)
    if (i + p.len[k] <= end && (p.roles[k] & roles)) return Hit{p.entry[k], p.roles[k], p.len[k]};
  return (first.roles & roles) ? first : Hit{};
}

Hit Ctx::phrase_before(size_t j, size_t floor, uint64_t roles) const {
  if (j <= floor) return {};
  const Hit last = word(j - 1);
  if (!last.e) return {};
  if (last.e->ending_roles & roles) {
    for (size_t n = last.e->longest_ending; n >= 2; --n) {
      if (j < floor + n) continue;
      // Every phrase's first word has an entry that knows its longest phrase.
      const Hit first = word(j - n);
      if (!first.e || first.e->longest_phrase < n) continue;
      const PhraseSlot &p = phrases_at(j - n);
      for (size_t k = 0; k < p.count; ++k)
        if (p.len[k] == n) {
          if (p.roles[k] & roles) return Hit{p.entry[k], p.roles[k], p.len[k]};
          break;
        }
    }
  }
  return (last.roles & roles) ? last : Hit{};
}

Hit Ctx::piece(std::string_view s, bool capital) const {
  const WordEntry *e = s.size() <= 48 ? index_.find(s) : nullptr;
  if (!e) return {};
  uint64_t r = e->roles;
  if (!capital) r &= ~e->cap_roles;
  if (e->case_roles && s != e->exact) r &= ~e->case_roles;
  return Hit{e, r, 1};
}

}  // namespace quarry::numbers
