// File: fast_mcd_test.cc
#include "lib/stats/fast_mcd.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "Eigen/Cholesky"
#include "Eigen/Core"
#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/stats/chi2.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::Eigen::MatrixXd;
using ::Eigen::VectorXd;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// n draws of N(mean, cov), one per row.
MatrixXd Gaussian(int n, const VectorXd& mean, const MatrixXd& cov,
                  std::mt19937_64& rng) {
  const MatrixXd l = cov.llt().matrixL();
  std::normal_distribution<double> normal;
  MatrixXd z(n, mean.size());
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < mean.size(); ++j) z(i, j) = normal(rng);
  }
  return (z * l.transpose()).rowwise() + mean.transpose();
}

// The reference model of most tests: p = 4, unequal scales, correlations 0.6^|i-j|.
struct Model {
  VectorXd mean;
  MatrixXd cov;
};

Model TrueModel() {
  Model m;
  m.mean = VectorXd(4);
  m.mean << 1, -2, 3, 0.5;
  const VectorXd sd = (VectorXd(4) << 1, 2, 0.5, 3).finished();
  m.cov = MatrixXd(4, 4);
  for (int i = 0; i < 4; ++i) {
    for (int j = 0; j < 4; ++j)
      m.cov(i, j) = sd[i] * sd[j] * std::pow(0.6, std::abs(i - j));
  }
  return m;
}

// Clean rows first, then `num_outliers` rows with the same shape shifted by
// `shift` standard deviations in every coordinate (from the same random stream, so
// the clean part does not depend on the shift).
MatrixXd Contaminated(int num_clean, int num_outliers, double shift, uint64_t seed) {
  const Model m = TrueModel();
  std::mt19937_64 rng(seed);
  const MatrixXd clean = Gaussian(num_clean, m.mean, m.cov, rng);
  const VectorXd far = m.mean + shift * m.cov.diagonal().cwiseSqrt();
  const MatrixXd outliers = Gaussian(num_outliers, far, m.cov, rng);
  MatrixXd x(num_clean + num_outliers, 4);
  x << clean, outliers;
  return x;
}

// sqrt((a - b)' cov^-1 (a - b)).
double MahalanobisNorm(const VectorXd& a, const VectorXd& b, const MatrixXd& cov) {
  return std::sqrt((a - b).dot(cov.llt().solve(a - b)));
}

// Largest entry of |L^-1 estimate L^-T - I|, L the Cholesky factor of truth: 0 when
// estimate == truth, scale-free.
double ScatterError(const MatrixXd& estimate, const MatrixXd& truth) {
  const MatrixXd l = truth.llt().matrixL();
  const MatrixXd li = l.triangularView<Eigen::Lower>().solve(
      MatrixXd::Identity(truth.rows(), truth.cols()));
  return (li * estimate * li.transpose() - MatrixXd::Identity(truth.rows(), truth.cols()))
      .cwiseAbs()
      .maxCoeff();
}

double LogDet(const MatrixXd& spd) {
  const MatrixXd l = spd.llt().matrixL();
  return 2 * l.diagonal().array().log().sum();
}

MatrixXd ClassicalCovariance(const MatrixXd& x) {
  const MatrixXd centred = x.rowwise() - x.colwise().mean();
  return centred.transpose() * centred / static_cast<double>(x.rows());
}

std::string Notes(const FastMcdResult& fit) { return absl::StrJoin(fit.notes, " | "); }

