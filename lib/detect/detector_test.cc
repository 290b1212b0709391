// Specifications of the detection engine on hand-built micro-populations: a background of
// ordinary, well-verified subscribers, plus one planted pattern per test.

#include "lib/detect/detector.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/detect/reason_codes.h"
#include "lib/detect/tail.h"
#include "lib/model/record.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::testing::AllOf;
using ::testing::AnyOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr int64_t kDay = 86400;
constexpr int64_t kStart = 1735689600;  // 2025-01-01T00:00:00Z

// Deterministic pseudo-random numbers for the background population.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    state_ += 0x9E3779B97F4A7C15ull;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }

 private:
  uint64_t state_;
};

// Builds a Batch of Records directly (validation is tested in lib/ingest).
class Population {
 public:
  Population() : rng_(42) {}

  struct Person {
    uint32_t id_key;
    uint32_t name_key;
    int32_t dob;
    uint64_t face;
    uint64_t phone;
  };

  Person NewPerson() {
    const int n = persons_++;
    Person p;
    p.id_key = batch_.ids.Intern(absl::StrCat("CCCD:0010", 90000000 + n));
    p.name_key = batch_.names.Intern(absl::StrCat("NGUYEN VAN ", n));
    p.dob = 7000 + static_cast<int32_t>(rng_.Below(9000));
    p.face = rng_.Next();
    p.phone = 350000000000000ull + rng_.Below(99999999999ull);
    return p;
  }

  // A capture of `face` with one or two bits flipped.
  uint64_t Capture(uint64_t face) { return face ^ (1ull << rng_.Below(64)) ^ (1ull << rng_.Below(64)); }

  Record& Add(const Person& p, Channel channel, uint32_t agent, uint64_t device,
              int64_t when) {
    Record r;
    r.msisdn = 84900000000ull + next_msisdn_++;
    r.carrier = static_cast<Carrier>(rng_.Below(3));
    r.id_type = IdType::kCccd;
    r.id_key = p.id_key;
    r.name_key = p.name_key;
    r.date_of_birth = p.dob;
    r.gender = Gender::kMale;
    r.registered_at = when;
    r.channel = channel;
    r.agent = agent;
    r.device_imei = device;
    r.first_use_imei = p.phone;
    r.has_selfie = true;
    r.selfie_hash = Capture(p.face);
    r.face_match = 0.85f + 0.1f * static_cast<float>(rng_.Below(100)) / 100.0f;
    r.popdb_check = PopdbCheck::kMatch;
    r.iccid_len = 19;
    r.iccid_body = 100000000000000ull + rng_.Below(900000000000000ull);
    r.usage = {20, 30, 25, 10, 12, 15, 100000, 2000};
    r.line = static_cast<uint32_t>(batch_.records.size() + 2);
    batch_.records.push_back(r);
    return batch_.records.back();
  }

  uint32_t Dealer(const std::string& code) { return batch_.agents.Intern(code); }

  // Every `n`-th registration so far is locked one-way: its holder ignored the
  // carrier's request to confirm it.
  void LockEvery(int n) {
    for (size_t k = n - 1; k < batch_.records.size(); k += n) {
      batch_.records[k].status = SubscriptionStatus::kOneWayLocked;
    }
  }

  // A pre-activation burst: `n` registrations at `dealer` on `device`, 40 s apart from
  // `start`, on fabricated documents (no selfie, population database NOT_FOUND or
  // unchecked), with consecutive ICCIDs from `iccid_base`, never used.
  void AddFabricatedBurst(uint32_t dealer, uint64_t device, int64_t start,
                          uint64_t iccid_base, int n) {
    for (int i = 0; i < n; ++i) {
      Record& r = Add(NewPerson(), Channel::kAgent, dealer, device, start + i * 40);
      r.has_selfie = false;
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      r.popdb_check = i % 3 == 0 ? PopdbCheck::kNotFound : PopdbCheck::kUnchecked;
      r.iccid_body = iccid_base + 10 * i;
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      r.first_use_imei = 0;
    }
  }

  // A dealer whose registrations on `device`, 30 over three months, half fail the
  // population database check with a poor face match; returns the dealer.
  uint32_t AddCarelessDealer(const std::string& code, uint64_t device) {
    const uint32_t dealer = Dealer(code);
    for (int i = 0; i < 30; ++i) {
      Record& r = Add(NewPerson(), Channel::kAgent, dealer, device, kStart + i * 3 * kDay);
      if (i % 2 == 0) {
        r.popdb_check = PopdbCheck::kNotFound;
        r.face_match = 0.5f;
      }
    }
    return dealer;
  }

  // `victim`'s document registered at `dealer` by a stranger (another face, a poor
  // match) and pre-activated: no first use, never used.
  Record& AddByStranger(const Person& victim, uint32_t dealer, uint64_t device, int64_t when,
                        float face_match) {
    Record& r = Add(victim, Channel::kAgent, dealer, device, when);
    r.selfie_hash = rng_.Next();
    r.face_match = face_match;
    r.first_use_imei = 0;
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    return r;
  }

  // A walk-in customer's visit to `dealer` at `t`: their own SIM, then an extra SIM on
  // their document `gap` seconds later. `edit_own` and `edit_extra` adjust the two
  // registrations; returns {own, extra} MSISDNs.
  template <typename EditOwn, typename EditExtra>
  std::pair<uint64_t, uint64_t> AddVisitWithExtra(uint32_t dealer, uint64_t device, int64_t t,
                                                  int64_t gap, EditOwn edit_own,
                                                  EditExtra edit_extra) {
    const Person customer = NewPerson();
    Record& own = Add(customer, Channel::kAgent, dealer, device, t);
    edit_own(own);
    const uint64_t own_msisdn = own.msisdn;
    Record& extra = Add(customer, Channel::kAgent, dealer, device, t + gap);
    edit_extra(extra);
    return {own_msisdn, extra.msisdn};
  }

  // The i-th victim of a theft ring: a genuine subscription of their own at a dealer,
  // then one registered self-service on the operator's `phone` (returned), `spacing`
  // seconds after the previous victim's.
  Record& AddRingVictim(uint64_t phone, int i, int64_t spacing, Person* victim_out = nullptr) {
    const Person victim = NewPerson();
    if (victim_out != nullptr) *victim_out = victim;
    Add(victim, Channel::kAgent, Dealer("DL0100"), 350100000000100ull, kStart + i * kDay);
    return Add(victim, Channel::kEkycApp, kNoId, phone, kStart + 100 * kDay + i * spacing);
  }

  // The i-th victim of a small ring run from `phone`, registered as AddRingVictim does
  // `kDay / 4` apart, with a selfie that is nobody's on the documents (a face match of
  // 0.80), first used in the operator's `slot`-th other phone.
  Record& AddStrangerRingVictim(uint64_t phone, int i, int slot) {
    Record& r = AddRingVictim(phone, i, kDay / 4);
    r.selfie_hash = Capture(NewPerson().face);
    r.face_match = 0.80f;
    r.first_use_imei = phone + 100003 * (slot + 1);
    return r;
  }

  // `rings` small rings of four victims each (AddStrangerRingVictim), ring k run from
  // phone `first_phone + 1000 * k`; `edit(k, i, r)` adjusts victim i's registration.
  template <typename Edit>
  void AddSmallRings(int rings, uint64_t first_phone, Edit edit) {
    for (int k = 0; k < rings; ++k) {
      const uint64_t phone = first_phone + 1000 * k;
      for (int i = 0; i < 4; ++i) edit(k, i, AddStrangerRingVictim(phone, 4 * k + i, i));
    }
  }

  // `n` families: a parent registers their own SIM, then three relatives' SIMs, on
  // their own phone by app; each relative uses their SIM in their own phone.
  // `edit(k, r)` adjusts relative k's registration.
  template <typename Edit>
  void AddFamilies(int n, Edit edit) {
    for (int family = 0; family < n; ++family) {
      const Person parent = NewPerson();
      Add(parent, Channel::kEkycApp, kNoId, parent.phone, kStart + family * kDay);
      for (int k = 0; k < 3; ++k) {
        edit(k, Add(NewPerson(), Channel::kEkycApp, kNoId, parent.phone,
                    kStart + family * kDay + (k + 1) * 600));
      }
    }
  }
  void AddFamilies(int n) {
    AddFamilies(n, [](int, Record&) {});
  }

  // Ordinary subscribers: most at one of 40 dealers, some by app, one SIM each, a few
  // with two; every registration well verified.
  void AddBackground(int persons) {
    for (int d = 0; d < 40; ++d) dealers_.push_back(Dealer(absl::StrCat("DL0", 100 + d)));
    for (int i = 0; i < persons; ++i) {
      Person p = NewPerson();
      const int64_t when = kStart + static_cast<int64_t>(rng_.Below(300 * kDay));
      if (rng_.Below(4) == 0) {
        Add(p, Channel::kEkycApp, kNoId, p.phone, when);
      } else {
        const uint32_t d = dealers_[rng_.Below(dealers_.size())];
        Add(p, Channel::kAgent, d, 350100000000000ull + d, when);
      }
      if (rng_.Below(10) == 0) {
        Add(p, Channel::kStore, kNoId, 350200000000000ull + rng_.Below(20),
            when + static_cast<int64_t>(rng_.Below(100 * kDay)));
      }
    }
  }

  std::unique_ptr<Detector> Run(const DetectOptions& options = DetectOptions()) {
    absl::StatusOr<std::unique_ptr<Detector>> d = Detector::Run(batch_, options);
    EXPECT_THAT(d, IsOk());
    return std::move(*d);
  }

  Batch& batch() { return batch_; }
  Rng& rng() { return rng_; }

 private:
  Batch batch_;
  Rng rng_;
  int persons_ = 0;
  uint64_t next_msisdn_ = 0;
  std::vector<uint32_t> dealers_;
};

std::vector<Reason> ReasonsOf(const Verdict& v) {
  return std::vector<Reason>(v.reasons.begin(), v.reasons.begin() + v.num_reasons);
}

// The verdict on the subscription of `r`, and its explanation.
const Verdict& VerdictFor(const Detector& d, const Record& r) {
  return d.verdict(*d.Find(r.carrier, r.msisdn));
}
std::string ExplainFor(const Detector& d, const Record& r) {
  return d.Explain(*d.Find(r.carrier, r.msisdn));
}

// The evidence `code` contributes to the subscription's JUNK score (column 0) or
// NON_OWNER score (column 2), as its explanation prints it ("    CODE   1.25 /  0.00
// ..."); 0 if it contributes nothing.
double EvidenceFor(const Detector& d, const Record& r, absl::string_view code, size_t column) {
  for (absl::string_view line : absl::StrSplit(ExplainFor(d, r), '\n')) {
    line = absl::StripLeadingAsciiWhitespace(line);
    if (!absl::ConsumePrefix(&line, code) || line.empty() || line[0] != ' ') continue;
    double evidence = 0;
    const std::vector<absl::string_view> words =
        absl::StrSplit(line, ' ', absl::SkipEmpty());
    if (words.size() > column && absl::SimpleAtod(words[column], &evidence)) return evidence;
  }
  return 0;
}
double JunkEvidenceFor(const Detector& d, const Record& r, absl::string_view code) {
  return EvidenceFor(d, r, code, 0);
}
double NonOwnerEvidenceFor(const Detector& d, const Record& r, absl::string_view code) {
  return EvidenceFor(d, r, code, 2);
}

// Whether `r` is one of the subscriptions whose MSISDNs a test collected.
bool IsOneOf(const Record& r, const std::vector<uint64_t>& msisdns) {
  return std::find(msisdns.begin(), msisdns.end(), r.msisdn) != msisdns.end();
}

// Expects `r` flagged JUNK, with `reason` among its reasons and, if given, `explained` in
// its explanation.
void ExpectJunk(const Detector& d, const Record& r, Reason reason,
                absl::string_view explained = "") {
  const Verdict& v = VerdictFor(d, r);
  EXPECT_TRUE(v.junk) << ExplainFor(d, r);
  EXPECT_THAT(ReasonsOf(v), Contains(reason)) << ExplainFor(d, r);
  if (!explained.empty()) {
    EXPECT_THAT(ExplainFor(d, r), HasSubstr(std::string(explained)));
  }
}

// Expects `r` flagged both JUNK and NON_OWNER, with `reason` among its reasons.
void ExpectJunkAndNonOwner(const Detector& d, const Record& r, Reason reason) {
  ExpectJunk(d, r, reason);
  EXPECT_TRUE(VerdictFor(d, r).non_owner) << ExplainFor(d, r);
}

// Expects `r` flagged NON_OWNER and not JUNK.
void ExpectNonOwnerNotJunk(const Detector& d, const Record& r) {
  const Verdict& v = VerdictFor(d, r);
  EXPECT_TRUE(v.non_owner) << ExplainFor(d, r);
  EXPECT_FALSE(v.junk) << ExplainFor(d, r);
}

// Options under which only a registration's own junk evidence makes it JUNK: the
// default reading of the contract, where the evidence that someone other than the holder
// presented the document counts for JUNK as well once NON_OWNER is established, is left
// out (junk_includes_identity_misuse = false). For tests of what a ring's, or a farm's,
// signals say by themselves.
DetectOptions OwnJunkEvidenceOnly() {
  DetectOptions o;
  o.junk_includes_identity_misuse = false;
  return o;
}

// Expects `r` flagged neither JUNK nor NON_OWNER.
void ExpectNotFlagged(const Detector& d, const Record& r) {
  const Verdict& v = VerdictFor(d, r);
  EXPECT_FALSE(v.junk || v.non_owner) << ExplainFor(d, r);
}

// Expects each subscription of `junk` flagged JUNK with `reason` among its reasons (and
// `explained` in its explanation, if given), and each of `clean` flagged neither.
void ExpectJunkAndClean(const Detector& d, const Batch& batch,
                        const std::vector<uint64_t>& junk, Reason reason,
                        absl::string_view explained, const std::vector<uint64_t>& clean) {
  for (const Record& r : batch.records) {
    if (IsOneOf(r, junk)) {
      ExpectJunk(d, r, reason, explained);
    } else if (IsOneOf(r, clean)) {
      ExpectNotFlagged(d, r);
    }
  }
}

// Expects each kit of `hidden` flagged JUNK with STOCK_BLOCK_JUNK (and `explained` in its
// explanation), and each kit of `walk_ins` flagged neither, without STOCK_BLOCK_JUNK.
void ExpectHiddenKitsJunkAndWalkInsUntouched(const Detector& d, const Batch& batch,
                                             const std::vector<uint64_t>& hidden,
                                             absl::string_view explained,
                                             const std::vector<uint64_t>& walk_ins) {
  ExpectJunkAndClean(d, batch, hidden, Reason::kStockBlockJunk, explained, walk_ins);
  for (const Record& r : batch.records) {
    if (!IsOneOf(r, walk_ins)) continue;
    EXPECT_THAT(ReasonsOf(VerdictFor(d, r)), Not(Contains(Reason::kStockBlockJunk)))
        << ExplainFor(d, r);
  }
}

int CountFlagged(const Detector& d) {
  int n = 0;
  for (size_t s = 0; s < d.num_subscriptions(); ++s) {
    n += d.verdict(s).junk || d.verdict(s).non_owner;
  }
  return n;
}

TEST(DetectorTest, OrdinaryPopulationIsNotFlagged) {
  Population pop;
  pop.AddBackground(600);
  auto d = pop.Run();
  EXPECT_EQ(CountFlagged(*d), 0);
  for (size_t s = 0; s < d->num_subscriptions(); ++s) {
    EXPECT_GE(d->verdict(s).junk_score, 0.0f);
    EXPECT_LT(d->verdict(s).junk_score, 0.5f);
  }
}

TEST(DetectorTest, SimBoxCarryingManyIdentitiesIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t gateway = 867530900000011ull;
  const uint32_t dealer = pop.Dealer("DL0777");
  for (int i = 0; i < 16; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350777000000001ull,
                        kStart + 10 * kDay + i * 7 * kDay);
    r.first_use_imei = gateway;
    r.usage = {30, 900, 3, 0, 0, 400, 0, 0};  // outgoing only to many callees
  }
  auto d = pop.Run();
  int flagged = 0;
  for (const Record& r : pop.batch().records) {
    if (r.first_use_imei != gateway) continue;
    ExpectJunk(*d, r, Reason::kSimBox);
    ++flagged;
  }
  EXPECT_EQ(flagged, 16);
  EXPECT_EQ(CountFlagged(*d), 16);
}

// A multi-port gateway: every port has its own IMEI, consecutive with the next, and
// carries one SIM of a bought identity. No IMEI looks like a SIM box; the run does, when
// its SIMs are used as farm SIMs are. Phones with consecutive IMEIs bought together by
// ordinary people are not a gateway, nor are tablets whose data SIMs receive only their
// carrier's notices.
TEST(DetectorTest, ConsecutivePortImeisOfFarmSimsAreOneSimBox) {
  Population pop;
  pop.AddBackground(600);
  // One SIM of a bought identity per port, a port every 10 IMEIs (bodies 86753090000001,
  // ...02, ...), registered at `dealer` every 9 days.
  auto add_farm = [&pop](const std::string& dealer, uint64_t first_port,
                         const std::array<int32_t, 8>& usage) {
    std::vector<uint64_t> farm;
    for (int i = 0; i < 12; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer(dealer),
                          350778000000001ull, kStart + 10 * kDay + i * 9 * kDay);
      r.first_use_imei = first_port + 10 * static_cast<uint64_t>(i);
      r.usage = usage;
      farm.push_back(r.msisdn);
    }
    return farm;
  };
  // An OTP farm: hundreds of SMS in, nothing out.
  const std::vector<uint64_t> farm = add_farm("DL0778", 867530900000010ull,
                                              {28, 0, 1, 0, 240, 0, 0, 0});
  // A farm that keeps each SIM's traffic ordinary in size (no more SMS in than its peers
  // receive) still shows the shape of farm use on every port: SMS in, nothing out.
  const std::vector<uint64_t> quiet_farm = add_farm("DL0779", 867531900000010ull,
                                                    {28, 0, 1, 0, 12, 0, 0, 0});
  // A farm whose ports answer a few calls: fifteen calls out for each one in, to far
  // more numbers than people call.
  const std::vector<uint64_t> dialling_farm = add_farm("DL0776", 867532200000010ull,
                                                       {28, 300, 20, 0, 2, 250, 0, 0});
  // Devices bought together, with consecutive IMEIs, each with one person's SIM.
  std::vector<uint64_t> bundle;
  auto add_bundle = [&pop, &bundle](uint64_t first_imei, int64_t start,
                                    const decltype(Record::usage)& usage) {
    for (int i = 0; i < 12; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kStore, kNoId, 350200000000001ull,
                          start + i * 300);
      r.first_use_imei = first_imei + 10 * static_cast<uint64_t>(i);
      r.usage = usage;
      bundle.push_back(r.msisdn);
    }
  };
  // Phones used as people use them.
  add_bundle(356100000000020ull, kStart + 40 * kDay, {20, 30, 25, 10, 12, 15, 100000, 2000});
  // Tablets: data-only SIMs that receive their carrier's notices and send nothing. They
  // move data as people's devices do.
  add_bundle(357200000000030ull, kStart + 60 * kDay, {28, 0, 0, 0, 12, 0, 0, 8000});
  // A sales team's phones: they call out far more than they are called, but people
  // answer and call back.
  add_bundle(358300000000040ull, kStart + 80 * kDay, {28, 180, 30, 10, 12, 90, 100000, 2000});
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, farm) || IsOneOf(r, quiet_farm) || IsOneOf(r, dialling_farm)) {
      ExpectJunk(*d, r, Reason::kSimBox, "one of 12 devices with consecutive IMEIs");
    } else if (IsOneOf(r, bundle)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSimBox)));
    }
  }
}

// A gateway whose carrier reports no usage: each port carries SIMs of two bought
// identities, and the ports' IMEIs are consecutive. The run is one SIM box. Phones that
// carry a relative's SIM too, bought together, are not: two are no gateway, and where
// their use is reported it is a person's.
TEST(DetectorTest, PortsOfAGatewayWhoseUseIsNotReportedAreOneSimBox) {
  Population pop;
  pop.AddBackground(600);
  auto add_phones = [&pop](uint64_t first_imei, int phones, int64_t when, bool use_known) {
    std::vector<uint64_t> sims;
    for (int i = 0; i < phones; ++i) {
      for (int k = 0; k < 2; ++k) {
        Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer("DL0780"),
                            350780000000001ull, when + (2 * i + k) * kDay);
        r.first_use_imei = first_imei + 10 * static_cast<uint64_t>(i);
        if (!use_known) r.usage.fill(kUnknownUsage);
        sims.push_back(r.msisdn);
      }
    }
    return sims;
  };
  const std::vector<uint64_t> gateway =
      add_phones(867532900000010ull, 8, kStart + 10 * kDay, /*use_known=*/false);
  std::vector<uint64_t> phones =
      add_phones(356300000000020ull, 2, kStart + 40 * kDay, /*use_known=*/false);
  const std::vector<uint64_t> used =
      add_phones(356400000000020ull, 8, kStart + 60 * kDay, /*use_known=*/true);
  phones.insert(phones.end(), used.begin(), used.end());
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, gateway)) {
      ExpectJunk(*d, r, Reason::kSimBox, "one of 8 devices with consecutive IMEIs");
    } else if (IsOneOf(r, phones)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSimBox)));
    }
  }
}

// A gateway is one device, judged as one: by the identities of its SIMs and by the
// number of its SIMs, as a single SIM box is. Five bought identities whose four SIMs each
// cycle through eight ports are a farm, though each port looks like a family's phone.
TEST(DetectorTest, GatewayIsJudgedByItsSimsAsWellAsItsIdentities) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0781");
  const uint64_t first_port = 867533900000010ull;
  std::vector<uint64_t> gateway;
  for (int person = 0; person < 5; ++person) {
    const Population::Person seller = pop.NewPerson();
    for (int k = 0; k < 4; ++k) {
      const int n = 4 * person + k;
      Record& r = pop.Add(seller, Channel::kAgent, dealer, 350781000000001ull,
                          kStart + 10 * kDay + n * 4 * kDay);
      r.first_use_imei = first_port + 10 * static_cast<uint64_t>(n % 8);
      r.usage = {28, 0, 1, 0, 12, 0, 0, 0};  // the shape of farm use, at ordinary volume
      gateway.push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, gateway)) {
      ExpectJunk(*d, r, Reason::kSimBox, "20 SIMs of 5 identities");
    }
  }
}

// A gateway's ports need not all look farmed: a port whose SIM also answers calls, or
// that carries an ordinary-looking SIM beside an OTP sink, sits between ports that do.
// Between two of the gateway's ports, a device is the gateway's when one of its SIMs
// belongs to one of the gateway's identities or shows a farm's shape of use; a stranger's
// phone whose IMEI happens to fall there is not.
TEST(DetectorTest, ADeviceBetweenAGatewaysPortsIsAPortWhenItsSimsAreTheFarms) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0782");
  using Usage = decltype(Record::usage);
  const Usage otp = {28, 0, 1, 0, 240, 0, 0, 0};
  const Usage dialling = {28, 300, 60, 0, 2, 250, 0, 0};  // five calls out for one in
  int registrations = 0;
  // A SIM of `p` whose first use is the device with serial `serial` of the gateway.
  auto add = [&](const Population::Person& p, int serial, const Usage& usage) {
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350782000000001ull,
                        kStart + 10 * kDay + 3 * kDay * registrations++);
    r.first_use_imei = 867534900000010ull + 10 * static_cast<uint64_t>(serial);
    r.usage = usage;
    return r.msisdn;
  };
  std::vector<Population::Person> sellers;
  std::vector<uint64_t> farm;
  for (int i = 0; i < 8; ++i) {  // ports at even serials
    sellers.push_back(pop.NewPerson());
    farm.push_back(add(sellers.back(), 2 * i, otp));
  }
  farm.push_back(add(sellers[0], 1, dialling));   // a seller's second SIM
  farm.push_back(add(pop.NewPerson(), 5, otp));  // an OTP sink beside a dialling SIM
  farm.push_back(add(pop.NewPerson(), 5, dialling));
  const uint64_t stranger = add(pop.NewPerson(), 3, {20, 30, 25, 10, 12, 15, 100000, 2000});
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, farm)) {
      ExpectJunk(*d, r, Reason::kSimBox, "one of 10 devices with consecutive IMEIs");
    } else if (r.msisdn == stranger) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kSimBox)));
    }
  }
}

TEST(DetectorTest, PlaceholderImeiDoesNotGlueStrangers) {
  Population pop;
  pop.AddBackground(600);
  for (size_t i = 0; i < 60; ++i) pop.batch().records[i].first_use_imei = 0;  // absent
  for (size_t i = 60; i < 160; ++i) pop.batch().records[i].first_use_imei = 111111111111111ull;
  for (size_t i = 160; i < 260; ++i) pop.batch().records[i].first_use_imei = 0;
  auto d = pop.Run();
  EXPECT_EQ(CountFlagged(*d), 0);
  EXPECT_GE(d->graph_stats().placeholder_values, 100u);
}

