// File: fast_mcd.cc
#include "lib/stats/fast_mcd.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "Eigen/Cholesky"
#include "Eigen/Core"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "lib/stats/chi2.h"
#include "lib/stats/robust.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

using ::Eigen::Index;
using ::Eigen::MatrixXd;
using ::Eigen::VectorXd;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Candidates kept after the initial C-steps of each stage (the paper's 10).
constexpr int kKeepBest = 10;
// Up to this many rows, every finalist is iterated to convergence on the full data;
// above it each gets one full-data C-step and only the best one continues, so large
// inputs cost a handful of passes.
constexpr Index kAllFinalistsMaxRows = 50'000;
// A column whose residual variance, after regression on the earlier kept columns, is
// below this fraction of its own variance is collinear with them.
constexpr double kCollinearTolerance = 1e-9;
// Coefficients below this (in standardised units) do not name a column as a partner.
constexpr double kPartnerTolerance = 1e-6;
// Rows per block when streaming over the data (fits the working set in L2).
constexpr Index kRowBlock = 2048;
// Reweighting keeps the observations within this chi2 quantile of the raw fit.
constexpr double kReweightQuantile = 0.975;

// Deterministic bounded integers; std:: distributions differ between standard
// libraries, and the fit must not.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  // Uniform in [0, bound), bound >= 1 (Lemire's multiply-shift, 32-bit).
  Index Below(Index bound) {
    return static_cast<Index>(((engine_() >> 32) * static_cast<uint64_t>(bound)) >> 32);
  }

 private:
  std::mt19937_64 engine_;
};

// A location/scatter pair in standardised units, ready for distances.
struct Estimate {
  VectorXd mean;
  MatrixXd scatter;   // the plain (maximum likelihood) covariance of its subset
  MatrixXd cov;       // scatter with variance floors and, if singular, a ridge
  MatrixXd whitener;  // inverse of the Cholesky factor L of cov (cov = L L')
  double log_det = kInf;
  bool ridged = false;
  std::vector<int> floored;  // columns whose variance floor was binding
};

// Per-fit constants.
struct Setup {
  Index p = 0;
  VectorXd variance_floor;  // per standardised column; 0 = none
  double ridge = 0;
};

// Scratch buffers reused across C-steps to avoid reallocating n-sized arrays.
struct Workspace {
  VectorXd distances;
  std::vector<double> order;
  std::vector<Index> rows;
  MatrixXd gathered;
  MatrixXd block;
};

// Builds cov from scatter and factors it. Returns false if the matrix cannot be
// factored even with the ridge (only possible with non-finite values).
bool Finalize(const Setup& setup, Estimate* e) {
  e->cov = e->scatter;
  e->floored.clear();
  for (Index j = 0; j < setup.p; ++j) {
    if (e->cov(j, j) < setup.variance_floor[j]) {
      e->cov(j, j) = setup.variance_floor[j];
      e->floored.push_back(static_cast<int>(j));
    }
  }
  Eigen::LLT<MatrixXd> llt(e->cov);
  // A pivot below the ridge means a (near) exact fit in that direction; in
  // standardised units every column's robust variance is 1.
  bool singular = llt.info() != Eigen::Success;
  for (Index j = 0; j < setup.p && !singular; ++j) {
    const double pivot = llt.matrixLLT()(j, j);
    singular = !(pivot * pivot > setup.ridge);
  }
  e->ridged = singular;
  if (singular) {
    e->cov.diagonal().array() += setup.ridge;
    llt.compute(e->cov);
    if (llt.info() != Eigen::Success) return false;
  }
  const MatrixXd l = llt.matrixL();
  e->log_det = 2 * l.diagonal().array().log().sum();
  if (!std::isfinite(e->log_det)) return false;
  e->whitener =
      l.triangularView<Eigen::Lower>().solve(MatrixXd::Identity(setup.p, setup.p));
  return e->whitener.allFinite();
}