TEST(FastMcdTest, RecoversCleanModelUnderTwentyPercentOutliers) {
  const Model truth = TrueModel();
  const MatrixXd x = Contaminated(1600, 400, 10, /*seed=*/1);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1, 2, 3));
  EXPECT_THAT(fit->dropped, IsEmpty());
  EXPECT_EQ(fit->h, 1500);
  EXPECT_FALSE(fit->regularized) << Notes(*fit);
  EXPECT_FALSE(fit->diagonal);

  // Robust fit: close to the clean truth.
  EXPECT_LT(MahalanobisNorm(fit->location, truth.mean, truth.cov), 0.15);
  EXPECT_LT(ScatterError(fit->covariance, truth.cov), 0.2);
  // The consistency factors assume the h-subset trims the clean data at h/n; with 20%
  // outliers it trims less, so the scatter comes out a little large (det +40%), as is
  // usual for the MCD.
  EXPECT_NEAR(fit->log_det, LogDet(truth.cov), 0.5);
  // Classical fit: dragged far away by the outliers.
  const VectorXd classical_mean = x.colwise().mean().transpose();
  EXPECT_GT(MahalanobisNorm(classical_mean, truth.mean, truth.cov), 1.5);
  EXPECT_GT(ScatterError(ClassicalCovariance(x), truth.cov), 3);
  // Reweighting keeps about the clean rows.
  EXPECT_GT(fit->support_size, 1500);
  EXPECT_LE(fit->support_size, 1600);

  EXPECT_TRUE((fit->precision * fit->covariance).isIdentity(1e-8));

  const VectorXd d2 = MahalanobisSquared(*fit, x);
  ASSERT_EQ(d2.size(), x.rows());
  const double extreme = Chi2Quantile(0.999, 4);
  const double cutoff = Chi2Quantile(0.975, 4);
  int clean_flagged = 0;
  for (int i = 0; i < 1600; ++i) clean_flagged += d2[i] > cutoff ? 1 : 0;
  for (int i = 1600; i < 2000; ++i) ASSERT_GT(d2[i], extreme) << "outlier row " << i;
  // About 2.5% of clean rows exceed the 0.975 cut-off of a consistent fit.
  EXPECT_GT(clean_flagged, 10);
  EXPECT_LT(clean_flagged, 90);
  // The distance is the quadratic form with the reported precision.
  const VectorXd r = x.row(7).transpose() - fit->location;
  EXPECT_NEAR(d2[7], r.dot(fit->precision * r), 1e-9 * d2[7]);
}

TEST(FastMcdTest, IsConsistentOnCleanGaussianData) {
  const Model truth = TrueModel();
  const MatrixXd x = Contaminated(5000, 0, 0, 14);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_LT(MahalanobisNorm(fit->location, truth.mean, truth.cov), 0.08);
  EXPECT_LT(ScatterError(fit->covariance, truth.cov), 0.1);
  EXPECT_NEAR(fit->log_det, LogDet(truth.cov), 0.1);
  EXPECT_GT(fit->raw_consistency_factor, 1.3);  // h/n = 0.75, p = 4: about 1.48
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  int beyond = 0;
  for (int i = 0; i < x.rows(); ++i) beyond += d2[i] > Chi2Quantile(0.975, 4) ? 1 : 0;
  EXPECT_GT(beyond, 5000 * 0.015);
  EXPECT_LT(beyond, 5000 * 0.04);
}

TEST(FastMcdTest, WorksOnSmallAndMediumSamples) {
  const Model truth = TrueModel();
  // 400 rows: one search over all rows; 1000: three subsets splitting every row;
  // 60000: five subsets of 300 and one full-data finalist.
  for (int n : {400, 1000, 60000}) {
    const int num_outliers = n / 5;
    const MatrixXd x = Contaminated(n - num_outliers, num_outliers, 10, n);
    const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
    ASSERT_THAT(fit, IsOk());
    EXPECT_LT(MahalanobisNorm(fit->location, truth.mean, truth.cov), 0.3) << "n=" << n;
    EXPECT_LT(ScatterError(fit->covariance, truth.cov), 0.35) << "n=" << n;
    const VectorXd d2 = MahalanobisSquared(*fit, x);
    for (int i = n - num_outliers; i < n; ++i) {
      ASSERT_GT(d2[i], Chi2Quantile(0.999, 4)) << "n=" << n << " row " << i;
    }
  }
}

TEST(FastMcdTest, MovingOutliersFurtherAwayDoesNotMoveTheEstimate) {
  const absl::StatusOr<FastMcdResult> near =
      FitFastMcd(Contaminated(1600, 400, 10, 2), FastMcdOptions());
  const absl::StatusOr<FastMcdResult> far =
      FitFastMcd(Contaminated(1600, 400, 1000, 2), FastMcdOptions());
  ASSERT_THAT(near, IsOk());
  ASSERT_THAT(far, IsOk());
  EXPECT_TRUE(near->location.isApprox(far->location, 1e-9));
  EXPECT_TRUE(near->covariance.isApprox(far->covariance, 1e-9));
  EXPECT_EQ(near->support_size, far->support_size);
}

