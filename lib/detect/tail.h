// File: tail.h
// -----------------------------------------------------------------------------
// Turning observations into evidence. Evidence is "surprise", -log10 of a tail
// probability under a peer-group null, so that independent pieces add up and a total of
// E means "as unlikely as p = 10^-E under normal behaviour".
//
//   double e = SurpriseFromZ(RobustZ(x, peer, 0.5));     // one-sided normal tail
//   double d = BinomialSurprise(k, n, peer_rate);        // dealer share tests
//   double c = PoissonSurprise(k, expected_count);       // coincidences in time
#ifndef SIMAUDIT_LIB_DETECT_TAIL_H_
#define SIMAUDIT_LIB_DETECT_TAIL_H_

#include <cstdint>

namespace simaudit {

// -log10 P(Z > z) for a standard normal; 0 for z <= 0.
double SurpriseFromZ(double z);

// -log10 of a probability, with p clamped to [1e-300, 1].
double SurpriseFromP(double p);

// -log10 P(X >= k) for X ~ Binomial(n, p). 0 when k <= n p. Exact summation in log
// space for n <= 2000, a normal approximation with continuity correction beyond.
double BinomialSurprise(uint64_t k, uint64_t n, double p);

// -log10 P(X >= k) for X ~ Poisson(lambda). 0 when k <= lambda; 300 (the floor of
// SurpriseFromP) when lambda is 0 and k > 0, where the event is impossible.
double PoissonSurprise(uint64_t k, double lambda);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_TAIL_H_
