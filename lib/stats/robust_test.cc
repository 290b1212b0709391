// File: robust_test.cc
#include "lib/stats/robust.h"

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::DoubleNear;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(MedianTest, OddAndEvenCounts) {
  EXPECT_EQ(Median({3.0}), 3.0);
  EXPECT_EQ(Median({5.0, 1.0, 3.0}), 3.0);
  EXPECT_EQ(Median({4.0, 1.0, 3.0, 2.0}), 2.5);
  EXPECT_EQ(Median({1.0, 1.0, 1.0, 9.0}), 1.0);
  EXPECT_EQ(Median({-2.0, 7.0}), 2.5);
}

TEST(MedianTest, EmptyIsNaNAndNaNsAreIgnored) {
  EXPECT_TRUE(std::isnan(Median({})));
  EXPECT_TRUE(std::isnan(Median({kNaN, kNaN})));
  EXPECT_EQ(Median({kNaN, 4.0, 1.0, kNaN, 10.0}), 4.0);
}

TEST(MedianTest, DoesNotModifyInput) {
  const std::vector<double> v = {9, 1, 8, 2, 7};
  EXPECT_EQ(Median(v), 7.0);
  EXPECT_EQ(v, (std::vector<double>{9, 1, 8, 2, 7}));
}

TEST(MedianTest, MatchesSortingOnRandomData) {
  std::mt19937_64 rng(1);
  std::uniform_int_distribution<int> small(0, 5);  // many ties
  for (int n = 1; n < 60; ++n) {
    std::vector<double> v(n);
    for (double& x : v) x = small(rng);
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const double expected =
        n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    ASSERT_EQ(Median(v), expected) << "n=" << n;
  }
}

TEST(QuantileTest, LinearInterpolationBetweenOrderStatistics) {
  const std::vector<double> v = {10, 40, 20, 30};  // sorted: 10 20 30 40
  EXPECT_EQ(Quantile(v, 0), 10);
  EXPECT_EQ(Quantile(v, 1), 40);
  EXPECT_DOUBLE_EQ(Quantile(v, 0.5), 25);
  EXPECT_DOUBLE_EQ(Quantile(v, 0.25), 17.5);  // position 0.75
  EXPECT_DOUBLE_EQ(Quantile(v, 0.9), 37);     // position 2.7
  EXPECT_EQ(Quantile({7.0}, 0.3), 7);
}

TEST(QuantileTest, ClampsQAndHandlesEmptyOrNaN) {
  const std::vector<double> v = {1, 2, 3};
  EXPECT_EQ(Quantile(v, -0.5), 1);
  EXPECT_EQ(Quantile(v, 2.0), 3);
  EXPECT_TRUE(std::isnan(Quantile(v, kNaN)));
  EXPECT_TRUE(std::isnan(Quantile({}, 0.5)));
  EXPECT_EQ(Quantile({kNaN, 5.0, 1.0}, 1.0), 5);
}

TEST(QuantileTest, WithTiesAndMatchesMedian) {
  const std::vector<double> v = {0, 0, 0, 0, 1, 5};
  EXPECT_EQ(Quantile(v, 0.5), Median(v));
  EXPECT_EQ(Quantile(v, 0.6), 0.0);          // position 3.0
  EXPECT_DOUBLE_EQ(Quantile(v, 0.7), 0.5);   // position 3.5
  EXPECT_DOUBLE_EQ(Quantile(v, 0.95), 4.0);  // position 4.75
}

TEST(RobustScaleTest, MadOfNormalDataEstimatesSigma) {
  std::mt19937_64 rng(2);
  std::normal_distribution<double> normal(10, 3);
  std::vector<double> v(20000);
  for (double& x : v) x = normal(rng);
  const RobustScale s = ComputeRobustScale(v);
  EXPECT_NEAR(s.median, 10, 0.1);
  EXPECT_NEAR(s.scale, 3, 0.1);
}

TEST(RobustScaleTest, IgnoresGrossOutliers) {
  std::vector<double> v = {1, 2, 3, 4, 5, 6, 7};
  v.push_back(1e9);
  v.push_back(-1e9);
  const RobustScale s = ComputeRobustScale(v);
  EXPECT_EQ(s.median, 4);
  // |deviations| = 3 2 1 0 1 2 3 1e9 1e9 -> MAD = 2.
  EXPECT_DOUBLE_EQ(s.scale, 1.4826 * 2);
}

TEST(RobustScaleTest, FallsBackToMeanAbsoluteDeviationWhenMadIsZero) {
  // Counts with heavy ties: 7 of 10 are 1, so the MAD is 0.
  const std::vector<double> v = {1, 1, 1, 1, 1, 1, 1, 2, 4, 13};
  const RobustScale s = ComputeRobustScale(v);
  EXPECT_EQ(s.median, 1);
  // Mean |x - 1| = (1 + 3 + 12) / 10 = 1.6.
  EXPECT_DOUBLE_EQ(s.scale, 1.2533 * 1.6);
}

TEST(RobustScaleTest, ConstantDataHasZeroScale) {
  const RobustScale s = ComputeRobustScale({5, 5, 5, 5});
  EXPECT_EQ(s.median, 5);
  EXPECT_EQ(s.scale, 0);
  const RobustScale empty = ComputeRobustScale({});
  EXPECT_TRUE(std::isnan(empty.median));
  EXPECT_EQ(empty.scale, 0);
}

TEST(RobustZTest, ScalesDeviationFromMedian) {
  const RobustScale s{10, 2};
  EXPECT_EQ(RobustZ(10, s, 0.5), 0);
  EXPECT_DOUBLE_EQ(RobustZ(16, s, 0.5), 3);
  EXPECT_DOUBLE_EQ(RobustZ(7, s, 0.5), -1.5);
  EXPECT_DOUBLE_EQ(RobustZ(16, s, 4), 1.5);  // min_scale wins when larger
}

TEST(RobustZTest, ConstantPeerGroupGivesLargeFiniteZ) {
  const RobustScale s = ComputeRobustScale({1, 1, 1, 1, 1});
  EXPECT_EQ(RobustZ(1, s, 0.1), 0);
  EXPECT_DOUBLE_EQ(RobustZ(21, s, 0.1), 200);
  EXPECT_TRUE(std::isfinite(RobustZ(21, s, 0.1)));
  EXPECT_EQ(RobustZ(21, s, 0), kInf);
  EXPECT_EQ(RobustZ(-3, s, 0), -kInf);
}

TEST(RobustZTest, NaNPropagates) {
  EXPECT_TRUE(std::isnan(RobustZ(kNaN, {0, 1}, 1)));
  EXPECT_TRUE(std::isnan(RobustZ(1, ComputeRobustScale({}), 1)));
}

TEST(RobustZTest, TiedCountsUseFallbackScale) {
  const std::vector<double> sims_per_id = {1, 1, 1, 1, 1, 1, 2, 1, 1, 3};
  const RobustScale s = ComputeRobustScale(sims_per_id);
  ASSERT_GT(s.scale, 0);
  // Mean |x - 1| = 0.3 -> scale 0.376; an ID with 40 SIMs is extreme but finite.
  EXPECT_THAT(RobustZ(40, s, 0.01), DoubleNear(39 / (1.2533 * 0.3), 1e-9));
}

}  // namespace
}  // namespace simaudit
