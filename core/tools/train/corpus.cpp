#include "corpus.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "entities/gazetteer.hpp"
#include "tests/unit/corpus.hpp"

namespace quarry::train {

using entities::EntityType;

const char *type_name(EntityType t) {
  static const char *const kNames[] = {"PERSON", "ORG", "LOC", "NORP", "MISC"};
  return kNames[static_cast<int>(t)];
}

namespace {

// A corpus tag's entity type: -1 for O, -2 for "drop", else an EntityType; `demonym_check`
// marks the types that become NORP when every word is a nationality ("Japanese", "Jews").
int map_tag(const std::string &t, bool &demonym_check) {
  demonym_check = false;
  if (t == "PER" || t == "person") return static_cast<int>(EntityType::Person);
  if (t == "ORG" || t == "corporation" || t == "group") return static_cast<int>(EntityType::Org);
  if (t == "LOC" || t == "location") {
    demonym_check = true;  // some corpora mark "Russian" or "Chinese" as LOC
    return static_cast<int>(EntityType::Loc);
  }
  if (t == "MISC" || t == "OTH" || t == "product" || t == "creative-work") {
    demonym_check = true;
    return static_cast<int>(EntityType::Misc);
  }
  return -1;
}

struct RawSpan {
  size_t first, end;  // corpus token indexes
  int type;
  bool demonym_check;
};

// Corpus tokens and tags -> spans; iob1: "I-" starts a span unless it follows the same type.
std::vector<RawSpan> spans_of(const std::vector<std::string> &tags, bool iob1) {
  std::vector<RawSpan> out;
  int cur = -1;
  std::string cur_tag;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const std::string t = i < tags.size() ? tags[i] : "O";
    const bool begin = t.size() > 2 && t[0] == 'B' && t[1] == '-';
    const bool inside = t.size() > 2 && t[0] == 'I' && t[1] == '-';
    const std::string type = begin || inside ? t.substr(2) : "";
    const bool continues = inside && cur >= 0 && type == cur_tag;
    if (!continues && cur >= 0) {
      out.back().end = i;
      cur = -1;
    }
    if ((begin || inside) && !continues) {
      bool dc = false;
      const int ty = map_tag(type, dc);
      if (ty >= 0) {
        out.push_back(RawSpan{i, i + 1, ty, dc});
        cur = ty;
        cur_tag = type;
      }
    }
    (void)iob1;
  }
  return out;
}

bool all_demonyms(const std::string &text, const std::vector<segment::Token> &toks) {
  const auto &gz = entities::Gazetteer::get();
  bool any = false;
  for (const auto &t : toks) {
    if (t.kind == segment::TokenKind::Punct) continue;
    const std::string_view s = t.text(text);
    if (!(gz.token_bits(s, entities::fold_hash(s)) & entities::kGazNorp)) return false;
    any = true;
  }
  return any;
}

// Builds one training sentence from corpus tokens (offsets in text) and spans.
void build(const std::string &text, const std::vector<std::pair<size_t, size_t>> &offsets,
           const std::vector<RawSpan> &spans, Sentence &s) {
  s.text = text;
  s.tokens.clear();
  segment::tokenize(s.text, s.tokens);
  const size_t n = s.tokens.size();
  std::vector<int> type(n, -1), span_id(n, -1);
  for (size_t k = 0; k < spans.size(); ++k) {
    const RawSpan &r = spans[k];
    const size_t cs = offsets[r.first].first, ce = offsets[r.end - 1].second;
    int ty = r.type;
    if (r.demonym_check) {
      std::vector<segment::Token> sub;
      segment::tokenize(std::string_view(s.text).substr(cs, ce - cs), sub);
      if (all_demonyms(s.text.substr(cs, ce - cs), sub)) ty = static_cast<int>(EntityType::Norp);
    }
    for (size_t i = 0; i < n; ++i) {
      const size_t mid2 = size_t{s.tokens[i].start} + s.tokens[i].end;  // twice the midpoint
      if (mid2 >= 2 * cs && mid2 < 2 * ce) {
        type[i] = ty;
        span_id[i] = static_cast<int>(k);
      }
    }
  }
  // Silver NORP: a capitalized nationality (one word or a phrase: "South African") that the
  // corpus left unlabelled; most corpora have no NORP type at all.
  std::vector<entities::TokenInfo> info;
  entities::describe_tokens(s.text, s.tokens.data(), n, true, info);
  int next_id = static_cast<int>(spans.size());
  for (size_t i = 0; i < n; ++i) {
    const uint32_t pos = entities::phrase_position(info[i], entities::kPhraseNorp);
    if (pos != 1 + entities::kB && pos != 1 + entities::kU) continue;
    size_t j = i + 1;
    if (pos == 1 + entities::kB)
      while (j < n && entities::phrase_position(info[j], entities::kPhraseNorp) == 1 + entities::kI) ++j;
    if (pos == 1 + entities::kB) {
      if (j >= n || entities::phrase_position(info[j], entities::kPhraseNorp) != 1 + entities::kL) continue;
      ++j;
    }
    const std::string_view w = s.tokens[i].text(s.text);
    if (!(w[0] >= 'A' && w[0] <= 'Z')) continue;
    bool free = true;
    for (size_t k = i; k < j && free; ++k) free = type[k] < 0;
    if (!free) continue;
    for (size_t k = i; k < j; ++k) {
      type[k] = static_cast<int>(EntityType::Norp);
      span_id[k] = next_id;
    }
    ++next_id;
  }
  s.labels.assign(n, 0);
  s.gold.clear();
  for (size_t i = 0; i < n;) {
    if (type[i] < 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && span_id[j] == span_id[i]) ++j;
    const int ty = type[i];
    if (j - i == 1) {
      s.labels[i] = entities::label_of(ty, entities::kU);
    } else {
      s.labels[i] = entities::label_of(ty, entities::kB);
      for (size_t k = i + 1; k + 1 < j; ++k) s.labels[k] = entities::label_of(ty, entities::kI);
      s.labels[j - 1] = entities::label_of(ty, entities::kL);
    }
    s.gold.push_back(GoldSpan{s.tokens[i].start, s.tokens[j - 1].end, static_cast<EntityType>(ty)});
    i = j;
  }
}

std::vector<std::string> split_ws(const std::string &line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

}  // namespace

bool read_training_data(const std::string &dir, std::vector<Sentence> &out, std::string &error) {
  const CorpusFile files[] = {
      {"uner-ewt-dev.iob2", 0},  {"btc-a.conll", 1},      {"btc-b.conll", 1},
      {"btc-e.conll", 1},        {"btc-g.conll", 1},      {"btc-h.conll", 1},
      {"wnut17-train.conll", 1}, {"wnut17-dev.conll", 1}, {"wikigold.conll", 2},
  };
  int corpus = 0;
  for (const CorpusFile &f : files) {
    std::ifstream in(dir + "/" + f.name);
    if (!in) {
      error = "cannot read " + dir + "/" + f.name;
      return false;
    }
    std::string line, given_text;
    std::vector<std::string> words, tags;
    size_t index = 0;
    auto flush = [&] {
      if (words.empty()) {
        given_text.clear();
        return;
      }
      std::string text;
      std::vector<std::pair<size_t, size_t>> offsets;
      bool aligned = !given_text.empty();
      if (aligned) {
        size_t pos = 0;
        for (const auto &w : words) {
          const size_t at = given_text.find(w, pos);
          if (at == std::string::npos) {
            aligned = false;
            break;
          }
          offsets.emplace_back(at, at + w.size());
          pos = at + w.size();
        }
        if (aligned) text = given_text;
      }
      if (!aligned) {
        offsets.clear();
        text.clear();
        for (const auto &w : words) {
          if (!text.empty()) text.push_back(' ');
          offsets.emplace_back(text.size(), text.size() + w.size());
          text += w;
        }
      }
      Sentence s;
      build(text, offsets, spans_of(tags, f.format == 2), s);
      s.corpus = corpus;
      s.heldout = index % 10 == 9;
      ++index;
      out.push_back(std::move(s));
      words.clear();
      tags.clear();
      given_text.clear();
    };
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (f.format == 0 && line.rfind("# text = ", 0) == 0) {
        given_text = line.substr(9);
        continue;
      }
      if (!line.empty() && line[0] == '#' && f.format == 0) continue;
      if (line.empty()) {
        flush();
        continue;
      }
      std::vector<std::string> cols;
      if (f.format == 0) {
        std::istringstream in2(line);
        std::string c;
        while (std::getline(in2, c, '\t')) cols.push_back(c);
        if (cols.size() < 3) continue;
        words.push_back(cols[1]);
        tags.push_back(cols[2]);
      } else {
        cols = split_ws(line);
        if (cols.size() < 2) continue;
        if (cols[0] == "-DOCSTART-") continue;
        words.push_back(cols[0]);
        tags.push_back(cols.back());
      }
    }
    flush();
    ++corpus;
  }
  return true;
}

