// Trains the name tagger's model from the corpora in the NER data directory and writes
// core/src/entities/model.generated.cpp. Deterministic: the same data, gazetteers and build
// give the same file (fixed shuffling seed; no threads).
//
//   ner-train [--data DIR] [--out FILE] [--algo crf|perceptron] [--epochs N] [--eta X]
//             [--c2 X] [--min-count N] [--repeat DIGITS] [--news DIR] [--no-write] [--all]
//
// With no option it reproduces the committed model: a linear-chain CRF, 15 epochs of SGD.
// It prints exact-span scores on the held-out tenth of the corpora (never trained on) and
// on the news test set (never trained on), tagged as the library tags.
// --all trains on the held-out tenth too (for experiments; the committed model does not).
// --repeat: how often each corpus is shown per epoch, one digit per corpus in the order of
// corpus.cpp (default 111111112: wikigold, the closest to edited prose, twice).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus.hpp"
#include "entities/features.hpp"
#include "entities/gazetteer.hpp"
#include "entities/model.hpp"
#include "entities/rules.hpp"
#include "entities/tagger.hpp"
#include "segment/structure.hpp"

using namespace quarry;
using namespace quarry::entities;
using quarry::train::Sentence;

namespace {

constexpr int L = kLabels;

struct Encoded {
  std::vector<uint32_t> rows;  // feature rows of all tokens
  std::vector<uint32_t> off;   // n + 1 offsets into rows
};

uint64_t rng_state = 0x9E3779B97F4A7C15ull;
uint64_t next_random() {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

template <class W>
void emissions(const Encoded &e, size_t n, const W *weights, std::vector<W> &scores) {
  scores.assign(n * L, 0);
  for (size_t i = 0; i < n; ++i) {
    W *row = &scores[i * L];
    for (uint32_t k = e.off[i]; k < e.off[i + 1]; ++k) {
      const W *w = weights + size_t{e.rows[k]} * L;
      for (int l = 0; l < L; ++l) row[l] += w[l];
    }
  }
}

struct Trained {
  std::vector<double> w, trans, fin;
};

void decode_spans(const Sentence &s, const std::vector<int> &labels, std::vector<train::GoldSpan> &out) {
  std::vector<TokenSpan> spans;
  labels_to_spans(labels.data(), labels.size(), spans);
  out.clear();
  for (const auto &sp : spans)
    out.push_back(train::GoldSpan{s.tokens[sp.first].start, s.tokens[sp.end - 1].end, sp.type});
}

template <class W>
train::Scores evaluate(const std::vector<Sentence> &data, const std::vector<Encoded> &enc, bool heldout,
                       const std::vector<W> &w, const std::vector<W> &trans, const std::vector<W> &fin) {
  train::Scores sc;
  std::vector<W> scores, delta;
  std::vector<uint8_t> back;
  std::vector<int> labels;
  std::vector<train::GoldSpan> pred;
  for (size_t k = 0; k < data.size(); ++k) {
    if (data[k].heldout != heldout) continue;
    const size_t n = data[k].tokens.size();
    if (n == 0) continue;
    emissions(enc[k], n, w.data(), scores);
    labels.assign(n, 0);
    viterbi<W>(scores.data(), n, trans.data(), fin.data(), true, true, labels.data(), delta, back);
    decode_spans(data[k], labels, pred);
    sc.add(data[k].gold, pred);
  }
  return sc;
}

// Weights in memory, in the shape tag_sentence_with() expects.
template <class W>
struct MemoryWeights {
  const std::unordered_map<uint32_t, uint32_t> &row_of;
  const std::vector<W> &w, &trans, &fin;
  void add(uint32_t id, W *row) const {
    const auto it = row_of.find(id);
    if (it == row_of.end()) return;
    const W *r = w.data() + size_t{it->second} * L;
    for (int l = 0; l < L; ++l) row[l] += r[l];
  }
  void add_all(const uint32_t *ids, size_t n, W *row) const {
    for (size_t k = 0; k < n; ++k) add(ids[k], row);
  }
  const W *transitions() const { return trans.data(); }
  const W *final_scores() const { return fin.data(); }
};

// Texts tagged the way the library tags them (sentences, name regions, features, Viterbi,
// span clean-up) but with weights in memory: model selection without a rebuild.
template <class W>
train::Scores evaluate_texts(
    const std::vector<std::pair<const std::string *, const std::vector<train::GoldSpan> *>> &items,
    const MemoryWeights<W> &weights) {
  train::Scores sc;
  std::vector<segment::Token> tokens;
  std::vector<segment::Paragraph> paragraphs;
  std::vector<segment::Sentence> sentences;
  TaggerScratchOf<W> scratch;
  std::vector<TokenSpan> spans;
  for (const auto &[text, gold] : items) {
    tokens.clear();
    paragraphs.clear();
    sentences.clear();
    segment::tokenize(*text, tokens);
    const auto roles = segment::find_list_roles(*text, tokens);
    segment::split_paragraphs(*text, tokens, roles, paragraphs);
    segment::split_sentences(*text, tokens, roles, paragraphs, sentences);
    std::vector<train::GoldSpan> pred;
    spans.clear();
    for (const auto &sent : sentences) {
      const size_t n = sent.end_token - sent.first_token;
      const size_t before = spans.size();
      tag_sentence_with(weights, *text, tokens.data() + sent.first_token, n, scratch, spans);
      for (size_t k = before; k < spans.size(); ++k) {
        spans[k].first += sent.first_token;
        spans[k].end += sent.first_token;
      }
    }
    apply_name_rules(*text, tokens, sentences, spans);
    for (const TokenSpan &sp : spans)
      pred.push_back(train::GoldSpan{tokens[sp.first].start, tokens[sp.end - 1].end, sp.type});
    sc.add(*gold, pred);
  }
  return sc;
}

// Averaged structured perceptron (Collins 2002) with integer updates.
Trained train_perceptron(const std::vector<Sentence> &data, const std::vector<Encoded> &enc, size_t rows,
                         int epochs, bool all, const std::vector<int> &repeat) {
  std::vector<int32_t> w(rows * L, 0), trans((L + 1) * L, 0), fin(L, 0);
  std::vector<int64_t> uw(rows * L, 0), utrans((L + 1) * L, 0), ufin(L, 0);
  std::vector<size_t> order;
  for (size_t k = 0; k < data.size(); ++k)
    if ((all || !data[k].heldout) && !data[k].tokens.empty())
      for (int r = 0; r < repeat[static_cast<size_t>(data[k].corpus)]; ++r) order.push_back(k);
  int64_t c = 1;
  std::vector<int32_t> scores, delta;
  std::vector<uint8_t> back;
  std::vector<int> pred;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next_random() % i]);
    long errors = 0;
    for (const size_t k : order) {
      const Sentence &s = data[k];
      const size_t n = s.tokens.size();
      emissions(enc[k], n, w.data(), scores);
      pred.assign(n, 0);
      viterbi<int32_t>(scores.data(), n, trans.data(), fin.data(), true, true, pred.data(), delta, back);
      if (pred != s.labels) {
        ++errors;
        auto bump = [&](std::vector<int32_t> &v, std::vector<int64_t> &u, size_t idx, int d) {
          v[idx] += d;
          u[idx] += c * d;
        };
        for (size_t i = 0; i < n; ++i) {
          const int g = s.labels[i], p = pred[i];
          const int gp = i ? s.labels[i - 1] : -1, pp = i ? pred[i - 1] : -1;
          if (g != p) {
            for (uint32_t f = enc[k].off[i]; f < enc[k].off[i + 1]; ++f) {
              bump(w, uw, size_t{enc[k].rows[f]} * L + static_cast<size_t>(g), 1);
              bump(w, uw, size_t{enc[k].rows[f]} * L + static_cast<size_t>(p), -1);
            }
          }
          if (g != p || gp != pp) {
            bump(trans, utrans, static_cast<size_t>((gp + 1) * L + g), 1);
            bump(trans, utrans, static_cast<size_t>((pp + 1) * L + p), -1);
          }
        }
        if (s.labels[n - 1] != pred[n - 1]) {
          bump(fin, ufin, static_cast<size_t>(s.labels[n - 1]), 1);
          bump(fin, ufin, static_cast<size_t>(pred[n - 1]), -1);
        }
      }
      ++c;
    }
    std::fprintf(stderr, "epoch %d: %ld of %zu sentences wrong\n", epoch + 1, errors, order.size());
  }
  Trained m;
  auto avg = [&](const std::vector<int32_t> &v, const std::vector<int64_t> &u, std::vector<double> &out) {
    out.resize(v.size());
    for (size_t i = 0; i < v.size(); ++i)
      out[i] = static_cast<double>(v[i]) - static_cast<double>(u[i]) / static_cast<double>(c);
  };
  avg(w, uw, m.w);
  avg(trans, utrans, m.trans);
  avg(fin, ufin, m.fin);
  return m;
}

