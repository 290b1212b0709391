// File: hamming_index.cc
#include "lib/graph/hamming_index.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/numeric/bits.h"
#include "absl/synchronization/mutex.h"
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

constexpr int kMaxBlocks = 4;
constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

// Pending (chained) entries are folded into the sorted tables once there are this many
// and they exceed half the sorted ones; geometric growth keeps Add amortised O(1).
// Below this size an index never allocates the group offsets.
constexpr uint32_t kMinPendingForRebuild = 4096;
// Probes whose groups are located, and prefetched, before any of them is scanned, so
// that their cache misses overlap instead of being paid one after another.
constexpr uint32_t kProbeBatch = 32;
constexpr uint32_t kSlotsPerCacheLine = 64 / sizeof(uint32_t);
// Compact sorts by the top this many bits of a block value first.
constexpr int kBucketBits = 8;

// ClusterFaces joins on two threads (when the machine has them) from this many
// distinct hashes; smaller joins take milliseconds. On two idle cores the second
// thread halved the join of 8 M hashes. Each thread merges its pairs into the faces
// kPairBuffer at a time.
constexpr uint32_t kMinDistinctForThreads = 1 << 16;
constexpr int kMaxJoinThreads = 2;
constexpr size_t kPairBuffer = 4096;

// What one entry's scan of a partner group costs in the pair join, beyond the checks
// themselves, in candidate checks. The groups of a wide block hold a handful of entries
// each, a number that varies from group to group, so the loops over them mispredict
// their exits. Fitted to the radius-6 join of 1 M to 10 M random hashes on one thread
// (three blocks: 7 to 8): the estimate then breaks even near 6 M entries, where the
// two layouts measured the same, and at 10 M favours three blocks 1.6 times, as
// measured.
constexpr double kEntryProbeCost = 8;

// The candidate layouts, block 0 in the lowest bits. The widest block comes first,
// since the sharper pigeonhole gives block 0 the most flips.
struct Layout {
  int num_blocks;
  std::array<int, kMaxBlocks> bits;
};
constexpr Layout kLayouts[] = {
    {4, {16, 16, 16, 16}},
    {3, {22, 21, 21, 0}},
};

// How many flips each block is searched with. If every block differed by more than
// its threshold t_b, the distance would be at least sum(t_b + 1); so any thresholds
// with sum(t_b + 1) >= radius + 1 find every pair within the radius. Writing
// radius = mq + a, blocks 0..a get q and the others q - 1 (-1: not searched), which is
// the cheapest such choice (Norouzi et al., multi-index hashing). For radius 4 and four
// blocks this is 17 + 1 + 1 + 1 probes instead of 4 * 17 with floor(radius / 4)
// everywhere. A block never needs more flips than it has bits.
std::array<int, kMaxBlocks> BlockFlips(int radius, int num_blocks,
                                       const std::array<int, kMaxBlocks>& bits) {
  std::array<int, kMaxBlocks> flips{};
  const int q = radius / num_blocks, a = radius % num_blocks;
  for (int b = 0; b < num_blocks; ++b) flips[b] = std::min(b <= a ? q : q - 1, bits[b]);
  return flips;
}

// Number of `bits`-bit masks with at most `flips` bits set (0 for negative flips).
double MaskCount(int bits, int flips) {
  double count = 0, choose = 1;  // choose = C(bits, k)
  for (int k = 0; k <= flips; ++k) {
    count += choose;
    choose = choose * (bits - k) / (k + 1);
  }
  return count;
}

// Estimated work to build the sorted tables of `size` random hashes and join them at
// `radius`, in units of one candidate check (a filter popcount in a long group): per
// block, a pass over the entries and one over the 2^w group offsets; then, per flip
// mask, each entry scans its partner group, kEntryProbeCost units however few entries
// that group holds, and the size^2 / 2^w / 2 candidate pairs are checked.
double EstimatedCost(const Layout& layout, int radius, uint32_t size) {
  const std::array<int, kMaxBlocks> flips =
      BlockFlips(radius, layout.num_blocks, layout.bits);
  const double n = size;
  double cost = 0;
  for (int b = 0; b < layout.num_blocks; ++b) {
    const double groups = std::ldexp(1.0, layout.bits[b]);
    const double per_mask = kEntryProbeCost * n + n * n / groups / 2;
    cost += n + groups + MaskCount(layout.bits[b], flips[b]) * per_mask;
  }
  return cost;
}

