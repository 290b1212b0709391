// File: digest.h
// -----------------------------------------------------------------------------
// SHA-256 of files and buffers (OpenSSL EVP), for manifests.
//
//   absl::StatusOr<FileDigest> d = Sha256File("batch.csv");   // d->hex, d->bytes
#ifndef SIMAUDIT_LIB_UTIL_DIGEST_H_
#define SIMAUDIT_LIB_UTIL_DIGEST_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace simaudit {

struct FileDigest {
  std::string hex;     // lower-case hex SHA-256
  uint64_t bytes = 0;
};

// Returns NotFound if the file cannot be opened, Internal on a read error.
absl::StatusOr<FileDigest> Sha256File(const std::string& path);
std::string Sha256Hex(absl::string_view data);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_DIGEST_H_
