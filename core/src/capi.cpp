// The C ABI. Every entry point catches everything: no exception crosses it.
#include <cstring>
#include <new>
#include <string>

#include "analyzer.hpp"
#include "json.hpp"
#include "quarry/quarry.h"

struct quarry_analyzer {
  quarry::Analyzer impl;
};

struct quarry_doc {
  std::unique_ptr<quarry::Document> impl;
};

namespace {

thread_local std::string t_error_message;
thread_local int64_t t_error_offset = -1;

void clear_error() {
  t_error_message.clear();
  t_error_offset = -1;
}

quarry_status fail(quarry_status status, std::string message, int64_t offset = -1) {
  try {
    t_error_message = std::move(message);
  } catch (...) {
    t_error_message.clear();
  }
  t_error_offset = offset;
  return status;
}

template <class F> quarry_status guarded(F &&f) {
  try {
    return f();
  } catch (const std::bad_alloc &) {
    return fail(QUARRY_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception &e) {
    return fail(QUARRY_ERROR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(QUARRY_ERROR_INTERNAL, "internal error");
  }
}

const quarry::Document *doc_of(const quarry_doc *doc) { return doc ? doc->impl.get() : nullptr; }

}  // namespace

extern "C" {

const char *quarry_version_string(void) { return QUARRY_VERSION_STRING; }
unsigned quarry_version_number(void) { return QUARRY_VERSION_NUMBER; }

const char *quarry_status_string(quarry_status status) {
  switch (status) {
    case QUARRY_OK: return "QUARRY_OK";
    case QUARRY_ERROR_INVALID_ARGUMENT: return "QUARRY_ERROR_INVALID_ARGUMENT";
    case QUARRY_ERROR_INVALID_OPTIONS: return "QUARRY_ERROR_INVALID_OPTIONS";
    case QUARRY_ERROR_INVALID_UTF8: return "QUARRY_ERROR_INVALID_UTF8";
    case QUARRY_ERROR_OUT_OF_MEMORY: return "QUARRY_ERROR_OUT_OF_MEMORY";
    case QUARRY_ERROR_TOO_LARGE: return "QUARRY_ERROR_TOO_LARGE";
    case QUARRY_ERROR_INTERNAL: return "QUARRY_ERROR_INTERNAL";
  }
  return "QUARRY_UNKNOWN_STATUS";
}

const char *quarry_last_error_message(void) { return t_error_message.c_str(); }
int64_t quarry_last_error_offset(void) { return t_error_offset; }

quarry_status quarry_analyzer_new(const char *options_json, quarry_analyzer **out) {
  clear_error();
  if (!out) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_analyzer_new: out is NULL");
  *out = nullptr;
  return guarded([&] {
    quarry::Options options;
    std::string error;
    if (!quarry::parse_options(options_json ? options_json : "", options, error))
      return fail(QUARRY_ERROR_INVALID_OPTIONS, error);
    *out = new quarry_analyzer{quarry::Analyzer(std::move(options))};
    return QUARRY_OK;
  });
}

void quarry_analyzer_free(quarry_analyzer *analyzer) { delete analyzer; }

quarry_status quarry_analyze(const quarry_analyzer *analyzer, const char *text, size_t len,
                             quarry_doc **out) {
  clear_error();
  if (!out) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_analyze: out is NULL");
  *out = nullptr;
  if (!analyzer) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_analyze: analyzer is NULL");
  if (!text && len) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_analyze: text is NULL");
  return guarded([&] {
    std::unique_ptr<quarry::Document> doc;
    quarry::Error error;
    const quarry::Status st =
        analyzer->impl.analyze(std::string_view(text ? text : "", len), doc, error);
    if (st != quarry::Status::Ok)
      return fail(static_cast<quarry_status>(st), error.message, error.offset);
    *out = new quarry_doc{std::move(doc)};
    return QUARRY_OK;
  });
}

void quarry_doc_free(quarry_doc *doc) { delete doc; }

const char *quarry_doc_text(const quarry_doc *doc, size_t *len) {
  const quarry::Document *d = doc_of(doc);
  if (len) *len = d ? d->text.size() : 0;
  return d ? d->text.c_str() : nullptr;
}

const char *quarry_token_kind_string(quarry_token_kind kind) {
  return quarry::token_kind_name(static_cast<quarry::segment::TokenKind>(kind));
}

size_t quarry_doc_paragraph_count(const quarry_doc *doc) {
  const quarry::Document *d = doc_of(doc);
  return d ? d->paragraphs.size() : 0;
}

quarry_span quarry_doc_paragraph(const quarry_doc *doc, size_t index) {
  const quarry::Document *d = doc_of(doc);
  if (!d || index >= d->paragraphs.size()) return quarry_span{0, 0};
  const auto &p = d->paragraphs[index];
  return quarry_span{p.start, p.end};
}

size_t quarry_doc_sentence_count(const quarry_doc *doc) {
  const quarry::Document *d = doc_of(doc);
  return d ? d->sentences.size() : 0;
}

quarry_sentence quarry_doc_sentence(const quarry_doc *doc, size_t index) {
  const quarry::Document *d = doc_of(doc);
  if (!d || index >= d->sentences.size()) return quarry_sentence{0, 0, 0};
  const auto &s = d->sentences[index];
  return quarry_sentence{s.start, s.end, s.paragraph};
}

size_t quarry_doc_token_count(const quarry_doc *doc) {
  const quarry::Document *d = doc_of(doc);
  return d ? d->tokens.size() : 0;
}

quarry_token quarry_doc_token(const quarry_doc *doc, size_t index) {
  const quarry::Document *d = doc_of(doc);
  if (!d || index >= d->tokens.size()) return quarry_token{0, 0, QUARRY_TOKEN_NONE, 0};
  const auto &t = d->tokens[index];
  return quarry_token{t.start, t.end, static_cast<quarry_token_kind>(t.kind), t.flags};
}

const char *quarry_mention_type_string(quarry_mention_type type) {
  return quarry::mention_type_name(static_cast<quarry::MentionType>(type));
}

size_t quarry_doc_mention_count(const quarry_doc *doc) {
  const quarry::Document *d = doc_of(doc);
  return d ? d->mentions.size() : 0;
}

quarry_mention quarry_doc_mention(const quarry_doc *doc, size_t index) {
  const quarry::Document *d = doc_of(doc);
  if (!d || index >= d->mentions.size()) return quarry_mention{0, 0, QUARRY_MENTION_NONE, 0};
  const auto &m = d->mentions[index];
  return quarry_mention{m.start, m.end, static_cast<quarry_mention_type>(m.type), m.sentence};
}

quarry_status quarry_doc_to_json(const quarry_doc *doc, uint32_t flags, char **json, size_t *len) {
  clear_error();
  if (json) *json = nullptr;
  if (len) *len = 0;
  if (!doc || !doc->impl || !json) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_doc_to_json: NULL argument");
  const uint32_t known = QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16 | QUARRY_JSON_OFFSETS_CODEPOINT | QUARRY_JSON_PRETTY;
  if (flags & ~known) return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_doc_to_json: unknown flag bits");
  if ((flags & QUARRY_JSON_OFFSETS_UTF16) && (flags & QUARRY_JSON_OFFSETS_CODEPOINT))
    return fail(QUARRY_ERROR_INVALID_ARGUMENT, "quarry_doc_to_json: choose one offset unit");
  return guarded([&] {
    quarry::JsonFlags f;
    f.tokens = flags & QUARRY_JSON_TOKENS;
    f.pretty = flags & QUARRY_JSON_PRETTY;
    f.offsets = (flags & QUARRY_JSON_OFFSETS_UTF16)       ? quarry::OffsetUnit::Utf16
                : (flags & QUARRY_JSON_OFFSETS_CODEPOINT) ? quarry::OffsetUnit::Codepoint
                                                          : quarry::OffsetUnit::Byte;
    std::string out;
    quarry::write_json(*doc->impl, f, out);
    char *buf = static_cast<char *>(std::malloc(out.size() + 1));
    if (!buf) return fail(QUARRY_ERROR_OUT_OF_MEMORY, "out of memory");
    std::memcpy(buf, out.data(), out.size() + 1);
    *json = buf;
    if (len) *len = out.size();
    return QUARRY_OK;
  });
}

void quarry_string_free(char *string) { std::free(string); }

}  // extern "C"
