// File: render.h
// -----------------------------------------------------------------------------
// Turns scenario events (event.h), in registered_at order, into batch CSV rows (all
// contract columns) and ground-truth label rows.
//
// Rendering owns the state that must follow time order: SIM kits leave each point's
// stock boxes in sequence (consecutive ICCIDs, kit numbers in blocks or at random),
// numbers are drawn from per-prefix pools without repetition, and a subscription with a
// later row keeps its number. Everything else (names, document numbers, usage counters,
// export formats) is a pure function of the event and the seed.
//
//   Renderer renderer(options, period, points);
//   std::string batch = Renderer::BatchHeader(), labels = Renderer::LabelsHeader();
//   for (const Event& e : events_in_time_order) {
//     renderer.Render(e, scenario, &batch, &labels);
//   }
#ifndef SIMAUDIT_LIB_GEN_RENDER_H_
#define SIMAUDIT_LIB_GEN_RENDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "lib/gen/event.h"
#include "lib/gen/options.h"
#include "lib/gen/points.h"
#include "lib/gen/population.h"
#include "lib/gen/scenario.h"

namespace simaudit::gen {

class Renderer {
 public:
  // `options` and `points` must outlive the renderer.
  Renderer(const GeneratorOptions& options, const Period& period, const PointTable& points);
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // "carrier,msisdn,...,data_mb_30d\n" in contract order.
  static std::string BatchHeader();
  // "carrier,msisdn,junk,non_owner,pattern\n".
  static std::string LabelsHeader();

  // Appends the row of `e` to `batch`, and its label to `labels` when `e` is the latest
  // row of its subscription (returns true then). Events must come in (ts, seq) order;
  // `world` is the scenario that emitted them (identities and organisations).
  bool Render(const Event& e, const Scenario& world, std::string* batch, std::string* labels);

 private:
  struct SimCard {
    uint64_t national = 0;  // 9-digit national number
    uint64_t account = 0;   // ICCID account part
    uint64_t msin = 0;      // IMSI MSIN
    uint8_t account_digits = 12;
    uint8_t issuer = 0;
    uint8_t mnc = 0;
  };
  struct Box {
    uint64_t next_account = 0;
    uint32_t left = 0;
    uint8_t account_digits = 12;
    uint8_t prefix = 0;
    uint8_t mnc = 0;
    int64_t next_number = -1;  // -1: kit numbers drawn at random
  };

  // A new SIM kit from the stock of `point` for carrier `c`: ICCID, IMSI and, when
  // `with_number`, the number printed on the kit.
  SimCard TakeKit(uint32_t point, Carrier c, bool with_number);
  uint64_t RandomNumber(int prefix);
  uint64_t BlockStart(int prefix);
  int CarrierPrefix(Carrier c, uint64_t h) const;

  const GeneratorOptions& options_;
  Period period_;
  const PointTable& points_;
  uint64_t seed_;
  absl::flat_hash_map<uint64_t, Box> boxes_;         // by point * 16 + carrier
  absl::flat_hash_map<uint32_t, SimCard> pending_;   // by seq, for later rows
  std::vector<uint64_t> boxes_opened_;               // per carrier
  std::vector<uint64_t> sims_issued_;                // per carrier
  std::vector<uint64_t> account_base_;               // per carrier
  uint32_t random_used_[100] = {};
  uint32_t blocks_used_[100] = {};
  // Per-row scratch buffers, kept to avoid allocations.
  std::string last_msisdn_;
  std::string scratch_;
  std::string name_;
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_RENDER_H_