// A ring presents its victims' leaked documents: the SIMs are not held by the documents'
// owners (NON_OWNER), and the registrations stand for no genuine user (JUNK: "registered
// on ... leaked identities"). The narrower reading of JUNK, without identity misuse, is
// an option.
TEST(DetectorTest, TheftRingOnOnePhoneAndFaceIsNonOwnerAndJunk) {
  Population pop;
  pop.AddBackground(600);
  auto op = pop.NewPerson();
  const uint64_t operator_phone = 359000000000017ull;
  for (int i = 0; i < 14; ++i) {
    Record& r = pop.AddRingVictim(operator_phone, i, 2 * kDay);
    r.selfie_hash = pop.Capture(op.face);
    r.face_match = 0.62f;
    // First used in one of the operator's four phones.
    r.first_use_imei = operator_phone + 1000 * (i % 4);
  }
  auto d = pop.Run();
  auto d_narrow = pop.Run(OwnJunkEvidenceOnly());
  int ring = 0;
  for (const Record& r : pop.batch().records) {
    if (r.device_imei != operator_phone) continue;
    ++ring;
    const Verdict& v = VerdictFor(*d, r);
    EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
    EXPECT_TRUE(v.junk) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kFaceSharedAcrossIdentities));
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kFaceNotOwner));
    EXPECT_TRUE(VerdictFor(*d_narrow, r).non_owner) << ExplainFor(*d_narrow, r);
    EXPECT_FALSE(VerdictFor(*d_narrow, r).junk) << ExplainFor(*d_narrow, r);
  }
  EXPECT_EQ(ring, 14);
}

// An operator with three phones registers victims' SIMs on one and uses them in another:
// each phone carries many identities' SIMs, as a SIM box would, but a phone that runs
// the registration app for several identities is the operator's, not a SIM box.
// A ring's victim is also a family head, who registered three relatives' SIMs on her own
// phone, presenting her own face. Her document links the family to the ring in the
// ID-reuse component; her relatives must not take the ring's size as non-owner
// evidence, since no face or device of theirs is the ring's.
TEST(DetectorTest, RelativesOfARingVictimDoNotInheritTheRingsSize) {
  Population pop;
  pop.AddBackground(600);
  auto op = pop.NewPerson();
  const uint64_t operator_phone = 359000000000017ull;
  Population::Person head{};
  for (int i = 0; i < 14; ++i) {
    Population::Person victim;
    Record& r = pop.AddRingVictim(operator_phone, i, 2 * kDay, &victim);
    r.selfie_hash = pop.Capture(op.face);
    r.face_match = 0.62f;
    r.first_use_imei = operator_phone + 1000 * (i % 4);
    if (i == 0) head = victim;
  }
  // The head's own registration carries her selfie, but no face match was exported.
  for (Record& r : pop.batch().records) {
    if (r.id_key == head.id_key && r.device_imei != operator_phone) {
      r.face_match = std::numeric_limits<float>::quiet_NaN();
    }
  }
  std::vector<uint64_t> relatives;
  for (int k = 0; k < 3; ++k) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kEkycApp, kNoId, head.phone,
                        kStart + 200 * kDay + k * 600);
    r.selfie_hash = pop.Capture(head.face);
    r.face_match = 0.55f;
    relatives.push_back(r.msisdn);
  }
  auto d = pop.Run();
  int ring = 0, family = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (r.device_imei == operator_phone) {
      ++ring;
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kPresenterComponent));
    } else if (IsOneOf(r, relatives)) {
      ++family;
      EXPECT_FALSE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("ID-reuse component of 17 identities"));
    }
  }
  EXPECT_EQ(ring, 14);
  EXPECT_EQ(family, 3);
}

TEST(DetectorTest, TheftRingUsingSimsAcrossItsOwnPhonesIsNonOwnerNotJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t phones[3] = {359000000000031ull, 359000000000047ull, 359000000000053ull};
  // (Bought together: consecutive serials, yet phones, not a gateway's ports.)
  std::vector<uint64_t> ring;
  for (int i = 0; i < 18; ++i) {
    Record& r = pop.AddRingVictim(phones[i % 3], i, 2 * kDay);
    r.face_match = 0.80f;
    r.first_use_imei = phones[(i + 1) % 3];
    r.usage = {25, 420, 9, 0, 0, 330, 0, 0};  // scam calls
    ring.push_back(r.msisdn);
  }
  // No SIM-box junk.
  auto d = pop.Run(OwnJunkEvidenceOnly());
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, ring)) continue;
    const Verdict& v = VerdictFor(*d, r);
    EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
    EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("an operator's phone, not a SIM box"));
  }
}

// Small rings: an operator registers four victims' documents on one phone, with
// selfies that are none of theirs, and the SIMs are first used in the operator's other
// phones. Where the SIMs end in farm use (OTP sinks, scam calls), the farm holds them:
// non-owner. The same registrations whose SIMs are used as people's phones stay below
// the alert, as a relative registering for their family does.
TEST(DetectorTest, FarmUseOfSimsPresentedBySomeoneElseIsNonOwnership) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> farmed, used;
  pop.AddSmallRings(12, 359200000000000ull, [&](int k, int i, Record& r) {
    if (k % 2 == 0) {
      r.usage = i == 0 ? decltype(Record::usage){25, 0, 0, 0, 240, 0, 0, 0}   // OTP sink
                       : decltype(Record::usage){25, 420, 0, 0, 0, 330, 0, 0};  // scam calls
      farmed.push_back(r.msisdn);
    } else {
      used.push_back(r.msisdn);
    }
  });
  // The farm use itself is no junk evidence.
  auto d = pop.Run(OwnJunkEvidenceOnly());
  ASSERT_EQ(farmed.size(), 24u);
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, farmed)) {
      ExpectNonOwnerNotJunk(*d, r);
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)),
                  Contains(AnyOf(Reason::kOtpSink, Reason::kOutgoingOnly)))
          << ExplainFor(*d, r);
    } else if (IsOneOf(r, used)) {
      ExpectNotFlagged(*d, r);
    }
  }
}

// An operator registers victims' documents on their own phones, with selfies that are
// none of theirs, and keeps the SIMs: idle, or only receiving SMS. Families register
// relatives on a parent's phone the same way, but their SIMs are used as phones, a spare
// among them now and then. The share of a phone cluster's SIMs not used as phones tells
// the two apart.
TEST(DetectorTest, PhoneClusterWhoseSimsAreNotUsedAsPhonesIsAnOperatorsStock) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> stock, spares;
  pop.AddSmallRings(8, 359300000000000ull, [&](int, int i, Record& r) {
    r.usage = i % 2 == 0 ? decltype(Record::usage){0, 0, 0, 0, 0, 0, 0, 0}
                         : decltype(Record::usage){20, 0, 1, 0, 30, 0, 0, 5};
    stock.push_back(r.msisdn);
  });
  pop.AddFamilies(8, [&](int k, Record& r) {
    if (k == 0) {  // a spare, never used yet
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      spares.push_back(r.msisdn);
    }
  });
  auto d = pop.Run(OwnJunkEvidenceOnly());
  ASSERT_EQ(stock.size(), 32u);
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, stock)) {
      ExpectNonOwnerNotJunk(*d, r);
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kSelfServiceDeviceIdleSims))
          << ExplainFor(*d, r);
    } else if (IsOneOf(r, spares)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kSelfServiceDeviceIdleSims)))
          << ExplainFor(*d, r);
    }
  }
}

// People who rent out their identity come to an operator's phone in person (their own
// face, a good match) and each leave with several SIMs registered on their document; a
// family's relatives registered on a parent's phone hold a SIM each. The share of a phone
// cluster's identities that hold several subscriptions, against all self-service
// identities' share, tells the two apart; and the renters' SIMs carried away to phones
// of their own do not make the phone a helper's.
TEST(DetectorTest, PhoneWhoseIdentitiesEachHoldSeveralSimsIsReported) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t operator_phone = 359400000000000ull;
  std::vector<uint64_t> rented;
  for (int k = 0; k < 8; ++k) {
    auto renter = pop.NewPerson();
    for (int i = 0; i < 3; ++i) {
      Record& r = pop.Add(renter, Channel::kEkycApp, kNoId, operator_phone,
                          kStart + (10 + 3 * k) * kDay + i * 900);
      r.first_use_imei = 861000000000000ull + 10 * (3 * k + i);
      rented.push_back(r.msisdn);
    }
  }
  std::vector<uint64_t> relatives;
  pop.AddFamilies(8, [&](int, Record& r) { relatives.push_back(r.msisdn); });
  auto d = pop.Run();
  ASSERT_EQ(rented.size(), 24u);
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, rented)) {
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kSelfServiceDeviceMultiSimIds))
          << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("8 of the 8 identities registered self-service"));
      // Each SIM left in a phone of its own with the renter's own face, as a family's or a
      // courier's do; the phone's reach weighs in full all the same.
      EXPECT_THAT(ExplainFor(*d, r), Not(HasSubstr("with an ordinary own-face match")));
    } else if (IsOneOf(r, relatives)) {
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)),
                  Not(Contains(Reason::kSelfServiceDeviceMultiSimIds)))
          << ExplainFor(*d, r);
    }
  }
}

// Without selfies the operator is still visible: the victims' SIMs used in the operator's
// phone were registered self-service on that same phone, and a SIM box runs no
// registration app. Their scam-call use does not make them a farm of bought identities:
// they are JUNK as a ring's registrations on leaked documents, not as a farm's, which
// the narrower reading of JUNK (without identity misuse) shows.
TEST(DetectorTest, TheftRingWithoutSelfiesIsNotJudgedASimBox) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t operator_phone = 359000000000017ull;
  for (int i = 0; i < 14; ++i) {
    Record& r = pop.AddRingVictim(operator_phone, i, 2 * kDay);
    r.first_use_imei = operator_phone;
    r.usage = {30, 600, 2, 0, 0, 350, 0, 0};  // scam calls: outgoing only
  }
  for (Record& r : pop.batch().records) {
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
  }
  auto d = pop.Run(OwnJunkEvidenceOnly());
  auto d_default = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (r.device_imei != operator_phone) continue;
    const Verdict& v = VerdictFor(*d, r);
    EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSimBox));
    EXPECT_TRUE(VerdictFor(*d_default, r).junk) << ExplainFor(*d_default, r);
  }
}

TEST(DetectorTest, PreactivationBurstOnFabricatedDocumentsIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0999");
  // The dealer's ordinary sales.
  for (int i = 0; i < 30; ++i) {
    auto p = pop.NewPerson();
    pop.Add(p, Channel::kAgent, dealer, 350999000000005ull, kStart + i * 5 * kDay);
  }
  pop.AddFabricatedBurst(dealer, 350999000000005ull, kStart + 200 * kDay, 555000000000000ull, 40);
  auto d = pop.Run();
  int junk = 0;
  for (const Record& r : pop.batch().records) {
    if (r.iccid_body < 555000000000000ull || r.iccid_body > 555000000000400ull) continue;
    const Verdict& v = VerdictFor(*d, r);
    junk += v.junk;
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kDealerBurst));
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kIccidRun));
    EXPECT_FALSE(v.non_owner) << "fabricated documents have no real owner";
  }
  EXPECT_EQ(junk, 40);
}

// A block of consecutive numbers registered within the hour to different identities is
// pre-activated stock even without ICCIDs; it weighs less than a run of SIM cards.
// A dealer's outlying profile (here: a pre-activation burst on fabricated documents) is
// junk evidence for the registrations that carry its anomaly; it says nothing about who
// holds an honest customer's second SIM bought there.
TEST(DetectorTest, OutlyingDealerDoesNotMakeAnHonestSecondSimNonOwner) {
  Population pop;
  pop.AddBackground(1600);  // enough dealers with enough registrations for FastMCD
  const uint32_t dealer = pop.Dealer("DL0998");
  pop.AddFabricatedBurst(dealer, 350998000000005ull, kStart + 200 * kDay, 556000000000000ull, 40);
  // A customer with a phone of their own buys two SIMs; the second goes into a new tablet.
  auto customer = pop.NewPerson();
  pop.Add(customer, Channel::kEkycApp, kNoId, customer.phone, kStart);
  pop.Add(customer, Channel::kAgent, dealer, 350998000000005ull, kStart + 230 * kDay);
  Record& second = pop.Add(customer, Channel::kAgent, dealer, 350998000000005ull,
                           kStart + 230 * kDay + 300);
  second.first_use_imei = 352000000000777ull;
  const Record second_copy = second;
  auto d = pop.Run();
  const Verdict& v = VerdictFor(*d, second_copy);
  EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSameDocumentMinutes));
  EXPECT_FALSE(v.non_owner) << ExplainFor(*d, second_copy);
  EXPECT_THAT(ExplainFor(*d, second_copy), Not(HasSubstr("DEALER_OUTLIER")));
}

// A customer's second SIM, bought minutes after the first and put into a tablet of its
// own, that only uses data is the customer's second device, whether or not it received a
// few calls and messages (offers and spam reach any number): only calls or SMS made from
// it would show someone else using it.
TEST(DetectorTest, ADataSimThatOnlyReceivesCallsAndMessagesIsStillADataSim) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0997");
  int k = 0;
  auto second_sim = [&](const decltype(Record::usage)& usage) {
    auto customer = pop.NewPerson();
    const int64_t when = kStart + (100 + k) * kDay;
    const uint64_t tablet = 352000000000100ull + 10 * static_cast<uint64_t>(k++);
    pop.Add(customer, Channel::kAgent, dealer, 350997000000001ull, when);
    Record& second = pop.Add(customer, Channel::kAgent, dealer, 350997000000001ull, when + 300);
    second.first_use_imei = tablet;
    second.usage = usage;
    return second;
  };
  // active days, calls out, calls in, SMS out, SMS in, callees, top-up, MB
  const Record silent = second_sim({25, 0, 0, 0, 0, 0, 100000, 20000});
  const Record receiving = second_sim({25, 0, 2, 0, 6, 0, 100000, 20000});
  const Record calling = second_sim({25, 12, 9, 4, 6, 8, 100000, 20000});
  auto d = pop.Run();
  const double data_sim = NonOwnerEvidenceFor(*d, silent, "SAME_DOCUMENT_MINUTES");
  EXPECT_GT(data_sim, 0.0) << ExplainFor(*d, silent);
  EXPECT_NEAR(NonOwnerEvidenceFor(*d, receiving, "SAME_DOCUMENT_MINUTES"), data_sim, 0.011)
      << ExplainFor(*d, receiving);
  EXPECT_GT(NonOwnerEvidenceFor(*d, calling, "SAME_DOCUMENT_MINUTES"), 2.0 * data_sim)
      << ExplainFor(*d, calling);
}

// Since 2022-08-01 new subscribers must be verified against the population database. A
// dealer that leaves its registrations unchecked, slowly and without bursts, where its
// peers check theirs, is judged on that share; its never-used SIMs were sold on.
TEST(DetectorTest, SlowPreactivationLeftUncheckedIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0333");
  std::vector<uint64_t> unchecked;
  for (int i = 0; i < 20; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350333000000003ull,
                        kStart + 100 * kDay + i * 2 * kDay + 3600 * (i % 5));
    r.popdb_check = PopdbCheck::kUnchecked;
    r.face_match = 0.80f;
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    r.first_use_imei = 0;
    unchecked.push_back(r.msisdn);
  }
  auto d = pop.Run();
  int junk = 0;
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, unchecked)) continue;
    const Verdict& v = VerdictFor(*d, r);
    junk += v.junk;
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kPopdbUnchecked)) << ExplainFor(*d, r);
  }
  EXPECT_GE(junk, 18);
}

// The population database holds citizens' personal ID numbers: a tourist's passport is
// NOT_FOUND there whoever presents it. An airport kiosk selling SIMs to tourists is no
// dealer with failed checks. The same results on national documents are.
TEST(DetectorTest, APassportNotFoundInThePopulationDatabaseIsNoFailedCheck) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t kiosk = pop.Dealer("DL0444"), dealer = pop.Dealer("DL0445");
  std::vector<uint64_t> tourists, nationals;
  for (int i = 0; i < 40; ++i) {
    Population::Person p = pop.NewPerson();
    p.id_key = pop.batch().ids.Intern(absl::StrCat("PASSPORT:X", 7000000 + i));
    Record& r = pop.Add(p, Channel::kAgent, kiosk, 350444000000004ull, kStart + i * kDay);
    r.id_type = IdType::kPassport;
    r.popdb_check = PopdbCheck::kNotFound;
    tourists.push_back(r.msisdn);
  }
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350445000000005ull,
                        kStart + i * kDay);
    r.popdb_check = PopdbCheck::kNotFound;
    nationals.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, tourists)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kPopdbFail))) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kDealerWeakVerification)))
          << ExplainFor(*d, r);
    } else if (IsOneOf(r, nationals)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kPopdbFail)) << ExplainFor(*d, r);
    }
  }
}

// A carrier's population-database check is down for a day: every registration of that
// day is unchecked, at every point. A busy shop's promotion that day, sixty walk-ins
// photographed and matching their ID photos, is no dealer skipping the check. The same
// promotion on a day the carrier's other points checked their customers is judged as
// before: unchecked where checking is the norm.
TEST(DetectorTest, UncheckedOnADayTheCarriersCheckWasDownIsNoEvidence) {
  Population pop;
  pop.AddBackground(600);
  for (int shop = 0; shop < 60; ++shop) {  // the town's shops, checking their customers
    for (int i = 0; i < 25; ++i) {
      pop.Add(pop.NewPerson(), Channel::kStore, pop.Dealer(absl::StrCat("VT-SHOP-", shop)),
              350300000000000ull + shop,
              kStart + static_cast<int64_t>(pop.rng().Below(300 * kDay)));
    }
  }
  for (Record& r : pop.batch().records) r.carrier = Carrier::kViettel;
  const int64_t outage = kStart + 150 * kDay, ordinary = kStart + 250 * kDay;
  for (int64_t day : {outage, ordinary}) {  // the carrier's other points that day
    for (int i = 0; i < 30; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer(absl::StrCat("VT-", i)),
                          350100000000000ull + i, day + 2 * 3600 + i * 600);
      r.carrier = Carrier::kViettel;
      if (day == outage) r.popdb_check = PopdbCheck::kUnchecked;
    }
  }
  auto promotion = [&pop](const std::string& shop, int64_t day) {
    std::vector<uint64_t> walk_ins;
    const uint32_t point = pop.Dealer(shop);
    for (int i = 0; i < 60; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kStore, point, 350200000000000ull + point,
                          day + 2 * 3600 + i * 120);
      r.carrier = Carrier::kViettel;
      r.popdb_check = PopdbCheck::kUnchecked;
      walk_ins.push_back(r.msisdn);
    }
    return walk_ins;
  };
  const std::vector<uint64_t> on_outage = promotion("VT-STORE-1", outage);
  const std::vector<uint64_t> on_ordinary_day = promotion("VT-STORE-2", ordinary);
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, on_outage)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kPopdbUnchecked))) << ExplainFor(*d, r);
    } else if (IsOneOf(r, on_ordinary_day)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kPopdbUnchecked)) << ExplainFor(*d, r);
    }
  }
  EXPECT_THAT(d->notes(), Contains(AllOf(HasSubstr("VIETTEL left"),
                                         HasSubstr("unchecked on 2025-05-31"))));
}

// Where a carrier leaves the check column blank for a quarter of everyone, "unchecked" is
// ordinary and weighs nothing.
TEST(DetectorTest, UncheckedIsNoEvidenceWhereChecksAreNotTheNorm) {
  Population pop;
  pop.AddBackground(600);
  for (size_t k = 0; k < pop.batch().records.size(); k += 4) {
    pop.batch().records[k].popdb_check = PopdbCheck::kUnchecked;
  }
  auto d = pop.Run();
  for (size_t s = 0; s < d->num_subscriptions(); ++s) {
    EXPECT_THAT(ReasonsOf(d->verdict(s)), Not(Contains(Reason::kPopdbUnchecked)));
  }
  EXPECT_EQ(CountFlagged(*d), 0);
}

// One carrier's export carries no selfies and no population-database results at all:
// its empty cells are a gap in the export, not registrations without a face or a check.
// The others' registrations without a selfie, where selfies are the norm, still are.
TEST(DetectorTest, ColumnsACarrierDoesNotExportAreUnknownNotMissing) {
  Population pop;
  pop.AddBackground(600);
  for (Record& r : pop.batch().records) {
    if (r.carrier != Carrier::kMobifone) continue;
    r.has_selfie = false;
    r.selfie_hash = 0;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.popdb_check = PopdbCheck::kUnchecked;
  }
  Record& elsewhere = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer("DL0101"),
                              350100000000101ull, kStart + 40 * kDay);
  elsewhere.carrier = Carrier::kViettel;
  elsewhere.has_selfie = false;
  elsewhere.face_match = std::numeric_limits<float>::quiet_NaN();
  elsewhere.popdb_check = PopdbCheck::kNotFound;  // no real person to weigh the face against
  const Record without = elsewhere;
  auto d = pop.Run();
  int mobifone = 0;
  for (const Record& r : pop.batch().records) {
    if (r.carrier != Carrier::kMobifone) continue;
    ++mobifone;
    const Verdict& v = VerdictFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kNoBiometrics))) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kPopdbUnchecked))) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kRegNo4FieldMatch))) << ExplainFor(*d, r);
  }
  EXPECT_GT(mobifone, 100);
  EXPECT_EQ(CountFlagged(*d), 0);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, without)), Contains(Reason::kNoBiometrics));
  EXPECT_THAT(d->notes(), Contains(HasSubstr("MOBIFONE exports no selfies")));
  EXPECT_THAT(d->notes(), Contains(HasSubstr("MOBIFONE exports no population-database")));
}

// Shops and agents trade by day. A registration at a dealer at 02:30 in the morning, when
// its channel's registrations almost never are, is out of hours; one at 14:00, or one a
// customer makes in the carrier's app at 02:30 at home, is not.
TEST(DetectorTest, ARegistrationAtADealerInTheSmallHoursIsOutOfHours) {
  Population pop;
  pop.AddBackground(600);
  for (Record& r : pop.batch().records) {  // 09:00-19:00 local (UTC+7)
    r.registered_at = r.registered_at / kDay * kDay + 2 * 3600 + r.registered_at % (10 * 3600);
  }
  const uint32_t dealer = pop.Dealer("DL0999");
  const int64_t night = kStart + 100 * kDay + 19 * 3600 + 1800;  // 02:30 local, next day
  auto fabricated = [](Record& r) {
    r.popdb_check = PopdbCheck::kNotFound;
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
  };
  Record& small_hours =
      pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350999000000001ull, night);
  fabricated(small_hours);
  const Record at_night = small_hours;
  Record& afternoon = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350999000000001ull,
                              kStart + 101 * kDay + 7 * 3600);  // 14:00 local
  fabricated(afternoon);
  const Record by_day = afternoon;
  const Population::Person p = pop.NewPerson();
  const Record by_app = pop.Add(p, Channel::kEkycApp, kNoId, p.phone, night + 600);
  DetectOptions options;
  auto d = pop.Run(options);
  EXPECT_GT(JunkEvidenceFor(*d, at_night, "OUT_OF_HOURS"), 0.5) << ExplainFor(*d, at_night);
  EXPECT_THAT(ExplainFor(*d, at_night), HasSubstr("at 02:30 local time, out of hours"));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, by_day)), Not(Contains(Reason::kOutOfHours)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, by_app)), Not(Contains(Reason::kOutOfHours)));
  // The hours are configurable: a market town's shops open at 05:00 and close at 23:00.
  options.out_of_hours_start_hour = 23;
  options.out_of_hours_end_hour = 2;
  auto late = pop.Run(options);
  EXPECT_THAT(ReasonsOf(VerdictFor(*late, at_night)), Not(Contains(Reason::kOutOfHours)));
}

// What is ordinary at agents is what ordinary agents do. Two agents that pre-activate 150
// SIMs each, night after night, with replayed photos that match poorly, make 40 % of all
// agents' registrations nightly and poorly matched; they are 2 of 42 agents. A night
// registration and a poor match are still out of the ordinary, at their counters as at an
// honest agent's; and a walk-in's ordinary daytime registration stays unremarkable.
TEST(DetectorTest, AFewAgentsMassRegistrationsDoNotSetWhatIsOrdinaryAtAgents) {
  Population pop;
  pop.AddBackground(600);
  for (Record& r : pop.batch().records) {  // 09:00-19:00 local (UTC+7)
    r.registered_at = r.registered_at / kDay * kDay + 2 * 3600 + r.registered_at % (10 * 3600);
  }
  std::vector<Record> waves;
  for (int a = 0; a < 2; ++a) {
    const uint32_t agent = pop.Dealer(absl::StrCat("DL099", a));
    for (int i = 0; i < 150; ++i) {  // 15 a night, 02:00-03:00 local, over ten nights
      const int64_t when = kStart + (50 + 20 * a + i / 15) * kDay + 19 * 3600 + (i % 15) * 240;
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, agent, 350990000000000ull + a, when);
      r.selfie_hash = pop.rng().Next();
      r.face_match = 0.55f;
      waves.push_back(r);
    }
  }
  const uint32_t honest = pop.Dealer("DL0100");
  const uint64_t counter = 350100000000000ull + honest;
  Record& night = pop.Add(pop.NewPerson(), Channel::kAgent, honest, counter,
                          kStart + 200 * kDay + 19 * 3600 + 1800);  // 02:30 local
  night.popdb_check = PopdbCheck::kNotFound;  // a fabricated document
  night.has_selfie = false;
  night.face_match = std::numeric_limits<float>::quiet_NaN();
  const Record at_night = night;
  Record& poor = pop.Add(pop.NewPerson(), Channel::kAgent, honest, counter,
                         kStart + 201 * kDay + 3 * 3600);  // 10:00 local
  poor.face_match = 0.55f;
  const Record poor_match = poor;
  const Record walk_in =
      pop.Add(pop.NewPerson(), Channel::kAgent, honest, counter, kStart + 202 * kDay + 4 * 3600);
  auto d = pop.Run();
  EXPECT_GT(JunkEvidenceFor(*d, at_night, "OUT_OF_HOURS"), 0.5) << ExplainFor(*d, at_night);
  for (const Record& r : {poor_match, waves[0], waves[200]}) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kLowFaceMatch))
        << ExplainFor(*d, r);
  }
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, walk_in)), IsEmpty()) << ExplainFor(*d, walk_in);
}

