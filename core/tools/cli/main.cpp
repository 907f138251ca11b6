// quarry: the command-line tool. Built on the public C API only.
//   quarry analyze [--json] [--pretty] [--tokens] [--offsets=byte|utf16|codepoint] [FILE...]
//   quarry batch [--threads=N] < in.jsonl > out.jsonl
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "quarry/quarry.h"

namespace {

const char kUsage[] =
    "usage: quarry <command> [options]\n"
    "\n"
    "commands:\n"
    "  analyze [FILE...]   analyze each file (stdin when none) and print an outline or JSON\n"
    "  batch               JSON Lines in ({\"id\": ..., \"text\": ...}), JSON Lines out, all cores\n"
    "  version             print the version\n"
    "\n"
    "options:\n"
    "  --json                      print the JSON contract instead of the outline\n"
    "  --pretty                    indent the JSON\n"
    "  --tokens                    include tokens (JSON) or list them (outline)\n"
    "  --offsets=byte|utf16|codepoint   offset unit in JSON (default byte)\n"
    "  --invalid-utf8=error|replace     what to do with bad UTF-8 (default error)\n"
    "  --reference-date=YYYY-MM-DD      date that relative dates are resolved against\n"
    "  --locale=TAG                number format locale, e.g. en or de (default: decide per document)\n"
    "  --date-order=auto|dmy|mdy   how to read 09/10/2023 (default auto)\n"
    "  --threads=N                 batch: worker threads (default: all cores)\n";

struct Settings {
  bool json = false, pretty = false, tokens = false;
  uint32_t offset_flag = 0;
  std::string invalid_utf8 = "error";
  std::string reference_date;
  std::string locale;
  std::string date_order;
  unsigned threads = 0;
  std::vector<std::string> files;
};

bool read_all(std::istream &in, std::string &out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

std::string options_json(const Settings &s) {
  nlohmann::json o = nlohmann::json::object();
  o["invalid_utf8"] = s.invalid_utf8;
  if (!s.reference_date.empty()) o["reference_date"] = s.reference_date;
  if (!s.locale.empty()) o["locale"] = s.locale;
  if (!s.date_order.empty()) o["date_order"] = s.date_order;
  return o.dump();
}

uint32_t json_flags(const Settings &s) {
  return s.offset_flag | (s.tokens ? QUARRY_JSON_TOKENS : 0u) | (s.pretty ? QUARRY_JSON_PRETTY : 0u);
}

std::string error_text() {
  std::string msg = quarry_last_error_message();
  return msg;
}

// One line of text, whitespace runs shown as one space, cut at 160 bytes on a UTF-8 boundary.
std::string one_line(const char *p, size_t n) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
    if (out.size() >= 160 && (i + 1 >= n || (static_cast<unsigned char>(p[i + 1]) & 0xC0) != 0x80)) {
      if (i + 1 < n) out += " …";
      break;
    }
  }
  return out;
}

// Named entities by alias group: canonical name, type, mention count and the forms used.
void print_entity_groups(const quarry_doc *doc) {
  char *json = nullptr;
  size_t len = 0;
  if (quarry_doc_to_json(doc, 0, &json, &len) != QUARRY_OK) return;
  const nlohmann::json j = nlohmann::json::parse(json, json + len, nullptr, false);
  quarry_string_free(json);
  if (!j.is_object() || !j.contains("mentions")) return;
  struct Group {
    std::string type, canonical;
    size_t count = 0;
    std::vector<std::string> forms;
  };
  std::vector<Group> groups;
  for (const auto &m : j["mentions"]) {
    if (!m.contains("group") || !m["group"].is_number_unsigned()) continue;
    const size_t g = m["group"].get<size_t>();
    if (g >= groups.size()) groups.resize(g + 1);
    Group &e = groups[g];
    if (e.count == 0) {
      e.type = m["type"].get<std::string>();
      e.canonical = m.value("canonical", "");
    }
    if (m["type"] == "LOC") e.type = "LOC";  // a nationality grouped with its place
    ++e.count;
    const std::string form = m.value("text", "");
    if (std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end()) e.forms.push_back(form);
  }
  if (groups.empty()) return;
  std::printf("\nentities:\n");
  for (const Group &e : groups) {
    if (e.count == 0) continue;
    std::string forms;
    for (const auto &f : e.forms) forms += (forms.empty() ? "" : ", ") + f;
    std::printf("  %-9s %-40s x%zu  (%s)\n", e.type.c_str(), one_line(e.canonical.data(), e.canonical.size()).c_str(),
                e.count, one_line(forms.data(), forms.size()).c_str());
  }
}