TEST(FastMcdTest, AddingOutliersDoesNotMoveTheEstimateMuch) {
  const Model truth = TrueModel();
  const absl::StatusOr<FastMcdResult> few =
      FitFastMcd(Contaminated(1600, 100, 12, 3), FastMcdOptions());
  const absl::StatusOr<FastMcdResult> many =
      FitFastMcd(Contaminated(1600, 450, 12, 3), FastMcdOptions());
  ASSERT_THAT(few, IsOk());
  ASSERT_THAT(many, IsOk());
  EXPECT_LT(MahalanobisNorm(few->location, many->location, truth.cov), 0.05);
  EXPECT_LT(ScatterError(many->covariance, few->covariance), 0.1);
}

TEST(FastMcdTest, MaximalBreakdownSurvivesFortyPercentOutliers) {
  const Model truth = TrueModel();
  FastMcdOptions options;
  options.support_fraction = 0.5;
  const MatrixXd x = Contaminated(1200, 800, 10, 4);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, options);
  ASSERT_THAT(fit, IsOk());
  EXPECT_EQ(fit->h, (2000 + 4 + 1) / 2);
  EXPECT_LT(MahalanobisNorm(fit->location, truth.mean, truth.cov), 0.2);
  EXPECT_LT(ScatterError(fit->covariance, truth.cov), 0.3);
}

TEST(FastMcdTest, IsDeterministicForASeed) {
  const MatrixXd x = Contaminated(900, 100, 8, 5);
  FastMcdOptions options;
  const absl::StatusOr<FastMcdResult> a = FitFastMcd(x, options);
  const absl::StatusOr<FastMcdResult> b = FitFastMcd(x, options);
  ASSERT_THAT(a, IsOk());
  ASSERT_THAT(b, IsOk());
  EXPECT_EQ(a->location, b->location);
  EXPECT_EQ(a->covariance, b->covariance);
  options.seed = 77;
  const absl::StatusOr<FastMcdResult> c = FitFastMcd(x, options);
  ASSERT_THAT(c, IsOk());
  EXPECT_LT(MahalanobisNorm(a->location, c->location, a->covariance), 0.05);
}

TEST(FastMcdTest, FullSupportWithoutReweightingIsTheClassicalEstimate) {
  const MatrixXd x = Contaminated(300, 0, 0, 6);
  FastMcdOptions options;
  options.support_fraction = 1;
  options.reweight = false;
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, options);
  ASSERT_THAT(fit, IsOk());
  EXPECT_EQ(fit->h, 300);
  EXPECT_EQ(fit->raw_consistency_factor, 1);
  EXPECT_TRUE(fit->location.isApprox(x.colwise().mean().transpose(), 1e-12));
  EXPECT_TRUE(fit->covariance.isApprox(ClassicalCovariance(x), 1e-10));
}

TEST(FastMcdTest, DropsConstantAndCollinearColumnsWithReasons) {
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal;
  const int n = 500;
  MatrixXd x(n, 6);
  for (int i = 0; i < n; ++i) {
    const double a = normal(rng), b = 3 + 2 * normal(rng), c = normal(rng);
    x.row(i) << a, 7.0, b, 2 * a + 5, c, a - b;
  }
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 2, 4));
  ASSERT_EQ(fit->dropped.size(), 3u);
  EXPECT_EQ(fit->dropped[0].column, 1);
  EXPECT_EQ(fit->dropped[0].reason, "constant (MAD = 0 and all values equal 7)");
  EXPECT_EQ(fit->dropped[1].column, 3);
  EXPECT_EQ(fit->dropped[1].reason, "collinear with column 0");
  EXPECT_EQ(fit->dropped[2].column, 5);
  EXPECT_EQ(fit->dropped[2].reason,
            "collinear with columns 0, 2 (a linear combination of them)");
  EXPECT_EQ(fit->location.size(), 3);
  EXPECT_NEAR(fit->location[1], 3, 0.3);
  EXPECT_NEAR(std::sqrt(fit->covariance(1, 1)), 2, 0.3);
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  EXPECT_TRUE(d2.allFinite());
  EXPECT_NEAR(d2.mean(), 3, 0.6);  // ~ chi2(3) for clean data
}

