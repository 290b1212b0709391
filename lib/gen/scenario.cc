#include "lib/gen/scenario.h"

#include <algorithm>
#include <cmath>

#include "lib/gen/calendar.h"
#include "lib/gen/vn_data.h"
#include "lib/gen/vn_ids.h"
#include "lib/util/logging.h"

namespace simaudit::gen {
namespace {

// Independent random streams, one per loop.
constexpr uint64_t kStreamResidents = 0x5101;
constexpr uint64_t kStreamOrgs = 0x5102;
constexpr uint64_t kStreamFabricated = 0x5103;
constexpr uint64_t kStreamLeaked = 0x5104;
constexpr uint64_t kStreamTheft = 0x5105;
constexpr uint64_t kStreamFarm = 0x5106;
constexpr uint64_t kFamilySessionSalt = 0xfa5e;

// Relative traffic per hour of day (0..23), per profile.
constexpr double kHourWeights[5][24] = {
    // Carrier shops: 8:00-21:00, peaks late morning and after work.
    {0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 10, 9, 6, 5, 7, 8, 9, 10, 9, 7, 4, 1, 0, 0},
    // Dealers: longer hours, a little very early or late.
    {0.1, 0.05, 0.05, 0.05, 0.05, 0.2, 1, 3, 6, 8, 9, 8, 6, 5, 6, 7, 8, 9, 9, 8, 6, 3, 1, 0.3},
    // Self-service apps: all day, evening peak.
    {2, 1, 0.5, 0.3, 0.3, 0.8, 2, 4, 6, 7, 7, 7, 7, 6, 6, 6, 6, 7, 8, 9, 10, 10, 8, 5},
    // Night work.
    {6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 5, 6},
    // Office hours (bulk contracts).
    {0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 10, 8, 3, 4, 9, 9, 8, 6, 1, 0, 0, 0, 0, 0},
};

// Relative traffic per weekday (Monday first).
constexpr double kWeekdayWeights[7] = {0.85, 0.85, 0.85, 0.85, 0.9, 1.0, 0.95};

bool InPerson(Channel c) { return c == Channel::kStore || c == Channel::kAgent; }

uint64_t RoundShare(double share, uint64_t n) {
  return static_cast<uint64_t>(std::llround(share * static_cast<double>(n)));
}

}  // namespace

Budget ComputeBudget(const GeneratorOptions& o) {
  const uint64_t n = o.subscriptions;
  Budget b;
  b.organizations = RoundShare(o.organization_share, n);
  b.fabricated = RoundShare(o.preactivation_fabricated_share, n);
  b.leaked = RoundShare(o.preactivation_leaked_share, n);
  b.theft = RoundShare(o.theft_ring_share, n);
  b.farm = RoundShare(o.sim_farm_share, n);
  const uint64_t special = b.organizations + b.fabricated + b.leaked + b.theft + b.farm;
  b.residents = n > special ? n - special : 0;
  b.extra_target = std::min(b.residents / 2, RoundShare(o.extra_sims_share, n));
  return b;
}

PointPlan PlanPoints(const GeneratorOptions& o, const Budget& b) {
  const double channels = o.store_share + o.agent_share + o.ekyc_share + o.online_share;
  PointPlan plan;
  plan.store_rows = static_cast<double>(b.residents) * o.store_share / channels +
                    static_cast<double>(b.organizations);
  plan.agent_rows = static_cast<double>(b.residents) * o.agent_share / channels;
  // Expected batch size of the truncated power law, by a fixed-seed estimate.
  Rng rng(0x5a3e);
  double sum = 0;
  constexpr int kSamples = 4000;
  for (int i = 0; i < kSamples; ++i) {
    sum += static_cast<double>(rng.PowerLawInt(static_cast<int64_t>(o.preact_batch_min),
                                               static_cast<int64_t>(o.preact_batch_max),
                                               o.preact_batch_alpha));
  }
  const double mean_batch = std::max(1.0, sum / kSamples);
  const double batches = static_cast<double>(b.fabricated + b.leaked) / mean_batch;
  plan.preact_dealers =
      b.fabricated + b.leaked == 0
          ? 0
          : std::max<uint64_t>(1, static_cast<uint64_t>(
                                      std::ceil(batches / o.preact_batches_per_dealer)));
  plan.extra_rows = static_cast<double>(b.extra_target);
  return plan;
}

Period ComputePeriod(const GeneratorOptions& o) {
  Period p;
  p.legacy_start = ParseDate(o.legacy_start_date).value();
  p.start = ParseDate(o.start_date).value();
  p.end = ParseDate(o.end_date).value();
  p.as_of = p.end + 1;
  return p;
}

Scenario::Scenario(const GeneratorOptions& options, const Period& period,
                   const PointTable& points, const Budget& budget)
    : options_(options),
      period_(period),
      points_(points),
      budget_(budget),
      seed_(options.seed),
      people_(options, period, options.seed),
      modules_(options.seed),
      ekyc_start_(DaysFromCivil(2020, 6, 1)),
      popdb_start_(DaysFromCivil(2022, 8, 1)),
      vneid_lock_(DaysFromCivil(2026, 6, 15)) {
  std::vector<double> shares;
  for (const CarrierInfo& c : CarrierTable()) shares.push_back(c.share);
  carrier_alias_.Reset(shares);
  for (int h = 0; h < 5; ++h) {
    hours_[h].Reset(std::vector<double>(kHourWeights[h], kHourWeights[h] + 24));
  }
  tax_counters_.assign(100, 0);
}

void Scenario::Run(Sink sink) {
  sink_ = &sink;
  RunResidents();
  RunOrganizations();
  RunPreactivation(/*leaked=*/false);
  RunPreactivation(/*leaked=*/true);
  RunTheftRings();
  RunSimFarms();
  sink_ = nullptr;
}

// ---- Emission -------------------------------------------------------------------------

void Scenario::Emit(Event& e) {
  CHECK(remaining_ > 0) << "row budget exceeded";
  e.ts = ClampTs(e.ts);
  e.seq = next_seq_++;
  if (!(e.flags & kFlagLater)) e.usage_seed = e.seq;
  --remaining_;
  (*sink_)(e);
}

void Scenario::EmitGenuine(Event& e, const PersonInfo& owner, Rng& rng) {
  const int64_t day = e.ts / kSecondsPerDay;
  const bool later = remaining_ >= 2 && period_.end - day >= 3 &&
                     e.identity_kind == IdentityKind::kPerson &&
                     rng.Bernoulli(options_.dup_share);
  if (later) e.flags |= kFlagHasLater;
  Emit(e);
  if (!later) return;
  Event l = e;
  l.flags = static_cast<uint16_t>((e.flags & ~kFlagHasLater) | kFlagLater);
  l.origin = e.seq;
  l.usage_seed = e.seq;
  const int64_t later_day = day + rng.Range(2, std::min<int64_t>(period_.end - day, 720));
  const double u = rng.Uniform();
  bool transferred = false;
  if (u < options_.dup_transfer_fraction && resident_bound_ > 1) {
    // Ownership transfer, often within the family.
    uint32_t q = owner.index;
    if (owner.role != FamilyRole::kNone && rng.Bernoulli(0.4)) {
      q = owner.head;
    } else {
      for (int tries = 0; tries < 8 && q == owner.index; ++tries) {
        const uint32_t candidate = static_cast<uint32_t>(rng.Below(resident_bound_));
        const Population::Basics b = people_.BasicsOf(candidate);
        if ((later_day - b.dob) * 4 / 1461 >= 15 && !b.foreign) q = candidate;
      }
    }
    if (q != owner.index) {
      TransferTo(q, later_day, l, rng);
      transferred = true;
    }
  }
  if (!transferred) {
    if (u < options_.dup_transfer_fraction + options_.dup_reverify_fraction) {
      // Re-verification: the owner confirms again (CMND -> CCCD, typo corrected).
      l.doc = owner.DocumentOn(later_day);
      l.flags &= static_cast<uint16_t>(~(kFlagTypoName | kFlagTypoDob));
      l.channel = static_cast<uint8_t>(
          owner.foreign() || rng.Bernoulli(0.4) ? Channel::kStore : Channel::kEkycApp);
      const Carrier c = static_cast<Carrier>(l.carrier);
      if (l.channel == static_cast<uint8_t>(Channel::kStore)) {
        l.point = points_.SampleShop(c, owner.residence_province, rng);
        const Point& pt = points_[l.point];
        l.device_imei = pt.device[rng.Below(pt.num_devices)];
      } else {
        l.point = points_.Warehouse(c);
        l.device_imei = owner.phone[0];
      }
      l.ts = later_day * kSecondsPerDay +
             TimeOfDay(l.channel == static_cast<uint8_t>(Channel::kStore) ? kStoreHours
                                                                           : kAppHours,
                       rng);
      SetGenuineBiometrics(owner, l, rng);
      if (later_day >= popdb_start_) l.popdb = static_cast<uint8_t>(PopdbCheck::kMatch);
      l.status = static_cast<uint8_t>(SubscriptionStatus::kActive);
      l.name_style = StyleFor(c, static_cast<Channel>(l.channel), l.point, rng);
    } else {
      // Status change only.
      l.ts = later_day * kSecondsPerDay + TimeOfDay(kOfficeHours, rng);
      const double s = rng.Uniform();
      l.status = static_cast<uint8_t>(s < 0.5   ? SubscriptionStatus::kTerminated
                                      : s < 0.8 ? SubscriptionStatus::kOneWayLocked
                                                : SubscriptionStatus::kTwoWayLocked);
    }
  }
  if (l.ts <= e.ts) l.ts = e.ts + 1;
  Emit(l);
}

void Scenario::TransferTo(uint32_t new_owner, int64_t day, Event& l, Rng& rng) {
  const PersonInfo q = people_.Describe(new_owner);
  const Carrier c = static_cast<Carrier>(l.carrier);
  l.identity = new_owner;
  l.identity_kind = IdentityKind::kPerson;
  l.doc = q.DocumentOn(day);
  l.flags &= static_cast<uint16_t>(~(kFlagTypoName | kFlagTypoDob));
  const bool store = rng.Bernoulli(0.6);
  l.channel = static_cast<uint8_t>(store ? Channel::kStore : Channel::kAgent);
  l.point = store ? points_.SampleShop(c, q.residence_province, rng)
                  : points_.SampleDealer(c, q.residence_province, rng);
  const Point& pt = points_[l.point];
  l.device_imei = pt.device[rng.Below(pt.num_devices)];
  l.ts = day * kSecondsPerDay + TimeOfDay(store ? kStoreHours : kAgentHours, rng);
  SetGenuineBiometrics(q, l, rng);
  l.popdb = static_cast<uint8_t>(GenuinePopdb(l.ts, rng));
  l.status = static_cast<uint8_t>(SubscriptionStatus::kActive);
  l.name_style = StyleFor(c, static_cast<Channel>(l.channel), l.point, rng);
  l.pattern = Pattern::kOwnershipTransfer;
  if (rng.Bernoulli(0.35)) {
    l.flags |= kFlagSimSwap;
    l.first_use_imei = q.phone[rng.Below(q.num_phones)];
  }
}

void Scenario::EmitFraud(Event& e, Rng& rng) {
  const int64_t day = e.ts / kSecondsPerDay;
  const bool later = remaining_ >= 2 && period_.end - day >= 3 &&
                     rng.Bernoulli(options_.fraud_dup_share);
  const int64_t later_day =
      later ? day + rng.Range(2, std::min<int64_t>(period_.end - day, 400)) : day;
  // The person actually using the SIM re-registers it in their own name. The SIM's usage
  // counters (the last 30 days, reported on every row of it) are then that person's.
  const bool rereg =
      later && resident_bound_ > 0 && rng.Bernoulli(options_.fraud_rereg_fraction);
  uint32_t new_owner = 0;
  if (rereg) {
    new_owner = PickResident(-1, 16, later_day, rng);
    e.usage = PrimaryUsage(people_.Describe(new_owner).ApproxAgeOn(later_day), rng);
  }
  if (later) e.flags |= kFlagHasLater;
  Emit(e);
  if (!later) return;
  Event l = e;
  l.flags = static_cast<uint16_t>((e.flags & ~kFlagHasLater) | kFlagLater);
  l.origin = e.seq;
  l.usage_seed = e.seq;
  if (rereg) {
    TransferTo(new_owner, later_day, l, rng);
  } else {
    l.ts = later_day * kSecondsPerDay + TimeOfDay(kOfficeHours, rng);
    const double s = rng.Uniform();
    l.status = static_cast<uint8_t>(s < 0.4   ? SubscriptionStatus::kOneWayLocked
                                    : s < 0.7 ? SubscriptionStatus::kTwoWayLocked
                                              : SubscriptionStatus::kTerminated);
  }
  if (l.ts <= e.ts) l.ts = e.ts + 1;
  Emit(l);
}

// ---- Shared helpers -------------------------------------------------------------------

int64_t Scenario::SampleDay(int64_t lo, int64_t hi, Rng& rng) const {
  if (hi < lo) hi = lo;
  for (int tries = 0; tries < 16; ++tries) {
    const int64_t d = lo + static_cast<int64_t>(rng.Below(static_cast<uint64_t>(hi - lo + 1)));
    if (rng.Uniform() < kWeekdayWeights[Weekday(d)]) return d;
  }
  return lo + static_cast<int64_t>(rng.Below(static_cast<uint64_t>(hi - lo + 1)));
}

int64_t Scenario::TimeOfDay(Hours hours, Rng& rng) const {
  const int64_t hour = hours_[hours].Sample(rng);
  return hour * 3600 + static_cast<int64_t>(rng.Below(3600));
}

int64_t Scenario::ClampTs(int64_t ts) const {
  const int64_t lo = period_.legacy_start * kSecondsPerDay;
  const int64_t hi = period_.end * kSecondsPerDay + kSecondsPerDay - 1;
  return std::clamp(ts, lo, hi);
}

int64_t Scenario::FraudStartDay(bool legacy, int64_t span_days, int64_t not_before,
                                Rng& rng) const {
  int64_t lo = legacy ? period_.legacy_start : period_.start;
  int64_t hi = legacy ? period_.start - 1 : period_.end;
  lo = std::max(lo, not_before);
  hi -= span_days;
  if (hi < lo) {
    lo = std::max(period_.start, not_before);
    hi = std::max(lo, period_.end - span_days);
  }
  return SampleDay(lo, hi, rng);
}

Channel Scenario::SampleChannel(const PersonInfo& info, int64_t day, int same_carrier_count,
                                Rng& rng) const {
  double w[5] = {0, options_.store_share, options_.agent_share, options_.ekyc_share,
                 options_.online_share};
  if (info.foreign() || info.vn_passport) {
    w[3] = w[4] = 0;  // foreigners register in person
  }
  if (day < ekyc_start_) {
    w[3] = 0;
    w[4] *= 0.3;
  }
  // Decree 163 Art. 16(3): the 4th and later numbers are registered in person.
  if (same_carrier_count >= 3) w[3] = w[4] = 0;
  if (info.ApproxAgeOn(day) >= 65) {
    w[3] *= 0.2;
    w[4] *= 0.2;
  }
  if (w[1] + w[2] + w[3] + w[4] <= 0) w[1] = 1;
  return static_cast<Channel>(rng.Weighted(w));
}

uint16_t Scenario::Thousandths(double x) {
  return static_cast<uint16_t>(std::clamp(std::lround(x * 1000.0), 0L, 1000L));
}

uint16_t Scenario::GenuineFaceMatch(Rng& rng) const {
  if (rng.Bernoulli(options_.low_face_match_share)) return Thousandths(rng.Uniform(0.5, 0.8));
  const double u = rng.Uniform();
  return Thousandths(0.99 - 0.19 * u * u);
}

uint64_t Scenario::Capture(uint64_t face, int max_bits, Rng& rng) {
  static constexpr double kBits[5] = {0.15, 0.3, 0.25, 0.2, 0.1};
  int bits = rng.Weighted(absl::Span<const double>(kBits, std::min(5, max_bits + 1)));
  uint64_t mask = 0;
  while (bits > 0) {
    const uint64_t bit = uint64_t{1} << rng.Below(64);
    if (mask & bit) continue;
    mask |= bit;
    --bits;
  }
  return face ^ mask;
}

void Scenario::SetGenuineBiometrics(const PersonInfo& info, Event& e, Rng& rng) const {
  const int64_t day = e.ts / kSecondsPerDay;
  const Channel ch = static_cast<Channel>(e.channel);
  double present;
  if (IsSelfService(ch)) {
    present = 0.995;
  } else if (day >= popdb_start_) {
    present = 1.0 - options_.selfie_missing_share;
  } else {
    present = options_.legacy_selfie_share;
  }
  e.flags &= static_cast<uint16_t>(~kFlagNoSelfie);
  if (rng.Bernoulli(present)) {
    e.selfie = Capture(info.face, 4, rng);
    e.face_match = rng.Bernoulli(0.98) ? GenuineFaceMatch(rng) : kNoFaceMatch;
  } else {
    e.flags |= kFlagNoSelfie;
    e.selfie = 0;
    e.face_match = kNoFaceMatch;
  }
}

PopdbCheck Scenario::GenuinePopdb(int64_t ts, Rng& rng) const {
  if (ts / kSecondsPerDay < popdb_start_) {
    // Older subscriptions were partly re-checked in the 2023 clean-up.
    return rng.Bernoulli(0.4) ? PopdbCheck::kMatch : PopdbCheck::kUnchecked;
  }
  const double u = rng.Uniform();
  double edge = options_.popdb_mismatch_share;
  if (u < edge) return PopdbCheck::kMismatch;
  edge += options_.popdb_not_found_share;
  if (u < edge) return PopdbCheck::kNotFound;
  edge += options_.popdb_unchecked_share;
  if (u < edge) return PopdbCheck::kUnchecked;
  return PopdbCheck::kMatch;
}

SubscriptionStatus Scenario::GenuineStatus(int64_t ts, DocKind doc, Rng& rng) const {
  const bool legacy = ts / kSecondsPerDay < period_.start;
  double terminated = options_.terminated_share * (legacy ? 2.5 : 1.0);
  double locked = options_.locked_share;
  // Circular 08/2026: CMND-registered numbers not re-verified get locked.
  if (doc == DocKind::kCmnd9 && period_.as_of > vneid_lock_) locked += 0.3;
  const double u = rng.Uniform();
  if (u < terminated) return SubscriptionStatus::kTerminated;
  if (u < terminated + locked * 0.7) return SubscriptionStatus::kOneWayLocked;
  if (u < terminated + locked) return SubscriptionStatus::kTwoWayLocked;
  return SubscriptionStatus::kActive;
}

SubscriptionStatus Scenario::FraudStatus(double active_share, Rng& rng) const {
  if (rng.Bernoulli(active_share)) return SubscriptionStatus::kActive;
  const double u = rng.Uniform();
  if (u < 0.45) return SubscriptionStatus::kOneWayLocked;
  if (u < 0.7) return SubscriptionStatus::kTwoWayLocked;
  return SubscriptionStatus::kTerminated;
}

NameStyle Scenario::StyleFor(Carrier c, Channel channel, uint32_t point, Rng& rng) const {
  if ((points_[point].flags & kPointAsciiNames) && rng.Bernoulli(0.5)) {
    return rng.Bernoulli(0.6) ? NameStyle::kUpperAscii : NameStyle::kAscii;
  }
  if (rng.Bernoulli(options_.ascii_name_share * 0.3)) return NameStyle::kUpperAscii;
  double upper = CarrierTable()[static_cast<int>(c)].upper_name_share;
  // Self-service apps read the name off the card, where it is printed in capitals.
  if (IsSelfService(channel)) upper = std::min(1.0, upper + 0.35);
  return rng.Bernoulli(upper) ? NameStyle::kUpper : NameStyle::kAsDeclared;
}

UsageProfile Scenario::PrimaryUsage(int age, Rng& rng) const {
  const double u = rng.Uniform();
  if (age < 18) return u < 0.5 ? UsageProfile::kChild : UsageProfile::kHeavyData;
  if (age < 30) {
    return u < 0.45 ? UsageProfile::kHeavyData
                    : (u < 0.95 ? UsageProfile::kNormal : UsageProfile::kBusiness);
  }
  if (age < 55) {
    return u < 0.15 ? UsageProfile::kHeavyData
                    : (u < 0.85 ? UsageProfile::kNormal : UsageProfile::kBusiness);
  }
  if (age < 65) return u < 0.6 ? UsageProfile::kNormal : UsageProfile::kLight;
  return u < 0.85 ? UsageProfile::kLight : UsageProfile::kNormal;
}

void Scenario::SetRowNoise(Event& e, Rng& rng) const {
  const double miss = options_.missing_field_share;
  if (rng.Bernoulli(options_.usage_unknown_share)) e.flags |= kFlagUsageUnknown;
  if (rng.Bernoulli(miss * 2)) e.flags |= kFlagNoImsi;
  if (rng.Bernoulli(miss)) e.flags |= kFlagNoIccid;
  if (rng.Bernoulli(miss)) e.flags |= kFlagNoGender;
  if (rng.Bernoulli(miss * 2)) e.flags |= kFlagNoProvince;
  if (rng.Bernoulli(miss * 0.5)) e.flags |= kFlagNoChannel;
  e.usage_days = UsageDays(e.ts);
}

uint8_t Scenario::UsageDays(int64_t ts) const {
  const int64_t days = period_.as_of - ts / kSecondsPerDay - 1;
  return static_cast<uint8_t>(std::clamp<int64_t>(days, 0, 30));
}

uint64_t Scenario::AnonymousPhone() {
  return DeviceRef(DeviceClass::kPhone, next_anonymous_phone_++);
}

uint32_t Scenario::PickResident(int province, int min_age, int64_t day, Rng& rng) {
  if (resident_bound_ == 0) return people_.AddResident();  // tiny batches only
  uint32_t fallback = static_cast<uint32_t>(rng.Below(resident_bound_));
  for (int tries = 0; tries < 200; ++tries) {
    const uint32_t i = static_cast<uint32_t>(rng.Below(resident_bound_));
    const Population::Basics b = people_.BasicsOf(i);
    // Approximate age (within a day) is enough to pick a plausible adult.
    if ((day - b.dob) * 4 / 1461 < min_age || b.foreign) continue;
    if (tries < 150 && province >= 0 && b.residence_province != province) {
      fallback = i;
      continue;
    }
    return i;
  }
  return fallback;
}

// ---- Residents ------------------------------------------------------------------------

void Scenario::RunResidents() {
  remaining_ = budget_.residents;
  Rng rng(HashOf(seed_, kStreamResidents));
  uint32_t p = 0;
  PersonInfo info;
  while (remaining_ > 0) {
    if (p == people_.size()) {
      people_.AddResident(&info);
      MaybeAddFamily(info, rng);
    } else {
      info = people_.Describe(p);  // a relative added with its family head
    }
    resident_bound_ = p;
    ProcessResident(info, rng);
    ++p;
  }
  resident_bound_ = p;
}

void Scenario::MaybeAddFamily(const PersonInfo& info, Rng& rng) {
  const uint32_t head = info.index;
  if (info.foreign() || info.ApproxAgeOn(period_.as_of) < 25 ||
      !rng.Bernoulli(options_.family_share)) {
    return;
  }
  const int relatives = static_cast<int>(rng.Range(1, options_.family_size_max - 1));
  bool spouse = false;
  int parents = 0;
  for (int k = 0; k < relatives; ++k) {
    FamilyRole candidates[3];
    int n = 0;
    if (!spouse && people_.CanHaveRelative(info, FamilyRole::kSpouse)) {
      candidates[n++] = FamilyRole::kSpouse;
    }
    if (people_.CanHaveRelative(info, FamilyRole::kChild)) candidates[n++] = FamilyRole::kChild;
    if (parents < 2 && people_.CanHaveRelative(info, FamilyRole::kParent)) {
      candidates[n++] = FamilyRole::kParent;
    }
    if (n == 0) break;
    const FamilyRole role = candidates[rng.Below(n)];
    if (role == FamilyRole::kSpouse) spouse = true;
    if (role == FamilyRole::kParent) ++parents;
    people_.AddRelative(head, role);
  }
}

bool Scenario::IsFamilyHead(uint32_t index) const {
  return index + 1 < people_.size() && people_.RoleOf(index + 1) != FamilyRole::kNone &&
         people_.HeadOf(index + 1) == index;
}

void Scenario::FamilySession(uint32_t head, Carrier* carrier, int64_t* start) const {
  Rng rng(HashOf(seed_, kFamilySessionSalt, head));
  *carrier = SampleCarrier(rng);
  const int64_t day = SampleDay(std::max(period_.start, ekyc_start_), period_.end, rng);
  *start = day * kSecondsPerDay + TimeOfDay(kAppHours, rng);
}

void Scenario::ProcessResident(const PersonInfo& info, Rng& rng) {
  const uint32_t index = info.index;
  const int64_t fourteen = info.FourteenthBirthday();

  // How many subscriptions this person holds.
  int k;
  bool multi = false;
  {
    const double u = rng.Uniform();
    if (u < options_.multi_sim_share) {
      k = static_cast<int>(rng.Range(options_.multi_sim_min, options_.multi_sim_max));
      multi = true;
    } else if (u < options_.multi_sim_share + options_.single_sim_share) {
      k = 1;
    } else if (u < options_.multi_sim_share + options_.single_sim_share +
                       options_.two_sim_share) {
      k = 2;
    } else {
      k = 3;
    }
  }
  // The phones the person's SIMs go into: their own one or two, and for holders of many
  // SIMs usually a few more (old phones, a work phone).
  std::vector<uint64_t> phones(info.phone, info.phone + info.num_phones);
  if (multi && rng.Bernoulli(0.7)) {
    while (static_cast<int>(phones.size()) * 2 < k) phones.push_back(AnonymousPhone());
  }
  const bool dual_sim = rng.Bernoulli(0.6);
  int per_carrier[kNumCarriers] = {};
  Carrier used[64];
  int num_used = 0;
  Event prev;
  bool have_prev = false;

  for (int j = 0; j < k && remaining_ > 0; ++j) {
    Event e;
    e.identity = index;
    e.identity_kind = IdentityKind::kPerson;
    Pattern pattern = Pattern::kClean;
    Carrier c = Carrier::kViettel;
    int64_t day = period_.start;
    bool family_sub = false;
    bool same_visit = false;
    PersonInfo family_head;

    if (j == 0 && info.role != FamilyRole::kNone) {
      // A relative's SIM registered by the family head on the head's phone via the app.
      family_sub = true;
      int64_t start;
      FamilySession(info.head, &c, &start);
      family_head = people_.Describe(info.head);
      const PersonInfo& head = family_head;
      e.ts = start + (index - info.head) * 240 + static_cast<int64_t>(rng.Below(180));
      if (e.ts < fourteen * kSecondsPerDay) {
        // Too young at the family session: registered once old enough.
        e.ts = SampleDay(fourteen, std::max(fourteen, period_.end), rng) * kSecondsPerDay +
               TimeOfDay(kAppHours, rng);
      }
      day = e.ts / kSecondsPerDay;
      e.channel = static_cast<uint8_t>(Channel::kEkycApp);
      e.point = points_.Warehouse(c);
      e.device_imei = head.phone[0];
      pattern = Pattern::kFamilyPhone;
    } else {
      if (j == 0 || num_used == 0 || rng.Bernoulli(0.55)) {
        c = SampleCarrier(rng);
        for (int t = 0; t < 3 && j > 0 && std::count(used, used + num_used, c) > 0; ++t) {
          c = SampleCarrier(rng);
        }
      } else {
        c = used[rng.Below(num_used)];
      }
      if (have_prev && InPerson(static_cast<Channel>(prev.channel)) &&
          rng.Bernoulli(options_.same_visit_share)) {
        // A further SIM in the same visit, at the same point.
        same_visit = true;
        c = points_.SampleCarrier(prev.point, rng);
        e.ts = prev.ts + rng.Range(60, 900);
        day = e.ts / kSecondsPerDay;
        e.channel = prev.channel;
        e.point = prev.point;
        e.device_imei = prev.device_imei;
      } else {
        const bool legacy = period_.legacy_start < period_.start &&
                            rng.Bernoulli(options_.legacy_share);
        int64_t lo = legacy ? period_.legacy_start : period_.start;
        int64_t hi = legacy ? period_.start - 1 : period_.end;
        lo = std::max(lo, fourteen);
        if (lo > hi) {
          lo = std::max(period_.start, fourteen);
          hi = period_.end;
        }
        day = SampleDay(lo, hi, rng);
        const Channel ch = SampleChannel(info, day, per_carrier[static_cast<int>(c)], rng);
        e.channel = static_cast<uint8_t>(ch);
        int province = info.residence_province;
        if (rng.Bernoulli(0.12)) {
          province = rng.Bernoulli(0.5) ? info.birth_province
                                        : static_cast<int>(rng.Below(kNumProvinces));
        }
        Hours hours = kAppHours;
        if (ch == Channel::kStore) {
          e.point = points_.SampleShop(c, province, rng);
          hours = kStoreHours;
        } else if (ch == Channel::kAgent) {
          e.point = points_.SampleDealer(c, province, rng);
          hours = kAgentHours;
        } else {
          e.point = points_.Warehouse(c);
        }
        e.ts = day * kSecondsPerDay + TimeOfDay(hours, rng);
        if (InPerson(ch)) {
          const Point& pt = points_[e.point];
          e.device_imei = pt.device[rng.Below(pt.num_devices)];
        } else {
          e.device_imei = info.phone[rng.Below(info.num_phones)];
        }
      }
    }
    e.carrier = static_cast<uint8_t>(c);
    ++per_carrier[static_cast<int>(c)];
    if (num_used < 64) used[num_used++] = c;

    if (same_visit && !(prev.flags & kFlagNoSelfie) &&
        rng.Bernoulli(options_.same_visit_reuse_selfie_share)) {
      e.selfie = prev.selfie;
      e.face_match = prev.face_match;
    } else {
      SetGenuineBiometrics(info, e, rng);
    }
    if (family_sub && !(e.flags & kFlagNoSelfie) &&
        rng.Bernoulli(options_.family_head_selfie_share)) {
      // The parent holding the phone takes the selfie: the head's face on the
      // relative's document.
      e.selfie = Capture(family_head.face, 4, rng);
      e.face_match = Thousandths(rng.Uniform(0.35, 0.75));
    }
    e.doc = info.DocumentOn(day);
    e.popdb = static_cast<uint8_t>(GenuinePopdb(e.ts, rng));
    e.status = static_cast<uint8_t>(GenuineStatus(e.ts, e.doc, rng));
    e.name_style = StyleFor(c, static_cast<Channel>(e.channel), e.point, rng);
    const Channel ch = static_cast<Channel>(e.channel);
    e.number_mode = IsSelfService(ch) ? NumberMode::kChosen
                    : rng.Bernoulli(options_.chosen_number_share) ? NumberMode::kChosen
                                                                   : NumberMode::kKit;
    if (rng.Bernoulli(options_.ported_share)) e.number_mode = NumberMode::kPorted;

    // What the SIM is for.
    const int age = info.ApproxAgeOn(day);
    const double u = rng.Uniform();
    if (!family_sub && j >= 1 && u < options_.data_only_share) {
      pattern = Pattern::kDataOnly;
      e.usage = UsageProfile::kDataOnly;
      const double where = rng.Uniform();
      if (info.tablet != 0 && where < 0.6) {
        e.first_use_imei = info.tablet;
      } else if (where < 0.8) {
        e.first_use_imei = modules_.Allocate(1, rng);  // a 4G router
      } else {
        e.first_use_imei = info.phone[info.num_phones - 1];
      }
    } else if (!family_sub && j >= 1 &&
               u < options_.data_only_share + options_.backup_sim_share) {
      pattern = Pattern::kBackupSim;
      if (rng.Bernoulli(0.7)) {
        e.first_use_imei = info.phone[rng.Below(info.num_phones)];
        e.usage = UsageProfile::kBackup;
      } else {
        e.usage = UsageProfile::kNeverUsed;
      }
    } else {
      // Second and later SIMs: kNormal, kHeavyData, kLight or kBusiness.
      static constexpr double kSecondary[4] = {0.4, 0.2, 0.2, 0.1};
      e.usage = j == 0 ? PrimaryUsage(age, rng)
                       : static_cast<UsageProfile>(rng.Weighted(kSecondary));
      const size_t slot = dual_sim ? static_cast<size_t>(j / 2) : static_cast<size_t>(j);
      e.first_use_imei = phones[slot % phones.size()];
      if (ch == Channel::kAgent && (points_[e.point].flags & kPointActivates) &&
          rng.Bernoulli(std::min(1.0, options_.dealer_activation_share / 0.3))) {
        e.first_use_imei = points_[e.point].device[0];
      }
    }

    // Honest data-entry noise.
    if (rng.Bernoulli(options_.clerical_typo_share)) {
      if (!info.foreign() && rng.Bernoulli(0.7)) {
        e.flags |= kFlagTypoName;
      } else {
        e.flags |= kFlagTypoDob;
      }
      if (day >= popdb_start_ && rng.Bernoulli(0.6)) {
        e.popdb = static_cast<uint8_t>(PopdbCheck::kMismatch);
      }
      pattern = Pattern::kClericalTypo;
    }
    if (j >= 1 && !info.foreign() && rng.Bernoulli(options_.no_diacritics_share)) {
      e.name_style = rng.Bernoulli(0.5) ? NameStyle::kUpperAscii : NameStyle::kAscii;
    }
    if (pattern == Pattern::kClean && NameStyleIsAscii(e.name_style) && !info.foreign()) {
      pattern = Pattern::kNoDiacritics;
    }
    if (pattern == Pattern::kClean && multi) pattern = Pattern::kMultiSim;
    if (pattern == Pattern::kClean && ch == Channel::kStore &&
        (points_[e.point].flags & kPointFlagship)) {
      pattern = Pattern::kBusyShop;
    }
    e.pattern = pattern;
    SetRowNoise(e, rng);
    EmitGenuine(e, info, rng);
    MaybeAddExtras(e, rng);
    prev = e;
    have_prev = true;
  }

  if (remaining_ > 0 && IsFamilyHead(index) && rng.Bernoulli(options_.kid_sim_share)) {
    AddKidSims(info, rng);
  }
}

void Scenario::AddKidSims(const PersonInfo& head, Rng& rng) {
  const int n = static_cast<int>(rng.Range(1, 2));
  for (int i = 0; i < n && remaining_ > 0; ++i) {
    Event e;
    e.identity = head.index;
    const Carrier c = SampleCarrier(rng);
    e.carrier = static_cast<uint8_t>(c);
    const int64_t day = SampleDay(std::max(period_.start, head.FourteenthBirthday()),
                                  period_.end, rng);
    const Channel ch = SampleChannel(head, day, 1, rng);
    e.channel = static_cast<uint8_t>(ch);
    Hours hours = kAppHours;
    if (ch == Channel::kStore) {
      e.point = points_.SampleShop(c, head.residence_province, rng);
      hours = kStoreHours;
    } else if (ch == Channel::kAgent) {
      e.point = points_.SampleDealer(c, head.residence_province, rng);
      hours = kAgentHours;
    } else {
      e.point = points_.Warehouse(c);
    }
    e.ts = day * kSecondsPerDay + TimeOfDay(hours, rng);
    if (InPerson(ch)) {
      const Point& pt = points_[e.point];
      e.device_imei = pt.device[rng.Below(pt.num_devices)];
    } else {
      e.device_imei = head.phone[0];
    }
    SetGenuineBiometrics(head, e, rng);
    e.doc = head.DocumentOn(day);
    e.popdb = static_cast<uint8_t>(GenuinePopdb(e.ts, rng));
    e.status = static_cast<uint8_t>(GenuineStatus(e.ts, e.doc, rng));
    e.name_style = StyleFor(c, ch, e.point, rng);
    e.number_mode = IsSelfService(ch) ? NumberMode::kChosen : NumberMode::kKit;
    e.first_use_imei = AnonymousPhone();  // the child's phone
    e.usage = UsageProfile::kChild;
    e.pattern = Pattern::kFamilyPhone;
    SetRowNoise(e, rng);
    EmitGenuine(e, head, rng);
  }
}

void Scenario::MaybeAddExtras(const Event& genuine, Rng& rng) {
  const Channel ch = static_cast<Channel>(genuine.channel);
  if (!InPerson(ch) || remaining_ == 0 || budget_.extra_target == 0) return;
  const Point& pt = points_[genuine.point];
  if (!(pt.flags & kPointExtra)) return;
  // Keep pace with the target over the resident loop.
  const double progress =
      1.0 - static_cast<double>(remaining_) / static_cast<double>(budget_.residents);
  if (static_cast<double>(extra_emitted_) >
      static_cast<double>(budget_.extra_target) * progress + 2.0) {
    return;
  }
  if (!rng.Bernoulli(pt.extra_rate)) return;
  const int n = static_cast<int>(rng.Range(1, options_.extra_sims_max));
  int64_t ts = genuine.ts;
  const int64_t step = std::max<int64_t>(
      30, static_cast<int64_t>(options_.extra_gap_max_s) / std::max(1, n));
  for (int i = 0; i < n && remaining_ > 0; ++i) {
    Event x = genuine;
    x.flags &= static_cast<uint16_t>(kFlagNoSelfie);  // keep only the selfie state
    ts += rng.Range(20, step);
    x.ts = ts;
    if (rng.Bernoulli(0.2)) x.carrier = static_cast<uint8_t>(points_.SampleCarrier(x.point, rng));
    if (!(x.flags & kFlagNoSelfie) && !rng.Bernoulli(options_.extra_same_capture_share)) {
      x.selfie ^= uint64_t{1} << rng.Below(64);  // a near-identical capture
      if (x.face_match != kNoFaceMatch) {
        x.face_match = static_cast<uint16_t>(
            std::clamp<int64_t>(x.face_match + rng.Range(-15, 15), 0, 1000));
      }
    }
    x.number_mode = NumberMode::kKit;
    const double where = rng.Uniform();
    if (where < 0.65) {
      x.first_use_imei = AnonymousPhone();  // whoever bought it
      x.usage = rng.Bernoulli(0.7) ? UsageProfile::kResold : UsageProfile::kSpam;
    } else if (where < 0.75) {
      x.first_use_imei = modules_.Allocate(1, rng);
      x.usage = UsageProfile::kOtpSink;
    } else {
      x.first_use_imei = 0;
      x.usage = UsageProfile::kNeverUsed;
    }
    x.status = static_cast<uint8_t>(FraudStatus(0.75, rng));
    x.pattern = Pattern::kExtraSims;
    SetRowNoise(x, rng);
    ++extra_emitted_;
    EmitFraud(x, rng);
  }
}

// ---- Organisations --------------------------------------------------------------------

void Scenario::RunOrganizations() {
  remaining_ = budget_.organizations;
  Rng rng(HashOf(seed_, kStreamOrgs));
  std::vector<double> migration;
  for (const MigrationTarget& t : MigrationTargets()) migration.push_back(t.weight);
  while (remaining_ > 0) {
    OrgInfo org;
    org.province = rng.Bernoulli(0.6)
                       ? ProvinceIndexOfCode(MigrationTargets()[rng.Weighted(migration)].code)
                       : static_cast<int>(rng.Below(kNumProvinces));
    const Province& prov = Provinces()[org.province];
    org.name = std::string(OrgForms()[rng.Below(OrgForms().size())]) + " " +
               OrgSectors()[rng.Below(OrgSectors().size())] + " " +
               OrgBrands()[rng.Below(OrgBrands().size())];
    if (rng.Bernoulli(0.1)) org.name += std::string(", Chi nhánh ") + prov.name;
    int prefix2;
    switch (prov.code) {
      case 1: prefix2 = 1; break;
      case 79: prefix2 = 3; break;
      case 31: prefix2 = 2; break;
      case 48: prefix2 = 4; break;
      default: prefix2 = 10 + org.province % 56; break;
    }
    const int branch = rng.Bernoulli(0.15) ? static_cast<int>(rng.Range(1, 20)) : 0;
    const Permutation tax_perm(10000000, HashOf(seed_, 0x7a8, prefix2));
    while (org.tax_code.empty()) {
      org.tax_code = MakeTaxCode(prefix2, static_cast<uint32_t>(tax_perm(
                                              tax_counters_[prefix2]++ % 10000000)),
                                 branch);
    }
    const uint32_t org_index = static_cast<uint32_t>(orgs_.size());
    orgs_.push_back(org);
    const uint64_t rep_face = rng.Next();

    const Carrier c = SampleCarrier(rng);
    // Bulk contracts go to a large shop when there is one.
    uint32_t shop = points_.SampleShop(c, org.province, rng);
    for (int t = 0; t < 3 && !(points_[shop].flags & kPointFlagship); ++t) {
      const uint32_t other = points_.SampleShop(c, org.province, rng);
      if (points_[other].flags & kPointFlagship) shop = other;
    }
    const Point& pt = points_[shop];
    const uint64_t device = pt.device[rng.Below(pt.num_devices)];
    const double kind = rng.Uniform();
    const bool iot = kind < options_.org_iot_fraction;
    const bool callcentre = !iot && kind < options_.org_iot_fraction +
                                               options_.org_callcentre_fraction;
    const int batches = 1 + (rng.Bernoulli(0.4) ? 1 : 0) + (rng.Bernoulli(0.15) ? 1 : 0);
    for (int b = 0; b < batches && remaining_ > 0; ++b) {
      const uint64_t size = std::min<uint64_t>(
          remaining_, static_cast<uint64_t>(rng.PowerLawInt(
                          static_cast<int64_t>(options_.org_batch_min),
                          static_cast<int64_t>(options_.org_batch_max), options_.org_batch_alpha)));
      const bool legacy = rng.Bernoulli(0.1);
      const int64_t day = FraudStartDay(legacy, 1, period_.legacy_start, rng);
      int64_t ts = day * kSecondsPerDay + TimeOfDay(kOfficeHours, rng);
      const int64_t gap = rng.Range(4, 40);
      const double selfie_mode = rng.Uniform();
      const uint64_t capture = Capture(rep_face, 4, rng);
      const uint16_t match = GenuineFaceMatch(rng);
      uint64_t run = 0;
      uint32_t ports = 1;
      if (iot) {
        run = modules_.Allocate(static_cast<uint32_t>(size), rng);
      } else if (callcentre) {
        ports = static_cast<uint32_t>(
            std::max<uint64_t>(1, (size + 15) / static_cast<uint64_t>(rng.Range(8, 32))));
        run = modules_.Allocate(ports, rng);
      }
      const bool checked = rng.Bernoulli(0.3);
      for (uint64_t i = 0; i < size && remaining_ > 0; ++i) {
        Event e;
        e.identity_kind = IdentityKind::kOrg;
        e.identity = org_index;
        e.doc = DocKind::kOrg;
        e.carrier = static_cast<uint8_t>(c);
        e.channel = static_cast<uint8_t>(Channel::kStore);
        e.point = shop;
        e.device_imei = device;
        ts += std::max<int64_t>(1, static_cast<int64_t>(gap * rng.LogNormal(1.0, 0.3)));
        e.ts = ts;
        if (selfie_mode < 0.5) {
          e.selfie = capture;
          e.face_match = match;
        } else if (selfie_mode < 0.8) {
          e.flags |= kFlagNoSelfie;
        } else {
          e.selfie = Capture(rep_face, 4, rng);
          e.face_match = GenuineFaceMatch(rng);
        }
        e.popdb = static_cast<uint8_t>(checked && day >= popdb_start_ ? PopdbCheck::kMatch
                                                                       : PopdbCheck::kUnchecked);
        e.status = static_cast<uint8_t>(rng.Bernoulli(0.95) ? SubscriptionStatus::kActive
                                                            : SubscriptionStatus::kTerminated);
        e.name_style = StyleFor(c, Channel::kStore, shop, rng);
        e.number_mode = NumberMode::kKit;
        if (iot) {
          e.first_use_imei = NthImeiOfRun(run, static_cast<uint32_t>(i));
          e.usage = UsageProfile::kIot;
        } else if (callcentre) {
          e.first_use_imei = NthImeiOfRun(run, static_cast<uint32_t>(i % ports));
          e.usage = UsageProfile::kCallCentre;
        } else {
          e.first_use_imei = AnonymousPhone();
          e.usage = UsageProfile::kEmployee;
        }
        e.pattern = Pattern::kOrganization;
        SetRowNoise(e, rng);
        Emit(e);
      }
    }
  }
}

// ---- Pre-activation batches -----------------------------------------------------------

void Scenario::RunPreactivation(bool leaked) {
  remaining_ = leaked ? budget_.leaked : budget_.fabricated;
  if (remaining_ == 0) return;
  Rng rng(HashOf(seed_, leaked ? kStreamLeaked : kStreamFabricated));
  const std::vector<uint32_t>& dealers = points_.preact_dealers();
  CHECK(!dealers.empty()) << "pre-activation rows planned without dealers";
  // Some rings run many batches, most a few.
  std::vector<double> activity;
  Rng setup(HashOf(seed_, kStreamFabricated, 0xac7));
  for (size_t i = 0; i < dealers.size(); ++i) {
    activity.push_back(std::min(50.0, 1.0 / std::pow(1.0 - setup.Uniform(), 1.0 / 1.2)));
  }
  const AliasTable dealer_alias(activity);

  while (remaining_ > 0) {
    const uint32_t dealer = dealers[dealer_alias.Sample(rng)];
    const Point& d = points_[dealer];
    const Carrier c = points_.SampleCarrier(dealer, rng);
    const uint64_t size = std::min<uint64_t>(
        remaining_, static_cast<uint64_t>(rng.PowerLawInt(
                        static_cast<int64_t>(options_.preact_batch_min),
                        static_cast<int64_t>(options_.preact_batch_max),
                        options_.preact_batch_alpha)));
    const double sloppy = rng.Uniform();
    const double gap_median = rng.LogNormal(options_.preact_gap_median_s, 0.7);
    const int sessions = static_cast<int>(rng.Range(1, options_.preact_sessions_max));
    const bool legacy = rng.Bernoulli(options_.fraud_legacy_share);
    int64_t day = FraudStartDay(legacy, 3 * sessions, period_.legacy_start, rng);
    const bool night = rng.Bernoulli(std::min(1.0, options_.preact_night_share * (0.5 + sloppy)));

    // Registration devices: the dealer's own, sometimes extra phones of the ring.
    const int num_devices = static_cast<int>(rng.Range(1, options_.preact_devices_max));
    uint64_t devices[3];
    for (int k = 0; k < num_devices; ++k) {
      devices[k] = k < d.num_devices
                       ? d.device[k]
                       : DeviceRef(DeviceClass::kPhone,
                                   kDealerPhoneBase + 600000 + uint64_t{dealer} * 4 + k);
    }

    // Photos: none, or a handful reused over many identities, or (leaked) card photos.
    const bool early = day < popdb_start_;
    const bool no_selfie =
        (early && rng.Bernoulli(0.8)) ||
        rng.Bernoulli(std::min(1.0, options_.preact_no_selfie_share * (0.5 + sloppy)));
    const bool card_photo = leaked && !no_selfie && rng.Bernoulli(options_.leaked_card_photo_share);
    const int num_faces = static_cast<int>(rng.Range(1, options_.preact_faces_max));
    uint64_t faces[64];
    for (int k = 0; k < std::min(num_faces, 64); ++k) faces[k] = rng.Next();
    const double used_rate = rng.Bernoulli(options_.preact_used_share) ? rng.Uniform(0.5, 1.0)
                                                                       : rng.Uniform(0.0, 0.2);
    const double fault_rate = std::min(1.0, options_.preact_id_inconsistent_share * 2 * sloppy);
    const int local_province = d.province;

    int64_t ts = day * kSecondsPerDay + TimeOfDay(night ? kNightHours : kAgentHours, rng);
    const uint64_t per_session = (size + sessions - 1) / sessions;
    uint32_t prev_identity = 0;
    bool have_prev = false;
    for (uint64_t i = 0; i < size && remaining_ > 0; ++i) {
      if (i > 0 && i % per_session == 0) {
        day = std::min(period_.end, ts / kSecondsPerDay + rng.Range(1, 3));
        ts = day * kSecondsPerDay + TimeOfDay(night ? kNightHours : kAgentHours, rng);
      } else if (i > 0) {
        ts += std::max<int64_t>(5, static_cast<int64_t>(rng.LogNormal(gap_median, 0.6)));
      }
      Event e;
      e.ts = ts;
      const int64_t row_day = std::min(ts / kSecondsPerDay, period_.end);
      // Identity.
      uint32_t who;
      if (leaked) {
        if (have_prev && rng.Bernoulli(0.25)) {
          who = prev_identity;
        } else {
          who = PickResident(rng.Bernoulli(options_.leaked_local_share) ? local_province : -1,
                             18, row_day, rng);
        }
      } else if (have_prev && rng.Bernoulli(options_.preact_identity_reuse_share)) {
        who = prev_identity;
      } else {
        CccdFault fault = CccdFault::kNone;
        if (rng.Bernoulli(fault_rate)) fault = static_cast<CccdFault>(rng.Range(1, 3));
        who = people_.AddFabricated(local_province, fault);
      }
      prev_identity = who;
      have_prev = true;
      const PersonInfo info = people_.Describe(who);
      e.identity = who;
      e.doc = info.DocumentOn(row_day);
      e.carrier = static_cast<uint8_t>(c);
      e.channel = static_cast<uint8_t>(Channel::kAgent);
      e.point = dealer;
      e.device_imei = devices[rng.Below(num_devices)];
      if (no_selfie) {
        e.flags |= kFlagNoSelfie;
      } else if (card_photo) {
        e.selfie = Capture(info.face, 4, rng) ^ (uint64_t{1} << rng.Below(64));
        e.face_match = Thousandths(rng.Uniform(0.55, 0.85));
      } else {
        const uint64_t face = faces[rng.Below(std::min(num_faces, 64))];
        e.selfie = rng.Bernoulli(0.4) ? face : Capture(face, 4, rng);
        e.face_match = Thousandths(
            rng.Uniform(options_.preact_face_match_min, options_.preact_face_match_max));
      }
      // Population-database check.
      PopdbCheck popdb;
      if (row_day < popdb_start_) {
        popdb = rng.Bernoulli(0.9) ? PopdbCheck::kUnchecked
                                   : (leaked ? PopdbCheck::kMatch : PopdbCheck::kNotFound);
      } else if (leaked) {
        const double u = rng.Uniform();
        popdb = u < options_.leaked_popdb_match_share ? PopdbCheck::kMatch
                : rng.Bernoulli(0.5)                  ? PopdbCheck::kMismatch
                : rng.Bernoulli(0.4)                  ? PopdbCheck::kNotFound
                                                      : PopdbCheck::kUnchecked;
      } else {
        const double u = rng.Uniform();
        popdb = u < options_.preact_popdb_not_found_share ? PopdbCheck::kNotFound
                : u < options_.preact_popdb_not_found_share + options_.preact_popdb_mismatch_share
                    ? PopdbCheck::kMismatch
                    : PopdbCheck::kUnchecked;
      }
      e.popdb = static_cast<uint8_t>(popdb);
      if (leaked && rng.Bernoulli(options_.leaked_name_variant_share)) {
        const double u = rng.Uniform();
        e.name_style = u < 0.5 ? NameStyle::kUpper
                               : (u < 0.85 ? NameStyle::kUpperAscii : NameStyle::kAscii);
      } else {
        e.name_style = StyleFor(c, Channel::kAgent, dealer, rng);
      }
      e.status = static_cast<uint8_t>(FraudStatus(options_.preact_active_share, rng));
      e.number_mode = NumberMode::kKit;
      if (rng.Bernoulli(used_rate)) {
        e.first_use_imei = AnonymousPhone();
        e.usage = rng.Bernoulli(0.75) ? UsageProfile::kResold : UsageProfile::kNormal;
      } else if (rng.Bernoulli(0.1 * (0.5 + sloppy))) {
        e.first_use_imei = e.device_imei;  // tried in the dealer's phone
        e.usage = UsageProfile::kNeverUsed;
      } else {
        e.usage = UsageProfile::kNeverUsed;
      }
      e.pattern = leaked ? Pattern::kPreactivationLeaked : Pattern::kPreactivationFabricated;
      SetRowNoise(e, rng);
      EmitFraud(e, rng);
    }
  }
}

// ---- Theft rings ----------------------------------------------------------------------

void Scenario::RunTheftRings() {
  remaining_ = budget_.theft;
  Rng rng(HashOf(seed_, kStreamTheft));
  while (remaining_ > 0) {
    const Carrier c1 = SampleCarrier(rng);
    const Carrier c2 = rng.Bernoulli(0.3) ? SampleCarrier(rng) : c1;
    const uint64_t operator_face = rng.Next();
    const int num_phones = static_cast<int>(rng.Range(1, options_.theft_operator_phones_max));
    uint64_t phones[16];
    for (int k = 0; k < num_phones; ++k) phones[k] = AnonymousPhone();
    const uint64_t modem = rng.Bernoulli(0.15) ? modules_.Allocate(1, rng) : 0;
    const int64_t victims = rng.PowerLawInt(static_cast<int64_t>(options_.theft_victims_min),
                                            static_cast<int64_t>(options_.theft_victims_max), 1.0);
    const int64_t span =
        std::max<int64_t>(3, static_cast<int64_t>(rng.LogNormal(options_.theft_span_days, 0.4)));
    const bool legacy = rng.Bernoulli(options_.fraud_legacy_share);
    const int64_t start = FraudStartDay(legacy, span, ekyc_start_, rng);
    const bool otp = rng.Bernoulli(options_.theft_otp_fraction);
    const double match_centre =
        rng.Uniform(options_.theft_face_match_min, options_.theft_face_match_max);
    const double night = rng.Uniform(0.05, 0.35);
    for (int64_t v = 0; v < victims && remaining_ > 0; ++v) {
      const int64_t first_day = start + static_cast<int64_t>(rng.Below(span));
      const uint32_t victim = PickResident(-1, 18, first_day, rng);
      const PersonInfo info = people_.Describe(victim);
      const int n = static_cast<int>(rng.Range(1, options_.theft_sims_per_victim_max));
      for (int s = 0; s < n && remaining_ > 0; ++s) {
        Event e;
        const int64_t day = s == 0 ? first_day : start + static_cast<int64_t>(rng.Below(span));
        e.ts = day * kSecondsPerDay + TimeOfDay(rng.Bernoulli(night) ? kNightHours : kAppHours,
                                                 rng);
        const Carrier c = rng.Bernoulli(0.5) ? c1 : c2;
        e.carrier = static_cast<uint8_t>(c);
        e.identity = victim;
        e.doc = info.DocumentOn(day);
        const Channel ch = rng.Bernoulli(0.75) ? Channel::kEkycApp : Channel::kOnline;
        e.channel = static_cast<uint8_t>(ch);
        e.point = points_.Warehouse(c);
        e.device_imei = phones[rng.Below(num_phones)];
        if (rng.Bernoulli(options_.theft_victim_photo_share)) {
          e.selfie = Capture(info.face, 4, rng) ^ (uint64_t{1} << rng.Below(64));
          e.face_match = Thousandths(rng.Uniform(0.7, 0.9));
        } else {
          e.selfie = Capture(operator_face, 4, rng);
          e.face_match = Thousandths(std::clamp(match_centre + 0.05 * rng.Normal(), 0.2, 0.95));
        }
        if (day < popdb_start_) {
          e.popdb = static_cast<uint8_t>(PopdbCheck::kUnchecked);
        } else {
          const double u = rng.Uniform();
          e.popdb = static_cast<uint8_t>(u < 0.88   ? PopdbCheck::kMatch
                                         : u < 0.96 ? PopdbCheck::kMismatch
                                                    : PopdbCheck::kNotFound);
        }
        e.name_style = StyleFor(c, ch, e.point, rng);
        e.number_mode = NumberMode::kChosen;
        e.first_use_imei =
            modem != 0 && rng.Bernoulli(0.3) ? modem : phones[rng.Below(num_phones)];
        e.usage = otp ? UsageProfile::kTheftOtp : UsageProfile::kTheftCaller;
        e.status = static_cast<uint8_t>(FraudStatus(0.8, rng));
        e.pattern = Pattern::kTheftRing;
        SetRowNoise(e, rng);
        EmitFraud(e, rng);
      }
    }
  }
}

// ---- SIM farms ------------------------------------------------------------------------

void Scenario::RunSimFarms() {
  remaining_ = budget_.farm;
  Rng rng(HashOf(seed_, kStreamFarm));
  while (remaining_ > 0) {
    const int64_t identities =
        rng.PowerLawInt(static_cast<int64_t>(options_.farm_identities_min),
                        static_cast<int64_t>(options_.farm_identities_max), 1.0);
    const int64_t per_lo = static_cast<int64_t>(options_.farm_sims_per_identity_min);
    const int64_t per_hi = static_cast<int64_t>(options_.farm_sims_per_identity_max);
    const Carrier main_carrier = SampleCarrier(rng);
    const bool multi_carrier = rng.Bernoulli(options_.farm_multi_carrier_share);
    const int num_dealers = static_cast<int>(rng.Range(1, options_.farm_dealers_max));
    uint32_t dealers[64];
    for (int k = 0; k < std::min(num_dealers, 64); ++k) {
      const auto& preact = points_.preact_dealers();
      dealers[k] = !preact.empty() && rng.Bernoulli(0.4) ? preact[rng.Below(preact.size())]
                                                         : points_.AnyDealer(rng);
    }
    const bool app = rng.Bernoulli(options_.farm_app_share);
    const uint64_t op_phones[2] = {AnonymousPhone(), AnonymousPhone()};
    const bool otp = rng.Bernoulli(options_.farm_otp_fraction);
    const bool sloppy = rng.Bernoulli(options_.farm_sloppy_face_share);
    uint64_t faces[3] = {rng.Next(), rng.Next(), rng.Next()};

    // Gateway ports: each port (IMEI) cycles through port_load SIMs.
    const uint64_t expected = std::min<uint64_t>(
        remaining_, static_cast<uint64_t>(identities) * static_cast<uint64_t>(per_lo + per_hi) / 2);
    const uint64_t port_load = static_cast<uint64_t>(
        rng.Range(static_cast<int64_t>(options_.farm_port_sims_min),
                  static_cast<int64_t>(options_.farm_port_sims_max)));
    const uint64_t num_ports = std::max<uint64_t>(1, (expected + port_load - 1) / port_load);
    std::vector<uint64_t> ports;
    ports.reserve(num_ports);
    const bool sequential = rng.Bernoulli(options_.farm_sequential_imei_share);
    while (ports.size() < num_ports) {
      const uint32_t gateway = static_cast<uint32_t>(
          std::min<uint64_t>(num_ports - ports.size(), uint64_t{8} << rng.Below(3)));
      if (sequential) {
        const uint64_t run = modules_.Allocate(gateway, rng);
        for (uint32_t k = 0; k < gateway; ++k) ports.push_back(NthImeiOfRun(run, k));
      } else {
        for (uint32_t k = 0; k < gateway; ++k) ports.push_back(AnonymousPhone());
      }
    }
    const bool legacy = rng.Bernoulli(options_.fraud_legacy_share);
    const int64_t span = rng.Range(1, 60);
    const int64_t start = FraudStartDay(legacy, span, app ? ekyc_start_ : period_.legacy_start,
                                        rng);
    uint64_t next_port = 0;
    for (int64_t id = 0; id < identities && remaining_ > 0; ++id) {
      const int64_t session_day = start + static_cast<int64_t>(rng.Below(span));
      const uint32_t who =
          resident_bound_ == 0 || rng.Bernoulli(options_.farm_fresh_identity_share)
              ? people_.AddSeller()
              : PickResident(-1, 18, session_day, rng);
      const PersonInfo info = people_.Describe(who);
      const uint32_t dealer = dealers[rng.Below(std::min(num_dealers, 64))];
      int64_t ts = session_day * kSecondsPerDay + TimeOfDay(app ? kAppHours : kAgentHours, rng);
      const int64_t n = rng.Range(per_lo, per_hi);
      for (int64_t s = 0; s < n && remaining_ > 0; ++s) {
        Event e;
        ts += rng.Range(30, 400);
        e.ts = ts;
        const int64_t day = std::min(ts / kSecondsPerDay, period_.end);
        Carrier c = multi_carrier && rng.Bernoulli(0.5) ? SampleCarrier(rng) : main_carrier;
        if (app) {
          e.channel = static_cast<uint8_t>(Channel::kEkycApp);
          e.point = points_.Warehouse(c);
          e.device_imei = op_phones[rng.Below(2)];
          e.number_mode = NumberMode::kChosen;
        } else {
          e.channel = static_cast<uint8_t>(Channel::kAgent);
          e.point = dealer;
          if (!points_[dealer].Serves(c)) c = points_.SampleCarrier(dealer, rng);
          const Point& pt = points_[dealer];
          e.device_imei = pt.device[rng.Below(pt.num_devices)];
          e.number_mode = NumberMode::kKit;
        }
        e.carrier = static_cast<uint8_t>(c);
        e.identity = who;
        e.doc = info.DocumentOn(day);
        if (sloppy) {
          e.selfie = Capture(faces[rng.Below(3)], 4, rng);
          e.face_match = Thousandths(rng.Uniform(0.3, 0.65));
        } else {
          e.selfie = Capture(info.face, 4, rng);
          e.face_match = GenuineFaceMatch(rng);
        }
        if (day < popdb_start_) {
          e.popdb = static_cast<uint8_t>(rng.Bernoulli(0.85) ? PopdbCheck::kUnchecked
                                                             : PopdbCheck::kMatch);
        } else {
          const double u = rng.Uniform();
          e.popdb = static_cast<uint8_t>(u < 0.92   ? PopdbCheck::kMatch
                                         : u < 0.97 ? PopdbCheck::kMismatch
                                                    : PopdbCheck::kNotFound);
        }
        e.name_style = StyleFor(c, static_cast<Channel>(e.channel), e.point, rng);
        e.first_use_imei = ports[next_port++ % ports.size()];
        e.usage = otp ? UsageProfile::kOtpSink : UsageProfile::kSpam;
        e.status = static_cast<uint8_t>(FraudStatus(0.7, rng));
        e.pattern = Pattern::kSimFarm;
        SetRowNoise(e, rng);
        EmitFraud(e, rng);
      }
    }
  }
}

}  // namespace simaudit::gen