void print_outline(const std::string &name, const quarry_doc *doc, bool tokens) {
  size_t len = 0;
  const char *text = quarry_doc_text(doc, &len);
  const size_t np = quarry_doc_paragraph_count(doc), ns = quarry_doc_sentence_count(doc),
               nt = quarry_doc_token_count(doc), nm = quarry_doc_mention_count(doc);
  std::printf("== %s: %zu bytes, %zu paragraphs, %zu sentences, %zu tokens, %zu mentions\n", name.c_str(),
              len, np, ns, nt, nm);
  size_t last_paragraph = SIZE_MAX;
  for (size_t i = 0; i < ns; ++i) {
    const quarry_sentence s = quarry_doc_sentence(doc, i);
    if (s.paragraph != last_paragraph) {
      const quarry_span p = quarry_doc_paragraph(doc, s.paragraph);
      std::printf("\n¶ %zu  [%zu, %zu)\n", s.paragraph + 1, p.start, p.end);
      last_paragraph = s.paragraph;
    }
    std::printf("  %4zu. %s\n", i + 1, one_line(text + s.start, s.end - s.start).c_str());
  }
  if (nm) {
    std::printf("\nmentions:\n");
    for (size_t i = 0; i < nm; ++i) {
      const quarry_mention m = quarry_doc_mention(doc, i);
      std::printf("  %-9s %-40s sentence %zu  [%zu, %zu)\n", quarry_mention_type_string(m.type),
                  one_line(text + m.start, m.end - m.start).c_str(), m.sentence + 1, m.start, m.end);
    }
    print_entity_groups(doc);
  }
  if (tokens) {
    std::printf("\ntokens:\n");
    for (size_t i = 0; i < nt; ++i) {
      const quarry_token t = quarry_doc_token(doc, i);
      std::printf("  %-12s %s\n", quarry_token_kind_string(t.kind), one_line(text + t.start, t.end - t.start).c_str());
    }
  }
  std::printf("\n");
}

int cmd_analyze(const Settings &s) {
  quarry_analyzer *analyzer = nullptr;
  if (quarry_analyzer_new(options_json(s).c_str(), &analyzer) != QUARRY_OK) {
    std::fprintf(stderr, "quarry: %s\n", error_text().c_str());
    return 2;
  }
  std::vector<std::string> files = s.files;
  if (files.empty()) files.push_back("-");
  int status = 0;
  for (const std::string &file : files) {
    std::string text;
    bool ok;
    if (file == "-") {
      ok = read_all(std::cin, text);
    } else {
      std::ifstream in(file, std::ios::binary);
      ok = in.is_open() && read_all(in, text);
    }
    const std::string name = file == "-" ? "<stdin>" : file;
    if (!ok) {
      std::fprintf(stderr, "quarry: %s: cannot read: %s\n", name.c_str(), std::strerror(errno));
      status = 1;
      continue;
    }
    quarry_doc *doc = nullptr;
    const quarry_status st = quarry_analyze(analyzer, text.data(), text.size(), &doc);
    if (st != QUARRY_OK) {
      std::fprintf(stderr, "quarry: %s: %s (%s)\n", name.c_str(), error_text().c_str(), quarry_status_string(st));
      status = 1;
      continue;
    }
    if (s.json) {
      char *json = nullptr;
      size_t len = 0;
      if (quarry_doc_to_json(doc, json_flags(s), &json, &len) == QUARRY_OK) {
        std::fwrite(json, 1, len, stdout);
        std::fputc('\n', stdout);
      } else {
        std::fprintf(stderr, "quarry: %s: %s\n", name.c_str(), error_text().c_str());
        status = 1;
      }
      quarry_string_free(json);
    } else {
      print_outline(name, doc, s.tokens);
    }
    quarry_doc_free(doc);
  }
  quarry_analyzer_free(analyzer);
  return status;
}

