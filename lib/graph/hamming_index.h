// File: hamming_index.h
// -----------------------------------------------------------------------------
// Near-duplicate search over 64-bit perceptual face hashes. Two captures of one face
// differ in a few bits (typically <= 4 of 64); different faces differ in about 32, so
// "within Hamming distance r" is the test for "probably the same face".
//
// HammingIndex uses multi-index hashing (Norouzi, Punjani and Fleet): the hash is split
// into four 16-bit blocks, each with its own table from block value to entries. If two
// hashes are within distance r, the differing bits fall into four blocks, so some
// block differs in at most floor(r/4) bits (pigeonhole). A query probes block values
// within a few bit flips of its own and verifies the candidates with a popcount; there
// is never an all-pairs scan. The flips per block follow the sharper form of the
// pigeonhole: with r = 4q + a, blocks 0..a are searched with q flips and the rest with
// q - 1, since a pair beyond all those thresholds would differ in at least
// (a + 1)(q + 1) + (3 - a)q = r + 1 bits.
//
//   HammingIndex index;
//   for (uint64_t h : hashes) index.Add(h);
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
// scan; each slot holds the entry id and the 32-bit half of its hash that lies outside
// the block, a filter that rejects almost every non-match without touching the full
// hash. Entries added since the last rebuild are chained per block value (in small hash
// maps) until there are at least 4096 of them and they reach half the sorted part; then
// the tables are rebuilt, which keeps Add amortised O(1). Call Compact() after a bulk
// load so that every entry is in the sorted tables. Memory: about 40 bytes per entry,
// plus 1 MB of group offsets once the sorted tables exist; small indexes stay small.
//
// Cost per query is a number of group probes, each a short contiguous scan (about
// n / 65536 entries for random hashes) with one popcount per entry: radius 0, 1, 2, 3
// probe 1, 2, 3, 4 groups; radius 4: 20, 5: 36, 6: 52, 7: 68, 8: 188.
//
// Thread safety: const methods may run concurrently; Add() and Compact() need exclusive
// access.
class HammingIndex {
 public:
  // `max_radius` is the largest radius the caller means to query with (max_radius()).
  // Queries with a larger radius still return exact results, only more slowly.
  explicit HammingIndex(int max_radius = 8);

  HammingIndex(const HammingIndex&) = delete;
  HammingIndex& operator=(const HammingIndex&) = delete;
  HammingIndex(HammingIndex&&) = default;
  HammingIndex& operator=(HammingIndex&&) = default;

  // Adds `hash` and returns its id (the previous size()).
  uint32_t Add(uint64_t hash);

  // Moves every entry into the sorted tables. Queries are exact either way; this only
  // makes them faster. O(size()).
  void Compact();

  // Calls visit(i, j), i < j, once for every pair of entries within `radius`
  // (inclusive), in an unspecified but deterministic order. Large indexes are compacted
  // first and joined group against group along the sorted tables, which is far
  // cheaper than one Query per entry. The number of calls is the size of the answer:
  // k identical hashes alone give k(k-1)/2 pairs.
  void ForEachPairWithin(int radius, absl::FunctionRef<void(uint32_t, uint32_t)> visit);

  // Appends to *out the ids of all entries within `radius` of `hash` (inclusive),
  // ascending and without duplicates. Entries already in *out are left alone. A negative
  // radius matches nothing; radii above 64 behave as 64 (everything).
  void Query(uint64_t hash, int radius, std::vector<uint32_t>* out) const;

  // The hash of entry `id`; requires id < size().
  uint64_t hash(uint32_t id) const { return hashes_[id]; }

  uint32_t size() const { return static_cast<uint32_t>(hashes_.size()); }
  int max_radius() const { return max_radius_; }

 private:
  static constexpr int kNumBlocks = 4;

  // One per 16-bit block.
  struct Table {
    // Entries [0, sorted_size_) grouped by block value v in slots
    // [offsets[v], offsets[v + 1]), ids ascending within a group.
    std::vector<uint32_t> offsets;
    std::vector<uint32_t> filters;  // the 32-bit half of the hash without this block
    std::vector<uint32_t> ids;
    // Entries [sorted_size_, size()): pending_head[v] is the newest with block value v;
    // pending_next[id - sorted_size_] chains to the previous one (or kNoEntry).
    absl::flat_hash_map<uint32_t, uint32_t> pending_head;
    std::vector<uint32_t> pending_next;
  };

  int max_radius_;
  uint32_t sorted_size_ = 0;
  std::vector<uint64_t> hashes_;  // by id
  std::array<Table, kNumBlocks> tables_;
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
// distinct hashes are then linked through HammingIndex::ForEachPairWithin.
std::vector<uint32_t> ClusterFaces(absl::Span<const uint64_t> hashes, int radius);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_GRAPH_HAMMING_INDEX_H_
