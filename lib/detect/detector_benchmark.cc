// Benchmarks of the detection engine on generated populations: the whole Detector::Run
// per subscription, with the graph, feature and scoring stages reported as counters.

#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "benchmark/benchmark.h"
#include "lib/detect/detector.h"
#include "lib/gen/generator.h"
#include "lib/ingest/batch_reader.h"

namespace simaudit {
namespace {

// One generated batch per size, read once.
const Batch& GeneratedBatch(int64_t n) {
  static auto* batches = new std::map<int64_t, std::unique_ptr<Batch>>();
  auto& slot = (*batches)[n];
  if (slot == nullptr) {
    GeneratorOptions options;
    options.subscriptions = static_cast<uint64_t>(n);
    options.seed = 3;
    std::ostringstream csv, labels;
    if (!Generate(options, csv, labels).ok()) std::abort();
    slot = std::make_unique<Batch>();
    if (!ReadBatchBuffer(csv.str(), "bench.csv", InputFormat::kCsv, ReadOptions(), slot.get()).ok())
      std::abort();
  }
  return *slot;
}

void BM_Detector_Run(benchmark::State& state) {
  const Batch& batch = GeneratedBatch(state.range(0));
  DetectTimings sum;
  int runs = 0;
  for (auto _ : state) {
    auto d = Detector::Run(batch, DetectOptions());
    benchmark::DoNotOptimize(d);
    sum.graph_seconds += (*d)->timings().graph_seconds;
    sum.features_seconds += (*d)->timings().features_seconds;
    sum.scoring_seconds += (*d)->timings().scoring_seconds;
    ++runs;
  }
  state.SetItemsProcessed(state.iterations() * batch.records.size());
  state.counters["graph_ns_per_row"] = 1e9 * sum.graph_seconds / runs / batch.records.size();
  state.counters["features_ns_per_row"] = 1e9 * sum.features_seconds / runs / batch.records.size();
  state.counters["scoring_ns_per_row"] = 1e9 * sum.scoring_seconds / runs / batch.records.size();
}
BENCHMARK(BM_Detector_Run)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// Explaining one flagged subscription (what `simaudit explain` and findings evidence do).
void BM_Detector_Evidence(benchmark::State& state) {
  const Batch& batch = GeneratedBatch(100000);
  auto d = Detector::Run(batch, DetectOptions());
  size_t flagged = 0;
  while (flagged < (*d)->num_subscriptions() && !(*d)->verdict(flagged).junk) ++flagged;
  for (auto _ : state) {
    benchmark::DoNotOptimize((*d)->Evidence(flagged));
  }
}
BENCHMARK(BM_Detector_Evidence);

}  // namespace
}  // namespace simaudit

BENCHMARK_MAIN();
