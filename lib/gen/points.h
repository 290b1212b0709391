// File: points.h
// -----------------------------------------------------------------------------
// Points of sale of the synthetic population: carrier shops (STORE), dealers (AGENT,
// heavy-tailed volumes, several code styles, some selling several carriers' SIMs) and one
// stock warehouse per carrier for self-service (EKYC_APP / ONLINE) orders. Each shop or
// dealer has its own registration devices and SIM stock.
//
// Fraud roles (pre-activation, extra SIMs) are flags on ordinary-looking dealers: their
// codes, devices and legitimate traffic are drawn exactly like everyone else's.
//
//   PointTable points(options, seed, plan);
//   uint32_t shop = points.SampleShop(Carrier::kViettel, province, rng);
//   std::string code;
//   points.AppendAgentId(shop, Carrier::kViettel, &code);
#ifndef SIMAUDIT_LIB_GEN_POINTS_H_
#define SIMAUDIT_LIB_GEN_POINTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lib/gen/options.h"
#include "lib/gen/rng.h"
#include "lib/model/codes.h"

namespace simaudit::gen {

enum class PointKind : uint8_t { kShop = 0, kDealer, kWarehouse };

enum PointFlag : uint8_t {
  kPointFlagship = 1 << 0,    // a busy flagship shop
  kPointPreact = 1 << 1,      // registers pre-activated batches
  kPointExtra = 1 << 2,       // adds extra SIMs to some customers' documents
  kPointShadow = 1 << 3,      // almost no genuine sales
  kPointActivates = 1 << 4,   // tries SIMs in its own phone before handing them over
  kPointAsciiNames = 1 << 5,  // its software stores names without diacritics
};

struct Point {
  PointKind kind = PointKind::kShop;
  uint8_t province = 0;   // index into Provinces()
  uint16_t carriers = 0;  // bit i: serves Carrier i
  uint8_t num_devices = 0;
  uint8_t code_style = 0;
  uint8_t flags = 0;
  float extra_rate = 0;   // kPointExtra: share of customers given extra SIMs
  uint32_t seq = 0;       // number within its kind and province (for codes)
  double weight = 0;      // relative traffic
  uint64_t device[3] = {0, 0, 0};

  bool Serves(Carrier c) const { return (carriers >> static_cast<int>(c)) & 1; }
};

// Expected traffic, from which the number of shops and dealers follows.
struct PointPlan {
  double store_rows = 0;
  double agent_rows = 0;
  uint64_t preact_dealers = 0;  // dealers running pre-activation batches
  double extra_rows = 0;        // target rows of extra SIMs
};

class PointTable {
 public:
  PointTable(const GeneratorOptions& options, uint64_t seed, const PointPlan& plan);

  size_t size() const { return points_.size(); }
  const Point& operator[](uint32_t i) const { return points_[i]; }

  // A shop / dealer of carrier `c`, weighted by traffic, preferring `province` (index);
  // falls back to the carrier's points anywhere. Every carrier has both.
  uint32_t SampleShop(Carrier c, int province, Rng& rng) const;
  uint32_t SampleDealer(Carrier c, int province, Rng& rng) const;
  // Any dealer, uniformly (not traffic-weighted).
  uint32_t AnyDealer(Rng& rng) const { return dealers_[rng.Below(dealers_.size())]; }
  // The self-service stock of carrier `c`.
  uint32_t Warehouse(Carrier c) const { return warehouses_[static_cast<int>(c)]; }
  // A carrier the point serves, drawn by market share among them.
  Carrier SampleCarrier(uint32_t point, Rng& rng) const;

  const std::vector<uint32_t>& preact_dealers() const { return preact_dealers_; }

  // Appends the agent_id the carrier knows the shop or dealer by (nothing for warehouses).
  void AppendAgentId(uint32_t point, Carrier c, std::string* out) const;

 private:
  struct Pool {
    std::vector<uint32_t> ids;
    AliasTable alias;
  };
  static uint32_t SampleFrom(const Pool& local, const Pool& any, Rng& rng);
  void BuildPools();

  std::vector<Point> points_;
  std::vector<uint32_t> dealers_;
  std::vector<uint32_t> preact_dealers_;
  std::vector<uint32_t> warehouses_;
  std::vector<Pool> shops_by_;    // [carrier * kNumProvinces + province]
  std::vector<Pool> dealers_by_;
  std::vector<Pool> shops_any_;   // [carrier]
  std::vector<Pool> dealers_any_;
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_POINTS_H_
