// File: number_format.h
// -----------------------------------------------------------------------------
// Numbers written so that reading them back gives the same double.
#ifndef SIMAUDIT_LIB_UTIL_NUMBER_FORMAT_H_
#define SIMAUDIT_LIB_UTIL_NUMBER_FORMAT_H_

#include <cstdio>
#include <cstdlib>
#include <string>

namespace simaudit {

// The shortest of %.15g, %.16g and %.17g that reads back as `v` (0.5 stays "0.5"; a
// setting of 0.1234567 is not rounded to six digits as absl::StrCat would).
inline std::string RoundTripNumber(double v) {
  char buf[40];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof(buf), "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_NUMBER_FORMAT_H_
