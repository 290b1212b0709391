// Generation speed of the synthetic population. Output goes to a discarding stream, so
// this measures generation and formatting, not the disk.
#include <ostream>
#include <streambuf>

#include "benchmark/benchmark.h"
#include "lib/gen/generator.h"

namespace simaudit {
namespace {

// A streambuf that counts and drops everything.
class NullBuffer : public std::streambuf {
 public:
  int64_t bytes() const { return bytes_; }

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes_ += n;
    return n;
  }
  int overflow(int c) override {
    ++bytes_;
    return c;
  }

 private:
  int64_t bytes_ = 0;
};

void RunGenerate(benchmark::State& state, const char* mix) {
  GeneratorOptions options;
  options.subscriptions = static_cast<uint64_t>(state.range(0));
  if (!ApplyMix(mix, &options).ok()) {
    state.SkipWithError("bad mix");
    return;
  }
  int64_t bytes = 0;
  for (auto _ : state) {
    NullBuffer batch_buf;
    NullBuffer labels_buf;
    std::ostream batch(&batch_buf);
    std::ostream labels(&labels_buf);
    absl::StatusOr<GeneratorStats> stats = Generate(options, batch, labels);
    if (!stats.ok()) {
      state.SkipWithError(stats.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(stats->rows);
    bytes += batch_buf.bytes() + labels_buf.bytes();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(bytes);
}

void BM_Generate_Default(benchmark::State& state) { RunGenerate(state, "default"); }
void BM_Generate_Stealth(benchmark::State& state) { RunGenerate(state, "stealth"); }

BENCHMARK(BM_Generate_Default)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Generate_Stealth)->Arg(100000)->Unit(benchmark::kMillisecond);
// One pass at 1 M rows (about a minute's worth of national registrations x 10).
BENCHMARK(BM_Generate_Default)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace simaudit