// A pre-activation at night on leaked real documents: every registration passes the
// population-database check, and its selfie, a replayed ID photo, matches the document as
// well as most do. Nobody was at the counter at 03:00: a burst of citizens' documents
// registered out of hours, where the channel's registrations almost never are, is weak
// throughout, and its SIMs left unused are junk. Travellers off a night flight on
// passports are not; nor is a batch whose times are a date without its time (local
// midnight to the second).
TEST(DetectorTest, ANightBurstOfCitizensDocumentsIsWeakHoweverWellMatched) {
  Population pop;
  pop.AddBackground(600);
  for (Record& r : pop.batch().records) {  // 09:00-19:00 local (UTC+7)
    r.registered_at = r.registered_at / kDay * kDay + 2 * 3600 + r.registered_at % (10 * 3600);
  }
  auto burst = [&](const std::string& code, int64_t start, int64_t step, IdType type) {
    const uint32_t point = pop.Dealer(code);
    const uint64_t device = 350998000000000ull + point;
    for (int i = 0; i < 100; ++i) {  // the point's ordinary walk-ins, by day
      pop.Add(pop.NewPerson(), Channel::kAgent, point, device, kStart + i * kDay + 3 * 3600);
    }
    std::vector<Record> out;
    for (int i = 0; i < 20; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, point, device, start + i * step);
      r.id_type = type;
      if (type == IdType::kPassport) r.popdb_check = PopdbCheck::kUnchecked;
      r.face_match = 0.93f;
      r.iccid_body = 770998000000000ull + 1000 * point + 10 * i;
      r.usage.fill(0);  // never used
      out.push_back(r);
    }
    return out;
  };
  const int64_t night = kStart + 100 * kDay + 20 * 3600;  // 03:00 local, next day
  const std::vector<Record> leaked = burst("DL0998", night, 60, IdType::kCccd);
  const std::vector<Record> travellers = burst("DL0997", night + kDay, 60, IdType::kPassport);
  const int64_t midnight = kStart + 102 * kDay + 17 * 3600;  // 00:00:00 local
  const std::vector<Record> undated = burst("DL0996", midnight, 0, IdType::kCccd);
  auto d = pop.Run();
  int leaked_junk = 0;
  for (const Record& r : leaked) leaked_junk += VerdictFor(*d, r).junk;
  EXPECT_GE(leaked_junk, 16) << ExplainFor(*d, leaked[10]);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, leaked[10])), Contains(Reason::kDealerBurst))
      << ExplainFor(*d, leaked[10]);
  for (const std::vector<Record>* group : {&travellers, &undated}) {
    for (const Record& r : *group) {
      EXPECT_FALSE(VerdictFor(*d, r).junk) << ExplainFor(*d, r);
      if (group == &undated) {
        EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kOutOfHours)));
      }
    }
  }
}

// Carriers lock the numbers whose holders do not confirm them. A point whose SIMs they
// lock many times as often as the norm sold SIMs its documents' holders do not hold; a
// point whose locks are only somewhat above the norm shows it only beside junk evidence of
// the registration's own; and a seller of legacy CMND numbers, which are locked as often
// wherever they were sold, shows nothing.
TEST(DetectorTest, LocksFarAboveTheNormAtAPointAreJunkEvidence) {
  Population pop;
  pop.AddBackground(800);
  pop.LockEvery(20);  // one in twenty ignores the carrier's request
  auto walk_ins = [&](const std::string& code, int n, IdType type, int locked_every) {
    std::vector<Record> out;
    const uint32_t dealer = pop.Dealer(code);
    for (int i = 0; i < n; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350777000000000ull + dealer,
                          kStart + i * (250 * kDay / n) + 3600 * (i % 9));
      r.id_type = type;
      if (i % locked_every == 0) r.status = SubscriptionStatus::kTwoWayLocked;
      out.push_back(r);
    }
    return out;
  };
  // Legacy CMND numbers: four in ten locked, wherever they were sold.
  for (int d = 0; d < 10; ++d) walk_ins(absl::StrCat("DLC0", 100 + d), 20, IdType::kCmnd, 2);
  const std::vector<Record> cmnd_seller = walk_ins("DLC0999", 30, IdType::kCmnd, 2);
  // Half of one point's SIMs locked; a fifth of another's.
  const std::vector<Record> hot = walk_ins("DL0777", 30, IdType::kCccd, 2);
  std::vector<Record> mild = walk_ins("DL0778", 100, IdType::kCccd, 5);
  // Two of the second point's locked SIMs are on documents whose number contradicts the
  // declared birth year.
  for (int i : {0, 5}) {
    for (Record& r : pop.batch().records) {
      if (r.msisdn == mild[i].msisdn) r.soft_checks |= kSoftCccdBirthYearMismatch;
    }
    mild[i].soft_checks |= kSoftCccdBirthYearMismatch;
  }
  auto d = pop.Run();
  EXPECT_TRUE(VerdictFor(*d, hot[0]).junk) << ExplainFor(*d, hot[0]);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, hot[0])), Contains(Reason::kDealerLocked));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, hot[1])), Not(Contains(Reason::kDealerLocked)));
  EXPECT_THAT(ExplainFor(*d, hot[0]), HasSubstr("locked by the carrier (TWO_WAY_LOCKED)"));
  EXPECT_FALSE(VerdictFor(*d, hot[1]).junk) << ExplainFor(*d, hot[1]);
  EXPECT_GT(JunkEvidenceFor(*d, mild[0], "DEALER_LOCKED"), 0.0) << ExplainFor(*d, mild[0]);
  EXPECT_EQ(JunkEvidenceFor(*d, mild[10], "DEALER_LOCKED"), 0.0) << ExplainFor(*d, mild[10]);
  EXPECT_EQ(JunkEvidenceFor(*d, cmnd_seller[0], "DEALER_LOCKED"), 0.0)
      << ExplainFor(*d, cmnd_seller[0]);
}

// Selfies came in over years: in late 2022 most registrations had none, by 2025 nearly
// all do. A dealer of late 2022 without selfies is as its peers were then, and a team
// of that time selling SIMs to a factory's workers in one morning is not a
// pre-activation.
TEST(DetectorTest, ADealerIsJudgedByTheVerificationNormsOfItsHalfYear) {
  constexpr int64_t k2022 = 1661990400;  // 2022-09-01T00:00:00Z, after the verification era began
  Population pop;
  pop.AddBackground(600);
  // Late 2022: 20 dealers, 30 walk-ins each over four months, two in three without a selfie.
  std::vector<uint32_t> dealers_2022;
  for (int k = 0; k < 20; ++k) {
    const uint32_t dealer = pop.Dealer(absl::StrCat("DL22", 100 + k));
    dealers_2022.push_back(dealer);
    for (int i = 0; i < 30; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 352200000000000ull + k,
                          k2022 + i * 4 * kDay + k * 3600);
      if (i % 3 != 0) {
        r.has_selfie = false;
        r.face_match = std::numeric_limits<float>::quiet_NaN();
      }
    }
  }
  // One of them sells 30 SIMs from one box at a factory gate in a morning, verified as
  // its time did; the workers use them as phones.
  std::vector<uint64_t> workers;
  for (int i = 0; i < 30; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealers_2022[0], 352200000000000ull,
                        k2022 + 60 * kDay + i * 300);
    r.iccid_body = 771000000000000ull + 10 * i;
    r.face_match = 0.93f;
    if (i % 3 != 0) {
      r.has_selfie = false;
      r.face_match = std::numeric_limits<float>::quiet_NaN();
    }
    workers.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (r.registered_at < kStart) {
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kDealerWeakVerification)))
          << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kDealerOutlier))) << ExplainFor(*d, r);
    }
    if (IsOneOf(r, workers)) {
      EXPECT_FALSE(v.junk || v.non_owner) << ExplainFor(*d, r);
    }
  }
}

// A dealer's team sells a box of SIMs at a factory gate in one morning. The burst and the
// run of ICCIDs are each registration's own evidence; the dealer's profile must not count
// the same burst again as an outlying dealer.
TEST(DetectorTest, ADealersOneBurstIsNotCountedAgainAsAnOutlyingDealer) {
  Population pop;
  pop.AddBackground(1600);  // enough dealers with enough registrations for FastMCD
  const uint32_t dealer = pop.Dealer("DL0777");
  for (int i = 0; i < 30; ++i) {
    pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350777000000001ull, kStart + i * 5 * kDay);
  }
  std::vector<uint64_t> workers;
  for (int i = 0; i < 30; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350777000000001ull,
                        kStart + 200 * kDay + 7 * 3600 + i * 240);
    r.iccid_body = 772000000000000ull + 10 * i;
    r.face_match = 0.90f;
    // A third of the checks against the population database timed out.
    if (i % 3 == 0) r.popdb_check = PopdbCheck::kUnchecked;
    workers.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, workers)) continue;
    EXPECT_LT(JunkEvidenceFor(*d, r, "DEALER_OUTLIER"), 1.0) << ExplainFor(*d, r);
    if (r.popdb_check == PopdbCheck::kMatch) {
      EXPECT_FALSE(VerdictFor(*d, r).junk || VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
    }
  }
}

TEST(DetectorTest, BlockOfConsecutiveNumbersAtOneDealerIsAnMsisdnRun) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0998");
  for (int i = 0; i < 30; ++i) {
    pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350998000000003ull, kStart + i * 5 * kDay)
        .iccid_len = 0;
  }
  std::vector<uint64_t> block;
  for (int i = 0; i < 25; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350998000000003ull,
                        kStart + 200 * kDay + i * 120);
    r.carrier = Carrier::kViettel;
    r.iccid_len = 0;
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.popdb_check = PopdbCheck::kNotFound;
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    block.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, block)) continue;
    const std::string why = ExplainFor(*d, r);
    EXPECT_TRUE(VerdictFor(*d, r).junk) << why;
    EXPECT_THAT(why, HasSubstr("MSISDN_RUN"));
    EXPECT_THAT(why, Not(HasSubstr("ICCID_RUN")));
  }
}

// A dealer is a scoring unit for what becomes of its SIMs: far more of them calling out
// only than at its peers is resale, even on well-verified documents. Its SIMs in ordinary
// use are not touched.
TEST(DetectorTest, DealerWhoseSimsEndUpCallingOutOnlyIsJudgedOnThem) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0666");
  std::vector<uint64_t> spam, ordinary;
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350666000000007ull,
                        kStart + i * 3 * kDay);
    if (i % 4 != 0) {
      r.usage = {28, 900, 3, 0, 0, 700, 0, 0};  // outgoing only, to hundreds of callees
      spam.push_back(r.msisdn);
    } else {
      ordinary.push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), spam, Reason::kDealerJunkUse, "", ordinary);
}

// SMS spam is calling out only, in messages: a dealer whose SIMs end up sending SMS to
// hundreds of numbers and receiving none is judged on them as one whose SIMs call out only.
// A customer who texts a lot and is answered is not.
TEST(DetectorTest, DealerWhoseSimsEndUpSendingSmsSpamIsJudgedOnThem) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0667");
  std::vector<uint64_t> spam, ordinary;
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350667000000007ull,
                        kStart + i * 3 * kDay);
    if (i % 4 != 0) {
      r.usage = {28, 2, 1, 1500, 3, 900, 0, 0};  // SMS out to hundreds, next to none in
      spam.push_back(r.msisdn);
    } else {
      r.usage = {28, 20, 25, 1500, 900, 150, 100000, 2000};  // texts a lot, is answered
      ordinary.push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), spam, Reason::kDealerJunkUse, "", ordinary);
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, spam)) continue;
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kOutgoingOnly));
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("1500 SMS out to 900 numbers"));
  }
}

// A dealer activating tens of SIMs on its own ID, spread over weeks, for resale. A parent
// buying five SIMs for the family on one document at one shop is ordinary.
TEST(DetectorTest, DealerActivatingManySimsOnOneDocumentIsMassRegistration) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0555");
  for (int i = 0; i < 20; ++i) {
    pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350555000000009ull, kStart + i * 5 * kDay);
  }
  // The dealer, a real person with a phone and SIM of their own, activates 40 SIMs on
  // their own ID for resale: junk, and held by the buyers, not by the document's owner.
  auto agent = pop.NewPerson();
  pop.Add(agent, Channel::kEkycApp, kNoId, agent.phone, kStart);
  std::vector<uint64_t> own_id;
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.Add(agent, Channel::kAgent, dealer, 350555000000009ull,
                        kStart + 3 * kDay + i * 2 * kDay + 3600);
    r.first_use_imei = 356000000000000ull + 1000 * static_cast<uint64_t>(i);  // buyers' phones
    own_id.push_back(r.msisdn);
  }
  auto parent = pop.NewPerson();
  std::vector<uint64_t> family;
  for (int i = 0; i < 5; ++i) {
    Record& r = pop.Add(parent, Channel::kStore, kNoId, 350200000000007ull,
                        kStart + 50 * kDay + i * 60);
    r.first_use_imei = parent.phone + i;
    family.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, own_id)) {
      ExpectJunkAndNonOwner(*d, r, Reason::kIdentityMassAtPoint);
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kRealDocumentInJunk));
    } else if (IsOneOf(r, family)) {
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kIdentityMassAtPoint)));
    }
  }
}

// A collector of numbers buys one at their usual shop every month or two, eighteen over
// three years: many subscriptions on one document at one point, but never many at once.
// Mass registration for resale stocks up within weeks, as the dealer above does.
TEST(DetectorTest, ACollectorBuyingANumberNowAndThenIsNoMassRegistration) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("VT-STORE-001-77");
  for (int i = 0; i < 20; ++i) {
    pop.Add(pop.NewPerson(), Channel::kStore, shop, 350555000000010ull, kStart + i * 5 * kDay);
  }
  const Population::Person collector = pop.NewPerson();
  std::vector<uint64_t> collection;
  for (int i = 0; i < 18; ++i) {
    Record& r = pop.Add(collector, Channel::kStore, shop, 350555000000010ull,
                        kStart - 1000 * kDay + i * 60 * kDay);
    r.first_use_imei = collector.phone;
    r.usage.fill(kUnknownUsage);  // registered before usage was exported
    collection.push_back(r.msisdn);
  }
  const Population::Person agent = pop.NewPerson();
  std::vector<uint64_t> stock;
  for (int i = 0; i < 18; ++i) {
    Record& r = pop.Add(agent, Channel::kStore, shop, 350555000000010ull,
                        kStart + 200 * kDay + i * kDay);
    r.first_use_imei = 356100000000000ull + 1000 * static_cast<uint64_t>(i);  // buyers' phones
    stock.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, collection)) {
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kIdentityMassAtPoint))) << ExplainFor(*d, r);
      EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    } else if (IsOneOf(r, stock)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kIdentityMassAtPoint)) << ExplainFor(*d, r);
    }
  }
}

// A dealer registers a block of consecutive kits to fabricated identities, one a day: no
// burst, no run within the hour. The block, the unit a dealer pre-activates, is judged by
// how its identities were verified. The dealer's next block, sold to walk-ins who verify
// well, is ordinary.
TEST(DetectorTest, SlowlyRegisteredBlockOfWeakKitsIsPreactivated) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0444");
  std::vector<uint64_t> weak_block, good_block;
  for (int i = 0; i < 24; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350444000000001ull,
                        kStart + 20 * kDay + i * kDay + 5 * 3600);
    r.iccid_body = 444000000000000ull + 10 * static_cast<uint64_t>(i);
    r.face_match = 0.55f;
    if (i % 4 != 0) {  // every fourth one is unchecked, and weakly verified only by its face
      r.popdb_check = PopdbCheck::kNotFound;
      weak_block.push_back(r.msisdn);
    } else {
      r.popdb_check = PopdbCheck::kUnchecked;
    }
    Record& g = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350444000000001ull,
                        kStart + 20 * kDay + i * kDay + 9 * 3600);
    g.iccid_body = 445000000000000ull + 10 * static_cast<uint64_t>(i);
    good_block.push_back(g.msisdn);
  }
  auto d = pop.Run();
  int junk = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, weak_block)) {
      junk += v.junk;
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kStockBlockWeakVerification))
          << ExplainFor(*d, r);
    } else if (IsOneOf(r, good_block)) {
      ExpectNotFlagged(*d, r);
    }
  }
  EXPECT_EQ(junk, 18);
}

// A dealer sells a block of kits, one a day, on leaked documents: every registration
// passes the population-database check, but each SIM went to someone else. Half were
// registered with the ID photo held to the camera and never used; half with a good
// match, then used to receive OTPs in a phone the document's holder never used. The
// dealer's other block, sold to walk-in customers, is ordinary.
TEST(DetectorTest, SlowlySoldBlockOfKitsOnLeakedDocumentsIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0445");
  std::vector<uint64_t> sold_on, walk_ins;
  for (int i = 0; i < 20; ++i) {
    const auto victim = pop.NewPerson();
    pop.Add(victim, Channel::kAgent, pop.Dealer("DL0105"), 350100000000105ull,
            kStart + i * kDay);
    Record& r = pop.Add(victim, Channel::kAgent, dealer, 350445000000001ull,
                        kStart + 60 * kDay + i * kDay + 5 * 3600);
    r.iccid_body = 446000000000000ull + 10 * static_cast<uint64_t>(i);
    r.first_use_imei = 356445000000000ull + 7919 * static_cast<uint64_t>(i);
    if (i % 2 == 0) {
      r.face_match = 0.80f;  // the ID photo held to the camera
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      r.first_use_imei = 0;
    } else {
      r.usage = {12, 0, 0, 0, 90, 0, 0, 0};  // receiving OTPs only
    }
    sold_on.push_back(r.msisdn);
    Record& g = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350445000000001ull,
                        kStart + 60 * kDay + i * kDay + 9 * 3600);
    g.iccid_body = 447000000000000ull + 10 * static_cast<uint64_t>(i);
    walk_ins.push_back(g.msisdn);
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), sold_on, Reason::kStockBlockSoldOn,
                     "share going to someone else than the document", walk_ins);
}

// The box's next three kits (`next` on), sold to walk-in customers on three days from
// day 80: one seen by its face match, one without a face match whose next kit is a
// walk-in's, and that one. `kit(person, i, when)` registers the box's i-th kit; returns
// their MSISDNs.
template <typename Kit>
std::vector<uint64_t> SellToWalkIns(Population& pop, Kit kit, int next) {
  std::vector<uint64_t> walk_ins;
  walk_ins.push_back(kit(pop.NewPerson(), next, kStart + 80 * kDay).msisdn);
  Record& unseen = kit(pop.NewPerson(), next + 1, kStart + 81 * kDay);
  unseen.face_match = std::numeric_limits<float>::quiet_NaN();
  walk_ins.push_back(unseen.msisdn);
  walk_ins.push_back(kit(pop.NewPerson(), next + 2, kStart + 82 * kDay).msisdn);
  return walk_ins;
}

// A dealer pre-activates a stretch of a box of kits on leaked documents, one every half
// day; two of them were exported without a face match or usage, so they look clean
// alone, and one is a fabricated document carrying its presenter's photo (a good face
// match, not found in the population database). Sandwiched between junk kits, they are
// junk too. The box's next kits went to walk-in customers weeks later: one seen by its
// face match, and one without a face match whose next kit is a walk-in's; neither is
// touched.
TEST(DetectorTest, CleanLookingKitsInsideAPreactivatedStretchOfStockAreJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0446");
  const uint64_t tablet = 350446000000001ull;
  std::vector<uint64_t> hidden;
  auto kit = [&](const Population::Person& p, int i, int64_t when) -> Record& {
    Record& r = pop.Add(p, Channel::kAgent, dealer, tablet, when);
    r.iccid_body = 448000000000000ull + 10 * static_cast<uint64_t>(i);
    return r;
  };
  for (int i = 0; i < 20; ++i) {
    const auto victim = pop.NewPerson();
    if (i != 10) {  // the victim's own SIM (none for the fabricated document)
      pop.Add(victim, Channel::kAgent, pop.Dealer("DL0106"), 350100000000106ull,
              kStart + i * kDay);
    }
    Record& r = kit(victim, i, kStart + 60 * kDay + i * kDay / 2);
    r.first_use_imei = 0;
    if (i == 7 || i == 13) {  // exported without a face match or usage
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      r.usage.fill(kUnknownUsage);
      hidden.push_back(r.msisdn);
    } else if (i == 10) {  // a fabricated document with its presenter's photo
      r.popdb_check = PopdbCheck::kNotFound;
      r.face_match = 0.95f;
      r.usage = {25, 40, 30, 10, 12, 15, 100000, 2000};
      hidden.push_back(r.msisdn);
    } else {
      r.face_match = 0.30f;  // another face than the document's
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    }
  }
  const std::vector<uint64_t> walk_ins = SellToWalkIns(pop, kit, 20);
  auto d = pop.Run();
  ExpectHiddenKitsJunkAndWalkInsUntouched(*d, pop.batch(), hidden,
                                          "the kits on either side of this one", walk_ins);
}

// A dealer pre-activates every other kit of a box on fabricated documents (the kits
// between went to another point and are not in the batch). Two kits of the stretch are
// on real persons' documents and were exported without a face match or usage: alone they
// look clean, and no two consecutive kits hold them, yet they lie inside the stretch. The
// box's next kits went to walk-in customers weeks later, and are not touched.
TEST(DetectorTest, AStretchOfStockWithKitsMissingFromTheBatchIsStillOneStretch) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0448");
  const uint64_t tablet = 350448000000001ull;
  auto kit = [&](const Population::Person& p, int i, int64_t when) -> Record& {
    Record& r = pop.Add(p, Channel::kAgent, dealer, tablet, when);
    r.iccid_body = 449000000000000ull + 10 * static_cast<uint64_t>(2 * i);
    return r;
  };
  std::vector<uint64_t> hidden;
  for (int i = 0; i < 16; ++i) {
    const auto holder = pop.NewPerson();
    Record& r = kit(holder, i, kStart + 60 * kDay + i * kDay / 2);
    r.first_use_imei = 0;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    if (i == 5 || i == 10) {  // a real person's document, exported without usage
      pop.Add(holder, Channel::kAgent, pop.Dealer("DL0108"), 350100000000108ull,
              kStart + i * kDay);  // the holder's own SIM
      r.usage.fill(kUnknownUsage);
      hidden.push_back(r.msisdn);
    } else {  // fabricated: not in the population database, never used
      r.popdb_check = PopdbCheck::kNotFound;
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    }
  }
  const std::vector<uint64_t> walk_ins = SellToWalkIns(pop, kit, 16);
  auto d = pop.Run();
  ASSERT_EQ(hidden.size(), 2u);
  ExpectHiddenKitsJunkAndWalkInsUntouched(*d, pop.batch(), hidden, "neighbours at most 4 apart",
                                          walk_ins);
}

// A dealer that sells a few kits a day pre-activates a stretch of a box in one sitting,
// a kit every three minutes, on leaked documents. Six of them were exported without a
// face match or usage and look clean alone; each has a clean-looking kit beside it, so
// the kits on either side are not both JUNK, but most of the kits registered within the
// hour around it are. They are junk too, and the burst counts for them. A walk-in served
// in the middle of the sitting, seen by their face match, and the box's next kit sold
// to a walk-in the next day are not touched.
TEST(DetectorTest, CleanLookingKitsRegisteredInAPreactivationSittingAreJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0447");
  const uint64_t tablet = 350447000000001ull;
  for (int day = 0; day < 40; ++day) {  // the dealer's ordinary sales, from other stock
    for (int k = 0; k < 3; ++k) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, tablet,
                          kStart + day * kDay + (9 + 3 * k) * 3600);
      r.iccid_body = 447500000000000ull + 10 * static_cast<uint64_t>(day * 3 + k);
    }
  }
  auto kit = [&](const Population::Person& p, int i, int64_t when) -> Record& {
    Record& r = pop.Add(p, Channel::kAgent, dealer, tablet, when);
    r.iccid_body = 447000000000000ull + 10 * static_cast<uint64_t>(i);
    return r;
  };
  const int64_t sitting = kStart + 45 * kDay + 14 * 3600;
  std::vector<uint64_t> hidden, walk_ins;
  for (int i = 0; i < 18; ++i) {
    if (i == 6) {  // a walk-in, there in person
      walk_ins.push_back(kit(pop.NewPerson(), i, sitting + i * 180).msisdn);
      continue;
    }
    const auto victim = pop.NewPerson();
    pop.Add(victim, Channel::kAgent, pop.Dealer("DL0107"), 350100000000107ull,
            kStart + i * kDay);  // the victim's own SIM
    Record& r = kit(victim, i, sitting + i * 180);
    r.first_use_imei = 0;
    if (i % 6 == 2 || i % 6 == 3) {  // exported without a face match or usage
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      r.usage.fill(kUnknownUsage);
      hidden.push_back(r.msisdn);
    } else {
      r.face_match = 0.30f;  // another face than the document's
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    }
  }
  walk_ins.push_back(kit(pop.NewPerson(), 18, sitting + kDay).msisdn);
  auto d = pop.Run();
  ASSERT_EQ(hidden.size(), 6u);
  ExpectHiddenKitsJunkAndWalkInsUntouched(*d, pop.batch(), hidden,
                                          "registered within 60 min of this one", walk_ins);
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, hidden)) continue;
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kDealerBurst)) << ExplainFor(*d, r);
  }
}

