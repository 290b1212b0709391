// File: fast_mcd.h
// -----------------------------------------------------------------------------
// Robust multivariate location and scatter by the Minimum Covariance Determinant
// (MCD): the mean and covariance of the h observations whose covariance has the
// smallest determinant. Outliers (up to n - h of them) cannot pull the estimate, so
// Mahalanobis distances from it expose them: the basis of the per-peer-group usage
// scores (calls, SMS, top-ups, active days...).
//
// The search is FAST-MCD (Rousseeuw and Van Driessen, "A Fast Algorithm for the Minimum
// Covariance Determinant Estimator", Technometrics 1999): random (p+1)-subsets refined
// by concentration steps (C-steps: refit on the h observations closest to the current
// fit, which never increases the determinant), with nested random subsets of ~300 rows
// when n is large so that the full data is only touched a handful of times. The raw
// estimate is made consistent at the normal model (Croux and Haesbroeck 1999) and then
// reweighted: refitted on the observations within the chi2(p, 0.975) cut-off.
//
//   FastMcdOptions options;
//   SIMAUDIT_ASSIGN_OR_RETURN(FastMcdResult fit, FitFastMcd(features, options));
//   Eigen::VectorXd d2 = MahalanobisSquared(fit, features);
//   // d2[i] ~ chi2(fit.used_columns.size()) for typical rows; large for outliers.
//
// Preparing the columns, before the search (each decision is reported):
// - Every column is standardised by its median and robust scale (RobustScale: 1.4826
//   MAD, or the mean-absolute-deviation fallback when the MAD is 0). All computation
//   happens in these units, and the results are mapped back to the input units.
// - A constant column is dropped: "constant (MAD = 0 and all values equal V)".
// - Columns with heavy ties (MAD = 0 but not constant, such as counts that are mostly
//   0) are kept, and their standard deviation is floored in every covariance at the
//   larger of their fallback scale and sqrt(mean absolute deviation x smallest nonzero
//   deviation from the median). For a spike plus values a step away (a rare count, a
//   flag) that is about the column's standard deviation, so a common value one step
//   off stays ordinary while a value seen once among n rows sits ~sqrt(n) away.
//   Without a floor the MCD would pick an h-subset in which the column is exactly
//   constant and call every other value an infinitely distant outlier. Such columns
//   are listed in `notes`, and `regularized` is set when a floor was binding.
// - Exactly (or numerically, R^2 > 1 - 1e-9) collinear columns are found by an ordered
//   Cholesky rank check of the Gram matrix of the standardised columns and a constant
//   (rows scaled down to |z| <= 1, which keeps linear relations); a later column that
//   is a linear combination of earlier kept ones is dropped: "collinear with column 2",
//   or "collinear with columns 0, 1 (a linear combination of them)".
// - When a C-step covariance is singular (at least h observations on a hyperplane, an
//   "exact fit"), a ridge of relative_variance_floor times each column's robust
//   variance is added instead of failing; `regularized` is set when the final
//   estimate needed it.
// - When n < 2 (p + 1) for the p kept columns there are too few rows for a robust
//   covariance; the fit is then the coordinate-wise median and a diagonal covariance
//   of the robust variances (no correlations), and a note says so.
//
// Deterministic for a given input and options.seed. Single-threaded; concurrent calls
// share no state.
#ifndef SIMAUDIT_LIB_STATS_FAST_MCD_H_
#define SIMAUDIT_LIB_STATS_FAST_MCD_H_

#include <cstdint>
#include <string>
#include <vector>

#include "Eigen/Core"
#include "absl/status/statusor.h"

namespace simaudit {

struct FastMcdOptions {
  // h = max(ceil(support_fraction * n), (n + p + 1) / 2), at most n. 0.5 gives the
  // maximal breakdown point; 1 gives the classical estimate. Must be in (0, 1].
  double support_fraction = 0.75;
  // Random (p+1)-subsets started from (split across the nested subsets for large n).
  int num_starts = 500;
  // For n >= 2 * subset_size, the starts run in disjoint random subsets of this many
  // rows (at least 2 (p + 1)); their best fits are refined in the merged set and then
  // in the full data.
  int subset_size = 300;
  // At most this many subsets: the merged set has up to max_subsets * subset_size rows.
  int max_subsets = 5;
  // C-steps applied to every start before keeping the best 10.
  int num_c_steps_initial = 2;
  // Cap on the C-steps that iterate the finalists to convergence.
  int max_c_steps = 100;
  // Refit on the observations within the chi2(p, 0.975) cut-off of the raw estimate.
  bool reweight = true;
  uint64_t seed = 1;
  // Ridge added to a singular scatter matrix, relative to each column's robust
  // variance. Must be > 0.
  double relative_variance_floor = 1e-9;
};

struct DroppedColumn {
  int column = 0;
  std::string reason;
};

struct FastMcdResult {
  std::vector<int> used_columns;       // indices into the input columns, ascending
  std::vector<DroppedColumn> dropped;  // with human-readable reasons
  Eigen::VectorXd location;            // over used_columns, input units
  Eigen::MatrixXd covariance;          // consistency-corrected (and reweighted)
  Eigen::MatrixXd precision;           // inverse of covariance
  double log_det = 0;                  // log det(covariance)
  int h = 0;                           // size of the MCD subset
  bool regularized = false;            // a ridge or variance floor shaped the result
  std::vector<std::string> notes;      // anything an auditor should know

  int num_input_columns = 0;          // columns of the fitted matrix
  int support_size = 0;               // observations behind the final estimate
  double raw_consistency_factor = 1;  // applied to the raw MCD covariance
  bool diagonal = false;              // the small-sample diagonal fallback was used
};

// FitFastMcd()
//
// x is n x p, one row per observation. Returns InvalidArgument when n < 2, p == 0, x
// has a NaN or infinite value, or the options are out of range; FailedPrecondition
// when every column is dropped (the reasons are in the message). Never aborts on data.
absl::StatusOr<FastMcdResult> FitFastMcd(const Eigen::MatrixXd& x,
                                         const FastMcdOptions& options);

// MahalanobisSquared()
//
// (x_i - location)' precision (x_i - location) over fit.used_columns, for every row of
// x, which must have the fitted matrix's columns (at least the used ones). Computed
// with a Cholesky solve, in blocks of rows. Rows with non-finite values, and every
// row when x lacks a used column or the fit is unusable, get NaN; a distance too
// large for a double is +infinity.
Eigen::VectorXd MahalanobisSquared(const FastMcdResult& fit, const Eigen::MatrixXd& x);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_STATS_FAST_MCD_H_
