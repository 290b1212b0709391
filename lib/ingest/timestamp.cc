#include "lib/ingest/timestamp.h"

namespace simaudit {
namespace {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// Reads exactly `n` ASCII digits at `p` into *value; false on a non-digit.
inline bool ReadDigits(const char* p, int n, int* value) {
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const unsigned d = static_cast<unsigned char>(p[i]) - '0';
    if (d > 9) return false;
    v = v * 10 + static_cast<int>(d);
  }
  *value = v;
  return true;
}

// Parses the `YYYY-MM-DD` prefix of `s` (which must be at least 10 bytes).
std::optional<CivilDate> ParseDatePrefix(absl::string_view s) {
  int y, m, d;
  const char* p = s.data();
  if (!ReadDigits(p, 4, &y) || p[4] != '-' || !ReadDigits(p + 5, 2, &m) || p[7] != '-' ||
      !ReadDigits(p + 8, 2, &d)) {
    return std::nullopt;
  }
  if (!IsValidCivilDate(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

}  // namespace

CivilDate CivilFromDays(int32_t days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int day_of_era = z - era * 146097;                                      // 0..146096
  const int year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);  // 0..365
  const int mp = (5 * day_of_year + 2) / 153;                                   // 0..11
  const int day = day_of_year - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{year, month, day};
}

bool IsValidCivilDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::optional<CivilDate> ParseIsoCivilDate(absl::string_view s) {
  if (s.size() != 10) return std::nullopt;
  return ParseDatePrefix(s);
}

std::optional<int32_t> ParseIsoDate(absl::string_view s) {
  const std::optional<CivilDate> c = ParseIsoCivilDate(s);
  if (!c.has_value()) return std::nullopt;
  return DaysFromCivil(c->year, c->month, c->day);
}

int AgeInYears(const CivilDate& birth, const CivilDate& on) {
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

int AgeInYears(int32_t birth_days, int32_t on_days) {
  return AgeInYears(CivilFromDays(birth_days), CivilFromDays(on_days));
}

TimestampResult ParseIsoTimestamp(absl::string_view s) {
  TimestampResult result;  // error = kBad until proven otherwise
  // Shortest accepted form: "YYYY-MM-DDThh:mm" (16 bytes) plus an offset.
  if (s.size() < 16) return result;
  const std::optional<CivilDate> date = ParseDatePrefix(s);
  if (!date.has_value()) return result;
  const int32_t days = DaysFromCivil(date->year, date->month, date->day);
  const char sep = s[10];
  if (sep != 'T' && sep != 't' && sep != ' ') return result;
  const char* p = s.data() + 11;
  const char* const end = s.data() + s.size();
  int hour, minute, second = 0;
  if (!ReadDigits(p, 2, &hour) || p[2] != ':' || !ReadDigits(p + 3, 2, &minute)) {
    return result;
  }
  p += 5;
  if (p < end && *p == ':') {
    if (end - p < 3 || !ReadDigits(p + 1, 2, &second)) return result;
    p += 3;
    if (p < end && (*p == '.' || *p == ',')) {
      ++p;
      const char* digits = p;
      while (p < end && static_cast<unsigned>(*p - '0') <= 9) ++p;
      if (p == digits) return result;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return result;

  int offset_minutes = 0;
  if (p == end) {
    result.error = TimestampError::kMissingOffset;
    return result;
  }
  if (*p == 'Z' || *p == 'z') {
    ++p;
  } else if (*p == '+' || *p == '-') {
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int oh, om = 0;
    if (end - p < 2 || !ReadDigits(p, 2, &oh)) return result;
    p += 2;
    // Minutes are optional ("+07"), but a colon must be followed by them.
    const bool colon = p < end && *p == ':';
    if (colon) ++p;
    if (colon || p < end) {
      if (end - p < 2 || !ReadDigits(p, 2, &om)) return result;
      p += 2;
    }
    if (oh > 23 || om > 59) return result;
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return result;
  }
  if (p != end) return result;

  result.error = TimestampError::kNone;
  result.local_days = days;
  result.local_date = *date;
  result.utc_offset_minutes = static_cast<int16_t>(offset_minutes);
  result.unix_seconds = static_cast<int64_t>(days) * 86400 + hour * 3600 + minute * 60 +
                        second - static_cast<int64_t>(offset_minutes) * 60;
  return result;
}

}  // namespace simaudit
