/* Times quarry_analyze + quarry_doc_to_json(UTF-16 offsets) on a file, as the wasm path does.
 * Usage: quarry_web_bench_native FILE [SECONDS [OPTIONS_JSON]]
 * Prints one JSON line: {"bytes":..,"runs":..,"best_ms":..,"median_ms":..,"init_ms":..,"mentions":..} */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quarry/quarry.h"

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [SECONDS]\n", argv[0]);
    return 2;
  }
  const double budget_ms = (argc > 2 ? atof(argv[2]) : 3.0) * 1e3;
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  const long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);

  const double t0 = now_ms();
  quarry_analyzer *a = NULL;
  if (quarry_analyzer_new(argc > 3 ? argv[3] : NULL, &a) != QUARRY_OK) {
    fprintf(stderr, "quarry_analyzer_new: %s\n", quarry_last_error_message());
    return 1;
  }
  const double init_ms = now_ms() - t0;

  double times[1000];
  int runs = 0;
  size_t mentions = 0;
  const double start = now_ms();
  while (runs < 1000 && (runs < 3 || now_ms() - start < budget_ms)) {
    const double t = now_ms();
    quarry_doc *doc = NULL;
    char *json = NULL;
    if (quarry_analyze(a, text, (size_t)size, &doc) != QUARRY_OK ||
        quarry_doc_to_json(doc, QUARRY_JSON_OFFSETS_UTF16, &json, NULL) != QUARRY_OK) {
      fprintf(stderr, "analysis failed: %s\n", quarry_last_error_message());
      return 1;
    }
    mentions = quarry_doc_mention_count(doc);
    quarry_string_free(json);
    quarry_doc_free(doc);
    times[runs++] = now_ms() - t;
  }
  qsort(times, (size_t)runs, sizeof times[0], cmp);
  printf("{\"bytes\":%ld,\"runs\":%d,\"best_ms\":%.3f,\"median_ms\":%.3f,\"init_ms\":%.3f,\"mentions\":%zu}\n",
         size, runs, times[0], times[runs / 2], init_ms, mentions);
  quarry_analyzer_free(a);
  free(text);
  return 0;
}
