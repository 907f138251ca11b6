// libFuzzer target for quarry_analyze and quarry_doc_to_json: any bytes, both UTF-8 modes.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

#include "quarry/quarry.h"

namespace {
quarry_analyzer *make(const char *options) {
  quarry_analyzer *a = nullptr;
  if (quarry_analyzer_new(options, &a) != QUARRY_OK) std::abort();
  return a;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static quarry_analyzer *strict = make(nullptr);
  static quarry_analyzer *replacing = make("{\"invalid_utf8\": \"replace\"}");
  for (quarry_analyzer *a : {strict, replacing}) {
    quarry_doc *doc = nullptr;
    const quarry_status st = quarry_analyze(a, reinterpret_cast<const char *>(data), size, &doc);
    if (st != QUARRY_OK) {
      if (a == replacing || st != QUARRY_ERROR_INVALID_UTF8) std::abort();
      continue;
    }
    size_t prev = 0;
    for (size_t i = 0; i < quarry_doc_token_count(doc); ++i) {
      const quarry_token t = quarry_doc_token(doc, i);
      if (t.start < prev || t.end <= t.start || t.end > size) std::abort();
      prev = t.end;
    }
    char *json = nullptr;
    if (quarry_doc_to_json(doc, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16, &json, nullptr) != QUARRY_OK)
      std::abort();
    quarry_string_free(json);
    quarry_doc_free(doc);
  }
  return 0;
}
