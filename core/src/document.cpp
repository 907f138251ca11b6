#include "document.hpp"

#include <algorithm>

namespace quarry {

const char *mention_type_name(MentionType type) {
  static const char *const kNames[] = {
      "NONE", "PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "DURATION", "CARDINAL",
      "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "URL", "EMAIL", "PHONE", "HASHTAG", "HANDLE", "ID"};
  const auto i = static_cast<size_t>(type);
  return i < sizeof kNames / sizeof kNames[0] ? kNames[i] : "NONE";
}

const char *qualifier_name(Qualifier q) {
  static const char *const kNames[] = {nullptr, "exact", "approx", "gt", "ge", "lt", "le", "range"};
  return kNames[static_cast<size_t>(q)];
}

namespace {

// Text order; at one start, the higher priority first, then the longer mention.
bool before(const Mention &a, const Mention &b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.priority != b.priority) return a.priority > b.priority;
  return a.end > b.end;
}

}  // namespace

void finalize_mentions(Document &doc) {
  auto &m = doc.mentions;
  // The stages append sorted runs: merge them pairwise (stable, so equal mentions keep their
  // stage order), or sort outright if there are unexpectedly many.
  std::vector<size_t> runs{0};
  for (size_t i = 1; i < m.size(); ++i)
    if (before(m[i], m[i - 1])) runs.push_back(i);
  if (runs.size() > 8) {
    std::stable_sort(m.begin(), m.end(), before);
  } else {
    for (size_t r = 1; r < runs.size(); ++r)
      std::inplace_merge(m.begin(), m.begin() + static_cast<std::ptrdiff_t>(runs[r]),
                         r + 1 < runs.size() ? m.begin() + static_cast<std::ptrdiff_t>(runs[r + 1]) : m.end(),
                         before);
  }
  // Drop empty mentions and the loser of each overlap, compacting in place.
  size_t kept = 0;
  for (size_t i = 0; i < m.size(); ++i) {
    const Mention &x = m[i];
    if (x.end <= x.start) continue;
    if (kept > 0 && x.start < m[kept - 1].end) {
      Mention &prev = m[kept - 1];
      const bool wins = x.priority > prev.priority ||
                        (x.priority == prev.priority && x.end - x.start > prev.end - prev.start);
      if (wins) prev = x;
      continue;
    }
    if (kept != i) m[kept] = x;
    ++kept;
  }
  m.resize(kept);
  size_t s = 0;
  for (auto &x : m) {
    while (s + 1 < doc.sentences.size() && doc.sentences[s].end <= x.start) ++s;
    x.sentence = static_cast<uint32_t>(s);
  }
}

}  // namespace quarry
