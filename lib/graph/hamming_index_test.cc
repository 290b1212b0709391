// File: hamming_index_test.cc
#include "lib/graph/hamming_index.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Flips `bits` distinct random bits of `hash`.
uint64_t FlipRandomBits(uint64_t hash, int bits, std::mt19937_64& rng) {
  std::vector<int> positions(64);
  for (int i = 0; i < 64; ++i) positions[i] = i;
  std::shuffle(positions.begin(), positions.end(), rng);
  for (int i = 0; i < bits; ++i) hash ^= uint64_t{1} << positions[i];
  return hash;
}

std::vector<uint32_t> BruteForce(const std::vector<uint64_t>& hashes, uint64_t query,
                                 int radius) {
  std::vector<uint32_t> ids;
  for (uint32_t i = 0; i < hashes.size(); ++i) {
    if (HammingDistance(hashes[i], query) <= radius) ids.push_back(i);
  }
  return ids;
}

// Random hashes plus planted families of near-duplicates (several captures of one face,
// with 0..6 flipped bits, including exact repeats), in shuffled order.
std::vector<uint64_t> MakeFaceHashes(int num_random, int num_families, int family_size,
                                     std::mt19937_64& rng) {
  std::vector<uint64_t> hashes;
  for (int i = 0; i < num_random; ++i) hashes.push_back(rng());
  std::uniform_int_distribution<int> flips(0, 6);
  for (int f = 0; f < num_families; ++f) {
    const uint64_t face = rng();
    for (int k = 0; k < family_size; ++k)
      hashes.push_back(FlipRandomBits(face, flips(rng), rng));
  }
  std::shuffle(hashes.begin(), hashes.end(), rng);
  return hashes;
}

TEST(HammingDistanceTest, CountsDifferingBits) {
  EXPECT_EQ(HammingDistance(0, 0), 0);
  EXPECT_EQ(HammingDistance(0, ~uint64_t{0}), 64);
  EXPECT_EQ(HammingDistance(0xF0, 0x0F), 8);
  EXPECT_EQ(HammingDistance(uint64_t{1} << 63, 1), 2);
}

TEST(HammingIndexTest, EmptyIndexFindsNothing) {
  HammingIndex index;
  std::vector<uint32_t> out;
  index.Query(123, 8, &out);
  EXPECT_THAT(out, IsEmpty());
  EXPECT_EQ(index.size(), 0u);
}

TEST(HammingIndexTest, IdsAreInsertionOrderAndDuplicatesAreKept) {
  HammingIndex index;
  EXPECT_EQ(index.Add(0xABCD), 0u);
  EXPECT_EQ(index.Add(0xABCD), 1u);
  EXPECT_EQ(index.Add(0xABCC), 2u);
  EXPECT_EQ(index.hash(2), 0xABCCu);
  std::vector<uint32_t> out;
  index.Query(0xABCD, 0, &out);
  EXPECT_THAT(out, ElementsAre(0, 1));
  out.clear();
  index.Query(0xABCD, 1, &out);
  EXPECT_THAT(out, ElementsAre(0, 1, 2));
}

TEST(HammingIndexTest, QueryAppendsWithoutTouchingExistingOutput) {
  HammingIndex index;
  index.Add(7);
  std::vector<uint32_t> out = {99};
  index.Query(7, 0, &out);
  EXPECT_THAT(out, ElementsAre(99, 0));
}

TEST(HammingIndexTest, NegativeRadiusMatchesNothingAndHugeRadiusMatchesAll) {
  HammingIndex index;
  index.Add(0);
  index.Add(~uint64_t{0});
  std::vector<uint32_t> out;
  index.Query(0, -1, &out);
  EXPECT_THAT(out, IsEmpty());
  index.Query(0, 1000, &out);
  EXPECT_THAT(out, ElementsAre(0, 1));
}

