// File: chi2.cc
#include "lib/stats/chi2.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace simaudit {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
// Stands in for zero in the continued fraction, where a zero would divide.
constexpr double kTiny = 1e-300;
// Both expansions converge in O(sqrt(a)) terms; this only guards against a bug.
constexpr int kMaxTerms = 10'000'000;

// log(x^a e^-x / Γ(a)), the common factor of both expansions.
double LogPrefactor(double a, double x) { return a * std::log(x) - x - std::lgamma(a); }

// P(a, x) by its power series e^-x x^a / Γ(a) * Σ x^n / (a (a+1) ... (a+n)); all
// terms are positive, and it converges fast for x < a + 1.
double SeriesP(double a, double x) {
  double denominator = a;
  double term = 1.0 / a;
  double sum = term;
  for (int n = 1; n < kMaxTerms; ++n) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (term < sum * kEpsilon) break;
  }
  return std::exp(LogPrefactor(a, x) + std::log(sum));
}

// Q(a, x) by Legendre's continued fraction, evaluated with the modified Lentz method;
// converges fast for x >= a + 1.
double ContinuedFractionQ(double a, double x) {
  double b = x + 1 - a;
  double c = 1 / kTiny;
  double d = 1 / b;
  double h = d;
  for (int i = 1; i < kMaxTerms; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = b + an / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::fabs(delta - 1) < kEpsilon) break;
  }
  return std::exp(LogPrefactor(a, x) + std::log(h));
}

double Chi2Density(double x, double dof) {
  const double k = dof / 2;
  if (x <= 0) return k < 1 ? kInf : (k == 1 ? 0.5 : 0.0);
  return std::exp((k - 1) * std::log(x) - x / 2 - k * std::log(2.0) - std::lgamma(k));
}

}  // namespace

double RegularizedGammaP(double a, double x) {
  if (std::isnan(a) || std::isnan(x) || !(a > 0)) return kNaN;
  if (x <= 0) return 0;
  if (x == kInf) return 1;
  if (x < a + 1) return SeriesP(a, x);
  return 1 - ContinuedFractionQ(a, x);
}

double RegularizedGammaQ(double a, double x) {
  if (std::isnan(a) || std::isnan(x) || !(a > 0)) return kNaN;
  if (x <= 0) return 1;
  if (x == kInf) return 0;
  if (x < a + 1) return 1 - SeriesP(a, x);
  return ContinuedFractionQ(a, x);
}

double Chi2Cdf(double x, double dof) { return RegularizedGammaP(dof / 2, x / 2); }

double Chi2Survival(double x, double dof) { return RegularizedGammaQ(dof / 2, x / 2); }

double Chi2Quantile(double p, double dof) {
  if (std::isnan(p) || std::isnan(dof) || !(dof > 0)) return kNaN;
  if (p <= 0) return 0;
  if (p >= 1) return kInf;
  // Solve in the smaller tail: g is increasing in x and has derivative density(x).
  const bool upper = p > 0.5;
  const double target = upper ? 1 - p : p;  // exact for p in (0.5, 1)
  auto g = [&](double x) {
    return upper ? target - Chi2Survival(x, dof) : Chi2Cdf(x, dof) - target;
  };

  double lo = 0;
  double hi = std::max(dof, 1.0);
  while (g(hi) < 0) {
    lo = hi;
    hi *= 2;
    if (hi == kInf) return kInf;
  }
  double x = 0.5 * (lo + hi);
  for (int iteration = 0; iteration < 500; ++iteration) {
    const double value = g(x);
    if (value == 0) return x;
    if (value < 0) {
      lo = x;
    } else {
      hi = x;
    }
    const double density = Chi2Density(x, dof);
    double next = x - value / density;
    // Newton where it stays inside the bracket, bisection otherwise.
    if (!(density > 0) || !(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::fabs(next - x) <= 4 * kEpsilon * x || hi - lo <= 4 * kEpsilon * hi) {
      return next;
    }
    x = next;
  }
  return x;
}

double NormalSurvival(double z) { return 0.5 * std::erfc(z * M_SQRT1_2); }

}  // namespace simaudit