TEST(FastMcdTest, DuplicatedColumnIsDropped) {
  MatrixXd x = Contaminated(700, 50, 10, 8);
  MatrixXd with_copy(x.rows(), 5);
  with_copy << x, x.col(1);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(with_copy, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1, 2, 3));
  ASSERT_EQ(fit->dropped.size(), 1u);
  EXPECT_EQ(fit->dropped[0].column, 4);
  EXPECT_EQ(fit->dropped[0].reason, "collinear with column 1");
}

TEST(FastMcdTest, AllColumnsDroppedIsFailedPrecondition) {
  MatrixXd x(10, 2);
  x.col(0).setConstant(1);
  x.col(1).setConstant(-4);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  EXPECT_EQ(fit.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(fit.status().message(), HasSubstr("column 1: constant"));
}

TEST(FastMcdTest, IntegerCountsWithHeavyTies) {
  // Usage counts of a peer group: mostly-zero SMS counts, small call counts, and
  // active days; 2% of SIMs are farm-like with huge counts.
  std::mt19937_64 rng(9);
  std::poisson_distribution<int> rare(0.2), calls(4);
  std::binomial_distribution<int> days(30, 0.7);
  const int n = 3000, num_farm = 60;
  MatrixXd x(n, 3);
  for (int i = 0; i < n; ++i) {
    if (i < n - num_farm) {
      x.row(i) << rare(rng), calls(rng), days(rng);
    } else {
      x.row(i) << 30 + rare(rng), 40 + calls(rng), 30;
    }
  }
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1, 2));
  EXPECT_TRUE(fit->regularized);
  EXPECT_THAT(Notes(*fit), HasSubstr("column 0: MAD = 0"));
  EXPECT_THAT(Notes(*fit), HasSubstr("variance floor binding for tied column(s) 0"));
  // Most rows have 0 in column 0, so an h-subset can be constant there; the floor
  // keeps a count of 1 (16% of rows) ordinary instead of infinitely far.
  EXPECT_GE(fit->covariance(0, 0), 0.5);
  EXPECT_NEAR(fit->location[1], 4, 0.3);

  const VectorXd d2 = MahalanobisSquared(*fit, x);
  ASSERT_TRUE(d2.allFinite());
  const double extreme = Chi2Quantile(0.999, 3);
  int clean_flagged = 0;
  for (int i = 0; i < n - num_farm; ++i) clean_flagged += d2[i] > extreme ? 1 : 0;
  for (int i = n - num_farm; i < n; ++i) ASSERT_GT(d2[i], 20 * extreme) << i;
  EXPECT_LT(clean_flagged, (n - num_farm) / 50) << Notes(*fit);
}

TEST(FastMcdTest, RareLargeCountInTiedColumnIsFarButCommonStepIsNot) {
  // SIMs per identity: almost always 1, sometimes 2, and five identities with 40.
  std::mt19937_64 rng(15);
  std::normal_distribution<double> normal;
  const int n = 1000;
  MatrixXd x(n, 3);
  for (int i = 0; i < n; ++i) {
    const double sims = i < 970 ? 1 : (i < 995 ? 2 : 40);
    x.row(i) << sims, normal(rng), normal(rng);
  }
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_TRUE(fit->regularized);
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  const double extreme = Chi2Quantile(0.999, 3);
  int twos_flagged = 0;
  for (int i = 970; i < 995; ++i) twos_flagged += d2[i] > extreme ? 1 : 0;
  EXPECT_LT(twos_flagged, 5) << Notes(*fit);
  for (int i = 995; i < n; ++i) EXPECT_GT(d2[i], 10 * extreme) << i;
}

TEST(FastMcdTest, OneEnormousValueDoesNotDropItsColumn) {
  MatrixXd x = Contaminated(300, 0, 0, 16).leftCols(2);
  x(5, 1) = 1e300;
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1));
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  EXPECT_GT(d2[5], 1e100);  // +infinity: the distance overflows a double
  EXPECT_TRUE(d2.head(5).allFinite());
  EXPECT_TRUE(d2.tail(294).allFinite());
}

