#include "analyzer.hpp"

#include <cstdint>

#include "entities/entities.hpp"
#include "entities/patterns.hpp"
#include "numbers/numbers.hpp"
#include "segment/structure.hpp"
#include "text/pages.hpp"
#include "text/utf8.hpp"

namespace quarry {

Status Analyzer::analyze(std::string_view text, std::unique_ptr<Document> &out, Error &error) const {
  if (text.size() >= UINT32_MAX) {
    error.message = "text is too large: " + std::to_string(text.size()) + " bytes (at most 4294967294)";
    return Status::TooLarge;
  }
  auto doc = std::make_unique<Document>();
  text::reserve_huge(doc->text, text.size());
  doc->text.assign(text.data(), text.size());
  const std::string_view t = doc->text;
  // UTF-8 is validated by the tokenizer, which decodes every non-ASCII byte anyway (a
  // separate pass cost ~1 instruction per byte).
  size_t bad = SIZE_MAX;
  segment::TokenIndex index;
  segment::tokenize(t, doc->tokens, &bad, &index);
  if (!options_.replace_invalid_utf8 && bad != SIZE_MAX) {
    error.message = "invalid UTF-8 at byte " + std::to_string(bad);
    error.offset = static_cast<int64_t>(bad);
    return Status::InvalidUtf8;
  }
  const std::vector<uint8_t> roles = segment::find_list_roles(t, doc->tokens, index);
  segment::split_paragraphs(t, doc->tokens, roles, index, doc->paragraphs);
  segment::split_sentences(t, doc->tokens, roles, doc->paragraphs, doc->sentences);
  if (!options_.reference_date.empty()) {
    doc->reference_date = options_.reference_date;
    doc->reference_source = "option";
  }
  if (options_.extract_patterns) entities::find_pattern_mentions(*doc);
  if (options_.extract_numbers) numbers::find_numeric_mentions(*doc, options_);
  if (options_.extract_entities) entities::find_named_entities(*doc, options_);
  finalize_mentions(*doc);
  out = std::move(doc);
  return Status::Ok;
}

}  // namespace quarry
