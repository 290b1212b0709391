// File: union_find_test.cc
#include "lib/graph/union_find.h"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <random>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::ElementsAre;

// Reference labelling: BFS over an adjacency list, components numbered by their
// smallest member (the order in which the outer loop reaches them).
std::vector<uint32_t> BfsLabels(uint32_t n,
                                const std::vector<std::pair<uint32_t, uint32_t>>& edges) {
  std::vector<std::vector<uint32_t>> adjacent(n);
  for (const auto& [a, b] : edges) {
    adjacent[a].push_back(b);
    adjacent[b].push_back(a);
  }
  constexpr uint32_t kNone = 0xFFFFFFFFu;
  std::vector<uint32_t> labels(n, kNone);
  uint32_t next = 0;
  for (uint32_t start = 0; start < n; ++start) {
    if (labels[start] != kNone) continue;
    std::queue<uint32_t> frontier;
    frontier.push(start);
    labels[start] = next;
    while (!frontier.empty()) {
      const uint32_t v = frontier.front();
      frontier.pop();
      for (uint32_t w : adjacent[v]) {
        if (labels[w] == kNone) {
          labels[w] = next;
          frontier.push(w);
        }
      }
    }
    ++next;
  }
  return labels;
}

TEST(UnionFindTest, StartsAsSingletons) {
  UnionFind uf(3);
  EXPECT_EQ(uf.size(), 3u);
  EXPECT_EQ(uf.num_sets(), 3u);
  for (uint32_t i = 0; i < 3; ++i) {
    EXPECT_EQ(uf.Find(i), i);
    EXPECT_EQ(uf.SetSize(i), 1u);
  }
  EXPECT_THAT(uf.ComponentLabels(), ElementsAre(0, 1, 2));
}

TEST(UnionFindTest, EmptyStructureHasNoLabels) {
  UnionFind uf;
  EXPECT_EQ(uf.size(), 0u);
  EXPECT_EQ(uf.num_sets(), 0u);
  EXPECT_TRUE(uf.ComponentLabels().empty());
}

TEST(UnionFindTest, UnionReportsWhetherSetsWereMerged) {
  UnionFind uf(4);
  EXPECT_TRUE(uf.Union(0, 1));
  EXPECT_FALSE(uf.Union(1, 0));
  EXPECT_FALSE(uf.Union(2, 2));
  EXPECT_TRUE(uf.Union(2, 3));
  EXPECT_TRUE(uf.Union(3, 0));
  EXPECT_FALSE(uf.Union(1, 2));
  EXPECT_EQ(uf.num_sets(), 1u);
  EXPECT_EQ(uf.SetSize(2), 4u);
}

TEST(UnionFindTest, LabelsAreNumberedBySmallestMember) {
  UnionFind uf(6);
  uf.Union(5, 3);
  uf.Union(4, 1);
  uf.Union(1, 2);
  // Sets {0}, {1,2,4}, {3,5}.
  EXPECT_THAT(uf.ComponentLabels(), ElementsAre(0, 1, 1, 2, 1, 2));
  EXPECT_EQ(uf.SetSize(4), 3u);
  EXPECT_EQ(uf.SetSize(5), 2u);
  EXPECT_EQ(uf.num_sets(), 3u);
}

TEST(UnionFindTest, LabelsDoNotDependOnUnionOrder) {
  const std::vector<std::pair<uint32_t, uint32_t>> edges = {{7, 3}, {0, 9}, {3, 5},
                                                            {9, 2}, {8, 1}, {5, 0}};
  UnionFind forward(10);
  for (const auto& [a, b] : edges) forward.Union(a, b);
  UnionFind backward(10);
  for (auto it = edges.rbegin(); it != edges.rend(); ++it)
    backward.Union(it->second, it->first);
  EXPECT_EQ(forward.ComponentLabels(), backward.ComponentLabels());
  EXPECT_EQ(forward.ComponentLabels(), BfsLabels(10, edges));
}

TEST(UnionFindTest, GrowsForIncrementalAudits) {
  UnionFind uf(2);
  uf.Union(0, 1);
  EXPECT_EQ(uf.AddNode(), 2u);
  uf.Grow(5);
  EXPECT_EQ(uf.size(), 5u);
  EXPECT_EQ(uf.num_sets(), 4u);
  uf.Grow(3);  // never shrinks
  EXPECT_EQ(uf.size(), 5u);
  uf.Union(4, 0);
  EXPECT_EQ(uf.SetSize(1), 3u);
  EXPECT_EQ(uf.AddNode(), 5u);
  EXPECT_THAT(uf.ComponentLabels(), ElementsAre(0, 0, 1, 2, 0, 3));
}

TEST(UnionFindTest, RandomUnionsMatchBreadthFirstSearch) {
  std::mt19937_64 rng(42);
  for (uint32_t n : {1u, 2u, 17u, 300u, 5000u}) {
    for (double edges_per_node : {0.2, 0.5, 1.0, 3.0}) {
      std::uniform_int_distribution<uint32_t> node(0, n - 1);
      const uint32_t m = static_cast<uint32_t>(edges_per_node * n);
      std::vector<std::pair<uint32_t, uint32_t>> edges;
      UnionFind uf;
      // Build half the nodes up front and the rest through Grow/AddNode, as an
      // incremental audit would.
      uf.Grow(n / 2);
      while (uf.size() < n) uf.AddNode();
      uint32_t merges = 0;
      for (uint32_t i = 0; i < m; ++i) {
        const uint32_t a = node(rng), b = node(rng);
        edges.emplace_back(a, b);
        merges += uf.Union(a, b) ? 1 : 0;
      }
      const std::vector<uint32_t> expected = BfsLabels(n, edges);
      const std::vector<uint32_t> labels = uf.ComponentLabels();
      EXPECT_EQ(labels, expected) << "n=" << n << " m=" << m;
      const uint32_t num_components =
          expected.empty() ? 0 : *std::max_element(expected.begin(), expected.end()) + 1;
      EXPECT_EQ(uf.num_sets(), num_components);
      EXPECT_EQ(uf.num_sets(), n - merges);
      std::vector<uint32_t> component_size(num_components, 0);
      for (uint32_t label : expected) ++component_size[label];
      for (uint32_t i = 0; i < n; ++i) {
        ASSERT_EQ(uf.SetSize(i), component_size[expected[i]]);
        ASSERT_EQ(uf.Find(i) == uf.Find(0), expected[i] == expected[0]);
      }
    }
  }
}

}  // namespace
}  // namespace simaudit
