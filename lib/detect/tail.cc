#include "lib/detect/tail.h"

#include <algorithm>
#include <cmath>

namespace simaudit {
namespace {

// log10 P(Z > z) for large z, from the asymptotic expansion of erfc; std::erfc underflows
// past z ~ 38 and loses relative accuracy well before.
double Log10NormalTail(double z) {
  if (z < 5.0) return std::log10(0.5 * std::erfc(z / std::sqrt(2.0)));
  const double z2 = z * z;
  const double series = 1.0 - 1.0 / z2 + 3.0 / (z2 * z2) - 15.0 / (z2 * z2 * z2);
  const double ln = -0.5 * z2 - std::log(z) - 0.5 * std::log(2.0 * M_PI) + std::log(series);
  return ln / std::log(10.0);
}

// log of a sum of terms given by log_term(j) for j = first, first + 1, ..., whose terms
// fall once past their peak: summed in log space, rescaled to the running maximum, until
// they drop 40 nats below it or `last` is reached.
template <typename LogTerm>
double LogTailSum(uint64_t first, uint64_t last, LogTerm log_term) {
  double max_term = -INFINITY;
  double terms_sum = 0.0;
  for (uint64_t j = first; j <= last; ++j) {
    const double t = log_term(j);
    if (t > max_term) {
      terms_sum = terms_sum * std::exp(max_term - t) + 1.0;
      max_term = t;
    } else {
      terms_sum += std::exp(t - max_term);
    }
    if (t < max_term - 40.0) break;  // remaining terms are negligible and decreasing
  }
  return max_term + std::log(terms_sum);
}

}  // namespace

double SurpriseFromZ(double z) {
  if (!(z > 0.0)) return 0.0;
  return -Log10NormalTail(z);
}

double SurpriseFromP(double p) {
  p = std::clamp(p, 1e-300, 1.0);
  return -std::log10(p);
}

double BinomialSurprise(uint64_t k, uint64_t n, double p) {
  if (n == 0 || k == 0) return 0.0;
  p = std::clamp(p, 1e-9, 1.0 - 1e-9);
  if (static_cast<double>(k) <= n * p) return 0.0;
  if (n > 2000) {
    const double sd = std::sqrt(n * p * (1.0 - p));
    return SurpriseFromZ((k - 0.5 - n * p) / sd);
  }
  // log P(X = j) = lgamma(n+1) - lgamma(j+1) - lgamma(n-j+1) + j ln p + (n-j) ln(1-p).
  const double lp = std::log(p);
  const double lq = std::log1p(-p);
  const double base = std::lgamma(n + 1.0);
  const double log_tail = LogTailSum(k, n, [&](uint64_t j) {
    return base - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0) + j * lp + (n - j) * lq;
  });
  return std::max(0.0, -log_tail / std::log(10.0));
}

double PoissonSurprise(uint64_t k, double lambda) {
  if (k == 0 || static_cast<double>(k) <= lambda) return 0.0;
  if (!(lambda > 0.0)) return SurpriseFromP(0.0);
  // log P(X = j) = j ln(lambda) - lambda - lgamma(j+1); past k > lambda the terms fall.
  const double ll = std::log(lambda);
  const double log_tail = LogTailSum(k, UINT64_MAX - 1, [&](uint64_t j) {
    return j * ll - lambda - std::lgamma(j + 1.0);
  });
  return std::max(0.0, -log_tail / std::log(10.0));
}

}  // namespace simaudit
