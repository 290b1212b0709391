// Benchmarks of the detection engine on generated populations: the whole Detector::Run
// per subscription, with the graph, feature and scoring stages reported as counters.

#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
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

// A hostile or broken export: `n` registrations on one document at one dealer within the
// hour, no first use known, beside 20 000 ordinary ones. Time per row must stay flat as
// `n` grows: the per-document windows are linear, not quadratic.
void BM_Detector_OneDocumentRegisteredManyTimes(benchmark::State& state) {
  static auto* batches = new std::map<int64_t, std::unique_ptr<Batch>>();
  const int64_t n = state.range(0);
  auto& slot = (*batches)[n];
  if (slot == nullptr) {
    GeneratorOptions options;
    options.subscriptions = 20000;
    options.seed = 5;
    std::ostringstream csv, labels;
    if (!Generate(options, csv, labels).ok()) std::abort();
    std::vector<std::string> lines = absl::StrSplit(csv.str(), '\n', absl::SkipEmpty());
    const std::vector<std::string> header = absl::StrSplit(lines[0], ',');
    std::vector<std::string> row = absl::StrSplit(lines[1], ',');
    auto set = [&](const std::string& column, const std::string& value) {
      for (size_t k = 0; k < header.size(); ++k) {
        if (header[k] == column) row[k] = value;
      }
    };
    set("channel", "AGENT");
    set("agent_id", "VTT-DL-001-00001");
    set("first_use_imei", "");
    std::string text = csv.str();
    for (int64_t k = 0; k < n; ++k) {
      set("msisdn", absl::StrCat("0399", absl::StrFormat("%06d", k)));
      set("iccid", "");
      set("registered_at", absl::StrFormat("2025-03-01T10:%02d:%02d+07:00", (k / 60) % 60, k % 60));
      absl::StrAppend(&text, absl::StrJoin(row, ","), "\n");
    }
    slot = std::make_unique<Batch>();
    if (!ReadBatchBuffer(text, "bench.csv", InputFormat::kCsv, ReadOptions(), slot.get()).ok())
      std::abort();
  }
  for (auto _ : state) {
    auto d = Detector::Run(*slot, DetectOptions());
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations() * slot->records.size());
}
BENCHMARK(BM_Detector_OneDocumentRegisteredManyTimes)
    ->Arg(5000)
    ->Arg(20000)
    ->Arg(80000)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

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
