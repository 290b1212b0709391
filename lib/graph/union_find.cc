// File: union_find.cc
#include "lib/graph/union_find.h"

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "lib/util/logging.h"

namespace simaudit {
namespace {

constexpr uint32_t kUnlabelled = std::numeric_limits<uint32_t>::max();

}  // namespace

UnionFind::UnionFind(uint32_t n) { Grow(n); }

uint32_t UnionFind::AddNode() {
  const uint32_t id = size();
  Grow(id + 1);
  return id;
}

void UnionFind::Grow(uint32_t n) {
  // The top bit marks representatives, so ids must stay below it.
  CHECK(n <= kRootBit) << "UnionFind holds at most 2^31 ids, asked for " << n;
  const uint32_t old_size = size();
  if (n <= old_size) return;
  node_.resize(n, kRootBit | 1);
  num_sets_ += n - old_size;
}

uint32_t UnionFind::Find(uint32_t x) {
  uint32_t* node = node_.data();
  // Path halving: point every other node on the path at its grandparent. One pass,
  // no recursion, and the same amortised bound as full compression.
  while (!(node[x] & kRootBit)) {
    const uint32_t parent = node[x];
    const uint32_t grandparent_word = node[parent];
    if (grandparent_word & kRootBit) return parent;
    node[x] = grandparent_word;
    x = grandparent_word;
  }
  return x;
}

bool UnionFind::Union(uint32_t a, uint32_t b) {
  a = Find(a);
  b = Find(b);
  if (a == b) return false;
  uint32_t size_a = node_[a] & ~kRootBit;
  uint32_t size_b = node_[b] & ~kRootBit;
  if (size_a < size_b) {
    std::swap(a, b);
    std::swap(size_a, size_b);
  }
  node_[b] = a;
  node_[a] = kRootBit | (size_a + size_b);
  --num_sets_;
  return true;
}

uint32_t UnionFind::SetSize(uint32_t x) { return node_[Find(x)] & ~kRootBit; }

std::vector<uint32_t> UnionFind::ComponentLabels() {
  const uint32_t n = size();
  // label_of_root is indexed by representative; ids are visited in increasing order,
  // so the first member seen of each set is its smallest one.
  std::vector<uint32_t> label_of_root(n, kUnlabelled);
  std::vector<uint32_t> labels(n);
  uint32_t next = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t root = Find(i);
    if (label_of_root[root] == kUnlabelled) label_of_root[root] = next++;
    labels[i] = label_of_root[root];
  }
  return labels;
}

}  // namespace simaudit