TEST(HammingIndexTest, MatchesBruteForceAtEveryRadius) {
  std::mt19937_64 rng(7);
  const std::vector<uint64_t> hashes = MakeFaceHashes(3000, 200, 8, rng);
  HammingIndex index(8);
  for (uint64_t h : hashes) index.Add(h);
  ASSERT_EQ(index.size(), hashes.size());

  std::uniform_int_distribution<size_t> pick(0, hashes.size() - 1);
  std::uniform_int_distribution<int> flips(0, 10);
  std::vector<uint64_t> queries;
  for (int i = 0; i < 150; ++i) queries.push_back(hashes[pick(rng)]);  // members
  for (int i = 0; i < 150; ++i) {
    queries.push_back(FlipRandomBits(hashes[pick(rng)], flips(rng), rng));  // near misses
  }
  for (int i = 0; i < 50; ++i) queries.push_back(rng());  // strangers

  size_t total_matches = 0;
  for (int radius = 0; radius <= 8; ++radius) {
    for (uint64_t q : queries) {
      std::vector<uint32_t> got;
      index.Query(q, radius, &got);
      const std::vector<uint32_t> expected = BruteForce(hashes, q, radius);
      ASSERT_EQ(got, expected) << "radius " << radius << " query " << q;
      total_matches += got.size();
    }
  }
  // The planted families make the comparison meaningful: many non-trivial answers.
  EXPECT_GT(total_matches, 3000u);
}

TEST(HammingIndexTest, LargerRadiusThanConfiguredIsStillExact) {
  std::mt19937_64 rng(11);
  const std::vector<uint64_t> hashes = MakeFaceHashes(500, 50, 6, rng);
  HammingIndex index(2);
  for (uint64_t h : hashes) index.Add(h);
  for (int radius : {9, 12, 20}) {
    for (int i = 0; i < 20; ++i) {
      const uint64_t q = FlipRandomBits(hashes[i], 3, rng);
      std::vector<uint32_t> got;
      index.Query(q, radius, &got);
      ASSERT_EQ(got, BruteForce(hashes, q, radius)) << "radius " << radius;
    }
  }
}

TEST(HammingIndexTest, SortedAndPendingEntriesAreBothFound) {
  std::mt19937_64 rng(5);
  const std::vector<uint64_t> hashes = MakeFaceHashes(9000, 300, 5, rng);
  HammingIndex index;
  for (size_t i = 0; i < 6000; ++i) index.Add(hashes[i]);
  index.Compact();
  for (size_t i = 6000; i < hashes.size(); ++i) index.Add(hashes[i]);  // stay pending
  for (int i = 0; i < 300; ++i) {
    const uint64_t q = FlipRandomBits(hashes[(i * 37) % hashes.size()], i % 5, rng);
    for (int radius : {0, 3, 4, 8}) {
      std::vector<uint32_t> got;
      index.Query(q, radius, &got);
      ASSERT_EQ(got, BruteForce(hashes, q, radius)) << "radius " << radius;
    }
  }
}

// Every pair (i, j), i < j, within `max_radius`, with its distance.
std::vector<std::tuple<uint32_t, uint32_t, int>> PairsWithDistance(
    const std::vector<uint64_t>& hashes, int max_radius) {
  std::vector<std::tuple<uint32_t, uint32_t, int>> pairs;
  for (uint32_t i = 0; i < hashes.size(); ++i) {
    for (uint32_t j = i + 1; j < hashes.size(); ++j) {
      const int d = HammingDistance(hashes[i], hashes[j]);
      if (d <= max_radius) pairs.emplace_back(i, j, d);
    }
  }
  return pairs;
}

std::vector<std::pair<uint32_t, uint32_t>> PairsWithin(
    const std::vector<std::tuple<uint32_t, uint32_t, int>>& pairs, int radius) {
  std::vector<std::pair<uint32_t, uint32_t>> within;
  for (const auto& [i, j, d] : pairs) {
    if (d <= radius) within.emplace_back(i, j);
  }
  return within;
}

TEST(HammingIndexTest, ForEachPairWithinVisitsEveryPairOnce) {
  std::mt19937_64 rng(9);
  // 500 entries take the per-entry path, 6000 the group join.
  for (int num_random : {400, 5000}) {
    std::vector<uint64_t> hashes = MakeFaceHashes(num_random, num_random / 10, 6, rng);
    hashes.push_back(hashes[0]);  // exact duplicates are pairs too
    hashes.push_back(hashes[0]);
    HammingIndex index;
    for (uint64_t h : hashes) index.Add(h);
    for (int radius : {-1, 0, 1, 4, 5, 8}) {
      std::vector<std::pair<uint32_t, uint32_t>> got;
      index.ForEachPairWithin(radius,
                              [&](uint32_t i, uint32_t j) { got.emplace_back(i, j); });
      std::sort(got.begin(), got.end());
      const auto expected = PairsWithin(PairsWithDistance(hashes, 8), radius);
      ASSERT_EQ(got, expected) << "n " << hashes.size() << " radius " << radius;
      if (radius >= 4) {
        EXPECT_GT(got.size(), hashes.size() / 10);
      }
    }
  }
}