// Mean and scatter of data.row(r) for r in rows.
void MeanScatter(const MatrixXd& data, absl::Span<const Index> rows, Workspace* ws,
                 Estimate* e) {
  const Index k = static_cast<Index>(rows.size());
  const Index p = data.cols();
  ws->gathered.resize(k, p);
  for (Index j = 0; j < p; ++j) {
    const double* src = data.col(j).data();
    double* dst = ws->gathered.col(j).data();
    for (Index t = 0; t < k; ++t) dst[t] = src[rows[t]];
  }
  e->mean = ws->gathered.colwise().mean().transpose();
  ws->gathered.rowwise() -= e->mean.transpose();
  e->scatter.noalias() = ws->gathered.transpose() * ws->gathered;
  e->scatter /= static_cast<double>(k);
}

bool FitSubset(const MatrixXd& data, absl::Span<const Index> rows, const Setup& setup,
               Workspace* ws, Estimate* e) {
  MeanScatter(data, rows, ws, e);
  return Finalize(setup, e);
}

// Squared Mahalanobis distances of every row of data to e, in row blocks.
void Distances(const MatrixXd& data, const Estimate& e, Workspace* ws, VectorXd* out) {
  const Index n = data.rows();
  out->resize(n);
  for (Index start = 0; start < n; start += kRowBlock) {
    const Index len = std::min(kRowBlock, n - start);
    ws->block.noalias() = (data.middleRows(start, len).rowwise() - e.mean.transpose()) *
                          e.whitener.transpose();
    out->segment(start, len) = ws->block.rowwise().squaredNorm();
  }
}

// The h rows with the smallest distances, ascending by row index; ties at the h-th
// value are broken by row index, so the choice is deterministic.
void SelectSmallest(const VectorXd& d, Index h, Workspace* ws) {
  const Index n = d.size();
  ws->order.assign(d.data(), d.data() + n);
  std::nth_element(ws->order.begin(), ws->order.begin() + (h - 1), ws->order.end());
  const double threshold = ws->order[h - 1];
  Index below = 0;
  for (Index i = 0; i < n; ++i) below += d[i] < threshold ? 1 : 0;
  Index ties_allowed = h - below;
  ws->rows.clear();
  for (Index i = 0; i < n; ++i) {
    if (d[i] < threshold || (d[i] == threshold && ties_allowed-- > 0)) {
      ws->rows.push_back(i);
    }
  }
}

// One concentration step on `data` with subset size h: e <- fit of the h rows
// closest to e. Returns false if the new fit is unusable (e unchanged).
bool CStep(const MatrixXd& data, Index h, const Setup& setup, Workspace* ws,
           Estimate* e) {
  Distances(data, *e, ws, &ws->distances);
  SelectSmallest(ws->distances, h, ws);
  Estimate next;
  if (!FitSubset(data, ws->rows, setup, ws, &next)) return false;
  *e = std::move(next);
  return true;
}

// Up to `max_steps` C-steps, stopping when the determinant stops decreasing. The first
// step always counts: e may come from other data, so its determinant is not comparable.
// Returns the number of steps taken; *converged tells whether the cap was not hit.
int CSteps(const MatrixXd& data, Index h, int max_steps, const Setup& setup,
           Workspace* ws, Estimate* e, bool* converged = nullptr) {
  if (converged != nullptr) *converged = false;
  int steps = 0;
  for (; steps < max_steps; ++steps) {
    Estimate next = *e;
    if (!CStep(data, h, setup, ws, &next)) {
      if (converged != nullptr) *converged = true;
      break;
    }
    const bool improved =
        steps == 0 ||
        next.log_det < e->log_det - 1e-12 * std::max(1.0, std::fabs(e->log_det));
    if (steps == 0 || next.log_det <= e->log_det) *e = std::move(next);
    if (!improved) {
      if (converged != nullptr) *converged = true;
      break;
    }
  }
  return steps;
}

