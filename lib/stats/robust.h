// File: robust.h
// -----------------------------------------------------------------------------
// Robust univariate statistics: median, quantiles and a MAD-based scale with a
// fallback for the heavily tied data that registration counts produce (a dealer's
// "SIMs per ID" is mostly 1, so the MAD is often 0).
//
//   RobustScale s = ComputeRobustScale(sims_per_id);
//   double z = RobustZ(x, s, /*min_scale=*/0.5);   // large when x is far from typical
//
// NaN values are treated as missing and ignored by every function here.
#ifndef SIMAUDIT_LIB_STATS_ROBUST_H_
#define SIMAUDIT_LIB_STATS_ROBUST_H_

#include "absl/types/span.h"

namespace simaudit {

// MAD * kMadToSigma estimates the standard deviation of normal data.
inline constexpr double kMadToSigma = 1.4826;
// Mean absolute deviation * kMeanAbsDevToSigma (= sqrt(pi / 2)) does the same.
inline constexpr double kMeanAbsDevToSigma = 1.2533;

// Median()
//
// The median of the non-NaN values (the mean of the two middle ones for an even
// count); NaN if there are none. Copies the input; O(n).
double Median(absl::Span<const double> values);

// Quantile()
//
// The q-quantile of the non-NaN values with linear interpolation between order
// statistics (x[(n - 1) q], "type 7", as numpy and R default). q is clamped to [0, 1];
// returns NaN when q is NaN or there are no values. Copies the input; O(n).
double Quantile(absl::Span<const double> values, double q);

// RobustScale: a location and a scale comparable to a standard deviation.
struct RobustScale {
  double median = 0;
  double scale = 0;
  double mad = 0;  // the median absolute deviation itself; 0 means scale is a fallback
};

// ComputeRobustScale()
//
// median = Median(values); scale = 1.4826 * MAD, where MAD is the median absolute
// deviation from the median. When the MAD is 0 (more than half the values tie at the
// median, common for counts), scale falls back to 1.2533 * the mean absolute deviation
// from the median; when that is 0 too (all values equal), scale = 0. With no non-NaN
// values, returns {NaN, 0, 0}.
RobustScale ComputeRobustScale(absl::Span<const double> values);

// RobustZ()
//
// (x - s.median) / max(s.scale, min_scale), and exactly 0 when x == s.median. Flooring
// the scale gives a large but finite z when a peer group is constant and x deviates
// from it. Returns NaN when x or s.median is NaN, and +-infinity when x deviates and
// both s.scale and min_scale are <= 0 (pass min_scale > 0 to avoid that).
double RobustZ(double x, const RobustScale& s, double min_scale);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_STATS_ROBUST_H_
