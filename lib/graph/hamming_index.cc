// File: hamming_index.cc
#include "lib/graph/hamming_index.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/numeric/bits.h"
#include "absl/types/span.h"
#include "lib/graph/union_find.h"

// The verification loops are popcount-bound. The default x86-64 target has no POPCNT
// instruction (GCC emits a libgcc call), so those loops are compiled twice and the
// loader picks the POPCNT clone on CPUs that have it.
#if defined(__x86_64__) && defined(__linux__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define SIMAUDIT_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#endif
#endif
#ifndef SIMAUDIT_POPCNT_CLONES
#define SIMAUDIT_POPCNT_CLONES
#endif

namespace simaudit {
namespace {

constexpr int kBlocks = 4;
constexpr int kBits = 16;
constexpr uint32_t kBlockValues = 1u << kBits;
constexpr uint64_t kBlockMask = kBlockValues - 1;
constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

// Pending (chained) entries are folded into the sorted tables once there are this many
// and they exceed half the sorted ones; geometric growth keeps Add amortised O(1).
// Below this size an index never allocates the 1 MB of group offsets.
constexpr uint32_t kMinPendingForRebuild = 4096;
// Probes whose groups are located, and prefetched, before any of them is scanned, so
// that their cache misses overlap instead of being paid one after another.
constexpr uint32_t kProbeBatch = 32;
constexpr uint32_t kSlotsPerCacheLine = 64 / sizeof(uint32_t);

// All 16-bit flip masks ordered by popcount, so that the masks with at most t bits set
// are the prefix masks[0, prefix[t]).
struct FlipMasks {
  std::vector<uint16_t> masks;
  std::array<uint32_t, kBits + 1> prefix;
};

const FlipMasks& GetFlipMasks() {
  static const FlipMasks* const kMasks = [] {
    auto* m = new FlipMasks;
    m->masks.reserve(kBlockValues);
    for (int bits = 0; bits <= kBits; ++bits) {
      for (uint32_t v = 0; v < kBlockValues; ++v) {
        if (absl::popcount(v) == bits) m->masks.push_back(static_cast<uint16_t>(v));
      }
      m->prefix[bits] = static_cast<uint32_t>(m->masks.size());
    }
    return m;
  }();
  return *kMasks;
}

inline uint32_t BlockValue(uint64_t hash, int block) {
  return static_cast<uint32_t>((hash >> (kBits * block)) & kBlockMask);
}

// The 32-bit half of the hash that does not contain `block`. Its distance to the
// query's half is a lower bound of the full distance.
inline uint32_t FilterHalf(uint64_t hash, int block) {
  return static_cast<uint32_t>(block < kBlocks / 2 ? hash >> 32 : hash);
}

// How many flips each block is searched with. If every block differed by more than
// its threshold t_b, the distance would be at least sum(t_b + 1); so any thresholds
// with sum(t_b + 1) >= radius + 1 find every pair within the radius. Writing
// radius = 4q + a, blocks 0..a get q and the others q - 1 (-1: not searched), which is
// the cheapest such choice (Norouzi et al., multi-index hashing). For radius 4 this is
// 17 + 1 + 1 + 1 probes instead of 4 * 17 with floor(radius / 4) everywhere.
struct Search {
  int radius = 0;
  std::array<int, kBlocks> flips;
};

Search MakeSearch(int radius) {
  Search s;
  s.radius = std::min(radius, 64);
  const int q = s.radius / kBlocks, a = s.radius % kBlocks;
  for (int b = 0; b < kBlocks; ++b) s.flips[b] = std::min(b <= a ? q : q - 1, kBits);
  return s;
}

// Whether a pair with this xor is reported when found through `block`: it must be
// within the radius, and it is found in every block within that block's threshold, so
// only the first such block reports it.
inline bool Reports(uint64_t diff, const Search& search, int block) {
  if (__builtin_popcountll(diff) > search.radius) return false;
  for (int earlier = 0; earlier < block; ++earlier) {
    if (__builtin_popcountll((diff >> (kBits * earlier)) & kBlockMask) <=
        search.flips[earlier]) {
      return false;
    }
  }
  return true;
}

// Scans slots [begin, end) of a sorted table for one query.
SIMAUDIT_POPCNT_CLONES
void ScanGroup(const uint32_t* filters, const uint32_t* ids, uint32_t begin, uint32_t end,
               const uint64_t* hash_of_id, uint64_t query, uint32_t query_filter,
               const Search& search, int block, std::vector<uint32_t>* out) {
  for (uint32_t s = begin; s < end; ++s) {
    if (__builtin_popcount(filters[s] ^ query_filter) > search.radius) continue;
    if (Reports(hash_of_id[ids[s]] ^ query, search, block)) out->push_back(ids[s]);
  }
}

// Walks one chain of pending entries for one query.
SIMAUDIT_POPCNT_CLONES
void ScanChain(uint32_t id, const uint32_t* next, uint32_t first_pending,
               const uint64_t* hash_of_id, uint64_t query, const Search& search,
               int block, std::vector<uint32_t>* out) {
  for (; id != kNoEntry; id = next[id - first_pending]) {
    if (Reports(hash_of_id[id] ^ query, search, block)) out->push_back(id);
  }
}

// Visits the pairs between slots [a, a_end) and [b, b_end) of one sorted table; when
// both are the same group, each unordered pair once.
SIMAUDIT_POPCNT_CLONES
void JoinGroups(const uint32_t* filters, const uint32_t* ids, uint32_t a, uint32_t a_end,
                uint32_t b, uint32_t b_end, const uint64_t* hash_of_id,
                const Search& search, int block,
                absl::FunctionRef<void(uint32_t, uint32_t)> visit) {
  const bool same_group = a == b;
  for (uint32_t s = a; s < a_end; ++s) {
    const uint32_t filter = filters[s];
    for (uint32_t u = same_group ? s + 1 : b; u < b_end; ++u) {
      if (__builtin_popcount(filters[u] ^ filter) > search.radius) continue;
      const uint32_t i = ids[s], j = ids[u];
      if (Reports(hash_of_id[i] ^ hash_of_id[j], search, block)) {
        visit(std::min(i, j), std::max(i, j));
      }
    }
  }
}

}  // namespace

int HammingDistance(uint64_t a, uint64_t b) { return absl::popcount(a ^ b); }

HammingIndex::HammingIndex(int max_radius) : max_radius_(std::clamp(max_radius, 0, 64)) {
  static_assert(kNumBlocks == kBlocks, "block layout");
}

uint32_t HammingIndex::Add(uint64_t hash) {
  const uint32_t id = size();
  hashes_.push_back(hash);
  for (int b = 0; b < kBlocks; ++b) {
    Table& table = tables_[b];
    const auto [it, inserted] = table.pending_head.try_emplace(BlockValue(hash, b), id);
    table.pending_next.push_back(inserted ? kNoEntry : it->second);
    it->second = id;
  }
  const uint32_t pending = size() - sorted_size_;
  if (pending >= kMinPendingForRebuild && pending > sorted_size_ / 2) Compact();
  return id;
}

void HammingIndex::Compact() {
  const uint32_t n = size();
  if (sorted_size_ == n) return;
  std::vector<uint32_t> cursor;
  for (int b = 0; b < kBlocks; ++b) {
    Table& table = tables_[b];
    // Counting sort by block value; the stable scatter keeps ids ascending per group.
    table.offsets.assign(kBlockValues + 1, 0);
    for (uint64_t h : hashes_) ++table.offsets[BlockValue(h, b) + 1];
    for (uint32_t v = 0; v < kBlockValues; ++v) {
      table.offsets[v + 1] += table.offsets[v];
    }
    cursor.assign(table.offsets.begin(), table.offsets.end() - 1);
    table.filters.resize(n);
    table.ids.resize(n);
    for (uint32_t id = 0; id < n; ++id) {
      const uint64_t h = hashes_[id];
      const uint32_t slot = cursor[BlockValue(h, b)]++;
      table.filters[slot] = FilterHalf(h, b);
      table.ids[slot] = id;
    }
    table.pending_head = {};
    table.pending_next.clear();
    table.pending_next.shrink_to_fit();
  }
  sorted_size_ = n;
}

void HammingIndex::Query(uint64_t hash, int radius, std::vector<uint32_t>* out) const {
  if (radius < 0 || size() == 0) return;
  const Search search = MakeSearch(radius);
  const FlipMasks& flips = GetFlipMasks();
  const uint16_t* masks = flips.masks.data();
  const size_t first_new = out->size();

  for (int b = 0; b < kBlocks; ++b) {
    if (search.flips[b] < 0) continue;
    const Table& table = tables_[b];
    const uint32_t num_masks = flips.prefix[search.flips[b]];
    const uint32_t query_block = BlockValue(hash, b);
    if (sorted_size_ > 0) {
      const uint32_t* offsets = table.offsets.data();
      const uint32_t* filters = table.filters.data();
      const uint32_t query_filter = FilterHalf(hash, b);
      std::array<uint32_t, kProbeBatch> begin, end;
      for (uint32_t m0 = 0; m0 < num_masks; m0 += kProbeBatch) {
        const uint32_t batch = std::min(kProbeBatch, num_masks - m0);
        for (uint32_t k = 0; k < batch; ++k) {
          const uint32_t v = query_block ^ masks[m0 + k];
          begin[k] = offsets[v];
          end[k] = offsets[v + 1];
          for (uint32_t s = begin[k]; s < end[k]; s += kSlotsPerCacheLine) {
            __builtin_prefetch(filters + s);
          }
        }
        for (uint32_t k = 0; k < batch; ++k) {
          ScanGroup(filters, table.ids.data(), begin[k], end[k], hashes_.data(), hash,
                    query_filter, search, b, out);
        }
      }
    }
    if (!table.pending_head.empty()) {
      for (uint32_t m = 0; m < num_masks; ++m) {
        const auto it = table.pending_head.find(query_block ^ masks[m]);
        if (it == table.pending_head.end()) continue;
        ScanChain(it->second, table.pending_next.data(), sorted_size_, hashes_.data(),
                  hash, search, b, out);
      }
    }
  }
  std::sort(out->begin() + first_new, out->end());
}

void HammingIndex::ForEachPairWithin(int radius,
                                     absl::FunctionRef<void(uint32_t, uint32_t)> visit) {
  if (radius < 0) return;
  const uint32_t n = size();
  if (sorted_size_ == 0 && n < kMinPendingForRebuild) {
    // Too small for the sorted tables to pay off: one query per entry.
    std::vector<uint32_t> near;
    for (uint32_t i = 0; i < n; ++i) {
      near.clear();
      Query(hashes_[i], radius, &near);
      for (auto it = std::upper_bound(near.begin(), near.end(), i); it != near.end();
           ++it) {
        visit(i, *it);
      }
    }
    return;
  }
  Compact();
  const Search search = MakeSearch(radius);
  const FlipMasks& flips = GetFlipMasks();
  for (int b = 0; b < kBlocks; ++b) {
    if (search.flips[b] < 0) continue;
    const uint32_t num_masks = flips.prefix[search.flips[b]];
    const Table& table = tables_[b];
    const uint32_t* offsets = table.offsets.data();
    // Group v meets group v ^ mask once, from the smaller of the two values. For a
    // fixed mask, v ^ mask moves with v, so both sides are read nearly sequentially.
    for (uint32_t v = 0; v < kBlockValues; ++v) {
      if (offsets[v] == offsets[v + 1]) continue;
      for (uint32_t m = 0; m < num_masks; ++m) {
        const uint32_t w = v ^ flips.masks[m];
        if (w < v || offsets[w] == offsets[w + 1]) continue;
        JoinGroups(table.filters.data(), table.ids.data(), offsets[v], offsets[v + 1],
                   offsets[w], offsets[w + 1], hashes_.data(), search, b, visit);
      }
    }
  }
}

std::vector<uint32_t> ClusterFaces(absl::Span<const uint64_t> hashes, int radius) {
  const uint32_t n = static_cast<uint32_t>(hashes.size());
  UnionFind faces(n);
  if (radius < 0) return faces.ComponentLabels();

  // Distinct hashes in first-seen order; representative[d] is the first input with
  // distinct hash d.
  absl::flat_hash_map<uint64_t, uint32_t> distinct_of;
  distinct_of.reserve(n);
  std::vector<uint32_t> representative;
  HammingIndex index(radius);
  for (uint32_t i = 0; i < n; ++i) {
    const auto [it, inserted] = distinct_of.try_emplace(hashes[i], index.size());
    if (inserted) {
      index.Add(hashes[i]);
      representative.push_back(i);
    } else {
      faces.Union(representative[it->second], i);
    }
  }
  index.ForEachPairWithin(radius, [&](uint32_t a, uint32_t b) {
    faces.Union(representative[a], representative[b]);
  });
  return faces.ComponentLabels();
}

}  // namespace simaudit
