// File: vietnam_time.h
// -----------------------------------------------------------------------------
// Instants written as the tool writes them everywhere: ISO 8601 in Vietnam time.
#ifndef SIMAUDIT_LIB_UTIL_VIETNAM_TIME_H_
#define SIMAUDIT_LIB_UTIL_VIETNAM_TIME_H_

#include <cstdint>
#include <string>

#include "absl/time/time.h"

namespace simaudit {

// Vietnam's offset from UTC (+07:00, no daylight saving).
inline constexpr int64_t kVietnamUtcOffsetSeconds = 7 * 3600;

// `unix_seconds` as ISO 8601 with Vietnam's offset, e.g. "2026-04-15T00:00:00+07:00".
inline std::string FormatVietnamInstant(int64_t unix_seconds) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%S%Ez", absl::FromUnixSeconds(unix_seconds),
                          absl::FixedTimeZone(kVietnamUtcOffsetSeconds));
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_VIETNAM_TIME_H_
