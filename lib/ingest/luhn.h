// File: luhn.h
// -----------------------------------------------------------------------------
// The Luhn (mod 10) check digit used by IMEIs (3GPP TS 23.003) and ICCIDs (ITU-T E.118).
//
//   LuhnValid("490154203237518");          // true
//   LuhnCheckDigit("49015420323751");      // '8'
#ifndef SIMAUDIT_LIB_INGEST_LUHN_H_
#define SIMAUDIT_LIB_INGEST_LUHN_H_

#include <optional>

#include "absl/strings/string_view.h"

namespace simaudit {

// Returns whether `digits` is at least two ASCII digits whose last digit is the Luhn
// check digit of the others. Anything else (empty, non-digits) is not valid.
bool LuhnValid(absl::string_view digits);

// Returns the check digit ('0'..'9') to append to `payload`, or nullopt if `payload` is
// empty or holds a non-digit.
std::optional<char> LuhnCheckDigit(absl::string_view payload);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_LUHN_H_
