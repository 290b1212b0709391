// File: vn_ids.h
// -----------------------------------------------------------------------------
// Builders for the identifiers that appear in a registration batch: Luhn check digits,
// IMEIs, ICCIDs, IMSIs, 12-digit personal ID numbers (CCCD), legacy CMND numbers,
// passports and organisation tax codes. Each builder returns a well-formed value; the
// caller is responsible for uniqueness (it passes unique serials).
//
//   uint64_t imei = MakeImei(35391811, 123456);        // TAC + serial + Luhn
//   std::string cccd = MakeCccd(79, CccdCenturyGenderDigit(1990, true), 90, 4242);
//   // "079190004242"
#ifndef SIMAUDIT_LIB_GEN_VN_IDS_H_
#define SIMAUDIT_LIB_GEN_VN_IDS_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace simaudit::gen {

// Luhn check digit (0..9) for a string of decimal digits.
int LuhnCheckDigit(absl::string_view digits);
// Whether the last digit of `digits` is the Luhn check digit of the rest.
bool IsLuhnValid(absl::string_view digits);

// Luhn check digit of the decimal digits of `payload` (no leading zeros counted; they
// do not change the digit).
int LuhnCheckDigitOf(uint64_t payload);

// 15-digit IMEI as an integer: TAC (8 digits) + serial (6 digits, < 1e6) + Luhn.
uint64_t MakeImei(uint32_t tac, uint32_t serial);
// Appends `imei` as exactly 15 digits (TACs may start with 0).
void AppendImei(uint64_t imei, std::string* out);

// ICCID "8984" + issuer (2 digits) + account (account_digits digits) + Luhn; 19 digits
// for 12-digit accounts, 20 for 13-digit ones.
std::string MakeIccid(int issuer, uint64_t account, int account_digits);
// The same, appended to `out`.
void AppendIccid(int issuer, uint64_t account, int account_digits, std::string* out);

// "452" + MNC (2 digits) + MSIN (10 digits).
std::string MakeImsi(int mnc, uint64_t msin);
void AppendImsi(int mnc, uint64_t msin, std::string* out);

// The CCCD century+gender digit for a birth year (1900..2399).
int CccdCenturyGenderDigit(int birth_year, bool female);
// "PPP G YY NNNNNN" without spaces; serial < 1e6.
std::string MakeCccd(int province_code, int century_gender_digit, int yy, uint32_t serial);
void AppendCccd(int province_code, int century_gender_digit, int yy, uint32_t serial,
                std::string* out);
// 9-digit legacy CMND: 2-digit issuing prefix + 7-digit serial (< 1e7).
std::string MakeCmnd9(int prefix, uint32_t serial);

// Vietnamese passport: one letter and seven digits; serial < 5e7.
std::string MakeVnPassport(uint32_t serial);
// Free-format foreign passport number in one of the styles of Nationality::passport_style.
std::string MakeForeignPassport(int style, uint64_t serial);

// 10-digit tax code (MST) with its check digit, or "" when the serial has no valid check
// digit (the weighted sum gives 10); `branch` > 0 appends "-NNN".
std::string MakeTaxCode(int prefix2, uint32_t serial7, int branch);

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_VN_IDS_H_
