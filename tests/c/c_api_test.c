/* Compiles the public header as C99 and calls every function once. */
#include <quarry/quarry.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;
#define EXPECT(cond)                                                   \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

int main(void) {
  const char *text = "Dr. Smith visited the U.S. on Sept. 19. See https://example.org!\n\nNew paragraph.";
  quarry_analyzer *analyzer = NULL;
  quarry_doc *doc = NULL;
  char *json = NULL;
  size_t len = 0, i;
  quarry_span p;
  quarry_sentence s;
  quarry_token t;
  quarry_mention m;

  EXPECT(strcmp(quarry_version_string(), QUARRY_VERSION_STRING) == 0);
  EXPECT(quarry_version_number() == QUARRY_VERSION_NUMBER);
  EXPECT(strcmp(quarry_status_string(QUARRY_ERROR_INVALID_OPTIONS), "QUARRY_ERROR_INVALID_OPTIONS") == 0);

  EXPECT(quarry_analyzer_new("{\"nope\": true}", &analyzer) == QUARRY_ERROR_INVALID_OPTIONS);
  EXPECT(strstr(quarry_last_error_message(), "nope") != NULL);
  EXPECT(quarry_last_error_offset() == -1);
  EXPECT(quarry_analyzer_new(NULL, &analyzer) == QUARRY_OK);

  EXPECT(quarry_analyze(analyzer, "\xff", 1, &doc) == QUARRY_ERROR_INVALID_UTF8);
  EXPECT(quarry_last_error_offset() == 0);
  EXPECT(quarry_analyze(analyzer, text, strlen(text), &doc) == QUARRY_OK);

  EXPECT(quarry_doc_text(doc, &len) != NULL && len == strlen(text));
  EXPECT(quarry_doc_paragraph_count(doc) == 2);
  p = quarry_doc_paragraph(doc, 1);
  EXPECT(strncmp(text + p.start, "New paragraph.", p.end - p.start) == 0);
  EXPECT(quarry_doc_sentence_count(doc) == 3);
  s = quarry_doc_sentence(doc, 0);
  EXPECT(s.paragraph == 0 && s.end - s.start == strlen("Dr. Smith visited the U.S. on Sept. 19."));
  EXPECT(quarry_doc_token_count(doc) > 10);
  t = quarry_doc_token(doc, 0);
  EXPECT(t.kind == QUARRY_TOKEN_ABBREVIATION && t.end == 3);
  EXPECT(strcmp(quarry_token_kind_string(t.kind), "abbreviation") == 0);
  EXPECT(quarry_doc_mention_count(doc) >= 1);
  memset(&m, 0, sizeof m);
  m.type = QUARRY_MENTION_NONE;
  for (i = 0; i < quarry_doc_mention_count(doc); ++i) {
    quarry_mention x = quarry_doc_mention(doc, i);
    if (x.type == QUARRY_MENTION_URL) m = x;
  }
  EXPECT(m.type == QUARRY_MENTION_URL && m.sentence == 1);
  EXPECT(strncmp(text + m.start, "https://example.org", m.end - m.start) == 0);
  EXPECT(strcmp(quarry_mention_type_string(m.type), "URL") == 0);
  for (i = 0; i < quarry_doc_token_count(doc); ++i) EXPECT(quarry_doc_token(doc, i).end <= strlen(text));

  EXPECT(quarry_doc_to_json(doc, QUARRY_JSON_TOKENS | QUARRY_JSON_OFFSETS_UTF16, &json, &len) == QUARRY_OK);
  EXPECT(json != NULL && strlen(json) == len && strstr(json, "\"offsets\": \"utf16\"") != NULL);
  quarry_string_free(json);

  quarry_doc_free(doc);
  quarry_analyzer_free(analyzer);
  quarry_doc_free(NULL);
  quarry_analyzer_free(NULL);
  quarry_string_free(NULL);
  if (failures == 0) printf("c api: all checks passed\n");
  return failures ? 1 : 0;
}
