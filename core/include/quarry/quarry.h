/*
 * Quarry: text analysis with exact offsets.
 *
 * This is the one public header. What is not declared here is not API.
 *
 * Conventions
 * - Every offset is a UTF-8 byte offset into the text given to quarry_analyze(),
 *   half-open: [start, end). quarry_doc_to_json() can convert them to UTF-16 code
 *   units or code points.
 * - Handles are opaque. Every *_free() accepts NULL and does nothing then.
 * - Functions that can fail return a quarry_status. On failure the calling thread's
 *   last error (quarry_last_error_message(), quarry_last_error_offset()) says why.
 * - No C++ exception ever crosses this interface.
 * - A quarry_analyzer is immutable once created and may be shared by any number of
 *   threads. A quarry_doc may be read by several threads at once.
 */
#ifndef QUARRY_QUARRY_H
#define QUARRY_QUARRY_H

#include <stddef.h>
#include <stdint.h>

#if defined(QUARRY_STATIC)
#  define QUARRY_API
#elif defined(_WIN32)
#  if defined(QUARRY_BUILDING)
#    define QUARRY_API __declspec(dllexport)
#  else
#    define QUARRY_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define QUARRY_API __attribute__((visibility("default")))
#else
#  define QUARRY_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- version */

#define QUARRY_VERSION_MAJOR 0
#define QUARRY_VERSION_MINOR 1
#define QUARRY_VERSION_PATCH 0
#define QUARRY_VERSION_STRING "0.1.0"
#define QUARRY_VERSION_NUMBER \
  (QUARRY_VERSION_MAJOR * 10000 + QUARRY_VERSION_MINOR * 100 + QUARRY_VERSION_PATCH)

/* The version of the library linked at run time, e.g. "0.1.0". Static storage. */
QUARRY_API const char *quarry_version_string(void);
/* MAJOR*10000 + MINOR*100 + PATCH of the library linked at run time. */
QUARRY_API unsigned quarry_version_number(void);

/* ----------------------------------------------------------------- status */

/* Values are pinned: they never change between releases. */
typedef enum quarry_status {
  QUARRY_OK = 0,
  QUARRY_ERROR_INVALID_ARGUMENT = 1, /* a NULL pointer where one is not allowed, a bad flag */
  QUARRY_ERROR_INVALID_OPTIONS = 2,  /* options JSON that does not parse, unknown or ill-typed key */
  QUARRY_ERROR_INVALID_UTF8 = 3,     /* the text is not UTF-8; see quarry_last_error_offset() */
  QUARRY_ERROR_OUT_OF_MEMORY = 4,
  QUARRY_ERROR_TOO_LARGE = 5,        /* the text is longer than the core can index (4 GiB - 1) */
  QUARRY_ERROR_INTERNAL = 6          /* a bug: please report it with the input */
} quarry_status;

/* The status's name, e.g. "QUARRY_ERROR_INVALID_UTF8"; "QUARRY_UNKNOWN_STATUS" for other
 * values. Static storage. */
QUARRY_API const char *quarry_status_string(quarry_status status);

/* A human-readable message for the last failure on the calling thread, or "" when the
 * last call succeeded. Valid until the next quarry_* call on the same thread. */
QUARRY_API const char *quarry_last_error_message(void);

/* For QUARRY_ERROR_INVALID_UTF8: the byte offset of the first bad byte. -1 otherwise. */
QUARRY_API int64_t quarry_last_error_offset(void);

/* --------------------------------------------------------------- analyzer */

typedef struct quarry_analyzer quarry_analyzer;

/* Creates an analyzer. options_json may be NULL or "" for the defaults, or a JSON object:
 *   "invalid_utf8":   "error" (default) | "replace": each bad sequence becomes one symbol token
 *   "reference_date": "YYYY-MM-DD", the date relative expressions are resolved against
 *                     (default: a dateline found in the document, else none)
 *   "locale":         "en", "de", ...: the number format ("1.234,5"); default: per document
 *   "date_order":     "auto" (default) | "dmy" | "mdy": how to read "09/10/2023"
 *   "entities":       [{"text": "Artsakh", "type": "LOC"}, ...]: phrases that win over the model
 *   "extract":        ["patterns", "numbers", "entities"] (default all): stages to run
 * Unknown or ill-typed keys fail with QUARRY_ERROR_INVALID_OPTIONS and a message naming
 * the key. On success *out owns a new analyzer: release it with quarry_analyzer_free(). */
QUARRY_API quarry_status quarry_analyzer_new(const char *options_json, quarry_analyzer **out);

/* Releases an analyzer. NULL is a no-op. Documents it made stay valid. */
QUARRY_API void quarry_analyzer_free(quarry_analyzer *analyzer);

/* --------------------------------------------------------------- document */

typedef struct quarry_doc quarry_doc;

/* Analyzes len bytes of UTF-8 text (text may be NULL when len is 0; NUL bytes are ordinary
 * characters). On success *out owns a new document holding its own copy of the text:
 * release it with quarry_doc_free(). Thread-safe for a shared analyzer. */
QUARRY_API quarry_status quarry_analyze(const quarry_analyzer *analyzer, const char *text,
                                        size_t len, quarry_doc **out);

/* Releases a document. NULL is a no-op. */
QUARRY_API void quarry_doc_free(quarry_doc *doc);

/* The document's copy of the text and its length in bytes. Owned by the document. */
QUARRY_API const char *quarry_doc_text(const quarry_doc *doc, size_t *len);

/* ----------------------------------------------------------- segmentation */

typedef struct quarry_span {
  size_t start; /* byte offset, inclusive */
  size_t end;   /* byte offset, exclusive */
} quarry_span;

typedef struct quarry_sentence {
  size_t start;
  size_t end;
  size_t paragraph; /* index of the paragraph holding the sentence */
} quarry_sentence;

