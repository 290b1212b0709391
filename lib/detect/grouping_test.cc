// Specifications of the subscription groupings and the counts taken over them.

#include "lib/detect/grouping.h"

#include <cstdint>
#include <cstdlib>
#include <random>
#include <set>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::ElementsAre;

TEST(GroupingTest, MembersAreInSubscriptionOrderAndNoIdIsLeftOut) {
  const std::vector<uint32_t> key = {1, kNoId, 0, 1, 1};
  const Grouping g = Grouping::Build(key, 3);
  EXPECT_EQ(g.num_groups(), 3u);
  EXPECT_THAT(g.members(0), ElementsAre(2u));
  EXPECT_THAT(g.members(1), ElementsAre(0u, 3u, 4u));
  EXPECT_TRUE(g.members(2).empty());
}

TEST(GroupingTest, DistinctPerGroupCountsValuesOnce) {
  const std::vector<uint32_t> key = {0, 0, 0, 1, 1};
  const std::vector<uint32_t> value = {7, 7, 8, kNoId, 9};
  EXPECT_THAT(DistinctPerGroup(Grouping::Build(key, 2), value), ElementsAre(2u, 1u));
}

// A device that registered identities 7, 7, 8 on days 0, 1 and 2 and identity 9 on day
// 100: within 10 days, the first three see two identities in three SIMs, the last sees
// only itself.
TEST(CountInWindowTest, CountsOnlyTheMembersNearInTime) {
  constexpr int64_t kDay = 86400;
  const std::vector<uint32_t> key = {0, 0, 0, 0, kNoId};
  const std::vector<uint32_t> value = {7, 7, 8, 9, 5};
  const std::vector<int64_t> time = {0, kDay, 2 * kDay, 100 * kDay, 0};
  const std::vector<WindowCount> c = CountInWindow(Grouping::Build(key, 1), value, time, 10 * kDay);
  EXPECT_EQ(c[0].distinct, 2u);
  EXPECT_EQ(c[0].count, 3u);
  EXPECT_EQ(c[2].distinct, 2u);
  EXPECT_EQ(c[3].distinct, 1u);
  EXPECT_EQ(c[3].count, 1u);
  EXPECT_EQ(c[4].distinct, 0u);  // in no group
}

// Against brute force on random groups, values (some kNoId), times with ties, and windows.
TEST(CountInWindowTest, MatchesBruteForceOnRandomData) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const uint32_t n = 1 + rng() % 60, groups = 1 + rng() % 6;
    std::vector<uint32_t> key(n), value(n);
    std::vector<int64_t> time(n);
    for (uint32_t s = 0; s < n; ++s) {
      key[s] = rng() % 8 == 0 ? kNoId : static_cast<uint32_t>(rng() % groups);
      value[s] = rng() % 6 == 0 ? kNoId : static_cast<uint32_t>(rng() % 10);
      time[s] = static_cast<int64_t>(rng() % 50);
    }
    const int64_t window = static_cast<int64_t>(rng() % 12);
    const std::vector<WindowCount> got =
        CountInWindow(Grouping::Build(key, groups), value, time, window);
    for (uint32_t s = 0; s < n; ++s) {
      std::set<uint32_t> distinct;
      uint32_t count = 0;
      for (uint32_t t = 0; t < n && key[s] != kNoId; ++t) {
        if (key[t] != key[s] || value[t] == kNoId || std::llabs(time[t] - time[s]) > window) continue;
        ++count;
        distinct.insert(value[t]);
      }
      ASSERT_EQ(got[s].distinct, distinct.size()) << "trial " << trial << " s " << s;
      ASSERT_EQ(got[s].count, count) << "trial " << trial << " s " << s;
    }
  }
}

}  // namespace
}  // namespace simaudit