TEST(DetectorTest, BusyShopTabletWithVerifiedWalkInsIsNotFlagged) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("VT-STORE-079-01");
  for (int i = 0; i < 500; ++i) {
    auto p = pop.NewPerson();
    // 25 walk-ins a day, every day, on one tablet, consecutive ICCIDs from the shop's stock.
    Record& r = pop.Add(p, Channel::kStore, shop, 350555000000003ull,
                        kStart + (i / 25) * kDay + 8 * 3600 + (i % 25) * 1200);
    r.iccid_body = 777000000000000ull + 10 * i;
  }
  auto d = pop.Run();
  EXPECT_EQ(CountFlagged(*d), 0);
}

TEST(DetectorTest, ARunThatIsAShopsDailyRoutineWeighsLessThanADealersOneOffRun) {
  Population pop;
  pop.AddBackground(600);
  // The busy shop: 25 walk-ins a day, every day, from consecutive stock.
  const uint32_t shop = pop.Dealer("VT-STORE-079-02");
  Record shop_customer;
  for (int i = 0; i < 500; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kStore, shop, 350555000000004ull,
                        kStart + (i / 25) * kDay + 8 * 3600 + (i % 25) * 1200);
    r.iccid_body = 777000000000000ull + 10 * i;
    if (i == 260) {
      r.face_match = 0.62f;  // an old photo, bad light
      shop_customer = r;
    }
  }
  // A dealer selling a few SIMs a week, out of order, then once 25 consecutive ICCIDs
  // in 25 hours.
  const uint32_t dealer = pop.Dealer("DL0888");
  Record dealer_customer;
  for (int i = 0; i < 60; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350888000000001ull, kStart + i * 3 * kDay);
    r.iccid_body = 888000000000000ull + 1000 * i;
  }
  for (int i = 0; i < 25; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350888000000001ull,
                        kStart + 100 * kDay + 1800 + i * 3600);
    r.iccid_body = 889000000000000ull + 10 * i;
    if (i == 12) {
      r.face_match = 0.62f;
      dealer_customer = r;
    }
  }
  auto d = pop.Run();
  const Verdict& at_shop = VerdictFor(*d, shop_customer);
  const Verdict& at_dealer = VerdictFor(*d, dealer_customer);
  EXPECT_FALSE(at_shop.junk) << ExplainFor(*d, shop_customer);
  EXPECT_LT(at_shop.junk_score, 0.5f * at_dealer.junk_score)
      << ExplainFor(*d, shop_customer) << "\n"
      << ExplainFor(*d, dealer_customer);
}

// A city shop registers a walk-in every three minutes, eight hours a day, from
// consecutive stock. Each hour of it holds twenty customers, far more than the hour of
// the forty small shops around it, but it is the shop's ordinary hour, and the shop is
// judged against shops as busy as itself: a customer served without a selfie is no
// burst's member. The same registration inside a small dealer's one-off hour of twenty
// consecutive kits is.
TEST(DetectorTest, ABusyShopsOrdinaryHourIsJudgedAgainstShopsAsBusy) {
  Population pop;
  pop.AddBackground(600);
  auto weak = [](Record& r) {
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.popdb_check = PopdbCheck::kUnchecked;
    r.usage = {25, 40, 30, 10, 15, 20, 0, 3000};  // used as a phone, no top-up yet
  };
  for (int shop = 0; shop < 40; ++shop) {
    const uint32_t point = pop.Dealer(absl::StrCat("VT-STORE-002-", shop));
    for (int i = 0; i < 60; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kStore, point, 350558000000000ull + shop,
                          kStart + static_cast<int64_t>(pop.rng().Below(300 * kDay)));
      r.iccid_body = 100000000000000ull + pop.rng().Below(900000000000000ull);
    }
  }
  const uint32_t busy = pop.Dealer("VT-STORE-001-01");
  Record at_shop;
  for (int i = 0; i < 800; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kStore, busy, 350557000000001ull,
                        kStart + (i / 160) * kDay + 8 * 3600 + (i % 160) * 180);
    r.iccid_body = 660000000000000ull + 10 * i;
    if (i == 400) {
      weak(r);
      at_shop = r;
    }
  }
  const uint32_t dealer = pop.Dealer("DL0889");
  for (int i = 0; i < 60; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350889000000001ull,
                        kStart + i * 3 * kDay);
    r.iccid_body = 890000000000000ull + 1000 * i;
  }
  Record at_dealer;
  for (int i = 0; i < 20; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350889000000001ull,
                        kStart + 200 * kDay + i * 180);
    r.iccid_body = 891000000000000ull + 10 * i;
    if (i == 10) {
      weak(r);
      at_dealer = r;
    }
  }
  auto d = pop.Run();
  EXPECT_FALSE(VerdictFor(*d, at_shop).junk) << ExplainFor(*d, at_shop);
  EXPECT_TRUE(VerdictFor(*d, at_dealer).junk) << ExplainFor(*d, at_dealer);
}

// A promotion day: a shop that sells a few SIMs a week registers 150 walk-ins in eight
// hours, from consecutive stock. They are real people, photographed, their documents
// checked, and their face matches spread as the town's customers' do: among so many, some
// match their ID photos less well than most. That is chance, not the day: a burst's
// members are junk only where the burst is weak throughout, as a dealer's morning of
// pre-activation on documents without faces is.
TEST(DetectorTest, APromotionDaysWalkInsWithPoorerMatchesAreNotJunk) {
  Population pop;
  pop.AddBackground(600);
  auto town_match = [&pop] {
    return 0.70f + 0.28f * static_cast<float>(pop.rng().Below(1000)) / 1000.0f;
  };
  for (int other = 0; other < 40; ++other) {  // the town's other shops
    const uint32_t point = pop.Dealer(absl::StrCat("VT-STORE-040-", 100 + other));
    for (int i = 0; i < 60; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kStore, point, 350560000000000ull + other,
                          kStart + static_cast<int64_t>(pop.rng().Below(300 * kDay)));
      r.iccid_body = 100000000000000ull + pop.rng().Below(900000000000000ull);
      r.face_match = town_match();
    }
  }
  const uint32_t shop = pop.Dealer("VT-STORE-040-09");
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kStore, shop, 350559000000001ull,
                        kStart + i * 5 * kDay);
    r.iccid_body = 559000000000000ull + 1000 * i;
    r.face_match = town_match();
  }
  std::vector<uint64_t> walk_ins;
  for (int i = 0; i < 150; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kStore, shop, 350559000000001ull,
                        kStart + 210 * kDay + 8 * 3600 + i * 192);
    r.iccid_body = 560000000000000ull + 10 * i;
    r.face_match = town_match();
    walk_ins.push_back(r.msisdn);
  }
  pop.AddFabricatedBurst(pop.Dealer("DL0890"), 350890000000001ull, kStart + 220 * kDay,
                         890500000000000ull, 20);
  auto d = pop.Run();
  int with_low_match = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, walk_ins)) {
      with_low_match += NonOwnerEvidenceFor(*d, r, "LOW_FACE_MATCH") > 0 ||
                        JunkEvidenceFor(*d, r, "LOW_FACE_MATCH") > 0;
      EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    } else if (r.agent == pop.Dealer("DL0890")) {
      EXPECT_TRUE(v.junk) << ExplainFor(*d, r);
    }
  }
  EXPECT_GE(with_low_match, 5);  // some match less well than most
}

// A promotion: a dealer that sells a SIM a day registers 40 customers in half an hour,
// each photographed, matching their ID photos, their documents checked. A quarter leave
// the new SIM in a drawer. Unused SIMs corroborate only a burst that is weak throughout,
// which this one is not: the burst is no evidence against them. SIMs in farm use (OTP
// sinks) corroborate any burst.
TEST(DetectorTest, UnusedSimsCorroborateOnlyABurstThatIsWeakThroughout) {
  Population pop;
  pop.AddBackground(800);
  int k = 0;
  for (Record& r : pop.batch().records) {  // one customer in twenty never uses the SIM
    if (++k % 20 == 0) {
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      r.first_use_imei = 0;
    }
  }
  // Returns the promotion's every fourth registration, used as `usage` says.
  auto promotion = [&pop](const std::string& code, uint64_t device, uint64_t iccid_base,
                          const std::array<int32_t, 8>& usage) {
    const uint32_t dealer = pop.Dealer(code);
    for (int i = 0; i < 300; ++i) {
      pop.Add(pop.NewPerson(), Channel::kAgent, dealer, device, kStart + i * kDay + 3 * 3600);
    }
    std::vector<Record> out;
    for (int i = 0; i < 40; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, device,
                          kStart + 150 * kDay + 6 * 3600 + i * 40);
      r.iccid_body = iccid_base + 10 * i;
      if (i % 4 == 0) {
        r.usage = usage;
        if (usage[0] == 0) r.first_use_imei = 0;
        out.push_back(r);
      }
    }
    return out;
  };
  const std::vector<Record> unused =
      promotion("DL0555", 350555000000001ull, 555000000000000ull, {0, 0, 0, 0, 0, 0, 0, 0});
  const std::vector<Record> farmed =
      promotion("DL0556", 350556000000001ull, 556000000000000ull, {12, 0, 0, 0, 240, 0, 0, 0});
  auto d = pop.Run();
  for (const Record& r : unused) {
    EXPECT_FALSE(VerdictFor(*d, r).junk) << ExplainFor(*d, r);
    EXPECT_EQ(JunkEvidenceFor(*d, r, "DEALER_BURST"), 0.0) << ExplainFor(*d, r);
  }
  for (const Record& r : farmed) {
    EXPECT_GT(JunkEvidenceFor(*d, r, "DEALER_BURST"), 0.0) << ExplainFor(*d, r);
  }
}

// A dealer's shop hands out its stock in order to a steady stream of walk-ins on a market
// day, one every 20 minutes for eight hours, after months of ordinary sales. The day's 24
// kits form one chain, but a sale's run counts only the kits within the hour either side
// of it: 7 for a customer whose typed data failed the popdb check that day, against 24
// for the same registration inside 24 kits registered in 40 minutes, which is junk at an
// agent. (At a carrier's own point the point's record weighs half:
// ACarriersOwnPointsRecordWeighsHalfOfAnAgents.)
TEST(DetectorTest, AShopsSteadyStreamOfWalkInsFromStockIsNotOneLongRun) {
  Population pop;
  pop.AddBackground(600);
  auto add_day = [&pop](const std::string& code, uint64_t iccid_base, int64_t spacing) {
    const uint32_t point = pop.Dealer(code);
    const uint64_t tablet = 350556000000000ull + iccid_base % 1000;
    for (int i = 0; i < 60; ++i) {  // months of ordinary sales, out of order
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, point, tablet, kStart + i * 2 * kDay);
      r.iccid_body = iccid_base + 100000 + 1000 * static_cast<uint64_t>(i);
    }
    Record typo;
    for (int i = 0; i < 24; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, point, tablet,
                          kStart + 150 * kDay + 8 * 3600 + i * spacing);
      r.iccid_body = iccid_base + 10 * static_cast<uint64_t>(i);
      if (i == 12) {
        r.popdb_check = PopdbCheck::kMismatch;
        r.face_match = std::numeric_limits<float>::quiet_NaN();
        typo = r;
      }
    }
    return typo;
  };
  const Record walk_in = add_day("VTDL079003", 556000000000000ull, 1200);
  const Record preactivated = add_day("VTDL079004", 557000000000000ull, 100);
  auto d = pop.Run();
  EXPECT_THAT(ExplainFor(*d, walk_in), HasSubstr("different identities, 7 sales of them"));
  EXPECT_THAT(ExplainFor(*d, preactivated), HasSubstr("different identities, 24 sales of them"));
  EXPECT_TRUE(VerdictFor(*d, preactivated).junk) << ExplainFor(*d, preactivated);
}

// A dealer pre-activating its stock puts two to five consecutive kits on each of twelve
// leaked documents, a kit every 90 s, without selfies, and none is used. Kits on one document next to each other are
// one sale, not the end of the run: the stretch is one run through twelve identities.
TEST(DetectorTest, APreactivationPuttingSeveralKitsOnEachDocumentIsStillOneRun) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0557");
  const uint64_t tablet = 350557000000001ull, base = 558000000000000ull;
  for (int i = 0; i < 60; ++i) {  // months of ordinary sales
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, tablet, kStart + i * 2 * kDay);
    r.iccid_body = base + 100000 + 1000 * static_cast<uint64_t>(i);
  }
  std::vector<uint64_t> kits;
  for (int doc = 0, kit = 0; doc < 12; ++doc) {
    const Population::Person leaked = pop.NewPerson();
    for (int k = 0; k < 2 + doc % 4; ++k, ++kit) {
      Record& r = pop.Add(leaked, Channel::kAgent, dealer, tablet,
                          kStart + 150 * kDay + 3600 + kit * 90);
      r.iccid_body = base + 10 * static_cast<uint64_t>(kit);
      r.has_selfie = false;  // nobody at the counter
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      r.first_use_imei = 0;
      r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      kits.push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  int in_run = 0;
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, kits)) continue;
    EXPECT_GT(JunkEvidenceFor(*d, r, "ICCID_RUN"), 0.0) << ExplainFor(*d, r);
    in_run += ExplainFor(*d, r).find("different identities, 12 sales of them") != std::string::npos;
  }
  EXPECT_EQ(kits.size(), 42u);
  EXPECT_GT(in_run, 0);
}

TEST(DetectorTest, FamilyRegisteringRelativesOnOnePhoneIsNotFlagged) {
  Population pop;
  pop.AddBackground(600);
  pop.AddFamilies(20);
  auto d = pop.Run();
  EXPECT_EQ(CountFlagged(*d), 0);
}

// A family registers its members' SIMs on one phone, each member showing their own face,
// and activates them all in the family's tablet before the members take them to their
// phones. The tablet carries four identities' SIMs, as a SIM box does, but most of its
// SIMs are used as persons' phones (calls out and in, topped up) and each registration
// shows its holder: it is no SIM box. An operator activating victims' SIMs in one device
// with the same use, presenting other faces, still is.
// Cheap handsets of one model often all report one cloned IMEI. Sixty people bought
// one, months apart, and registered their SIMs at their own dealers, some matching their
// ID photos less well than most; they call and are called like anyone, though none
// topped up in the first month. The IMEI is many people's phones, not a SIM box. A farm
// whose SIMs make a few calls to look human but receive SMS by the dozen (one-time codes)
// is still judged as one.
TEST(DetectorTest, PhonesSharingAClonedImeiAreNoSimBox) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> cloned, farm;
  for (int i = 0; i < 60; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer(absl::StrCat("DL-", i)),
                        351000000000000ull + 7 * i, kStart + i * 3 * kDay);
    r.first_use_imei = 356363366815795ull;
    r.usage = {18, 10, 14, 3, 6, 4, 0, 20};
    cloned.push_back(r.msisdn);
  }
  for (int i = 0; i < 12; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer(absl::StrCat("DL-F", i % 3)),
                        352000000000000ull + i % 3, kStart + 100 * kDay + i * 2 * kDay);
    r.first_use_imei = 357000000000001ull;
    r.usage = {25, 3, 2, 1, 90, 2, 0, 50};
    farm.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, cloned)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSimBox))) << ExplainFor(*d, r);
    } else if (IsOneOf(r, farm)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSimBox)) << ExplainFor(*d, r);
    }
  }
}

TEST(DetectorTest, AFamilysActivationDeviceWhoseSimsAreUsedAsPhonesIsNoSimBox) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> family, ring;
  for (int k = 0; k < 10; ++k) {
    const uint64_t phone = 359400000000000ull + 1000 * k;
    const uint64_t tablet = 359500000000000ull + 7919 * k;
    for (int i = 0; i < 4; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kEkycApp, kNoId, phone,
                          kStart + k * 20 * kDay + i * 7 * kDay);
      r.face_match = 0.95f;  // the member's own face, as well as most match
      r.first_use_imei = tablet;
      family.push_back(r.msisdn);
    }
  }
  for (int i = 0; i < 8; ++i) {
    Record& r = pop.AddRingVictim(359600000000000ull, i, kDay);
    r.selfie_hash = pop.Capture(pop.NewPerson().face);  // nobody's on the documents
    r.face_match = 0.50f;
    r.first_use_imei = 359700000000000ull;
    ring.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, family)) {
      ExpectNotFlagged(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSimBox))) << ExplainFor(*d, r);
    } else if (IsOneOf(r, ring)) {
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSimBox)) << ExplainFor(*d, r);
    }
  }
}

// A shop's phone in which the shop activates a walk-in's SIM now and then carries the SIMs
// of dozens of identities over the years, a few in any season; the SIMs go on to be used
// as their holders' phones. It is judged by those few, as no SIM box. A busier shop tests
// every walk-in's SIM in its phone, a dozen identities a month, but one or two at a time:
// its SIMs, used as phones, went on to their holders too. A device that took a dozen
// identities' SIMs within a month in sittings, as a farm is stocked, is judged as a SIM
// box however the SIMs are used.
TEST(DetectorTest, AShopPhoneThatActivatesAWalkInsSimNowAndThenIsNoSimBox) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("DL0555");
  const uint64_t shop_phone = 359550000000001ull, test_phone = 359550000000002ull,
                 box = 359560000000001ull;
  std::vector<uint64_t> walk_ins, boxed;
  auto walk_in = [&](int64_t when, uint64_t first_use) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, shop, 350555000000001ull, when);
    r.has_selfie = false;  // before selfies were asked for
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.first_use_imei = first_use;
    return r.msisdn;
  };
  for (int i = 0; i < 30; ++i) {
    walk_ins.push_back(walk_in(kStart - 1900 * kDay + i * 60 * kDay, shop_phone));
  }
  for (int i = 0; i < 30; ++i) {  // a walk-in a day, two on Sundays, two hours apart
    walk_ins.push_back(walk_in(kStart - 400 * kDay + i * kDay, test_phone));
    if (i % 7 == 6) walk_ins.push_back(walk_in(kStart - 400 * kDay + i * kDay + 7200, test_phone));
  }
  for (int i = 0; i < 12; ++i) {  // two sittings of six
    boxed.push_back(walk_in(kStart + 200 * kDay + (i / 6) * 14 * kDay + (i % 6) * 300, box));
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, walk_ins)) {
      ExpectNotFlagged(*d, r);
      EXPECT_LT(JunkEvidenceFor(*d, r, "SIM_BOX"), 2.0) << ExplainFor(*d, r);
    } else if (IsOneOf(r, boxed)) {
      EXPECT_GT(JunkEvidenceFor(*d, r, "SIM_BOX"), 4.0) << ExplainFor(*d, r);
    }
  }
}

// A dealer tries each walk-in's new SIM in its own test phone before handing it over:
// over forty days forty-two customers' SIMs pass through it, one or two a day, all at that
// dealer, and those whose use is reported are used as phones. The latest customers' use
// is not reported yet, and some matched their document photos less well than most (but
// not among the lowest tenth): each is judged by what it shows, and none is a SIM box's.
// A SIM of the same phone whose registration failed the population-database check still
// carries the phone's SIM-box evidence, and so does one matched as the latest were that
// lies idle.
TEST(DetectorTest, AShopsTestPhoneJudgesEachWalkInsSimByWhatItShows) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("DL0556");
  const uint64_t tablet = 350556000000001ull, test_phone = 359556000000002ull;
  std::vector<uint64_t> used, not_yet, weak, idle;
  auto walk_in = [&](int day, int64_t hour) -> Record& {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, shop, tablet,
                        kStart + day * kDay + hour * 3600);
    r.first_use_imei = test_phone;
    return r;
  };
  for (int day = 0; day < 40; ++day) {
    Record& r = walk_in(day, 10);
    if (day < 30) {
      used.push_back(r.msisdn);
    } else {
      r.usage = Record().usage;  // registered too recently for its 30 days to be reported
      r.face_match = 0.865f;     // below most customers' matches, above their lowest tenth
      not_yet.push_back(r.msisdn);
    }
  }
  {
    Record& r = walk_in(38, 16);
    r.usage = Record().usage;
    r.popdb_check = PopdbCheck::kMismatch;
    weak.push_back(r.msisdn);
  }
  {
    Record& r = walk_in(39, 16);
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    r.face_match = 0.865f;
    idle.push_back(r.msisdn);
  }
  auto d = pop.Run();
  int judged = 0;
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, used) || IsOneOf(r, not_yet)) {
      ++judged;
      ExpectNotFlagged(*d, r);
      EXPECT_EQ(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    } else if (IsOneOf(r, weak) || IsOneOf(r, idle)) {
      ++judged;
      EXPECT_GT(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    }
  }
  EXPECT_EQ(judged, 42);
}

// A shop that sells three carriers' SIMs holds an agent code from each and registers
// them all on its one tablet; it tries each walk-in's new SIM in its test phone, one a
// day. Its three codes are one shop, so the phone is the shop's own: the latest
// walk-ins' SIMs, whose use is not reported yet, are judged by what they show, and none
// is a SIM box's. Two codes of one carrier whose registrations share a device (a
// courier's handheld, a placeholder IMEI) are not one shop: a second phone fed the same
// way through them still carries the SIM-box evidence.
TEST(DetectorTest, AShopSellingSeveralCarriersSimsIsOneShopForItsTestPhone) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t codes[3] = {pop.Dealer("DL0561"), pop.Dealer("DL0562"), pop.Dealer("DL0563")};
  const uint32_t same_carrier[2] = {pop.Dealer("DL0571"), pop.Dealer("DL0572")};
  const uint64_t tablet = 350561000000001ull, test_phone = 359561000000002ull;
  const uint64_t handheld = 350571000000001ull, other_phone = 359571000000002ull;
  std::vector<uint64_t> shop_not_yet, other_not_yet;
  auto walk_in = [&](uint32_t code, Carrier carrier, uint64_t device, uint64_t phone, int day,
                     bool reported) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, code, device,
                        kStart + day * kDay + 10 * 3600);
    r.carrier = carrier;
    r.first_use_imei = phone;
    if (!reported) {
      r.usage = Record().usage;  // registered too recently for its 30 days to be reported
      r.face_match = 0.865f;     // below most customers' matches, above their lowest tenth
    }
    return r.msisdn;
  };
  for (int day = 0; day < 40; ++day) {
    const uint64_t m = walk_in(codes[day % 3], static_cast<Carrier>(day % 3), tablet,
                               test_phone, day, day < 30);
    if (day >= 30) shop_not_yet.push_back(m);
    const uint64_t o = walk_in(same_carrier[day % 2], static_cast<Carrier>(0), handheld,
                               other_phone, day, day < 30);
    if (day >= 30) other_not_yet.push_back(o);
  }
  auto d = pop.Run();
  int judged = 0;
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, shop_not_yet)) {
      ++judged;
      ExpectNotFlagged(*d, r);
      EXPECT_EQ(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    } else if (IsOneOf(r, other_not_yet)) {
      ++judged;
      EXPECT_GT(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    }
  }
  EXPECT_EQ(judged, 20);
}

// A face-match score is the comparison of a selfie with the document's photo: a
// registration that carries one took a selfie, whether or not the carrier's export
// includes its hash (some carriers add the hash column only from a later date). A booth
// that registers a morning's students from consecutive stock, each compared with their
// photo, is no block of registrations without biometrics. The same morning at another
// booth with neither a hash nor a score still is.
TEST(DetectorTest, AFaceMatchScoreShowsASelfieWasTakenWithoutItsHash) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t booth = pop.Dealer("DL0620"), other = pop.Dealer("DL0621");
  std::vector<uint64_t> scored, bare;
  for (int i = 0; i < 30; ++i) {
    for (const uint32_t point : {booth, other}) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, point, 350620000000001ull + point,
                          kStart + 200 * kDay + i * 300);
      r.has_selfie = false;
      r.iccid_body = 100620000000000ull + 1000000ull * point + 10 * i;
      if (point == booth) {
        scored.push_back(r.msisdn);  // its face match (0.85-0.95) stays
      } else {
        r.face_match = std::numeric_limits<float>::quiet_NaN();
        bare.push_back(r.msisdn);
      }
    }
  }
  auto d = pop.Run();
  int judged = 0;
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, scored)) {
      ++judged;
      ExpectNotFlagged(*d, r);
      EXPECT_EQ(JunkEvidenceFor(*d, r, "NO_BIOMETRICS"), 0.0) << ExplainFor(*d, r);
    } else if (IsOneOf(r, bare)) {
      ++judged;
      EXPECT_GT(JunkEvidenceFor(*d, r, "NO_BIOMETRICS"), 0.0) << ExplainFor(*d, r);
    }
  }
  EXPECT_EQ(judged, 60);
}

