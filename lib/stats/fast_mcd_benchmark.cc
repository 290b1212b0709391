// File: fast_mcd_benchmark.cc
// FastMCD at audit scale: one peer-group model over up to a million subscriptions and
// eight usage features. Run with: bazel run -c opt //lib/stats:fast_mcd_benchmark
#include <cmath>
#include <cstdint>
#include <random>

#include "Eigen/Core"
#include "benchmark/benchmark.h"
#include "lib/stats/fast_mcd.h"

namespace simaudit {
namespace {

// Correlated Gaussian features with 10% of rows shifted far away.
Eigen::MatrixXd UsageLike(int n, int p) {
  std::mt19937_64 rng(1);
  std::normal_distribution<double> normal;
  Eigen::MatrixXd x(n, p);
  for (int i = 0; i < n; ++i) {
    const double common = normal(rng);
    const double shift = i % 10 == 0 ? 8 : 0;
    for (int j = 0; j < p; ++j) {
      x(i, j) = (j + 1) * (0.6 * common + 0.8 * normal(rng) + shift) + 10 * j;
    }
  }
  return x;
}

void BM_FastMcd_Fit(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const int p = static_cast<int>(state.range(1));
  const Eigen::MatrixXd x = UsageLike(n, p);
  const FastMcdOptions options;
  int support = 0;
  for (auto _ : state) {
    auto fit = FitFastMcd(x, options);
    if (!fit.ok()) {
      state.SkipWithError(fit.status().ToString().c_str());
      break;
    }
    support = fit->support_size;
    benchmark::DoNotOptimize(fit->log_det);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
  state.counters["support"] = support;
}
BENCHMARK(BM_FastMcd_Fit)
    ->Args({100000, 8})
    ->Args({1000000, 8})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_FastMcd_MahalanobisSquared(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Eigen::MatrixXd x = UsageLike(n, 8);
  const auto fit = FitFastMcd(x.topRows(20000), FastMcdOptions());
  if (!fit.ok()) {
    state.SkipWithError(fit.status().ToString().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(MahalanobisSquared(*fit, x));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
BENCHMARK(BM_FastMcd_MahalanobisSquared)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace simaudit