// A plain union-find for reference clusterings, labelled like ClusterFaces: dense,
// in order of each cluster's first member.
class ReferenceClusters {
 public:
  explicit ReferenceClusters(size_t n) : parent_(n) {
    for (size_t i = 0; i < n; ++i) parent_[i] = static_cast<uint32_t>(i);
  }

  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

  std::vector<uint32_t> Labels() {
    const size_t n = parent_.size();
    std::vector<uint32_t> label_of_root(n, 0xFFFFFFFFu), labels(n);
    uint32_t next = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t root = Find(static_cast<uint32_t>(i));
      if (label_of_root[root] == 0xFFFFFFFFu) label_of_root[root] = next++;
      labels[i] = label_of_root[root];
    }
    return labels;
  }

 private:
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  std::vector<uint32_t> parent_;
};

// Reference clustering: union every pair within the radius, all-pairs.
std::vector<uint32_t> BruteForceClusters(const std::vector<uint64_t>& hashes,
                                         int radius) {
  ReferenceClusters clusters(hashes.size());
  for (const auto& [i, j] : PairsWithin(PairsWithDistance(hashes, radius), radius)) {
    clusters.Union(i, j);
  }
  return clusters.Labels();
}

TEST(ClusterFacesTest, GroupsCapturesOfTheSameFace) {
  const uint64_t face_a = 0x0123456789ABCDEFull;
  const uint64_t face_b = 0xFEDCBA9876543210ull;
  const std::vector<uint64_t> hashes = {
      face_a,         face_b,
      face_a ^ 0x5,                           // a, b, a with 2 flips
      face_b ^ 0x100, 0x5555555555555555ull,  // b with 1 flip, stranger
      face_a,                                 // exact repeat of a
  };
  EXPECT_THAT(ClusterFaces(hashes, 4), ElementsAre(0, 1, 0, 1, 2, 0));
  EXPECT_THAT(ClusterFaces(hashes, 0), ElementsAre(0, 1, 2, 3, 4, 0));
  EXPECT_THAT(ClusterFaces(hashes, -1), ElementsAre(0, 1, 2, 3, 4, 5));
  EXPECT_THAT(ClusterFaces({}, 4), IsEmpty());
}

TEST(ClusterFacesTest, LinksChainsOfNearDuplicates) {
  // 0 -3 bits- 1 -3 bits- 2: distance 6 end to end, still one face at radius 3.
  const std::vector<uint64_t> hashes = {0x0, 0x7, 0x3F, 0xFFFF0000ull};
  EXPECT_THAT(ClusterFaces(hashes, 3), ElementsAre(0, 0, 0, 1));
  EXPECT_THAT(ClusterFaces(hashes, 2), ElementsAre(0, 1, 2, 3));
}

TEST(ClusterFacesTest, MatchesAllPairsReference) {
  std::mt19937_64 rng(3);
  std::vector<uint64_t> hashes = MakeFaceHashes(800, 60, 7, rng);
  // A reused photo: many exact copies of one hash.
  for (int i = 0; i < 300; ++i) hashes.push_back(hashes[5]);
  std::shuffle(hashes.begin(), hashes.end(), rng);
  for (int radius : {0, 2, 4, 6, 8}) {
    EXPECT_EQ(ClusterFaces(hashes, radius), BruteForceClusters(hashes, radius))
        << "radius " << radius;
  }
}