bool read_news_set(const std::string &dir, std::vector<Story> &out, std::string &error) {
  // The tests' reader of this format (tests/unit/corpus.cpp), with the type names mapped.
  static const std::pair<const char *, EntityType> kTypes[] = {
      {"PERSON", EntityType::Person}, {"ORG", EntityType::Org},   {"LOC", EntityType::Loc},
      {"NORP", EntityType::Norp},     {"MISC", EntityType::Misc},
  };
  std::vector<qt::EntityStory> stories;
  try {
    stories = qt::load_entity_corpus(dir);
  } catch (const std::exception &e) {
    error = e.what();
    return false;
  }
  for (auto &s : stories) {
    Story story;
    story.where = std::move(s.where);
    story.text = std::move(s.text);
    for (const auto &g : s.gold)
      for (const auto &[name, type] : kTypes)
        if (g.type == name)
          story.gold.push_back(GoldSpan{static_cast<uint32_t>(g.start), static_cast<uint32_t>(g.end), type});
    out.push_back(std::move(story));
  }
  return true;
}

void Scores::add(const std::vector<GoldSpan> &gold, const std::vector<GoldSpan> &pred) {
  for (const auto &g : gold) {
    const bool found = std::find(pred.begin(), pred.end(), g) != pred.end();
    (found ? tp : fn)[static_cast<int>(g.type)]++;
  }
  for (const auto &p : pred)
    if (std::find(gold.begin(), gold.end(), p) == gold.end()) fp[static_cast<int>(p.type)]++;
}

namespace {
double ratio(long a, long b) {
  return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b);
}
double f(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}  // namespace

double Scores::f1() const {
  long t = 0, p = 0, n = 0;
  for (int k = 0; k < entities::kEntityTypes; ++k) {
    t += tp[k];
    p += fp[k];
    n += fn[k];
  }
  return f(ratio(t, t + p), ratio(t, t + n));
}

std::string Scores::table() const {
  std::string out = "type      gold  pred  precision  recall     F1\n";
  char buf[160];
  long T = 0, P = 0, N = 0;
  for (int k = 0; k <= entities::kEntityTypes; ++k) {
    long t, p, n;
    const char *name;
    if (k < entities::kEntityTypes) {
      t = tp[k], p = fp[k], n = fn[k];
      T += t, P += p, N += n;
      name = type_name(static_cast<EntityType>(k));
    } else {
      t = T, p = P, n = N;
      name = "all";
    }
    const double pr = ratio(t, t + p), rc = ratio(t, t + n);
    std::snprintf(buf, sizeof buf, "%-8s %5ld %5ld     %6.2f  %6.2f  %6.2f\n", name, t + n, t + p, pr, rc,
                  f(pr, rc));
    out += buf;
  }
  return out;
}

}  // namespace quarry::train
