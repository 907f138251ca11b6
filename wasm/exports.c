/*
 * The flat exports of quarry.wasm: one call per analysis, built only on the public C API.
 *
 * JavaScript cannot take the address of a local, so instead of out-parameters every call
 * leaves its status (and, for qw_analyze, the result's length) in module state that the
 * loader reads right after the call. The module is single-threaded, so this is safe.
 * The list of what the module exports is checked in as exports.txt and diffed in CI.
 */
#include <emscripten/emscripten.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>

#include "quarry/quarry.h"

static quarry_status last_status = QUARRY_OK;
static size_t last_length = 0;

/* Memory for the loader's arguments. Never returns NULL for a zero size. */
EMSCRIPTEN_KEEPALIVE void *qw_alloc(size_t size) { return malloc(size ? size : 1); }

EMSCRIPTEN_KEEPALIVE void qw_free(void *ptr) { free(ptr); }

EMSCRIPTEN_KEEPALIVE const char *qw_version(void) { return quarry_version_string(); }

/* A new analyzer for NUL-terminated options JSON, or NULL (see qw_status()). */
EMSCRIPTEN_KEEPALIVE quarry_analyzer *qw_analyzer_new(const char *options_json) {
  quarry_analyzer *analyzer = NULL;
  last_status = quarry_analyzer_new(options_json, &analyzer);
  return last_status == QUARRY_OK ? analyzer : NULL;
}

EMSCRIPTEN_KEEPALIVE void qw_analyzer_free(quarry_analyzer *analyzer) {
  quarry_analyzer_free(analyzer);
}

/* Analyzes len bytes of UTF-8 and serializes the document with quarry_doc_to_json(flags).
 * Returns the JSON (release it with qw_string_free(); its length is qw_result_length()),
 * or NULL with the status in qw_status(). The document itself is released here. */
EMSCRIPTEN_KEEPALIVE char *qw_analyze(const quarry_analyzer *analyzer, const char *text,
                                      size_t len, uint32_t json_flags) {
  quarry_doc *doc = NULL;
  char *json = NULL;
  last_length = 0;
  last_status = quarry_analyze(analyzer, text, len, &doc);
  if (last_status == QUARRY_OK) {
    last_status = quarry_doc_to_json(doc, json_flags, &json, &last_length);
    quarry_doc_free(doc);
  }
  return last_status == QUARRY_OK ? json : NULL;
}

EMSCRIPTEN_KEEPALIVE void qw_string_free(char *string) { quarry_string_free(string); }

/* The status of the last qw_analyzer_new() or qw_analyze(). */
EMSCRIPTEN_KEEPALIVE int qw_status(void) { return (int)last_status; }

/* The byte length of the JSON the last successful qw_analyze() returned. */
EMSCRIPTEN_KEEPALIVE size_t qw_result_length(void) { return last_length; }

EMSCRIPTEN_KEEPALIVE const char *qw_status_string(int status) {
  return quarry_status_string((quarry_status)status);
}

EMSCRIPTEN_KEEPALIVE const char *qw_error_message(void) { return quarry_last_error_message(); }

/* A double, not an int64: JavaScript then gets a Number, not a BigInt. */
EMSCRIPTEN_KEEPALIVE double qw_error_offset(void) { return (double)quarry_last_error_offset(); }

/* Bytes of the heap in use by malloc: lets tests prove that repeated calls do not leak. */
EMSCRIPTEN_KEEPALIVE double qw_heap_used(void) { return (double)mallinfo().uordblks; }
