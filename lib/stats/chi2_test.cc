// File: chi2_test.cc
#include "lib/stats/chi2.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"

namespace simaudit {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// |got - want| <= rel * |want|.
::testing::AssertionResult RelativelyNear(double got, double want, double rel) {
  if (std::fabs(got - want) <= rel * std::fabs(want))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "got " << got << ", want " << want << " (relative error "
         << std::fabs(got - want) / std::fabs(want) << " > " << rel << ")";
}

TEST(Chi2Test, TwoDegreesOfFreedomIsExponential) {
  // With 2 dof, P(X > x) = exp(-x / 2) exactly, from the centre to the far tail.
  for (double x : {0.01, 0.5, 1.0, 2.0, 3.0, 10.0, 50.0, 200.0, 1000.0, 1400.0}) {
    EXPECT_TRUE(RelativelyNear(Chi2Survival(x, 2), std::exp(-x / 2), 1e-12)) << x;
    EXPECT_TRUE(RelativelyNear(Chi2Cdf(x, 2), -std::expm1(-x / 2), 1e-12)) << x;
  }
}

TEST(Chi2Test, OneDegreeOfFreedomIsSquaredNormal) {
  // P(chi2_1 > z^2) = P(|Z| > z) = erfc(z / sqrt 2).
  for (double z : {0.1, 1.0, 1.96, 3.0, 8.0, 20.0, 30.0}) {
    EXPECT_TRUE(
        RelativelyNear(Chi2Survival(z * z, 1), std::erfc(z / std::sqrt(2.0)), 1e-12))
        << z;
  }
}

TEST(Chi2Test, EvenDegreesOfFreedomMatchClosedForm) {
  // For dof = 2m, P(X > x) = exp(-x/2) * sum_{k<m} (x/2)^k / k!.
  for (int m : {2, 4, 10}) {
    for (double x : {1.0, 7.5, 30.0, 300.0}) {
      double term = 1, sum = 1;
      for (int k = 1; k < m; ++k) {
        term *= (x / 2) / k;
        sum += term;
      }
      EXPECT_TRUE(RelativelyNear(Chi2Survival(x, 2 * m), std::exp(-x / 2) * sum, 1e-12))
          << "dof " << 2 * m << " x " << x;
    }
  }
}

TEST(Chi2Test, KnownQuantiles) {
  EXPECT_NEAR(Chi2Quantile(0.975, 8), 17.5345, 5e-5);
  EXPECT_NEAR(Chi2Quantile(0.95, 1), 3.841459, 1e-6);
  EXPECT_NEAR(Chi2Quantile(0.5, 4), 3.356694, 1e-6);
  EXPECT_NEAR(Chi2Quantile(0.99, 10), 23.209251, 1e-6);
  EXPECT_NEAR(Chi2Quantile(0.05, 3), 0.3518463, 1e-7);
  EXPECT_NEAR(Chi2Quantile(0.975, 2), -2 * std::log(0.025), 1e-12);
}

TEST(Chi2Test, QuantileInvertsCdfInBothTails) {
  for (double dof : {0.5, 1.0, 2.0, 3.0, 8.0, 27.0, 150.0}) {
    for (double p : {1e-10, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-12}) {
      const double x = Chi2Quantile(p, dof);
      ASSERT_TRUE(std::isfinite(x) && x > 0) << dof << " " << p;
      if (p < 0.5) {
        EXPECT_TRUE(RelativelyNear(Chi2Cdf(x, dof), p, 1e-9)) << dof << " " << p;
      } else {
        EXPECT_TRUE(RelativelyNear(Chi2Survival(x, dof), 1 - p, 1e-9)) << dof << " " << p;
      }
    }
  }
}

TEST(Chi2Test, SurvivalAndCdfAreComplements) {
  for (double dof : {1.0, 5.0, 40.0}) {
    for (double x : {0.2, 4.0, 39.0, 41.0, 80.0}) {
      EXPECT_NEAR(Chi2Survival(x, dof) + Chi2Cdf(x, dof), 1.0, 1e-14);
    }
  }
}

TEST(Chi2Test, FarTailIsNotRoundedToZero) {
  // 1 - cdf would give exactly 0 here.
  const double s = Chi2Survival(400, 8);
  EXPECT_GT(s, 0);
  EXPECT_LT(s, 1e-80);
  // dof 8: exp(-x/2) (1 + y + y^2/2 + y^3/6), y = x/2.
  const double y = 200;
  EXPECT_TRUE(
      RelativelyNear(s, std::exp(-y) * (1 + y + y * y / 2 + y * y * y / 6), 1e-12));
}

TEST(Chi2Test, EdgeCases) {
  EXPECT_EQ(Chi2Survival(0, 3), 1);
  EXPECT_EQ(Chi2Survival(-1, 3), 1);
  EXPECT_EQ(Chi2Cdf(0, 3), 0);
  EXPECT_EQ(Chi2Survival(kInf, 3), 0);
  EXPECT_EQ(Chi2Cdf(kInf, 3), 1);
  EXPECT_TRUE(std::isnan(Chi2Survival(1, 0)));
  EXPECT_TRUE(std::isnan(Chi2Survival(1, -2)));
  EXPECT_TRUE(std::isnan(Chi2Survival(kNaN, 2)));
  EXPECT_EQ(Chi2Quantile(0, 4), 0);
  EXPECT_EQ(Chi2Quantile(-1, 4), 0);
  EXPECT_EQ(Chi2Quantile(1, 4), kInf);
  EXPECT_TRUE(std::isnan(Chi2Quantile(kNaN, 4)));
  EXPECT_TRUE(std::isnan(Chi2Quantile(0.5, 0)));
  EXPECT_TRUE(std::isnan(RegularizedGammaP(-1, 1)));
}

TEST(Chi2Test, RegularizedGammaKnownValues) {
  // P(1, x) = 1 - exp(-x); P(0.5, x) = erf(sqrt(x)).
  EXPECT_TRUE(RelativelyNear(RegularizedGammaP(1, 0.3), -std::expm1(-0.3), 1e-13));
  EXPECT_TRUE(RelativelyNear(RegularizedGammaP(0.5, 2), std::erf(std::sqrt(2.0)), 1e-13));
  EXPECT_TRUE(
      RelativelyNear(RegularizedGammaQ(0.5, 50), std::erfc(std::sqrt(50.0)), 1e-12));
  // Large shape: the median of Gamma(a) is close to a - 1/3.
  EXPECT_NEAR(RegularizedGammaP(1000, 1000 - 1.0 / 3), 0.5, 1e-4);
}

TEST(NormalSurvivalTest, KnownValues) {
  EXPECT_DOUBLE_EQ(NormalSurvival(0), 0.5);
  EXPECT_NEAR(NormalSurvival(1.959963984540054), 0.025, 1e-15);
  EXPECT_NEAR(NormalSurvival(-1.644853626951472), 0.95, 1e-15);
  EXPECT_TRUE(RelativelyNear(NormalSurvival(10), 7.619853024160527e-24, 1e-12));
  EXPECT_EQ(NormalSurvival(kInf), 0);
  EXPECT_EQ(NormalSurvival(-kInf), 1);
}

}  // namespace
}  // namespace simaudit
