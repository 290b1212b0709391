// File: normalize.h
// -----------------------------------------------------------------------------
// Normalisation of the contract's free-form scalar fields: mobile numbers and the
// whitespace around fields.
//
//   NormalizeMsisdn("0912345678");      // 84912345678
//   NormalizeMsisdn("+84 912345678");   // nullopt: no separators inside
//   TrimField("  CCCD \t");             // "CCCD"
#ifndef SIMAUDIT_LIB_INGEST_NORMALIZE_H_
#define SIMAUDIT_LIB_INGEST_NORMALIZE_H_

#include <cstdint>
#include <optional>

#include "absl/base/attributes.h"
#include "absl/strings/string_view.h"

namespace simaudit {

// Returns a Vietnamese mobile number written `0xxxxxxxxx`, `84xxxxxxxxx` or
// `+84xxxxxxxxx` as the integer 84xxxxxxxxx. Returns nullopt unless there are exactly
// 9 national digits whose first digit opens a mobile range (3, 5, 7, 8 or 9). That
// excludes landlines (02x), 1800/1900 service numbers, the 69x defence/police range and
// legacy 11-digit 01xx numbers. The prefix says nothing about the carrier (number
// portability since 2018), so no carrier check happens here.
std::optional<uint64_t> NormalizeMsisdn(absl::string_view s);

// Returns `s` without leading and trailing spaces and tabs (and CR/LF, which only a
// gRPC client could leave there).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline absl::string_view TrimField(absl::string_view s) {
  // Most fields need no trimming: bytes above ' ' at both ends cannot be blanks.
  if (s.empty() || (static_cast<unsigned char>(s.front()) > ' ' &&
                    static_cast<unsigned char>(s.back()) > ' ')) {
    return s;
  }
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  size_t b = 0;
  size_t e = s.size();
  while (b < e && blank(s[b])) ++b;
  while (e > b && blank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_NORMALIZE_H_