// A family buys its SIMs together at an agent, one for each member, and the head
// activates them all in the head's own phone before handing them out: five identities'
// SIMs in one phone within the hour, which is a SIM box's shape. Each member presents
// themselves, the head with an ordinary match and the others (a child, a grandparent)
// with poorer ones, and every SIM goes on to be used as a phone, or its use is not
// reported at all. None is a SIM box's.
// The same sitting still carries the SIM-box evidence where it is no family's: seven
// identities (more than household_max_persons), a second SIM on one document, a SIM that
// lies idle, or nobody among them matching their photo as most customers do.
TEST(DetectorTest, AFamilysNewSimsActivatedInTheHeadsPhoneAreNoSimBox) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t agent = pop.Dealer("DL0610");
  const uint64_t tablet = 350610000000001ull;
  int sitting = 0;
  std::vector<uint64_t> family, not_family;
  // One sitting of `members` identities, 10 minutes apart, first used in the first
  // member's phone; `edit(k, record)` adjusts the k-th registration.
  auto sit = [&](int members, std::vector<uint64_t>* out, auto edit) {
    const int64_t t0 = kStart + (sitting++) * 3 * kDay;
    Population::Person head = pop.NewPerson();
    for (int k = 0; k < members; ++k) {
      const Population::Person p = k == 0 ? head : pop.NewPerson();
      Record& r = pop.Add(p, Channel::kAgent, agent, tablet, t0 + k * 600);
      r.first_use_imei = head.phone;
      r.face_match = k == 0 ? 0.93f : 0.80f;  // below most customers' matches
      edit(k, r);
      if (k > 0) out->push_back(r.msisdn);  // the members judged by the exemption
    }
  };
  auto none = [](int, Record&) {};
  sit(5, &family, none);
  sit(4, &family, none);
  sit(3, &family, [](int, Record& r) { r.usage = Record().usage; });  // a carrier reporting none
  sit(7, &not_family, none);
  sit(5, &not_family, [&](int k, Record& r) {
    if (k == 4) r.id_key = pop.batch().records[r.line - 3].id_key;  // the previous member's
  });
  sit(5, &not_family, [](int k, Record& r) {
    if (k == 2) r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
  });
  sit(5, &not_family, [](int, Record& r) { r.face_match = 0.80f; });
  auto d = pop.Run();
  int judged = 0;
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, family)) {
      ++judged;
      ExpectNotFlagged(*d, r);
      EXPECT_EQ(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    } else if (IsOneOf(r, not_family) && r.usage[0] != 0) {
      ++judged;
      EXPECT_GT(JunkEvidenceFor(*d, r, "SIM_BOX"), 0.0) << ExplainFor(*d, r);
    }
  }
  EXPECT_EQ(judged, 4 + 3 + 2 + 6 + 4 + 3 + 4);
}

// A courier who delivers SIMs ordered online registers each customer on the courier's
// phone: over six years it registers thirty identities, a few in any season, whose SIMs
// are used in the customers' own phones. It is no presenter behind them. A ring that
// registers a dozen victims on one phone within a fortnight still is.
TEST(DetectorTest, ACourierPhoneServingCustomersOverTheYearsIsNoPresenter) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t courier = 359570000000001ull, ring_phone = 359580000000001ull;
  std::vector<uint64_t> customers, ring;
  for (int i = 0; i < 30; ++i) {
    const Population::Person p = pop.NewPerson();
    pop.Add(p, Channel::kAgent, pop.Dealer("DL0101"), 350100000000101ull,
            kStart - 2000 * kDay + i * 70 * kDay);
    Record& r = pop.Add(p, Channel::kOnline, kNoId, courier,
                        kStart - 2000 * kDay + i * 70 * kDay + 5 * kDay);
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.first_use_imei = p.phone + 7;  // the customer's new phone
    customers.push_back(r.msisdn);
  }
  for (int i = 0; i < 12; ++i) {
    Record& r = pop.AddRingVictim(ring_phone, i, kDay);
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.first_use_imei = ring_phone + 1000 * (i % 3);
    ring.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, customers)) {
      ExpectNotFlagged(*d, r);
      EXPECT_LT(NonOwnerEvidenceFor(*d, r, "SELF_SERVICE_DEVICE_MANY_IDS"), 1.0)
          << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kPresenterComponent))) << ExplainFor(*d, r);
    } else if (IsOneOf(r, ring)) {
      EXPECT_GT(NonOwnerEvidenceFor(*d, r, "SELF_SERVICE_DEVICE_MANY_IDS"), 1.5)
          << ExplainFor(*d, r);
    }
  }
}

// A carrier's own point runs the carrier's campaigns: a mobile sales team registers
// sixty villagers on a market morning from consecutive stock, without selfies (the
// team's tablet takes none), and many SIMs are not used in their first month. The
// point's record there (the burst, the run of ICCIDs, the weak stock block, its
// weak-verification record) weighs carrier_point_weight, a half; an agent's identical
// morning weighs in full.
TEST(DetectorTest, ACarriersOwnPointsRecordWeighsHalfOfAnAgents) {
  Population pop;
  pop.AddBackground(600);
  for (int shop = 0; shop < 10; ++shop) {  // the carrier's other shops, a customer a week
    const uint32_t point = pop.Dealer(absl::StrCat("CH01", shop));
    for (int k = 0; k < 40; ++k) {
      pop.Add(pop.NewPerson(), Channel::kStore, point, 350200000000100ull + shop,
              kStart + k * 7 * kDay + shop * 3600);
    }
  }
  const uint32_t van = pop.Dealer("CH0777"), agent = pop.Dealer("DL0777");
  std::vector<uint64_t> at_van, at_agent;
  for (int i = 0; i < 60; ++i) {
    for (const bool own : {true, false}) {
      Record& r = pop.Add(pop.NewPerson(), own ? Channel::kStore : Channel::kAgent,
                          own ? van : agent, own ? 350777000000001ull : 350777000000002ull,
                          kStart + (own ? 0 : 30 * kDay) + 8 * 3600 + i * 150);
      r.iccid_body = (own ? 777000000000000ull : 778000000000000ull) + i;
      r.has_selfie = false;
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      if (i % 2 == 0) r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      (own ? at_van : at_agent).push_back(r.msisdn);
    }
  }
  auto point_record = [](const Detector& d, const Record& r) {
    double sum = 0;
    for (const char* code : {"DEALER_BURST", "ICCID_RUN", "STOCK_BLOCK_WEAK_VERIFICATION",
                             "DEALER_WEAK_VERIFICATION", "DEALER_OUTLIER"}) {
      sum += JunkEvidenceFor(d, r, code);
    }
    return sum;
  };
  DetectOptions in_full;
  in_full.carrier_point_weight = 1.0;
  auto d = pop.Run();
  auto full = pop.Run(in_full);
  int van_weighed = 0;
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, at_van)) {
      const double weighed = point_record(*d, r), unweighed = point_record(*full, r);
      EXPECT_LE(weighed, 0.5 * unweighed + 1e-6) << ExplainFor(*d, r);
      if (unweighed > 0) ++van_weighed;
    } else if (IsOneOf(r, at_agent)) {
      EXPECT_DOUBLE_EQ(point_record(*d, r), point_record(*full, r)) << ExplainFor(*d, r);
    }
  }
  EXPECT_GT(van_weighed, 30);
}

// An order placed online is delivered, and the courier's handheld may register the
// customer at the door: each customer's own face, matching the document as well as most
// do. Forty customers on one handheld weigh half of what forty identities registered in
// the app of one phone do, where the SIMs' first use is unknown in both.
TEST(DetectorTest, ACouriersHandheldWeighsHalfOfAnAppPhoneWithAsManyIdentities) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t handheld = 359590000000001ull, app_phone = 359590000000002ull;
  std::vector<uint64_t> delivered, in_app;
  for (int i = 0; i < 40; ++i) {
    for (Channel channel : {Channel::kOnline, Channel::kEkycApp}) {
      const bool online = channel == Channel::kOnline;
      Record& r = pop.Add(pop.NewPerson(), channel, kNoId, online ? handheld : app_phone,
                          kStart + i * 5 * kDay + (online ? 0 : 3600));
      r.face_match = 0.95f;
      r.first_use_imei = 0;
      (online ? delivered : in_app).push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  absl::flat_hash_map<uint64_t, const Record*> by_msisdn;
  for (const Record& r : pop.batch().records) by_msisdn[r.msisdn] = &r;
  for (int i = 0; i < 40; ++i) {
    const Record& courier = *by_msisdn[delivered[i]];
    const Record& app = *by_msisdn[in_app[i]];
    const double app_reach = NonOwnerEvidenceFor(*d, app, "SELF_SERVICE_DEVICE_MANY_IDS");
    EXPECT_GT(app_reach, 0.0) << ExplainFor(*d, app);
    EXPECT_NEAR(NonOwnerEvidenceFor(*d, courier, "SELF_SERVICE_DEVICE_MANY_IDS"),
                0.5 * app_reach, 0.01)
        << ExplainFor(*d, courier);
    ExpectNotFlagged(*d, courier);
  }
}

// A shop assistant's phone runs the carrier's app for walk-ins: forty customers within a
// month, each photographed (elderly customers' faces match their old ID photos poorly),
// each leaving with the SIM in a phone of their own. The phone's reach is the shop's, not
// a presenter's. A ring's phone that registers as many victims' SIMs within the month and
// keeps them in the ring's own phones is a presenter.
TEST(DetectorTest, AKioskPhoneWhoseCustomersCarriedTheirSimsAwayIsNoPresenter) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t kiosk = 359590000000001ull, ring_phone = 359600000000001ull;
  std::vector<uint64_t> elderly, ring;
  for (int i = 0; i < 40; ++i) {
    const Population::Person p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kEkycApp, kNoId, kiosk, kStart + 50 * kDay + i * 18 * 3600);
    r.first_use_imei = p.phone + 7;  // the customer's own phone
    if (i % 4 == 0) {
      r.face_match = 0.55f;
      elderly.push_back(r.msisdn);
    }
  }
  for (int i = 0; i < 40; ++i) {
    Record& r = pop.AddRingVictim(ring_phone, i, 18 * 3600);
    r.selfie_hash = pop.Capture(pop.NewPerson().face);  // a stock photo per victim
    r.face_match = 0.75f;
    r.first_use_imei = ring_phone + 1000 * (i % 3);
    ring.push_back(r.msisdn);
  }
  auto d = pop.Run();
  int ring_non_owner = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, elderly)) {
      EXPECT_FALSE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    } else if (IsOneOf(r, ring)) {
      ring_non_owner += v.non_owner;
    }
  }
  EXPECT_EQ(ring_non_owner, 40);
}

// A carrier's app registers a new SIM in the phone it sits in: a parent registering the
// family's SIMs by app first uses each in their own phone, whatever the relatives' face
// matches (a child's, an old photo). The SIMs go on to be used as phones: no SIM box.
// An operator's phone that registers victims' SIMs and keeps them idle is one.
TEST(DetectorTest, APhoneThatRegisteredAFamilysSimsByAppAndFirstUsedThemIsNoSimBox) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> family, ring;
  for (int k = 0; k < 10; ++k) {
    const uint64_t phone = 359410000000000ull + 1000 * k;
    for (int i = 0; i < 4; ++i) {
      Record& r = pop.Add(pop.NewPerson(), Channel::kEkycApp, kNoId, phone,
                          kStart + k * 20 * kDay + i * 600);
      r.face_match = i == 0 ? 0.95f : 0.50f;  // the parent's own face; the relatives' poor
      r.first_use_imei = phone;
      family.push_back(r.msisdn);
    }
  }
  for (int i = 0; i < 8; ++i) {
    Record& r = pop.AddRingVictim(359610000000000ull, i, kDay);
    r.selfie_hash = pop.Capture(pop.NewPerson().face);  // nobody's on the documents
    r.face_match = 0.60f;
    r.first_use_imei = 359610000000000ull;
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    ring.push_back(r.msisdn);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, family)) {
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSimBox))) << ExplainFor(*d, r);
      EXPECT_FALSE(v.junk || v.non_owner) << ExplainFor(*d, r);
    } else if (IsOneOf(r, ring)) {
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSimBox)) << ExplainFor(*d, r);
    }
  }
}

// A household head who registers two SIMs for a relative on the family phone within
// minutes, the second going into another handset (a spare for a grandparent), presents
// as a family member does: the extra weighs household_presenter_weight (a half) of what
// the same visit on an operator's phone weighs.
TEST(DetectorTest, AHouseholdsSecondSimForARelativeWeighsAsAFamilyMemberPresents) {
  Population pop;
  pop.AddBackground(600);
  std::vector<Record> household_extras, operator_extras;
  for (int k = 0; k < 20; ++k) {
    auto parent = pop.NewPerson();
    pop.Add(parent, Channel::kEkycApp, kNoId, parent.phone, kStart + k * kDay);
    auto relative = pop.NewPerson();
    auto op = pop.NewPerson();
    const uint64_t op_phone = 359200000000000ull + k;
    auto visit = [&](const Population::Person& holder, uint64_t phone, uint64_t face,
                     int64_t when) {
      Record* second = nullptr;
      for (int i = 0; i < 2; ++i) {
        Record& r = pop.Add(holder, Channel::kEkycApp, kNoId, phone, when + i * 300);
        r.selfie_hash = pop.Capture(face);
        r.face_match = 0.5f;
        // Handsets far apart in serial (consecutive serials would be one dual-SIM phone).
        r.first_use_imei = 352100000000000ull + 10000000 * static_cast<uint64_t>(k) +
                           1000000 * static_cast<uint64_t>(i) + (phone == op_phone ? 50000 : 0);
        second = &r;
      }
      return *second;
    };
    household_extras.push_back(visit(relative, parent.phone, parent.face, kStart + k * kDay + 600));
    operator_extras.push_back(visit(pop.NewPerson(), op_phone, op.face, kStart + k * kDay + 600));
  }
  auto d = pop.Run();
  double household = 0, unknown = 0;
  for (const Record& r : household_extras) {
    household += NonOwnerEvidenceFor(*d, r, "SAME_DOCUMENT_MINUTES");
  }
  for (const Record& r : operator_extras) {
    unknown += NonOwnerEvidenceFor(*d, r, "SAME_DOCUMENT_MINUTES");
  }
  EXPECT_GT(household, 0.0) << ExplainFor(*d, household_extras[0]);
  // Every household recognised as one (a parent whose own match fell in the lowest
  // quarter of all matches is not) halves its extra.
  EXPECT_LT(household, 0.75 * unknown)
      << ExplainFor(*d, household_extras[0]) << ExplainFor(*d, operator_extras[0]);
}

TEST(DetectorTest, HouseholdHeadPresentingRelativesWeighsLessThanAnUnknownPresenter) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> household_phones, operator_phones;
  for (int k = 0; k < 20; ++k) {
    // A parent registers their own SIM on their phone, then three relatives' SIMs on
    // the same phone, taking the selfie themselves (a low match on the relatives' photos).
    auto parent = pop.NewPerson();
    household_phones.push_back(parent.phone);
    pop.Add(parent, Channel::kEkycApp, kNoId, parent.phone, kStart + k * kDay);
    for (int i = 0; i < 3; ++i) {
      auto relative = pop.NewPerson();
      Record& r = pop.Add(relative, Channel::kEkycApp, kNoId, parent.phone,
                          kStart + k * kDay + (i + 1) * 600);
      r.selfie_hash = pop.Capture(parent.face);
      r.face_match = 0.5f;
    }
    // The same shape on a phone whose face matches none of the four documents: an
    // operator with nothing of their own on it.
    auto op = pop.NewPerson();
    const uint64_t op_phone = 359100000000000ull + k;
    operator_phones.push_back(op_phone);
    for (int i = 0; i < 4; ++i) {
      auto victim = pop.NewPerson();
      Record& v = pop.Add(victim, Channel::kEkycApp, kNoId, op_phone,
                          kStart + k * kDay + (i + 1) * 600);
      v.selfie_hash = pop.Capture(op.face);
      v.face_match = 0.5f;
    }
  }
  auto d = pop.Run();
  double household = 0, unknown = 0;
  int households = 0, unknowns = 0, explained = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (std::count(household_phones.begin(), household_phones.end(), r.device_imei) &&
        r.first_use_imei != r.device_imei) {
      EXPECT_FALSE(v.non_owner) << ExplainFor(*d, r);
      // The explanation says why the shared face weighs less; a parent whose own match
      // fell in the lowest quarter of all matches is not recognised as the holder.
      explained += absl::StrContains(d->Evidence(*d->Find(r.carrier, r.msisdn)), "household");
      household += v.non_owner_score;
      ++households;
    }
    if (std::count(operator_phones.begin(), operator_phones.end(), r.device_imei)) {
      EXPECT_THAT(d->Evidence(*d->Find(r.carrier, r.msisdn)), Not(HasSubstr("household")));
      unknown += v.non_owner_score;
      ++unknowns;
    }
  }
  ASSERT_EQ(households, 60);
  ASSERT_EQ(unknowns, 80);
  EXPECT_GE(explained, 45);
  EXPECT_GT(household, 0.0);
  EXPECT_LT(household / households, 0.75 * unknown / unknowns);
}

TEST(DetectorTest, DealerAddingExtraSimsToWalkInDocumentsIsNonOwner) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0666");
  for (int i = 0; i < 40; ++i) {
    auto customer = pop.NewPerson();
    const int64_t t = kStart + i * 3 * kDay;
    Record& own = pop.Add(customer, Channel::kAgent, dealer, 350666000000009ull, t);
    const uint64_t capture = own.selfie_hash;
    if (i % 2 == 0) {
      // One extra while the customer waits, one hours after the customer left.
      for (int k = 0; k < 2; ++k) {
        Record& extra = pop.Add(customer, Channel::kAgent, dealer, 350666000000009ull,
                                t + (k == 0 ? 120 : 3 * 3600));
        extra.selfie_hash = capture;
        extra.first_use_imei = 351234000000000ull + i * 10 + k;
      }
    }
  }
  auto d = pop.Run();
  int extras = 0, flagged = 0;
  for (const Record& r : pop.batch().records) {
    if (r.first_use_imei < 351234000000000ull || r.first_use_imei > 351234000001000ull) continue;
    ++extras;
    const Verdict& v = VerdictFor(*d, r);
    flagged += v.non_owner;
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSameDocumentMinutes));
  }
  EXPECT_EQ(extras, 40);
  EXPECT_GE(flagged, 36);
}

// A customer buys a second SIM at the same shop later that day and puts it in the second
// slot of a dual-SIM phone, which reports an IMEI per slot with consecutive serials: the
// customer's own phone, no extra SIM. A dealer's extra sold on to another phone is one.
TEST(DetectorTest, ASecondSimInTheSlotBesideTheFirstIsTheCustomersOwn) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("VT-STORE-040-21");
  std::vector<uint64_t> second_slot, sold_on;
  for (int i = 0; i < 30; ++i) {
    const Population::Person customer = pop.NewPerson();
    const int64_t t = kStart + i * 3 * kDay;
    Record& own = pop.Add(customer, Channel::kStore, shop, 350666000000021ull, t);
    const uint64_t slot1 = 352000000000000ull + 1000 * static_cast<uint64_t>(i) * 10;
    own.first_use_imei = slot1 + 7;
    Record& second = pop.Add(customer, Channel::kStore, shop, 350666000000021ull, t + 6 * 3600);
    if (i % 2 == 0) {
      second.first_use_imei = slot1 + 10 + 5;  // the next serial: the phone's second slot
      second_slot.push_back(second.msisdn);
    } else {
      second.first_use_imei = 353000000000000ull + 1000 * static_cast<uint64_t>(i) * 10 + 3;
      sold_on.push_back(second.msisdn);
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, second_slot)) {
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kSameDocumentMinutes))) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kFirstUseForeign))) << ExplainFor(*d, r);
    } else if (IsOneOf(r, sold_on)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSameDocumentMinutes)) << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kFirstUseForeign)) << ExplainFor(*d, r);
    }
  }
}

// A dealer adds an extra SIM to some walk-ins' documents, a few minutes after their own
// SIM or hours later, and sells it on. One registered after the customer had left weighs
// more than one registered during the visit: nobody presented the document for it.
TEST(DetectorTest, ExtraSimRegisteredAfterTheCustomerLeftWeighsMore) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0667");
  std::vector<uint64_t> during, after;
  for (int i = 0; i < 40; ++i) {
    const int64_t t = kStart + i * 3 * kDay;
    if (i % 4 != 0) {
      pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350667000000009ull, t);
      continue;
    }
    const bool later = i % 8 == 0;
    const auto [own, extra] = pop.AddVisitWithExtra(
        dealer, 350667000000009ull, t, later ? 3 * 3600 : 300, [](Record&) {},
        [i](Record& r) { r.first_use_imei = 351235000000000ull + i; });
    (later ? after : during).push_back(extra);
  }
  auto d = pop.Run();
  double after_score = 0, during_score = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, after)) {
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r),
                  HasSubstr("h after the visit's first SIM, when the customer had left"));
      after_score += v.non_owner_score;
    } else if (IsOneOf(r, during)) {
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSameDocumentMinutes));
      EXPECT_THAT(ExplainFor(*d, r), Not(HasSubstr("when the customer had left")));
      during_score += v.non_owner_score;
    }
  }
  ASSERT_EQ(after.size(), 5u);
  ASSERT_EQ(during.size(), 5u);
  EXPECT_GT(after_score, during_score + 5 * 0.02);
}

// The carriers lock numbers whose holders do not confirm them. An extra SIM of a visit
// locked while the visit's first SIM, on the same document and data, stays active: the
// holder confirmed the one and not the other (EXTRA_SIM_DISOWNED); likewise a SIM
// registered on the document at the same point within 30 days. Nothing where both are
// locked (the data failed standardisation), the later one is not, the data differ or the
// month has passed; less for a legacy CMND, which the carriers lock often whoever holds
// it.
TEST(DetectorTest, AnExtraSimLockedBesideTheVisitsActiveSimIsDisowned) {
  Population pop;
  pop.AddBackground(800);
  pop.LockEvery(20);  // one in twenty ignores the carrier's request
  // Legacy CMND numbers: half of them locked.
  const uint32_t cmnd_dealer = pop.Dealer("DLC0669");
  for (int i = 0; i < 60; ++i) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, cmnd_dealer, 350669000000009ull,
                        kStart + i * kDay);
    r.id_type = IdType::kCmnd;
    if (i % 2 == 0) r.status = SubscriptionStatus::kTwoWayLocked;
  }
  const uint32_t dealer = pop.Dealer("DL0668");
  int visits = 0;
  auto visit = [&](SubscriptionStatus own_status, SubscriptionStatus extra_status,
                   IdType type) {
    const int i = visits++;
    return pop
        .AddVisitWithExtra(
            dealer, 350668000000009ull, kStart + i * 3 * kDay, 300,
            [&](Record& r) {
              r.status = own_status;
              r.id_type = type;
            },
            [&](Record& r) {
              r.status = extra_status;
              r.id_type = type;
              r.first_use_imei = 351236000000000ull + i;
            })
        .second;
  };
  for (int i = 0; i < 30; ++i) {  // the dealer's ordinary walk-ins
    pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350668000000009ull,
            kStart + i * 3 * kDay + kDay);
  }
  using S = SubscriptionStatus;
  const uint64_t disowned = visit(S::kActive, S::kOneWayLocked, IdType::kCccd);
  const uint64_t both_locked = visit(S::kOneWayLocked, S::kOneWayLocked, IdType::kCccd);
  const uint64_t kept = visit(S::kActive, S::kActive, IdType::kCccd);
  const uint64_t disowned_cmnd = visit(S::kActive, S::kTwoWayLocked, IdType::kCmnd);
  // The customer's document again at the dealer, ten days and forty days after their own
  // SIM (within and beyond the 30-day window), and ten days after with another declared
  // birth date (the data may differ: no inference).
  auto returned = [&](int64_t after, int32_t dob_shift) {
    const int i = visits++;
    const Population::Person customer = pop.NewPerson();
    const int64_t t = kStart + i * 3 * kDay;
    pop.Add(customer, Channel::kAgent, dealer, 350668000000009ull, t);
    Record& r = pop.Add(customer, Channel::kAgent, dealer, 350668000000009ull, t + after);
    r.status = S::kOneWayLocked;
    r.date_of_birth += dob_shift;
    return r.msisdn;
  };
  const uint64_t ten_days = returned(10 * kDay, 0);
  const uint64_t forty_days = returned(40 * kDay, 0);
  const uint64_t other_data = returned(10 * kDay, 365);
  auto d = pop.Run();
  auto record = [&](uint64_t msisdn) -> const Record& {
    for (const Record& r : pop.batch().records) {
      if (r.msisdn == msisdn) return r;
    }
    ADD_FAILURE() << "no subscription " << msisdn;
    return pop.batch().records[0];
  };
  const double full = NonOwnerEvidenceFor(*d, record(disowned), "EXTRA_SIM_DISOWNED");
  EXPECT_GT(full, 1.0) << ExplainFor(*d, record(disowned));
  EXPECT_THAT(ExplainFor(*d, record(disowned)),
              HasSubstr("stays ACTIVE: the holder confirmed that one, not this"));
  EXPECT_EQ(NonOwnerEvidenceFor(*d, record(both_locked), "EXTRA_SIM_DISOWNED"), 0.0)
      << ExplainFor(*d, record(both_locked));
  EXPECT_EQ(NonOwnerEvidenceFor(*d, record(kept), "EXTRA_SIM_DISOWNED"), 0.0);
  const double cmnd = NonOwnerEvidenceFor(*d, record(disowned_cmnd), "EXTRA_SIM_DISOWNED");
  EXPECT_GT(cmnd, 0.0) << ExplainFor(*d, record(disowned_cmnd));
  EXPECT_LT(cmnd, full - 0.5) << ExplainFor(*d, record(disowned_cmnd));
  EXPECT_NEAR(NonOwnerEvidenceFor(*d, record(ten_days), "EXTRA_SIM_DISOWNED"), full, 0.011)
      << ExplainFor(*d, record(ten_days));
  EXPECT_THAT(ExplainFor(*d, record(ten_days)), HasSubstr("registered 10 days earlier"));
  EXPECT_EQ(NonOwnerEvidenceFor(*d, record(forty_days), "EXTRA_SIM_DISOWNED"), 0.0);
  EXPECT_EQ(NonOwnerEvidenceFor(*d, record(other_data), "EXTRA_SIM_DISOWNED"), 0.0);
}

