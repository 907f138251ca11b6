// Document-level rules applied to the tagger's spans:
//  1. curated names (core/data/en/entity-names.tsv: "European Union" ORG, "Kremlin" ORG) are
//     typed as the list says, over what the model thought;
//  2. consistency: a surname of a full name tagged PERSON is a PERSON wherever it stands alone
//     ("Pashinyan said"), and a name tagged once is tagged at its other, untagged occurrences.
#pragma once

#include <string_view>
#include <vector>

#include "entities/tagger.hpp"
#include "segment/structure.hpp"

namespace quarry::entities {

// spans: sorted by first token, token indexes into tokens; rewritten in place, still sorted.
void apply_name_rules(std::string_view text, const std::vector<segment::Token> &tokens,
                      const std::vector<segment::Sentence> &sentences, std::vector<TokenSpan> &spans);

}  // namespace quarry::entities