TEST(FastMcdTest, ExactFitIsRegularisedNotFatal) {
  // 85% of the rows lie exactly on the plane c = a + b.
  std::mt19937_64 rng(10);
  std::normal_distribution<double> normal;
  const int n = 1000, on_plane = 850;
  MatrixXd x(n, 3);
  for (int i = 0; i < n; ++i) {
    const double a = normal(rng), b = normal(rng);
    x.row(i) << a, b, i < on_plane ? a + b : 3 * normal(rng);
  }
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1, 2));
  EXPECT_TRUE(fit->regularized);
  EXPECT_THAT(Notes(*fit), HasSubstr("exact fit"));
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  ASSERT_TRUE(d2.allFinite());
  for (int i = 0; i < on_plane; ++i) ASSERT_LT(d2[i], 30) << i;
  int off_plane_far = 0;
  for (int i = on_plane; i < n; ++i) off_plane_far += d2[i] > 1e4 ? 1 : 0;
  EXPECT_GT(off_plane_far, 140);
}

TEST(FastMcdTest, FewerRowsThanColumnsFallsBackToDiagonal) {
  MatrixXd x(3, 5);
  x << 1, 10, 5, 0, 2,  //
      2, 30, 5, 1, 9,   //
      4, 20, 6, 0, 4;
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_TRUE(fit->diagonal);
  EXPECT_THAT(fit->used_columns, ElementsAre(0, 1, 2, 3, 4));
  EXPECT_THAT(Notes(*fit), HasSubstr("diagonal covariance"));
  EXPECT_EQ(fit->location, (VectorXd(5) << 2, 20, 5, 0, 4).finished());
  EXPECT_TRUE(fit->covariance.isDiagonal());
  const VectorXd d2 = MahalanobisSquared(*fit, x);
  EXPECT_TRUE(d2.allFinite());
  EXPECT_GT(d2[1], d2[0]);
}

TEST(FastMcdTest, FewRowsForTheDimensionFallBackToDiagonal) {
  const MatrixXd x = Contaminated(9, 0, 0, 11);  // 9 < 2 (4 + 1)
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  EXPECT_TRUE(fit->diagonal);
  const absl::StatusOr<FastMcdResult> enough =
      FitFastMcd(Contaminated(10, 0, 0, 11), FastMcdOptions());
  ASSERT_THAT(enough, IsOk());
  EXPECT_FALSE(enough->diagonal);
  EXPECT_TRUE(MahalanobisSquared(*enough, x).allFinite());
}

TEST(FastMcdTest, RejectsBadInput) {
  MatrixXd x = Contaminated(50, 0, 0, 12);
  x(17, 2) = kNaN;
  absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  EXPECT_EQ(fit.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(fit.status().message(), HasSubstr("row 17, column 2"));
  x(17, 2) = std::numeric_limits<double>::infinity();
  EXPECT_EQ(FitFastMcd(x, FastMcdOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);

  EXPECT_EQ(FitFastMcd(MatrixXd(1, 3), FastMcdOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FitFastMcd(MatrixXd(10, 0), FastMcdOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);

  const MatrixXd good = Contaminated(50, 0, 0, 12);
  FastMcdOptions options;
  options.support_fraction = 0;
  EXPECT_EQ(FitFastMcd(good, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options = FastMcdOptions();
  options.num_starts = 0;
  EXPECT_EQ(FitFastMcd(good, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options = FastMcdOptions();
  options.relative_variance_floor = 0;
  EXPECT_EQ(FitFastMcd(good, options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(FastMcdTest, MahalanobisSquaredHandlesBadRowsAndShapes) {
  const MatrixXd x = Contaminated(200, 0, 0, 13);
  const absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, FastMcdOptions());
  ASSERT_THAT(fit, IsOk());
  MatrixXd y = x.topRows(3);
  y(1, 0) = kNaN;
  const VectorXd d2 = MahalanobisSquared(*fit, y);
  EXPECT_TRUE(std::isfinite(d2[0]));
  EXPECT_TRUE(std::isnan(d2[1]));
  EXPECT_TRUE(std::isfinite(d2[2]));
  const VectorXd narrow = MahalanobisSquared(*fit, x.leftCols(2));
  EXPECT_EQ(narrow.size(), x.rows());
  EXPECT_TRUE(narrow.array().isNaN().all());
  EXPECT_TRUE(MahalanobisSquared(FastMcdResult(), x).array().isNaN().all());
}

}  // namespace
}  // namespace simaudit