// A dealer working through leaked documents: slowly, one a day, well within ordinary
// volumes, with popdb MATCH on real people's documents. Each selfie is a photo of the
// victim's ID card held to the camera: another face than the one the victim shows on
// their own registration, and no face is shared. The dealer is judged on its share of
// such registrations; the SIMs, never used, were sold on.
TEST(DetectorTest, DealerRegisteringOtherFacesOnLeakedDocumentsIsJunkAndNonOwner) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0777");
  std::vector<uint64_t> leaked;
  for (int i = 0; i < 15; ++i) {
    auto victim = pop.NewPerson();
    pop.Add(victim, Channel::kEkycApp, kNoId, victim.phone, kStart + i * kDay);
    Record& r = pop.Add(victim, Channel::kAgent, dealer, 350777000000001ull,
                        kStart + 60 * kDay + i * 2 * kDay);
    r.selfie_hash = victim.face ^ 0x00F0F0F000000000ull;  // a photo of the ID photo
    r.face_match = 0.78f;
    r.first_use_imei = 0;
    r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    leaked.push_back(r.msisdn);
  }
  // An honest dealer's customer whose face changed since an earlier registration.
  auto changed = pop.NewPerson();
  pop.Add(changed, Channel::kEkycApp, kNoId, changed.phone, kStart);
  Record& later = pop.Add(changed, Channel::kAgent, pop.Dealer("DL0105"), 350100000000105ull,
                          kStart + 200 * kDay);
  later.selfie_hash = changed.face ^ 0xF0F0F00000000000ull;
  later.face_match = 0.80f;
  const Record later_copy = later;
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, leaked)) continue;
    ExpectJunkAndNonOwner(*d, r, Reason::kDealerNotOwner);
  }
  const Verdict& v = VerdictFor(*d, later_copy);
  EXPECT_FALSE(v.junk || v.non_owner) << ExplainFor(*d, later_copy);
}

// A stranger presenting someone's document at a dealer, with a poorer face match than
// most, registers on a leaked document: junk evidence as well as non-owner evidence,
// though too little to flag alone. A relative presenting on a family phone, or a holder
// whose face changed but who matches their document photo well, is no such sign.
TEST(DetectorTest, AStrangerPresentingADocumentAtADealerIsEvidenceOfALeak) {
  Population pop;
  pop.AddBackground(600);
  auto with_own_registrations = [&pop](int k) {
    auto holder = pop.NewPerson();
    pop.Add(holder, Channel::kEkycApp, kNoId, holder.phone, kStart + k * kDay);
    pop.Add(holder, Channel::kStore, kNoId, 350200000000001ull, kStart + (k + 30) * kDay);
    return holder;
  };
  // At two of the background's dealers, whose records are ordinary.
  auto holder = with_own_registrations(1);
  const Record leaked = pop.AddByStranger(holder, pop.Dealer("DL0110"), 350100000000110ull,
                                          kStart + 90 * kDay, 0.62f);
  auto relative = with_own_registrations(2);
  Record& family = pop.Add(relative, Channel::kEkycApp, kNoId, 359783000000002ull,
                           kStart + 95 * kDay);
  family.selfie_hash = pop.rng().Next();
  family.face_match = 0.62f;
  const Record family_copy = family;
  auto changed = with_own_registrations(3);
  Record& matched = pop.Add(changed, Channel::kAgent, pop.Dealer("DL0111"),
                            350100000000111ull, kStart + 100 * kDay);
  matched.selfie_hash = pop.rng().Next();
  matched.face_match = 0.97f;
  const Record matched_copy = matched;
  auto d = pop.Run();
  const std::string leak = "leaked document (junk evidence too)";
  EXPECT_THAT(ExplainFor(*d, leaked), HasSubstr(leak));
  // At half: below the NON_OWNER alert, identity misuse does not count for JUNK in full.
  EXPECT_THAT(ExplainFor(*d, leaked), ::testing::ContainsRegex("FACE_NOT_OWNER +0\\.50 /"));
  EXPECT_FALSE(VerdictFor(*d, leaked).junk) << ExplainFor(*d, leaked);
  for (const Record& r : {family_copy, matched_copy}) {
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("FACE_NOT_OWNER"));
    EXPECT_THAT(ExplainFor(*d, r), Not(HasSubstr(leak)));
  }
}

// Leaked documents circulate: a dealer pre-activates a batch on them within minutes
// (one operator's face, never used), and each document turns up again days later at a
// dealer of its own, presented by a face that is not its owner's, and is never used.
// The second registration carries the first one's junk; the owners' own SIMs stay clean.
TEST(DetectorTest, LeakedDocumentCirculatingToAnotherDealerIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t operator_face = pop.rng().Next();
  std::vector<uint64_t> circulated, owners;
  for (int i = 0; i < 10; ++i) {
    const auto victim = pop.NewPerson();
    owners.push_back(pop.Add(victim, Channel::kAgent, pop.Dealer("DL0105"),
                             350100000000105ull, kStart + i * kDay)
                         .msisdn);
    Record& burst = pop.Add(victim, Channel::kAgent, pop.Dealer("DL0446"), 350446000000001ull,
                            kStart + 50 * kDay + i * 40);
    burst.selfie_hash = pop.Capture(operator_face);
    burst.face_match = 0.30f;
    burst.iccid_body = 448000000000000ull + 10 * static_cast<uint64_t>(i);
    burst.usage = {0, 0, 0, 0, 0, 0, 0, 0};
    burst.first_use_imei = 0;
    circulated.push_back(pop.AddByStranger(victim, pop.Dealer(absl::StrCat("DL05", 10 + i)),
                                           350447000000001ull + i,
                                           kStart + 57 * kDay + i * kDay, 0.30f)
                             .msisdn);
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), circulated, Reason::kDocumentJunkElsewhere,
                     "another registration on document", owners);
}

// A leaked document registered at four dealers within hours, by strangers' faces, while
// its holder's own SIM sits elsewhere: the document circulates among pre-activators, and
// the last registration within the window is junk as well as not the holder's.
TEST(DetectorTest, DocumentPresentedByStrangersAtSeveralDealersWithinHoursIsJunk) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> circulated, owners;
  for (int i = 0; i < 10; ++i) {
    const auto victim = pop.NewPerson();
    owners.push_back(pop.Add(victim, Channel::kAgent, pop.Dealer("DL0105"),
                             350100000000105ull, kStart + i * kDay)
                         .msisdn);
    for (int k = 0; k < 4; ++k) {
      const Record& r = pop.AddByStranger(victim, pop.Dealer(absl::StrCat("DL06", 10 * k + i)),
                                          350600000000001ull + 10 * k + i,
                                          kStart + 60 * kDay + i * kDay + k * 3 * 3600, 0.45f);
      if (k == 3) circulated.push_back(r.msisdn);  // the fourth within the window
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, circulated)) {
      ExpectJunkAndNonOwner(*d, r, Reason::kIdentityMultiPointWindow);
    } else if (IsOneOf(r, owners)) {
      ExpectNotFlagged(*d, r);
    }
  }
}

// A person selling their identity takes their own document round five dealers of the town
// in under an hour, showing their own face each time, and leaves with a SIM from each to
// sell: the document is being hawked, and its round of dealers is junk evidence as well
// as non-owner evidence (with the SIMs' use, it flags junk). A person who buys a SIM
// at two shops within the hour is not; nor is a document whose five registrations carry
// a date without its time (midnight to the second), which says nothing about the hour.
TEST(DetectorTest, ADocumentTakenRoundFourDealersWithinTheHourIsJunkEvidence) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> hawked, two_shops, dated;
  for (int i = 0; i < 10; ++i) {
    const auto seller = pop.NewPerson();
    for (int k = 0; k < 5; ++k) {
      Record& r = pop.Add(seller, Channel::kAgent, pop.Dealer(absl::StrCat("DL07", 10 * k + i)),
                          350700000000001ull + 10 * k + i,
                          kStart + 60 * kDay + i * kDay + 8 * 3600 + k * 600);
      r.first_use_imei = 359800000000000ull + 1000 * i + k;  // the buyers' phones
      hawked.push_back(r.msisdn);
    }
    const auto buyer = pop.NewPerson();
    for (int k = 0; k < 2; ++k) {
      two_shops.push_back(pop.Add(buyer, Channel::kAgent, pop.Dealer(absl::StrCat("DL07", 10 * k + i)),
                                  350700000000001ull + 10 * k + i,
                                  kStart + 90 * kDay + i * kDay + 8 * 3600 + k * 900)
                              .msisdn);
    }
    const auto exported = pop.NewPerson();
    for (int k = 0; k < 5; ++k) {
      dated.push_back(pop.Add(exported, Channel::kAgent, pop.Dealer(absl::StrCat("DL07", 10 * k + i)),
                              350700000000001ull + 10 * k + i,
                              kStart + 120 * kDay + i * kDay - 7 * 3600)  // 00:00 local
                          .msisdn);
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, hawked)) {
      EXPECT_TRUE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
      EXPECT_GT(JunkEvidenceFor(*d, r, "ID_MULTI_POINT_WINDOW"), 1.5) << ExplainFor(*d, r);
    } else if (IsOneOf(r, two_shops)) {
      ExpectNotFlagged(*d, r);
    } else if (IsOneOf(r, dated)) {
      EXPECT_FALSE(VerdictFor(*d, r).junk) << ExplainFor(*d, r);
    }
  }
}

// A leaked document taken to six dealers within two days, each activating a kit on it
// with no selfie that is never used, while its holder's own SIM sits elsewhere: a kit
// pre-activated on a circulating document is junk. A person who buys SIMs at three shops
// within two days with their own face, keeping one unused as a spare, is not.
TEST(DetectorTest, UnusedKitsWithoutTheOwnersFaceAtSeveralDealersWithinDaysAreJunk) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> kits, own;
  for (int i = 0; i < 4; ++i) {
    const auto victim = pop.NewPerson();
    own.push_back(pop.Add(victim, Channel::kAgent, pop.Dealer("DL0105"),
                          350100000000105ull, kStart + i * kDay)
                      .msisdn);
    for (int k = 0; k < 6; ++k) {
      Record& kit = pop.Add(victim, Channel::kAgent, pop.Dealer(absl::StrCat("DL07", 10 * k + i)),
                            350700000000001ull + 10 * k + i,
                            kStart + 60 * kDay + 3 * i * kDay + k * 5 * 3600);
      kit.has_selfie = false;
      kit.face_match = std::numeric_limits<float>::quiet_NaN();
      kit.first_use_imei = 0;
      kit.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      kits.push_back(kit.msisdn);
    }
    const auto buyer = pop.NewPerson();
    for (int k = 0; k < 3; ++k) {
      Record& r = pop.Add(buyer, Channel::kAgent, pop.Dealer(absl::StrCat("DL08", 10 * k + i)),
                          350800000000001ull + 10 * k + i,
                          kStart + 70 * kDay + i * kDay + k * 16 * 3600);
      if (k == 2) {
        r.first_use_imei = 0;
        r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
      }
      own.push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), kits, Reason::kIdentityMultiPointWindow,
                     "points within 48 h", own);
}

// A ring on one phone that replays each victim's ID photo: every selfie is another face,
// none shared, so the phone's many identities are weighed by how often it shows faces
// that are not the documents' owners'.
TEST(DetectorTest, RingReplayingVictimsPhotosOnOnePhoneIsNonOwner) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t operator_phone = 359000000000023ull;
  for (int i = 0; i < 6; ++i) {
    Population::Person victim;
    Record& r = pop.AddRingVictim(operator_phone, i, 3 * kDay, &victim);
    r.selfie_hash = victim.face ^ 0x0F0F0F0000000000ull;
    r.face_match = 0.80f;
    r.first_use_imei = operator_phone + 1000 * (i % 3);
  }
  auto d = pop.Run(OwnJunkEvidenceOnly());
  int ring = 0;
  for (const Record& r : pop.batch().records) {
    if (r.device_imei != operator_phone) continue;
    ++ring;
    const Verdict& v = VerdictFor(*d, r);
    EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
    EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(v), Contains(Reason::kSelfServiceDeviceManyIdentities));
  }
  EXPECT_EQ(ring, 6);
}

// A ring spread over six phones: five register, each fewer victims than a family phone
// registers relatives, and no phone uses more than two victims' SIMs; but the SIMs
// are used across the ring's phones, which makes them one cluster behind all the
// victims. Families' phones stay apart.
TEST(DetectorTest, RingSpreadOverSeveralPhonesIsJudgedAsOneCluster) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t ring_phone = 359000000000031ull;
  std::vector<uint64_t> ring;
  for (int i = 0; i < 12; ++i) {
    Population::Person victim;
    Record& r = pop.AddRingVictim(ring_phone + 1000 * (i % 5), i, 3 * kDay, &victim);
    r.selfie_hash = victim.face ^ 0x0F0F0F0000000000ull;
    r.face_match = 0.80f;
    r.first_use_imei = ring_phone + 1000 * (i % 6);  // one of the ring's six phones
    ring.push_back(r.msisdn);
  }
  pop.AddFamilies(20);
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, ring)) {
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("12 identities"));
    } else {
      ExpectNotFlagged(*d, r);
    }
  }
}

// Two couriers' handhelds register online orders at the door, twenty customers each,
// and ten of the customers ordered from both and put both SIMs in their one phone. A
// handheld whose SIMs go into phones of their own serves the public, like a shop's
// tablet, and joins nobody: each reaches its own twenty identities, not thirty through
// the customers they share. Two app phones whose registrations meet the same way in
// their holders' phones are one cluster of thirty: an app registers on the phone that
// runs it, so a person's SIMs registered on two phones other than their own tie those
// phones to one presenter.
TEST(DetectorTest, ACustomerWhoOrderedFromTwoCouriersDoesNotJoinTheirHandhelds) {
  Population pop;
  pop.AddBackground(600);
  // Twenty of `people`, from the first-th on, served on `device` ten days apart, each
  // with their own face.
  auto serve = [&](const std::vector<Population::Person>& people, Channel channel,
                   uint64_t device, int first, int64_t offset) {
    std::vector<Record> served;
    for (int i = first; i < first + 20; ++i) {
      Record& r = pop.Add(people[i], channel, kNoId, device, kStart + i * 10 * kDay + offset);
      r.face_match = 0.95f;
      served.push_back(r);
    }
    return served;
  };
  std::vector<Population::Person> customers, holders;
  for (int i = 0; i < 30; ++i) customers.push_back(pop.NewPerson());
  for (int i = 0; i < 30; ++i) holders.push_back(pop.NewPerson());
  const std::vector<Record> by_a = serve(customers, Channel::kOnline, 359610000000001ull, 0, 0);
  const std::vector<Record> by_b = serve(customers, Channel::kOnline, 359610000000002ull, 10, 3600);
  const std::vector<Record> on_a = serve(holders, Channel::kEkycApp, 359620000000001ull, 0, 7200);
  const std::vector<Record> on_b = serve(holders, Channel::kEkycApp, 359620000000002ull, 10, 10800);
  auto d = pop.Run();
  // Each device registered 20 identities; its cluster reaches `cluster`.
  auto expect_reach = [&](const std::vector<Record>& served, int cluster) {
    for (const Record& r : served) {
      EXPECT_THAT(ExplainFor(*d, r),
                  HasSubstr(absl::StrCat("registered 20 identities; with the phones its SIMs "
                                         "were used in and the phones that registered theirs, ",
                                         cluster, " identities")))
          << ExplainFor(*d, r);
    }
  };
  expect_reach(by_a, 20);
  expect_reach(by_b, 20);
  expect_reach(on_a, 30);
  expect_reach(on_b, 30);
}

// Extra SIMs that end in a SIM box: where the customer uses the SIM they came for as
// people do, the extra is the dealer's, held by the box's operator (non-owner, the
// contract's "dealer adding extra SIMs"); where every SIM of the visit ends in the box,
// the identity was bought for a farm (junk). So it was where the visit's first SIM only
// sits attached to the network, or only receives SMS: nobody uses it as a phone.
TEST(DetectorTest, ExtraSimInASimBoxBesideACustomersOwnSimIsNonOwnerNotJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0667");
  const uint64_t box = 867530900000041ull;
  const decltype(Record::usage) otp = {30, 0, 0, 0, 300, 0, 0, 0};
  std::vector<uint64_t> extras, farmed;
  auto in_box = [&](Record& r) {
    r.first_use_imei = box;
    r.usage = otp;
  };
  for (int i = 0; i < 24; ++i) {
    const int64_t t = kStart + i * 3 * kDay;
    if (i % 4 == 1) {  // a seller of their identity: every SIM is farmed
      auto [own, extra] = pop.AddVisitWithExtra(dealer, 350667000000009ull, t, 600, in_box, in_box);
      farmed.push_back(own);
      farmed.push_back(extra);
    } else if (i % 4 == 3) {  // the first SIM idle (i == 3, 11, 19) or only receiving SMS
      using Usage = decltype(Record::usage);
      const Usage unused =
          i % 8 == 3 ? Usage{20, 0, 0, 0, 0, 0, 0, 0} : Usage{20, 0, 1, 0, 23, 0, 0, 0};
      farmed.push_back(pop.AddVisitWithExtra(dealer, 350667000000009ull, t, 600,
                                             [&unused](Record& r) { r.usage = unused; }, in_box)
                           .second);
    } else {
      extras.push_back(
          pop.AddVisitWithExtra(dealer, 350667000000009ull, t, 600, [](Record&) {}, in_box).second);
    }
  }
  // Judged in the narrower reading of JUNK; by default an extra SIM, on a borrowed
  // document, is JUNK as well.
  auto d = pop.Run(OwnJunkEvidenceOnly());
  auto d_default = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, extras)) {
      const Verdict& v = VerdictFor(*d, r);
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
      EXPECT_TRUE(VerdictFor(*d_default, r).junk) << ExplainFor(*d_default, r);
      EXPECT_THAT(d->Evidence(*d->Find(r.carrier, r.msisdn)),
                  HasSubstr("an extra SIM beside the customer's own"));
    } else if (IsOneOf(r, farmed)) {
      EXPECT_TRUE(VerdictFor(*d, r).junk) << ExplainFor(*d, r);
    }
  }
}

// A farm stocks up at a dealer: each bought identity is registered with four SIMs within
// minutes, two of which are then first used in the farm's SIM box, and the carrier
// reports nothing of the other two. Those went to the farm with the visit. One boxed SIM
// beside one unknown shows no such visit: a customer's own SIM may stay unknown while
// the dealer's extra went to a box.
TEST(DetectorTest, SimsOfAVisitWhoseOtherSimsEndedInSimBoxesAreJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0671");
  const uint64_t device = 350671000000009ull, box = 867530900000051ull;
  const decltype(Record::usage) calls_out = {30, 900, 3, 0, 0, 400, 0, 0};
  std::vector<uint64_t> stocked, single;
  for (int i = 0; i < 16; ++i) {
    const auto p = pop.NewPerson();
    const int64_t t = kStart + 20 * kDay + i * 2 * kDay;
    const int sims = i % 2 == 0 ? 4 : 2;
    for (int k = 0; k < sims; ++k) {
      Record& r = pop.Add(p, Channel::kAgent, dealer, device, t + k * 300);
      if (k < sims / 2) {
        r.first_use_imei = box;
        r.usage = calls_out;
      } else {
        r.first_use_imei = 0;
        r.usage.fill(kUnknownUsage);
        (sims == 4 ? stocked : single).push_back(r.msisdn);
      }
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, stocked)) {
      ExpectJunk(*d, r, Reason::kVisitSimBox, "2 of the 2 whose first use is known");
      EXPECT_TRUE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
    } else if (IsOneOf(r, single)) {
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kVisitSimBox)))
          << ExplainFor(*d, r);
    }
  }
}

// A SIM used only for data is its holder's tablet or router, which weighs little as
// evidence of another holder; an extra SIM receiving hundreds of OTP messages, and
// nothing else, is no data SIM.
TEST(DetectorTest, OtpSinkExtraSimIsNotJudgedAsADataSim) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0668");
  std::vector<uint64_t> extras;
  for (int i = 0; i < 16; ++i) {
    const int64_t t = kStart + i * 5 * kDay;
    if (i % 4 != 0) {
      pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350668000000009ull, t);
      continue;
    }
    extras.push_back(pop.AddVisitWithExtra(dealer, 350668000000009ull, t, 900, [](Record&) {},
                                           [i](Record& extra) {
                                             // each in a phone of its own
                                             extra.first_use_imei = 351668000000000ull + 1000 * i;
                                             extra.usage = {25, 0, 0, 0, 240, 0, 0, 0};
                                           })
                         .second);
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, extras)) continue;
    EXPECT_TRUE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
  }
}

// A carrier that reports no usage leaves both SIMs of a visit without a first use: that
// is no shared device, so an extra SIM stays visible, at half weight, and is judged with
// its dealer's record of extras.
TEST(DetectorTest, ExtraSimWithoutKnownFirstUsesIsStillAnExtra) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0669");
  std::vector<uint64_t> unknown;
  auto no_usage = [](Record& r) {  // a carrier that reports none
    r.first_use_imei = 0;
    r.usage.fill(kUnknownUsage);
  };
  for (int i = 0; i < 24; ++i) {
    const int64_t t = kStart + i * 3 * kDay;
    if (i % 3 == 0) {
      unknown.push_back(
          pop.AddVisitWithExtra(dealer, 350669000000009ull, t, 600, no_usage, no_usage).second);
    } else {
      pop.AddVisitWithExtra(dealer, 350669000000009ull, t, 600, [](Record&) {}, [i](Record& extra) {
        extra.first_use_imei = 351669000000000ull + 1000 * i;
      });
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    if (!IsOneOf(r, unknown)) continue;
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kSameDocumentMinutes))
        << ExplainFor(*d, r);
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known"));
  }
}