// Analyzes one JSON line; returns the output line and whether it failed.
std::string batch_line(const quarry_analyzer *analyzer, const Settings &s, const std::string &line,
                       size_t line_no, bool *failed) {
  *failed = false;
  nlohmann::json id = nullptr;
  auto error_line = [&](const char *code, const std::string &message, int64_t offset) {
    *failed = true;
    nlohmann::ordered_json e;
    e["id"] = id;
    e["line"] = line_no;
    e["error"] = {{"code", code}, {"message", message}};
    if (offset >= 0) e["error"]["offset"] = offset;
    return e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  const nlohmann::json in = nlohmann::json::parse(line, nullptr, false);
  if (in.is_discarded() || !in.is_object()) return error_line("BAD_JSON", "not a JSON object", -1);
  if (in.contains("id")) id = in["id"];
  if (!in.contains("text") || !in["text"].is_string())
    return error_line("BAD_JSON", "missing string field \"text\"", -1);
  const std::string &text = in["text"].get_ref<const std::string &>();
  quarry_doc *doc = nullptr;
  const quarry_status st = quarry_analyze(analyzer, text.data(), text.size(), &doc);
  if (st != QUARRY_OK) return error_line(quarry_status_string(st), quarry_last_error_message(), quarry_last_error_offset());
  char *json = nullptr;
  size_t len = 0;
  std::string out;
  if (quarry_doc_to_json(doc, json_flags(s) & ~QUARRY_JSON_PRETTY, &json, &len) == QUARRY_OK) {
    out = "{\"id\": " + id.dump() + ", ";
    out.append(json + 1, len - 1);
  } else {
    out = error_line(quarry_status_string(QUARRY_ERROR_INTERNAL), quarry_last_error_message(), -1);
  }
  quarry_string_free(json);
  quarry_doc_free(doc);
  return out;
}

int cmd_batch(const Settings &s) {
  quarry_analyzer *analyzer = nullptr;
  if (quarry_analyzer_new(options_json(s).c_str(), &analyzer) != QUARRY_OK) {
    std::fprintf(stderr, "quarry: %s\n", error_text().c_str());
    return 2;
  }
  unsigned threads = s.threads ? s.threads : std::max(1u, std::thread::hardware_concurrency());
  const bool progress = isatty(STDERR_FILENO);
  const size_t chunk = 256 * threads;
  size_t line_no = 0, done = 0, failures = 0;
  std::vector<std::string> lines, outputs;
  std::vector<char> failed;
  std::string line;
  bool eof = false;
  while (!eof) {
    lines.clear();
    while (lines.size() < chunk) {
      if (!std::getline(std::cin, line)) {
        eof = true;
        break;
      }
      lines.push_back(line);
    }
    outputs.assign(lines.size(), std::string());
    failed.assign(lines.size(), 0);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
        bool f = false;
        if (lines[i].find_first_not_of(" \t\r") == std::string::npos) {
          outputs[i].clear();
          failed[i] = 2;  // blank line: skipped, not an error
          continue;
        }
        outputs[i] = batch_line(analyzer, s, lines[i], line_no + i + 1, &f);
        failed[i] = f;
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < lines.size(); ++t) pool.emplace_back(work);
    work();
    for (auto &t : pool) t.join();
    for (size_t i = 0; i < lines.size(); ++i) {
      if (failed[i] == 2) continue;
      std::fwrite(outputs[i].data(), 1, outputs[i].size(), stdout);
      std::fputc('\n', stdout);
      if (failed[i]) {
        ++failures;
        std::fprintf(stderr, "quarry: line %zu: %s\n", line_no + i + 1, outputs[i].c_str());
      }
    }
    line_no += lines.size();
    done += lines.size();
    if (progress) std::fprintf(stderr, "\rquarry: %zu lines, %zu errors", done, failures);
  }
  if (progress) std::fprintf(stderr, "\n");
  std::fflush(stdout);
  quarry_analyzer_free(analyzer);
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string command = argv[1];
  if (command == "help" || command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "version" || command == "--version") {
    std::printf("quarry %s\n", quarry_version_string());
    return 0;
  }
  Settings s;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char *prefix) { return a.substr(std::strlen(prefix)); };
    if (a == "--json") s.json = true;
    else if (a == "--pretty") s.pretty = true;
    else if (a == "--tokens") s.tokens = true;
    else if (a.rfind("--offsets=", 0) == 0) {
      const std::string v = value("--offsets=");
      if (v == "byte") s.offset_flag = 0;
      else if (v == "utf16") s.offset_flag = QUARRY_JSON_OFFSETS_UTF16;
      else if (v == "codepoint") s.offset_flag = QUARRY_JSON_OFFSETS_CODEPOINT;
      else {
        std::fprintf(stderr, "quarry: --offsets must be byte, utf16 or codepoint\n");
        return 2;
      }
    } else if (a.rfind("--invalid-utf8=", 0) == 0) s.invalid_utf8 = value("--invalid-utf8=");
    else if (a.rfind("--reference-date=", 0) == 0) s.reference_date = value("--reference-date=");
    else if (a.rfind("--locale=", 0) == 0) s.locale = value("--locale=");
    else if (a.rfind("--date-order=", 0) == 0) s.date_order = value("--date-order=");
    else if (a.rfind("--threads=", 0) == 0) s.threads = static_cast<unsigned>(std::atoi(value("--threads=").c_str()));
    else if (a == "-" || a[0] != '-') s.files.push_back(a);
    else {
      std::fprintf(stderr, "quarry: unknown option %s\n\n%s", a.c_str(), kUsage);
      return 2;
    }
  }
  if (command == "analyze") return cmd_analyze(s);
  if (command == "batch") return cmd_batch(s);
  std::fprintf(stderr, "quarry: unknown command %s\n\n%s", command.c_str(), kUsage);
  return 2;
}
