// Runs every case of tests/corpus/numbers/ (see its README.md): a value and its surface
// forms, a negative corpus, a fixed reference date. The JS tests read the same files.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "corpus.hpp"
#include "helpers.hpp"

namespace {

struct Expect {
  std::string type;                           // "NONE" for the negative corpus
  std::map<std::string, std::string> fields;  // key=value; "null" means absent
  std::set<std::string> types;                // NONE: the types that must not overlap
};

struct NumberCase {
  std::string file;
  int line = 0;
  std::string text;
  size_t start = 0, end = 0;  // the marked span, bytes
  std::string options;        // analyzer options JSON
  Expect expect;
};

// "=> TYPE key=value key=\"two words\" TYPE2"
Expect parse_header(const std::string &s) {
  Expect e;
  size_t i = 0;
  auto token = [&]() {
    while (i < s.size() && s[i] == ' ') ++i;
    std::string out;
    bool quoted = false;
    while (i < s.size() && (quoted || s[i] != ' ')) {
      if (s[i] == '"') quoted = !quoted;
      else out.push_back(s[i]);
      ++i;
    }
    return out;
  };
  e.type = token();
  for (std::string t = token(); !t.empty(); t = token()) {
    const size_t eq = t.find('=');
    if (eq == std::string::npos) e.types.insert(t);
    else e.fields[t.substr(0, eq)] = t.substr(eq + 1);
  }
  return e;
}

std::vector<NumberCase> load(const std::string &dir) {
  std::vector<NumberCase> cases;
  for (const auto &path : qt::corpus_files(dir)) {
    std::ifstream in(path, std::ios::binary);
    std::string line, reference = "none";
    nlohmann::json options = nlohmann::json::object();
    Expect expect;
    bool have_expect = false;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line == "#" || line.rfind("# ", 0) == 0) continue;
      if (line.rfind("@reference ", 0) == 0) {
        reference = line.substr(11);
        continue;
      }
      if (line.rfind("@options", 0) == 0) {
        options = nlohmann::json::parse(line.substr(8));
        continue;
      }
      if (line.rfind("=> ", 0) == 0) {
        expect = parse_header(line.substr(3));
        have_expect = true;
        continue;
      }
      if (!have_expect) throw std::runtime_error(path + ":" + std::to_string(n) + ": a case before any =>");
      NumberCase c;
      c.file = std::filesystem::path(path).filename().string();
      c.line = n;
      c.expect = expect;
      const size_t a = line.find("[["), b = a == std::string::npos ? a : line.find("]]", a);
      if (a != std::string::npos && b != std::string::npos) {
        const std::string pre = qt::unescape(line.substr(0, a)), mid = qt::unescape(line.substr(a + 2, b - a - 2));
        c.text = pre + mid + qt::unescape(line.substr(b + 2));
        c.start = pre.size();
        c.end = pre.size() + mid.size();
      } else {
        c.text = qt::unescape(line);
        c.start = 0;
        c.end = c.text.size();
      }
      nlohmann::json o = options;
      if (reference != "none") o["reference_date"] = reference;
      c.options = o.dump();
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

const std::set<std::string> kNumeric = {"CARDINAL", "ORDINAL", "PERCENT",  "MONEY", "QUANTITY",
                                         "DATE",     "TIME",    "DURATION", "ID",    "PHONE"};

// Compares one expected field with the JSON value; returns "" or a complaint.
std::string compare(const nlohmann::json &m, const std::string &key, const std::string &want) {
  const bool present = m.contains(key) && !m[key].is_null();
  if (want == "null") return present ? key + "=" + m[key].dump() : "";
  if (!present) return key + " missing";
  const nlohmann::json &got = m[key];
  if (got.is_number()) {
    char *end = nullptr;
    const double w = std::strtod(want.c_str(), &end);
    if (*end) return key + "=" + got.dump();
    const double g = got.get<double>();
    return std::fabs(g - w) <= 1e-9 * std::max(1.0, std::fabs(w)) ? "" : key + "=" + got.dump();
  }
  return got.is_string() && got.get<std::string>() == want ? "" : key + "=" + got.dump();
}

std::string check(const NumberCase &c) {
  quarry_analyzer *a = nullptr;
  if (quarry_analyzer_new(c.options.c_str(), &a) != QUARRY_OK) return "bad options " + c.options;
  qt::Doc d = qt::analyze(c.text, a);
  quarry_analyzer_free(a);
  char *json = nullptr;
  quarry_doc_to_json(d.get(), 0, &json, nullptr);
  const nlohmann::json j = nlohmann::json::parse(json);
  quarry_string_free(json);
  std::string seen;
  for (const auto &m : j["mentions"]) {
    const std::string type = m["type"];
    if (!kNumeric.count(type)) continue;
    const size_t s = m["start"], e = m["end"];
    seen += " " + type + "[" + m["text"].get<std::string>() + "]";
    if (c.expect.type == "NONE") {
      const bool listed = c.expect.types.empty() || c.expect.types.count(type);
      if (listed && s < c.end && e > c.start) return "unexpected " + type + " \"" + m["text"].get<std::string>() + "\"";
      continue;
    }
    if (s != c.start || e != c.end) continue;
    if (type != c.expect.type) return "type " + type;
    std::string why;
    for (const auto &[k, v] : c.expect.fields) {
      const std::string w = compare(m, k, v);
      if (!w.empty()) why += (why.empty() ? "" : ", ") + w;
    }
    return why;
  }
  return c.expect.type == "NONE" ? "" : "no mention at the span; saw" + seen;
}

}  // namespace

TEST_CASE("numbers and dates corpus", "[corpus][numbers]") {
  const auto cases = load(QUARRY_CORPUS_DIR "/numbers");
  REQUIRE(cases.size() >= 600);
  size_t failures = 0;
  std::map<std::string, size_t> per_file;
  for (const auto &c : cases) {
    const std::string why = check(c);
    INFO(c.file << ":" << c.line << ": " << c.text << " (options " << c.options << ")");
    CHECK(why == "");
    failures += why.empty() ? 0 : 1;
    ++per_file[c.file];
  }
  std::ostringstream files;
  for (const auto &[f, n] : per_file) files << " " << f << "=" << n;
  WARN(cases.size() << " numbers cases," << files.str() << "; " << failures << " failing");
}