// Linear-chain CRF (Lafferty et al. 2001) trained by stochastic gradient descent on the
// log-likelihood with L2 regularization (a lazily applied scale factor, Bottou 2012), under
// the same BILOU constraints as decoding.
Trained train_crf(const std::vector<Sentence> &data, const std::vector<Encoded> &enc, size_t rows, int epochs,
                  bool all, const std::vector<int> &repeat, double c2, double eta0) {
  constexpr double kNegInf = -1e300;
  std::vector<double> v(rows * L, 0.0), trans((L + 1) * L, 0.0), fin(L, 0.0);
  double scale = 1.0;  // w = scale * v
  std::vector<size_t> order;
  for (size_t k = 0; k < data.size(); ++k)
    if ((all || !data[k].heldout) && !data[k].tokens.empty())
      for (int r = 0; r < repeat[static_cast<size_t>(data[k].corpus)]; ++r) order.push_back(k);
  bool allowed[L + 1][L], ends[L];
  for (int a = -1; a < L; ++a)
    for (int b = 0; b < L; ++b) allowed[a + 1][b] = transition_allowed(a, b);
  for (int a = 0; a < L; ++a) ends[a] = transition_allowed(a, -1);
  const double lambda = c2 / static_cast<double>(order.size());
  long t = 0;
  std::vector<double> em, alpha, beta;
  auto logadd = [](double a, double b) {
    if (a < b) std::swap(a, b);
    if (b <= kNegInf) return a;
    return a + std::log1p(std::exp(b - a));
  };
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next_random() % i]);
    double loss = 0;
    for (const size_t k : order) {
      const Sentence &s = data[k];
      const size_t n = s.tokens.size();
      const double eta = eta0 / (1.0 + static_cast<double>(t) / static_cast<double>(order.size()));
      ++t;
      em.assign(n * L, 0.0);
      for (size_t i = 0; i < n; ++i)
        for (uint32_t f = enc[k].off[i]; f < enc[k].off[i + 1]; ++f)
          for (int l = 0; l < L; ++l) em[i * L + l] += scale * v[size_t{enc[k].rows[f]} * L + l];
      alpha.assign(n * L, kNegInf);
      beta.assign(n * L, kNegInf);
      for (int b = 0; b < L; ++b)
        if (allowed[0][b]) alpha[b] = trans[b] + em[b];
      for (size_t i = 1; i < n; ++i)
        for (int b = 0; b < L; ++b) {
          double acc = kNegInf;
          for (int a = 0; a < L; ++a)
            if (allowed[a + 1][b] && alpha[(i - 1) * L + a] > kNegInf)
              acc = logadd(acc, alpha[(i - 1) * L + a] + trans[(a + 1) * L + b]);
          if (acc > kNegInf) alpha[i * L + b] = acc + em[i * L + b];
        }
      for (int a = 0; a < L; ++a)
        if (ends[a]) beta[(n - 1) * L + a] = fin[a];
      for (size_t i = n - 1; i-- > 0;)
        for (int a = 0; a < L; ++a) {
          double acc = kNegInf;
          for (int b = 0; b < L; ++b)
            if (allowed[a + 1][b] && beta[(i + 1) * L + b] > kNegInf)
              acc = logadd(acc, trans[(a + 1) * L + b] + em[(i + 1) * L + b] + beta[(i + 1) * L + b]);
          beta[i * L + a] = acc;
        }
      double logz = kNegInf;
      for (int a = 0; a < L; ++a)
        if (alpha[(n - 1) * L + a] > kNegInf && beta[(n - 1) * L + a] > kNegInf)
          logz = logadd(logz, alpha[(n - 1) * L + a] + beta[(n - 1) * L + a]);
      double gold_score = 0;
      for (size_t i = 0; i < n; ++i) {
        const int g = s.labels[i], gp = i ? s.labels[i - 1] : -1;
        gold_score += em[i * L + g] + trans[(gp + 1) * L + g];
      }
      gold_score += fin[s.labels[n - 1]];
      loss += logz - gold_score;
      // L2: shrink all weights at once through the scale.
      scale *= 1.0 - eta * lambda;
      if (scale < 1e-9) {
        for (double &x : v) x *= scale;
        scale = 1.0;
      }
      // Gradient step: + observed - expected.
      for (size_t i = 0; i < n; ++i) {
        const int g = s.labels[i];
        for (int l = 0; l < L; ++l) {
          const double pm = (alpha[i * L + l] > kNegInf && beta[i * L + l] > kNegInf)
                                ? std::exp(alpha[i * L + l] + beta[i * L + l] - logz)
                                : 0.0;
          const double d = (l == g ? 1.0 : 0.0) - pm;
          if (d == 0.0) continue;
          for (uint32_t f = enc[k].off[i]; f < enc[k].off[i + 1]; ++f)
            v[size_t{enc[k].rows[f]} * L + l] += eta * d / scale;
        }
        const int gp = i ? s.labels[i - 1] : -1;
        trans[(gp + 1) * L + g] += eta;
        if (i == 0) {
          for (int b = 0; b < L; ++b)
            if (allowed[0][b] && alpha[b] > kNegInf && beta[b] > kNegInf)
              trans[b] -= eta * std::exp(alpha[b] + beta[b] - logz);
        } else {
          for (int a = 0; a < L; ++a) {
            if (alpha[(i - 1) * L + a] <= kNegInf) continue;
            for (int b = 0; b < L; ++b) {
              if (!allowed[a + 1][b] || beta[i * L + b] <= kNegInf) continue;
              const double pp = std::exp(alpha[(i - 1) * L + a] + trans[(a + 1) * L + b] + em[i * L + b] +
                                         beta[i * L + b] - logz);
              trans[(a + 1) * L + b] -= eta * pp;
            }
          }
        }
      }
      fin[s.labels[n - 1]] += eta;
      for (int a = 0; a < L; ++a)
        if (ends[a] && alpha[(n - 1) * L + a] > kNegInf)
          fin[a] -= eta * std::exp(alpha[(n - 1) * L + a] + fin[a] - logz);
    }
    std::fprintf(stderr, "epoch %d: loss %.1f\n", epoch + 1, loss);
  }
  Trained m;
  m.w.resize(v.size());
  for (size_t i = 0; i < v.size(); ++i) m.w[i] = scale * v[i];
  m.trans = trans;
  m.fin = fin;
  return m;
}

}  // namespace

