// File: identity_keyer.h
// -----------------------------------------------------------------------------
// Turns an identity document (type + normalised number) into the key that joins rows of
// the same person: the document number itself, or a keyed pseudonym so that national ID
// numbers are never stored (Decree 13/2023 and PDPL 2025: pseudonymised keys for joins).
//
//   RawIdentityKeyer raw;
//   std::string key;
//   raw.Key(IdType::kCccd, "001090012345", &key);       // "CCCD:001090012345"
//
//   absl::StatusOr<std::unique_ptr<HmacIdentityKeyer>> hmac =
//       HmacIdentityKeyer::Create(secret_from_a_vault);
//   (*hmac)->Key(IdType::kCccd, "001090012345", &key);  // "CCCD:" + 32 hex digits
//
// Keyers are immutable after construction and safe to share between threads.
#ifndef SIMAUDIT_LIB_INGEST_IDENTITY_KEYER_H_
#define SIMAUDIT_LIB_INGEST_IDENTITY_KEYER_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/model/codes.h"

namespace simaudit {

// IdentityKeyer
//
// Interface: writes the key of (type, number) to *out (replacing its contents). The key
// starts with the type name and a colon, so documents of different types never collide.
class IdentityKeyer {
 public:
  virtual ~IdentityKeyer() = default;
  virtual void Key(IdType type, absl::string_view number, std::string* out) const = 0;
};

// RawIdentityKeyer
//
// "<TYPE>:<number>", e.g. "CCCD:001090012345". The default.
class RawIdentityKeyer final : public IdentityKeyer {
 public:
  void Key(IdType type, absl::string_view number, std::string* out) const override;
};

// HmacIdentityKeyer
//
// "<TYPE>:" + the first 32 hex digits (128 bits) of HMAC-SHA256(key, "<TYPE>:<number>").
// The same key must be used for every batch that is to be joined.
class HmacIdentityKeyer final : public IdentityKeyer {
 public:
  // Returns InvalidArgument if `key` is empty.
  static absl::StatusOr<std::unique_ptr<HmacIdentityKeyer>> Create(std::string key);

  void Key(IdType type, absl::string_view number, std::string* out) const override;

 private:
  explicit HmacIdentityKeyer(std::string key) : key_(std::move(key)) {}

  const std::string key_;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_IDENTITY_KEYER_H_
