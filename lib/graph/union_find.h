// File: union_find.h
// -----------------------------------------------------------------------------
// Disjoint sets over dense 32-bit ids, for grouping registrations that share a device,
// a face or a document. The structure grows, so an incremental audit can append the
// nodes of a new batch and union its edges without rebuilding.
//
//   UnionFind uf(4);
//   uf.Union(0, 2);
//   uf.Union(3, 2);
//   uf.Find(3) == uf.Find(0);                     // true
//   std::vector<uint32_t> labels = uf.ComponentLabels();   // {0, 1, 0, 0}
#ifndef SIMAUDIT_LIB_GRAPH_UNION_FIND_H_
#define SIMAUDIT_LIB_GRAPH_UNION_FIND_H_

#include <cstdint>
#include <vector>

namespace simaudit {

// UnionFind
//
// Union by size with path halving: any sequence of m operations on n ids runs in
// O(m α(n)). Ids are 0..size()-1; every method taking an id requires id < size().
// At most 2^31 ids (4 bytes each). Find() compresses paths, so even lookups mutate the
// structure: not thread-safe, and not safe for concurrent readers either.
class UnionFind {
 public:
  // Starts with `n` singleton sets {0}, ..., {n-1}.
  explicit UnionFind(uint32_t n = 0);

  // Appends one singleton set and returns its id (the previous size()).
  uint32_t AddNode();

  // Appends singletons until size() >= n; does nothing when size() >= n already.
  void Grow(uint32_t n);

  // Returns the representative of x's set. Representatives change after Union().
  uint32_t Find(uint32_t x);

  // Merges the sets of a and b. Returns true if they were different sets.
  bool Union(uint32_t a, uint32_t b);

  // Number of ids.
  uint32_t size() const { return static_cast<uint32_t>(node_.size()); }

  // Number of members of x's set.
  uint32_t SetSize(uint32_t x);

  // Number of disjoint sets.
  uint32_t num_sets() const { return num_sets_; }

  // Returns one label per id, dense in 0..num_sets()-1. Sets are numbered in the order of
  // their smallest member, so labels depend only on the partition, not on the order
  // of the unions that built it.
  std::vector<uint32_t> ComponentLabels();

 private:
  // One word per id: a representative holds kRootBit | set size, any other id holds
  // its parent. Keeping the size in the root's own word saves a cache miss per Union
  // on large random graphs.
  static constexpr uint32_t kRootBit = 0x80000000u;
  std::vector<uint32_t> node_;
  uint32_t num_sets_ = 0;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_GRAPH_UNION_FIND_H_
