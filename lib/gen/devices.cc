#include "lib/gen/devices.h"

#include <vector>

#include "lib/gen/vn_ids.h"

namespace simaudit::gen {
namespace {

constexpr uint32_t kSlots = 1000;
// Modules use slots 0..499 for single devices; suffixes 500..999 are left to runs.
constexpr uint32_t kModuleSlots = 500;

uint32_t SlotCount(DeviceClass c) { return c == DeviceClass::kModule ? kModuleSlots : kSlots; }

// TAC of each slot: families take a share of slots proportional to their weight; the
// slot number becomes the last three TAC digits, so all slot TACs are distinct.
std::vector<uint32_t> BuildSlotTacs(DeviceClass device_class) {
  std::vector<uint32_t> tacs;
  const absl::Span<const TacFamily> families = TacFamilies(device_class);
  const uint32_t slots = SlotCount(device_class);
  double total = 0;
  for (const TacFamily& f : families) total += f.weight;
  double cumulative = 0;
  size_t family = 0;
  for (uint32_t s = 0; s < slots; ++s) {
    const double position = (s + 0.5) / slots * total;
    while (family + 1 < families.size() && position > cumulative + families[family].weight) {
      cumulative += families[family].weight;
      ++family;
    }
    const TacFamily& f = families[family];
    const int prefix = f.tac_prefixes[s % f.tac_prefixes.size()];
    tacs.push_back(static_cast<uint32_t>(prefix) * 1000 + s);
  }
  return tacs;
}

// TAC of each slot: families take a share of slots proportional to their weight; the
// slot number becomes the last three TAC digits, so all slot TACs are distinct.
const std::vector<uint32_t>& SlotTacs(DeviceClass device_class) {
  static const auto* const kTables = new std::vector<uint32_t>[3]{
      BuildSlotTacs(DeviceClass::kPhone), BuildSlotTacs(DeviceClass::kTablet),
      BuildSlotTacs(DeviceClass::kModule)};
  return kTables[static_cast<int>(device_class)];
}

}  // namespace

uint64_t SlotImei(DeviceClass device_class, uint64_t number, uint64_t seed) {
  const std::vector<uint32_t>& tacs = SlotTacs(device_class);
  const uint32_t slots = SlotCount(device_class);
  const uint64_t cls = static_cast<uint64_t>(device_class);
  const Permutation slot_perm(slots, HashOf(seed, 0x51075107, cls));
  const uint64_t slot = slot_perm(number % slots);
  const uint64_t quotient = (number / slots) % 1000000;
  const Permutation serial_perm(1000000, HashOf(seed, 0x5e41a1, cls, slot));
  return MakeImei(tacs[slot], static_cast<uint32_t>(serial_perm(quotient)));
}

namespace {
constexpr uint64_t kRefTag = uint64_t{1} << 62;
}  // namespace

uint64_t DeviceRef(DeviceClass device_class, uint64_t number) {
  return kRefTag | (static_cast<uint64_t>(device_class) << 56) | number;
}

uint64_t ResolveDevice(uint64_t device, uint64_t seed) {
  if (!(device & kRefTag)) return device;
  const auto device_class = static_cast<DeviceClass>((device >> 56) & 0x3f);
  return SlotImei(device_class, device & ((uint64_t{1} << 56) - 1), seed);
}

uint64_t NthImeiOfRun(uint64_t first, uint32_t offset) {
  const uint64_t payload = first / 10;
  const uint32_t tac = static_cast<uint32_t>(payload / 1000000);
  const uint32_t serial = static_cast<uint32_t>(payload % 1000000);
  return MakeImei(tac, serial + offset);
}

uint64_t ModuleRuns::Allocate(uint32_t count, Rng& rng) {
  const absl::Span<const TacFamily> families = TacFamilies(DeviceClass::kModule);
  std::vector<double> weights;
  for (const TacFamily& f : families) weights.push_back(f.weight);
  while (true) {
    const TacFamily& f = families[rng.Weighted(weights)];
    const int prefix = f.tac_prefixes[rng.Below(f.tac_prefixes.size())];
    const uint32_t tac =
        static_cast<uint32_t>(prefix) * 1000 + kModuleSlots + static_cast<uint32_t>(rng.Below(500));
    auto it = next_serial_.find(tac);
    if (it == next_serial_.end()) {
      const uint32_t base = static_cast<uint32_t>(HashOf(seed_, 0xba5e, tac) % 400000);
      it = next_serial_.emplace(tac, base).first;
    }
    if (it->second + count <= 1000000) {
      const uint32_t serial = it->second;
      it->second += count;
      return MakeImei(tac, serial);
    }
  }
}

}  // namespace simaudit::gen
