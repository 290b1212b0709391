// File: devices.h
// -----------------------------------------------------------------------------
// Unique, realistic-looking IMEIs for every device in the synthetic population.
//
// Devices are numbered per class (phones, tablets, cellular modules). `SlotImei` maps a
// device number bijectively to an IMEI: the number picks one of 1000 "slots" (a TAC of a
// model family, weighted by market share) and a scrambled 6-digit serial, so distinct
// numbers always give distinct IMEIs and neighbouring numbers look unrelated.
// `ModuleRuns` hands out runs of consecutive IMEIs of one TAC, as when a fleet of
// trackers or the ports of a GSM gateway come out of the same production lot.
//
//   uint64_t phone = SlotImei(DeviceClass::kPhone, 2 * person + 1, seed);
//   ModuleRuns runs(seed);
//   uint64_t first = runs.Allocate(16, rng);   // first of 16 consecutive IMEIs
//   uint64_t fifth = NthImeiOfRun(first, 4);
#ifndef SIMAUDIT_LIB_GEN_DEVICES_H_
#define SIMAUDIT_LIB_GEN_DEVICES_H_

#include <cstdint>

#include "absl/container/flat_hash_map.h"
#include "lib/gen/rng.h"
#include "lib/gen/vn_data.h"

namespace simaudit::gen {

// Device-number ranges (per class) used by the generator; all below kMaxDeviceNumber.
inline constexpr uint64_t kMaxDeviceNumber = 1000000000;   // 1000 slots x 1e6 serials
inline constexpr uint64_t kAnonymousPhoneBase = 300000000;  // buyers, kids, operators...
inline constexpr uint64_t kShopTabletBase = 500000000;
inline constexpr uint64_t kDealerPhoneBase = 900000000;

// IMEI of device `number` (< kMaxDeviceNumber) of a class. Bijective per class, and
// classes use disjoint TACs.
uint64_t SlotImei(DeviceClass device_class, uint64_t number, uint64_t seed);

// A device as the scenario records it: 0 for none, an IMEI as is, or a reference to
// device `number` of a class that ResolveDevice turns into SlotImei(...) when the row
// is rendered (so the scenario never pays for IMEI arithmetic).
uint64_t DeviceRef(DeviceClass device_class, uint64_t number);
// The IMEI of a device recorded as above (0 stays 0).
uint64_t ResolveDevice(uint64_t device, uint64_t seed);

// The IMEI `offset` places after `first` in a run from ModuleRuns (same TAC).
uint64_t NthImeiOfRun(uint64_t first, uint32_t offset);

// Allocates runs of consecutive module IMEIs; never overlaps SlotImei. Not thread-safe.
class ModuleRuns {
 public:
  explicit ModuleRuns(uint64_t seed) : seed_(seed) {}

  // Returns the first IMEI of a fresh run of `count` (1..100000) consecutive IMEIs.
  uint64_t Allocate(uint32_t count, Rng& rng);

 private:
  uint64_t seed_;
  absl::flat_hash_map<uint32_t, uint32_t> next_serial_;  // by TAC
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_DEVICES_H_
