// File: provinces.h
// -----------------------------------------------------------------------------
// The 63 province codes of Circular 07/2016/TT-BCA Appendix 1 (identical to the GSO
// province codes). They are the first three digits of a CCCD (province where the birth
// was registered) and the codes of the `province` column (residence). The 2025 merger
// into 34 provinces did not change issued numbers, so all 63 legacy codes stay valid.
//
//   std::optional<absl::string_view> name = ProvinceName(79);   // "TP Hồ Chí Minh"
//   bool ok = IsProvinceCode(3);                                // false: 003 is unused
#ifndef SIMAUDIT_LIB_INGEST_PROVINCES_H_
#define SIMAUDIT_LIB_INGEST_PROVINCES_H_

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace simaudit {

struct ProvinceInfo {
  uint16_t code;          // 1..96
  absl::string_view name; // Vietnamese, UTF-8 with diacritics
};

inline constexpr int kNumProvinces = 63;

// Returns all 63 provinces in code order.
absl::Span<const ProvinceInfo> AllProvinces();

// Returns whether `code` is one of the 63 province codes.
bool IsProvinceCode(int code);

// Returns the name of province `code`, or nullopt if it is not a province code.
std::optional<absl::string_view> ProvinceName(int code);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_PROVINCES_H_
