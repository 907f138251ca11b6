// Compiles the gazetteer's phrases (core/src/entities/gazetteer.txt, written by
// gen-entities.mjs) into the lookup table the library loads: core/src/entities/
// gazetteer.generated.cpp. The keys are those the library computes on documents (our
// tokenizer, fold_hash, extend_key, caps_key, linked from the library itself), so the table
// must be rebuilt when any of them changes; the "gazetteer table is fresh" test says so.
//
//   gen-gazetteer [--check] [--dump FILE] [SOURCE_DIR]
//     --check  exit 1 when the committed gazetteer.generated.cpp differs from what
//              gazetteer.txt gives (nothing is written)
//     --dump   also write every key as "key<TAB>bits<TAB>relation" lines, in key order
//
// The table: open addressing with linear probing over 2^kSlotBits slots (load <= 2/3),
// slot = key & mask. The keys are emitted sorted by (home slot, key); in that order the
// library places each key at max(home, previous + 1), one sequential pass, and a key that
// would run past the end wraps around as a normal insertion does. Per key the data has its
// home slot as a step from the previous key's (1 byte), the key's upper 48 bits (the lower 16
// are the home slot's; there are at least 2^16 slots) and the index of its category bits.
// The library packs a slot into 8 bytes: upper 48 bits, bit set index, distance from home.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/gazetteer.hpp"
#include "segment/token.hpp"

using namespace quarry;
using namespace quarry::entities;

namespace {

struct Entry {
  uint32_t bits = 0;
  int32_t relation = -1;  // index into the relation lines (the last one given wins)
};

bool simple_word(std::string_view s) {
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) return false;
  }
  return !s.empty();
}

// ASCII words of letters and digits separated by single spaces.
bool simple_words(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  char prev = 0;
  for (const char c : s) {
    if (c == ' ') {
      if (prev == ' ') return false;
    } else if (!simple_word(std::string_view(&c, 1))) {
      return false;
    }
    prev = c;
  }
  return true;
}

[[noreturn]] void fail(const std::string &msg) {
  std::fprintf(stderr, "gen-gazetteer: %s\n", msg.c_str());
  std::exit(2);
}

struct Table {
  std::unordered_map<uint64_t, Entry> keys;
  std::vector<std::string> relations;  // the name of each relation line
  size_t phrases = 0;

  Entry &insert(uint64_t key) {
    if (key == 0) fail("a phrase hashes to 0, the empty slot's key");
    return keys[key];
  }

  // One phrase with its category bits, and its prefixes (kGazPrefix).
  void add_phrase(std::string_view line, uint32_t bits, std::vector<segment::Token> &toks) {
    ++phrases;
    if (simple_word(line)) {
      const uint64_t t = fold_hash(line);
      insert(is_all_caps(line) ? caps_key(t) : t).bits |= bits;
      return;
    }
    if (simple_words(line)) {  // "Council of Europe": the tokens are the words
      if (static_cast<size_t>(std::count(line.begin(), line.end(), ' ')) >=
          static_cast<size_t>(kMaxPhraseTokens))
        return;
      uint64_t key = 0;
      size_t count = 0;
      for (size_t pos = 0; pos <= line.size();) {
        size_t sp = line.find(' ', pos);
        if (sp == std::string_view::npos) sp = line.size();
        const uint64_t t = fold_hash(line.substr(pos, sp - pos));
        if (count > 0) insert(key).bits |= kGazPrefix;
        key = count == 0 ? t : extend_key(key, t);
        ++count;
        pos = sp + 1;
      }
      insert(key).bits |= bits;
      return;
    }
    phrase_tokens(line, toks);
    if (toks.empty() || toks.size() > static_cast<size_t>(kMaxPhraseTokens)) return;
    if (toks.size() == 1) {
      const std::string_view tok = toks[0].text(line);
      const uint64_t t = fold_hash(tok);
      insert(is_all_caps(tok) ? caps_key(t) : t).bits |= bits;
      return;
    }
    uint64_t key = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      const uint64_t t = fold_hash(toks[i].text(line));
      key = i == 0 ? t : extend_key(key, t);
      if (i + 1 < toks.size()) insert(key).bits |= kGazPrefix;
    }
    insert(key).bits |= bits;
  }

  // "phrase<TAB>name": the canonical name of an alias or the place of a nationality.
  void add_relation(std::string_view line, std::vector<segment::Token> &toks) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    const std::string_view from = line.substr(0, tab);
    uint64_t key = Gazetteer::phrase_key(from);
    phrase_tokens(from, toks);
    if (toks.size() == 1 && is_all_caps(from)) key = caps_key(key);
    if (key == 0) return;
    insert(key).relation = static_cast<int32_t>(relations.size());
    relations.emplace_back(line.substr(tab + 1));
  }
};

