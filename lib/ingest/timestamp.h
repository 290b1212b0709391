// File: timestamp.h
// -----------------------------------------------------------------------------
// Hand-written parsers for the two time formats of the batch contract, fast enough for
// the per-row hot path (no absl::ParseTime, no regex, no allocation):
//   - dates `YYYY-MM-DD` (date_of_birth), as days since 1970-01-01;
//   - ISO 8601 date-times with a UTC offset (registered_at), as Unix seconds.
// Calendar arithmetic is proleptic Gregorian.
//
//   std::optional<int32_t> d = ParseIsoDate("2024-02-29");           // 19782
//   TimestampResult t = ParseIsoTimestamp("2025-03-01T10:15:00+07:00");
//   if (t.error == TimestampError::kNone) use(t.unix_seconds, t.utc_offset_minutes);
#ifndef SIMAUDIT_LIB_INGEST_TIMESTAMP_H_
#define SIMAUDIT_LIB_INGEST_TIMESTAMP_H_

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"

namespace simaudit {

// Returns the number of days from 1970-01-01 to year-month-day (negative before it).
// The date must be valid (see IsValidCivilDate); years 1..9999 fit comfortably.
constexpr int32_t DaysFromCivil(int year, int month, int day) {
  // Shift the year to start in March so the leap day is the last day of the year.
  const int y = month <= 2 ? year - 1 : year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;                                      // 0..399
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 +
                         day_of_year;                                         // 0..146096
  return era * 146097 + day_of_era - 719468;
}

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

// Returns the calendar date `days` after 1970-01-01. Inverse of DaysFromCivil.
CivilDate CivilFromDays(int32_t days);

// Returns whether year-month-day is a real date with 1 <= year <= 9999.
bool IsValidCivilDate(int year, int month, int day);

// Returns the days since 1970-01-01 of a date written exactly `YYYY-MM-DD`, or nullopt if
// `s` has another shape or is not a real date (2023-02-29).
std::optional<int32_t> ParseIsoDate(absl::string_view s);

// Like ParseIsoDate, returning the calendar fields.
std::optional<CivilDate> ParseIsoCivilDate(absl::string_view s);

// Completed years from the day `birth_days` to the day `on_days` (both days since epoch),
// counting a 29 February birthday as reached on 1 March in common years. Negative when
// `on_days` is before `birth_days`.
int AgeInYears(int32_t birth_days, int32_t on_days);
int AgeInYears(const CivilDate& birth, const CivilDate& on);

enum class TimestampError {
  kNone = 0,
  kBad,            // not an ISO 8601 date-time, or not a real one
  kMissingOffset,  // a valid local date-time without Z or ±hh:mm
};

struct TimestampResult {
  TimestampError error = TimestampError::kBad;
  int64_t unix_seconds = 0;        // the UTC instant
  int16_t utc_offset_minutes = 0;  // as written, e.g. 420 for +07:00
  int32_t local_days = 0;          // the written (local) calendar date, days since epoch
  CivilDate local_date = {1970, 1, 1};  // the same date as calendar fields
};

// Parses `YYYY-MM-DD` `T` `hh:mm[:ss[.fraction]]` followed by `Z` or `±hh:mm` (also `±hhmm`
// or `±hh`). A space may replace `T`; `t` and `z` are accepted. Fractions of a second are
// dropped. Hours 00..23, seconds 00..59, offsets up to ±23:59.
TimestampResult ParseIsoTimestamp(absl::string_view s);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_TIMESTAMP_H_
