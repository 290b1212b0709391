#include <cstdint>
#include <string>
#include <utility>
#include <vector>

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

TEST(StringPoolTest, IdsAreFirstSeenOrderAcrossGrowth) {
  // Enough strings to rehash many times; each is interned twice, interleaved, so hits
  // and inserts mix while the table grows.
  StringPool pool;
  constexpr int kStrings = 50000;
  for (int i = 0; i < kStrings; ++i) {
    EXPECT_EQ(pool.Intern("CCCD:" + std::to_string(1000000 + i)), static_cast<uint32_t>(i));
    if (i >= 7) {
      EXPECT_EQ(pool.Intern("CCCD:" + std::to_string(1000000 + i - 7)),
                static_cast<uint32_t>(i - 7));
    }
  }
  ASSERT_EQ(pool.size(), static_cast<uint32_t>(kStrings));
  for (int i = 0; i < kStrings; ++i) {
    const std::string s = "CCCD:" + std::to_string(1000000 + i);
    EXPECT_EQ(pool.Get(static_cast<uint32_t>(i)), s);
    EXPECT_EQ(pool.Find(s), static_cast<uint32_t>(i));
  }
  EXPECT_EQ(pool.Find("CCCD:999"), kNoId);
}

TEST(StringPoolTest, EmptyAndPrefixStringsAreDistinct) {
  // Lengths around the hash's 4-, 8- and 16-byte reads and the comparison's 64-byte
  // limit, and strings that differ only in length or in their last byte.
  StringPool pool;
  const std::string base =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_0123456789abcdef";
  std::vector<std::string> strings = {""};
  for (size_t n = 1; n <= base.size(); ++n) {
    strings.push_back(base.substr(0, n));
    std::string changed = base.substr(0, n);
    changed.back() = '#';
    strings.push_back(changed);
    if (n >= 3) {
      changed = base.substr(0, n);
      changed[n / 2] = '#';
      strings.push_back(changed);
    }
  }
  strings.push_back(std::string("a\0b", 3));
  strings.push_back(std::string("a\0c", 3));
  for (size_t i = 0; i < strings.size(); ++i) {
    EXPECT_EQ(pool.Intern(strings[i]), static_cast<uint32_t>(i)) << i;
  }
  for (size_t i = 0; i < strings.size(); ++i) {
    EXPECT_EQ(pool.Find(strings[i]), static_cast<uint32_t>(i)) << i;
    EXPECT_EQ(pool.Get(static_cast<uint32_t>(i)), strings[i]);
  }
}

TEST(StringPoolTest, ReserveKeepsIdsAndViews) {
  StringPool pool;
  EXPECT_EQ(pool.Find("x"), kNoId);  // an empty pool answers Find
  EXPECT_EQ(pool.Intern("x"), 0u);
  const absl::string_view x = pool.Get(0);
  pool.Reserve(100000);
  EXPECT_EQ(pool.Find("x"), 0u);
  EXPECT_EQ(pool.Get(0).data(), x.data());
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(pool.Intern(std::to_string(i)), i + 1u);
  pool.Reserve(10);  // smaller than the pool: no effect
  EXPECT_EQ(pool.Find("999"), 1000u);
  EXPECT_EQ(pool.size(), 1001u);
  EXPECT_GT(pool.MemoryBytes(), 100000u * sizeof(uint64_t));
}

TEST(StringPoolTest, PrefetchChangesNothing) {
  StringPool pool;
  pool.Prefetch("a");  // an empty pool has no table yet
  EXPECT_EQ(pool.size(), 0u);
  pool.Intern("a");
  pool.Prefetch("a");
  pool.Prefetch("b");
  EXPECT_EQ(pool.size(), 1u);
  EXPECT_EQ(pool.Find("b"), kNoId);
  EXPECT_EQ(pool.Intern("b"), 1u);
}

TEST(StringPoolTest, MovedPoolKeepsViewsAndMovedFromPoolIsEmpty) {
  StringPool pool;
  pool.Intern("a");
  pool.Intern("b");
  const absl::string_view b = pool.Get(1);
  StringPool moved = std::move(pool);
  EXPECT_EQ(moved.Get(1).data(), b.data());
  EXPECT_EQ(moved.Find("b"), 1u);
  EXPECT_EQ(pool.size(), 0u);  // NOLINT(bugprone-use-after-move): documented state
  EXPECT_EQ(pool.Find("a"), kNoId);
  EXPECT_EQ(pool.Intern("c"), 0u);
  EXPECT_EQ(pool.Get(0), "c");
  pool = std::move(moved);
  EXPECT_EQ(pool.Find("c"), kNoId);
  EXPECT_EQ(pool.Get(0), "a");
}

TEST(RecordTest, FormatsKeepLeadingZeros) {
  EXPECT_EQ(MsisdnString(84912345678ull), "84912345678");
  EXPECT_EQ(Digits15(12345ull), "000000000012345");
}

}  // namespace
}  // namespace simaudit