// Fits a random (p+1)-subset of data, extended with more random rows while its
// covariance is singular (paper, step 2a), up to h rows.
bool RandomStart(const MatrixXd& data, Index h, const Setup& setup, Random* rng,
                 std::vector<Index>* permutation, Workspace* ws, Estimate* e) {
  const Index m = data.rows();
  // Partial Fisher-Yates: the first `size` entries are a uniform random subset.
  auto draw = [&](Index from, Index to) {
    for (Index i = from; i < to; ++i) {
      std::swap((*permutation)[i], (*permutation)[i + rng->Below(m - i)]);
    }
  };
  Index size = std::min(setup.p + 1, m);
  draw(0, size);
  while (true) {
    ws->rows.assign(permutation->begin(), permutation->begin() + size);
    if (!FitSubset(data, ws->rows, setup, ws, e)) return false;
    if (!e->ridged || size >= h) return true;
    // Grow geometrically: tied integer data can need many rows to become nonsingular.
    const Index grown = std::min(h, size + std::max<Index>(1, size / 4));
    draw(size, grown);
    size = grown;
  }
}

// Keeps the (at most kKeepBest) lowest determinants, without repeats of one local
// minimum (starts often converge to the same subset).
void KeepBest(Estimate e, std::vector<Estimate>* best) {
  for (const Estimate& b : *best) {
    if (std::fabs(b.log_det - e.log_det) <= 1e-12 * std::max(1.0, std::fabs(e.log_det)) &&
        (b.mean - e.mean).cwiseAbs().maxCoeff() <= 1e-12) {
      return;
    }
  }
  auto pos =
      std::upper_bound(best->begin(), best->end(), e.log_det,
                       [](double value, const Estimate& b) { return value < b.log_det; });
  if (pos - best->begin() >= kKeepBest) return;
  best->insert(pos, std::move(e));
  if (static_cast<int>(best->size()) > kKeepBest) best->pop_back();
}

// Runs `starts` random starts with `initial_steps` C-steps each in data and returns the
// best fits.
std::vector<Estimate> SearchStarts(const MatrixXd& data, Index h, int starts,
                                   int initial_steps, const Setup& setup, Random* rng,
                                   Workspace* ws) {
  std::vector<Index> permutation(data.rows());
  for (Index i = 0; i < data.rows(); ++i) permutation[i] = i;
  std::vector<Estimate> best;
  for (int s = 0; s < starts; ++s) {
    Estimate e;
    if (!RandomStart(data, h, setup, rng, &permutation, ws, &e)) continue;
    CSteps(data, h, initial_steps, setup, ws, &e);
    KeepBest(std::move(e), &best);
  }
  return best;
}

// Subset size for a sample of m rows standing in for n: the same fraction as h/n.
Index ScaledH(Index h, Index n, Index m, Index p) {
  const Index scaled = static_cast<Index>(std::ceil(
      static_cast<double>(m) * static_cast<double>(h) / static_cast<double>(n)));
  return std::clamp(scaled, std::min(p + 1, m), m);
}

