#include "lib/gen/calendar.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace simaudit::gen {
namespace {

void AppendPadded(int64_t value, int width, std::string* out) {
  char buf[24];
  int n = 0;
  uint64_t v = value < 0 ? 0 : static_cast<uint64_t>(value);
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (n < width) buf[n++] = '0';
  while (n > 0) out->push_back(buf[--n]);
}

}  // namespace

// Howard Hinnant's civil-date algorithms (public-domain description), in days.
int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return {y, m, d};
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

int Weekday(int64_t days) {
  // 1970-01-01 was a Thursday (index 3).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

absl::StatusOr<int64_t> ParseDate(absl::string_view text) {
  auto bad = [&] {
    return absl::InvalidArgumentError(
        absl::StrCat("expected a date as YYYY-MM-DD, got \"", text, "\""));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lens[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int i = 0; i < lens[p]; ++i) {
      const char c = text[starts[p] + i];
      if (c < '0' || c > '9') return bad();
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (parts[0] < 1900 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      parts[2] > DaysInMonth(parts[0], parts[1])) {
    return bad();
  }
  return DaysFromCivil(parts[0], parts[1], parts[2]);
}

void AppendDate(int64_t days, std::string* out) {
  const CivilDate d = CivilFromDays(days);
  AppendPadded(d.year, 4, out);
  out->push_back('-');
  AppendPadded(d.month, 2, out);
  out->push_back('-');
  AppendPadded(d.day, 2, out);
}

void AppendTimestamp(int64_t local_seconds, std::string* out) {
  int64_t days = local_seconds / kSecondsPerDay;
  int64_t rem = local_seconds % kSecondsPerDay;
  if (rem < 0) {
    rem += kSecondsPerDay;
    --days;
  }
  AppendDate(days, out);
  out->push_back('T');
  AppendPadded(rem / 3600, 2, out);
  out->push_back(':');
  AppendPadded((rem / 60) % 60, 2, out);
  out->push_back(':');
  AppendPadded(rem % 60, 2, out);
  out->append("+07:00");
}

int YearsBetween(int64_t birth_day, int64_t on_day) {
  const CivilDate b = CivilFromDays(birth_day);
  const CivilDate o = CivilFromDays(on_day);
  int years = o.year - b.year;
  if (o.month < b.month || (o.month == b.month && o.day < b.day)) --years;
  return years;
}

}  // namespace simaudit::gen