/* Values are pinned. */
typedef enum quarry_token_kind {
  QUARRY_TOKEN_NONE = 0,     /* only returned for an index out of range */
  QUARRY_TOKEN_WORD = 1,     /* letters, marks, digits; internal ' and - ("Nagorno-Karabakh") */
  QUARRY_TOKEN_NUMBER = 2,   /* "97,735", "1.5", "90 000", "19th" */
  QUARRY_TOKEN_PUNCT = 3,    /* one mark, or a run of the same terminal mark ("...", "?!") */
  QUARRY_TOKEN_SYMBOL = 4,   /* symbols, currency signs, controls, bad UTF-8 in replace mode */
  QUARRY_TOKEN_URL = 5,
  QUARRY_TOKEN_EMAIL = 6,
  QUARRY_TOKEN_HANDLE = 7,   /* @name */
  QUARRY_TOKEN_HASHTAG = 8,  /* #name */
  QUARRY_TOKEN_EMOJI = 9,    /* one emoji with its modifiers, ZWJ sequence or flag */
  QUARRY_TOKEN_EMOTICON = 10, /* :-) ;) <3 */
  QUARRY_TOKEN_CITATION = 11, /* [23], [1 - 3] */
  QUARRY_TOKEN_ABBREVIATION = 12 /* a word with its period: "Dr.", "U.S.", "Sept.", "J." */
} quarry_token_kind;

/* Token flags (bit set). */
#define QUARRY_TOKEN_FLAG_SPACE_BEFORE 1u   /* whitespace precedes the token */
#define QUARRY_TOKEN_FLAG_NEWLINE_BEFORE 2u /* a line break precedes the token */
#define QUARRY_TOKEN_FLAG_INVALID_UTF8 4u   /* a bad byte sequence (replace mode) */

typedef struct quarry_token {
  size_t start;
  size_t end;
  quarry_token_kind kind;
  uint32_t flags;
} quarry_token;

/* The kind's lowercase name ("word", "number", ...); "none" for unknown values. Static. */
QUARRY_API const char *quarry_token_kind_string(quarry_token_kind kind);

/* Counts, and items by value. An index out of range (or a NULL doc) gives a zeroed item
 * (kind QUARRY_TOKEN_NONE for tokens). */
QUARRY_API size_t quarry_doc_paragraph_count(const quarry_doc *doc);
QUARRY_API quarry_span quarry_doc_paragraph(const quarry_doc *doc, size_t index);
QUARRY_API size_t quarry_doc_sentence_count(const quarry_doc *doc);
QUARRY_API quarry_sentence quarry_doc_sentence(const quarry_doc *doc, size_t index);
QUARRY_API size_t quarry_doc_token_count(const quarry_doc *doc);
QUARRY_API quarry_token quarry_doc_token(const quarry_doc *doc, size_t index);

/* --------------------------------------------------------------- mentions */

/* Values are pinned. */
typedef enum quarry_mention_type {
  QUARRY_MENTION_NONE = 0,
  QUARRY_MENTION_PERSON = 1,
  QUARRY_MENTION_ORG = 2,
  QUARRY_MENTION_LOC = 3,
  QUARRY_MENTION_NORP = 4,
  QUARRY_MENTION_MISC = 5,
  QUARRY_MENTION_DATE = 6,
  QUARRY_MENTION_TIME = 7,
  QUARRY_MENTION_DURATION = 8,
  QUARRY_MENTION_CARDINAL = 9,
  QUARRY_MENTION_ORDINAL = 10,
  QUARRY_MENTION_PERCENT = 11,
  QUARRY_MENTION_MONEY = 12,
  QUARRY_MENTION_QUANTITY = 13,
  QUARRY_MENTION_URL = 14,
  QUARRY_MENTION_EMAIL = 15,
  QUARRY_MENTION_PHONE = 16,
  QUARRY_MENTION_HASHTAG = 17,
  QUARRY_MENTION_HANDLE = 18,
  QUARRY_MENTION_ID = 19
} quarry_mention_type;

typedef struct quarry_mention {
  size_t start;
  size_t end;
  quarry_mention_type type;
  size_t sentence; /* index of the sentence holding the mention */
} quarry_mention;

/* The type's name as in the JSON contract ("PERSON", "DATE", ...); "NONE" otherwise. */
QUARRY_API const char *quarry_mention_type_string(quarry_mention_type type);

/* Mentions are sorted by start and never overlap. Normalized values are in the JSON. */
QUARRY_API size_t quarry_doc_mention_count(const quarry_doc *doc);
QUARRY_API quarry_mention quarry_doc_mention(const quarry_doc *doc, size_t index);

/* ------------------------------------------------------------------- JSON */

#define QUARRY_JSON_TOKENS 1u            /* include the "tokens" array */
#define QUARRY_JSON_OFFSETS_UTF16 2u     /* offsets in UTF-16 code units */
#define QUARRY_JSON_OFFSETS_CODEPOINT 4u /* offsets in code points */
#define QUARRY_JSON_PRETTY 8u            /* indented, one item a line */

/* Serializes the document following the JSON contract. On success *json owns a
 * NUL-terminated UTF-8 string of *len bytes (len may be NULL): release it with
 * quarry_string_free(). Setting both offset flags is QUARRY_ERROR_INVALID_ARGUMENT. */
QUARRY_API quarry_status quarry_doc_to_json(const quarry_doc *doc, uint32_t flags, char **json,
                                            size_t *len);

/* ----------------------------------------------------------------- memory */

/* Releases a string returned by this library. NULL is a no-op. */
QUARRY_API void quarry_string_free(char *string);

#ifdef __cplusplus
}
#endif

#endif /* QUARRY_QUARRY_H */
