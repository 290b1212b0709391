// File: chi2.h
// -----------------------------------------------------------------------------
// Tail probabilities of the chi-squared and normal distributions, for turning robust
// distances into p-values and cut-offs. Written for accuracy in the far upper tail,
// where outlier scores live: Chi2Survival(x, k) is computed as the upper regularised
// incomplete gamma function itself, never as 1 - cdf, so exp(-500) stays exp(-500)
// instead of becoming 0.
//
//   double cutoff = Chi2Quantile(0.975, /*dof=*/8);        // 17.5345
//   double p_value = Chi2Survival(distance_squared, 8);
#ifndef SIMAUDIT_LIB_STATS_CHI2_H_
#define SIMAUDIT_LIB_STATS_CHI2_H_

namespace simaudit {

// RegularizedGammaP(), RegularizedGammaQ()
//
// P(a, x) = γ(a, x) / Γ(a) and Q(a, x) = Γ(a, x) / Γ(a) = 1 - P(a, x), for a > 0. Both
// are computed directly: a power series where x < a + 1 and a continued fraction
// elsewhere, with the other function obtained as the complement only where it is
// not small. Relative accuracy is about 1e-14 except where the result underflows.
// Returns NaN when a <= 0 or either argument is NaN; x <= 0 gives P = 0, Q = 1.
double RegularizedGammaP(double a, double x);
double RegularizedGammaQ(double a, double x);

// Chi2Cdf(), Chi2Survival()
//
// P(X <= x) and P(X > x) for X ~ chi-squared with `dof` > 0 degrees of freedom (not
// necessarily an integer). NaN when dof <= 0 or an argument is NaN.
double Chi2Cdf(double x, double dof);
double Chi2Survival(double x, double dof);

// Chi2Quantile()
//
// The x with Chi2Cdf(x, dof) = p (p is the lower-tail probability): 0 for p <= 0,
// +infinity for p >= 1, NaN for NaN or dof <= 0. Solved by safeguarded Newton steps
// on whichever tail is smaller, so p close to 1 keeps its precision.
double Chi2Quantile(double p, double dof);

// NormalSurvival()
//
// P(Z > z) for a standard normal Z, via erfc (accurate in the upper tail).
double NormalSurvival(double z);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_STATS_CHI2_H_