// The FAST-MCD search proper: the raw (uncorrected) MCD fit of z with subset size h.
// Appends to *notes what the auditor should know about the search.
bool SearchMcd(const MatrixXd& z, Index h, const FastMcdOptions& options,
               const Setup& setup, std::vector<std::string>* notes, Estimate* result) {
  const Index n = z.rows();
  const Index p = setup.p;
  Workspace ws;
  Random rng(options.seed);
  if (h >= n) {
    std::vector<Index> all(n);
    for (Index i = 0; i < n; ++i) all[i] = i;
    return FitSubset(z, all, setup, &ws, result);
  }

  const Index subset_size = std::max<Index>(options.subset_size, 2 * (p + 1));
  std::vector<Estimate> finalists;
  if (n < 2 * subset_size) {
    finalists = SearchStarts(z, h, options.num_starts, options.num_c_steps_initial, setup,
                             &rng, &ws);
  } else {
    // Nested extensions: k disjoint random subsets; if they cannot all have
    // subset_size rows (n < max_subsets * subset_size), they split all n rows.
    const Index k = std::min<Index>(options.max_subsets, n / subset_size);
    std::vector<Index> sizes(k, subset_size);
    if (k < options.max_subsets) {
      for (Index g = 0; g < k; ++g) sizes[g] = n / k + (g < n % k ? 1 : 0);
    }
    Index total = 0;
    for (Index s : sizes) total += s;
    std::vector<Index> permutation(n);
    for (Index i = 0; i < n; ++i) permutation[i] = i;
    for (Index i = 0; i < total; ++i) {
      std::swap(permutation[i], permutation[i + rng.Below(n - i)]);
    }
    // Rows sorted within each subset for locality; subsets are contiguous in `merged`.
    MatrixXd merged(total, p);
    std::vector<Estimate> candidates;
    const int starts_per_subset = static_cast<int>((options.num_starts + k - 1) / k);
    Index offset = 0;
    for (Index g = 0; g < k; ++g) {
      std::sort(permutation.begin() + offset, permutation.begin() + offset + sizes[g]);
      for (Index t = 0; t < sizes[g]; ++t) {
        merged.row(offset + t) = z.row(permutation[offset + t]);
      }
      const MatrixXd subset = merged.middleRows(offset, sizes[g]);
      std::vector<Estimate> best =
          SearchStarts(subset, ScaledH(h, n, sizes[g], p), starts_per_subset,
                       options.num_c_steps_initial, setup, &rng, &ws);
      for (Estimate& e : best) candidates.push_back(std::move(e));
      offset += sizes[g];
    }
    const Index h_merged = ScaledH(h, n, total, p);
    for (Estimate& e : candidates) {
      CSteps(merged, h_merged, options.num_c_steps_initial, setup, &ws, &e);
      KeepBest(std::move(e), &finalists);
    }
    if (n > kAllFinalistsMaxRows && !finalists.empty()) {
      // One full-data C-step each decides which finalist is worth iterating.
      for (Estimate& e : finalists) CSteps(z, h, 1, setup, &ws, &e);
      std::sort(
          finalists.begin(), finalists.end(),
          [](const Estimate& a, const Estimate& b) { return a.log_det < b.log_det; });
      finalists.resize(1);
    }
  }
  if (finalists.empty()) return false;

  bool found = false;
  int capped = 0;
  for (Estimate& e : finalists) {
    bool converged = false;
    CSteps(z, h, options.max_c_steps, setup, &ws, &e, &converged);
    if (!converged) ++capped;
    if (!found || e.log_det < result->log_det) {
      *result = std::move(e);
      found = true;
    }
  }
  if (capped > 0) {
    notes->push_back(absl::StrFormat(
        "%d of %d final searches stopped at max_c_steps = %d before converging", capped,
        static_cast<int>(finalists.size()), options.max_c_steps));
  }
  return found;
}

absl::Status ValidateOptions(const FastMcdOptions& o) {
  if (!(o.support_fraction > 0 && o.support_fraction <= 1)) {
    return absl::InvalidArgumentError(
        absl::StrCat("support_fraction must be in (0, 1], got ", o.support_fraction));
  }
  if (o.num_starts < 1 || o.subset_size < 1 || o.max_subsets < 1 ||
      o.num_c_steps_initial < 0 || o.max_c_steps < 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "num_starts, subset_size, max_subsets and max_c_steps must be >= 1 and "
        "num_c_steps_initial >= 0; got ",
        o.num_starts, ", ", o.subset_size, ", ", o.max_subsets, ", ", o.max_c_steps,
        " and ", o.num_c_steps_initial));
  }
  if (!(o.relative_variance_floor > 0 && std::isfinite(o.relative_variance_floor))) {
    return absl::InvalidArgumentError(
        absl::StrCat("relative_variance_floor must be positive and finite, got ",
                     o.relative_variance_floor));
  }
  return absl::OkStatus();
}

