// File: hamming_index.h
// -----------------------------------------------------------------------------
// Near-duplicate search over 64-bit perceptual face hashes. Two captures of one face
// differ in a few bits (typically <= 4 of 64); different faces differ in about 32, so
// "within Hamming distance r" is the test for "probably the same face".
//
// HammingIndex uses multi-index hashing (Norouzi, Punjani and Fleet): the hash is split
// into m blocks (m = 3 or 4), each with its own table from block value to entries. If
// two hashes are within distance r, the differing bits fall into m blocks, so some
// block differs in at most floor(r/m) bits (pigeonhole). A query probes block values
// within a few bit flips of its own and verifies the candidates with a popcount; there
// is never an all-pairs scan. The flips per block follow the sharper form of the
// pigeonhole: with r = mq + a, blocks 0..a are searched with q flips and the rest with
// q - 1, since a pair beyond all those thresholds would differ in at least
// (a + 1)(q + 1) + (m - 1 - a)q = r + 1 bits.
//
// The layout is chosen per index, from max_radius and the expected number of entries
// n, by the estimated cost of the pair join over random hashes. Block b of w_b bits
// searched with t_b flips has masks(w_b, t_b) = sum_{k <= t_b} C(w_b, k) flip masks;
// per mask, every entry scans the group of its block value xor the mask, and the
// n^2 / 2^w_b / 2 candidate pairs in those groups are checked. Four 16-bit blocks need
// the fewest masks (radius 6: 52), but their groups hold n / 65536 entries, so the
// checks grow quadratically; three blocks of 22, 21 and 21 bits need more masks (298)
// and their groups of a few entries cost more per entry scanned (mispredicted loop
// exits: about eight checks' worth, measured), but 32 to 64 times fewer checks per
// mask. At radius 6 three blocks win from about 6 M entries; at 10 M the estimate and
// the measured join both favour them 1.6 times. The widest block comes first: it is the
// one given q flips when a = 0, and there the flips cost least per pair found.
//
//   HammingIndex index(/*max_radius=*/6, /*expected_size=*/hashes.size());
//   index.AddAll(hashes);
//   std::vector<uint32_t> near;
//   index.Query(probe, /*radius=*/4, &near);   // ids in insertion order, ascending
//
//   std::vector<uint32_t> face = ClusterFaces(hashes, /*radius=*/4);
#ifndef SIMAUDIT_LIB_GRAPH_HAMMING_INDEX_H_
#define SIMAUDIT_LIB_GRAPH_HAMMING_INDEX_H_

#include <array>
#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/types/span.h"

namespace simaudit {

// HammingDistance()
//
// Number of differing bits of a and b (popcount of a ^ b), in 0..64.
int HammingDistance(uint64_t a, uint64_t b);

// HammingIndex
//
// An append-only set of 64-bit hashes answering "which entries are within distance r".
// Entry ids are dense and in insertion order; duplicate hashes get distinct ids.
//
// Layout: per block, a table sorted by block value, so that a probe is one contiguous
// scan; each slot holds the entry id and 32 bits of its hash from outside the block, a
// filter that rejects almost every non-match without touching the full hash. Entries
// added since the last rebuild are chained per block value (in small hash maps) until
// there are at least 4096 of them and they reach half the sorted part; then the tables
// are rebuilt, which keeps Add amortised O(1). Call Compact() after a bulk load so that
// every entry is in the sorted tables. Memory: 8 bytes per entry plus 8 per block, so
// 40 (four blocks) or 32 (three); plus group offsets once the sorted tables exist,
// 4 * (2^w + 1) bytes per block of w bits: 1 MB for four blocks, 32 MB for three.
// Small indexes never build the sorted tables and stay small.
//
// Cost per query is a number of group probes, each a short contiguous scan (about
// n / 2^w entries for random hashes) with one popcount per entry. Four 16-bit blocks:
// radius 0, 1, 2, 3 probe 1, 2, 3, 4 groups; radius 4: 20, 5: 36, 6: 52, 7: 68, 8: 188.
// Three blocks (22, 21, 21): radius 0, 1, 2: 1, 2, 3; 3: 25, 4: 46, 5: 67, 6: 298,
// 7: 508, 8: 718. So three blocks answer single queries more slowly below a few
// million entries; the layout is chosen for the pair join.
//
// Thread safety: const methods may run concurrently; Add(), Compact() and
// ForEachPairWithin() need exclusive access.
class HammingIndex {
 public:
  // `max_radius` is the largest radius the caller means to query with (max_radius()).
  // Queries with a larger radius still return exact results, only more slowly.
  // `expected_size` is how many entries the index will hold, for choosing the block
  // layout (see above); 0 (unknown) means a small index. Either way it is only a
  // hint: results are exact for any size.
  explicit HammingIndex(int max_radius = 8, uint32_t expected_size = 0);

  HammingIndex(const HammingIndex&) = delete;
  HammingIndex& operator=(const HammingIndex&) = delete;
  HammingIndex(HammingIndex&&) = default;
  HammingIndex& operator=(HammingIndex&&) = default;

  // Adds `hash` and returns its id (the previous size()).
  uint32_t Add(uint64_t hash);

