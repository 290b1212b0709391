// File: digits.h
// -----------------------------------------------------------------------------
// Branch-free scanning of ASCII digit strings for the validators: the value and the Luhn
// sum in one pass. Identifier digits are random, so per-digit branches would mispredict;
// these loops use tables instead. Internal to lib/ingest.
#ifndef SIMAUDIT_LIB_INGEST_DIGITS_H_
#define SIMAUDIT_LIB_INGEST_DIGITS_H_

#include <array>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace simaudit::internal {

// Per byte: the digit value, or 0x80 for a non-digit.
inline constexpr std::array<uint8_t, 256> kDigitValue = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') ? c - '0' : 0x80;
  return t;
}();

// Luhn contribution of a doubled digit d: 2d, minus 9 when that exceeds 9.
inline constexpr uint8_t kLuhnDoubled[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

struct DigitScan {
  bool ok;           // every byte is an ASCII digit
  uint64_t value;    // the digits as an integer (meaningful for up to 19 digits)
  int luhn_sum;      // the Luhn sum, doubling every second digit from the right
};

// Scans `s`; `digits_after` is how many digits (taken as 0) follow `s` in the number
// whose Luhn sum is wanted (1 when computing a check digit for `s`).
inline DigitScan ScanDigitsLuhn(absl::string_view s, int digits_after = 0) {
  uint8_t bad = 0;
  uint64_t value = 0;
  int sum = 0;
  // The rightmost digit of the full number is not doubled, so the leftmost one is
  // doubled exactly when the full number has an even length.
  const size_t length = s.size() + static_cast<size_t>(digits_after);
  unsigned doubled = (length & 1u) ^ 1u;
  for (char c : s) {
    const uint8_t d = kDigitValue[static_cast<unsigned char>(c)];
    bad |= d;
    const uint8_t digit = d & 0x0F;  // 0 for a non-digit, which `bad` already records
    value = value * 10 + digit;
    sum += doubled ? kLuhnDoubled[digit] : digit;
    doubled ^= 1u;
  }
  return DigitScan{(bad & 0x80) == 0, value, sum};
}

// Returns whether `s` is all ASCII digits, and their value in *value (meaningful for up
// to 19 digits).
inline bool ScanDigits(absl::string_view s, uint64_t* value) {
  uint8_t bad = 0;
  uint64_t v = 0;
  for (char c : s) {
    const uint8_t d = kDigitValue[static_cast<unsigned char>(c)];
    bad |= d;
    v = v * 10 + (d & 0x0F);
  }
  *value = v;
  return (bad & 0x80) == 0;
}

}  // namespace simaudit::internal

#endif  // SIMAUDIT_LIB_INGEST_DIGITS_H_