// Columns (indices into `columns`) that are linear combinations of earlier ones (plus
// a constant), found by a Cholesky factorisation, in column order, of the Gram matrix
// of [1, z]; the later member of a dependent set is the one dropped. Each row is
// scaled by 1 / max(1, its largest |z|): a linear relation between columns holds
// row by row, so the scaling keeps it, while one enormous value can no longer
// overflow the Gram matrix or dominate it.
void DropCollinear(const MatrixXd& z, const std::vector<int>& columns,
                   std::vector<bool>* keep, std::vector<DroppedColumn>* dropped) {
  const Index n = z.rows();
  const Index p = z.cols();
  const Index q = p + 1;  // slot 0 is the intercept
  MatrixXd gram = MatrixXd::Zero(q, q);
  MatrixXd block;
  for (Index start = 0; start < n; start += kRowBlock) {
    const Index len = std::min(kRowBlock, n - start);
    block.resize(len, q);
    block.col(0).setOnes();
    block.rightCols(p) = z.middleRows(start, len);
    const VectorXd weight =
        block.rightCols(p).cwiseAbs().rowwise().maxCoeff().cwiseMax(1.0).cwiseInverse();
    block = weight.asDiagonal() * block;
    gram.noalias() += block.transpose() * block;
  }
  std::vector<Index> kept = {0};
  MatrixXd l = MatrixXd::Constant(1, 1, std::sqrt(gram(0, 0)));
  for (Index j = 1; j < q; ++j) {
    VectorXd y(kept.size());
    for (size_t a = 0; a < kept.size(); ++a) y[a] = gram(kept[a], j);
    l.triangularView<Eigen::Lower>().solveInPlace(y);
    // Variation around a constant, and what is left after the earlier columns too.
    const double variation = gram(j, j) - y[0] * y[0];
    const double residual = gram(j, j) - y.squaredNorm();
    if (residual > kCollinearTolerance * variation) {
      const Index k = static_cast<Index>(kept.size());
      MatrixXd grown = MatrixXd::Zero(k + 1, k + 1);
      grown.topLeftCorner(k, k) = l;
      grown.block(k, 0, 1, k) = y.transpose();
      grown(k, k) = std::sqrt(residual);
      l = std::move(grown);
      kept.push_back(j);
      continue;
    }
    (*keep)[j - 1] = false;
    std::string reason;
    if (!(variation > 0)) {
      reason = "numerically constant";
    } else {
      // Regression coefficients on the kept columns name the partners.
      const VectorXd beta = l.transpose().triangularView<Eigen::Upper>().solve(y);
      std::vector<int> partners;
      for (size_t a = 1; a < kept.size(); ++a) {
        const double contribution =
            std::fabs(beta[a]) * std::sqrt(gram(kept[a], kept[a]));
        if (contribution > kPartnerTolerance * std::sqrt(variation)) {
          partners.push_back(columns[kept[a] - 1]);
        }
      }
      if (partners.size() == 1) {
        reason = absl::StrCat("collinear with column ", partners[0]);
      } else if (partners.empty()) {
        reason = "collinear with earlier columns";
      } else {
        reason = absl::StrCat("collinear with columns ", absl::StrJoin(partners, ", "),
                              " (a linear combination of them)");
      }
    }
    dropped->push_back({columns[j - 1], std::move(reason)});
  }
}

// Fills the input-unit fields of *result from an estimate in standardised units.
void ExportEstimate(const Estimate& e, const VectorXd& center, const VectorXd& scale,
                    FastMcdResult* result) {
  result->location = center.array() + scale.array() * e.mean.array();
  result->covariance = scale.asDiagonal() * e.cov * scale.asDiagonal();
  const VectorXd inverse_scale = scale.cwiseInverse();
  result->precision = inverse_scale.asDiagonal() * (e.whitener.transpose() * e.whitener) *
                      inverse_scale.asDiagonal();
  result->log_det = e.log_det + 2 * scale.array().log().sum();
}

}  // namespace

