// File: graph_benchmark.cc
// Throughput of the graph primitives at audit scale (a national batch has millions of
// registrations). Run with: bazel run -c opt //lib/graph:graph_benchmark
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "benchmark/benchmark.h"
#include "lib/graph/hamming_index.h"
#include "lib/graph/union_find.h"

namespace simaudit {
namespace {

std::vector<std::pair<uint32_t, uint32_t>> RandomEdges(uint32_t nodes, uint32_t edges) {
  std::mt19937_64 rng(1);
  std::uniform_int_distribution<uint32_t> node(0, nodes - 1);
  std::vector<std::pair<uint32_t, uint32_t>> out(edges);
  for (auto& e : out) e = {node(rng), node(rng)};
  return out;
}

// Face hashes as an audit sees them: mostly distinct faces, plus families of
// near-duplicate captures (the same face re-registered many times).
std::vector<uint64_t> FaceHashes(uint32_t n) {
  std::mt19937_64 rng(2);
  std::vector<uint64_t> hashes;
  hashes.reserve(n);
  std::uniform_int_distribution<int> bit(0, 63), flips(0, 4);
  while (hashes.size() < n) {
    const uint64_t face = rng();
    hashes.push_back(face);
    if (hashes.size() % 64 == 0) {  // one face in 64 comes back ~10 times
      for (int k = 0; k < 10 && hashes.size() < n; ++k) {
        uint64_t capture = face;
        for (int f = flips(rng); f > 0; --f) capture ^= uint64_t{1} << bit(rng);
        hashes.push_back(capture);
      }
    }
  }
  return hashes;
}

void BM_UnionFind_RandomEdges(benchmark::State& state) {
  const uint32_t nodes = static_cast<uint32_t>(state.range(0));
  const uint32_t edges = static_cast<uint32_t>(state.range(1));
  const auto edge_list = RandomEdges(nodes, edges);
  for (auto _ : state) {
    UnionFind uf(nodes);
    for (const auto& [a, b] : edge_list) uf.Union(a, b);
    benchmark::DoNotOptimize(uf.num_sets());
  }
  state.SetItemsProcessed(state.iterations() * int64_t{edges});
}
BENCHMARK(BM_UnionFind_RandomEdges)
    ->Args({1 << 16, 1 << 16})
    ->Args({1 << 20, 1 << 20})
    ->Args({1 << 20, 4 << 20})
    ->Unit(benchmark::kMillisecond);

void BM_UnionFind_ComponentLabels(benchmark::State& state) {
  const uint32_t nodes = static_cast<uint32_t>(state.range(0));
  const auto edge_list = RandomEdges(nodes, nodes);
  UnionFind uf(nodes);
  for (const auto& [a, b] : edge_list) uf.Union(a, b);
  for (auto _ : state) benchmark::DoNotOptimize(uf.ComponentLabels());
  state.SetItemsProcessed(state.iterations() * int64_t{nodes});
}
BENCHMARK(BM_UnionFind_ComponentLabels)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_HammingIndex_Build(benchmark::State& state) {
  const auto hashes = FaceHashes(static_cast<uint32_t>(state.range(0)));
  for (auto _ : state) {
    HammingIndex index(8);
    for (uint64_t h : hashes) index.Add(h);
    index.Compact();
    benchmark::DoNotOptimize(index.size());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(hashes.size()));
}
BENCHMARK(BM_HammingIndex_Build)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_HammingIndex_Query(benchmark::State& state) {
  const int radius = static_cast<int>(state.range(1));
  const auto hashes = FaceHashes(static_cast<uint32_t>(state.range(0)));
  HammingIndex index(8);
  for (uint64_t h : hashes) index.Add(h);
  index.Compact();
  // Queries are perturbed members, like a new capture of a known face.
  std::mt19937_64 rng(3);
  std::uniform_int_distribution<size_t> pick(0, hashes.size() - 1);
  std::uniform_int_distribution<int> bit(0, 63);
  std::vector<uint64_t> queries(4096);
  for (auto& q : queries) q = hashes[pick(rng)] ^ (uint64_t{1} << bit(rng));
  std::vector<uint32_t> out;
  size_t next = 0;
  int64_t matches = 0;
  for (auto _ : state) {
    out.clear();
    index.Query(queries[next], radius, &out);
    matches += static_cast<int64_t>(out.size());
    next = (next + 1) % queries.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["matches_per_query"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_HammingIndex_Query)->Args({1 << 20, 4})->Args({1 << 20, 8});

// The pair join alone, on one thread, with the layout chosen for `expected_size` (the
// third argument): 0 gives four 16-bit blocks, 1 << 24 three blocks (22, 21, 21), so
// that the two can be compared at one size; the index picks three from about 6 M.
void BM_HammingIndex_PairJoin(benchmark::State& state) {
  const auto hashes = FaceHashes(static_cast<uint32_t>(state.range(0)));
  const int radius = static_cast<int>(state.range(1));
  HammingIndex index(radius, static_cast<uint32_t>(state.range(2)));
  index.AddAll(hashes);
  int64_t pairs = 0;
  for (auto _ : state) {
    pairs = 0;
    index.ForEachPairWithin(radius, [&](uint32_t, uint32_t) { ++pairs; });
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(hashes.size()));
  state.counters["blocks"] = index.num_blocks();
  state.counters["pairs"] = static_cast<double>(pairs);
}
BENCHMARK(BM_HammingIndex_PairJoin)
    ->Args({1 << 20, 6, 0})
    ->Args({1 << 20, 6, 1 << 24})
    ->Args({4'000'000, 6, 0})
    ->Args({4'000'000, 6, 1 << 24})
    ->Args({8'000'000, 6, 0})
    ->Args({8'000'000, 6, 1 << 24})
    ->Unit(benchmark::kMillisecond);

void BM_ClusterFaces(benchmark::State& state) {
  const auto hashes = FaceHashes(static_cast<uint32_t>(state.range(0)));
  const int radius = static_cast<int>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(ClusterFaces(hashes, radius));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(hashes.size()));
}
// Radius 6 is what the detector uses; the audit sees up to 10 M distinct hashes.
BENCHMARK(BM_ClusterFaces)
    ->Args({1 << 20, 4})
    ->Args({1 << 20, 6})
    ->Args({1 << 20, 8})
    ->Args({4'000'000, 6})
    ->Args({8'000'000, 6})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace simaudit
