#include "lib/ingest/identity_keyer.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <utility>

#include "absl/status/status.h"
#include "lib/util/logging.h"

namespace simaudit {
namespace {

constexpr size_t kPseudonymHexDigits = 32;

void AppendTypePrefix(IdType type, std::string* out) {
  out->append(IdTypeName(type).data(), IdTypeName(type).size());
  out->push_back(':');
}

}  // namespace

void RawIdentityKeyer::Key(IdType type, absl::string_view number, std::string* out) const {
  out->clear();
  AppendTypePrefix(type, out);
  out->append(number.data(), number.size());
}

absl::StatusOr<std::unique_ptr<HmacIdentityKeyer>> HmacIdentityKeyer::Create(
    std::string key) {
  if (key.empty()) {
    return absl::InvalidArgumentError("identity pseudonymisation key must not be empty");
  }
  return std::unique_ptr<HmacIdentityKeyer>(new HmacIdentityKeyer(std::move(key)));
}

void HmacIdentityKeyer::Key(IdType type, absl::string_view number, std::string* out) const {
  out->clear();
  AppendTypePrefix(type, out);
  const size_t prefix_size = out->size();
  out->append(number.data(), number.size());  // the message: "<TYPE>:<number>"

  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_len = 0;
  const unsigned char* result =
      HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
           reinterpret_cast<const unsigned char*>(out->data()), out->size(), digest,
           &digest_len);
  // HMAC-SHA256 over an in-memory buffer only fails if OpenSSL itself is broken.
  CHECK(result != nullptr && digest_len * 2 >= kPseudonymHexDigits) << "HMAC-SHA256 failed";

  static constexpr char kHex[] = "0123456789abcdef";
  out->resize(prefix_size);
  for (size_t i = 0; i < kPseudonymHexDigits / 2; ++i) {
    out->push_back(kHex[digest[i] >> 4]);
    out->push_back(kHex[digest[i] & 0xF]);
  }
}

}  // namespace simaudit