absl::StatusOr<FastMcdResult> FitFastMcd(const Eigen::MatrixXd& x,
                                         const FastMcdOptions& options) {
  const Index n = x.rows();
  const Index p_in = x.cols();
  if (n < 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("FastMCD needs at least 2 observations, got ", n));
  }
  if (p_in == 0) return absl::InvalidArgumentError("FastMCD needs at least 1 column");
  if (n > std::numeric_limits<int>::max()) {
    return absl::InvalidArgumentError(absl::StrCat("too many observations: ", n));
  }
  if (!x.allFinite()) {
    for (Index j = 0; j < p_in; ++j) {
      for (Index i = 0; i < n; ++i) {
        if (!std::isfinite(x(i, j))) {
          return absl::InvalidArgumentError(
              absl::StrCat("non-finite value ", x(i, j), " at row ", i, ", column ", j));
        }
      }
    }
  }
  SIMAUDIT_RETURN_IF_ERROR(ValidateOptions(options));

  FastMcdResult result;
  result.num_input_columns = static_cast<int>(p_in);

  // 1. Robust standardisation; constant columns are dropped, tied ones noted.
  std::vector<int> columns;
  std::vector<RobustScale> scales;
  std::vector<double> floor_sds;  // input units; 0 = no floor
  for (Index j = 0; j < p_in; ++j) {
    const RobustScale s = ComputeRobustScale(absl::MakeConstSpan(x.col(j).data(), n));
    if (!(s.scale > 0)) {
      result.dropped.push_back(
          {static_cast<int>(j),
           absl::StrCat("constant (MAD = 0 and all values equal ", s.median, ")")});
      continue;
    }
    if (!std::isfinite(s.scale) || !std::isfinite(s.median)) {
      result.dropped.push_back(
          {static_cast<int>(j), "values too large to standardise (scale overflows)"});
      continue;
    }
    // Tied column: floor its standard deviation at the larger of the fallback scale
    // and sqrt(mean absolute deviation * step), step the smallest nonzero deviation
    // from the median. For data that is a spike plus values a step or more away (a
    // count that is mostly 0, a flag) the second term is about the standard deviation
    // (sqrt(mean) for a rare Poisson or Bernoulli count), so a common value one step
    // off is not an outlier, while a value seen once among n sits sqrt(n) away.
    double floor_sd = 0;
    if (s.mad == 0) {
      Index ties = 0;
      double step = kInf;
      double sum_deviation = 0;
      for (Index i = 0; i < n; ++i) {
        const double deviation = std::fabs(x(i, j) - s.median);
        sum_deviation += deviation;
        if (deviation == 0) {
          ++ties;
        } else {
          step = std::min(step, deviation);
        }
      }
      floor_sd =
          std::max(s.scale, std::sqrt(sum_deviation / static_cast<double>(n) * step));
      result.notes.push_back(absl::StrFormat(
          "column %d: MAD = 0 (%.1f%% of values equal %g); scaled by 1.2533 x its mean "
          "absolute deviation (%g), and its standard deviation in every covariance "
          "floored at %g (the larger of that scale and sqrt(mean absolute deviation x "
          "smallest nonzero deviation %g))",
          static_cast<int>(j), 100.0 * static_cast<double>(ties) / static_cast<double>(n),
          s.median, s.scale, floor_sd, step));
    }
    columns.push_back(static_cast<int>(j));
    scales.push_back(s);
    floor_sds.push_back(floor_sd);
  }
  auto standardise = [&](const std::vector<int>& cols) {
    MatrixXd z(n, static_cast<Index>(cols.size()));
    for (size_t k = 0; k < cols.size(); ++k) {
      const size_t a =
          std::find(columns.begin(), columns.end(), cols[k]) - columns.begin();
      z.col(k) = (x.col(cols[k]).array() - scales[a].median) / scales[a].scale;
    }
    return z;
  };

  // 2. Collinearity, unless there are too few rows for the check to mean anything
  // (n rows span at most n - 1 centred dimensions).
  if (!columns.empty() && static_cast<Index>(columns.size()) <= n - 1) {
    std::vector<bool> keep(columns.size(), true);
    DropCollinear(standardise(columns), columns, &keep, &result.dropped);
    std::vector<int> kept_columns;
    std::vector<RobustScale> kept_scales;
    std::vector<double> kept_floor_sds;
    for (size_t k = 0; k < columns.size(); ++k) {
      if (!keep[k]) continue;
      kept_columns.push_back(columns[k]);
      kept_scales.push_back(scales[k]);
      kept_floor_sds.push_back(floor_sds[k]);
    }
    columns = std::move(kept_columns);
    scales = std::move(kept_scales);
    floor_sds = std::move(kept_floor_sds);
  }
  std::sort(
      result.dropped.begin(), result.dropped.end(),
      [](const DroppedColumn& a, const DroppedColumn& b) { return a.column < b.column; });
  if (columns.empty()) {
    std::vector<std::string> reasons;
    for (const DroppedColumn& d : result.dropped) {
      reasons.push_back(absl::StrCat("column ", d.column, ": ", d.reason));
    }
    return absl::FailedPreconditionError(
        absl::StrCat("every column was dropped: ", absl::StrJoin(reasons, "; ")));
  }

  const Index p = static_cast<Index>(columns.size());
  result.used_columns = columns;
  VectorXd center(p), scale(p);
  for (Index k = 0; k < p; ++k) {
    center[k] = scales[k].median;
    scale[k] = scales[k].scale;
  }
  const Index h =
      std::min(n, std::max(static_cast<Index>(std::ceil(
                               options.support_fraction * static_cast<double>(n) - 1e-9)),
                           (n + p + 1) / 2));
  result.h = static_cast<int>(h);

  // 3. Too few rows for a p-dimensional robust covariance: diagonal fallback.
  if (n < 2 * (p + 1)) {
    result.diagonal = true;
    result.support_size = static_cast<int>(n);
    result.location = center;
    VectorXd sd(p);
    for (Index k = 0; k < p; ++k) sd[k] = std::max(scale[k], floor_sds[k]);
    result.covariance = sd.array().square().matrix().asDiagonal();
    result.precision = sd.array().square().inverse().matrix().asDiagonal();
    result.log_det = 2 * sd.array().log().sum();
    result.notes.push_back(absl::StrFormat(
        "only %d observations for %d columns (fewer than 2 (p + 1) = %d): used the "
        "coordinate-wise medians and a diagonal covariance of the robust variances, "
        "so correlations between columns are ignored",
        static_cast<int>(n), static_cast<int>(p), static_cast<int>(2 * (p + 1))));
    return result;
  }

  // 4. The MCD search in standardised units.
  const MatrixXd z = standardise(columns);
  Setup setup;
  setup.p = p;
  setup.ridge = options.relative_variance_floor;
  setup.variance_floor = VectorXd::Zero(p);
  for (Index k = 0; k < p; ++k) {
    const double floor_z = floor_sds[k] / scale[k];
    setup.variance_floor[k] = floor_z * floor_z;
  }
  Estimate raw;
  if (!SearchMcd(z, h, options, setup, &result.notes, &raw)) {
    return absl::InternalError(
        "FastMCD found no usable h-subset (the covariance could not be factored)");
  }

  // 5. Consistency at the normal model: an h/n-trimmed normal sample has covariance
  // P(chi2_{p+2} <= q) / (h/n) times the true one, q the chi2_p quantile at h/n.
  const double pdim = static_cast<double>(p);
  const double fraction = static_cast<double>(h) / static_cast<double>(n);
  result.raw_consistency_factor =
      fraction >= 1 ? 1.0 : fraction / Chi2Cdf(Chi2Quantile(fraction, pdim), pdim + 2);
  raw.scatter *= result.raw_consistency_factor;
  if (!Finalize(setup, &raw)) {
    return absl::InternalError("FastMCD raw covariance could not be factored");
  }
  Estimate final_estimate = raw;
  result.support_size = static_cast<int>(h);

  // 6. One-step reweighting.
  if (options.reweight) {
    Workspace ws;
    Distances(z, raw, &ws, &ws.distances);
    const double cutoff = Chi2Quantile(kReweightQuantile, pdim);
    std::vector<Index> inliers;
    for (Index i = 0; i < n; ++i) {
      if (ws.distances[i] <= cutoff) inliers.push_back(i);
    }
    Estimate reweighted;
    bool reweighted_ok = false;
    if (static_cast<Index>(inliers.size()) >= p + 1) {
      MeanScatter(z, inliers, &ws, &reweighted);
      reweighted.scatter *= kReweightQuantile / Chi2Cdf(cutoff, pdim + 2);
      reweighted_ok = Finalize(setup, &reweighted);
    }
    if (reweighted_ok) {
      final_estimate = std::move(reweighted);
      result.support_size = static_cast<int>(inliers.size());
    } else {
      result.notes.push_back(absl::StrFormat(
          "reweighting skipped: only %d observations within the chi2(0.975) cut-off",
          static_cast<int>(inliers.size())));
    }
  }

  ExportEstimate(final_estimate, center, scale, &result);
  result.regularized = final_estimate.ridged || !final_estimate.floored.empty();
  if (raw.ridged) {
    result.notes.push_back(absl::StrFormat(
        "the best h-subset's covariance is singular (an exact fit: at least h = %d "
        "observations lie on a hyperplane); a ridge of %g times each column's robust "
        "variance was added",
        static_cast<int>(h), options.relative_variance_floor));
  } else if (final_estimate.ridged) {
    result.notes.push_back(absl::StrFormat(
        "the reweighted covariance is singular; a ridge of %g times each column's "
        "robust variance was added",
        options.relative_variance_floor));
  }
  if (!final_estimate.floored.empty()) {
    std::vector<int> names;
    for (int k : final_estimate.floored) names.push_back(columns[k]);
    result.notes.push_back(absl::StrCat(
        "variance floor binding for tied column(s) ", absl::StrJoin(names, ", "),
        ": their variance in the fit is the floor, not what the data alone give"));
  }
  return result;
}

