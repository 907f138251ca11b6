#include "corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "text/utf8.hpp"

namespace qt {

std::string unescape(const std::string &s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {
      out.push_back('\\');
      ++i;
    } else if (s[i] == '\\' && s.compare(i, 3, "\\u{") == 0) {
      const size_t close = s.find('}', i);
      if (close == std::string::npos) throw std::runtime_error("unterminated \\u{ escape");
      const unsigned long cp = std::stoul(s.substr(i + 3, close - i - 3), nullptr, 16);
      quarry::text::append_utf8(out, static_cast<char32_t>(cp));
      i = close;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string collapse_space(const std::string &s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

namespace {
std::vector<std::string> split_bar(const std::string &s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t k = s.find(" | ", start);
    out.push_back(s.substr(start, k == std::string::npos ? std::string::npos : k - start));
    if (k == std::string::npos) break;
    start = k + 3;
  }
  return out;
}
bool starts(const std::string &s, const char *p) { return s.rfind(p, 0) == 0; }
}  // namespace

std::vector<std::string> corpus_files(const std::string &dir) {
  std::vector<std::string> files;
  for (const auto &e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<SegmentCase> load_segment_corpus(const std::string &dir) {
  std::vector<SegmentCase> cases;
  for (const auto &path : corpus_files(dir)) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    int line_no = 0;
    SegmentCase *cur = nullptr;
    bool in_text = false;
    std::vector<std::string> text_lines;
    auto finish_text = [&]() {
      if (!cur || !in_text) return;
      std::string t;
      for (size_t i = 0; i < text_lines.size(); ++i) {
        if (i) t.push_back('\n');
        t += text_lines[i];
      }
      cur->text = unescape(t);
      in_text = false;
    };
    while (std::getline(in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (starts(line, "@@")) {
        finish_text();
        cases.emplace_back();
        cur = &cases.back();
        cur->file = std::filesystem::path(path).filename().string();
        cur->line = line_no;
        std::string rest = line.substr(2);
        rest.erase(0, rest.find_first_not_of(' '));
        cur->name = rest.substr(0, rest.find(' '));
        in_text = true;
        text_lines.clear();
        continue;
      }
      if (!cur) continue;  // comments and blank lines before the first case
      if (starts(line, ">>") || starts(line, "~~") || starts(line, "!!")) {
        finish_text();
        std::string rest = line.substr(2);
        if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
        if (starts(line, ">>")) {
          cur->sentences.push_back(collapse_space(unescape(rest)));
        } else if (starts(line, "~~")) {
          for (auto &t : split_bar(rest)) cur->tokens.push_back(unescape(t));
        } else {
          std::istringstream ks(rest);
          std::string k;
          while (ks >> k) cur->kinds.push_back(k);
        }
        continue;
      }
      if (in_text) {
        text_lines.push_back(line);
      } else if (!line.empty() && line[0] != '#' && line.find_first_not_of(" \t") != std::string::npos) {
        throw std::runtime_error(path + ":" + std::to_string(line_no) + ": unexpected line outside a case");
      }
    }
    finish_text();
  }
  return cases;
}

std::vector<EntityStory> load_entity_corpus(const std::string &dir) {
  static const char *const kTypes[] = {"PERSON", "ORG", "LOC", "NORP", "MISC"};
  std::vector<EntityStory> out;
  for (const auto &path : corpus_files(dir)) {
    const std::filesystem::path p(path);
    std::ifstream in(p);
    std::string line;
    int lineno = 0;
    EntityStory story;
    auto flush = [&] {
      if (!story.text.empty()) out.push_back(story);
      story = EntityStory{};
    };
    while (std::getline(in, line)) {
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line[0] == '#') continue;
      if (line.empty()) {
        flush();
        continue;
      }
      if (story.text.empty())
        story.where = p.filename().string() + ":" + std::to_string(lineno);
      else
        story.text.push_back('\n');
      for (size_t i = 0; i < line.size();) {
        bool entity = false;
        for (const char *name : kTypes) {
          const std::string head = std::string("[") + name + " ";
          if (line.compare(i, head.size(), head) != 0) continue;
          const size_t close = line.find(']', i);
          if (close == std::string::npos)
            throw std::runtime_error(p.string() + ":" + std::to_string(lineno) + ": unclosed [" + name);
          const size_t start = story.text.size();
          story.text += line.substr(i + head.size(), close - i - head.size());
          story.gold.push_back(EntitySpan{start, story.text.size(), name});
          i = close + 1;
          entity = true;
          break;
        }
        if (!entity) story.text.push_back(line[i++]);
      }
    }
    flush();
  }
  return out;
}

}  // namespace qt
