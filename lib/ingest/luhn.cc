#include "lib/ingest/luhn.h"

#include "lib/ingest/digits.h"

namespace simaudit {

bool LuhnValid(absl::string_view digits) {
  if (digits.size() < 2) return false;
  const internal::DigitScan scan = internal::ScanDigitsLuhn(digits);
  return scan.ok && scan.luhn_sum % 10 == 0;
}

std::optional<char> LuhnCheckDigit(absl::string_view payload) {
  if (payload.empty()) return std::nullopt;
  // Scanning the payload as if a check digit '0' followed: the sum of the full number
  // is then this sum, and the check digit brings it to a multiple of 10.
  const internal::DigitScan scan = internal::ScanDigitsLuhn(payload, /*digits_after=*/1);
  if (!scan.ok) return std::nullopt;
  return static_cast<char>('0' + (10 - scan.luhn_sum % 10) % 10);
}

}  // namespace simaudit
