#include "lib/gen/calendar.h"

#include <string>

#include "gtest/gtest.h"

namespace simaudit::gen {
namespace {

TEST(CalendarTest, CivilDaysRoundTrip) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  for (int64_t d = -40000; d < 60000; d += 37) {
    const CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(Weekday(DaysFromCivil(2025, 1, 1)), 2);  // a Wednesday
}

TEST(CalendarTest, ParsesOnlyRealDates) {
  EXPECT_EQ(ParseDate("2024-02-29").value(), DaysFromCivil(2024, 2, 29));
  EXPECT_FALSE(ParseDate("2025-02-29").ok());
  EXPECT_FALSE(ParseDate("2025-13-01").ok());
  EXPECT_FALSE(ParseDate("2025-1-01").ok());
  EXPECT_FALSE(ParseDate("").ok());
}

TEST(CalendarTest, FormatsTimestampsWithVietnamOffset) {
  std::string s;
  AppendTimestamp(DaysFromCivil(2025, 3, 1) * kSecondsPerDay + 10 * 3600 + 15 * 60 + 7, &s);
  EXPECT_EQ(s, "2025-03-01T10:15:07+07:00");
  s.clear();
  AppendDate(DaysFromCivil(1987, 12, 31), &s);
  EXPECT_EQ(s, "1987-12-31");
}

TEST(CalendarTest, AgeTurnsOnTheBirthday) {
  const int64_t birth = DaysFromCivil(2000, 6, 15);
  EXPECT_EQ(YearsBetween(birth, DaysFromCivil(2014, 6, 14)), 13);
  EXPECT_EQ(YearsBetween(birth, DaysFromCivil(2014, 6, 15)), 14);
}

}  // namespace
}  // namespace simaudit::gen
