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

void finalize_mentions(Document &doc) {
  auto &m = doc.mentions;
  // Sort indexes, not the (large) mentions: each mention then moves once.
  std::vector<uint32_t> order(m.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&m](uint32_t ia, uint32_t ib) {
    const Mention &a = m[ia], &b = m[ib];
    if (a.start != b.start) return a.start < b.start;
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.end > b.end;
  });
  std::vector<Mention> kept;
  kept.reserve(m.size());
  for (const uint32_t i : order) {
    Mention &x = m[i];
    if (x.end <= x.start) continue;
    if (!kept.empty() && x.start < kept.back().end) {
      Mention &prev = kept.back();
      const bool wins = x.priority > prev.priority ||
                        (x.priority == prev.priority && x.end - x.start > prev.end - prev.start);
      if (wins) prev = std::move(x);
      continue;
    }
    kept.push_back(std::move(x));
  }
  m = std::move(kept);
  size_t s = 0;
  for (auto &x : m) {
    while (s + 1 < doc.sentences.size() && doc.sentences[s].end <= x.start) ++s;
    x.sentence = static_cast<uint32_t>(s);
  }
}

}  // namespace quarry
