// File: validators.h
// -----------------------------------------------------------------------------
// Validators for the identifier fields of a registration row (domain fact sheet,
// sections 1-3). Each takes an already trimmed field and either returns its parsed form
// or says why it is invalid; none allocates. Cross-field consistency signals (IMSI MNC or
// ICCID issuer versus the carrier) are separate predicates because they are soft checks.
//
//   std::optional<uint64_t> imei = ParseImei("490154203237518");
//   CccdResult cccd = ParseCccd("001090012345");
//   if (cccd.ok()) year = cccd.birth_year();   // 1990
#ifndef SIMAUDIT_LIB_INGEST_VALIDATORS_H_
#define SIMAUDIT_LIB_INGEST_VALIDATORS_H_

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"
#include "lib/ingest/reject_reasons.h"
#include "lib/model/codes.h"

namespace simaudit {

// CCCD (12-digit personal ID) `PPP G YY NNNNNN`, decoded. It has no check digit.
struct CccdResult {
  std::optional<RejectReason> error;  // kBadCccd or kBadCccdProvince
  uint16_t province = 0;              // PPP: where the birth was registered
  int century_gender = 0;             // G: 0/1 = 1900s male/female, 2/3 = 2000s, ...
  int year_in_century = 0;            // YY

  bool ok() const { return !error.has_value(); }
  // 1900 + 100 * floor(G / 2) + YY.
  int birth_year() const { return 1900 + 100 * (century_gender / 2) + year_in_century; }
  Gender gender() const { return century_gender % 2 == 0 ? Gender::kMale : Gender::kFemale; }
};

// Decodes a CCCD. kBadCccd unless exactly 12 ASCII digits; kBadCccdProvince unless PPP
// is one of the 63 province codes.
CccdResult ParseCccd(absl::string_view s);

// Whether one keystroke explains every difference between a CCCD's century/gender and
// year digits (G YY) and a declared birth year and gender: one of the three digits
// mistyped (a wrong gender field reads the same), two neighbouring digits swapped, or
// the birth year's units or tens digit one off, carrying into the century (1999 typed as
// 2000, 1995 as 2005: the neighbouring year or decade). A fabricated number rarely comes
// this close: its year digits would have to be right or merely swapped. False when
// nothing differs.
bool CccdDigitsOneSlipFrom(const CccdResult& cccd, int birth_year, Gender gender);

// CMND: 9 digits, or the older 12-digit card. Never decoded as a CCCD.
bool IsValidCmnd(absl::string_view s);

// Passport number, already upper-cased. Vietnamese (nationality "VN" or empty): one
// letter and 7 digits. Foreign: 5..20 ASCII letters and digits.
bool IsValidPassport(absl::string_view upper_number, absl::string_view nationality);

// Organisation tax / business registration code: 10 digits, or 13 written with a dash
// before the last 3 (0101234567-001). Leniently: 8..20 characters of digits and single
// dashes, starting and ending with a digit.
bool IsValidOrgId(absl::string_view s);

// Nationality: ISO 3166 alpha-2, i.e. two ASCII letters (either case).
bool IsValidNationality(absl::string_view s);

// IMEI: 15 digits with a valid Luhn check digit. Returns the IMEI as an integer; the
// all-zero placeholder returns 0, which a Record holds as absent.
std::optional<uint64_t> ParseImei(absl::string_view s);

struct Iccid {
  uint64_t body = 0;  // the digits after "8984"
  uint8_t length = 0; // 19 or 20
  int issuer = 0;     // the two digits after "8984" (01 MobiFone, 02 VinaPhone)
};

// ICCID: 19 or 20 digits starting "8984" with a valid Luhn check digit.
std::optional<Iccid> ParseIccid(absl::string_view s);

struct Imsi {
  uint64_t value = 0;
  int mnc = 0;  // 1..9
};

// IMSI: 15 digits, MCC 452 and a Vietnamese MNC 01..09.
std::optional<Imsi> ParseImsi(absl::string_view s);

// Selfie perceptual hash: exactly 16 hex digits (either case).
std::optional<uint64_t> ParseSelfieHash(absl::string_view s);

// Residence province: 1 to 3 digits (leading zeros optional) naming one of the 63
// provinces.
std::optional<uint16_t> ParseProvinceCode(absl::string_view s);

// A usage count: a non-negative decimal integer, saturated at INT32_MAX.
std::optional<int32_t> ParseUsageCount(absl::string_view s);

// face_match: a finite decimal number in [0, 1]. The value is parsed as a double and
// then narrowed, so "0.87" and its 17-digit rendering give the same float.
std::optional<float> ParseFaceMatch(absl::string_view s);

// Soft check: whether an IMSI with MNC `mnc` is consistent with `carrier`.
// VIETTEL 04 (and 06, the merged EVN Telecom), VINAPHONE 02, MOBIFONE 01,
// VIETNAMOBILE 05, GMOBILE 07, ITEL 08, REDDI 09. With `allow_mvno_host`, ITEL may also
// carry its host VinaPhone's 02, and REDDI (host UNCONFIRMED) any Vietnamese MNC.
// ASIM, DIGILIFE, LOCAL and WINTEL have no known MNC and are always consistent.
bool ImsiMatchesCarrier(int mnc, Carrier carrier, bool allow_mvno_host);

// Soft check: whether an ICCID with `issuer` is consistent with `carrier`. Only the
// known E.118 issuers 01 (MobiFone) and 02 (VinaPhone) can be inconsistent, with any
// other carrier. With `allow_mvno_host`, ITEL may use its host's 02, and the MVNOs whose
// host is UNCONFIRMED (REDDI, ASIM, DIGILIFE, LOCAL, WINTEL) either.
bool IccidIssuerMatchesCarrier(int issuer, Carrier carrier, bool allow_mvno_host);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_VALIDATORS_H_
