#include "lib/ingest/timestamp.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::Optional;

TEST(DaysFromCivilTest, MatchesKnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(2024, 2, 29), 19782);
  EXPECT_EQ(DaysFromCivil(2024, 12, 31), 20088);
  static_assert(DaysFromCivil(2024, 12, 31) == 20088, "usable in constant expressions");
}

TEST(DaysFromCivilTest, RoundTripsThroughCivilFromDays) {
  for (int32_t d = DaysFromCivil(1890, 1, 1); d <= DaysFromCivil(2110, 12, 31); d += 17) {
    const CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValidCivilDate(c.year, c.month, c.day)) << d;
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
}

struct DateCase {
  const char* text;
  std::optional<int32_t> days;
};

const DateCase kDateCases[] = {
    {"2024-02-29", DaysFromCivil(2024, 2, 29)},  // leap year
    {"2023-02-29", std::nullopt},                // not a leap year
    {"1900-02-29", std::nullopt},                // century, not leap
    {"2000-02-29", DaysFromCivil(2000, 2, 29)},  // 400-year leap
    {"1990-04-31", std::nullopt},
    {"1990-13-01", std::nullopt},
    {"1990-00-10", std::nullopt},
    {"1990-01-00", std::nullopt},
    {"1955-12-31", DaysFromCivil(1955, 12, 31)},
    {"0000-01-01", std::nullopt},
    {"1990-1-5", std::nullopt},
    {"1990/01/05", std::nullopt},
    {"05/01/1990", std::nullopt},
    {"1990-01-05T00:00:00Z", std::nullopt},
    {"", std::nullopt},
};

TEST(ParseIsoDateTest, AcceptsOnlyRealDates) {
  for (const DateCase& c : kDateCases) {
    EXPECT_EQ(ParseIsoDate(c.text), c.days) << c.text;
  }
}

TEST(AgeInYearsTest, CountsCompletedYears) {
  const int32_t born = DaysFromCivil(2011, 3, 15);
  EXPECT_EQ(AgeInYears(born, DaysFromCivil(2025, 3, 14)), 13);
  EXPECT_EQ(AgeInYears(born, DaysFromCivil(2025, 3, 15)), 14);
  EXPECT_EQ(AgeInYears(born, born), 0);
  EXPECT_EQ(AgeInYears(born, born - 1), -1);
  const int32_t leap_born = DaysFromCivil(2004, 2, 29);
  EXPECT_EQ(AgeInYears(leap_born, DaysFromCivil(2022, 2, 28)), 17);
  EXPECT_EQ(AgeInYears(leap_born, DaysFromCivil(2022, 3, 1)), 18);
}

struct TimestampCase {
  const char* text;
  TimestampError error;
  int64_t unix_seconds;
  int offset_minutes;
};

// Expected instants from Python's calendar.timegm on the UTC equivalents.
const TimestampCase kTimestampCases[] = {
    {"2025-03-01T10:15:00+07:00", TimestampError::kNone, 1740798900, 420},
    {"2025-03-01T03:15:00Z", TimestampError::kNone, 1740798900, 0},
    {"2025-03-01T03:15:00z", TimestampError::kNone, 1740798900, 0},
    {"2025-02-28T21:45:00-05:30", TimestampError::kNone, 1740798900, -330},
    {"2025-03-01 10:15:00+07:00", TimestampError::kNone, 1740798900, 420},
    {"2025-03-01T10:15:00.123+07:00", TimestampError::kNone, 1740798900, 420},
    {"2025-03-01T10:15+07:00", TimestampError::kNone, 1740798900, 420},
    {"2025-03-01T10:15:00+0700", TimestampError::kNone, 1740798900, 420},
    {"2025-03-01T10:15:00+07", TimestampError::kNone, 1740798900, 420},
    {"2024-02-29T23:59:59+07:00", TimestampError::kNone, 1709225999, 420},
    {"2025-03-01T10:15:00", TimestampError::kMissingOffset, 0, 0},
    {"2025-03-01T10:15", TimestampError::kMissingOffset, 0, 0},
    {"2025-03-01T10:15:00.5", TimestampError::kMissingOffset, 0, 0},
    {"2025-03-01", TimestampError::kBad, 0, 0},
    {"2023-02-29T10:00:00Z", TimestampError::kBad, 0, 0},
    {"2025-03-01T24:00:00Z", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:60:00Z", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:61Z", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:00+24:00", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:00+07:", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:00 +07:00", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:00Zjunk", TimestampError::kBad, 0, 0},
    {"2025-03-01T10:15:00.+07:00", TimestampError::kBad, 0, 0},
    {"01/03/2025 10:15", TimestampError::kBad, 0, 0},
    {"1740798900", TimestampError::kBad, 0, 0},
    {"", TimestampError::kBad, 0, 0},
};

TEST(ParseIsoTimestampTest, ParsesInstantAndOffset) {
  for (const TimestampCase& c : kTimestampCases) {
    const TimestampResult r = ParseIsoTimestamp(c.text);
    EXPECT_EQ(r.error, c.error) << c.text;
    if (c.error == TimestampError::kNone && r.error == TimestampError::kNone) {
      EXPECT_EQ(r.unix_seconds, c.unix_seconds) << c.text;
      EXPECT_EQ(r.utc_offset_minutes, c.offset_minutes) << c.text;
    }
  }
}

TEST(ParseIsoTimestampTest, LocalDateIsTheWrittenDate) {
  // 00:30 in Hanoi is still the previous day in UTC; the local date is the written one.
  const TimestampResult r = ParseIsoTimestamp("2025-03-01T00:30:00+07:00");
  ASSERT_EQ(r.error, TimestampError::kNone);
  EXPECT_EQ(r.local_days, DaysFromCivil(2025, 3, 1));
  EXPECT_EQ(CivilFromDays(static_cast<int32_t>(r.unix_seconds / 86400)).day, 28);
}

}  // namespace
}  // namespace simaudit
