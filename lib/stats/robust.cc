// File: robust.cc
#include "lib/stats/robust.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "absl/types/span.h"

namespace simaudit {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> NonNaN(absl::Span<const double> values) {
  std::vector<double> out;
  out.reserve(values.size());
  for (double v : values) {
    if (!std::isnan(v)) out.push_back(v);
  }
  return out;
}

// Median of `v`, which it reorders; v must not be empty.
double MedianInPlace(std::vector<double>& v) {
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + mid, v.end());
  const double upper = v[mid];
  if (v.size() % 2 == 1) return upper;
  // nth_element leaves the lower half in front; its maximum is the other middle value.
  const double lower = *std::max_element(v.begin(), v.begin() + mid);
  return lower + (upper - lower) / 2;
}

}  // namespace

double Median(absl::Span<const double> values) {
  std::vector<double> v = NonNaN(values);
  if (v.empty()) return kNaN;
  return MedianInPlace(v);
}

double Quantile(absl::Span<const double> values, double q) {
  if (std::isnan(q)) return kNaN;
  std::vector<double> v = NonNaN(values);
  if (v.empty()) return kNaN;
  q = std::clamp(q, 0.0, 1.0);
  const double position = q * static_cast<double>(v.size() - 1);
  const size_t below = static_cast<size_t>(std::floor(position));
  const double fraction = position - static_cast<double>(below);
  std::nth_element(v.begin(), v.begin() + below, v.end());
  const double lower = v[below];
  if (fraction == 0 || below + 1 >= v.size()) return lower;
  // Everything after `below` is >= lower; the next order statistic is their minimum.
  const double upper = *std::min_element(v.begin() + below + 1, v.end());
  return lower + fraction * (upper - lower);
}

RobustScale ComputeRobustScale(absl::Span<const double> values) {
  std::vector<double> v = NonNaN(values);
  if (v.empty()) return {kNaN, 0, 0};
  RobustScale s;
  s.median = MedianInPlace(v);
  double sum_abs = 0;
  for (double& x : v) {
    x = std::fabs(x - s.median);
    sum_abs += x;
  }
  s.mad = MedianInPlace(v);
  if (s.mad > 0) {
    s.scale = kMadToSigma * s.mad;
  } else {
    s.scale = kMeanAbsDevToSigma * (sum_abs / static_cast<double>(v.size()));
  }
  return s;
}

double RobustZ(double x, const RobustScale& s, double min_scale) {
  if (std::isnan(x) || std::isnan(s.median)) return kNaN;
  if (x == s.median) return 0;
  const double scale = std::max(s.scale, min_scale);
  if (!(scale > 0)) {
    return x > s.median ? std::numeric_limits<double>::infinity()
                        : -std::numeric_limits<double>::infinity();
  }
  return (x - s.median) / scale;
}

}  // namespace simaudit