  // Adds `hashes` in order and returns the id of the first (the previous size()). The
  // same as calling Add for each, but a batch big enough to trigger a rebuild goes
  // straight into the sorted tables, with one rebuild instead of several.
  uint32_t AddAll(absl::Span<const uint64_t> hashes);

  // Moves every entry into the sorted tables. Queries are exact either way; this only
  // makes them faster. O(size() + 2^w) per block of w bits, with a transient 12 bytes
  // per entry.
  void Compact();

  // Calls visit(i, j), i < j, once for every pair of entries within `radius`
  // (inclusive), on this thread, in a deterministic order: the same entries, added the
  // same way, and the same radius give the same sequence of calls. Large indexes are
  // compacted first and joined group against group along the sorted tables (calls by
  // block, flip mask, block value and slot), which is far cheaper than one Query per
  // entry; small ones are queried entry by entry (calls by i, then j). The number of
  // calls is the size of the answer: k identical hashes alone give k(k-1)/2 pairs.
  void ForEachPairWithin(int radius, absl::FunctionRef<void(uint32_t, uint32_t)> visit);

  // The same pairs as ForEachPairWithin, with the join split across `num_threads`
  // threads (1 runs it on this thread). visit(thread, i, j) is called from thread
  // `thread` in 0..num_threads-1, concurrently with the other threads, so it must only
  // touch state of its own thread or synchronise; which thread reports a pair, and
  // in which order, is unspecified. Returns after every thread has finished.
  void ParallelForEachPairWithin(
      int radius, int num_threads,
      absl::FunctionRef<void(int thread, uint32_t, uint32_t)> visit);

  // Appends to *out the ids of all entries within `radius` of `hash` (inclusive),
  // ascending and without duplicates. Entries already in *out are left alone. A negative
  // radius matches nothing; radii above 64 behave as 64 (everything).
  void Query(uint64_t hash, int radius, std::vector<uint32_t>* out) const;

  // The hash of entry `id`; requires id < size().
  uint64_t hash(uint32_t id) const { return hashes_[id]; }

  uint32_t size() const { return static_cast<uint32_t>(hashes_.size()); }
  int max_radius() const { return max_radius_; }

  // The block layout: num_blocks() blocks (3 or 4), block 0 in the lowest bits, of
  // block_bits(b) bits each, summing to 64.
  int num_blocks() const { return num_blocks_; }
  int block_bits(int block) const { return bits_[block]; }

 private:
  static constexpr int kMaxBlocks = 4;

  // One per block.
  struct Table {
    // Flip masks of the block's width ordered by popcount, up to the flips that
    // max_radius needs in this block: the masks with at most k bits set are the
    // prefix masks[0, mask_prefix[k]).
    std::vector<uint32_t> masks;
    std::vector<uint32_t> mask_prefix;
    // Entries [0, sorted_size_) grouped by block value v in slots
    // [offsets[v], offsets[v + 1]), ids ascending within a group.
    std::vector<uint32_t> offsets;
    std::vector<uint32_t> filters;  // 32 bits of the hash from outside the block
    std::vector<uint32_t> ids;
    // Entries [sorted_size_, size()): pending_head[v] is the newest with block value v;
    // pending_next[id - sorted_size_] chains to the previous one (or kNoEntry).
    absl::flat_hash_map<uint32_t, uint32_t> pending_head;
    std::vector<uint32_t> pending_next;
  };

  // The flip masks of `block` with at most `flips` bits set: a prefix of its masks, or,
  // beyond what max_radius needs, generated into *scratch. Sets *count.
  const uint32_t* MasksUpTo(int block, int flips, std::vector<uint32_t>* scratch,
                            uint32_t* count) const;

  // Runs the sorted-table join of ParallelForEachPairWithin; the index is compacted.
  void JoinSorted(int radius, int num_threads,
                  absl::FunctionRef<void(int thread, uint32_t, uint32_t)> visit) const;

  int max_radius_;
  int num_blocks_;
  // Block b is bits [shift_[b], shift_[b] + bits_[b]) of the hash.
  std::array<int, kMaxBlocks> shift_{};
  std::array<int, kMaxBlocks> bits_{};
  uint32_t sorted_size_ = 0;
  std::vector<uint64_t> hashes_;  // by id
  std::array<Table, kMaxBlocks> tables_;
};

// ClusterFaces()
//
// Groups hashes into faces: i and j share a face if a chain of hashes, each within
// `radius` of the next, links them (single linkage). Returns one label per input, dense
// in 0..k-1 and numbered in order of each face's first (smallest) input index, so the
// result is deterministic. A negative radius makes every input its own face.
//
// Exact duplicates are merged first, so a hash repeated many times (one photo reused
// across a SIM farm) costs nothing extra, rather than a quadratic number of pairs; the
// distinct hashes are then linked through the pair join of HammingIndex, sized by their
// number and run on up to `max_threads` threads for large inputs (0: one per core, at
// most two; 1: this thread only). The labels do not depend on the thread count.
std::vector<uint32_t> ClusterFaces(absl::Span<const uint64_t> hashes, int radius,
                                   int max_threads = 0);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_GRAPH_HAMMING_INDEX_H_
