// Test helpers: analyze through the public C API and look at the result as strings.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/quarry.h"

namespace qt {

struct DocDeleter {
  void operator()(quarry_doc *d) const { quarry_doc_free(d); }
};
using Doc = std::unique_ptr<quarry_doc, DocDeleter>;

inline const quarry_analyzer *default_analyzer() {
  static quarry_analyzer *a = [] {
    quarry_analyzer *x = nullptr;
    quarry_analyzer_new(nullptr, &x);
    return x;
  }();
  return a;
}

inline Doc analyze(std::string_view text, const quarry_analyzer *a = default_analyzer()) {
  quarry_doc *d = nullptr;
  quarry_analyze(a, text.data(), text.size(), &d);
  return Doc(d);
}

inline std::string slice(std::string_view text, size_t start, size_t end) {
  return std::string(text.substr(start, end - start));
}

inline std::vector<std::string> tokens(std::string_view text) {
  Doc d = analyze(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < quarry_doc_token_count(d.get()); ++i) {
    const quarry_token t = quarry_doc_token(d.get(), i);
    out.push_back(slice(text, t.start, t.end));
  }
  return out;
}

inline std::vector<std::string> kinds(std::string_view text) {
  Doc d = analyze(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < quarry_doc_token_count(d.get()); ++i)
    out.push_back(quarry_token_kind_string(quarry_doc_token(d.get(), i).kind));
  return out;
}

inline std::vector<std::string> sentences(std::string_view text) {
  Doc d = analyze(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < quarry_doc_sentence_count(d.get()); ++i) {
    const quarry_sentence s = quarry_doc_sentence(d.get(), i);
    out.push_back(slice(text, s.start, s.end));
  }
  return out;
}

inline std::vector<std::string> paragraphs(std::string_view text) {
  Doc d = analyze(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < quarry_doc_paragraph_count(d.get()); ++i) {
    const quarry_span p = quarry_doc_paragraph(d.get(), i);
    out.push_back(slice(text, p.start, p.end));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace qt