Eigen::VectorXd MahalanobisSquared(const FastMcdResult& fit, const Eigen::MatrixXd& x) {
  const Index n = x.rows();
  const Index p = static_cast<Index>(fit.used_columns.size());
  VectorXd out = VectorXd::Constant(n, kNaN);
  if (p == 0 || fit.location.size() != p || fit.covariance.rows() != p ||
      fit.covariance.cols() != p) {
    return out;
  }
  for (int c : fit.used_columns) {
    if (c < 0 || c >= x.cols()) return out;
  }
  const Eigen::LLT<MatrixXd> llt(fit.covariance);
  if (llt.info() != Eigen::Success) return out;
  const MatrixXd whitener = llt.matrixL().solve(MatrixXd::Identity(p, p));
  MatrixXd block;
  for (Index start = 0; start < n; start += kRowBlock) {
    const Index len = std::min(kRowBlock, n - start);
    block.resize(len, p);
    for (Index k = 0; k < p; ++k) {
      block.col(k) =
          x.col(fit.used_columns[k]).segment(start, len).array() - fit.location[k];
    }
    out.segment(start, len) = (block * whitener.transpose()).rowwise().squaredNorm();
    for (Index r = 0; r < len; ++r) {
      if (!block.row(r).allFinite()) out[start + r] = kNaN;
    }
  }
  return out;
}

}  // namespace simaudit
