// File: scenario.h
// -----------------------------------------------------------------------------
// The scenario engine of the synthetic-population generator: it decides who registers
// which SIM, where, when and how, and emits one `Event` per batch row.
//
// Rows come from six loops, each with an exact row budget (see Budget): residents
// (genuine subscriptions, families, look-alikes, later rows, and the extra SIMs that
// dishonest dealers add to walk-in customers), organisations, pre-activation batches on
// fabricated and on leaked identities, theft rings and SIM farms. A run is a pure
// function of the options: running a fresh Scenario twice emits identical events, which
// lets the generator render large batches in several time windows.
//
//   Scenario scenario(options, period, points, budget);
//   scenario.Run([&](const Event& e) { events.push_back(e); });
#ifndef SIMAUDIT_LIB_GEN_SCENARIO_H_
#define SIMAUDIT_LIB_GEN_SCENARIO_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "lib/gen/devices.h"
#include "lib/gen/event.h"
#include "lib/gen/options.h"
#include "lib/gen/points.h"
#include "lib/gen/population.h"
#include "lib/gen/rng.h"
#include "lib/model/codes.h"

namespace simaudit::gen {

// Rows each loop produces; they add up to options.subscriptions.
struct Budget {
  uint64_t residents = 0;  // includes later rows and extra SIMs
  uint64_t organizations = 0;
  uint64_t fabricated = 0;
  uint64_t leaked = 0;
  uint64_t theft = 0;
  uint64_t farm = 0;
  uint64_t extra_target = 0;  // extra SIMs aimed for within the resident rows
};

// Requires validated options.
Budget ComputeBudget(const GeneratorOptions& options);
// The PointTable plan implied by a budget.
PointPlan PlanPoints(const GeneratorOptions& options, const Budget& budget);
// Requires validated options.
Period ComputePeriod(const GeneratorOptions& options);

struct OrgInfo {
  std::string name;
  std::string tax_code;
  int province = 0;  // index into Provinces()
};

class Scenario {
 public:
  using Sink = absl::FunctionRef<void(const Event&)>;

  // `options` (validated) and `points` must outlive the scenario.
  Scenario(const GeneratorOptions& options, const Period& period, const PointTable& points,
           const Budget& budget);
  Scenario(const Scenario&) = delete;
  Scenario& operator=(const Scenario&) = delete;

  // Emits every row, in creation order (not time order). Call once.
  void Run(Sink sink);

  const Population& population() const { return people_; }
  const OrgInfo& org(uint32_t index) const { return orgs_[index]; }

 private:
  // Hour-of-day profiles.
  enum Hours { kStoreHours = 0, kAgentHours, kAppHours, kNightHours, kOfficeHours };

  // Loops.
  void RunResidents();
  void RunOrganizations();
  void RunPreactivation(bool leaked);
  void RunTheftRings();
  void RunSimFarms();

  // Residents.
  void MaybeAddFamily(const PersonInfo& head, Rng& rng);
  bool IsFamilyHead(uint32_t index) const;
  void ProcessResident(const PersonInfo& info, Rng& rng);
  void FamilySession(uint32_t head, Carrier* carrier, int64_t* start) const;
  void AddKidSims(const PersonInfo& head, Rng& rng);
  void MaybeAddExtras(const Event& genuine, Rng& rng);

  // Emission.
  void Emit(Event& e);
  // Emits `e`, sometimes followed by a later row of the same subscription.
  void EmitGenuine(Event& e, const PersonInfo& owner, Rng& rng);
  void EmitFraud(Event& e, Rng& rng);
  void TransferTo(uint32_t new_owner, int64_t day, Event& later, Rng& rng);

  // Shared helpers.
  int64_t SampleDay(int64_t lo, int64_t hi, Rng& rng) const;
  int64_t TimeOfDay(Hours hours, Rng& rng) const;
  int64_t ClampTs(int64_t ts) const;
  int64_t FraudStartDay(bool legacy, int64_t span_days, int64_t not_before, Rng& rng) const;
  Channel SampleChannel(const PersonInfo& info, int64_t day, int same_carrier_count,
                        Rng& rng) const;
  void SetGenuineBiometrics(const PersonInfo& info, Event& e, Rng& rng) const;
  PopdbCheck GenuinePopdb(int64_t ts, Rng& rng) const;
  SubscriptionStatus GenuineStatus(int64_t ts, DocKind doc, Rng& rng) const;
  SubscriptionStatus FraudStatus(double active_share, Rng& rng) const;
  NameStyle StyleFor(Carrier c, Channel channel, uint32_t point, Rng& rng) const;
  UsageProfile PrimaryUsage(int age, Rng& rng) const;
  void SetRowNoise(Event& e, Rng& rng) const;
  uint8_t UsageDays(int64_t ts) const;
  uint64_t AnonymousPhone();
  uint32_t PickResident(int province, int min_age, int64_t day, Rng& rng);
  uint16_t GenuineFaceMatch(Rng& rng) const;
  static uint64_t Capture(uint64_t face, int max_bits, Rng& rng);
  static uint16_t Thousandths(double x);
  Carrier SampleCarrier(Rng& rng) const {
    return static_cast<Carrier>(carrier_alias_.Sample(rng));
  }

  const GeneratorOptions& options_;
  Period period_;
  const PointTable& points_;
  Budget budget_;
  uint64_t seed_;
  Population people_;
  std::vector<OrgInfo> orgs_;
  ModuleRuns modules_;
  AliasTable carrier_alias_;
  AliasTable hours_[5];
  Sink* sink_ = nullptr;
  uint32_t next_seq_ = 0;
  uint64_t remaining_ = 0;         // rows left in the current loop
  uint64_t next_anonymous_phone_ = kAnonymousPhoneBase;
  uint32_t resident_bound_ = 0;    // residents [0, bound) have genuine subscriptions
  uint64_t extra_emitted_ = 0;
  std::vector<uint32_t> tax_counters_;
  // Dates (days).
  int64_t ekyc_start_;
  int64_t popdb_start_;
  int64_t vneid_lock_;
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_SCENARIO_H_