TEST(HammingIndexLayoutTest, ChosenFromExpectedSize) {
  EXPECT_EQ(HammingIndex(8).num_blocks(), 4);
  for (int b = 0; b < 4; ++b) EXPECT_EQ(HammingIndex(8).block_bits(b), 16);
  // At radius 6 three blocks pay from about 4 M entries.
  EXPECT_EQ(HammingIndex(6, 1'000'000).num_blocks(), 4);
  const HammingIndex large(6, 10'000'000);
  ASSERT_EQ(large.num_blocks(), 3);
  EXPECT_EQ(large.block_bits(0), 22);
  EXPECT_EQ(large.block_bits(1), 21);
  EXPECT_EQ(large.block_bits(2), 21);
  // Wide radii need so many flip masks in 21-bit blocks that four blocks stay cheaper.
  EXPECT_EQ(HammingIndex(16, 10'000'000).num_blocks(), 4);
}

// Each layout, forced through the size hint, against brute force.
struct LayoutCase {
  uint32_t expected_size;
  int num_blocks;
};

class HammingIndexLayoutEquivalenceTest : public ::testing::TestWithParam<LayoutCase> {
 protected:
  HammingIndex MakeIndex() const {
    HammingIndex index(8, GetParam().expected_size);
    EXPECT_EQ(index.num_blocks(), GetParam().num_blocks);
    int bits = 0;
    for (int b = 0; b < index.num_blocks(); ++b) bits += index.block_bits(b);
    EXPECT_EQ(bits, 64);
    return index;
  }
};

// Radii 0..8 and two above the index's max_radius (flip masks generated per call).
const int kRadii[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11};

TEST_P(HammingIndexLayoutEquivalenceTest, QueryMatchesBruteForce) {
  std::mt19937_64 rng(21);
  const std::vector<uint64_t> hashes = MakeFaceHashes(5000, 300, 8, rng);
  // Sorted tables for the first 6000 entries, chains for the rest.
  HammingIndex index = MakeIndex();
  index.AddAll(absl::MakeConstSpan(hashes.data(), 6000));
  index.Compact();
  for (size_t i = 6000; i < hashes.size(); ++i) index.Add(hashes[i]);
  ASSERT_EQ(index.size(), hashes.size());

  std::uniform_int_distribution<size_t> pick(0, hashes.size() - 1);
  std::uniform_int_distribution<int> flips(0, 12);
  std::vector<uint64_t> queries;
  for (int i = 0; i < 60; ++i) queries.push_back(hashes[pick(rng)]);
  for (int i = 0; i < 60; ++i) {
    queries.push_back(FlipRandomBits(hashes[pick(rng)], flips(rng), rng));
  }
  for (int i = 0; i < 20; ++i) queries.push_back(rng());

  size_t total_matches = 0;
  for (int radius : kRadii) {
    for (uint64_t q : queries) {
      std::vector<uint32_t> got;
      index.Query(q, radius, &got);
      ASSERT_EQ(got, BruteForce(hashes, q, radius)) << "radius " << radius << " query " << q;
      total_matches += got.size();
    }
  }
  EXPECT_GT(total_matches, 1500u);
}

TEST_P(HammingIndexLayoutEquivalenceTest, PairsMatchBruteForce) {
  std::mt19937_64 rng(23);
  // 2000 entries stay in chains (queried entry by entry); 7000 take the sorted join.
  for (int num_random : {1500, 5000}) {
    std::vector<uint64_t> hashes = MakeFaceHashes(num_random, num_random / 12, 6, rng);
    hashes.push_back(hashes[1]);  // an exact duplicate
    const auto all_pairs = PairsWithDistance(hashes, 11);
    HammingIndex index = MakeIndex();
    index.AddAll(hashes);
    for (int radius : kRadii) {
      const auto expected = PairsWithin(all_pairs, radius);
      std::vector<std::pair<uint32_t, uint32_t>> got;
      index.ForEachPairWithin(radius,
                              [&](uint32_t i, uint32_t j) { got.emplace_back(i, j); });
      std::sort(got.begin(), got.end());
      ASSERT_EQ(got, expected) << "n " << hashes.size() << " radius " << radius;
      EXPECT_GT(expected.size(), radius >= 4 ? hashes.size() / 10 : 0u);
    }
  }
}

