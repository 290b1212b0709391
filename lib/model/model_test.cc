#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/model/codes.h"
#include "lib/model/record.h"
#include "lib/model/schema.h"
#include "lib/model/string_pool.h"

namespace simaudit {
namespace {

using ::testing::Eq;
using ::testing::Optional;

TEST(SchemaTest, EveryColumnRoundTripsThroughItsName) {
  for (int i = 0; i < kNumColumns; ++i) {
    const Column c = static_cast<Column>(i);
    EXPECT_THAT(ColumnFromName(ColumnName(c)), Optional(Eq(c)));
  }
  EXPECT_EQ(ColumnFromName("MSISDN"), std::nullopt);
  EXPECT_EQ(ColumnName(Column::kDataMb30d), "data_mb_30d");
}

TEST(CodesTest, CarrierIsCaseInsensitiveAndUnknownIsRejected) {
  EXPECT_THAT(ParseCarrier("viettel"), Optional(Eq(Carrier::kViettel)));
  EXPECT_THAT(ParseCarrier("Wintel"), Optional(Eq(Carrier::kWintel)));
  EXPECT_EQ(ParseCarrier("SFONE"), std::nullopt);
  EXPECT_EQ(ParseCarrier(""), std::nullopt);
}

TEST(CodesTest, EmptyOptionalEnumsTakeContractDefaults) {
  EXPECT_THAT(ParsePopdbCheck(""), Optional(Eq(PopdbCheck::kUnchecked)));
  EXPECT_THAT(ParseSubscriptionStatus(""), Optional(Eq(SubscriptionStatus::kActive)));
  EXPECT_THAT(ParseSubscriberType(""), Optional(Eq(SubscriberType::kIndividual)));
  EXPECT_THAT(ParseChannel("ekyc_app"), Optional(Eq(Channel::kEkycApp)));
  EXPECT_EQ(ParseChannel("KIOSK"), std::nullopt);
}

TEST(StringPoolTest, InternIsIdempotentAndDense) {
  StringPool pool;
  EXPECT_EQ(pool.Intern("a"), 0u);
  EXPECT_EQ(pool.Intern("b"), 1u);
  EXPECT_EQ(pool.Intern("a"), 0u);
  EXPECT_EQ(pool.Find("c"), kNoId);
  EXPECT_EQ(pool.Get(1), "b");
  // Views survive growth across many blocks.
  std::string big(700000, 'x');
  const uint32_t id = pool.Intern(big);
  for (int i = 0; i < 1000; ++i) pool.Intern(std::to_string(i));
  EXPECT_EQ(pool.Get(id), big);
  EXPECT_EQ(pool.Get(0), "a");
}

TEST(RecordTest, FormatsKeepLeadingZeros) {
  EXPECT_EQ(MsisdnString(84912345678ull), "84912345678");
  EXPECT_EQ(Digits15(12345ull), "000000000012345");
}

}  // namespace
}  // namespace simaudit
