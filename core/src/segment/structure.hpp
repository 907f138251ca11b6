// Paragraphs and sentences over the token stream.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/token.hpp"

namespace quarry::segment {

struct Paragraph {
  uint32_t start, end;              // bytes
  uint32_t first_token, end_token;  // token index range [first, end)
};

struct Sentence {
  uint32_t start, end;  // bytes
  uint32_t paragraph;
  uint32_t first_token, end_token;
};

// Roles of tokens in lists, found once and read by both splitters.
enum ListRole : uint8_t {
  kListMarker = 1,      // a list item starts at this token ("1", "•", "a")
  kMarkerPunct = 2,     // the "." or ")" of a marker: never a sentence terminal
};

// Marks line-start list markers and inline enumerations ("1. ... 2. ...").
std::vector<uint8_t> find_list_roles(std::string_view text, const std::vector<Token> &tokens);
// The same, visiting only the tokens the tokenizer's index names.
std::vector<uint8_t> find_list_roles(std::string_view text, const std::vector<Token> &tokens,
                                     const TokenIndex &index);

void split_paragraphs(std::string_view text, const std::vector<Token> &tokens,
                      const std::vector<uint8_t> &roles, std::vector<Paragraph> &out);
void split_paragraphs(std::string_view text, const std::vector<Token> &tokens,
                      const std::vector<uint8_t> &roles, const TokenIndex &index, std::vector<Paragraph> &out);

void split_sentences(std::string_view text, const std::vector<Token> &tokens,
                     const std::vector<uint8_t> &roles, const std::vector<Paragraph> &paragraphs,
                     std::vector<Sentence> &out);

}  // namespace quarry::segment
