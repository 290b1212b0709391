#include "lib/ingest/validators.h"

#include <array>
#include <cmath>
#include <limits>

#include "absl/strings/numbers.h"
#include "lib/ingest/digits.h"
#include "lib/ingest/provinces.h"

namespace simaudit {
namespace {

inline bool IsDigit(char c) { return static_cast<unsigned>(c - '0') <= 9; }
inline bool IsUpperAlpha(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAlpha(char c) { return IsUpperAlpha(c) || (c >= 'a' && c <= 'z'); }

using internal::DigitScan;
using internal::ScanDigitsLuhn;

// Per byte: the hex digit value, or 0xF0 for anything else.
constexpr std::array<uint8_t, 256> kHexValue = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : 0xF0;
  }
  return t;
}();

// Powers of ten a double holds exactly.
constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool AllDigits(absl::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// The common `[digits][.digits]` form with at most 15 significant digits, converted
// exactly: the mantissa and the power of ten are both exact doubles, so one IEEE
// division rounds correctly, giving what strtod gives. Returns false for other forms.
bool ParseSimpleDecimal(absl::string_view s, double* out) {
  uint64_t mantissa = 0;
  int digits = 0;
  int fraction_digits = 0;
  bool seen_point = false;
  for (char c : s) {
    if (c == '.') {
      if (seen_point) return false;
      seen_point = true;
      continue;
    }
    const unsigned d = static_cast<unsigned char>(c) - '0';
    if (d > 9) return false;
    mantissa = mantissa * 10 + d;
    if (++digits > 15) return false;
    if (seen_point) ++fraction_digits;
  }
  if (digits == 0) return false;
  *out = static_cast<double>(mantissa) / kExactPow10[fraction_digits];
  return true;
}

constexpr int kMncMobifone = 1;
constexpr int kMncVinaphone = 2;
constexpr int kMncViettel = 4;
constexpr int kMncVietnamobile = 5;
constexpr int kMncEvnTelecom = 6;  // merged into Viettel in 2011
constexpr int kMncGmobile = 7;
constexpr int kMncItel = 8;
constexpr int kMncReddi = 9;

constexpr int kIssuerMobifone = 1;
constexpr int kIssuerVinaphone = 2;

}  // namespace

CccdResult ParseCccd(absl::string_view s) {
  CccdResult r;
  if (s.size() != 12 || !AllDigits(s)) {
    r.error = RejectReason::kBadCccd;
    return r;
  }
  r.province = static_cast<uint16_t>((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
  r.century_gender = s[3] - '0';
  r.year_in_century = (s[4] - '0') * 10 + (s[5] - '0');
  if (!IsProvinceCode(r.province)) r.error = RejectReason::kBadCccdProvince;
  return r;
}

bool CccdDigitsOneSlipFrom(const CccdResult& cccd, int birth_year, Gender gender) {
  const bool gender_agrees = gender == Gender::kUnknown || gender == cccd.gender();
  const int year_gap = birth_year - cccd.birth_year();
  if ((year_gap == 1 || year_gap == -1 || year_gap == 10 || year_gap == -10) && gender_agrees) {
    return true;
  }
  if (birth_year < 1900 || birth_year > 2399) return false;  // no G digit names it
  const bool female = gender == Gender::kUnknown ? cccd.gender() == Gender::kFemale
                                                 : gender == Gender::kFemale;
  const int want[3] = {2 * (birth_year / 100 - 19) + (female ? 1 : 0), birth_year / 10 % 10,
                       birth_year % 10};
  const int got[3] = {cccd.century_gender, cccd.year_in_century / 10, cccd.year_in_century % 10};
  int differ = 0, first = -1;
  for (int k = 0; k < 3; ++k) {
    if (want[k] == got[k]) continue;
    if (differ++ == 0) first = k;
  }
  if (differ == 1) return true;
  return differ == 2 && first < 2 && want[first] == got[first + 1] &&
         want[first + 1] == got[first];
}

bool IsValidCmnd(absl::string_view s) {
  return (s.size() == 9 || s.size() == 12) && AllDigits(s);
}

bool IsValidPassport(absl::string_view upper_number, absl::string_view nationality) {
  const bool vietnamese =
      nationality.empty() ||
      (nationality.size() == 2 && (nationality[0] == 'V' || nationality[0] == 'v') &&
       (nationality[1] == 'N' || nationality[1] == 'n'));
  if (vietnamese) {
    return upper_number.size() == 8 && IsUpperAlpha(upper_number[0]) &&
           AllDigits(upper_number.substr(1));
  }
  if (upper_number.size() < 5 || upper_number.size() > 20) return false;
  for (char c : upper_number) {
    if (!IsDigit(c) && !IsUpperAlpha(c)) return false;
  }
  return true;
}

bool IsValidOrgId(absl::string_view s) {
  if (s.size() < 8 || s.size() > 20) return false;
  if (!IsDigit(s.front()) || !IsDigit(s.back())) return false;
  char prev = '0';
  for (char c : s) {
    if (c == '-') {
      if (prev == '-') return false;
    } else if (!IsDigit(c)) {
      return false;
    }
    prev = c;
  }
  return true;
}

bool IsValidNationality(absl::string_view s) {
  return s.size() == 2 && IsAlpha(s[0]) && IsAlpha(s[1]);
}

std::optional<uint64_t> ParseImei(absl::string_view s) {
  if (s.size() != 15) return std::nullopt;
  const DigitScan scan = ScanDigitsLuhn(s);
  // All zeros passes the contract's format (15 digits, Luhn sum 0): it is the
  // placeholder some dealer apps send for a device they could not read. It identifies no
  // device, so it parses to 0, which a Record holds as "no IMEI", and links nobody.
  if (!scan.ok || scan.luhn_sum % 10 != 0) return std::nullopt;
  return scan.value;
}

std::optional<Iccid> ParseIccid(absl::string_view s) {
  if (s.size() != 19 && s.size() != 20) return std::nullopt;
  if (s[0] != '8' || s[1] != '9' || s[2] != '8' || s[3] != '4') return std::nullopt;
  // The Luhn sum of the whole number is that of the body (whose doubling parity is the
  // same on its own) plus that of the prefix scanned as followed by the body's digits.
  const DigitScan body = ScanDigitsLuhn(s.substr(4));
  const DigitScan prefix = ScanDigitsLuhn(s.substr(0, 4), static_cast<int>(s.size() - 4));
  if (!body.ok || (body.luhn_sum + prefix.luhn_sum) % 10 != 0) return std::nullopt;
  Iccid iccid;
  iccid.body = body.value;
  iccid.length = static_cast<uint8_t>(s.size());
  iccid.issuer = (s[4] - '0') * 10 + (s[5] - '0');
  return iccid;
}

std::optional<Imsi> ParseImsi(absl::string_view s) {
  if (s.size() != 15 || s[0] != '4' || s[1] != '5' || s[2] != '2' || s[3] != '0') {
    return std::nullopt;
  }
  uint64_t value;
  const int mnc = s[4] - '0';
  if (!internal::ScanDigits(s, &value) || mnc < 1 || mnc > 9) return std::nullopt;
  return Imsi{value, mnc};
}

std::optional<uint64_t> ParseSelfieHash(absl::string_view s) {
  if (s.size() != 16) return std::nullopt;
  uint64_t v = 0;
  uint8_t bad = 0;
  for (char c : s) {
    const uint8_t nibble = kHexValue[static_cast<unsigned char>(c)];
    bad |= nibble;
    v = (v << 4) | (nibble & 0x0F);
  }
  if (bad & 0xF0) return std::nullopt;
  return v;
}

std::optional<uint16_t> ParseProvinceCode(absl::string_view s) {
  if (s.empty() || s.size() > 3) return std::nullopt;
  uint64_t value;
  if (!internal::ScanDigits(s, &value) || !IsProvinceCode(static_cast<int>(value))) {
    return std::nullopt;
  }
  return static_cast<uint16_t>(value);
}

std::optional<int32_t> ParseUsageCount(absl::string_view s) {
  if (s.empty()) return std::nullopt;
  constexpr uint64_t kMax = std::numeric_limits<int32_t>::max();
  if (s.size() <= 18) {
    // Fits in 64 bits: no overflow to guard against inside the loop.
    uint64_t value;
    if (!internal::ScanDigits(s, &value)) return std::nullopt;
    return static_cast<int32_t>(value > kMax ? kMax : value);
  }
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
  }
  return static_cast<int32_t>(kMax);  // 19 or more digits: far above INT32_MAX
}

std::optional<float> ParseFaceMatch(absl::string_view s) {
  if (s.empty()) return std::nullopt;
  // SimpleAtod also takes "nan", "inf" and surrounding blanks: refuse those up front.
  for (char c : s) {
    if (!IsDigit(c) && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
      return std::nullopt;
    }
  }
  double v;
  if (!ParseSimpleDecimal(s, &v) &&
      (!absl::SimpleAtod(s, &v) || !std::isfinite(v))) {
    return std::nullopt;
  }
  if (v < 0.0 || v > 1.0) return std::nullopt;
  return static_cast<float>(v);
}

bool ImsiMatchesCarrier(int mnc, Carrier carrier, bool allow_mvno_host) {
  switch (carrier) {
    case Carrier::kViettel:
      return mnc == kMncViettel || mnc == kMncEvnTelecom;
    case Carrier::kVinaphone:
      return mnc == kMncVinaphone;
    case Carrier::kMobifone:
      return mnc == kMncMobifone;
    case Carrier::kVietnamobile:
      return mnc == kMncVietnamobile;
    case Carrier::kGmobile:
      return mnc == kMncGmobile;
    case Carrier::kItel:
      return mnc == kMncItel || (allow_mvno_host && mnc == kMncVinaphone);
    case Carrier::kReddi:
      return mnc == kMncReddi || allow_mvno_host;
    case Carrier::kAsim:
    case Carrier::kDigilife:
    case Carrier::kLocal:
    case Carrier::kWintel:
      return true;
  }
  return true;
}

bool IccidIssuerMatchesCarrier(int issuer, Carrier carrier, bool allow_mvno_host) {
  if (issuer != kIssuerMobifone && issuer != kIssuerVinaphone) return true;
  switch (carrier) {
    case Carrier::kMobifone:
      return issuer == kIssuerMobifone;
    case Carrier::kVinaphone:
      return issuer == kIssuerVinaphone;
    case Carrier::kItel:
      return allow_mvno_host && issuer == kIssuerVinaphone;
    case Carrier::kReddi:
    case Carrier::kAsim:
    case Carrier::kDigilife:
    case Carrier::kLocal:
    case Carrier::kWintel:
      return allow_mvno_host;
    case Carrier::kViettel:
    case Carrier::kVietnamobile:
    case Carrier::kGmobile:
      return false;
  }
  return true;
}

}  // namespace simaudit