const Layout& ChooseLayout(int radius, uint32_t expected_size) {
  const Layout* best = &kLayouts[0];
  for (const Layout& layout : kLayouts) {
    if (EstimatedCost(layout, radius, expected_size) <
        EstimatedCost(*best, radius, expected_size)) {
      best = &layout;
    }
  }
  return *best;
}

// Replaces *masks with every `bits`-bit mask with at most `max_flips` bits set, ordered
// by popcount (then value), and, if `prefix` is given, sets (*prefix)[k] to the number
// of masks with at most k bits set. Masks of k bits come from Gosper's hack.
void MakeFlipMasks(int bits, int max_flips, std::vector<uint32_t>* masks,
                   std::vector<uint32_t>* prefix) {
  max_flips = std::min(max_flips, bits);
  masks->clear();
  if (prefix != nullptr) prefix->clear();
  const uint64_t end = uint64_t{1} << bits;
  for (int k = 0; k <= max_flips; ++k) {
    if (k == 0) {
      masks->push_back(0);
    } else {
      for (uint64_t x = (uint64_t{1} << k) - 1; x < end;) {
        masks->push_back(static_cast<uint32_t>(x));
        const uint64_t low = x & (~x + 1);
        const uint64_t carry = x + low;
        x = (((carry ^ x) >> 2) / low) | carry;
      }
    }
    if (prefix != nullptr) prefix->push_back(static_cast<uint32_t>(masks->size()));
  }
}

inline uint32_t BlockValue(uint64_t hash, int shift, int bits) {
  return static_cast<uint32_t>((hash >> shift) & ((uint64_t{1} << bits) - 1));
}

// 32 bits of the hash from outside block [shift, shift + bits): the low half of the hash
// rotated to start just above the block. Their distance to the query's is a lower
// bound of the full distance, and with the block's own differing bits added, a
// sharper one.
inline uint32_t Filter(uint64_t hash, int shift, int bits) {
  return static_cast<uint32_t>(absl::rotr(hash, shift + bits));
}

struct Search {
  int radius = 0;
  int num_blocks = 0;
  std::array<int, kMaxBlocks> shift{}, bits{}, flips{};
};

Search MakeSearch(int radius, int num_blocks, const std::array<int, kMaxBlocks>& shift,
                  const std::array<int, kMaxBlocks>& bits) {
  Search s;
  s.radius = std::min(radius, 64);
  s.num_blocks = num_blocks;
  s.shift = shift;
  s.bits = bits;
  s.flips = BlockFlips(s.radius, num_blocks, bits);
  return s;
}

// Whether a pair with this xor is reported when found through `block`: it must be
// within the radius, and it is found in every block within that block's threshold, so
// only the first such block reports it.
inline bool Reports(uint64_t diff, const Search& search, int block) {
  if (__builtin_popcountll(diff) > search.radius) return false;
  for (int earlier = 0; earlier < block; ++earlier) {
    const uint32_t block_diff =
        BlockValue(diff, search.shift[earlier], search.bits[earlier]);
    if (__builtin_popcount(block_diff) <= search.flips[earlier]) return false;
  }
  return true;
}