// Where neither first use of a visit is known, an extra SIM weighs half, rising to full
// as its dealer's record of extras does: at a dealer that adds extras to a third of its
// customers' documents, such a SIM is most likely one. Not at a dealer without that
// record, and not a SIM used as a person's phone, which may well be the customer's own.
TEST(DetectorTest, ExtraSimWithoutKnownFirstUsesWeighsInFullAtADealerThatAddsExtras) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t adds = pop.Dealer("DL0672"), ordinary = pop.Dealer("DL0673");
  std::vector<uint64_t> unknown_at_adds, phone_at_adds, unknown_at_ordinary;
  auto no_usage = [](Record& r) {  // a carrier that reports none
    r.first_use_imei = 0;
    r.usage.fill(kUnknownUsage);
  };
  auto used_as_a_phone = [](Record& r) {
    r.first_use_imei = 0;
    r.usage = {28, 60, 55, 10, 12, 25, 50000, 900};
  };
  for (int i = 0; i < 24; ++i) {
    const int64_t t = kStart + i * 3 * kDay;
    if (i % 3 == 0) {
      unknown_at_adds.push_back(
          pop.AddVisitWithExtra(adds, 350672000000009ull, t, 600, no_usage, no_usage).second);
    } else if (i % 3 == 1) {
      pop.AddVisitWithExtra(adds, 350672000000009ull, t, 600, [](Record&) {}, [i](Record& extra) {
        extra.first_use_imei = 351672000000000ull + 1000 * i;  // in another device
      });
    } else if (i < 12) {
      phone_at_adds.push_back(
          pop.AddVisitWithExtra(adds, 350672000000009ull, t, 600, no_usage, used_as_a_phone)
              .second);
    } else {
      pop.Add(pop.NewPerson(), Channel::kAgent, adds, 350672000000009ull, t);
    }
    pop.Add(pop.NewPerson(), Channel::kAgent, ordinary, 350673000000009ull, t + kDay);
    if (i % 6 == 0) {
      unknown_at_ordinary.push_back(pop.AddVisitWithExtra(ordinary, 350673000000009ull,
                                                          t + kDay / 2, 600, no_usage, no_usage)
                                        .second);
    }
  }
  auto d = pop.Run();
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, unknown_at_adds)) {
      EXPECT_TRUE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known (weighs 1.00"));
    } else if (IsOneOf(r, phone_at_adds)) {
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known (weighs 0.50"));
    } else if (IsOneOf(r, unknown_at_ordinary)) {
      EXPECT_FALSE(v.non_owner) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known (weighs 0.50"));
    }
  }
}

// Where neither first use of a visit is known, an extra SIM whose use is known and nil
// is no dual-SIM purchase in the customer's phone: it weighs as one first used in another
// device. Not where the customer was seen at the counter (an ordinary face match): a
// spare SIM bought for later is never used either.
TEST(DetectorTest, NeverUsedExtraSimWithoutKnownFirstUsesIsOutsideTheCustomersPhone) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0670");
  std::vector<uint64_t> unknown, never_used, spare;
  auto no_first_use = [](Record& r) { r.first_use_imei = 0; };
  for (int i = 0; i < 24; ++i) {
    const int64_t t = kStart + i * 3 * kDay;
    auto extra = [i](Record& r) {
      r.first_use_imei = 0;
      if (i % 3 == 0) {
        r.usage.fill(kUnknownUsage);
      } else {
        r.usage = {0, 0, 0, 0, 0, 0, 0, 0};
        if (i % 3 == 1) r.face_match = std::numeric_limits<float>::quiet_NaN();
      }
    };
    const uint64_t msisdn =
        pop.AddVisitWithExtra(dealer, 350670000000009ull, t, 600, no_first_use, extra).second;
    (i % 3 == 0 ? unknown : i % 3 == 1 ? never_used : spare).push_back(msisdn);
  }
  auto d = pop.Run();
  float unknown_score = 0, never_used_score = 0, spare_score = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, unknown)) {
      unknown_score = std::max(unknown_score, v.non_owner_score);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known (weighs 0.50"));
    } else if (IsOneOf(r, never_used)) {
      never_used_score = std::max(never_used_score, v.non_owner_score);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("never used: not in the customer's phone"));
    } else if (IsOneOf(r, spare)) {
      spare_score = std::max(spare_score, v.non_owner_score);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("neither first use known (weighs 0.50"));
    }
  }
  EXPECT_GT(never_used_score, unknown_score);
  EXPECT_GT(never_used_score, spare_score);
}

TEST(DetectorTest, LatestRowIsCurrentAndOwnershipChangeIsReported) {
  Population pop;
  pop.AddBackground(100);
  auto a = pop.NewPerson();
  auto b = pop.NewPerson();
  Record first = pop.Add(a, Channel::kStore, kNoId, 350200000000001ull, kStart + kDay);
  Record& second = pop.Add(b, Channel::kStore, kNoId, 350200000000001ull, kStart + 50 * kDay);
  second.msisdn = first.msisdn;
  second.carrier = first.carrier;
  auto d = pop.Run();
  EXPECT_EQ(d->num_subscriptions(), pop.batch().records.size() - 1);
  const Verdict& v = d->verdict(*d->Find(first.carrier, first.msisdn));
  EXPECT_EQ(pop.batch().records[v.record].id_key, b.id_key);
  EXPECT_THAT(ReasonsOf(v), Contains(Reason::kOwnershipChanged));
  EXPECT_EQ(d->graph_stats().ownership_changes, 1u);
}

// A number's k-th holder in a test registers it; when `again`, the same number is
// registered on the same document a year later at `match`, with the face `taker_face`
// when `taker`. Without `again`, the first registration carries the taker's face and
// `match`.
Record AddNumber(Population& pop, int k, bool again, bool taker, float match,
                 uint64_t taker_face) {
  const auto holder = pop.NewPerson();
  const uint32_t dealer = pop.Dealer("DL0100");  // one of the background's dealers
  Record& first = pop.Add(holder, Channel::kAgent, dealer, 350230000000001ull + k,
                          kStart + k * kDay);
  if (!again) {
    first.selfie_hash = pop.Capture(taker_face);
    first.face_match = match;
    return first;
  }
  const uint64_t msisdn = first.msisdn;
  const Carrier carrier = first.carrier;
  Record& r = pop.Add(holder, Channel::kAgent, dealer, 350231000000001ull + k,
                      kStart + (365 + k) * kDay);
  r.msisdn = msisdn;
  r.carrier = carrier;
  if (taker) r.selfie_hash = pop.Capture(taker_face);
  r.face_match = match;
  return r;
}

// A number registered again on its holder's document (a new SIM, or a re-authentication
// on a new device) with a face match in its peers' lowest hundredth went to someone else:
// the face is the replacement's only check. Beside one more sign (the taker's face on
// another person's number as well) that is NON_OWNER, a SIM swap; a replacement with an
// ordinary match is not.
TEST(DetectorTest, NumberRegisteredAgainWithAFarLowerFaceMatchIsASimSwap) {
  constexpr uint64_t kTaker = 0x0123456789abcdefull;
  Population pop;
  pop.AddBackground(800);
  const Record swapped = AddNumber(pop, 0, /*again=*/true, /*taker=*/true, 0.15f, kTaker);
  const Record swapped_too = AddNumber(pop, 1, /*again=*/true, /*taker=*/true, 0.18f, kTaker);
  const Record replaced = AddNumber(pop, 2, /*again=*/true, /*taker=*/false, 0.90f, kTaker);
  auto d = pop.Run();
  for (const Record& r : {swapped, swapped_too}) {
    EXPECT_TRUE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kReregisteredLowMatch));
  }
  EXPECT_FALSE(VerdictFor(*d, replaced).non_owner) << ExplainFor(*d, replaced);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, replaced)),
              Not(Contains(Reason::kReregisteredLowMatch)));
}

// A number registered again on its holder's document by another face than its previous
// registration captured, with a face match in its peers' lowest hundredth: someone else
// took the number over (a SIM swap), NON_OWNER. The same poor match from the holder's own
// face is not, nor another face that matches the document as well as most do.
TEST(DetectorTest, NumberRegisteredAgainByAnotherFaceWithAPoorMatchIsASimSwap) {
  Population pop;
  pop.AddBackground(800);
  const Record swapped =
      AddNumber(pop, 0, /*again=*/true, /*taker=*/true, 0.15f, 0x0123456789abcdefull);
  const Record own_face = AddNumber(pop, 1, /*again=*/true, /*taker=*/false, 0.15f, 0);
  const Record matching =
      AddNumber(pop, 2, /*again=*/true, /*taker=*/true, 0.90f, 0xfedcba9876543210ull);
  auto d = pop.Run();
  EXPECT_TRUE(VerdictFor(*d, swapped).non_owner) << ExplainFor(*d, swapped);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, swapped)), Contains(Reason::kReregisteredOtherFace));
  EXPECT_THAT(ExplainFor(*d, swapped),
              HasSubstr("by another face than its previous registration's"));
  for (const Record& r : {own_face, matching}) {
    EXPECT_FALSE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
  }
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, own_face)),
              Not(Contains(Reason::kReregisteredOtherFace)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, matching)), Contains(Reason::kReregisteredOtherFace));
}

// The same taker's face and matches on two numbers' first registrations are a low match
// and a shared face, with no replacement: not enough.
TEST(DetectorTest, TheSameLowMatchesOnFirstRegistrationsAreNoSimSwap) {
  constexpr uint64_t kTaker = 0x0123456789abcdefull;
  Population pop;
  pop.AddBackground(800);
  const Record low = AddNumber(pop, 0, /*again=*/false, /*taker=*/true, 0.15f, kTaker);
  const Record low_too = AddNumber(pop, 1, /*again=*/false, /*taker=*/true, 0.18f, kTaker);
  auto d = pop.Run();
  for (const Record& r : {low, low_too}) {
    EXPECT_FALSE(VerdictFor(*d, r).non_owner) << ExplainFor(*d, r);
  }
}

TEST(DetectorTest, FarmSimReRegisteredByItsUserIsJudgedByItsCurrentUse) {
  Population pop;
  pop.AddBackground(600);
  const uint64_t gateway = 867530900000022ull;
  const uint32_t dealer = pop.Dealer("DL0778");
  std::vector<Record> farm;
  for (int i = 0; i < 16; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350778000000001ull,
                        kStart + 10 * kDay + i * 7 * kDay);
    r.first_use_imei = gateway;
    r.usage = {30, 0, 0, 0, 400, 0, 0, 0};  // an OTP sink
    farm.push_back(r);
  }
  // Two of the SIMs are later re-registered at a shop by the persons who now hold them;
  // one is used as an ordinary phone, the other is still an OTP sink.
  Record reused_copy, still_farm_copy;
  for (int k = 0; k < 2; ++k) {
    auto holder = pop.NewPerson();
    Record& r = pop.Add(holder, Channel::kStore, kNoId, 350200000000009ull,
                        kStart + 250 * kDay + k * kDay);
    r.msisdn = farm[k].msisdn;
    r.carrier = farm[k].carrier;
    r.first_use_imei = gateway;  // the first use is history: it stays the gateway
    if (k == 1) r.usage = farm[k].usage;
    (k == 0 ? reused_copy : still_farm_copy) = r;
  }
  auto d = pop.Run();
  const Verdict& reused = VerdictFor(*d, reused_copy);
  EXPECT_THAT(ReasonsOf(reused), Contains(Reason::kOwnershipChanged));
  EXPECT_FALSE(reused.junk) << ExplainFor(*d, reused_copy);
  EXPECT_THAT(ReasonsOf(reused), Not(Contains(Reason::kSimBox)));
  const Verdict& still_farm = VerdictFor(*d, still_farm_copy);
  EXPECT_TRUE(still_farm.junk) << ExplainFor(*d, still_farm_copy);
  EXPECT_THAT(ReasonsOf(still_farm), Contains(Reason::kSimBox));
}

TEST(DetectorTest, OrganisationWithHundredsOfSimsIsNotFlagged) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("VT-STORE-001-01");
  Population::Person org = pop.NewPerson();
  org.id_key = pop.batch().ids.Intern("ORG:0101234567");
  for (int i = 0; i < 300; ++i) {
    Record& r = pop.Add(org, Channel::kStore, shop, 350300000000007ull, kStart + 50 * kDay + i * 20);
    r.id_type = IdType::kOrg;
    r.subscriber_type = SubscriberType::kOrganization;
    r.has_selfie = false;
    r.face_match = std::numeric_limits<float>::quiet_NaN();
    r.iccid_body = 888000000000000ull + 10 * i;      // one box of consecutive ICCIDs
    r.first_use_imei = 860000000000000ull + 10 * i;  // one tracker per SIM
    r.usage = {30, 0, 0, 0, 0, 0, 0, 150};           // IoT: data only
  }
  auto d = pop.Run();
  EXPECT_EQ(CountFlagged(*d), 0);
}

// Organisations' lines are many users' by design, and a call centre's call out only by
// trade; but lines that do nothing but receive one-time codes, far more of an
// organisation's than of organisations' in general, were registered to rent out for
// OTPs: JUNK, with the document's farm use as the reason.
TEST(DetectorTest, OrganisationWhoseLinesOnlyReceiveOneTimeCodesIsJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("VT-STORE-001-01");
  const std::array<std::pair<const char*, std::array<int32_t, 8>>, 3> orgs = {{
      {"ORG:0101234567", {25, 0, 1, 0, 300, 0, 0, 1}},          // OTP sinks
      {"ORG:0107654321", {25, 1500, 60, 5, 10, 1300, 0, 200}},  // a call centre
      {"ORG:0109999999", {30, 0, 0, 0, 0, 0, 0, 150}},          // IoT trackers
  }};
  std::vector<uint64_t> otp, others;
  for (int o = 0; o < 3; ++o) {
    Population::Person org = pop.NewPerson();
    org.id_key = pop.batch().ids.Intern(orgs[o].first);
    for (int i = 0; i < 60; ++i) {
      Record& r = pop.Add(org, Channel::kStore, shop, 350300000000007ull,
                          kStart + (50 + 10 * o) * kDay + i * 20);
      r.id_type = IdType::kOrg;
      r.subscriber_type = SubscriberType::kOrganization;
      r.has_selfie = false;
      r.face_match = std::numeric_limits<float>::quiet_NaN();
      r.first_use_imei = 860000000000000ull + 1000 * o + 10 * i;
      r.usage = orgs[o].second;
      (o == 0 ? otp : others).push_back(r.msisdn);
    }
  }
  auto d = pop.Run();
  ExpectJunkAndClean(*d, pop.batch(), otp, Reason::kIdentityFarmUse,
                     "receive OTPs only", others);
}

// After Circular 08 a failed population check is also the missing four-field match that
// REG_NO_4FIELD_MATCH reports: one fact. The rule is reported, but adds no junk evidence
// to the failed check's, so a clerical slip weighs the same on either side of the date.
TEST(DetectorTest, FailedCheckAfterCircular08IsCountedOnceForJunk) {
  Population pop;
  pop.AddBackground(600);
  Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, pop.Dealer("DL0100"),
                      350100000000100ull, kStart + 30 * kDay);
  r.popdb_check = PopdbCheck::kMismatch;
  const Record failed = r;
  DetectOptions in_force;
  in_force.circular08_start = kStart - kDay;
  auto before = pop.Run();
  auto after = pop.Run(in_force);
  const Verdict& b = VerdictFor(*before, failed);
  const Verdict& a = VerdictFor(*after, failed);
  EXPECT_THAT(ReasonsOf(b), Not(Contains(Reason::kRegNo4FieldMatch)));
  EXPECT_THAT(ReasonsOf(a), Contains(Reason::kRegNo4FieldMatch)) << ExplainFor(*after, failed);
  EXPECT_THAT(ReasonsOf(a), Contains(Reason::kPopdbFail)) << ExplainFor(*after, failed);
  EXPECT_FLOAT_EQ(a.junk_score, b.junk_score) << ExplainFor(*after, failed);
}

TEST(DetectorTest, RegulatoryRulesAreReportedButNeverFlagAlone) {
  Population pop;
  pop.AddBackground(600);
  auto heavy = pop.NewPerson();
  // Twelve numbers on one document, all by app on the holder's own phone: the 4th and
  // later break Decree 163 Art. 16, and the document is in the 10-or-more cohort.
  const int64_t after_decree = 1740000000;  // 2025-02-19
  for (int i = 0; i < 12; ++i) {
    Record& r = pop.Add(heavy, Channel::kEkycApp, kNoId, heavy.phone, after_decree + i * 7 * kDay);
    r.carrier = Carrier::kViettel;
  }
  auto d = pop.Run();
  int rule_hits = 0;
  for (const Record& r : pop.batch().records) {
    if (r.id_key != heavy.id_key) continue;
    const Verdict& v = VerdictFor(*d, r);
    ExpectNotFlagged(*d, r);
    const auto reasons = ReasonsOf(v);
    EXPECT_THAT(reasons, Contains(Reason::kRegCohort10Plus));
    rule_hits += std::count(reasons.begin(), reasons.end(), Reason::kRegSelfServiceOver3);
  }
  EXPECT_EQ(rule_hits, 9);  // numbers 4 to 12
}

TEST(DetectorTest, Circular08RequiresFourFieldMatchFromItsStartDate) {
  Population pop;
  pop.AddBackground(600);
  auto p = pop.NewPerson();
  Record& before = pop.Add(p, Channel::kStore, kNoId, 350200000000003ull, 1776000000);  // 2026-04-12
  before.popdb_check = PopdbCheck::kUnchecked;
  auto q = pop.NewPerson();
  Record& after = pop.Add(q, Channel::kStore, kNoId, 350200000000003ull, 1776300000);   // 2026-04-16
  after.popdb_check = PopdbCheck::kUnchecked;
  auto d = pop.Run();
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, pop.batch().records[pop.batch().records.size() - 2])),
              Not(Contains(Reason::kRegNo4FieldMatch)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, pop.batch().records.back())),
              Contains(Reason::kRegNo4FieldMatch));
}

// A walk-in whose typed date fails the population-database check, at a dealer that
// registers many fabricated documents: the selfie matches the document photo as well as
// most do, so the dealer's record weighs half and the typo is not junk.
TEST(DetectorTest, TypoAtAWeakDealerWithAnOrdinaryFaceMatchIsNotJunk) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.AddCarelessDealer("DL0333", 350333000000001ull);
  Record& typo = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350333000000001ull,
                         kStart + 100 * kDay);
  typo.popdb_check = PopdbCheck::kMismatch;
  typo.face_match = 0.93f;
  const Record walk_in = typo;
  auto d = pop.Run();
  const Verdict& v = VerdictFor(*d, walk_in);
  const std::string explanation = ExplainFor(*d, walk_in);
  EXPECT_FALSE(v.junk) << explanation;
  EXPECT_THAT(explanation, HasSubstr("a typed field is the likelier cause"));
  EXPECT_THAT(explanation, HasSubstr("weak-verification share binomial surprise"));
  EXPECT_THAT(explanation, HasSubstr("as well as most do (weighs half)"));
}

// The dealer's record (its weak-verification share, its outlying profile) says little
// about a customer who calls out and in and tops up: an honest typo fails the population
// database check as a fabricated document does.
TEST(DetectorTest, TypoAtAWeakDealerOnASimUsedAsAPersonsPhoneIsNotJunk) {
  Population pop;
  pop.AddBackground(1600);  // enough dealers with enough registrations for FastMCD
  const uint32_t dealer = pop.AddCarelessDealer("DL0333", 350333000000001ull);
  // Two failed checks with a face match below most (not an ordinary own-face match, not
  // a low one): a customer who calls out and in and tops up, and a SIM never used.
  auto add_typo = [&](int k) -> Record& {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350333000000001ull,
                        kStart + (100 + k) * kDay);
    r.popdb_check = PopdbCheck::kMismatch;
    r.face_match = 0.86f;
    return r;
  };
  const Record in_use = add_typo(0);
  Record& idle = add_typo(1);
  idle.usage = {0, 0, 0, 0, 0, 0, 0, 0};
  const Record never_used = idle;
  auto d = pop.Run();
  const std::string explanation = ExplainFor(*d, in_use);
  EXPECT_FALSE(VerdictFor(*d, in_use).junk) << explanation;
  EXPECT_THAT(explanation, HasSubstr("DEALER_OUTLIER"));
  EXPECT_THAT(explanation, HasSubstr("used as a person's phone"));
  EXPECT_TRUE(VerdictFor(*d, never_used).junk) << ExplainFor(*d, never_used);
}

// A clerical typo in the document number makes a document of its own, which fails the
// population-database check. One digit (or one swap of neighbouring digits) away, the
// same person's document passed it: the failure is the typo, not a fabrication. A number
// two digits away from the person's is no such slip.
TEST(DetectorTest, ANumberMistypedByOneDigitIsExplainedByThePersonsOtherDocument) {
  Population pop;
  pop.AddBackground(1600);  // enough dealers with enough registrations for FastMCD
  const uint32_t dealer = pop.AddCarelessDealer("DL0334", 350334000000001ull);
  // The person's document passes the check at a shop; then the careless dealer types the
  // number ("CCCD:0010" and eight digits) as `mistype` does: the check fails, and the
  // carrier exports no usage.
  int k = 0;
  auto add_mistyped = [&](const std::function<void(std::string&)>& mistype) {
    Population::Person p = pop.NewPerson();
    pop.Add(p, Channel::kStore, kNoId, 350200000000001ull, kStart + k * kDay);
    std::string number(pop.batch().ids.Get(p.id_key));
    mistype(number);
    p.id_key = pop.batch().ids.Intern(number);
    Record& r = pop.Add(p, Channel::kAgent, dealer, 350334000000001ull,
                        kStart + (100 + k++) * kDay);
    r.popdb_check = PopdbCheck::kNotFound;
    r.face_match = 0.86f;
    r.usage.fill(kUnknownUsage);
    return r;
  };
  const Record one_digit = add_mistyped([](std::string& n) { n[9] = '3'; });
  const Record swapped = add_mistyped([](std::string& n) { std::swap(n[7], n[8]); });
  const Record two_digits = add_mistyped([](std::string& n) {
    n[9] = '3';
    n[10] = '7';
  });
  auto d = pop.Run();
  for (const Record& slip : {one_digit, swapped}) {
    EXPECT_FALSE(VerdictFor(*d, slip).junk) << ExplainFor(*d, slip);
    EXPECT_THAT(ExplainFor(*d, slip), Not(HasSubstr("POPDB_FAIL")));
  }
  ExpectJunk(*d, two_digits, Reason::kPopdbFail);
}

// A birth year and a gender that both disagree with the CCCD's digits, where one
// keystroke explains both (a mistyped century/gender digit, CccdDigitsOneSlipFrom), are
// one clerical slip: they weigh as one half-weighted mismatch, not as two. Where two
// keystrokes would be needed, both mismatches count in full.
// A shop customer's registration, the k-th of a test, whose document carries these
// soft-check signals.
Record AddWithSoftChecks(Population& pop, int k, uint32_t soft_checks) {
  Record& r = pop.Add(pop.NewPerson(), Channel::kStore, kNoId, 350210000000000ull + k,
                      kStart + k * kDay);
  r.soft_checks |= soft_checks;
  return r;
}

TEST(DetectorTest, OneKeystrokeBehindBothCccdMismatchesIsOneSlip) {
  Population pop;
  pop.AddBackground(800);
  int k = 0;
  auto add = [&](uint32_t soft_checks) { return AddWithSoftChecks(pop, k++, soft_checks); };
  constexpr uint32_t kBoth = kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch;
  const Record one_keystroke = add(kBoth | kSoftCccdYearSlip | kSoftCccdGenderSlip);
  const Record year_slip = add(kSoftCccdBirthYearMismatch | kSoftCccdYearSlip);
  const Record two_keystrokes = add(kBoth);
  add(kSoftCccdGenderMismatch);  // as many gender as birth-year mismatches: equal surprises
  auto d = pop.Run();
  const double one = JunkEvidenceFor(*d, one_keystroke, "DOCUMENT_INCONSISTENT");
  EXPECT_GT(one, 0.0) << ExplainFor(*d, one_keystroke);
  EXPECT_NEAR(one, JunkEvidenceFor(*d, year_slip, "DOCUMENT_INCONSISTENT"), 0.011)
      << ExplainFor(*d, one_keystroke) << ExplainFor(*d, year_slip);
  EXPECT_GT(JunkEvidenceFor(*d, two_keystrokes, "DOCUMENT_INCONSISTENT"), 1.9 * one)
      << ExplainFor(*d, two_keystrokes);
}

// A CCCD whose province code is not one of the 63 (kept with a soft check, as the domain
// sheet says) is read like a one-keystroke slip: a mistyped digit is as likely as an
// invented number, so it weighs half of a birth-year mismatch equally rare among its
// peers, and alone it flags nothing.
TEST(DetectorTest, UnknownCccdProvinceWeighsAsASlip) {
  Population pop;
  pop.AddBackground(800);
  const Record unknown_province = AddWithSoftChecks(pop, 0, kSoftCccdUnknownProvince);
  const Record year_mismatch = AddWithSoftChecks(pop, 1, kSoftCccdBirthYearMismatch);
  auto d = pop.Run();
  const double province = JunkEvidenceFor(*d, unknown_province, "DOCUMENT_INCONSISTENT");
  EXPECT_GT(province, 0.0) << ExplainFor(*d, unknown_province);
  EXPECT_NEAR(province, 0.5 * JunkEvidenceFor(*d, year_mismatch, "DOCUMENT_INCONSISTENT"),
              0.011)
      << ExplainFor(*d, unknown_province) << ExplainFor(*d, year_mismatch);
  EXPECT_FALSE(VerdictFor(*d, unknown_province).junk) << ExplainFor(*d, unknown_province);
}

// A failed check at a careless dealer, with a face match below most and no usage
// exported: the dealer's record on others' registrations weighs half when the database
// holds the number under another name or birth date (MISMATCH), which a mistyped name or
// date gives; a number the database does not hold (NOT_FOUND) is no slip of that kind.
TEST(DetectorTest, AMismatchOnARealNumberWeighsTheDealersRecordHalf) {
  Population pop;
  pop.AddBackground(1600);  // enough dealers with enough registrations for FastMCD
  const uint32_t dealer = pop.AddCarelessDealer("DL0335", 350335000000001ull);
  auto add_failed = [&](PopdbCheck check, int k) {
    Record& r = pop.Add(pop.NewPerson(), Channel::kAgent, dealer, 350335000000001ull,
                        kStart + (100 + k) * kDay);
    r.popdb_check = check;
    r.face_match = 0.86f;
    r.usage.fill(kUnknownUsage);
    return r;
  };
  const Record mismatch = add_failed(PopdbCheck::kMismatch, 0);
  const Record not_found = add_failed(PopdbCheck::kNotFound, 1);
  auto d = pop.Run();
  EXPECT_FALSE(VerdictFor(*d, mismatch).junk) << ExplainFor(*d, mismatch);
  EXPECT_THAT(ExplainFor(*d, mismatch), HasSubstr("(MISMATCH), which a mistyped name or date"));
  ExpectJunk(*d, not_found, Reason::kPopdbFail);
}