// gazetteer.txt: "# " comment lines at the top; "=BITS" starts a group of phrases, one a
// line, with those category bits; "=relations" starts the relation lines.
Table read_phrases(const std::string &text) {
  Table t;
  std::vector<segment::Token> toks;
  uint32_t bits = 0;
  bool relations = false, header = true;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    const std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    if (header && line.substr(0, 2) == "# ") continue;
    header = false;
    if (line.empty()) continue;
    if (relations) {
      t.add_relation(line, toks);
    } else if (line == "=relations") {
      relations = true;
    } else if (line[0] == '=') {
      bits = 0;
      for (size_t k = 1; k < line.size(); ++k) {
        if (line[k] < '0' || line[k] > '9') fail("bad group line: " + std::string(line));
        bits = bits * 10 + static_cast<uint32_t>(line[k] - '0');
      }
    } else {
      t.add_phrase(line, bits, toks);
    }
  }
  return t;
}

std::string read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A C++ string literal (UTF-8 passes through; no trigraphs).
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '?') {
      out += "\\?";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// "    1, 2, 3,\n" lines of at most 100 characters.
template <class T, class F>
std::string numbers(const std::vector<T> &values, F format) {
  std::string out, line = "   ";
  for (const T &v : values) {
    const std::string item = " " + format(v) + ",";
    if (line.size() + item.size() > 100) {
      out += line + "\n";
      line = "   ";
    }
    line += item;
  }
  if (line.size() > 3) out += line + "\n";
  return out;
}
std::string dec(uint64_t v) { return std::to_string(v); }
std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

int main(int argc, char **argv) {
  bool check = false;
  std::string dump, root = QUARRY_SOURCE_DIR;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--check") {
      check = true;
    } else if (a == "--dump" && i + 1 < argc) {
      dump = argv[++i];
    } else if (!a.empty() && a[0] != '-') {
      root = a;
    } else {
      std::fprintf(stderr, "usage: gen-gazetteer [--check] [--dump FILE] [SOURCE_DIR]\n");
      return 2;
    }
  }
  const std::string in_file = root + "/core/src/entities/gazetteer.txt";
  const std::string out_file = root + "/core/src/entities/gazetteer.generated.cpp";
  const Table t = read_phrases(read_file(in_file));

  // 2^bits slots, at most two thirds full, at least 2^16 (the library keeps the keys' upper
  // 48 bits and gets the rest from the home slot), and no run of occupied slots longer than
  // 255 (a slot stores its key's distance from home in a byte): more slots if there is one.
  const size_t n = t.keys.size();
  std::vector<std::pair<uint64_t, Entry>> keys(t.keys.begin(), t.keys.end());
  unsigned slot_bits = 16;
  while ((size_t{1} << slot_bits) < n + n / 2) ++slot_bits;
  uint64_t mask = 0;
  for (;; ++slot_bits) {
    mask = (uint64_t{1} << slot_bits) - 1;
    std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
      const uint64_t ha = a.first & mask, hb = b.first & mask;
      return ha != hb ? ha < hb : a.first < b.first;
    });
    // The library's placement (Gazetteer::Gazetteer), then the longest run.
    std::vector<bool> used(mask + 1);
    size_t next = 0;
    for (const auto &k : keys) {
      const size_t home = static_cast<size_t>(k.first & mask);
      size_t i = std::max(home, next);
      if (i <= mask) {
        next = i + 1;
      } else {
        i = home;
        while (used[i]) i = (i + 1) & mask;
      }
      used[i] = true;
    }
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < 2 * used.size(); ++i) {  // twice round: runs may wrap
      run = used[i & mask] ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    if (longest < 256) break;
  }
  for (const auto &k : keys)
    if ((k.first >> 16) == 0) fail("a key's upper 48 bits are 0, the empty slot's");

  // Category bit sets, ascending; relation names, in the order of first use by a key.
  std::map<uint32_t, size_t> class_of;
  for (const auto &k : keys) class_of.emplace(k.second.bits, 0);
  if (class_of.size() > 256) fail("more than 256 distinct bit sets: widen kKeyClass");
  std::vector<uint32_t> class_bits;
  for (auto &c : class_of) {
    c.second = class_bits.size();
    class_bits.push_back(c.first);
  }
  std::vector<uint8_t> steps, classes;
  std::vector<uint32_t> high, rel_key;
  std::vector<uint16_t> mid, rel_name;
  std::vector<std::string> names;
  std::map<std::string, size_t> name_index;
  uint64_t prev_home = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint64_t key = keys[i].first, home = key & mask;
    if (home - prev_home > 255) fail("a home slot step does not fit a byte");
    steps.push_back(static_cast<uint8_t>(home - prev_home));
    prev_home = home;
    high.push_back(static_cast<uint32_t>(key >> 32));
    mid.push_back(static_cast<uint16_t>(key >> 16));
    classes.push_back(static_cast<uint8_t>(class_of[keys[i].second.bits]));
    if (keys[i].second.relation >= 0) {
      const std::string &name = t.relations[static_cast<size_t>(keys[i].second.relation)];
      auto [it, added] = name_index.emplace(name, names.size());
      if (added) names.push_back(name);
      if (it->second > 65535) fail("too many relation names");
      rel_key.push_back(static_cast<uint32_t>(i));
      rel_name.push_back(static_cast<uint16_t>(it->second));
    }
  }

  std::string out =
      "// Generated by core/tools/gen/gen-gazetteer from gazetteer.txt (written by gen-entities.mjs).\n"
      "// Do not edit. Regenerate with: cmake --build --preset dev --target gazetteer-table\n"
      "// (see docs/entities.md). " +
      std::to_string(t.phrases) + " phrases, " + std::to_string(n) + " keys in 2^" +
      std::to_string(slot_bits) + " slots, " + std::to_string(class_bits.size()) + " bit sets, " +
      std::to_string(rel_key.size()) + " relations to " + std::to_string(names.size()) +
      " names.\n"
      "#include \"entities/gazetteer.hpp\"\n\n"
      "namespace quarry::entities::data {\n\n"
      "const unsigned kSlotBits = " +
      std::to_string(slot_bits) +
      ";\n"
      "const size_t kKeyCount = " +
      std::to_string(n) + ";\n\n";
  out += "const uint32_t kClassBits[] = {\n" + numbers(class_bits, dec) + "};\n\n";
  out += "const uint8_t kHomeStep[] = {\n" + numbers(steps, dec) + "};\n\n";
  out += "const uint32_t kKeyHigh[] = {\n" + numbers(high, hex) + "};\n\n";
  out += "const uint16_t kKeyMid[] = {\n" + numbers(mid, hex) + "};\n\n";
  out += "const uint8_t kKeyClass[] = {\n" + numbers(classes, dec) + "};\n\n";
  out += "const size_t kRelationCount = " + std::to_string(rel_key.size()) + ";\n";
  out += "const uint32_t kRelationKey[] = {\n" + numbers(rel_key, dec) + "};\n";
  out += "const uint16_t kRelationName[] = {\n" + numbers(rel_name, dec) + "};\n";
  out += "const size_t kRelationNameCount = " + std::to_string(names.size()) + ";\n";
  out += "const char *const kRelationNames[] = {\n";
  for (const auto &s : names) out += "    " + literal(s) + ",\n";
  out += "};\n\n}  // namespace quarry::entities::data\n";

  if (!dump.empty()) {
    std::vector<std::pair<uint64_t, Entry>> sorted = keys;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::ofstream d(dump, std::ios::binary);
    for (const auto &k : sorted)
      d << k.first << '\t' << k.second.bits << '\t'
        << (k.second.relation >= 0 ? t.relations[static_cast<size_t>(k.second.relation)] : std::string()) << '\n';
  }

  std::string current;
  {
    std::ifstream in(out_file, std::ios::binary);
    if (in) {
      std::ostringstream s;
      s << in.rdbuf();
      current = s.str();
    }
  }
  if (check) {
    if (current != out) {
      std::fprintf(stderr,
                   "%s is stale (gazetteer.txt, the tokenizer or the hashes changed): run "
                   "cmake --build --preset dev --target gazetteer-table and commit the result\n",
                   out_file.c_str());
      return 1;
    }
    std::printf("gazetteer.generated.cpp is up to date (%zu keys)\n", n);
    return 0;
  }
  if (current != out) {
    std::ofstream o(out_file, std::ios::binary);
    o << out;
    if (!o) fail("cannot write " + out_file);
  }
  std::printf("%s: %zu phrases, %zu keys in 2^%u slots, %zu bit sets, %zu relations, %zu bytes%s\n",
              out_file.c_str(), t.phrases, n, slot_bits, class_bits.size(), rel_key.size(), out.size(),
              current == out ? " (unchanged)" : "");
  return 0;
}