// Scans slots [begin, end) of a sorted table for one query; the group differs from the
// query's block value in enough bits that the filters may differ in at most
// `filter_radius`.
SIMAUDIT_POPCNT_CLONES
void ScanGroup(const uint32_t* filters, const uint32_t* ids, uint32_t begin, uint32_t end,
               const uint64_t* hash_of_id, uint64_t query, uint32_t query_filter,
               int filter_radius, const Search& search, int block,
               std::vector<uint32_t>* out) {
  for (uint32_t s = begin; s < end; ++s) {
    if (__builtin_popcount(filters[s] ^ query_filter) > filter_radius) continue;
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

// One sorted table, as the pair join reads it.
struct JoinTable {
  const uint32_t* offsets = nullptr;
  const uint32_t* filters = nullptr;
  const uint32_t* ids = nullptr;
  std::vector<uint32_t> values;  // the non-empty block values, ascending
  std::vector<uint32_t> generated_masks;
  const uint32_t* masks = nullptr;
};

// What the pair join needs to check and report a candidate pair.
struct JoinContext {
  const JoinTable* table;
  const uint64_t* hash_of_id;
  const Search* search;
  int block;
  int thread;
  absl::FunctionRef<void(int, uint32_t, uint32_t)> visit;
};

// Checks slots s and u, whose filters are close, and visits the pair if it counts.
// Out of line: it runs for a small fraction of the candidates, and inlined it would
// crowd the registers of the scan.
SIMAUDIT_POPCNT_CLONES __attribute__((noinline))
void JoinSlots(const JoinContext& context, uint32_t s, uint32_t u) {
  const uint32_t i = context.table->ids[s], j = context.table->ids[u];
  if (Reports(context.hash_of_id[i] ^ context.hash_of_id[j], *context.search,
              context.block)) {
    context.visit(context.thread, std::min(i, j), std::max(i, j));
  }
}

// Visits the pairs between group v and group v ^ mask of one table, for every non-empty
// v, each unordered pair once: from the smaller of the two values, and within a group
// (mask 0) each pair of slots once. For a fixed mask, v ^ mask moves with v, so both
// sides are read nearly sequentially.
SIMAUDIT_POPCNT_CLONES
void JoinMask(const JoinContext& context, uint32_t mask) {
  const JoinTable& table = *context.table;
  const uint32_t* offsets = table.offsets;
  const uint32_t* filters = table.filters;
  const int filter_radius = context.search->radius - __builtin_popcount(mask);
  const bool same_group = mask == 0;
  for (const uint32_t v : table.values) {
    const uint32_t w = v ^ mask;
    if (w < v) continue;
    const uint32_t b = offsets[w], b_end = offsets[w + 1];
    if (b == b_end) continue;
    const uint32_t a_end = offsets[v + 1];
    for (uint32_t s = offsets[v]; s < a_end; ++s) {
      const uint32_t filter = filters[s];
      for (uint32_t u = same_group ? s + 1 : b; u < b_end; ++u) {
        if (__builtin_popcount(filters[u] ^ filter) <= filter_radius) {
          JoinSlots(context, s, u);
        }
      }
    }
  }
}

}  // namespace

int HammingDistance(uint64_t a, uint64_t b) { return absl::popcount(a ^ b); }

HammingIndex::HammingIndex(int max_radius, uint32_t expected_size)
    : max_radius_(std::clamp(max_radius, 0, 64)) {
  static_assert(kMaxBlocks == simaudit::kMaxBlocks, "block layout");
  const Layout& layout = ChooseLayout(max_radius_, expected_size);
  num_blocks_ = layout.num_blocks;
  bits_ = layout.bits;
  const std::array<int, kMaxBlocks> flips = BlockFlips(max_radius_, num_blocks_, bits_);
  for (int b = 0, shift = 0; b < num_blocks_; shift += bits_[b++]) {
    shift_[b] = shift;
    MakeFlipMasks(bits_[b], flips[b], &tables_[b].masks, &tables_[b].mask_prefix);
  }
}

const uint32_t* HammingIndex::MasksUpTo(int block, int flips,
                                        std::vector<uint32_t>* scratch,
                                        uint32_t* count) const {
  const Table& table = tables_[block];
  if (flips < static_cast<int>(table.mask_prefix.size())) {
    *count = table.mask_prefix[flips];
    return table.masks.data();
  }
  MakeFlipMasks(bits_[block], flips, scratch, nullptr);
  *count = static_cast<uint32_t>(scratch->size());
  return scratch->data();
}

uint32_t HammingIndex::Add(uint64_t hash) {
  const uint32_t id = size();
  hashes_.push_back(hash);
  for (int b = 0; b < num_blocks_; ++b) {
    Table& table = tables_[b];
    const auto [it, inserted] =
        table.pending_head.try_emplace(BlockValue(hash, shift_[b], bits_[b]), id);
    table.pending_next.push_back(inserted ? kNoEntry : it->second);
    it->second = id;
  }
  const uint32_t pending = size() - sorted_size_;
  if (pending >= kMinPendingForRebuild && pending > sorted_size_ / 2) Compact();
  return id;
}

uint32_t HammingIndex::AddAll(absl::Span<const uint64_t> hashes) {
  const uint32_t first = size();
  const uint32_t pending = first + static_cast<uint32_t>(hashes.size()) - sorted_size_;
  if (pending < kMinPendingForRebuild || pending <= sorted_size_ / 2) {
    for (uint64_t h : hashes) Add(h);
    return first;
  }
  // Add would rebuild on the way, possibly many times; one rebuild at the end is
  // enough, and the chains it would discard are never built.
  hashes_.insert(hashes_.end(), hashes.begin(), hashes.end());
  Compact();
  return first;
}

void HammingIndex::Compact() {
  const uint32_t n = size();
  if (sorted_size_ == n) return;
  // Per block, a stable counting sort in two passes: by the top kBucketBits of the
  // block value into a staging copy, then within each bucket by the whole value. A
  // single pass over 2^22 values would miss the cache on nearly every entry; here the
  // scatter of the first pass writes to few places at a time, and the second touches
  // only one bucket's offsets and slots at a time.
  std::vector<uint64_t> staged_hashes(n);
  std::vector<uint32_t> staged_ids(n);
  std::vector<uint32_t> bucket_start, cursor;
  for (int b = 0; b < num_blocks_; ++b) {
    Table& table = tables_[b];
    const int shift = shift_[b], bits = bits_[b];
    const int low_bits = std::max(bits - kBucketBits, 0);
    const uint32_t buckets = uint32_t{1} << (bits - low_bits);
    bucket_start.assign(buckets + 1, 0);
    for (uint64_t h : hashes_) {
      ++bucket_start[(BlockValue(h, shift, bits) >> low_bits) + 1];
    }
    for (uint32_t k = 0; k < buckets; ++k) bucket_start[k + 1] += bucket_start[k];
    cursor.assign(bucket_start.begin(), bucket_start.end() - 1);
    for (uint32_t id = 0; id < n; ++id) {
      const uint64_t h = hashes_[id];
      const uint32_t slot = cursor[BlockValue(h, shift, bits) >> low_bits]++;
      staged_hashes[slot] = h;
      staged_ids[slot] = id;
    }

    const uint32_t groups = uint32_t{1} << bits;
    table.offsets.assign(groups + 1, 0);
    for (uint64_t h : staged_hashes) ++table.offsets[BlockValue(h, shift, bits) + 1];
    for (uint32_t v = 0; v < groups; ++v) table.offsets[v + 1] += table.offsets[v];
    cursor.assign(table.offsets.begin(), table.offsets.end() - 1);
    table.filters.resize(n);
    table.ids.resize(n);
    for (uint32_t x = 0; x < n; ++x) {
      const uint64_t h = staged_hashes[x];
      const uint32_t slot = cursor[BlockValue(h, shift, bits)]++;
      table.filters[slot] = Filter(h, shift, bits);
      table.ids[slot] = staged_ids[x];
    }
    table.pending_head = {};
    table.pending_next.clear();
    table.pending_next.shrink_to_fit();
  }
  sorted_size_ = n;
}

void HammingIndex::Query(uint64_t hash, int radius, std::vector<uint32_t>* out) const {
  if (radius < 0 || size() == 0) return;
  const Search search = MakeSearch(radius, num_blocks_, shift_, bits_);
  const size_t first_new = out->size();
  std::vector<uint32_t> scratch;

  for (int b = 0; b < num_blocks_; ++b) {
    if (search.flips[b] < 0) continue;
    const Table& table = tables_[b];
    uint32_t num_masks;
    const uint32_t* masks = MasksUpTo(b, search.flips[b], &scratch, &num_masks);
    const uint32_t query_block = BlockValue(hash, shift_[b], bits_[b]);
    if (sorted_size_ > 0) {
      const uint32_t* offsets = table.offsets.data();
      const uint32_t* filters = table.filters.data();
      const uint32_t query_filter = Filter(hash, shift_[b], bits_[b]);
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
                    query_filter, search.radius - absl::popcount(masks[m0 + k]), search,
                    b, out);
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
  ParallelForEachPairWithin(radius, 1,
                            [visit](int, uint32_t i, uint32_t j) { visit(i, j); });
}

void HammingIndex::ParallelForEachPairWithin(
    int radius, int num_threads,
    absl::FunctionRef<void(int thread, uint32_t, uint32_t)> visit) {
  if (radius < 0) return;
  const uint32_t n = size();
  if (sorted_size_ == 0 && n < kMinPendingForRebuild) {
    // Too small for the sorted tables to pay off: one query per entry, on this thread.
    std::vector<uint32_t> near;
    for (uint32_t i = 0; i < n; ++i) {
      near.clear();
      Query(hashes_[i], radius, &near);
      for (auto it = std::upper_bound(near.begin(), near.end(), i); it != near.end();
           ++it) {
        visit(0, i, *it);
      }
    }
    return;
  }
  Compact();
  JoinSorted(radius, std::max(num_threads, 1), visit);
}

void HammingIndex::JoinSorted(
    int radius, int num_threads,
    absl::FunctionRef<void(int thread, uint32_t, uint32_t)> visit) const {
  const Search search = MakeSearch(radius, num_blocks_, shift_, bits_);
  // The work comes in units of one flip mask of one block, taken in order from a shared
  // counter: on one thread that is the documented visit order, and on several it
  // balances the load whatever else runs on the machine.
  std::array<JoinTable, kMaxBlocks> joins;
  std::vector<std::pair<int, uint32_t>> units;  // (block, mask index)
  for (int b = 0; b < num_blocks_; ++b) {
    if (search.flips[b] < 0) continue;
    const Table& table = tables_[b];
    JoinTable& join = joins[b];
    join.offsets = table.offsets.data();
    join.filters = table.filters.data();
    join.ids = table.ids.data();
    for (uint32_t v = 0; v < uint32_t{1} << bits_[b]; ++v) {
      if (join.offsets[v] != join.offsets[v + 1]) join.values.push_back(v);
    }
    uint32_t num_masks;
    join.masks = MasksUpTo(b, search.flips[b], &join.generated_masks, &num_masks);
    for (uint32_t m = 0; m < num_masks; ++m) units.emplace_back(b, m);
  }
  std::atomic<size_t> next_unit{0};
  auto work = [&](int thread) {
    for (;;) {
      const size_t u = next_unit.fetch_add(1, std::memory_order_relaxed);
      if (u >= units.size()) return;
      const auto [b, m] = units[u];
      JoinMask(JoinContext{&joins[b], hashes_.data(), &search, b, thread, visit},
               joins[b].masks[m]);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < num_threads; ++t) {
    try {
      threads.emplace_back(work, t);
    } catch (const std::system_error&) {
      break;  // no thread to be had: the others take its share of the units
    }
  }
  work(0);
  for (std::thread& thread : threads) thread.join();
}

std::vector<uint32_t> ClusterFaces(absl::Span<const uint64_t> hashes, int radius,
                                   int max_threads) {
  const uint32_t n = static_cast<uint32_t>(hashes.size());
  UnionFind faces(n);
  if (radius < 0) return faces.ComponentLabels();

  // Distinct hashes in first-seen order; representative[d] is the first input with
  // distinct hash d.
  absl::flat_hash_map<uint64_t, uint32_t> distinct_of;
  distinct_of.reserve(n);
  std::vector<uint64_t> distinct;
  std::vector<uint32_t> representative;
  for (uint32_t i = 0; i < n; ++i) {
    const auto [it, inserted] = distinct_of.try_emplace(hashes[i], distinct.size());
    if (inserted) {
      distinct.push_back(hashes[i]);
      representative.push_back(i);
    } else {
      faces.Union(representative[it->second], i);
    }
  }
  distinct_of = {};
  const uint32_t num_distinct = static_cast<uint32_t>(distinct.size());
  HammingIndex index(radius, num_distinct);
  index.AddAll(distinct);
  distinct = {};

  // Each join thread buffers its pairs and merges them under a lock. Union order does
  // not change the partition, and labels depend only on the partition.
  const int threads =
      num_distinct < kMinDistinctForThreads
          ? 1
          : std::clamp(max_threads > 0 ? max_threads
                                       : static_cast<int>(std::thread::hardware_concurrency()),
                       1, kMaxJoinThreads);
  absl::Mutex mu;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> buffers(threads);
  auto merge = [&](std::vector<std::pair<uint32_t, uint32_t>>* pairs) {
    absl::MutexLock lock(&mu);
    for (const auto& [a, b] : *pairs) faces.Union(representative[a], representative[b]);
    pairs->clear();
  };
  index.ParallelForEachPairWithin(radius, threads,
                                  [&](int thread, uint32_t a, uint32_t b) {
                                    auto& buffer = buffers[thread];
                                    buffer.emplace_back(a, b);
                                    if (buffer.size() >= kPairBuffer) merge(&buffer);
                                  });
  for (auto& buffer : buffers) merge(&buffer);
  return faces.ComponentLabels();
}

}  // namespace simaudit
