// File: utf8.h
// -----------------------------------------------------------------------------
// UTF-8 checks for untrusted rows: a fast validity test (ASCII runs are checked eight
// bytes at a time) and the sanitising truncation used for the `raw` column of rejects.
//
//   if (!IsValidUtf8(field)) Reject(RejectReason::kBadUtf8);
//   reject.raw = ReadableRaw(row, 1024);
#ifndef SIMAUDIT_LIB_INGEST_UTF8_H_
#define SIMAUDIT_LIB_INGEST_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace simaudit {

// Returns whether `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(absl::string_view s);

// Returns whether every byte of `s` is ASCII.
bool IsAscii(absl::string_view s);

// Returns at most `max_bytes` bytes of `s`, cut at a character boundary, with every byte
// that is not part of a well-formed UTF-8 sequence replaced by U+FFFD, so the result is
// always valid UTF-8 and safe to write to rejects.csv.
std::string ReadableRaw(absl::string_view s, size_t max_bytes);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_UTF8_H_
