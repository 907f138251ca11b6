// Alias groups within a document: every mention of one entity shares a group id and a
// canonical name. Surname -> full name ("Aliyev" -> "Ilham Aliyev"), acronym <-> expansion
// ("ICC" <-> "International Criminal Court", by initials or an explicit "(ICC)"), known short
// forms ("UN" -> "United Nations"), and a nationality with its place ("Armenian" -> "Armenia").
#pragma once

#include <cstdint>
#include <vector>

#include "document.hpp"

namespace quarry::entities {

struct EntityRef {
  uint32_t mention;                 // index in doc.mentions
  uint32_t first_token, end_token;  // the mention's tokens in doc.tokens
};

// Sets canonical and group of the given entity mentions, sorted by start. Group ids are dense,
// in order of first mention.
void assign_alias_groups(Document &doc, const std::vector<EntityRef> &refs);

}  // namespace quarry::entities
