#include "lib/gen/devices.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "gtest/gtest.h"
#include "lib/gen/vn_ids.h"

namespace simaudit::gen {
namespace {

std::string Digits(uint64_t imei) {
  std::string s;
  AppendImei(imei, &s);
  return s;
}

TEST(DevicesTest, SlotImeisAreUniqueAndLuhnValid) {
  absl::flat_hash_set<uint64_t> seen;
  for (DeviceClass c : {DeviceClass::kPhone, DeviceClass::kTablet, DeviceClass::kModule}) {
    for (uint64_t n = 0; n < 30000; ++n) {
      const uint64_t imei = SlotImei(c, n * 7919, 5);
      ASSERT_TRUE(IsLuhnValid(Digits(imei))) << imei;
      ASSERT_TRUE(seen.insert(imei).second) << "duplicate " << imei;
    }
  }
}

TEST(DevicesTest, ReferencesResolveToSlotImeis) {
  EXPECT_EQ(ResolveDevice(0, 1), 0u);
  EXPECT_EQ(ResolveDevice(DeviceRef(DeviceClass::kPhone, 12345), 1),
            SlotImei(DeviceClass::kPhone, 12345, 1));
  const uint64_t literal = MakeImei(35391811, 17);
  EXPECT_EQ(ResolveDevice(literal, 1), literal);
}

TEST(DevicesTest, ModuleRunsAreConsecutiveAndDisjoint) {
  ModuleRuns runs(3);
  Rng rng(4);
  absl::flat_hash_set<uint64_t> seen;
  for (int r = 0; r < 200; ++r) {
    const uint64_t first = runs.Allocate(32, rng);
    for (uint32_t k = 0; k < 32; ++k) {
      const uint64_t imei = NthImeiOfRun(first, k);
      EXPECT_EQ(imei / 10, first / 10 + k);  // same TAC, consecutive serials
      EXPECT_TRUE(IsLuhnValid(Digits(imei)));
      EXPECT_TRUE(seen.insert(imei).second);
    }
  }
  for (uint64_t n = 0; n < 20000; ++n) {
    EXPECT_FALSE(seen.contains(SlotImei(DeviceClass::kModule, n, 3)));
  }
}

}  // namespace
}  // namespace simaudit::gen
