#include "lib/ingest/reject_reasons.h"

#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

TEST(RejectReasonsTest, TableIsInEnumOrderWithUniqueCodes) {
  const absl::Span<const RejectReasonInfo> all = AllRejectReasons();
  ASSERT_EQ(all.size(), static_cast<size_t>(kNumRejectReasons));
  std::set<std::string> codes;
  for (int i = 0; i < kNumRejectReasons; ++i) {
    EXPECT_EQ(static_cast<int>(all[i].reason), i);
    EXPECT_FALSE(all[i].meaning.empty()) << all[i].code;
    EXPECT_TRUE(codes.insert(std::string(all[i].code)).second) << all[i].code;
    EXPECT_EQ(RejectReasonCode(all[i].reason), all[i].code);
  }
}

TEST(RejectReasonsTest, CodesAreTheContractStrings) {
  EXPECT_EQ(RejectReasonCode(RejectReason::kMissingField), "MISSING_FIELD");
  EXPECT_EQ(RejectReasonCode(RejectReason::kRegisteredAfterAsOf), "REGISTERED_AFTER_AS_OF");
  EXPECT_EQ(RejectReasonCode(RejectReason::kBadCccdProvince), "BAD_CCCD_PROVINCE");
  EXPECT_EQ(RejectReasonCode(RejectReason::kBadQuoting), "BAD_QUOTING");
}

}  // namespace
}  // namespace simaudit