TEST(DetectorTest, AnotherNameOnTheDocumentIsAVariantButATypoIsNot) {
  Population pop;
  pop.AddBackground(600);
  auto p = pop.NewPerson();
  pop.batch().names.Intern("TRAN THI MAI");
  for (int i = 0; i < 3; ++i) pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + i * 30 * kDay);
  Record& typo = pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + 100 * kDay);
  typo.name_key = pop.batch().names.Intern(std::string(pop.batch().names.Get(p.name_key)) + "X");
  Record& other = pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + 120 * kDay);
  other.name_key = pop.batch().names.Find("TRAN THI MAI");
  const Record typo_copy = typo;
  const Record other_copy = other;
  auto d = pop.Run();
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, typo_copy)), Not(Contains(Reason::kIdentityAttributeVariants)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, other_copy)), Contains(Reason::kIdentityAttributeVariants));
}

// A 9-digit CMND number was issued twice in places (two provinces' overlapping ranges).
// Another name and birth date on it, which the population database did not reject, is
// the other holder of the number; the same on a CCCD, or with a failed check, is a
// variant of one document.
TEST(DetectorTest, TwoPeopleOnOneCmndNumberAreNotVariants) {
  Population pop;
  pop.AddBackground(600);
  auto holder = pop.NewPerson();
  auto namesake = pop.NewPerson();  // another name and birth date
  namesake.id_key = holder.id_key;
  namesake.name_key = pop.batch().names.Intern("TRAN THI MAI");
  auto add = [&](const Population::Person& p, IdType type, PopdbCheck check, int day) {
    Record& r = pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + day * kDay);
    r.id_type = type;
    r.popdb_check = check;
    return r;
  };
  for (int i = 0; i < 2; ++i) add(holder, IdType::kCmnd, PopdbCheck::kMatch, 30 * i);
  const Record other_holder = add(namesake, IdType::kCmnd, PopdbCheck::kMatch, 400);
  const Record rejected = add(namesake, IdType::kCmnd, PopdbCheck::kMismatch, 500);
  auto cccd_holder = pop.NewPerson();
  auto cccd_other = pop.NewPerson();
  cccd_other.id_key = cccd_holder.id_key;
  cccd_other.name_key = pop.batch().names.Intern("LE VAN HUNG");
  for (int i = 0; i < 2; ++i) add(cccd_holder, IdType::kCccd, PopdbCheck::kMatch, 30 * i);
  const Record on_cccd = add(cccd_other, IdType::kCccd, PopdbCheck::kMatch, 400);
  auto d = pop.Run();
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, other_holder)),
              Not(Contains(Reason::kIdentityAttributeVariants)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, rejected)), Contains(Reason::kIdentityAttributeVariants));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, on_cccd)), Contains(Reason::kIdentityAttributeVariants));
}

TEST(DetectorTest, NeighbouringBirthYearIsATypoButAnotherDateIsAVariant) {
  Population pop;
  pop.AddBackground(600);
  auto p = pop.NewPerson();
  p.dob = 14461;  // 2009-08-05
  for (int i = 0; i < 3; ++i) pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + i * 30 * kDay);
  Record& slip = pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + 100 * kDay);
  slip.date_of_birth = 14826;  // 2010-08-05: two digits differ, one year apart
  Record& other = pop.Add(p, Channel::kStore, kNoId, 350200000000004ull, kStart + 120 * kDay);
  other.date_of_birth = 14461 + 200;
  const Record slip_copy = slip;
  const Record other_copy = other;
  auto d = pop.Run();
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, slip_copy)), Not(Contains(Reason::kIdentityAttributeVariants)));
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, other_copy)), Contains(Reason::kIdentityAttributeVariants));
}

// Identities bought for a farm: each seller registers four SIMs in person, with their
// own face, and every one ends up receiving OTPs only. The carrier did not export the
// first-use device, so no SIM box is visible: the document's SIMs all in farm use are
// junk evidence. One OTP sink among a customer's ordinarily used SIMs is not.
TEST(DetectorTest, DocumentWhoseSimsAllEndInFarmUseIsJunkEvidence) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> farmed, lone_sink;
  for (int i = 0; i < 8; ++i) {
    const auto seller = pop.NewPerson();
    const auto customer = pop.NewPerson();
    const uint32_t dealer = pop.Dealer(absl::StrCat("DL06", 10 + i));
    for (int k = 0; k < 4; ++k) {
      const int64_t t = kStart + (20 + 9 * i) * kDay + k * 300;
      Record& r = pop.Add(seller, Channel::kAgent, dealer, 350600000000001ull + i, t);
      r.first_use_imei = 0;
      r.usage = {27, 0, 1, 0, 180, 0, 0, 0};
      farmed.push_back(r.msisdn);
      Record& c = pop.Add(customer, Channel::kAgent, pop.Dealer(absl::StrCat("DL07", 10 + i)),
                          350700000000001ull + i, t + kDay);
      c.first_use_imei = 0;
      if (k == 0) {
        c.usage = {27, 0, 1, 0, 180, 0, 0, 0};
        lone_sink.push_back(c.msisdn);
      }
    }
  }
  auto d = pop.Run();
  double farmed_junk = 0, lone_junk = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, farmed)) {
      farmed_junk += v.junk_score / farmed.size();
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kIdentityFarmUse)) << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("4 of the 4 SIMs with known use"));
    } else if (IsOneOf(r, lone_sink)) {
      lone_junk += v.junk_score / lone_sink.size();
      EXPECT_THAT(ReasonsOf(v), Not(Contains(Reason::kIdentityFarmUse)));
    }
  }
  EXPECT_GT(farmed_junk, lone_junk + 0.15);
}

// A document rented out to a spammer: within five days its holder's name is given at
// five shops, and each of the five SIMs, in a phone of its own, sends SMS to hundreds of
// numbers. The document's other SIMs corroborate each SIM's own use: all five are
// operated for spam, which is junk. One customer's single SIM of the same use, beside two
// ordinary ones, is not.
TEST(DetectorTest, SimsOfARentedDocumentThatAllSendSpamAreJunk) {
  Population pop;
  pop.AddBackground(600);
  std::vector<uint64_t> rented, lone;
  for (int i = 0; i < 6; ++i) {
    const auto holder = pop.NewPerson();
    const auto customer = pop.NewPerson();
    for (int k = 0; k < 5; ++k) {
      const int64_t t = kStart + (20 + 9 * i) * kDay + k * kDay + 3600 * (k % 3);
      Record& r = pop.Add(holder, Channel::kAgent, pop.Dealer(absl::StrCat("DL08", 10 * i + k)),
                          350800000000001ull + 10 * i + k, t);
      r.first_use_imei = 351800000000001ull + 7777777ull * (10 * i + k);  // their own phones
      r.usage = {25, 3, 2, 900, 4, 700, 50000, 0};
      rented.push_back(r.msisdn);
      if (k >= 3) continue;
      Record& c = pop.Add(customer, Channel::kAgent, pop.Dealer(absl::StrCat("DL09", 10 + i)),
                          350900000000001ull + i, t + kDay);
      if (k == 0) {
        c.usage = r.usage;
        lone.push_back(c.msisdn);
      }
    }
  }
  auto d = pop.Run();
  int rented_junk = 0;
  for (const Record& r : pop.batch().records) {
    const Verdict& v = VerdictFor(*d, r);
    if (IsOneOf(r, rented)) {
      rented_junk += v.junk;
      EXPECT_THAT(ReasonsOf(v), Contains(Reason::kOutgoingOnly)) << ExplainFor(*d, r);
    } else if (IsOneOf(r, lone)) {
      EXPECT_FALSE(v.junk) << ExplainFor(*d, r);
    }
  }
  EXPECT_EQ(rented_junk, static_cast<int>(rented.size()));
}

TEST(DetectorTest, OtpSinkAndNeverUsedAreUsageEvidenceOnlyWhenCorroborated) {
  Population pop;
  pop.AddBackground(600);
  // A backup SIM that is never used, well verified: not flagged.
  auto owner = pop.NewPerson();
  Record& backup = pop.Add(owner, Channel::kStore, kNoId, 350200000000005ull, kStart + kDay);
  backup.usage = {0, 0, 0, 0, 0, 0, 0, 0};
  const Record backup_copy = backup;
  // OTP sinks in SIM boxes of bought identities: junk, with OTP_SINK among the reasons.
  // Some send a message or make a call now and then to look human: one out for every 20
  // or more in is still a sink.
  std::vector<Record> sinks;
  const decltype(Record::usage) silent = {30, 0, 0, 0, 300, 0, 0, 0};
  const decltype(Record::usage) disguised = {30, 2, 1, 3, 300, 2, 0, 0};
  for (int box = 0; box < 2; ++box) {
    for (int i = 0; i < 12; ++i) {
      auto p = pop.NewPerson();
      Record& r = pop.Add(p, Channel::kAgent, pop.Dealer(absl::StrCat("DL055", box)),
                          350555000000011ull + box, kStart + 20 * kDay + i * kDay);
      r.first_use_imei = 867530900000029ull + 100 * box;
      r.usage = box == 0 ? silent : disguised;
      sinks.push_back(r);
    }
  }
  auto d = pop.Run();
  const Verdict& b = VerdictFor(*d, backup_copy);
  EXPECT_FALSE(b.junk || b.non_owner);
  for (const Record& r : sinks) ExpectJunk(*d, r, Reason::kOtpSink);
}

// A document registered at four dealers within hours: every one of the four
// registrations is part of it, the first as much as the last (the window looks both
// ways). A registration of the same document a week later is not.
TEST(DetectorTest, DocumentAtSeveralDealersWithinHoursIsReported) {
  Population pop;
  pop.AddBackground(600);
  auto p = pop.NewPerson();
  std::vector<Record> regs;
  for (int i = 0; i < 4; ++i) {
    regs.push_back(pop.Add(p, Channel::kAgent, pop.Dealer(absl::StrCat("DL09", i)),
                           350900000000000ull + i, kStart + 9 * kDay + i * 3600));
  }
  const Record later = pop.Add(p, Channel::kAgent, pop.Dealer("DL0904"), 350900000000004ull,
                               kStart + 16 * kDay);
  auto d = pop.Run();
  for (const Record& r : regs) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kIdentityMultiPointWindow))
        << ExplainFor(*d, r);
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("document registered at 4 points within 48 h"));
  }
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, later)), Not(Contains(Reason::kIdentityMultiPointWindow)));
}

// An export that stamps rows without a registration time with its own last second puts
// registrations from all over the country at one instant. Forty people who each hold SIMs
// from four dealers, all four stamped 23:59:58 on the export's last day, were not taken
// round four dealers within the hour at midnight: the time is a placeholder, which keeps
// its date but has no time of day. A document taken round four dealers within the hour
// at real times still is; and with the rule off (more points needed than the instant
// holds) the forty look taken round, and are flagged.
TEST(DetectorTest, ATimeStampedOnRegistrationsAtManyPointsIsAPlaceholder) {
  Population pop;
  pop.AddBackground(600);
  for (Record& r : pop.batch().records) {  // 09:00-19:00 local (UTC+7)
    r.registered_at = r.registered_at / kDay * kDay + 2 * 3600 + r.registered_at % (10 * 3600);
  }
  const int64_t export_end = kStart + 300 * kDay + 16 * 3600 + 59 * 60 + 58;  // 23:59:58 local
  std::vector<Record> stamped;
  for (int i = 0; i < 40; ++i) {
    const auto holder = pop.NewPerson();
    for (int k = 0; k < 4; ++k) {
      Record& r = pop.Add(holder, Channel::kAgent, pop.Dealer(absl::StrCat("DL08", 10 * i + k)),
                          350800000000000ull + 10 * i + k, export_end);
      r.face_match = 0.95f;  // their own faces, well matched
      stamped.push_back(r);
    }
  }
  const auto hawker = pop.NewPerson();
  std::vector<Record> hawked;
  for (int k = 0; k < 4; ++k) {
    Record& r = pop.Add(hawker, Channel::kAgent, pop.Dealer(absl::StrCat("DL09", k)),
                        350900000000000ull + k, kStart + 9 * kDay + 3 * 3600 + k * 600);
    r.first_use_imei = 359900000000000ull + k;  // the buyers' phones
    hawked.push_back(r);
  }
  auto d = pop.Run();
  EXPECT_EQ(d->graph_stats().placeholder_times, stamped.size());
  EXPECT_THAT(d->notes(), Contains(HasSubstr("160 registrations at 160 points carry the "
                                             "registration time 2025-10-28T23:59:58+07:00")));
  for (const Record& r : stamped) {
    EXPECT_EQ(JunkEvidenceFor(*d, r, "ID_MULTI_POINT_WINDOW"), 0.0) << ExplainFor(*d, r);
    ExpectNotFlagged(*d, r);
  }
  for (const Record& r : hawked) {
    EXPECT_GT(JunkEvidenceFor(*d, r, "ID_MULTI_POINT_WINDOW"), 0.0) << ExplainFor(*d, r);
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("at 4 points within 60 min: the document is "
                                             "taken round dealers"));
  }
  DetectOptions off;
  off.placeholder_time_min_points = 1000;
  auto all_timed = pop.Run(off);
  EXPECT_EQ(all_timed->graph_stats().placeholder_times, 0u);
  for (const Record& r : stamped) {
    EXPECT_GT(JunkEvidenceFor(*all_timed, r, "ID_MULTI_POINT_WINDOW"), 0.0)
        << ExplainFor(*all_timed, r);
    EXPECT_TRUE(VerdictFor(*all_timed, r).non_owner) << ExplainFor(*all_timed, r);
  }
}

// One person gives one residence. A document whose registrations within hours declare
// three provinces of residence was typed in by different hands; a person registering at
// two dealers the same day with one residence, or the document's registration in another
// province a week later (a move), is not reported.
TEST(DetectorTest, DocumentDeclaredInSeveralProvincesWithinHoursIsReported) {
  Population pop;
  pop.AddBackground(600);
  auto p = pop.NewPerson();
  std::vector<Record> regs;
  const uint16_t provinces[] = {1, 79, 48, 79};
  for (int i = 0; i < 4; ++i) {
    Record& r = pop.Add(p, Channel::kAgent, pop.Dealer(absl::StrCat("DL08", i)),
                        350800000000000ull + i, kStart + 9 * kDay + i * 3600);
    r.province = provinces[i];
    regs.push_back(r);
  }
  Record& moved = pop.Add(p, Channel::kAgent, pop.Dealer("DL0804"), 350800000000004ull,
                          kStart + 16 * kDay);
  moved.province = 31;
  const Record later = moved;
  auto q = pop.NewPerson();
  std::vector<Record> one_residence;
  for (int i = 0; i < 2; ++i) {
    Record& r = pop.Add(q, Channel::kAgent, pop.Dealer(absl::StrCat("DL08", 5 + i)),
                        350800000000010ull + i, kStart + 9 * kDay + i * 3600);
    r.province = 1;
    one_residence.push_back(r);
  }
  auto d = pop.Run();
  for (const Record& r : regs) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kIdentityResidenceWindow))
        << ExplainFor(*d, r);
    EXPECT_THAT(ExplainFor(*d, r), HasSubstr("declared with 3 provinces of residence within 48 h"));
  }
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, later)), Not(Contains(Reason::kIdentityResidenceWindow)));
  for (const Record& r : one_residence) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kIdentityResidenceWindow)));
  }
}

// A foreman buys eight SIMs on his own document in one visit for his crew, and they go
// into eight phones: the extras are someone else's. A parent who sets up SIMs for two
// children beside their own (three phones) is not reported.
TEST(DetectorTest, VisitWhoseSimsWentIntoManyPhonesIsReported) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t shop = pop.Dealer("DL0700");
  auto foreman = pop.NewPerson();
  std::vector<uint64_t> crew;
  for (int i = 0; i < 8; ++i) {
    Record& r = pop.Add(foreman, Channel::kStore, shop, 350700000000000ull,
                        kStart + 20 * kDay + i * 240);
    r.first_use_imei = 862000000000000ull + 100 * i;
    if (i > 0) crew.push_back(r.msisdn);
  }
  auto parent = pop.NewPerson();
  std::vector<uint64_t> children;
  for (int i = 0; i < 3; ++i) {
    Record& r = pop.Add(parent, Channel::kStore, shop, 350700000000000ull,
                        kStart + 40 * kDay + i * 240);
    r.first_use_imei = 863000000000000ull + 100 * i;
    if (i > 0) children.push_back(r.msisdn);
  }
  auto d = pop.Run();
  ASSERT_EQ(crew.size(), 7u);
  for (const Record& r : pop.batch().records) {
    if (IsOneOf(r, crew)) {
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kVisitManyPhones))
          << ExplainFor(*d, r);
      EXPECT_THAT(ExplainFor(*d, r), HasSubstr("went into 8 different phones"));
    } else if (IsOneOf(r, children)) {
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Contains(Reason::kSameDocumentMinutes))
          << ExplainFor(*d, r);
      EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kVisitManyPhones)))
          << ExplainFor(*d, r);
    }
  }
}

// A dealer keeps the capture it took of a walk-in customer and presents it again days
// later for another SIM on the customer's document: the selfie and its face-match score
// are identical, where a new capture of the same face differs in a few bits and in its
// score. The customer's second SIM the same afternoon with the same capture, and their
// return a week later with a new capture, are not reported.
TEST(DetectorTest, CaptureStoredAndPresentedAgainIsReported) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0600");
  auto customer = pop.NewPerson();
  const Record visit = pop.Add(customer, Channel::kAgent, dealer, 350600000000000ull,
                               kStart + 30 * kDay);
  Record& same_visit = pop.Add(customer, Channel::kAgent, dealer, 350600000000000ull,
                               kStart + 30 * kDay + 600);
  same_visit.selfie_hash = visit.selfie_hash;
  same_visit.face_match = visit.face_match;
  const Record second = same_visit;
  Record& replay = pop.Add(customer, Channel::kAgent, dealer, 350600000000000ull,
                           kStart + 34 * kDay);
  replay.selfie_hash = visit.selfie_hash;
  replay.face_match = visit.face_match;
  replay.first_use_imei = 861500000000000ull;
  const Record replayed = replay;
  const Record back = pop.Add(customer, Channel::kAgent, dealer, 350600000000000ull,
                              kStart + 41 * kDay);
  auto d = pop.Run();
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, replayed)), Contains(Reason::kCaptureReplayed))
      << ExplainFor(*d, replayed);
  EXPECT_THAT(ExplainFor(*d, replayed), HasSubstr("a stored capture presented again"));
  for (const Record& r : {visit, second, back}) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kCaptureReplayed)))
        << ExplainFor(*d, r);
  }
}

// Whether a point's app takes a capture for each SIM of a visit or one for the visit is
// the carrier's practice (visit_capture_reuse_weight, off by default). Where it takes one
// per SIM, an extra SIM the same afternoon that carries the visit's capture, and ended
// in another phone, had no capture of its own; a second SIM in the customer's own phone
// is theirs either way.
TEST(DetectorTest, CaptureReusedWithinTheVisitCountsWhereTheCarrierCapturesEverySim) {
  Population pop;
  pop.AddBackground(600);
  const uint32_t dealer = pop.Dealer("DL0610");
  auto customer = pop.NewPerson();
  const Record visit = pop.Add(customer, Channel::kAgent, dealer, 350610000000000ull,
                               kStart + 30 * kDay);
  Record& dual = pop.Add(customer, Channel::kAgent, dealer, 350610000000000ull,
                         kStart + 30 * kDay + 300);
  dual.selfie_hash = visit.selfie_hash;
  dual.face_match = visit.face_match;
  dual.first_use_imei = visit.first_use_imei;
  const Record own_phone = dual;
  Record& extra = pop.Add(customer, Channel::kAgent, dealer, 350610000000000ull,
                          kStart + 30 * kDay + 900);
  extra.selfie_hash = visit.selfie_hash;
  extra.face_match = visit.face_match;
  extra.first_use_imei = 861610000000000ull;
  const Record elsewhere = extra;
  DetectOptions per_sim;
  per_sim.visit_capture_reuse_weight = 1.0;
  auto by_default = pop.Run();
  auto d = pop.Run(per_sim);
  EXPECT_THAT(ReasonsOf(VerdictFor(*by_default, elsewhere)),
              Not(Contains(Reason::kCaptureReplayed)))
      << ExplainFor(*by_default, elsewhere);
  EXPECT_THAT(ReasonsOf(VerdictFor(*d, elsewhere)), Contains(Reason::kCaptureReplayed))
      << ExplainFor(*d, elsewhere);
  EXPECT_THAT(ExplainFor(*d, elsewhere), HasSubstr("within the visit"));
  for (const Record& r : {visit, own_phone}) {
    EXPECT_THAT(ReasonsOf(VerdictFor(*d, r)), Not(Contains(Reason::kCaptureReplayed)))
        << ExplainFor(*d, r);
  }
}

TEST(DetectorTest, RunsAreDeterministic) {
  Population pop;
  pop.AddBackground(400);
  auto d1 = pop.Run();
  auto d2 = pop.Run();
  ASSERT_EQ(d1->num_subscriptions(), d2->num_subscriptions());
  for (size_t s = 0; s < d1->num_subscriptions(); ++s) {
    EXPECT_EQ(d1->verdict(s).junk_score, d2->verdict(s).junk_score);
    EXPECT_EQ(d1->verdict(s).non_owner_score, d2->verdict(s).non_owner_score);
    EXPECT_EQ(d1->Evidence(s), d2->Evidence(s));
  }
}

TEST(DetectorTest, ResultsDoNotDependOnTheThreadCount) {
  Population pop;
  pop.AddBackground(9000);  // enough subscriptions to score in several ranges
  const uint64_t gateway = 867530900000033ull;
  for (int i = 0; i < 12; ++i) {
    auto p = pop.NewPerson();
    Record& r = pop.Add(p, Channel::kEkycApp, kNoId, p.phone, kStart + i * kDay);
    r.first_use_imei = gateway;
    r.usage = {30, 0, 0, 0, 400, 0, 0, 0};
  }
  DetectOptions one;
  one.threads = 1;
  auto reference = pop.Run(one);
  for (int threads : {2, 3, 8}) {
    DetectOptions options;
    options.threads = threads;
    auto d = pop.Run(options);
    ASSERT_EQ(d->num_subscriptions(), reference->num_subscriptions());
    EXPECT_EQ(d->notes(), reference->notes()) << threads << " threads";
    int differing = 0;
    for (size_t s = 0; s < d->num_subscriptions(); ++s) {
      differing += d->verdict(s).junk_score != reference->verdict(s).junk_score ||
                   d->verdict(s).non_owner_score != reference->verdict(s).non_owner_score ||
                   d->Evidence(s) != reference->Evidence(s);
    }
    EXPECT_EQ(differing, 0) << threads << " threads";
  }
  EXPECT_GE(CountFlagged(*reference), 12);
}

TEST(DetectorTest, EmptyBatchHasNoSubscriptions) {
  Batch batch;
  absl::StatusOr<std::unique_ptr<Detector>> d = Detector::Run(batch, DetectOptions());
  ASSERT_THAT(d, IsOk());
  EXPECT_EQ((*d)->num_subscriptions(), 0u);
}

TEST(TailTest, SurpriseIsMonotoneAndMatchesKnownValues) {
  EXPECT_DOUBLE_EQ(SurpriseFromZ(0), 0);
  EXPECT_NEAR(SurpriseFromZ(1.6448536), 1.30103, 1e-4);  // p = 0.05
  EXPECT_NEAR(SurpriseFromZ(3.7190165), 4.0, 1e-3);      // p = 1e-4
  EXPECT_GT(SurpriseFromZ(40), SurpriseFromZ(39));
  EXPECT_NEAR(SurpriseFromP(0.001), 3.0, 1e-12);
}

TEST(TailTest, BinomialSurpriseMatchesExactTail) {
  // P(X >= 3), X ~ Bin(3, 0.5) = 1/8.
  EXPECT_NEAR(BinomialSurprise(3, 3, 0.5), std::log10(8.0), 1e-9);
  // At or below the mean there is no evidence.
  EXPECT_NEAR(BinomialSurprise(2, 4, 0.5), 0.0, 1e-12);
  EXPECT_NEAR(BinomialSurprise(4, 4, 0.5), std::log10(16.0), 1e-9);
  EXPECT_GT(BinomialSurprise(50, 100, 0.05), 20);
}

TEST(TailTest, PoissonSurpriseMatchesExactTail) {
  // P(X >= 3), X ~ Poisson(1) = 1 - (1 + 1 + 1/2) / e.
  EXPECT_NEAR(PoissonSurprise(3, 1.0), -std::log10(1.0 - 2.5 / std::exp(1.0)), 1e-9);
  // P(X >= 1) = 1 - e^-lambda.
  EXPECT_NEAR(PoissonSurprise(1, 0.01), -std::log10(-std::expm1(-0.01)), 1e-9);
  // At or below the mean there is no evidence; with nothing expected, any count is
  // impossible, at the floor of SurpriseFromP.
  EXPECT_DOUBLE_EQ(PoissonSurprise(2, 2.0), 0.0);
  EXPECT_DOUBLE_EQ(PoissonSurprise(0, 0.0), 0.0);
  EXPECT_DOUBLE_EQ(PoissonSurprise(1, 0.0), 300.0);
  EXPECT_GT(PoissonSurprise(100, 1.0), PoissonSurprise(99, 1.0));
  EXPECT_GT(PoissonSurprise(300, 200.0), 8.0);
}

}  // namespace
}  // namespace simaudit
