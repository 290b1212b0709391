#include "lib/gen/rng.h"

#include <set>
#include <vector>

#include "gtest/gtest.h"

namespace simaudit::gen {
namespace {

TEST(RngTest, SameSeedSameStream) {
  Rng a(7), b(7), c(8);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next());
    differs |= x != c.Next();
  }
  EXPECT_TRUE(differs);
}

TEST(RngTest, SamplersStayInRange) {
  Rng rng(1);
  for (int i = 0; i < 10000; ++i) {
    EXPECT_LT(rng.Below(7), 7u);
    const int64_t r = rng.Range(-3, 3);
    EXPECT_TRUE(r >= -3 && r <= 3);
    const int64_t p = rng.PowerLawInt(10, 300, 1.1);
    EXPECT_TRUE(p >= 10 && p <= 300);
    const double u = rng.Uniform();
    EXPECT_TRUE(u >= 0 && u < 1);
  }
}

TEST(RngTest, PowerLawIsHeavyTailed) {
  Rng rng(2);
  int small = 0, large = 0;
  for (int i = 0; i < 10000; ++i) {
    const int64_t v = rng.PowerLawInt(10, 300, 1.1);
    small += v < 20;
    large += v > 150;
  }
  EXPECT_GT(small, 4000);
  EXPECT_GT(large, 50);
}

TEST(AliasTableTest, FollowsTheWeights) {
  AliasTable table({1, 0, 3});
  Rng rng(3);
  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 40000; ++i) ++counts[table.Sample(rng)];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[2] / 40000.0, 0.75, 0.02);
}

TEST(PermutationTest, IsABijection) {
  for (uint64_t n : {1, 2, 10, 1000, 50000}) {
    const Permutation perm(n, 99);
    std::set<uint64_t> seen;
    for (uint64_t x = 0; x < n; ++x) {
      const uint64_t y = perm(x);
      EXPECT_LT(y, n);
      seen.insert(y);
    }
    EXPECT_EQ(seen.size(), n);
  }
}

}  // namespace
}  // namespace simaudit::gen
