// File: calendar.h
// -----------------------------------------------------------------------------
// Proleptic-Gregorian day arithmetic and the fixed +07:00 timestamp format used by the
// generator. Times are "local seconds": seconds since 1970-01-01T00:00 in Vietnam's
// wall clock (UTC+7, no DST), so formatting needs no time-zone database.
//
//   int64_t day = DaysFromCivil(2025, 3, 1);
//   std::string s;
//   AppendTimestamp(day * 86400 + 10 * 3600, &s);   // "2025-03-01T10:00:00+07:00"
#ifndef SIMAUDIT_LIB_GEN_CALENDAR_H_
#define SIMAUDIT_LIB_GEN_CALENDAR_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace simaudit::gen {

inline constexpr int64_t kSecondsPerDay = 86400;

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

// Days since 1970-01-01 of a civil date (any valid date).
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);
int DaysInMonth(int year, int month);
// 0 = Monday .. 6 = Sunday.
int Weekday(int64_t days);

// Parses "YYYY-MM-DD"; InvalidArgument if malformed or not a real date.
absl::StatusOr<int64_t> ParseDate(absl::string_view text);

// Appends "YYYY-MM-DD".
void AppendDate(int64_t days, std::string* out);
// Appends "YYYY-MM-DDTHH:MM:SS+07:00" for local seconds.
void AppendTimestamp(int64_t local_seconds, std::string* out);

// Whole years between two day numbers (age on `on_day` of someone born `birth_day`).
int YearsBetween(int64_t birth_day, int64_t on_day);

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_CALENDAR_H_