int main(int argc, char **argv) {
  std::string data_dir = QUARRY_NER_DATA_DIR;
  std::string out_file = QUARRY_SOURCE_DIR "/core/src/entities/model.generated.cpp";
  // Defaults: the committed model (docs/entities.md has the measurements behind them).
  int epochs = -1, min_count = 1;
  double c2 = 1.0, eta0 = 0.02;
  bool write = true, all = false;
  std::string algo = "crf";
  std::string news_dir = QUARRY_SOURCE_DIR "/tests/corpus/entities";
  // How many times each corpus's sentences are shown per epoch (see corpus.cpp for the order).
  std::vector<int> repeat = {1, 1, 1, 1, 1, 1, 1, 1, 2};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--data")
      data_dir = value();
    else if (a == "--out")
      out_file = value();
    else if (a == "--epochs")
      epochs = std::atoi(value().c_str());
    else if (a == "--min-count")
      min_count = std::atoi(value().c_str());
    else if (a == "--algo")
      algo = value();
    else if (a == "--c2")
      c2 = std::atof(value().c_str());
    else if (a == "--eta")
      eta0 = std::atof(value().c_str());
    else if (a == "--no-write")
      write = false;
    else if (a == "--news")
      news_dir = value();
    else if (a == "--repeat") {
      const std::string v = value();
      for (size_t k = 0, c = 0; k < v.size() && c < repeat.size(); ++k)
        if (v[k] >= '0' && v[k] <= '9') repeat[c++] = v[k] - '0';
    } else if (a == "--all")
      all = true;
    else {
      std::fprintf(stderr,
                   "usage: ner-train [--data DIR] [--out FILE] [--epochs N] [--min-count N] "
                   "[--algo perceptron|crf] [--c2 X] [--repeat DIGITS] [--news DIR] [--no-write] [--all]\n");
      return 2;
    }
  }
  if (epochs < 0) epochs = algo == "crf" ? 15 : 8;
  std::vector<Sentence> data;
  std::string error;
  if (!train::read_training_data(data_dir, data, error)) {
    std::fprintf(stderr, "ner-train: %s\n", error.c_str());
    return 1;
  }
  size_t held = 0, tokens = 0;
  for (const auto &s : data) {
    held += s.heldout;
    tokens += s.tokens.size();
  }
  std::fprintf(stderr, "%zu sentences (%zu held out), %zu tokens\n", data.size(), held, tokens);

  // Features: ids seen in training sentences, at least min_count times, get a row.
  std::vector<std::vector<uint32_t>> raw(data.size());
  std::vector<std::vector<uint32_t>> raw_off(data.size());
  std::unordered_map<uint32_t, uint32_t> counts;
  {
    std::vector<TokenInfo> info;
    std::vector<uint32_t> f;
    for (size_t k = 0; k < data.size(); ++k) {
      const Sentence &s = data[k];
      describe_tokens(s.text, s.tokens.data(), s.tokens.size(), true, info);
      raw_off[k].push_back(0);
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        f.clear();
        token_features(s.text, s.tokens.data(), info.data(), s.tokens.size(), i, f);
        for (const uint32_t id : f) {
          raw[k].push_back(id);
          if (all || !s.heldout) ++counts[id];
        }
        raw_off[k].push_back(static_cast<uint32_t>(raw[k].size()));
      }
    }
  }
  std::vector<uint32_t> ids;
  for (const auto &[id, n] : counts)
    if (static_cast<int>(n) >= min_count) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  std::unordered_map<uint32_t, uint32_t> row_of;
  for (size_t r = 0; r < ids.size(); ++r) row_of.emplace(ids[r], static_cast<uint32_t>(r));
  std::vector<Encoded> enc(data.size());
  for (size_t k = 0; k < data.size(); ++k) {
    enc[k].off.push_back(0);
    for (size_t i = 0; i + 1 < raw_off[k].size(); ++i) {
      for (uint32_t j = raw_off[k][i]; j < raw_off[k][i + 1]; ++j) {
        const auto it = row_of.find(raw[k][j]);
        if (it != row_of.end()) enc[k].rows.push_back(it->second);
      }
      enc[k].off.push_back(static_cast<uint32_t>(enc[k].rows.size()));
    }
  }
  raw.clear();
  std::fprintf(stderr, "%zu features\n", ids.size());

  if (algo != "perceptron" && algo != "crf") {
    std::fprintf(stderr, "ner-train: unknown --algo %s\n", algo.c_str());
    return 2;
  }
  const Trained m = algo == "crf" ? train_crf(data, enc, ids.size(), epochs, all, repeat, c2, eta0)
                                  : train_perceptron(data, enc, ids.size(), epochs, all, repeat);
  const train::Scores sc = evaluate<double>(data, enc, true, m.w, m.trans, m.fin);
  std::fprintf(stderr, "held-out tenth, float weights:\n%s", sc.table().c_str());
  std::vector<train::Story> stories;
  const bool have_news = train::read_news_set(news_dir, stories, error) && !stories.empty();
  std::vector<std::pair<const std::string *, const std::vector<train::GoldSpan> *>> news_items, held_items;
  for (const auto &st : stories) news_items.emplace_back(&st.text, &st.gold);
  for (const auto &se : data)
    if (se.heldout) held_items.emplace_back(&se.text, &se.gold);
  // Quantize: one scale for every weight, chosen so that the largest emission weight is 127.
  double maxw = 0;
  for (const double v : m.w) maxw = std::max(maxw, std::fabs(v));
  const double scale = maxw > 0 ? 127.0 / maxw : 1.0;
  std::vector<int32_t> qw(m.w.size()), qt(m.trans.size()), qf(m.fin.size());
  for (size_t i = 0; i < m.w.size(); ++i)
    qw[i] = static_cast<int32_t>(std::clamp<long>(std::lround(m.w[i] * scale), -127, 127));
  auto q16 = [&](double v) {
    return static_cast<int32_t>(std::clamp<long>(std::lround(v * scale), -32767, 32767));
  };
  for (size_t i = 0; i < m.trans.size(); ++i) qt[i] = q16(m.trans[i]);
  for (size_t i = 0; i < m.fin.size(); ++i) qf[i] = q16(m.fin[i]);
  const MemoryWeights<int32_t> qweights{row_of, qw, qt, qf};
  std::fprintf(stderr, "held-out tenth, 8-bit weights, as the library tags:\n%s",
               evaluate_texts(held_items, qweights).table().c_str());
  if (have_news)
    std::fprintf(stderr, "news test set, 8-bit weights, as the library tags:\n%s",
                 evaluate_texts(news_items, qweights).table().c_str());

  // Rows whose weights all round to zero are dropped.
  std::vector<uint32_t> keep;
  for (size_t r = 0; r < ids.size(); ++r) {
    bool nz = false;
    for (int l = 0; l < L && !nz; ++l) nz = qw[r * L + static_cast<size_t>(l)] != 0;
    if (nz) keep.push_back(static_cast<uint32_t>(r));
  }
  std::fprintf(stderr, "%zu features kept of %zu (scale %.4f)\n", keep.size(), ids.size(), scale);
  if (!write) return 0;

  std::string out;
  out += "// Generated by core/tools/train/ner-train from the corpora listed in NOTICE. Do not edit.\n";
  out += "// Regenerate with: cmake --build BUILD --target ner-train && BUILD/core/tools/train/ner-train\n";
  out += "// (see docs/entities.md). " + std::to_string(keep.size()) + " features, " +
         std::to_string(epochs) + " epochs of the " +
         (algo == "crf" ? std::string("linear-chain CRF") : std::string("averaged perceptron")) + ".\n";
  out += "#include \"entities/model.hpp\"\n\nnamespace quarry::entities::model_data {\n\n";
  out += "const uint32_t kFeatureCount = " + std::to_string(keep.size()) + ";\n\n";
  out += "const uint32_t kFeatureIds[] = {\n";
  for (size_t k = 0; k < keep.size(); ++k) {
    out += (k % 8 == 0 ? "    " : " ") + std::to_string(ids[keep[k]]) + "u,";
    if (k % 8 == 7 || k + 1 == keep.size()) out += "\n";
  }
  if (keep.empty()) out += "    0u,\n";
  out += "};\n\nconst int8_t kWeights[] = {\n";
  for (const uint32_t r : keep) {
    out += "   ";
    for (int l = 0; l < L; ++l) out += " " + std::to_string(qw[size_t{r} * L + static_cast<size_t>(l)]) + ",";
    for (int l = L; l < kRowStride; ++l) out += " 0,";
    out += "\n";
  }
  if (keep.empty()) out += "    0,\n";
  out += "};\n\nconst int16_t kTransitions[(kLabels + 1) * kLabels] = {\n";
  for (int a = 0; a <= L; ++a) {
    out += "   ";
    for (int b = 0; b < L; ++b) out += " " + std::to_string(qt[static_cast<size_t>(a * L + b)]) + ",";
    out += "\n";
  }
  out += "};\n\nconst int16_t kFinal[kLabels] = {\n   ";
  for (int b = 0; b < L; ++b) out += " " + std::to_string(qf[static_cast<size_t>(b)]) + ",";
  out += "\n};\n\n}  // namespace quarry::entities::model_data\n";
  std::ofstream f(out_file, std::ios::binary);
  f << out;
  if (!f) {
    std::fprintf(stderr, "ner-train: cannot write %s\n", out_file.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", out_file.c_str(), out.size());
  return 0;
}
