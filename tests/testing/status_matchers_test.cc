// Specifications of the status matchers, including the cases where they must not match.

#include "tests/testing/status_matchers.h"

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit_testing {
namespace {

using ::testing::Eq;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Pointee;

absl::StatusOr<int> Half(int x) {
  if (x % 2 != 0) return absl::InvalidArgumentError("odd number");
  return x / 2;
}

TEST(StatusMatchersTest, IsOkMatchesOnlyOkStatuses) {
  EXPECT_THAT(absl::OkStatus(), IsOk());
  EXPECT_THAT(Half(4), IsOk());
  EXPECT_THAT(absl::NotFoundError("x"), Not(IsOk()));
  EXPECT_THAT(Half(3), Not(IsOk()));
}

TEST(StatusMatchersTest, StatusIsComparesTheCodeAndOptionallyTheMessage) {
  EXPECT_THAT(Half(3), StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(Half(3), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("odd")));
  EXPECT_THAT(Half(3), Not(StatusIs(absl::StatusCode::kNotFound)));
  EXPECT_THAT(Half(3), Not(StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("even"))));
  EXPECT_THAT(absl::OkStatus(), StatusIs(absl::StatusCode::kOk));
}

TEST(StatusMatchersTest, IsOkAndHoldsMatchesTheValueOfAnOkStatusOr) {
  EXPECT_THAT(Half(8), IsOkAndHolds(4));
  EXPECT_THAT(Half(8), Not(IsOkAndHolds(5)));
  EXPECT_THAT(Half(7), Not(IsOkAndHolds(3)));
  absl::StatusOr<std::unique_ptr<int>> boxed = std::make_unique<int>(9);
  EXPECT_THAT(boxed, IsOkAndHolds(Pointee(Eq(9))));
}

TEST(StatusMatchersTest, AssertOkAndAssignMovesTheValue) {
  ASSERT_OK_AND_ASSIGN(const int half, Half(10));
  EXPECT_EQ(half, 5);
  std::unique_ptr<int> owned;
  ASSERT_OK_AND_ASSIGN(owned, absl::StatusOr<std::unique_ptr<int>>(std::make_unique<int>(3)));
  EXPECT_THAT(owned, Pointee(3));
}

}  // namespace
}  // namespace simaudit_testing
