#include "lib/ingest/normalize.h"

namespace simaudit {
namespace {

constexpr uint64_t kCountryCode = 84;
constexpr uint64_t kNationalScale = 1000000000ull;  // 10^9: nine national digits

// First national digits that open a mobile range: 03x, 05x, 07x, 08x, 09x.
constexpr bool IsMobileLeadDigit(unsigned d) {
  return d == 3 || d == 5 || d == 7 || d == 8 || d == 9;
}

}  // namespace

std::optional<uint64_t> NormalizeMsisdn(absl::string_view s) {
  if (!s.empty() && s[0] == '+') {
    s.remove_prefix(1);
    if (s.size() != 11 || s[0] != '8' || s[1] != '4') return std::nullopt;
    s.remove_prefix(2);
  } else if (s.size() == 10 && s[0] == '0') {
    s.remove_prefix(1);
  } else if (s.size() == 11 && s[0] == '8' && s[1] == '4') {
    s.remove_prefix(2);
  } else {
    return std::nullopt;
  }
  uint64_t national = 0;
  for (char c : s) {
    const unsigned d = static_cast<unsigned char>(c) - '0';
    if (d > 9) return std::nullopt;
    national = national * 10 + d;
  }
  if (!IsMobileLeadDigit(static_cast<unsigned>(national / (kNationalScale / 10)))) {
    return std::nullopt;
  }
  return kCountryCode * kNationalScale + national;
}

}  // namespace simaudit
