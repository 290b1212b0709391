// File: hamming_index_test.cc
#include "lib/graph/hamming_index.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

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

std::vector<std::pair<uint32_t, uint32_t>> BruteForcePairs(
    const std::vector<uint64_t>& hashes, int radius) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t i = 0; i < hashes.size(); ++i) {
    for (uint32_t j = i + 1; j < hashes.size(); ++j) {
      if (HammingDistance(hashes[i], hashes[j]) <= radius) pairs.emplace_back(i, j);
    }
  }
  return pairs;
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
      const auto expected = BruteForcePairs(hashes, radius);
      ASSERT_EQ(got, expected) << "n " << hashes.size() << " radius " << radius;
      if (radius >= 4) {
        EXPECT_GT(got.size(), hashes.size() / 10);
      }
    }
  }
}

// Reference clustering: union every pair within the radius, all-pairs.
std::vector<uint32_t> BruteForceClusters(const std::vector<uint64_t>& hashes,
                                         int radius) {
  const size_t n = hashes.size();
  std::vector<uint32_t> parent(n);
  for (size_t i = 0; i < n; ++i) parent[i] = i;
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x];
    return x;
  };
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (HammingDistance(hashes[i], hashes[j]) <= radius) {
        const uint32_t a = find(i), b = find(j);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      }
    }
  }
  std::vector<uint32_t> label_of_root(n, 0xFFFFFFFFu), labels(n);
  uint32_t next = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t root = find(i);
    if (label_of_root[root] == 0xFFFFFFFFu) label_of_root[root] = next++;
    labels[i] = label_of_root[root];
  }
  return labels;
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

}  // namespace
}  // namespace simaudit