TEST_P(HammingIndexLayoutEquivalenceTest, ParallelJoinVisitsTheSamePairs) {
  std::mt19937_64 rng(25);
  const std::vector<uint64_t> hashes = MakeFaceHashes(6000, 500, 6, rng);
  const auto expected = PairsWithin(PairsWithDistance(hashes, 6), 6);
  ASSERT_GT(expected.size(), hashes.size() / 10);
  HammingIndex index = MakeIndex();
  index.AddAll(hashes);
  for (int threads : {1, 2, 3}) {
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> per_thread(threads);
    index.ParallelForEachPairWithin(6, threads, [&](int thread, uint32_t i, uint32_t j) {
      ASSERT_GE(thread, 0);
      ASSERT_LT(thread, threads);
      per_thread[thread].emplace_back(i, j);
    });
    std::vector<std::pair<uint32_t, uint32_t>> got;
    for (const auto& pairs : per_thread) got.insert(got.end(), pairs.begin(), pairs.end());
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, expected) << threads << " threads";
  }
}

TEST_P(HammingIndexLayoutEquivalenceTest, JoinOrderIsDeterministic) {
  std::mt19937_64 rng(27);
  const std::vector<uint64_t> hashes = MakeFaceHashes(6000, 500, 6, rng);
  std::vector<std::pair<uint32_t, uint32_t>> first, second;
  for (auto* out : {&first, &second}) {
    HammingIndex index = MakeIndex();
    index.AddAll(hashes);
    index.ForEachPairWithin(6, [&](uint32_t i, uint32_t j) { out->emplace_back(i, j); });
  }
  EXPECT_GT(first.size(), hashes.size() / 10);
  EXPECT_EQ(first, second);
}

INSTANTIATE_TEST_SUITE_P(Layouts, HammingIndexLayoutEquivalenceTest,
                         ::testing::Values(LayoutCase{0, 4}, LayoutCase{1u << 24, 3}),
                         [](const ::testing::TestParamInfo<LayoutCase>& info) {
                           return info.param.num_blocks == 4 ? "FourBlocks" : "ThreeBlocks";
                         });

TEST(ClusterFacesTest, LargeInputTakesThreeBlocksAndStaysExact) {
  // Enough distinct hashes for the three-block layout at radius 1, and for two join
  // threads. Radius 1 keeps an independent reference cheap: each hash's 64 one-bit
  // neighbours, looked up directly.
  constexpr int kRadius = 1;
  constexpr uint32_t kRandom = 800'000;
  std::mt19937_64 rng(29);
  std::vector<uint64_t> hashes;
  for (uint32_t i = 0; i < kRandom; ++i) hashes.push_back(rng());
  // Chains of one-bit steps (a face drifting across captures) and exact repeats.
  for (int f = 0; f < 20'000; ++f) {
    uint64_t h = rng();
    for (int k = 0; k < 5; ++k) {
      hashes.push_back(h);
      h ^= uint64_t{1} << (rng() % 64);
    }
  }
  for (int i = 0; i < 1000; ++i) hashes.push_back(hashes[rng() % hashes.size()]);
  std::shuffle(hashes.begin(), hashes.end(), rng);

  absl::flat_hash_map<uint64_t, uint32_t> first_index;
  for (uint32_t i = 0; i < hashes.size(); ++i) first_index.try_emplace(hashes[i], i);
  ASSERT_EQ(HammingIndex(kRadius, static_cast<uint32_t>(first_index.size())).num_blocks(),
            3);

  // Reference: union each input with the first input of its own hash and of every
  // hash one bit away.
  ReferenceClusters reference(hashes.size());
  size_t links = 0;
  for (uint32_t i = 0; i < hashes.size(); ++i) {
    reference.Union(i, first_index.at(hashes[i]));
    for (int bit = 0; bit < 64; ++bit) {
      const auto it = first_index.find(hashes[i] ^ (uint64_t{1} << bit));
      if (it == first_index.end()) continue;
      reference.Union(i, it->second);
      ++links;
    }
  }
  ASSERT_GT(links, 100'000u);
  const std::vector<uint32_t> expected = reference.Labels();
  EXPECT_EQ(ClusterFaces(hashes, kRadius), expected);
  EXPECT_EQ(ClusterFaces(hashes, kRadius, /*max_threads=*/1), expected);
  EXPECT_EQ(ClusterFaces(hashes, kRadius, /*max_threads=*/2), expected);
}

}  // namespace
}  // namespace simaudit
