/* A program that uses an installed Quarry. */
#include <quarry/quarry.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  const char *text = "Quarry was installed. It works.";
  quarry_analyzer *a = NULL;
  quarry_doc *doc = NULL;
  if (quarry_analyzer_new(NULL, &a) != QUARRY_OK) return 1;
  if (quarry_analyze(a, text, strlen(text), &doc) != QUARRY_OK) return 1;
  printf("quarry %s sentences: %zu\n", quarry_version_string(), quarry_doc_sentence_count(doc));
  quarry_doc_free(doc);
  quarry_analyzer_free(a);
  return 0;
}
