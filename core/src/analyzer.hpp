// The pipeline: bytes -> tokens -> paragraphs and sentences -> mentions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "document.hpp"
#include "options.hpp"

namespace quarry {

enum class Status { Ok = 0, InvalidArgument = 1, InvalidOptions = 2, InvalidUtf8 = 3, OutOfMemory = 4, TooLarge = 5, Internal = 6 };

struct Error {
  std::string message;
  int64_t offset = -1;
};

class Analyzer {
 public:
  explicit Analyzer(Options options) : options_(std::move(options)) {}
  const Options &options() const { return options_; }
  // Thread-safe: reads only immutable state.
  Status analyze(std::string_view text, std::unique_ptr<Document> &out, Error &error) const;

 private:
  Options options_;
};

}  // namespace quarry
