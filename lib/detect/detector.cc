#include "lib/detect/detector.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <future>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <thread>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "lib/detect/grouping.h"
#include "lib/detect/tail.h"
#include "lib/graph/hamming_index.h"
#include "lib/graph/union_find.h"
#include "lib/stats/chi2.h"
#include "lib/stats/fast_mcd.h"
#include "lib/stats/robust.h"
#include "lib/util/vietnam_time.h"

namespace simaudit {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// a / b rounded towards minus infinity, for b > 0: the step of a clock that `a` falls in,
// before 1970 as after.
int64_t FloorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Registration on or after 2022-08-01 (+07:00), when checks against the population
// database and facial capture became the norm: peers are compared within the same era.
constexpr int64_t kVerificationEra = 1659286800;

// An IMEI's 14-digit body (TAC and serial), without its Luhn check digit.
uint64_t ImeiSerial(uint64_t imei) { return imei / 10; }

// Channel groups used as peer groups.
enum ChannelGroup : uint8_t { kGroupStore = 0, kGroupAgent, kGroupSelf, kGroupUnknown };
constexpr int kNumChannelGroups = 4;

// A busy shop registers a customer every few minutes all day; a burst is judged against
// points of like volume (`dealers like it`): the points of a channel group fall into
// kVolumeBands bands of about equal shares of the registrations, quietest first. A band
// with fewer than kMinBandSamples registrations is judged against its whole group.
constexpr int kVolumeBands = 4;
constexpr size_t kMinBandSamples = 200;

ChannelGroup GroupOf(Channel c) {
  switch (c) {
    case Channel::kStore:
      return kGroupStore;
    case Channel::kAgent:
      return kGroupAgent;
    case Channel::kEkycApp:
    case Channel::kOnline:
      return kGroupSelf;
    case Channel::kUnknown:
      break;
  }
  return kGroupUnknown;
}

// A device identifier with at most two distinct digits (000000000000000, 111..., 353535...)
// is a placeholder typed by a clerk, not a device: it must not link people.
bool IsPlaceholderDigits(uint64_t v) {
  if (v == 0) return true;
  uint32_t seen = 0;
  for (int i = 0; i < 15; ++i) {
    seen |= 1u << (v % 10);
    v /= 10;
  }
  return __builtin_popcount(seen) <= 2;
}

bool IsPlaceholderHash(uint64_t h) {
  return h == 0 || h == ~uint64_t{0} || __builtin_popcountll(h) <= 2 ||
         __builtin_popcountll(h) >= 62;
}

// Levenshtein distance capped at 2 (we only ask "is it a one-character typo").
int EditDistanceAtMost2(absl::string_view a, absl::string_view b) {
  if (a == b) return 0;
  const size_t la = a.size(), lb = b.size();
  if ((la > lb ? la - lb : lb - la) > 1) return 2;
  std::vector<int> prev(lb + 1), cur(lb + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (size_t i = 1; i <= la; ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= lb; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min >= 2) return 2;
    std::swap(prev, cur);
  }
  return std::min(prev[lb], 2);
}

// Dates as days since epoch; a clerical typo changes one digit of YYYY-MM-DD, swaps day
// and month, or slips to the neighbouring year (2009 typed as 2010 changes two digits).
bool DatesTypoClose(int32_t a, int32_t b) {
  auto civil = [](int32_t days, int* y, int* m, int* d) {
    // Howard Hinnant's civil-from-days algorithm (public-domain arithmetic).
    int64_t z = static_cast<int64_t>(days) + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
  };
  int ya, ma, da, yb, mb, db;
  civil(a, &ya, &ma, &da);
  civil(b, &yb, &mb, &db);
  if (ya == yb && ma == db && da == mb) return true;
  if (ma == mb && da == db && (ya - yb == 1 || yb - ya == 1)) return true;
  const std::string sa = absl::StrFormat("%04d%02d%02d", ya, ma, da);
  const std::string sb = absl::StrFormat("%04d%02d%02d", yb, mb, db);
  int diff = 0;
  for (size_t i = 0; i < sa.size(); ++i) diff += sa[i] != sb[i];
  return diff <= 1;
}

// Replaces "column K" in a FastMCD note with the feature's name.
std::string NameColumns(std::string note, absl::Span<const std::string> names) {
  for (size_t k = names.size(); k-- > 0;) {
    const std::string from = absl::StrCat("column ", k);
    for (size_t pos = note.find(from); pos != std::string::npos; pos = note.find(from, pos)) {
      const size_t end = pos + from.size();
      if (end < note.size() && note[end] >= '0' && note[end] <= '9') {
        pos = end;
        continue;
      }
      note.replace(pos, from.size(), names[k]);
      pos += names[k].size();
    }
  }
  return note;
}

// Robust location/scale of log(1 + x) over a set of counts.
RobustScale LogScale(const std::vector<double>& log_values) {
  return ComputeRobustScale(absl::MakeConstSpan(log_values));
}

// The peer scales of counts taken in windows of time (CountInWindow) over groups: of
// log(1 + each group's busiest window), distinct values and members; groups whose
// windows hold nothing are left out.
struct WindowScales {
  RobustScale distinct, count;
};
WindowScales BusiestWindowScales(const Grouping& g, const std::vector<WindowCount>& windows) {
  std::vector<double> distinct, count;
  for (uint32_t k = 0; k < g.num_groups(); ++k) {
    WindowCount busiest;
    for (uint32_t s : g.members(k)) {
      busiest.distinct = std::max(busiest.distinct, windows[s].distinct);
      busiest.count = std::max(busiest.count, windows[s].count);
    }
    if (busiest.count == 0) continue;
    distinct.push_back(std::log1p(busiest.distinct));
    count.push_back(std::log1p(busiest.count));
  }
  return {LogScale(distinct), LogScale(count)};
}

std::vector<uint32_t> DistinctCounts(const std::vector<WindowCount>& windows) {
  std::vector<uint32_t> out(windows.size());
  for (size_t s = 0; s < windows.size(); ++s) out[s] = windows[s].distinct;
  return out;
}

double LogZ(double count, const RobustScale& peer, double min_scale) {
  return RobustZ(std::log1p(count), peer, min_scale);
}

// Indicator surprise: -log10 of the peer rate, with add-one smoothing.
struct Rate {
  uint64_t hits = 0;
  uint64_t total = 0;
  void Add(bool hit) {
    ++total;
    hits += hit;
  }
  double p() const { return (hits + 1.0) / (total + 2.0); }
  double Surprise() const { return SurpriseFromP(p()); }
};

// A peer rate that a few dealers' mass registrations cannot set. It is counted twice: over
// registrations, and over points with each point weighing one (its registrations share
// the weight). A wave of pre-activation at a few agents fills the first count with its
// weakness; weak registrations spread over many small points fill the second. Fraud only
// adds weakness, so the lesser of the two rates is the one nearer what ordinary points
// do. Outside shops and agents every registration is its own weight, and the two agree.
struct PeerRate {
  Rate rows;
  double point_hits = 0;
  double points = 0;
  void Add(bool hit, double point_weight) {
    rows.Add(hit);
    points += point_weight;
    if (hit) point_hits += point_weight;
  }
  double p() const { return std::min(rows.p(), (point_hits + 1.0) / (points + 2.0)); }
  double Surprise() const { return SurpriseFromP(p()); }
};

// Shares that drift with the years, as norms of one class of registrations in one
// half-year: a dealer that sold most of its SIMs in 2017 is compared with 2017's
// registrations, not with today's. Each cell is shrunk towards its class's all-time share
// by kPseudoCount registrations, so a thin half-year does not set its own norm.
template <int kClasses, int kShares>
class PeriodNorms {
 public:
  static constexpr int64_t kPeriodSeconds = 182 * 86400 + 15 * 3600;  // half a year
  static constexpr double kPseudoCount = 50;
  using Shares = std::array<double, kShares>;

  void Add(int cls, int64_t registered_at, const std::array<bool, kShares>& hit) {
    Cell& cell = cells_[Key(cls, registered_at)];
    cell.Add(hit);
    class_[cls].Add(hit);
  }
  // The expected shares for a registration of class `cls` at `registered_at`.
  Shares Expected(int cls, int64_t registered_at) const {
    const Cell& prior = class_[cls];
    const auto it = cells_.find(Key(cls, registered_at));
    Shares e;
    for (int k = 0; k < kShares; ++k) {
      const double p = (prior.hits[k] + 1.0) / (prior.total + 2.0);
      e[k] = it == cells_.end() ? p
                                : (it->second.hits[k] + kPseudoCount * p) /
                                      (it->second.total + kPseudoCount);
    }
    return e;
  }

 private:
  struct Cell {
    uint64_t total = 0;
    std::array<uint64_t, kShares> hits{};
    void Add(const std::array<bool, kShares>& hit) {
      ++total;
      for (int k = 0; k < kShares; ++k) hits[k] += hit[k];
    }
  };
  static int64_t Key(int cls, int64_t t) {
    const int64_t period = t >= 0 ? t / kPeriodSeconds : -((-t - 1) / kPeriodSeconds) - 1;
    return period * kClasses + cls;
  }
  absl::flat_hash_map<int64_t, Cell> cells_;
  Cell class_[kClasses];
};

// The verification shares that drifted with the years (selfies, population-database
// checks, face matching came in over several of them), by channel group.
enum VerificationShare { kShareWeak = 0, kShareNoSelfie, kSharePopdbFail, kNumShares };
using VerificationNorms = PeriodNorms<kNumChannelGroups, kNumShares>;

// How often the carriers have since locked a dealer's SIMs (one-way or two-way: the
// holder did not confirm the number, or its data failed standardisation), by document
// type and whether the population-database check failed: legacy CMND numbers and failed
// checks are locked far more often than verified CCCD ones, whoever sold them.
constexpr int kNumLockClasses = kNumIdTypes * 2;
using LockNorms = PeriodNorms<kNumLockClasses, 1>;

// Boundaries 0 = c[0] < ... < c[k] = num_groups that split a grouping's groups into at
// most `parts` contiguous ranges of about equal membership (points and documents vary
// from one member to tens of thousands).
std::vector<uint32_t> SplitGroups(const Grouping& g, int parts) {
  const uint32_t n = g.num_groups();
  uint64_t total = 0;
  for (uint32_t k = 0; k < n; ++k) total += g.size(k);
  std::vector<uint32_t> cuts = {0};
  uint64_t seen = 0;
  for (uint32_t k = 0; k < n && static_cast<int>(cuts.size()) < parts; ++k) {
    seen += g.size(k);
    if (seen * parts >= total * cuts.size() && k + 1 < n) cuts.push_back(k + 1);
  }
  cuts.push_back(n);
  return cuts;
}

// Runs fn(part, begin, end) for every range [cuts[part], cuts[part + 1]), the first on
// this thread and the others on threads of their own; returns when all are done.
template <typename Fn>
void ForEachRange(const std::vector<uint32_t>& cuts, Fn fn) {
  std::vector<std::future<void>> done;
  for (size_t part = 1; part + 1 < cuts.size(); ++part) {
    done.push_back(std::async(std::launch::async,
                              [&fn, &cuts, part] { fn(part, cuts[part], cuts[part + 1]); }));
  }
  if (cuts.size() >= 2) fn(0, cuts[0], cuts[1]);
  for (auto& f : done) f.get();
}

// Sorts subscription indices by (hi, lo, index) with the keys copied out first: a
// comparator that reads them through the records chases two pointers per comparison,
// which dominated the per-point passes at 10 M rows.
struct SortKey {
  uint64_t hi, lo;
  uint32_t s;
  bool operator<(const SortKey& o) const {
    if (hi != o.hi) return hi < o.hi;
    if (lo != o.lo) return lo < o.lo;
    return s < o.s;
  }
};
template <typename KeyFn>
void SortByKey(std::vector<uint32_t>& v, KeyFn key, std::vector<SortKey>& scratch) {
  scratch.resize(v.size());
  for (size_t k = 0; k < v.size(); ++k) {
    const auto [hi, lo] = key(v[k]);
    scratch[k] = {hi, lo, v[k]};
  }
  std::sort(scratch.begin(), scratch.end());
  for (size_t k = 0; k < v.size(); ++k) v[k] = scratch[k].s;
}
// An instant as an unsigned key with the same order.
inline uint64_t TimeKey(int64_t t) { return static_cast<uint64_t>(t) ^ (uint64_t{1} << 63); }

// usage_flags_ bits: early-life usage known, and what it shows.
enum UsageFlag : uint8_t {
  kUsageKnown = 1,
  kUsageNeverUsed = 2,
  kUsageOutgoingOnly = 4,
  kUsageOtpSink = 8,
  kUsageNoTopup = 16,  // active, without any top-up
  // Outgoing only or an OTP sink by the ratio alone, at any volume: a farm that keeps its
  // SIMs' traffic ordinary in size. Too common alone to be evidence; it marks a SIM-box
  // port only where consecutive ports show it (BuildGateways).
  kUsageFarmShape = 32,
  // Used as a person's phone: calls out and in, not left without top-ups, none of the
  // farm shapes (PersonalUse).
  kUsagePersonal = 64,
  // Originates traffic: calls or SMS out, or data. A SIM that only sits attached to the
  // network, or only receives, is not in anyone's hands as a phone.
  kUsageOriginates = 128,
};
// Use as a farm SIM's: outgoing only, an OTP sink.
constexpr uint8_t kFarmUseFlags = kUsageOutgoingOnly | kUsageOtpSink;
// Farm-like or resold use: never used as well.
constexpr uint8_t kJunkUseFlags = kUsageNeverUsed | kFarmUseFlags;

// Soft checks of the CCCD number's structure against the declared birth date and gender.
constexpr uint32_t kCccdBits = kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch;
// The index of kSoftCccdUnknownProvince among the soft-check bits (soft_ rates).
constexpr int kUnknownProvinceBit = 8;
static_assert((1u << kUnknownProvinceBit) == kSoftCccdUnknownProvince);

// Mean of -log10 p for p uniform on (0, 1): the surprise that chance alone gives.
constexpr double kNullSurprise = 0.43429448190325176;  // 1 / ln 10
constexpr double kBlockJunkCap = 4.0;  // as much as the default alert needs
// A SIM box strong enough alone for half the default alert's evidence (VisitBoxOf).
constexpr double kBoxedSibling = 2.0;
// Junk evidence of a registration presented at a dealer by another face than the
// document's owner's, without an ordinary own-face match: a leaked document, which the
// contract counts as junk as well as non-owner. Alone it is a likelihood ratio of about
// three, never a flag: a relative presenting at a shop shows the same.
constexpr double kLeakedPresenterJunk = 0.5;
// The junk evidence of its own (a factor of two, -log10 0.5 = 0.3) beside which a lock at
// a point whose SIMs are locked far more often than the norm counts (DEALER_LOCKED).
constexpr double kLockCorroboration = 0.3;
// A point whose SIMs are locked at least this many times as often as the norm: at least
// three of four of its locks are beyond what its holders' own neglect explains, so a lock
// there counts without other evidence.
constexpr double kLockRatioAlone = 4.0;
// The explanation's note where an ordinary own-face match halves a weight.
constexpr char kHolderHalfNote[] =
    "; this selfie matches the document photo as well as most do (weighs half)";

// One integer per subscription: MSISDN and carrier.
uint64_t SubscriptionKey(Carrier carrier, uint64_t msisdn) {
  return msisdn * 16 + static_cast<uint64_t>(carrier);
}

std::string MaskDocument(absl::string_view key) {
  // "CCCD:066190001234" -> "CCCD 066…"; pseudonymised keys are shown as they are.
  const size_t colon = key.find(':');
  if (colon == absl::string_view::npos) return std::string(key);
  absl::string_view type = key.substr(0, colon);
  absl::string_view number = key.substr(colon + 1);
  if (number.size() > 16) return absl::StrCat(type, " ", number.substr(0, 8), "…");
  return absl::StrCat(type, " ", number.substr(0, std::min<size_t>(3, number.size())),
                      "…");
}

}  // namespace

// Per-subscription contributions, filled by Evaluate() for scoring and for explanations.
struct Contributions {
  std::array<float, kNumReasons> junk{};
  std::array<float, kNumReasons> non_owner{};
  double junk_total = 0;
  double non_owner_total = 0;
};

// The evidence of the signals in `v`: rules and information aside.
double SignalEvidence(const std::array<float, kNumReasons>& v) {
  double sum = 0;
  for (int k = 0; k < kNumReasons; ++k) {
    const ReasonTarget t = GetReasonInfo(static_cast<Reason>(k)).target;
    if (t != ReasonTarget::kRule && t != ReasonTarget::kInfo) sum += v[k];
  }
  return sum;
}

class Detector::Impl {
 public:
  Impl(const Batch& batch, const DetectOptions& options)
      : batch_(batch),
        options_(options),
        threads_(options.threads > 0
                     ? options.threads
                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))) {}

  absl::Status Run();

  const Batch& batch_;
  DetectOptions options_;
  int threads_;
  GraphStats stats_;
  DetectTimings timings_;
  std::vector<std::string> notes_;
  std::vector<Verdict> verdicts_;

  // ---- Subscriptions (current rows) ----
  std::vector<uint32_t> rec_;          // current row per subscription
  std::vector<uint32_t> prev_owner_;   // id_key of the previous owner, or kNoId
  std::vector<uint16_t> history_;      // rows for this subscription
  // The current row registers the number again on the document of the row before it
  // (a SIM replacement or a re-authentication on a new device), not a new owner's:
  // kReregistered, plus kReregisteredByAnotherFace when both rows captured a selfie and
  // the two are different faces.
  std::vector<uint8_t> reregistered_;
  static constexpr uint8_t kReregistered = 1;
  static constexpr uint8_t kReregisteredByAnotherFace = 2;
  // (carrier, MSISDN) key of every subscription, ascending, and its subscription id.
  std::vector<uint64_t> sub_keys_;
  std::vector<uint32_t> sub_of_key_;

  // ---- Entities per subscription ----
  std::vector<uint32_t> ident_, person_, regdev_, fudev_, point_, face_;
  std::vector<uint8_t> group_;  // ChannelGroup
  std::vector<uint8_t> is_org_;
  uint32_t n_person_ = 0, n_regdev_ = 0, n_fudev_ = 0, n_point_ = 0, n_face_ = 0;
  std::vector<uint64_t> regdev_value_, fudev_value_;
  // A self-service SIM first used in a phone of its own: no other person's SIM of the
  // batch was used in it, and it is not the phone that registered the SIM.
  std::vector<uint8_t> carried_away_;
  void BuildCarriedAway();
  // The distinct serials (ImeiSerial) of all first-use IMEIs, sorted.
  std::vector<uint64_t> first_use_serials_;
  bool IsFirstUseSerial(uint64_t serial) const {
    return std::binary_search(first_use_serials_.begin(), first_use_serials_.end(), serial);
  }
  // The handset a first-use IMEI belongs to: a dual-SIM phone reports an IMEI per slot,
  // with consecutive serials under one TAC, so a pair of consecutive serials with no
  // third next to them is one phone (keyed 2 × its lower serial + 1); any other IMEI is
  // its own device (2 × the IMEI), a longer run of consecutive serials being a gateway's
  // ports (BuildGateways). Unknown (0) is no handset.
  uint64_t Handset(uint64_t imei) const {
    if (imei == 0) return 0;
    const uint64_t x = ImeiSerial(imei);
    const bool below = IsFirstUseSerial(x - 1), above = IsFirstUseSerial(x + 1);
    if (above && !below && !IsFirstUseSerial(x + 2)) return 2 * x + 1;
    if (below && !above && !IsFirstUseSerial(x - 2)) return 2 * (x - 1) + 1;
    return 2 * imei;
  }
  bool SameHandset(uint64_t a, uint64_t b) const {
    return a != 0 && b != 0 && Handset(a) == Handset(b);
  }
  // A phone whose registered SIMs left, each in a phone of its own, registered them for
  // the people who carried them away: a shop assistant's or a courier's phone, or a
  // parent's. Its reach says little of a SIM that left so: that evidence weighs the
  // share of the phone's SIMs of known first use that did not leave so with an ordinary
  // own-face match (one pseudo count against small samples). A ring keeps its victims'
  // SIMs in its own phones and boxes, or presents them with faces that are not theirs.
  // Unless the phone's people each hold several SIMs, as those it registers for do not
  // (SELF_SERVICE_DEVICE_MULTI_SIM_IDS; in full from its cap, p = 10^-6).
  double PresenterWeightOfReach(uint32_t s) const {
    if (!carried_away_[s] || regdev_[s] == kNoId) return 1.0;
    const double w = 1.0 - regdev_carried_away_[regdev_[s]] / (regdev_fu_known_[regdev_[s]] + 1.0);
    const double multi_sim = std::min(1.0, cluster_multi_sim_[regdev_[s]].surprise / 6.0);
    return w + (1.0 - w) * multi_sim;
  }
  std::string CarriedAwayNote(uint32_t s) const {
    if (PresenterWeightOfReach(s) == 1.0) return "";
    return absl::StrFormat(
        "; the SIM left in a phone of its own, as %d of the %d SIMs of known first use "
        "registered on the phone did with an ordinary own-face match (weighs %.2f)",
        regdev_carried_away_[regdev_[s]], regdev_fu_known_[regdev_[s]],
        PresenterWeightOfReach(s));
  }
  // Per registration device: its self-service SIMs of known first use, and how many of
  // them were carried away.
  std::vector<uint32_t> regdev_fu_known_, regdev_carried_away_;

  Grouping by_ident_, by_face_, by_fudev_, by_regdev_, by_point_;

  // ---- Entity statistics ----
  std::vector<uint32_t> ident_subs_, ident_carriers_, ident_points_;
  std::vector<uint32_t> ident_owner_face_;
  std::vector<uint32_t> face_persons_;
  std::vector<uint32_t> fudev_ids_, fudev_subs_;
  // Per subscription: the identities and SIMs of its first-use device registered within
  // options_.box_window_seconds of it (what a SIM box holds at one time), and their peer
  // scales over devices (each device's busiest window).
  std::vector<WindowCount> fudev_window_;
  RobustScale peer_window_ids_, peer_window_subs_;
  // Per subscription: R(s).registered_at, contiguous for the window counts; freed once
  // the presenter components are counted.
  std::vector<int64_t> reg_time_;
  // Gateways: runs of at least options_.gateway_min_ports ports (first-use devices most of
  // whose SIMs behave as farm SIMs, or, where none's use is reported, that carry SIMs of
  // several identities) whose IMEI serials lie at most
  // options_.gateway_max_serial_gap apart, with the devices between them that carry the
  // farm's SIMs. Per first-use device: its gateway's devices, distinct identities and
  // SIMs (0 outside a gateway).
  std::vector<uint32_t> gateway_ports_, gateway_ids_, gateway_subs_;
  // A first-use device that is a port of a gateway holding SIMs of three or more
  // identities (BuildGateways).
  bool GatewayPort(uint32_t d) const { return gateway_ids_[d] >= 3; }
  std::vector<uint32_t> regdev_self_ids_;
  // Per registration device: distinct identities registered self-service on its phone
  // cluster (BuildDeviceStats), and their peer scale over clusters.
  std::vector<uint32_t> regdev_cluster_ids_;
  RobustScale peer_cluster_self_;
  // Per self-service subscription: the identities registered self-service in its phone
  // cluster within options_.box_window_seconds of it, and their peer scale (each
  // cluster's busiest window).
  std::vector<uint32_t> cluster_window_ids_;
  RobustScale peer_cluster_window_;
  // Per registration device: its phone cluster (a label), and the binomial surprise of
  // the cluster's share of self-service selfies that are not the document owner's face.
  std::vector<uint32_t> regdev_cluster_;
  std::vector<float> cluster_not_owner_surprise_;
  // Per registration device (self-service phones): its cluster's SIMs with known use, those
  // of them not used as phones (never used, calling out only, SMS in only), and the
  // binomial surprise of that share against all self-service SIMs' (0 below two such).
  struct ClusterIdle {
    uint32_t idle = 0, known = 0;
    float surprise = 0;
  };
  std::vector<ClusterIdle> cluster_idle_;
  // Per registration device (self-service phones): those of its cluster's identities
  // registered self-service (regdev_cluster_ids_) that hold several subscriptions, and the
  // binomial surprise of that share against all self-service identities' (0 below two
  // such; BuildPhoneClusters). A family's relatives hold a SIM each; renters and a ring's victims carry several.
  struct ClusterMultiSim {
    uint32_t multi = 0;
    float surprise = 0;
  };
  std::vector<ClusterMultiSim> cluster_multi_sim_;
  std::vector<uint32_t> comp_of_ident_, comp_ids_;
  // Per subscription: the distinct identities of its presenter component
  // (BuildPresenterComponents), and their peer scale over components.
  std::vector<uint32_t> presenter_ids_;
  RobustScale peer_presenter_ids_;
  // Per subscription: the identities of its presenter component registered within
  // options_.box_window_seconds of it, and their peer scale (each component's busiest
  // window).
  std::vector<uint32_t> presenter_window_ids_;
  RobustScale peer_presenter_window_;
  RobustScale peer_ident_subs_[2], peer_ident_carriers_[2];
  RobustScale peer_face_persons_, peer_fudev_ids_, peer_fudev_subs_, peer_regdev_self_;
  RobustScale peer_comp_ids_;
  RobustScale peer_face_match_[kNumChannelGroups];

  // ---- Per-subscription signals ----
  std::vector<uint32_t> burst_;      // registrations at the point within the window
  std::vector<uint32_t> run_;  // length of the consecutive-ICCID or -MSISDN run
  std::vector<uint8_t> run_is_msisdn_;  // the run_ is one of numbers (longer than the ICCIDs')
  // Stock blocks: consecutive SIM kits (ICCIDs or numbers) sold at one point to different
  // identities within options_.stock_run_window_seconds of each other. Per subscription:
  // the block's first subscription (kNoId outside a block of >= 3) and its length; per
  // block head: the binomial surprise of its weakly verified share.
  std::vector<uint32_t> stock_head_, stock_len_;
  // Stock lots: blocks whose neighbouring kits may lie up to
  // options_.stock_lot_max_step kits apart, for the first pass's verdicts on a stretch
  // of stock (BlockJunkOf). Per subscription: the lot's first subscription (kNoId
  // outside a lot of >= 3), and the kits before and after it (kNoId at the lot's ends).
  std::vector<uint32_t> lot_head_, lot_prev_, lot_next_;
  std::vector<uint32_t> lot_len_;  // while the lots are built
  std::vector<float> stock_weak_surprise_;
  // Per subscription: whether it shows that the SIM went to someone else than the
  // document's holder (SoldOnSign); per block head: the surprise of the block's share.
  std::vector<uint8_t> sold_on_sign_;
  std::vector<float> stock_sold_on_surprise_;
  // Junk evidence propagated along documents (Score): per document, its two largest
  // first-pass junk totals and their subscriptions. Empty during the first pass.
  struct TopJunk {
    float first = 0, second = 0;
    uint32_t first_s = kNoId;
  };
  std::vector<TopJunk> ident_top_junk_;
  // Junk evidence propagated along stock blocks (Score): per subscription, its first-pass
  // JUNK verdict; per block head with any, how many of the block's members that pass
  // found JUNK, how many members it has, and their registration times with those verdicts
  // in time order; per channel group, that pass's JUNK rate among dealers' registrations.
  // Empty during the first pass.
  std::vector<uint8_t> first_junk_;
  struct BlockJunk {
    uint32_t junk = 0, members = 0;
    std::vector<std::pair<int64_t, uint8_t>> by_time;
  };
  absl::flat_hash_map<uint32_t, BlockJunk> block_junk_;
  Rate first_junk_rate_[kNumChannelGroups];
  // What the first pass found among the other kits of `s`'s stock lot, where it shows a
  // pre-activated stretch of the stock rather than a sale from the same box weeks later:
  // the whole lot, where the kits on either side of this one are JUNK (`sitting`
  // false); or the kits registered within the burst window either side of this one, where
  // more than half of them are JUNK (`sitting` true). Of the two, the one with the larger
  // binomial surprise at `s`'s channel group's rate; all zero where neither holds.
  struct BlockJunkView {
    uint32_t junk = 0, others = 0, lot = 0;
    double surprise = 0;
    bool sitting = false;
  };
  BlockJunkView BlockJunkOf(uint32_t s) const {
    if (first_junk_.empty() || lot_head_[s] == kNoId) return {};
    const auto it = block_junk_.find(lot_head_[s]);
    if (it == block_junk_.end()) return {};
    const BlockJunk& b = it->second;
    const double p = first_junk_rate_[group_[s]].p();
    BlockJunkView best;
    bool neighbours_junk = b.members > 1;
    for (uint32_t n : {lot_prev_[s], lot_next_[s]}) {
      if (n != kNoId && !first_junk_[n]) neighbours_junk = false;
    }
    if (neighbours_junk) {
      best.junk = b.junk - first_junk_[s];
      best.others = b.members - 1;
      best.surprise = BinomialSurprise(best.junk, best.others, p);
    }
    const int64_t t = R(s).registered_at, w = options_.burst_window_seconds;
    const auto lo = std::lower_bound(b.by_time.begin(), b.by_time.end(),
                                     std::pair<int64_t, uint8_t>{t - w, 0});
    const auto hi = std::upper_bound(b.by_time.begin(), b.by_time.end(),
                                     std::pair<int64_t, uint8_t>{t + w, 1});
    uint32_t junk = 0;
    for (auto k = lo; k != hi; ++k) junk += k->second;
    // `s` itself lies within its own window.
    const uint32_t others = static_cast<uint32_t>(hi - lo) - 1;
    junk -= first_junk_[s];
    if (2 * junk > others) {
      const double surprise = BinomialSurprise(junk, others, p);
      if (surprise > best.surprise) best = {junk, others, 0, surprise, true};
    }
    if (best.surprise > 0) best.lot = b.members;
    return best;
  }
  // Per document: the binomial surprise of its share of SIMs used as farm SIMs are
  // (outgoing only, OTP sink) among those whose use is known, where at least two are.
  std::vector<float> ident_farm_use_surprise_;
  // The document's registrations at the registration's point within box_window_seconds
  // of it (itself included; 0 without a point), and the peer scale of every (document,
  // point) pair's busiest window.
  std::vector<uint32_t> doc_point_count_;
  RobustScale peer_doc_point_;
  std::vector<uint8_t> same_doc_;    // extra SIM on the same document the same day: 1, or
                                     // 2 where neither SIM's first use is known
  std::vector<uint32_t> visit_head_;  // for an extra SIM: the document's first SIM of the visit
  // For a locked SIM: the latest earlier SIM of its document and declared data at its
  // point, within disowned_window_seconds, that stays active (kNoId if none).
  std::vector<uint32_t> confirmed_sibling_;
  std::vector<uint8_t> multi_point_; // distinct points for the document within window
  // The same within the burst window (an hour), over registrations whose time of day is
  // known: a document taken round the dealers of a town in an hour is being sold.
  std::vector<uint8_t> multi_point_hour_;
  std::vector<uint8_t> multi_residence_;  // distinct declared provinces within window
  // Distinct handsets (its own among them) that the document's SIMs registered at the
  // same point within same_document_window_seconds of this one went into (0: one).
  std::vector<uint8_t> visit_phones_;
  // The selfie and face-match score of another, earlier SIM of the document at the same
  // point (CAPTURE_REPLAYED): kReplayLaterVisit more than same_document_window_seconds
  // after it, kReplayInVisit within it; 0 for a capture of its own.
  enum : uint8_t { kReplayInVisit = 1, kReplayLaterVisit = 2 };
  std::vector<uint8_t> capture_replayed_;
  std::vector<uint8_t> attr_variant_;  // bit 0 name, 1 dob, 2 gender: minority value
  std::vector<uint8_t> typo_explained_;  // CCCD inconsistency explained by a DOB typo
  std::vector<uint8_t> fudev_registers_;  // the first-use device is a phone that registered
                                          // several identities' SIMs self-service
  // Per first-use device: at least half of its SIMs with known use are used as phones
  // (PhoneLikeUse): the phone a family or a shop activates SIMs in, not a SIM box.
  std::vector<uint8_t> fudev_phones_;
  // Per first-use device: the most identities whose SIMs were registered within the burst
  // window either side of one of its SIMs' registrations (capped at 255).
  std::vector<uint8_t> fudev_sitting_ids_;
  // Whether the device's SIMs went out to their holders one by one, not stocked as a farm
  // is (a farm is filled through one dealer, in sittings): registered at three or more
  // points, one for every two identities or more (cheap handsets that all report one
  // cloned IMEI, each bought at its holder's own shop); or never more than two
  // identities' SIMs within the hour (a shop's test phone that each walk-in's SIM passes
  // through on its way to the customer's own phone).
  std::vector<uint8_t> fudev_handed_out_;
  // Handed out from one shop (ShopOfEach), never more than two identities' SIMs within
  // the hour: the shop's own test phone. Each SIM in it is then judged by what it shows
  // itself (see BoxesOf), since the shop's customers are all that phone carries.
  std::vector<uint8_t> fudev_shop_phone_;
  // A family's new SIMs, bought together and activated in one member's phone: the
  // device's every SIM was registered at one point in one sitting, one SIM for each of
  // at most household_max_persons identities, none of its SIMs used as a farm's or lying
  // idle (most of those with known use used as phones, or none with its use reported),
  // and at least one presented by its holder's own face with an ordinary match.
  std::vector<uint8_t> fudev_family_;
  std::vector<float> fudev_presenter_;   // share of a first-use device's SIMs presented
                                         // by one face shared across persons
  std::vector<float> face_match_sorted_[kNumChannelGroups];
  // Prefix sums of the sorted matches' point weights (PointWeight), beside them.
  std::vector<double> face_match_point_cum_[kNumChannelGroups];
  // The smallest face match above household_holder_match_share of all registrations'
  // matches, every channel pooled (so one channel's share of presenters on others'
  // photos does not skew it); see OrdinaryOwnFaceMatch.
  float own_face_match_floor_ = -std::numeric_limits<float>::infinity();
  std::vector<uint8_t> weak_;        // weakly verified registration
  std::vector<uint8_t> first_use_foreign_;
  std::vector<uint8_t> first_use_shared_;  // first-use device shared with the document's other SIMs
  std::vector<uint8_t> ident_verified_;    // some registration of the document matched popdb
  std::vector<uint8_t> household_;  // presented by another document's holder on their own phone
  std::vector<uint8_t> usage_flags_;  // UsageFlag bits
  std::vector<float> usage_surprise_;  // FastMCD chi-square surprise of the usage profile
  // Peer scales of bursts and runs per channel group and per volume band of the point
  // (PointVolumeBands); a band with too few points falls back to its channel group.
  RobustScale peer_burst_[kNumChannelGroups][kVolumeBands];
  RobustScale peer_run_[kNumChannelGroups][kVolumeBands];
  std::vector<uint8_t> point_band_;
  std::vector<RobustScale> point_own_run_;
  std::vector<RobustScale> point_own_burst_;

  // ---- Rates (peer groups) ----
  PeerRate no_selfie_[kNumChannelGroups][2];
  PeerRate popdb_fail_[kNumChannelGroups];
  PeerRate unchecked_[kNumChannelGroups];  // national documents not checked, verification era
  PeerRate out_of_hours_rate_[kNumChannelGroups];  // at shops and agents
  // A registration's weight in a PeerRate's count over points: one over its shop's or
  // agent's registrations (organisations' left out); 1 elsewhere.
  double PointWeight(uint32_t s) const {
    if (point_[s] == kNoId || !AtDealer(group_[s])) return 1.0;
    return 1.0 / std::max<uint32_t>(1, point_people_[point_[s]]);
  }
  // Registrations at a point, organisations' left out (PointVolumeBands).
  std::vector<uint32_t> point_people_;
  std::vector<uint8_t> out_of_hours_;  // registered at a shop or an agent out of hours
  // Registered at a placeholder time (DetectOptions::placeholder_time_min_points): it keeps
  // its date but has no time of day, and joins no window of an hour.
  std::vector<uint8_t> placeholder_time_;
  // Out-of-hours registrations are rare in channel group `g` (a tenth or fewer of its
  // registrations): only then does the hour say anything (OUT_OF_HOURS, night bursts).
  bool NightIsRare(int g) const { return out_of_hours_rate_[g].Surprise() >= 1.0; }
  // The local day of the registration (days since 1970-01-01 in local time) and the
  // second of that day it was made at.
  int64_t LocalDay(const Record& r) const {
    return FloorDiv(r.registered_at + options_.local_utc_offset_seconds, 86400);
  }
  int64_t SecondOfDay(const Record& r) const {
    return r.registered_at + options_.local_utc_offset_seconds - 86400 * LocalDay(r);
  }
  // Whether the registration carries its time of day: local midnight to the second is a
  // date exported without its time (one registration in 86 400 would fall there by
  // chance), not a registration at night or at any other hour; nor is a placeholder time.
  bool TimeOfDayKnown(uint32_t s) const {
    return !placeholder_time_[s] && SecondOfDay(R(s)) != 0;
  }
  bool OutOfHours(uint32_t s) const {
    if (!TimeOfDayKnown(s)) return false;
    const int hour = static_cast<int>(SecondOfDay(R(s)) / 3600);
    const int start = options_.out_of_hours_start_hour, end = options_.out_of_hours_end_hour;
    return start <= end ? hour >= start && hour < end : hour >= start || hour < end;
  }
  Rate soft_[kNumSoftChecks];
  PeerRate never_used_[kNumChannelGroups], out_only_[kNumChannelGroups];
  PeerRate otp_[kNumChannelGroups], no_topup_[kNumChannelGroups];
  // Weak verification, no selfie and failed checks as norms of their half-year, for
  // dealers and blocks of stock.
  VerificationNorms verification_norms_;
  Rate sold_on_rate_[kNumChannelGroups];  // at points: SoldOnSign
  Rate junk_use_rate_[kNumChannelGroups];  // usage known: never used, outgoing only, OTP sink
  Rate same_doc_rate_;
  Rate not_owner_rate_[kNumChannelGroups];

  // ---- Dealer (point) scores ----
  std::vector<float> point_weak_surprise_, point_same_doc_surprise_, point_mcd_surprise_;
  std::vector<float> point_junk_use_surprise_;
  std::vector<float> point_not_owner_surprise_;
  // The point's SIMs the carriers have since locked, against LockNorms; the surprise is 0
  // unless they are at least twice the norm.
  struct PointLocks {
    uint32_t locked = 0, sold = 0;
    float expected = 0, surprise = 0;
    double ratio() const { return expected > 0 ? locked / expected : 0.0; }
  };
  std::vector<PointLocks> point_locks_;
  LockNorms lock_norms_;

  // ---- Rule positions ----
  std::vector<uint16_t> ident_rank_;  // 1-based rank of the subscription on its document

  void BuildSubscriptions();
  void BuildEntities();
  void MarkPlaceholderTimes();
  // Selfie hashes clustered into faces: labels[i] is the face of subscription owners[i].
  struct FaceClusters {
    std::vector<uint32_t> owners;
    std::vector<uint32_t> labels;
    uint64_t placeholders = 0;
  };
  FaceClusters ClusterFaceHashes() const;
  void BuildFaces(FaceClusters clusters);
  void BuildIdentityStats();
  // Whether one of `members` (other registrations) passed the checks that `a` failed
  // (the population database, when `popdb_failed`; the CCCD structure) for the same
  // person: the same name and birth date, or, with `up_to_typos`, up to clerical typos in
  // them. At most 64 are compared.
  bool HasConsistentWitness(const Record& a, absl::Span<const uint32_t> members,
                            bool popdb_failed, bool up_to_typos) const;
  void MarkNumberTypos();
  void BuildDeviceStats();
  void BuildComponents();
  void BuildPresenterComponents();
  void BuildTemporalSignals();
  // Peer samples (log counts) gathered by one range of points, per channel group.
  struct PeerSamples {
    std::vector<double> burst[kNumChannelGroups][kVolumeBands];
    std::vector<double> run[kNumChannelGroups][kVolumeBands];
  };
  void PointTemporalSignals(uint32_t begin, uint32_t end, PeerSamples* out);
  // The binomial surprise of the weakly verified registrations among those of the
  // registration's point within the burst window around it, against their verification
  // norms (BuildBurstWeakness).
  std::vector<float> burst_weak_surprise_;
  void BuildBurstWeakness();
  void PointVolumeBands();
  // `busiest` receives, for each (document, point) pair of two or more registrations in
  // the range, log(1 + its busiest window's count): the peer sample of ID_MASS_AT_POINT.
  void DocumentTemporalSignals(uint32_t begin, uint32_t end, std::vector<double>* busiest);
  void BuildVerificationAndUsage();
  void BuildDealerScores();
  void BuildUsageModel(std::vector<std::string>* notes);
  void BuildHouseholds();
  void BuildGateways();
  std::vector<uint32_t> ShopOfEach() const;
  void BuildStockBlocks();
  void BuildDocumentFarmUse();
  void BuildPhoneClusters(const std::vector<uint32_t>& self_ident);
  void BuildVisitBoxes();
  void Score();
  void ScoreRange(uint32_t begin, uint32_t end);
  // The junk total of the document's other subscriptions' worst, after the first pass.
  double JunkElsewhereOnDocument(uint32_t s) const {
    if (ident_top_junk_.empty()) return 0;
    const TopJunk& t = ident_top_junk_[ident_[s]];
    return t.first_s == s ? t.second : t.first;
  }
  // Whether the registration was presented at a dealer by another face than the
  // document owner's, with no ordinary own-face match: what carries a leaked document's
  // junk over. (On a personal phone, one operator using real people's documents is
  // non-owner evidence, as with bursts.)
  bool PresentedByAnotherAtDealer(uint32_t s) const {
    return !is_org_[s] && AtDealer(group_[s]) && FaceNotOwner(s) && !OrdinaryOwnFaceMatch(R(s));
  }
  // A shop or an agent, where dealers register SIMs (not a personal phone, not unknown).
  static bool AtDealer(int group) { return group == kGroupStore || group == kGroupAgent; }
  // The weight of a point's record (mass registration, weak-verification record, outlier
  // profile) in a registration's evidence: carrier_point_weight at a carrier's own point.
  double PointRecordWeight(int group) const {
    return group == kGroupStore ? options_.carrier_point_weight : 1.0;
  }
  void Evaluate(uint32_t s, Contributions* c) const;
  // z of a registration's burst (or ICCID run) against its channel group's peers and
  // against its point's own history; requires point_[s] != kNoId.
  struct PeerAndOwnZ {
    double peer;
    double own;
  };
  // The peer scale of the registration's bursts: its channel group's points as busy.
  const RobustScale& PeerBurstScale(uint32_t s) const {
    return peer_burst_[group_[s]][point_band_[point_[s]]];
  }
  PeerAndOwnZ BurstZ(uint32_t s) const {
    return {LogZ(burst_[s], PeerBurstScale(s), options_.min_log_scale),
            LogZ(burst_[s], point_own_burst_[point_[s]], options_.min_log_scale)};
  }
  PeerAndOwnZ RunZ(uint32_t s) const {
    return {LogZ(run_[s], peer_run_[group_[s]][point_band_[point_[s]]],
                 options_.min_log_scale),
            LogZ(run_[s], point_own_run_[point_[s]], options_.min_log_scale)};
  }
  // -log10 of the share of peers (channel group) with a face match at or below `x`, with
  // one pseudo count so that it is never infinite; 0 without peers.
  double FaceMatchSurprise(int group, float x) const {
    const auto& v = face_match_sorted_[group];
    if (v.empty()) return 0;
    const size_t at_or_below = std::upper_bound(v.begin(), v.end(), x) - v.begin();
    // Counted over registrations and over points, the lesser share (as PeerRate).
    const auto& cum = face_match_point_cum_[group];
    const double points_below = at_or_below > 0 ? cum[at_or_below - 1] : 0.0;
    return SurpriseFromP(std::min((at_or_below + 1.0) / (v.size() + 1.0),
                                  (points_below + 1.0) / (cum.back() + 1.0)));
  }
  // Whether the selfie matched the document's photo as well as three quarters of all
  // registrations do (by default): an ordinary own-face match.
  bool OrdinaryOwnFaceMatch(const Record& r) const {
    return r.has_face_match() && r.face_match >= own_face_match_floor_;
  }
  // An extra SIM beside a customer who uses their own SIM of that visit as people do
  // (usage known, no junk use, not in a SIM box): the customer is a genuine end user, and
  // the dealer's extra went to someone else. When the document's every SIM of the visit
  // is farmed, the identity was bought for a farm instead.
  bool ExtraBesideUsedSim(uint32_t s) const {
    const uint32_t h = visit_head_[s];
    if (h == kNoId) return false;
    return (usage_flags_[h] & (kUsageKnown | kUsageOriginates)) ==
               (kUsageKnown | kUsageOriginates) &&
           !(usage_flags_[h] & (kJunkUseFlags | kUsageFarmShape)) &&
           (fudev_[h] == kNoId || (fudev_ids_[fudev_[h]] < 3 && !GatewayPort(fudev_[h])));
  }
  // The dealer's record on others' registrations (its weak-verification share, its
  // outlying profile) is guilt by association: an honest customer's typo at a careless
  // dealer fails the same check as a fabricated document does. It weighs half where
  // something shows the registration's own holder, or a slip: returns why (for the
  // explanation), or nullptr where it weighs in full.
  const char* WhyDealerRecordWeighsHalf(uint32_t s) const {
    if (OrdinaryOwnFaceMatch(R(s))) return kHolderHalfNote;
    if (PersonalUse(s)) {
      return "; the SIM is used as a person's phone: calls out and in, not left without "
             "top-ups (weighs half)";
    }
    // The database holds the number, under another name or birth date: a mistyped name
    // or date does that. A number made up does not exist (NOT_FOUND).
    if (R(s).popdb_check == PopdbCheck::kMismatch) {
      return "; the population database holds the number with another name or birth date "
             "(MISMATCH), which a mistyped name or date gives as well (weighs half)";
    }
    return nullptr;
  }
  // Whether something shows that an extra SIM (same_doc_) is not in the customer's phone
  // with the visit's first SIM: it was first used in another device; or, where neither
  // first use is known, its use is known and it was never used, and the customer was not
  // seen there (a holder buying a spare SIM is). Otherwise it weighs half.
  bool ExtraOutsideTheCustomersPhone(uint32_t s) const {
    return same_doc_[s] == 1 || (same_doc_[s] == 2 && (usage_flags_[s] & kUsageNeverUsed) &&
                                 !OrdinaryOwnFaceMatch(R(s)));
  }
  // What a capture reused within the visit weighs (CAPTURE_REPLAYED, in units of a later
  // visit's 3): visit_capture_reuse_weight where the SIM went into another phone than the
  // visit's first SIM, or into none (never used); 0 for a second SIM in the customer's
  // own phone. Unlike ExtraOutsideTheCustomersPhone, the customer's own-face match does
  // not count against it: a reused capture carries the customer's match by its making.
  double VisitCaptureReuseWeight(uint32_t s) const {
    const bool went_elsewhere = same_doc_[s] == 1 || (R(s).first_use_imei == 0 &&
                                                      (usage_flags_[s] & kUsageNeverUsed));
    return went_elsewhere ? options_.visit_capture_reuse_weight : 0.0;
  }
  // The point adds extra SIMs far more often than its peers: evidence up to 3, reached
  // at a binomial surprise of 6.
  double DealerExtrasRecord(uint32_t p) const {
    return std::min(3.0, point_same_doc_surprise_[p] / 2.0);
  }
  // What an extra SIM (same_doc_) weighs by what shows that it is not in the customer's
  // phone: in full where something does; otherwise half, rising to full as the point's
  // record of extras does (a second SIM at a dealer that adds extras is most likely one),
  // unless the SIM is used as a person's phone.
  double ExtraWeight(uint32_t s) const {
    if (ExtraOutsideTheCustomersPhone(s)) return 1.0;
    if (PersonalUse(s) || point_[s] == kNoId) return 0.5;
    return 0.5 + 0.5 * DealerExtrasRecord(point_[s]) / 3.0;
  }
  // A SIM the carrier has since locked while an earlier SIM of its document and declared
  // data at its point, within disowned_window_seconds, stays active (confirmed_sibling_):
  // the holder confirmed the one and not the other, so standardisation (the same data)
  // cannot explain the lock. It weighs the lock's surprise under the norm for its class
  // and half-year (the likelihood ratio were a disowned SIM always locked), up to 2.
  double ExtraSimDisowned(uint32_t s) const {
    if (confirmed_sibling_[s] == kNoId) return 0.0;
    return std::min(2.0, SurpriseFromP(ExpectedLockShare(R(s))));
  }
  // Seconds between an extra SIM and the first SIM of its visit (0 outside an extra).
  int64_t SinceVisitHead(uint32_t s) const {
    const uint32_t h = visit_head_[s];
    return h == kNoId ? 0 : R(s).registered_at - R(h).registered_at;
  }
  // An extra SIM registered after its visit ended: later than the burst window (the
  // hour a customer's purchase takes) after the visit's first SIM, when the customer had
  // left and nobody presented the document for it.
  bool AfterTheVisit(uint32_t s) const {
    return SinceVisitHead(s) > options_.burst_window_seconds;
  }
  // Orders subscriptions by point, then registration time, then input order: a
  // document's registrations at each point in time order (the per-document windows).
  void SortByPointThenTime(std::vector<uint32_t>& order) const {
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (point_[a] != point_[b]) return point_[a] < point_[b];
      if (R(a).registered_at != R(b).registered_at) return R(a).registered_at < R(b).registered_at;
      return a < b;
    });
  }
  // The first-use device records the SIM's activation. After an ownership change it
  // describes the previous holder's time, unless the SIM still behaves as a farm or
  // resold SIM does (never used, outgoing only, an OTP sink).
  bool FirstUsePredatesHolder(uint32_t s) const {
    return prev_owner_[s] != kNoId && !(usage_flags_[s] & kJunkUseFlags);
  }
  struct Boxes {
    double sim = 0, gateway = 0;
    double max() const { return std::max(sim, gateway); }
  };
  Boxes BoxesOf(uint32_t s) const;
  struct VisitBox {
    uint32_t boxed = 0, known = 0;
    double evidence = 0;
  };
  // The SIMs whose visit stocked a farm (BuildVisitBoxes), with what their visit shows.
  absl::flat_hash_map<uint32_t, VisitBox> visit_box_;
  VisitBox VisitBoxOf(uint32_t s) const {
    const auto it = visit_box_.find(s);
    return it == visit_box_.end() ? VisitBox() : it->second;
  }
  // Whether the SIM's use is known and is not a phone's: never used, calling out only,
  // or SMS in only (a farm's shapes at any volume).
  bool NotUsedAsAPhone(uint32_t s) const {
    return (usage_flags_[s] & kUsageKnown) &&
           (usage_flags_[s] & (kJunkUseFlags | kUsageFarmShape)) != 0;
  }
  // Whether the SIM is used as a person's phone: calls out and in, not left without
  // top-ups (an unreported top-up is unknown, not zero), none of the farm shapes.
  bool PersonalUse(uint32_t s) const { return (usage_flags_[s] & kUsagePersonal) != 0; }
  // Calls out and in, none of the farm shapes, and no more SMS received than nine in ten
  // receivers get: a phone's use, whether or not it was topped up (an elderly person's
  // SIM often runs on what relatives load). (BuildVerificationAndUsage.)
  std::vector<uint8_t> phone_like_;
  bool PhoneLikeUse(uint32_t s) const { return phone_like_[s] != 0; }
  // Whether a SIM first used in a device that hands its SIMs out one by one went out as
  // the device's others did: used as a phone. In a shop's test phone, whose SIMs are all
  // the shop's walk-ins', it is enough that nothing speaks against it: its use is not a
  // farm's or idle stock's, or, where its use is not reported yet, it was verified as
  // most registrations are (not weakly, with a face match above the lowest tenth of its
  // channel group's).
  bool OwnUseFitsHandedOut(uint32_t s) const {
    if (!fudev_shop_phone_[fudev_[s]]) return PhoneLikeUse(s);
    if (usage_flags_[s] & kUsageKnown) return !NotUsedAsAPhone(s);
    const Record& r = R(s);
    return !weak_[s] && r.has_face_match() && FaceMatchSurprise(group_[s], r.face_match) < 1.0;
  }
  // Whether a SIM is judged by what its devices held within options_.box_window_seconds
  // of its registration, not by everything they ever held: phones are resold, and a
  // courier's or a shop's phone serves the public for years, so identities far apart in
  // time need not share a presenter. A SIM shown not to be used as a phone is judged by
  // everything: stock that sits idle or farmed is what a collector of identities holds.
  bool JudgedInWindow(uint32_t s) const { return !NotUsedAsAPhone(s); }
  // A CCCD or CMND, which carriers check against the national population database.
  static bool IsNationalDocument(const Record& r) {
    return r.id_type == IdType::kCccd || r.id_type == IdType::kCmnd;
  }
  // A failed population-database check (MISMATCH or NOT_FOUND) on a national document.
  // The database holds citizens' personal ID numbers: a passport's number is not found
  // there whoever presents it (a tourist's at an airport kiosk), so it says nothing.
  static bool PopdbFailed(const Record& r) {
    return IsNationalDocument(r) &&
           (r.popdb_check == PopdbCheck::kMismatch || r.popdb_check == PopdbCheck::kNotFound);
  }
  // Locked by its carrier, one-way or two-way. (A terminated contract is as often a
  // tourist's expired SIM or a number ported out.)
  static bool Locked(const Record& r) {
    return r.status == SubscriptionStatus::kOneWayLocked ||
           r.status == SubscriptionStatus::kTwoWayLocked;
  }
  static int LockClass(const Record& r) {
    return static_cast<int>(r.id_type) * 2 + (PopdbFailed(r) ? 1 : 0);
  }
  // The share of registrations like `r` (document type, check result, half-year) that
  // the carriers have since locked.
  double ExpectedLockShare(const Record& r) const {
    return lock_norms_.Expected(LockClass(r), r.registered_at)[0];
  }
  // A national document not checked against the population database in the era when new
  // subscribers must be (from 2022-08-01).
  static bool Unchecked(const Record& r) {
    return r.registered_at >= kVerificationEra && IsNationalDocument(r) &&
           r.popdb_check == PopdbCheck::kUnchecked;
  }
  // Columns a carrier does not export (BuildExportGaps): empty there is unknown, not a
  // registration without a selfie or a check.
  std::array<uint8_t, kNumCarriers> exports_selfies_{}, exports_checks_{};
  void BuildExportGaps();
  bool ExportsSelfies(const Record& r) const {
    return exports_selfies_[static_cast<int>(r.carrier)];
  }
  bool ExportsChecks(const Record& r) const { return exports_checks_[static_cast<int>(r.carrier)]; }
  // No selfie, where the carrier exports them. A face-match score is a selfie compared
  // with the document's photo: with one, a missing hash is the export's gap (a carrier
  // that adds the hash column only from a later date), not a registration without
  // biometrics.
  bool SelfieMissing(const Record& r) const {
    return !r.has_selfie && !r.has_face_match() && ExportsSelfies(r);
  }
  // Unchecked (Unchecked), where the carrier exports the check's result.
  bool UncheckedExported(const Record& r) const { return Unchecked(r) && ExportsChecks(r); }
  // Unchecked on a day its carrier left most registrations at other points unchecked too,
  // far beyond its usual share (BuildCheckOutages): the check was down, whoever presented.
  std::vector<uint8_t> check_outage_;
  void BuildCheckOutages();
  // Whether a tenth or more of the channel group's national documents went unchecked.
  bool UncheckedIsOrdinary(int group) const { return unchecked_[group].Surprise() < 1.0; }
  // Whether the selfie's face is shared by two or more persons' documents.
  bool FaceShared(uint32_t s) const { return face_[s] != kNoId && face_persons_[face_[s]] >= 2; }
  // Whether the SIM was presented by its own document holder's face, not another's and
  // not one that other persons share (or by no face on record).
  bool PresentedOwnFace(uint32_t s) const { return !FaceNotOwner(s) && !FaceShared(s); }
  // Whether subscription s's registration device stands for whoever presented it, and
  // so joins that presenter's phones and faces. An order placed online may be registered
  // on the courier's handheld at the door (as CourierAtTheDoor reads it), a device that
  // serves the public like a shop's tablet: most of the SIMs it registers go into phones
  // of their own, each holding one person's SIMs. Such a handheld joins nobody: one
  // delivery to a ring's phone would join it, and through it every other customer it
  // served, to the ring. It is still judged by the identities it registered
  // (SELF_SERVICE_DEVICE_MANY_IDS). A ring's phone that orders online for its victims
  // puts their SIMs in the ring's phones, and joins them.
  bool DeviceIsThePresenters(uint32_t s) const {
    return R(s).channel != Channel::kOnline || !regdev_serves_public_[regdev_[s]];
  }
  // Per registration device: most of its self-service SIMs of known first use went into
  // phones of their own (holding one identity's SIMs, not the device itself).
  std::vector<uint8_t> regdev_serves_public_;
  // An order placed online is delivered (ONLINE is "web with delivery"), and the
  // courier's handheld may register the customer at the door: a phone of many customers,
  // like a shop's. So it is read where the phone shows no other faces than the
  // documents' owners', the selfie is nobody else's and matches the document as well as
  // most do; the phone's reach then weighs half (SELF_SERVICE_DEVICE_MANY_IDS).
  bool CourierAtTheDoor(uint32_t s) const {
    const Record& r = R(s);
    return r.channel == Channel::kOnline && regdev_[s] != kNoId && OrdinaryOwnFaceMatch(r) &&
           !FaceShared(s) && cluster_not_owner_surprise_[regdev_[s]] == 0 &&
           (point_[s] == kNoId || point_not_owner_surprise_[point_[s]] == 0);
  }
  // Whether the selfie is another face than the one the document's owner shows on its
  // other registrations.
  bool FaceNotOwner(uint32_t s) const {
    const uint32_t owner = ident_owner_face_[ident_[s]];
    return face_[s] != kNoId && owner != kNoId && owner != face_[s];
  }
  // The document's SIMs with known use, and those of them in farm use (outgoing only, OTP
  // sink).
  std::pair<uint32_t, uint32_t> FarmUseCounts(uint32_t i) const {
    uint32_t known = 0, farm = 0;
    for (uint32_t s : by_ident_.members(i)) {
      if (!(usage_flags_[s] & kUsageKnown)) continue;
      ++known;
      farm += (usage_flags_[s] & FarmUseFlagsFor(is_org_[s])) != 0;
    }
    return {known, farm};
  }
  // Farm use: calling out only or receiving OTPs only; for an organisation's line, the
  // latter alone (call centres call out by trade).
  static uint8_t FarmUseFlagsFor(bool org) {
    return org ? static_cast<uint8_t>(kUsageOtpSink) : kFarmUseFlags;
  }
  // The SIM shows that it went to someone else than the document's holder: another face
  // than the owner's, first use in a device foreign to the document's other SIMs (not
  // one that predates an ownership change), or never used, calling out only or an OTP
  // sink.
  bool SoldOnSign(uint32_t s) const {
    const bool junk_use = (usage_flags_[s] & kJunkUseFlags) != 0;
    const bool foreign = first_use_foreign_[s] && (prev_owner_[s] == kNoId || junk_use);
    return FaceNotOwner(s) || foreign || junk_use;
  }
  std::string DescribeReason(uint32_t s, Reason r) const;

  const Record& R(uint32_t s) const { return batch_.records[rec_[s]]; }
  uint32_t S() const { return static_cast<uint32_t>(rec_.size()); }
};

absl::Status Detector::Impl::Run() {
  if (batch_.records.size() >= 0xFFFFFFFEu) {
    return absl::InvalidArgumentError("batch has more than 2^32 - 2 rows");
  }
  // Records come from AppendRow, which interns every key; a key outside its pool would be
  // a bug in the caller, reported rather than dereferenced.
  for (const Record& r : batch_.records) {
    if (r.id_key >= batch_.ids.size() ||
        (r.name_key != kNoId && r.name_key >= batch_.names.size()) ||
        (r.agent != kNoId && r.agent >= batch_.agents.size())) {
      return absl::InternalError(absl::StrFormat(
          "record at line %d has a key outside its pool (id %d of %d, name %d of %d, agent %d of %d)",
          r.line, r.id_key, batch_.ids.size(), r.name_key, batch_.names.size(), r.agent,
          batch_.agents.size()));
    }
  }
  // Face clustering and the usage model read nothing but the records and the channel
  // groups, so with a second thread they run beside the graph passes. Each writes only
  // its own members and notes, and the results do not depend on the thread count.
  const bool parallel = threads_ > 1;
  const std::launch policy = parallel ? std::launch::async : std::launch::deferred;
  auto t0 = Clock::now();
  BuildSubscriptions();
  std::future<FaceClusters> faces = std::async(policy, [this] { return ClusterFaceHashes(); });
  std::vector<std::string> usage_notes;
  std::future<void> usage =
      std::async(policy, [this, &usage_notes] { BuildUsageModel(&usage_notes); });
  BuildEntities();
  MarkPlaceholderTimes();
  BuildFaces(faces.get());
  BuildIdentityStats();
  BuildDeviceStats();
  BuildComponents();
  timings_.graph_seconds = SecondsSince(t0);
  t0 = Clock::now();
  BuildTemporalSignals();
  BuildVerificationAndUsage();
  BuildBurstWeakness();
  BuildGateways();
  BuildStockBlocks();
  BuildDocumentFarmUse();
  BuildDealerScores();
  usage.get();
  notes_.insert(notes_.end(), usage_notes.begin(), usage_notes.end());
  BuildHouseholds();
  BuildVisitBoxes();
  BuildCarriedAway();
  timings_.features_seconds = SecondsSince(t0);
  t0 = Clock::now();
  Score();
  timings_.scoring_seconds = SecondsSince(t0);
  return absl::OkStatus();
}

// The row with the latest registered_at is a subscription's current state; the others are
// its history (re-registration, ownership transfer).
void Detector::Impl::BuildSubscriptions() {
  const auto& recs = batch_.records;
  // Rows ordered by subscription key, then time: sorted as plain values rather than
  // through an index, so the sort reads memory sequentially.
  struct Row {
    uint64_t key;
    int64_t registered_at;
    uint32_t row;
  };
  std::vector<Row> order(recs.size());
  for (uint32_t i = 0; i < recs.size(); ++i) {
    order[i] = {SubscriptionKey(recs[i].carrier, recs[i].msisdn), recs[i].registered_at, i};
  }
  std::sort(order.begin(), order.end(), [](const Row& a, const Row& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.registered_at != b.registered_at) return a.registered_at < b.registered_at;
    return a.row < b.row;
  });
  std::vector<uint16_t> history_rows(recs.size(), 0);
  // Subscriptions are numbered in the input order of their current rows, so that the
  // passes below read the records nearly sequentially.
  std::vector<std::pair<uint32_t, uint32_t>> current;  // (current row, previous owner)
  std::vector<uint8_t> reregistered_rows(recs.size(), 0);
  sub_keys_.clear();
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j < order.size() && order[j].key == order[i].key) ++j;
    const uint32_t row = order[j - 1].row;
    uint32_t prev_owner = kNoId;
    for (size_t k = i; k + 1 < j; ++k) {
      if (recs[order[k].row].id_key != recs[row].id_key) prev_owner = recs[order[k].row].id_key;
    }
    current.emplace_back(row, prev_owner);
    if (j - i >= 2 && recs[order[j - 2].row].id_key == recs[row].id_key) {
      const Record& before = recs[order[j - 2].row];
      const Record& now = recs[row];
      reregistered_rows[row] = kReregistered;
      if (before.has_selfie && now.has_selfie &&
          HammingDistance(before.selfie_hash, now.selfie_hash) > options_.face_radius) {
        reregistered_rows[row] |= kReregisteredByAnotherFace;
      }
    }
    sub_keys_.push_back(order[i].key);
    history_rows[row] = static_cast<uint16_t>(std::min<size_t>(j - i, 65535));
    stats_.history_rows += j - i - 1;
    if (prev_owner != kNoId) ++stats_.ownership_changes;
    i = j;
  }
  order = std::vector<Row>();
  std::vector<uint32_t> row_of_key(current.size());  // current row, in key order
  for (size_t k = 0; k < current.size(); ++k) row_of_key[k] = current[k].first;
  std::sort(current.begin(), current.end());
  rec_.reserve(current.size());
  for (const auto& [row, prev_owner] : current) {
    rec_.push_back(row);
    prev_owner_.push_back(prev_owner);
    history_.push_back(history_rows[row]);
    reregistered_.push_back(reregistered_rows[row]);
  }
  // The lookup index: sub_keys_ ascending, sub_of_key_ the subscription of each.
  {
    std::vector<uint32_t> sub_of_row(recs.size(), kNoId);
    for (uint32_t s = 0; s < rec_.size(); ++s) sub_of_row[rec_[s]] = s;
    sub_of_key_.resize(row_of_key.size());
    for (size_t k = 0; k < row_of_key.size(); ++k) sub_of_key_[k] = sub_of_row[row_of_key[k]];
  }
  stats_.subscriptions = rec_.size();
  // Channel group and subscriber kind: the few per-subscription facts that the passes
  // run beside the graph (faces, usage model) need.
  group_.resize(S());
  is_org_.resize(S());
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& r = R(s);
    group_[s] = GroupOf(r.channel);
    is_org_[s] = r.subscriber_type == SubscriberType::kOrganization || r.id_type == IdType::kOrg;
  }
}

void Detector::Impl::BuildEntities() {
  const uint32_t n = S();
  ident_.resize(n);
  person_.resize(n);
  regdev_.resize(n);
  fudev_.resize(n);
  point_.resize(n);
  absl::flat_hash_map<uint64_t, uint32_t> persons, regdevs, fudevs;
  for (uint32_t s = 0; s < n; ++s) {
    const Record& r = R(s);
    ident_[s] = r.id_key;
    if (!is_org_[s] && r.name_key != kNoId) {
      const uint64_t pk = (uint64_t{r.name_key} << 32) | static_cast<uint32_t>(r.date_of_birth);
      person_[s] = persons.try_emplace(pk, static_cast<uint32_t>(persons.size())).first->second;
    } else {
      person_[s] = kNoId;
    }
    auto dense = [&](uint64_t v, absl::flat_hash_map<uint64_t, uint32_t>& m,
                     std::vector<uint64_t>& values) -> uint32_t {
      if (v == 0) return kNoId;
      if (IsPlaceholderDigits(v)) {
        ++stats_.placeholder_values;
        return kNoId;
      }
      auto [it, inserted] = m.try_emplace(v, static_cast<uint32_t>(m.size()));
      if (inserted) values.push_back(v);
      return it->second;
    };
    regdev_[s] = dense(r.device_imei, regdevs, regdev_value_);
    fudev_[s] = dense(r.first_use_imei, fudevs, fudev_value_);
  }
  // A SIM first used in a point-of-sale device (a dealer's phone or shop tablet that
  // registers SIMs at a dealer or store) was activated at the point of sale: that says
  // nothing about who holds it, so such first-use links are dropped.
  {
    absl::flat_hash_map<uint64_t, bool> point_devices;
    for (uint32_t s = 0; s < n; ++s) {
      const Record& r = R(s);
      if (regdev_[s] != kNoId && !IsSelfService(r.channel)) point_devices[r.device_imei] = true;
    }
    for (uint32_t s = 0; s < n; ++s) {
      if (fudev_[s] != kNoId && point_devices.contains(R(s).first_use_imei)) {
        fudev_[s] = kNoId;
        ++stats_.point_activations;
      }
    }
  }
  n_person_ = static_cast<uint32_t>(persons.size());
  n_regdev_ = static_cast<uint32_t>(regdevs.size());
  n_fudev_ = static_cast<uint32_t>(fudevs.size());
  // A "point" is where a registration was made: the dealer, or for registrations without
  // a dealer code the registration device.
  const uint32_t n_dealer = batch_.agents.size();
  n_point_ = n_dealer + n_regdev_;
  for (uint32_t s = 0; s < n; ++s) {
    const Record& r = R(s);
    point_[s] = r.agent != kNoId ? r.agent
                                 : (regdev_[s] != kNoId ? n_dealer + regdev_[s] : kNoId);
  }
  stats_.identities = batch_.ids.size();
  stats_.person_keys = n_person_;
  stats_.registration_devices = n_regdev_;
  stats_.first_use_devices = n_fudev_;
  stats_.dealers = n_dealer;
  by_ident_ = Grouping::Build(ident_, batch_.ids.size());
  by_fudev_ = Grouping::Build(fudev_, n_fudev_);
  by_regdev_ = Grouping::Build(regdev_, n_regdev_);
  by_point_ = Grouping::Build(point_, n_point_);
}

Detector::Impl::FaceClusters Detector::Impl::ClusterFaceHashes() const {
  FaceClusters c;
  std::vector<uint64_t> hashes;
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& r = R(s);
    if (!r.has_selfie) continue;
    if (IsPlaceholderHash(r.selfie_hash)) {
      ++c.placeholders;
      continue;
    }
    hashes.push_back(r.selfie_hash);
    c.owners.push_back(s);
  }
  c.labels = ClusterFaces(hashes, options_.face_radius, threads_);
  return c;
}

void Detector::Impl::BuildFaces(FaceClusters clusters) {
  face_.assign(S(), kNoId);
  stats_.placeholder_values += clusters.placeholders;
  for (size_t i = 0; i < clusters.owners.size(); ++i) {
    face_[clusters.owners[i]] = clusters.labels[i];
    n_face_ = std::max(n_face_, clusters.labels[i] + 1);
  }
  stats_.faces = n_face_;
  by_face_ = Grouping::Build(face_, n_face_);
  // Persons behind a face: distinct documents and distinct (name, birth date) keys, the
  // smaller of the two, so that one person's CCCD and old CMND, or one person's name
  // with a typo, stay one person.
  face_persons_ = DistinctPerGroup(by_face_, person_);
  {
    const std::vector<uint32_t> face_ids = DistinctPerGroup(by_face_, ident_);
    for (uint32_t f = 0; f < n_face_; ++f) {
      face_persons_[f] = std::max<uint32_t>(1, std::min(face_persons_[f], face_ids[f]));
    }
  }
  std::vector<double> logs;
  logs.reserve(n_face_);
  for (uint32_t f = 0; f < n_face_; ++f) logs.push_back(std::log1p(face_persons_[f]));
  peer_face_persons_ = LogScale(logs);
}

void Detector::Impl::BuildIdentityStats() {
  const uint32_t n_ident = batch_.ids.size();
  std::vector<uint32_t> carrier(S());
  for (uint32_t s = 0; s < S(); ++s) carrier[s] = static_cast<uint32_t>(R(s).carrier);
  ident_subs_.resize(n_ident);
  for (uint32_t i = 0; i < n_ident; ++i) ident_subs_[i] = by_ident_.size(i);
  ident_carriers_ = DistinctPerGroup(by_ident_, carrier);
  ident_points_ = DistinctPerGroup(by_ident_, point_);
  ident_owner_face_.assign(n_ident, kNoId);
  attr_variant_.assign(S(), 0);
  typo_explained_.assign(S(), 0);
  ident_rank_.assign(S(), 0);
  std::vector<double> logs[2], carriers[2];
  std::vector<uint32_t> members;
  std::vector<std::pair<uint32_t, uint32_t>> faces;  // (face, subscription)
  std::vector<int64_t> values;
  for (uint32_t i = 0; i < n_ident; ++i) {
    auto m = by_ident_.members(i);
    if (m.empty()) continue;
    const int org = is_org_[m[0]];
    logs[org].push_back(std::log1p(m.size()));
    carriers[org].push_back(std::log1p(ident_carriers_[i]));
    // Registration order on the document (for Decree 163 Art. 16), per carrier or overall.
    members.assign(m.begin(), m.end());
    std::sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
      if (R(a).registered_at != R(b).registered_at) return R(a).registered_at < R(b).registered_at;
      return a < b;
    });
    std::array<uint16_t, kNumCarriers> per_carrier{};
    uint16_t overall = 0;
    for (uint32_t s : members) {
      const int c = static_cast<int>(R(s).carrier);
      ++per_carrier[c];
      ++overall;
      ident_rank_[s] = options_.self_service_limit_per_carrier ? per_carrier[c] : overall;
    }
    if (m.size() < 2 || is_org_[m[0]]) continue;  // organisations: many users by design
    // Everything below is O(k log k) in the document's k subscriptions: placeholder
    // document numbers can have thousands.
    // Owner face: the least shared face, then the most used, then the best matched, then
    // the earliest registered.
    faces.clear();
    for (uint32_t s : members) {
      if (face_[s] != kNoId) faces.push_back({face_[s], s});
    }
    std::sort(faces.begin(), faces.end());
    uint32_t best = kNoId;
    std::tuple<uint32_t, int, float, int64_t> best_key{};
    for (size_t a = 0; a < faces.size();) {
      size_t b = a;
      float match = 0;
      int64_t earliest = std::numeric_limits<int64_t>::max();
      while (b < faces.size() && faces[b].first == faces[a].first) {
        const Record& rec = R(faces[b].second);
        if (rec.has_face_match()) match = std::max(match, rec.face_match);
        earliest = std::min(earliest, rec.registered_at);
        ++b;
      }
      const uint32_t f = faces[a].first;
      auto key = std::make_tuple(face_persons_[f], -static_cast<int>(b - a), -match, earliest);
      if (best == kNoId || key < best_key) {
        best = f;
        best_key = key;
      }
      a = b;
    }
    ident_owner_face_[i] = best;
    // Attribute variants: a value that disagrees (beyond case, diacritics and one typo)
    // with the document's most frequent value carries the evidence.
    auto majority = [&](auto value_of) {
      values.clear();
      for (uint32_t s : members) values.push_back(value_of(R(s)));
      std::sort(values.begin(), values.end());
      int64_t best_value = values[0];
      size_t best_count = 0;
      for (size_t a = 0; a < values.size();) {
        size_t b = a;
        while (b < values.size() && values[b] == values[a]) ++b;
        if (b - a > best_count) {
          best_count = b - a;
          best_value = values[a];
        }
        a = b;
      }
      return std::make_pair(best_value, best_count);
    };
    const auto [name_major, name_count] = majority([](const Record& r) { return int64_t{r.name_key}; });
    const auto [dob_major, dob_count] = majority([](const Record& r) { return int64_t{r.date_of_birth}; });
    const auto [gender_major, gender_count] = majority([](const Record& r) { return static_cast<int64_t>(r.gender); });
    const bool all_same = name_count == members.size() && dob_count == members.size() &&
                          gender_count == members.size();
    // CMND numbers were issued twice in places (271450001-271500000 by both Ba
    // Ria-Vung Tau and Dong Nai): a registration declaring another name and another birth
    // date on it, which the population database did not reject, as it did not reject one
    // of the majority's, is another person holding the same number, not a variant of one.
    auto verified_as = [&](const Record& r, int64_t name, int64_t dob) {
      return !PopdbFailed(r) && r.name_key == name && r.date_of_birth == dob;
    };
    const bool majority_verified =
        !all_same && absl::c_any_of(members, [&](uint32_t s) {
          return verified_as(R(s), name_major, dob_major);
        });
    for (uint32_t s : members) {
      const Record& a = R(s);
      if (!all_same) {
        uint8_t bits = 0;
        if (a.name_key != name_major && a.name_key != kNoId && name_major != kNoId &&
            EditDistanceAtMost2(batch_.names.Get(a.name_key),
                                batch_.names.Get(static_cast<uint32_t>(name_major))) > 1)
          bits |= 1;
        if (a.date_of_birth != dob_major && a.date_of_birth != kNoDate && dob_major != kNoDate &&
            !DatesTypoClose(a.date_of_birth, static_cast<int32_t>(dob_major)))
          bits |= 2;
        if (a.gender != Gender::kUnknown && gender_major != static_cast<int64_t>(Gender::kUnknown) &&
            static_cast<int64_t>(a.gender) != gender_major)
          bits |= 4;
        const bool another_person = (bits & 3) == 3 && a.id_type == IdType::kCmnd &&
                                    majority_verified &&
                                    verified_as(a, a.name_key, a.date_of_birth);
        attr_variant_[s] = another_person ? 0 : bits;
      }
      // A failed check explained by a clerical typo: another registration of the document
      // is consistent (no CCCD inconsistency, and a population-database match when this
      // one failed) and differs from this one only by typos in the name or birth date.
      const bool popdb_failed = PopdbFailed(a);
      if (!(a.soft_checks & kCccdBits) && !popdb_failed) continue;
      if (HasConsistentWitness(a, members, popdb_failed, /*up_to_typos=*/true)) {
        typo_explained_[s] = 1;
      }
    }
  }
  for (int org = 0; org < 2; ++org) {
    peer_ident_subs_[org] = LogScale(logs[org]);
    peer_ident_carriers_[org] = LogScale(carriers[org]);
  }
  MarkNumberTypos();
}

bool Detector::Impl::HasConsistentWitness(const Record& a, absl::Span<const uint32_t> members,
                                          bool popdb_failed, bool up_to_typos) const {
  int compared = 0;
  for (uint32_t t : members) {
    const Record& b = R(t);
    if (&b == &a) continue;
    if (++compared > 64) break;  // enough witnesses; bounds placeholder documents
    if ((b.soft_checks & kCccdBits) || (popdb_failed && b.popdb_check != PopdbCheck::kMatch))
      continue;
    const bool name_close =
        a.name_key == b.name_key ||
        (up_to_typos && a.name_key != kNoId && b.name_key != kNoId &&
         EditDistanceAtMost2(batch_.names.Get(a.name_key), batch_.names.Get(b.name_key)) <= 1);
    const bool dob_close = a.date_of_birth == b.date_of_birth ||
                           (up_to_typos && a.date_of_birth != kNoDate &&
                            b.date_of_birth != kNoDate &&
                            DatesTypoClose(a.date_of_birth, b.date_of_birth));
    if (name_close && dob_close) return true;
  }
  return false;
}

// A failed population-database check explained by a clerical typo in the document
// number itself: one digit of it, or one swap of neighbouring digits, away lies a
// document on which the same person (the same name and birth date) passed the check.
// The typo makes a document of its own, so the witness is found by looking the variants
// up by key; with keyed pseudonyms, the variants' pseudonyms are looked up the same way.
void Detector::Impl::MarkNumberTypos() {
  std::string key;
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& a = R(s);
    if (typo_explained_[s] || is_org_[s] || !PopdbFailed(a)) {
      continue;
    }
    const absl::string_view id = batch_.ids.Get(a.id_key);
    const size_t start = id.find(':') + 1;  // 0 when there is no type prefix
    if (start >= id.size() || !absl::c_all_of(id.substr(start), absl::ascii_isdigit)) continue;
    key.assign(id.data(), id.size());
    // One slip at a time: on the twin, the same name and birth date passed the check.
    auto witness_at_key = [&]() {
      const uint32_t twin = batch_.ids.Find(key);
      return twin != kNoId && HasConsistentWitness(a, by_ident_.members(twin),
                                                   /*popdb_failed=*/true,
                                                   /*up_to_typos=*/false);
    };
    bool explained = false;
    for (size_t k = start; k < key.size() && !explained; ++k) {
      const char digit = key[k];
      for (char other = '0'; other <= '9' && !explained; ++other) {
        if (other == digit) continue;
        key[k] = other;
        explained = witness_at_key();
      }
      key[k] = digit;
      if (!explained && k + 1 < key.size() && key[k + 1] != digit) {
        std::swap(key[k], key[k + 1]);
        explained = witness_at_key();
        std::swap(key[k], key[k + 1]);
      }
    }
    typo_explained_[s] = explained;
  }
}

void Detector::Impl::BuildDeviceStats() {
  // First-use devices: distinct identities and subscriptions of persons (organisations'
  // gateways are theirs to run).
  std::vector<uint32_t> person_ident(S());
  for (uint32_t s = 0; s < S(); ++s) person_ident[s] = is_org_[s] ? kNoId : ident_[s];
  fudev_ids_ = DistinctPerGroup(by_fudev_, person_ident);
  fudev_subs_.assign(n_fudev_, 0);
  for (uint32_t s = 0; s < S(); ++s) {
    if (fudev_[s] != kNoId && !is_org_[s]) ++fudev_subs_[fudev_[s]];
  }
  std::vector<double> ids_log, subs_log;
  for (uint32_t d = 0; d < n_fudev_; ++d) {
    if (fudev_subs_[d] == 0) continue;
    ids_log.push_back(std::log1p(fudev_ids_[d]));
    subs_log.push_back(std::log1p(fudev_subs_[d]));
  }
  peer_fudev_ids_ = LogScale(ids_log);
  peer_fudev_subs_ = LogScale(subs_log);
  reg_time_.resize(S());
  for (uint32_t s = 0; s < S(); ++s) reg_time_[s] = R(s).registered_at;
  fudev_window_ = CountInWindow(by_fudev_, person_ident, reg_time_, options_.box_window_seconds);
  const std::vector<WindowCount> sitting =
      CountInWindow(by_fudev_, person_ident, reg_time_, options_.burst_window_seconds);
  fudev_sitting_ids_.assign(n_fudev_, 0);
  for (uint32_t s = 0; s < S(); ++s) {
    if (fudev_[s] == kNoId) continue;
    const uint32_t ids = std::min<uint32_t>(255, sitting[s].distinct);
    uint8_t& most = fudev_sitting_ids_[fudev_[s]];
    most = static_cast<uint8_t>(std::max<uint32_t>(most, ids));
  }
  const WindowScales fudev_scales = BusiestWindowScales(by_fudev_, fudev_window_);
  peer_window_ids_ = fudev_scales.distinct;
  peer_window_subs_ = fudev_scales.count;
  // Self-service registration devices: distinct identities registered on them.
  std::vector<uint32_t> self_ident(S());
  for (uint32_t s = 0; s < S(); ++s) {
    self_ident[s] = (group_[s] == kGroupSelf && !is_org_[s]) ? ident_[s] : kNoId;
  }
  regdev_self_ids_ = DistinctPerGroup(by_regdev_, self_ident);
  std::vector<double> self_log;
  for (uint32_t d = 0; d < n_regdev_; ++d) {
    if (regdev_self_ids_[d] > 0) self_log.push_back(std::log1p(regdev_self_ids_[d]));
  }
  peer_regdev_self_ = LogScale(self_log);
  {
    std::vector<uint32_t> known(n_regdev_, 0), own(n_regdev_, 0);
    for (uint32_t s = 0; s < S(); ++s) {
      if (self_ident[s] == kNoId || regdev_[s] == kNoId || fudev_[s] == kNoId) continue;
      ++known[regdev_[s]];
      own[regdev_[s]] += fudev_ids_[fudev_[s]] == 1 && fudev_value_[fudev_[s]] != R(s).device_imei;
    }
    regdev_serves_public_.assign(n_regdev_, 0);
    for (uint32_t d = 0; d < n_regdev_; ++d) regdev_serves_public_[d] = 2 * own[d] > known[d];
  }
  BuildPhoneClusters(self_ident);
  // Presenter concentration: the share of a device's SIMs presented by one operator,
  // either under one face shared across persons or registered self-service on this very
  // phone. Many identities' SIMs presented by one person and used in that person's phone
  // is one operator using victims' SIMs (non-owner), not a SIM box of bought identities
  // (a SIM box runs no registration app). The phone test keeps this working in batches
  // without selfies. A phone that itself registered several identities' SIMs
  // self-service is an operator's phone whichever of the operator's phones registered
  // the SIMs it carries.
  fudev_registers_.assign(n_fudev_, 0);
  {
    absl::flat_hash_set<uint64_t> registering_phones;
    for (uint32_t d = 0; d < n_regdev_; ++d) {
      if (regdev_self_ids_[d] >= 2) registering_phones.insert(regdev_value_[d]);
    }
    for (uint32_t d = 0; d < n_fudev_; ++d) {
      fudev_registers_[d] = registering_phones.contains(fudev_value_[d]);
    }
  }
  fudev_presenter_.assign(n_fudev_, 0);
  std::vector<uint32_t> faces;
  for (uint32_t d = 0; d < n_fudev_; ++d) {
    auto m = by_fudev_.members(d);
    if (m.size() < 3) continue;
    if (fudev_registers_[d]) {
      fudev_presenter_[d] = 1.0f;
      continue;
    }
    faces.clear();
    size_t self_registered = 0;
    for (uint32_t s : m) {
      if (FaceShared(s)) faces.push_back(face_[s]);
      if (group_[s] == kGroupSelf && R(s).device_imei == fudev_value_[d]) ++self_registered;
    }
    std::sort(faces.begin(), faces.end());
    size_t best = 0;
    for (size_t i = 0; i < faces.size();) {
      size_t j = i;
      while (j < faces.size() && faces[j] == faces[i]) ++j;
      best = std::max(best, j - i);
      i = j;
    }
    fudev_presenter_[d] = static_cast<float>(std::max(best, self_registered)) / m.size();
  }
  // First use in a device never seen with the identity's other subscriptions.
  first_use_foreign_.assign(S(), 0);
  first_use_shared_.assign(S(), 0);
  ident_verified_.assign(by_ident_.num_groups(), 0);
  for (uint32_t s = 0; s < S(); ++s) {
    if (R(s).popdb_check == PopdbCheck::kMatch) ident_verified_[ident_[s]] = 1;
  }
  // Handsets, not IMEIs: a dual-SIM phone reports an IMEI per slot (SameHandset).
  first_use_serials_.resize(n_fudev_);
  for (uint32_t d = 0; d < n_fudev_; ++d) first_use_serials_[d] = ImeiSerial(fudev_value_[d]);
  std::sort(first_use_serials_.begin(), first_use_serials_.end());
  first_use_serials_.erase(std::unique(first_use_serials_.begin(), first_use_serials_.end()),
                           first_use_serials_.end());
  std::vector<uint64_t> handsets;
  for (uint32_t i = 0; i < by_ident_.num_groups(); ++i) {
    auto m = by_ident_.members(i);
    if (m.size() < 2 || is_org_[m[0]]) continue;
    handsets.clear();
    for (uint32_t s : m) {
      if (fudev_[s] != kNoId) handsets.push_back(Handset(R(s).first_use_imei));
    }
    if (handsets.size() < 2) continue;  // no other subscription with a device to compare
    std::sort(handsets.begin(), handsets.end());
    for (uint32_t s : m) {
      if (fudev_[s] == kNoId) continue;
      const auto range =
          std::equal_range(handsets.begin(), handsets.end(), Handset(R(s).first_use_imei));
      const bool shared = range.second - range.first >= 2;
      first_use_foreign_[s] = !shared;
      first_use_shared_[s] = shared;
    }
  }
}

// Phone clusters: a self-service registration links the phone that registered a SIM to
// the phone the SIM was first used in, and a phone that both registers and uses SIMs is
// one node. A ring working through several phones, registering on some and using the
// SIMs on others, is one cluster; a family's cluster is the phone that registered the
// relatives' SIMs and the relatives' own phones. Per registration device: the distinct
// identities registered self-service anywhere in its cluster (`self_ident`: the identity
// of a self-service registration, kNoId otherwise). Hubs (more than hub_identity_cap
// identities) link nothing.
void Detector::Impl::BuildPhoneClusters(const std::vector<uint32_t>& self_ident) {
  const uint32_t cap = options_.hub_identity_cap;
  UnionFind uf(n_regdev_ + n_fudev_);
  {
    absl::flat_hash_map<uint64_t, uint32_t> regdev_of;
    for (uint32_t d = 0; d < n_regdev_; ++d) regdev_of.emplace(regdev_value_[d], d);
    for (uint32_t d = 0; d < n_fudev_; ++d) {
      auto it = regdev_of.find(fudev_value_[d]);
      if (it != regdev_of.end()) uf.Union(it->second, n_regdev_ + d);
    }
  }
  for (uint32_t s = 0; s < S(); ++s) {
    if (self_ident[s] == kNoId || regdev_[s] == kNoId || fudev_[s] == kNoId) continue;
    if (regdev_self_ids_[regdev_[s]] > cap || fudev_ids_[fudev_[s]] > cap) continue;
    if (!DeviceIsThePresenters(s)) continue;
    uf.Union(regdev_[s], n_regdev_ + fudev_[s]);
  }
  regdev_cluster_.assign(n_regdev_, 0);
  for (uint32_t d = 0; d < n_regdev_; ++d) regdev_cluster_[d] = uf.Find(d);
  // Per cluster: the distinct identities registered self-service on its phones, over all
  // time and within a window of each registration's time, with their peer scales (over
  // time: every cluster's count; in a window: each cluster's busiest window).
  std::vector<uint32_t> cluster_of(S(), kNoId);
  for (uint32_t s = 0; s < S(); ++s) {
    if (self_ident[s] != kNoId && regdev_[s] != kNoId) cluster_of[s] = regdev_cluster_[regdev_[s]];
  }
  const Grouping by_cluster = Grouping::Build(cluster_of, uf.size());
  const std::vector<uint32_t> cluster_ids = DistinctPerGroup(by_cluster, self_ident);
  regdev_cluster_ids_.resize(n_regdev_);
  for (uint32_t d = 0; d < n_regdev_; ++d) regdev_cluster_ids_[d] = cluster_ids[regdev_cluster_[d]];
  std::vector<double> logs;
  for (uint32_t ids : cluster_ids) {
    if (ids > 0) logs.push_back(std::log1p(ids));
  }
  std::sort(logs.begin(), logs.end());  // ascending: the mean-deviation fallback sums them
  peer_cluster_self_ = LogScale(logs);
  const std::vector<WindowCount> windows =
      CountInWindow(by_cluster, self_ident, reg_time_, options_.box_window_seconds);
  peer_cluster_window_ = BusiestWindowScales(by_cluster, windows).distinct;
  cluster_window_ids_ = DistinctCounts(windows);
  // Per cluster, those of its self-service identities that hold several subscriptions,
  // against the share among all identities registered self-service.
  std::vector<uint32_t> multi_sim_ident(S(), kNoId);
  std::vector<uint8_t> counted(ident_subs_.size(), 0);
  Rate multi_sim;
  for (uint32_t s = 0; s < S(); ++s) {
    const uint32_t i = self_ident[s];
    if (i == kNoId) continue;
    const bool several = ident_subs_[i] >= 2;
    if (several) multi_sim_ident[s] = i;
    if (counted[i]) continue;
    counted[i] = 1;
    multi_sim.Add(several);
  }
  const std::vector<uint32_t> cluster_multi = DistinctPerGroup(by_cluster, multi_sim_ident);
  cluster_multi_sim_.assign(n_regdev_, ClusterMultiSim());
  for (uint32_t d = 0; d < n_regdev_; ++d) {
    ClusterMultiSim& c = cluster_multi_sim_[d];
    c.multi = cluster_multi[regdev_cluster_[d]];
    if (c.multi >= 2) {
      c.surprise = static_cast<float>(
          BinomialSurprise(c.multi, regdev_cluster_ids_[d], multi_sim.p()));
    }
  }
}

void Detector::Impl::BuildComponents() {
  // Nodes: identities, faces, first-use devices, person keys, self-service devices. Hubs
  // (entities linking more than hub_identity_cap identities) are left out.
  const uint32_t n_ident = batch_.ids.size();
  const uint32_t face_base = n_ident;
  const uint32_t fudev_base = face_base + n_face_;
  const uint32_t person_base = fudev_base + n_fudev_;
  const uint32_t regdev_base = person_base + n_person_;
  UnionFind uf(regdev_base + n_regdev_);
  const uint32_t cap = options_.hub_identity_cap;
  std::vector<uint8_t> person_hub(n_person_, 0);
  {
    Grouping by_person = Grouping::Build(person_, n_person_);
    std::vector<uint32_t> ids = DistinctPerGroup(by_person, ident_);
    for (uint32_t p = 0; p < n_person_; ++p) person_hub[p] = ids[p] > cap;
  }
  for (uint32_t f = 0; f < n_face_; ++f) stats_.hub_entities += face_persons_[f] > cap;
  for (uint32_t d = 0; d < n_fudev_; ++d) stats_.hub_entities += fudev_ids_[d] > cap;
  for (uint32_t s = 0; s < S(); ++s) {
    const uint32_t i = ident_[s];
    if (face_[s] != kNoId && face_persons_[face_[s]] <= cap) uf.Union(i, face_base + face_[s]);
    if (fudev_[s] != kNoId && fudev_ids_[fudev_[s]] <= cap) uf.Union(i, fudev_base + fudev_[s]);
    if (person_[s] != kNoId && !person_hub[person_[s]]) uf.Union(i, person_base + person_[s]);
    if (group_[s] == kGroupSelf && regdev_[s] != kNoId && regdev_self_ids_[regdev_[s]] <= cap)
      uf.Union(i, regdev_base + regdev_[s]);
  }
  std::vector<uint32_t> labels = uf.ComponentLabels();
  comp_of_ident_.assign(labels.begin(), labels.begin() + n_ident);
  uint32_t n_comp = 0;
  for (uint32_t i = 0; i < n_ident; ++i) n_comp = std::max(n_comp, comp_of_ident_[i] + 1);
  comp_ids_.assign(n_comp, 0);
  for (uint32_t i = 0; i < n_ident; ++i) {
    if (by_ident_.size(i) > 0) ++comp_ids_[comp_of_ident_[i]];
  }
  std::vector<double> logs;
  for (uint32_t c = 0; c < n_comp; ++c) {
    if (comp_ids_[c] == 0) continue;
    ++stats_.components;
    stats_.largest_component = std::max<uint64_t>(stats_.largest_component, comp_ids_[c]);
    logs.push_back(std::log1p(comp_ids_[c]));
  }
  peer_comp_ids_ = LogScale(logs);
  BuildPresenterComponents();
}

// Presenter components: subscriptions linked by the faces that presented them and the
// devices that registered (self-service) or first used them, never through a document.
// A ring's SIMs stay together; a victim's own SIM, and the relatives it registered on
// its own phone, do not join the ring through the victim's document as they do in the
// ID-reuse component. Per subscription: the component's distinct identities.
void Detector::Impl::BuildPresenterComponents() {
  const uint32_t cap = options_.hub_identity_cap;
  const uint32_t face_base = S();
  const uint32_t fudev_base = face_base + n_face_;
  const uint32_t regdev_base = fudev_base + n_fudev_;
  UnionFind uf(regdev_base + n_regdev_);
  for (uint32_t s = 0; s < S(); ++s) {
    if (face_[s] != kNoId && face_persons_[face_[s]] <= cap) uf.Union(s, face_base + face_[s]);
    if (fudev_[s] != kNoId && fudev_ids_[fudev_[s]] <= cap) uf.Union(s, fudev_base + fudev_[s]);
    if (group_[s] == kGroupSelf && regdev_[s] != kNoId && regdev_self_ids_[regdev_[s]] <= cap &&
        DeviceIsThePresenters(s)) {
      uf.Union(s, regdev_base + regdev_[s]);
    }
  }
  std::vector<uint32_t> component(S());
  for (uint32_t s = 0; s < S(); ++s) component[s] = uf.Find(s);
  const Grouping by_component = Grouping::Build(component, uf.size());
  const std::vector<uint32_t> ids = DistinctPerGroup(by_component, ident_);
  presenter_ids_.resize(S());
  for (uint32_t s = 0; s < S(); ++s) presenter_ids_[s] = ids[component[s]];
  std::vector<double> logs;
  for (uint32_t c = 0; c < uf.size(); ++c) {
    if (ids[c] > 0) logs.push_back(std::log1p(ids[c]));
  }
  peer_presenter_ids_ = LogScale(logs);
  // The same within a window of each registration's time, and its peer scale over each
  // component's busiest window.
  const std::vector<WindowCount> windows =
      CountInWindow(by_component, ident_, reg_time_, options_.box_window_seconds);
  peer_presenter_window_ = BusiestWindowScales(by_component, windows).distinct;
  presenter_window_ids_ = DistinctCounts(windows);
  reg_time_ = std::vector<int64_t>();
}

// Placeholder registration times (DetectOptions::placeholder_time_min_points). A time is
// judged at its resolution, the coarsest of the day, hour, minute and second it falls on:
// an export to the minute puts many registrations on every whole minute, and one to the
// second puts a sixtieth of its registrations there. The rate expected at the time is
// the batch's own: its registrations at that resolution within 30 steps of it (an hour
// at least) either side, the time's own left out.
void Detector::Impl::MarkPlaceholderTimes() {
  placeholder_time_.assign(S(), 0);
  const uint32_t min_points = options_.placeholder_time_min_points;
  if (S() < min_points) return;
  constexpr int64_t kResolutions[] = {86400, 3600, 60, 1};
  constexpr int kNumResolutions = 4;
  const int64_t offset = options_.local_utc_offset_seconds;
  auto aligned = [&](int64_t t, int64_t step) {
    return FloorDiv(t + offset, step) * step == t + offset;
  };
  std::vector<std::pair<int64_t, uint32_t>> by_time(S());
  for (uint32_t s = 0; s < S(); ++s) by_time[s] = {R(s).registered_at, s};
  std::sort(by_time.begin(), by_time.end());
  // The times on each resolution but the second's, in order; the second's is by_time.
  std::vector<int64_t> on[kNumResolutions - 1];
  size_t distinct = 0;
  for (size_t k = 0; k < by_time.size(); ++k) {
    const int64_t t = by_time[k].first;
    distinct += k == 0 || t != by_time[k - 1].first;
    for (int i = 0; i + 1 < kNumResolutions; ++i) {
      if (aligned(t, kResolutions[i])) on[i].push_back(t);
    }
  }
  // Registrations on resolution i within [lo, hi], those at t left out.
  auto around = [&](int i, int64_t t, int64_t lo, int64_t hi) -> size_t {
    if (i + 1 == kNumResolutions) {
      using Entry = std::pair<int64_t, uint32_t>;
      const auto first = std::lower_bound(by_time.begin(), by_time.end(), Entry{lo, 0});
      const auto at = std::lower_bound(first, by_time.end(), Entry{t, 0});
      const auto past = std::upper_bound(at, by_time.end(), Entry{t, kNoId});
      const auto last = std::upper_bound(past, by_time.end(), Entry{hi, kNoId});
      return static_cast<size_t>((at - first) + (last - past));
    }
    const std::vector<int64_t>& v = on[i];
    const auto first = std::lower_bound(v.begin(), v.end(), lo);
    const auto at = std::lower_bound(first, v.end(), t);
    const auto past = std::upper_bound(at, v.end(), t);
    const auto last = std::upper_bound(past, v.end(), hi);
    return static_cast<size_t>((at - first) + (last - past));
  };
  // Steps of `step` on the local clock within [lo, hi].
  auto steps_within = [&](int64_t lo, int64_t hi, int64_t step) -> int64_t {
    return FloorDiv(hi + offset, step) - FloorDiv(lo + offset - 1, step);
  };
  const int64_t first_time = by_time.front().first, last_time = by_time.back().first;
  const double needed = SurpriseFromP(options_.placeholder_time_alpha / distinct);
  std::vector<uint32_t> points;
  struct Heap {
    int64_t t, step;
    size_t registrations, points;
  };
  std::vector<Heap> heaps;
  for (size_t k = 0; k < by_time.size();) {
    const int64_t t = by_time[k].first;
    size_t e = k + 1;
    while (e < by_time.size() && by_time[e].first == t) ++e;
    if (e - k >= min_points) {
      points.clear();
      for (size_t j = k; j < e; ++j) {
        if (point_[by_time[j].second] != kNoId) points.push_back(point_[by_time[j].second]);
      }
      std::sort(points.begin(), points.end());
      points.erase(std::unique(points.begin(), points.end()), points.end());
      if (points.size() >= min_points) {
        int i = 0;
        while (!aligned(t, kResolutions[i])) ++i;
        const int64_t step = kResolutions[i];
        // The window, within the batch's span: a batch of one day exported to the day
        // has no other day to compare its date with, and no placeholder can be told.
        const int64_t w = std::max<int64_t>(3600, 30 * step);
        const int64_t lo = std::max(t - w, first_time), hi = std::min(t + w, last_time);
        const int64_t others = steps_within(lo, hi, step) - 1;
        const double expected =
            others > 0 ? static_cast<double>(around(i, t, lo, hi)) / others : 0.0;
        if (others > 0 && PoissonSurprise(points.size(), expected) >= needed) {
          for (size_t j = k; j < e; ++j) placeholder_time_[by_time[j].second] = 1;
          heaps.push_back({t, step, e - k, points.size()});
          stats_.placeholder_times += e - k;
        }
      }
    }
    k = e;
  }
  // The largest first in the note; the rest counted.
  std::sort(heaps.begin(), heaps.end(), [](const Heap& a, const Heap& b) {
    if (a.registrations != b.registrations) return a.registrations > b.registrations;
    return a.t < b.t;
  });
  for (size_t h = 0; h < heaps.size() && h < 5; ++h) {
    const Heap& heap = heaps[h];
    const char* unit = heap.step == 86400 ? "midnight"
                       : heap.step == 3600 ? "whole hour"
                       : heap.step == 60   ? "whole minute"
                                           : "second";
    notes_.push_back(absl::StrFormat(
        "%u registrations at %u points carry the registration time %s, a placeholder and "
        "not an event: the batch's rate around it makes that many points at one %s "
        "improbable. They keep the date but have no time of day and join no hour's window",
        heap.registrations, heap.points, FormatVietnamInstant(heap.t), unit));
  }
  if (heaps.size() > 5) {
    notes_.push_back(absl::StrFormat("%u more placeholder registration times", heaps.size() - 5));
  }
}

void Detector::Impl::BuildTemporalSignals() {
  burst_.assign(S(), 0);
  run_.assign(S(), 0);
  run_is_msisdn_.assign(S(), 0);
  stock_head_.assign(S(), kNoId);
  lot_head_.assign(S(), kNoId);
  lot_len_.assign(S(), 0);
  lot_prev_.assign(S(), kNoId);
  lot_next_.assign(S(), kNoId);
  stock_len_.assign(S(), 0);
  same_doc_.assign(S(), 0);
  visit_head_.assign(S(), kNoId);
  confirmed_sibling_.assign(S(), kNoId);
  multi_point_.assign(S(), 0);
  multi_point_hour_.assign(S(), 0);
  multi_residence_.assign(S(), 0);
  visit_phones_.assign(S(), 0);
  capture_replayed_.assign(S(), 0);
  point_own_burst_.assign(n_point_, RobustScale{});
  point_own_run_.assign(n_point_, RobustScale{});
  PointVolumeBands();
  // Points, then documents, in contiguous ranges on separate threads: each writes only
  // its own members' signals. The peer samples of each range are joined in range order,
  // so they come out in the order of one sequential pass.
  const std::vector<uint32_t> point_cuts = SplitGroups(by_point_, threads_);
  std::vector<PeerSamples> samples(point_cuts.size() - 1);
  ForEachRange(point_cuts, [&](size_t part, uint32_t begin, uint32_t end) {
    PointTemporalSignals(begin, end, &samples[part]);
  });
  lot_len_ = std::vector<uint32_t>();
  for (int g = 0; g < kNumChannelGroups; ++g) {
    // Each band's samples in range order, and the whole group's for thin bands.
    std::vector<double> band_burst[kVolumeBands], band_run[kVolumeBands], burst, run;
    for (int b = 0; b < kVolumeBands; ++b) {
      for (const PeerSamples& part : samples) {
        band_burst[b].insert(band_burst[b].end(), part.burst[g][b].begin(), part.burst[g][b].end());
        band_run[b].insert(band_run[b].end(), part.run[g][b].begin(), part.run[g][b].end());
      }
      burst.insert(burst.end(), band_burst[b].begin(), band_burst[b].end());
      run.insert(run.end(), band_run[b].begin(), band_run[b].end());
    }
    const RobustScale all_burst = LogScale(burst), all_run = LogScale(run);
    for (int b = 0; b < kVolumeBands; ++b) {
      peer_burst_[g][b] =
          band_burst[b].size() >= kMinBandSamples ? LogScale(band_burst[b]) : all_burst;
      peer_run_[g][b] = band_run[b].size() >= kMinBandSamples ? LogScale(band_run[b]) : all_run;
    }
  }
  doc_point_count_.assign(S(), 0);
  const std::vector<uint32_t> ident_cuts = SplitGroups(by_ident_, threads_);
  std::vector<std::vector<double>> busiest(ident_cuts.size() - 1);
  ForEachRange(ident_cuts, [&](size_t part, uint32_t begin, uint32_t end) {
    DocumentTemporalSignals(begin, end, &busiest[part]);
  });
  // The pairs' busiest windows in range order, as one sequential pass gives them; a
  // registration alone on its document at its point is a pair of one.
  std::vector<double> pairs;
  for (const std::vector<double>& part : busiest) {
    pairs.insert(pairs.end(), part.begin(), part.end());
  }
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s] || point_[s] == kNoId || doc_point_count_[s] != 0) continue;
    doc_point_count_[s] = 1;
    pairs.push_back(std::log1p(1.0));
  }
  peer_doc_point_ = LogScale(pairs);
}

// point_people_, each point's registrations (organisations' left out), and point_band_:
// each point's volume band among the points of its channel group (the group of its first
// person's registration), by the share of the group's registrations at quieter points.
void Detector::Impl::PointVolumeBands() {
  point_band_.assign(n_point_, 0);
  point_people_.assign(n_point_, 0);
  std::vector<uint32_t>& volume = point_people_;
  std::vector<uint8_t> group(n_point_, kGroupUnknown);
  for (uint32_t p = 0; p < n_point_; ++p) {
    for (uint32_t s : by_point_.members(p)) {
      if (is_org_[s]) continue;
      if (volume[p]++ == 0) group[p] = group_[s];
    }
  }
  for (int g = 0; g < kNumChannelGroups; ++g) {
    // Registrations at points of each volume, then the share at quieter points.
    std::map<uint32_t, uint64_t> at_volume;
    uint64_t total = 0;
    for (uint32_t p = 0; p < n_point_; ++p) {
      if (group[p] != g || volume[p] == 0) continue;
      at_volume[volume[p]] += volume[p];
      total += volume[p];
    }
    std::map<uint32_t, uint8_t> band_of;
    uint64_t quieter = 0;
    for (const auto& [v, n] : at_volume) {
      band_of[v] = static_cast<uint8_t>(std::min<uint64_t>(kVolumeBands - 1,
                                                           kVolumeBands * quieter / total));
      quieter += n;
    }
    for (uint32_t p = 0; p < n_point_; ++p) {
      if (group[p] == g && volume[p] != 0) point_band_[p] = band_of[volume[p]];
    }
  }
}

// A pre-activation burst is weak throughout: fabricated or leaked documents, no faces or
// others' faces. A promotion day's walk-ins are as weak as any customers: among two hundred
// real people some match their ID photos poorly, and that is chance, not the burst.
void Detector::Impl::BuildBurstWeakness() {
  burst_weak_surprise_.assign(S(), 0.0f);
  const int64_t w = options_.burst_window_seconds;
  ForEachRange(SplitGroups(by_point_, threads_), [&](size_t, uint32_t begin, uint32_t end) {
    std::vector<uint32_t> order;
    std::vector<SortKey> keys;
    std::vector<uint32_t> weak;      // prefix counts of weak registrations
    std::vector<double> expected;    // prefix sums of their expected weak shares
    for (uint32_t p = begin; p < end; ++p) {
      order.clear();
      for (uint32_t s : by_point_.members(p)) {
        if (!is_org_[s] && !placeholder_time_[s]) order.push_back(s);
      }
      if (order.size() < 2) continue;
      SortByKey(order, [&](uint32_t s) {
        return std::pair<uint64_t, uint64_t>{0, TimeKey(R(s).registered_at)};
      }, keys);
      weak.assign(order.size() + 1, 0);
      expected.assign(order.size() + 1, 0.0);
      for (size_t k = 0; k < order.size(); ++k) {
        const uint32_t s = order[k];
        const double p_weak =
            verification_norms_.Expected(group_[s], R(s).registered_at)[kShareWeak];
        // A citizen's document registered out of hours, where the channel group rarely
        // registers then: nobody was at the counter (a replayed ID photo matches the
        // document as well as its holder does). Travellers on night flights present
        // passports.
        const bool night_rare = NightIsRare(group_[s]);
        const bool at_night = night_rare && out_of_hours_[s] && IsNationalDocument(R(s));
        weak[k + 1] = weak[k] + (weak_[s] || at_night);
        const double p_night = night_rare ? out_of_hours_rate_[group_[s]].p() : 0.0;
        expected[k + 1] = expected[k] + p_weak + (1.0 - p_weak) * p_night;
      }
      size_t lo = 0, hi = 0;
      for (size_t k = 0; k < order.size(); ++k) {
        const int64_t t = R(order[k]).registered_at;
        while (R(order[lo]).registered_at < t - w / 2) ++lo;
        while (hi < order.size() && R(order[hi]).registered_at <= t + w / 2) ++hi;
        const uint32_t n = static_cast<uint32_t>(hi - lo);
        burst_weak_surprise_[order[k]] = static_cast<float>(
            BinomialSurprise(weak[hi] - weak[lo], n, (expected[hi] - expected[lo]) / n));
      }
    }
  });
}

// Bursts and ICCID runs of the points [begin, end).
void Detector::Impl::PointTemporalSignals(uint32_t begin, uint32_t end, PeerSamples* out) {
  const int64_t w = options_.burst_window_seconds;
  std::vector<uint32_t> order, timed;
  std::vector<double> own;
  std::vector<SortKey> keys;
  for (uint32_t p = begin; p < end; ++p) {
    auto m = by_point_.members(p);
    if (m.empty()) continue;
    order.clear();
    for (uint32_t s : m) {
      if (!is_org_[s]) order.push_back(s);
    }
    SortByKey(order, [&](uint32_t s) {
      return std::pair<uint64_t, uint64_t>{0, TimeKey(R(s).registered_at)};
    }, keys);
    // Registrations of persons within +-w/2 of each one (two pointers), those at
    // placeholder times left out.
    timed.clear();
    for (uint32_t s : order) {
      if (!placeholder_time_[s]) timed.push_back(s);
    }
    size_t lo = 0, hi = 0;
    own.clear();
    for (size_t k = 0; k < timed.size(); ++k) {
      const int64_t t = R(timed[k]).registered_at;
      while (R(timed[lo]).registered_at < t - w / 2) ++lo;
      while (hi < timed.size() && R(timed[hi]).registered_at <= t + w / 2) ++hi;
      burst_[timed[k]] = static_cast<uint32_t>(hi - lo);
      own.push_back(std::log1p(hi - lo));
      out->burst[group_[timed[k]]][point_band_[p]].push_back(std::log1p(hi - lo));
    }
    point_own_burst_[p] = ComputeRobustScale(own);
    // Chains: maximal stretches of `sorted` whose neighbours are consecutive by `next`
    // and were registered within `window` of each other. Neighbours on one identity end a
    // chain unless `same_identity_continues`; `mark(k, e)` receives each chain [k, e).
    auto chains = [&](const std::vector<uint32_t>& sorted, auto next, int64_t window,
                      bool same_identity_continues, auto mark) {
      for (size_t k = 0; k < sorted.size();) {
        size_t e = k + 1;
        while (e < sorted.size()) {
          const Record& a = R(sorted[e - 1]);
          const Record& b = R(sorted[e]);
          if (!next(a, b) || std::llabs(b.registered_at - a.registered_at) > window ||
              (a.id_key == b.id_key && !same_identity_continues))
            break;
          ++e;
        }
        mark(k, e);
        k = e;
      }
    };
    // SIM kits by ICCID (check digit stripped) and by number.
    std::vector<uint32_t> by_iccid, by_msisdn(order);
    for (uint32_t s : order) {
      if (R(s).iccid_len != 0) by_iccid.push_back(s);
    }
    SortByKey(by_iccid, [&](uint32_t s) {
      return std::pair<uint64_t, uint64_t>{R(s).iccid_len, R(s).iccid_body};
    }, keys);
    SortByKey(by_msisdn, [&](uint32_t s) {
      return std::pair<uint64_t, uint64_t>{static_cast<uint64_t>(R(s).carrier), R(s).msisdn};
    }, keys);
    // Kits at most `step` apart: by ICCID (check digit stripped), or by number of one
    // carrier; 1 for consecutive kits.
    auto iccid_within = [](uint64_t step) {
      return [step](const Record& a, const Record& b) {
        return a.iccid_len == b.iccid_len && b.iccid_body / 10 > a.iccid_body / 10 &&
               b.iccid_body / 10 - a.iccid_body / 10 <= step;
      };
    };
    auto msisdn_within = [](uint64_t step) {
      return [step](const Record& a, const Record& b) {
        return a.carrier == b.carrier && b.msisdn > a.msisdn && b.msisdn - a.msisdn <= step;
      };
    };
    const auto next_iccid = iccid_within(1);
    const auto next_msisdn = msisdn_within(1);
    // Runs within the hour: chains of kits each registered within `window` of the next.
    // Consecutive kits on one document continue a run but count once: a customer buying
    // three SIMs is one sale, and a dealer that puts two to five kits on each leaked
    // document still runs its stock through many identities. Each member of a chain of at
    // least `min_length` such sales gets the number of the chain's sales registered within
    // `window` either side of it, where that is more than its run so far. A shop handing
    // out its stock in order to a steady stream of walk-ins chains its whole day; a
    // pre-activation packs its kits into the hours around each one.
    std::vector<int64_t> times;
    auto runs = [&](const std::vector<uint32_t>& sorted, size_t min_length, uint8_t is_msisdn,
                    int64_t window) {
      return [&, min_length, is_msisdn, window](size_t k, size_t e) {
        times.clear();
        for (size_t j = k; j < e; ++j) {
          if (j == k || R(sorted[j]).id_key != R(sorted[j - 1]).id_key) {
            times.push_back(R(sorted[j]).registered_at);
          }
        }
        if (times.size() < min_length) return;
        std::sort(times.begin(), times.end());
        for (size_t j = k; j < e; ++j) {
          const int64_t t = R(sorted[j]).registered_at;
          const uint32_t len = static_cast<uint32_t>(
              std::upper_bound(times.begin(), times.end(), t + window) -
              std::lower_bound(times.begin(), times.end(), t - window));
          if (len > run_[sorted[j]]) {
            run_[sorted[j]] = len;
            run_is_msisdn_[sorted[j]] = is_msisdn;
          }
        }
      };
    };
    chains(by_iccid, next_iccid, w, /*same_identity_continues=*/true, runs(by_iccid, 1, 0, w));
    const int64_t wm = options_.msisdn_run_window_seconds;
    chains(by_msisdn, next_msisdn, wm, /*same_identity_continues=*/true,
           runs(by_msisdn, 2, 1, wm));
    // Stock blocks, over days: a block is the unit a dealer pre-activates, and a shop's
    // ordinary sales come from blocks too, so a block is judged by how its identities were
    // verified (BuildStockBlocks), not by its length. Lots likewise, stepping over kits
    // missing from the batch, with each kit's neighbours. Each kit keeps its longest of
    // each (by ICCID or by number).
    auto stretches = [&](const std::vector<uint32_t>& sorted, std::vector<uint32_t>& len,
                         std::vector<uint32_t>& head, std::vector<uint32_t>* prev,
                         std::vector<uint32_t>* next) {
      return [&, prev, next](size_t k, size_t e) {
        for (size_t j = k; j < e && e - k >= 3; ++j) {
          if (e - k <= len[sorted[j]]) continue;
          len[sorted[j]] = static_cast<uint32_t>(e - k);
          head[sorted[j]] = sorted[k];
          if (prev == nullptr) continue;
          (*prev)[sorted[j]] = j > k ? sorted[j - 1] : kNoId;
          (*next)[sorted[j]] = j + 1 < e ? sorted[j + 1] : kNoId;
        }
      };
    };
    const int64_t ws = options_.stock_run_window_seconds;
    chains(by_iccid, next_iccid, ws, /*same_identity_continues=*/false,
           stretches(by_iccid, stock_len_, stock_head_, nullptr, nullptr));
    chains(by_msisdn, next_msisdn, ws, /*same_identity_continues=*/false,
           stretches(by_msisdn, stock_len_, stock_head_, nullptr, nullptr));
    const uint64_t step = std::max<uint32_t>(1, options_.stock_lot_max_step);
    chains(by_iccid, iccid_within(step), ws, /*same_identity_continues=*/false,
           stretches(by_iccid, lot_len_, lot_head_, &lot_prev_, &lot_next_));
    chains(by_msisdn, msisdn_within(step), ws, /*same_identity_continues=*/false,
           stretches(by_msisdn, lot_len_, lot_head_, &lot_prev_, &lot_next_));
    // Shops sell their stock in ICCID (and sometimes number) order, so runs are judged
    // against the point's own history as well as against its channel group, like bursts.
    own.clear();
    for (uint32_t s : order) {
      own.push_back(std::log1p(run_[s]));
      out->run[group_[s]][point_band_[p]].push_back(own.back());
    }
    point_own_run_[p] = ComputeRobustScale(own);
  }
}

// For each registration u of `order` (sorted by time) with counted(u): the number of
// distinct keys other than its own among the counted registrations within w of it,
// either side, reported to out(u, others) when there are any. Two pointers with a count
// per key, so linear in the registrations; nothing runs unless two keys occur at all.
template <typename TimeOf, typename Counted, typename KeyOf, typename Key, typename Out>
void DistinctWithinWindow(absl::Span<const uint32_t> order, int64_t w, TimeOf time_of,
                          Counted counted, KeyOf key_of,
                          absl::flat_hash_map<Key, uint32_t>* in_window, Out out) {
  bool several = false;
  bool any = false;
  Key some_key{};
  for (uint32_t u : order) {
    if (!counted(u)) continue;
    if (!any) some_key = key_of(u);
    any = true;
    several |= key_of(u) != some_key;
  }
  if (!several) return;
  in_window->clear();
  auto at = [&](size_t k) { return time_of(order[k]); };
  for (size_t k = 0, lo = 0, hi = 0; k < order.size(); ++k) {
    const int64_t t = at(k);
    for (; hi < order.size() && at(hi) - t <= w; ++hi) {
      if (counted(order[hi])) ++(*in_window)[key_of(order[hi])];
    }
    for (; t - at(lo) > w; ++lo) {
      if (!counted(order[lo])) continue;
      auto it = in_window->find(key_of(order[lo]));
      if (--it->second == 0) in_window->erase(it);
    }
    const uint32_t s = order[k];
    if (!counted(s)) continue;
    const size_t others = in_window->size() - in_window->count(key_of(s));
    if (others > 0) out(s, others);
  }
}

// Per document [begin, end): extra SIMs the same day at one point used in another
// device, and several points within the multi-point window. Both are sliding windows
// over the document's registrations, so a document registered thousands of times within
// the hour costs linear time, not quadratic.
void Detector::Impl::DocumentTemporalSignals(uint32_t begin, uint32_t end,
                                             std::vector<double>* busiest) {
  const int64_t wd = options_.same_document_window_seconds;
  const int64_t wm = options_.multi_point_window_seconds;
  std::vector<uint32_t> order;
  std::vector<uint32_t> run_end, known_before;
  absl::flat_hash_map<uint32_t, uint32_t> window_points;  // point -> registrations
  absl::flat_hash_map<uint64_t, uint32_t> window_handsets;  // handset -> registrations
  // (selfie hash, face-match bits) -> earliest registration at the point.
  absl::flat_hash_map<std::pair<uint64_t, uint32_t>, int64_t> replay_earliest;
  // Registrations that count towards the multi-point signal: at a point, not self-service.
  auto at_point = [&](uint32_t u) { return point_[u] != kNoId && group_[u] != kGroupSelf; };
  for (uint32_t i = begin; i < end; ++i) {
    auto m = by_ident_.members(i);
    if (m.size() < 2 || is_org_[m[0]]) continue;
    order.assign(m.begin(), m.end());
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (R(a).registered_at != R(b).registered_at) return R(a).registered_at < R(b).registered_at;
      return a < b;
    });
    // The distinct other points among the registrations within wm either side (none
    // unless the document was registered at two points or more): the first registration
    // of a document that circulates is as much a part of it as the last. Likewise the
    // distinct provinces of residence declared on it within wm: a person's residence is
    // read from the chip, and one document declared in several provinces within hours
    // was typed in by different hands.
    auto time_of = [&](uint32_t u) { return R(u).registered_at; };
    DistinctWithinWindow(order, wm, time_of, at_point, [&](uint32_t u) { return point_[u]; },
                         &window_points, [&](uint32_t s, size_t others) {
                           multi_point_[s] = static_cast<uint8_t>(std::min<size_t>(8, others) + 1);
                         });
    DistinctWithinWindow(
        order, options_.burst_window_seconds, time_of,
        [&](uint32_t u) { return at_point(u) && TimeOfDayKnown(u); },
        [&](uint32_t u) { return point_[u]; }, &window_points, [&](uint32_t s, size_t others) {
          multi_point_hour_[s] = static_cast<uint8_t>(std::min<size_t>(8, others) + 1);
        });
    DistinctWithinWindow(
        order, wm, time_of,
        [&](uint32_t u) { return options_.compare_declared_residence && R(u).province != 0; },
        [&](uint32_t u) { return uint32_t{R(u).province}; }, &window_points,
        [&](uint32_t s, size_t others) {
          multi_residence_[s] = static_cast<uint8_t>(std::min<size_t>(8, others) + 1);
        });
    // By point, then in time order: per point, the document's registrations.
    SortByPointThenTime(order);
    run_end.resize(order.size());
    known_before.resize(order.size() + 1);
    for (size_t k = 0; k < order.size();) {
      size_t e = k + 1;
      while (e < order.size() && point_[order[e]] == point_[order[k]]) ++e;
      if (point_[order[k]] == kNoId) {
        k = e;
        continue;
      }
      // Subscriptions of the document registered at the point within box_window_seconds
      // of each (two pointers over the stretch, in time order): a dealer registering SIMs
      // on its own document for resale stocks up within weeks, a collector of numbers
      // buys one now and then over years.
      {
        const int64_t wb = options_.box_window_seconds;
        size_t lo = k, hi = k;
        uint32_t most = 0;
        for (size_t j = k; j < e; ++j) {
          const int64_t t = R(order[j]).registered_at;
          while (R(order[lo]).registered_at < t - wb) ++lo;
          while (hi < e && R(order[hi]).registered_at <= t + wb) ++hi;
          doc_point_count_[order[j]] = static_cast<uint32_t>(hi - lo);
          most = std::max(most, static_cast<uint32_t>(hi - lo));
        }
        busiest->push_back(std::log1p(most));
      }
      // An extra SIM: registered within wd after an earlier SIM of the document at the
      // point, and not first used in that one's device (another device, or never used at
      // all: pre-activated and sold on). A dual-SIM purchase shares the first-use device
      // and is not counted; two unknown first uses are not a shared device. For each
      // registration: where the run of equal first uses from it ends, and how many
      // earlier ones at the point have a known first use.
      auto first_use = [&](size_t j) { return R(order[j]).first_use_imei; };
      for (size_t j = e; j-- > k;) {
        run_end[j] = j + 1 < e && (first_use(j + 1) == first_use(j) ||
                                   SameHandset(first_use(j + 1), first_use(j)))
                         ? run_end[j + 1]
                         : j + 1;
      }
      known_before[k] = 0;
      for (size_t j = k; j < e; ++j) known_before[j + 1] = known_before[j] + (first_use(j) != 0);
      for (size_t j = k, lo = k; j < e; ++j) {
        const uint32_t s = order[j];
        while (R(s).registered_at - R(order[lo]).registered_at > wd) ++lo;
        if (lo == j || first_use_shared_[s]) continue;
        size_t head = lo;  // the earliest earlier SIM in another device
        uint8_t kind = 1;
        if (first_use(j) == 0) {
          // 2: neither first use is known, so nothing shows another device either.
          if (known_before[j] == known_before[lo]) kind = 2;
        } else if (SameHandset(first_use(lo), first_use(j))) {
          head = run_end[lo];
          if (head >= j) continue;
        }
        same_doc_[s] = kind;
        visit_head_[s] = order[head];
      }
      // The distinct handsets the SIMs of the document registered at the point within wd
      // of each went into: a person carries one or two phones.
      DistinctWithinWindow(
          absl::MakeConstSpan(order).subspan(k, e - k), wd, time_of,
          [&](uint32_t u) { return R(u).first_use_imei != 0; },
          [&](uint32_t u) { return Handset(R(u).first_use_imei); }, &window_handsets,
          [&](uint32_t u, size_t others) {
            visit_phones_[u] = static_cast<uint8_t>(std::min<size_t>(254, others) + 1);
          });
      // A capture replayed: the selfie and its face-match score of an earlier
      // registration at the point, on another SIM of the document. A new capture of the
      // same face differs in a few bits and in its score; a stored one is identical.
      replay_earliest.clear();
      for (size_t j = k; j < e; ++j) {
        const Record& r = R(order[j]);
        if (!r.has_selfie || !r.has_face_match()) continue;
        uint32_t match_bits;
        std::memcpy(&match_bits, &r.face_match, sizeof match_bits);
        const auto key = std::make_pair(r.selfie_hash, match_bits);
        auto [it, fresh] = replay_earliest.emplace(key, r.registered_at);
        if (!fresh) {
          capture_replayed_[order[j]] =
              r.registered_at - it->second > wd ? kReplayLaterVisit : kReplayInVisit;
        }
      }
      // A locked SIM beside the latest earlier active SIM of the same declared data.
      for (size_t j = k, active = e; j < e; ++j) {
        const Record& r = R(order[j]);
        if (Locked(r) && active != e) {
          const Record& earlier = R(order[active]);
          if (r.name_key == earlier.name_key && r.date_of_birth == earlier.date_of_birth &&
              r.registered_at - earlier.registered_at <= options_.disowned_window_seconds) {
            confirmed_sibling_[order[j]] = order[active];
          }
        }
        if (r.status == SubscriptionStatus::kActive) active = j;
      }
      k = e;
    }
  }
}

// A carrier whose batch carries selfies (or population-database results) on almost none
// of its registrations of the verification era, where the other carriers' carry them on
// a fifth or more, does not export that column: its empty cells say nothing about the
// registrations. At most 1 % of at least 30 registrations; a carrier with fewer is
// taken to export what it sends.
void Detector::Impl::BuildExportGaps() {
  std::array<uint64_t, kNumCarriers> n{}, selfies{}, national{}, checked{};
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& r = R(s);
    if (is_org_[s] || r.registered_at < kVerificationEra) continue;
    const int c = static_cast<int>(r.carrier);
    ++n[c];
    selfies[c] += r.has_selfie;
    if (IsNationalDocument(r)) {
      ++national[c];
      checked[c] += r.popdb_check != PopdbCheck::kUnchecked;
    }
  }
  auto exports = [](const std::array<uint64_t, kNumCarriers>& has,
                    const std::array<uint64_t, kNumCarriers>& of, int c) {
    uint64_t others_has = 0, others_of = 0;
    for (int k = 0; k < kNumCarriers; ++k) {
      if (k == c) continue;
      others_has += has[k];
      others_of += of[k];
    }
    const bool others_export = others_of > 0 && 5 * others_has >= others_of;
    const bool never = of[c] >= 30 && 100 * has[c] <= of[c];
    return !(others_export && never);
  };
  for (int c = 0; c < kNumCarriers; ++c) {
    exports_selfies_[c] = exports(selfies, n, c);
    exports_checks_[c] = exports(checked, national, c);
    const absl::string_view name = CarrierName(static_cast<Carrier>(c));
    if (!exports_selfies_[c]) {
      notes_.push_back(absl::StrCat(name, " exports no selfies: a missing selfie is unknown "
                                          "for its registrations, not missing biometrics"));
    }
    if (!exports_checks_[c]) {
      notes_.push_back(absl::StrCat(name, " exports no population-database results: "
                                          "UNCHECKED is unknown for its registrations"));
    }
  }
}

// A carrier's check against the population database goes down now and then, and every
// registration of that day then goes unchecked at every point: an outage, not a dealer
// skipping the check. A registration's point is left out of its day's count, so that a
// dealer's own run of unchecked registrations cannot explain itself; what remains must be
// mostly unchecked (half or more) and far beyond the carrier's usual share (p < 0.001).
void Detector::Impl::BuildCheckOutages() {
  check_outage_.assign(S(), 0);
  // Carrier and local day as one key; the point goes in the low 32 bits.
  auto day_key = [&](const Record& r) {
    return (static_cast<uint64_t>(r.carrier) << 56) |
           ((static_cast<uint64_t>(LocalDay(r)) & 0xFFFFFF) << 32);
  };
  struct Count {
    uint32_t n = 0, unchecked = 0;
  };
  std::array<Count, kNumCarriers> carrier{};
  absl::flat_hash_map<uint64_t, Count> days, point_days;
  auto counted = [&](uint32_t s) {
    const Record& r = R(s);
    return !is_org_[s] && r.registered_at >= kVerificationEra && IsNationalDocument(r) &&
           ExportsChecks(r);
  };
  for (uint32_t s = 0; s < S(); ++s) {
    if (!counted(s)) continue;
    const Record& r = R(s);
    const uint64_t day = day_key(r);
    const bool u = Unchecked(r);
    for (Count* x : {&carrier[static_cast<int>(r.carrier)], &days[day],
                     &point_days[day | point_[s]]}) {
      ++x->n;
      x->unchecked += u;
    }
  }
  // The auditor's note names the days, so that their registrations are checked again.
  std::map<uint64_t, uint32_t> outage_days;  // ordered: notes are deterministic
  for (uint32_t s = 0; s < S(); ++s) {
    if (!counted(s) || !Unchecked(R(s))) continue;
    const Record& r = R(s);
    const uint64_t day = day_key(r);
    const Count all = days[day], own = point_days[day | point_[s]];
    const uint32_t n = all.n - own.n, u = all.unchecked - own.unchecked;
    if (n < 5 || 2 * u < n) continue;
    const Count& c = carrier[static_cast<int>(r.carrier)];
    check_outage_[s] = BinomialSurprise(u, n, static_cast<double>(c.unchecked) / c.n) >= 3.0;
    if (check_outage_[s]) ++outage_days[day];
  }
  for (const auto& [day, n] : outage_days) {
    const Count all = days[day];
    const absl::CivilDay date =
        absl::CivilDay(1970, 1, 1) + static_cast<int64_t>((day >> 32) & 0xFFFFFF);
    notes_.push_back(absl::StrFormat(
        "%s left %u of its %u registrations on national documents unchecked on %s, at "
        "most of its points: the population-database check was down, so unchecked is no "
        "evidence that day (%u such registrations); they need checking again",
        CarrierName(static_cast<Carrier>(day >> 56)), all.unchecked, all.n,
        absl::FormatCivilTime(date), n));
  }
}

void Detector::Impl::BuildVerificationAndUsage() {
  BuildExportGaps();
  constexpr uint32_t kDocumentBits = kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch |
                                     kSoftImsiCarrierMismatch | kSoftIccidIssuerMismatch |
                                     kSoftCccdUnknownProvince;
  // Face matches with their point weights.
  std::vector<std::pair<float, double>> face_match[kNumChannelGroups];
  std::vector<double> callees, in_sms, data_mb;
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& r = R(s);
    const int g = group_[s];
    if (r.has_face_match()) face_match[g].push_back({r.face_match, PointWeight(s)});
    if (r.has_usage(kOutCalls) && r.usage[kOutCalls] > 0 && r.has_usage(kDistinctCallees))
      callees.push_back(r.usage[kDistinctCallees]);
    if (r.has_usage(kInSms) && r.usage[kInSms] > 0) in_sms.push_back(r.usage[kInSms]);
    if (!is_org_[s] && r.has_usage(kDataMb) && r.usage[kDataMb] > 0)
      data_mb.push_back(r.usage[kDataMb]);
  }
  std::vector<float> pooled;
  for (int g = 0; g < kNumChannelGroups; ++g) {
    std::sort(face_match[g].begin(), face_match[g].end());
    face_match_sorted_[g].clear();
    face_match_point_cum_[g].clear();
    double cum = 0;
    for (const auto& [x, w] : face_match[g]) {
      face_match_sorted_[g].push_back(x);
      face_match_point_cum_[g].push_back(cum += w);
    }
    peer_face_match_[g] = ComputeRobustScale(
        std::vector<double>(face_match_sorted_[g].begin(), face_match_sorted_[g].end()));
    pooled.insert(pooled.end(), face_match_sorted_[g].begin(), face_match_sorted_[g].end());
  }
  // A match x is ordinary when (matches <= x, plus one) / (all, plus one) exceeds the
  // share: that needs at least `need` matches <= x, i.e. x >= the need-th smallest.
  const double all = static_cast<double>(pooled.size()) + 1.0;
  size_t need = 0;
  while (need <= pooled.size() && !((need + 1.0) / all > options_.household_holder_match_share)) {
    ++need;
  }
  if (need == 0) {
    own_face_match_floor_ = -std::numeric_limits<float>::infinity();
  } else if (need > pooled.size()) {
    own_face_match_floor_ = std::numeric_limits<float>::infinity();
  } else {
    std::nth_element(pooled.begin(), pooled.begin() + (need - 1), pooled.end());
    own_face_match_floor_ = pooled[need - 1];
  }
  const double callee_p90 = callees.empty() ? 0 : Quantile(callees, 0.9);
  const double in_sms_p90 = in_sms.empty() ? 0 : Quantile(in_sms, 0.9);
  const double data_median = data_mb.empty() ? 0 : Quantile(data_mb, 0.5);
  weak_.assign(S(), 0);
  usage_flags_.assign(S(), 0);
  phone_like_.assign(S(), 0);
  out_of_hours_.assign(S(), 0);
  for (uint32_t s = 0; s < S(); ++s) {
    const Record& r = R(s);
    const int g = group_[s];
    const int era = r.registered_at >= kVerificationEra;
    const bool no_selfie = SelfieMissing(r);
    const bool popdb_fail = PopdbFailed(r);
    if (!is_org_[s]) {
      const double w = PointWeight(s);
      if (ExportsSelfies(r)) no_selfie_[g][era].Add(no_selfie, w);
      if (era && IsNationalDocument(r) && ExportsChecks(r)) unchecked_[g].Add(Unchecked(r), w);
      popdb_fail_[g].Add(popdb_fail, w);
      if (AtDealer(g)) {
        out_of_hours_[s] = OutOfHours(s);
        out_of_hours_rate_[g].Add(out_of_hours_[s], w);
      }
      for (int b = 0; b < kNumSoftChecks; ++b) {
        soft_[b].Add(((r.soft_checks >> b) & 1) != 0);
      }
    }
    const bool shared_face = FaceShared(s);
    const bool low_match = r.has_face_match() && FaceMatchSurprise(g, r.face_match) >= 2.0;
    weak_[s] = !is_org_[s] && ((era && no_selfie) || popdb_fail ||
                               (r.soft_checks & kDocumentBits) || shared_face || low_match);
    // Usage: empty means unknown, never zero.
    const bool known = r.has_usage(kActiveDays) || r.has_usage(kOutCalls) ||
                       r.has_usage(kInCalls) || r.has_usage(kDataMb);
    if (!known) continue;
    uint8_t flags = kUsageKnown;
    bool all_zero = true;
    for (int f : {kActiveDays, kOutCalls, kInCalls, kOutSms, kInSms, kDataMb}) {
      if (r.has_usage(f) && r.usage[f] > 0) all_zero = false;
    }
    if (all_zero) flags |= kUsageNeverUsed;
    const int32_t out_calls = std::max(0, r.usage[kOutCalls]);
    const int32_t in_calls = std::max(0, r.usage[kInCalls]);
    // The shapes of farm use: calls out and (next to) none in; and its mirror, SMS in and
    // next to nothing out (a farm may send a few to look human). As evidence they need
    // peer-relative volume too; a gateway port needs only the shape.
    const bool calls_out_only = out_calls > 0 && in_calls * 20 <= out_calls;
    // A SIM that moves as much data as the median data user's is a tablet, a router or a
    // phone: SMS in and nothing out is then its carrier's notices, not OTPs.
    const bool moves_data =
        data_median > 0 && r.has_usage(kDataMb) && r.usage[kDataMb] >= data_median;
    const bool sms_in_only = !moves_data && r.has_usage(kInSms) && r.usage[kInSms] >= 5 &&
                             (std::max(0, r.usage[kOutSms]) + out_calls) * 20 <= r.usage[kInSms];
    // SMS spam is the same shape in messages: SMS out to many numbers, next to none in.
    const int32_t out_sms = std::max(0, r.usage[kOutSms]);
    const bool sms_out_only = out_sms >= 5 && std::max(0, r.usage[kInSms]) * 20 <= out_sms;
    if ((calls_out_only || sms_out_only) && r.has_usage(kDistinctCallees) &&
        r.usage[kDistinctCallees] > callee_p90 && r.usage[kDistinctCallees] >= 5)
      flags |= kUsageOutgoingOnly;
    if (sms_in_only && r.usage[kInSms] > in_sms_p90) flags |= kUsageOtpSink;
    // A port of a gateway that also answers a few calls still calls out to far more
    // numbers than people do.
    const bool calls_out_mostly = out_calls >= 5 && in_calls * 10 <= out_calls &&
                                  r.has_usage(kDistinctCallees) &&
                                  r.usage[kDistinctCallees] > callee_p90;
    if ((calls_out_only && out_calls >= 5) || calls_out_mostly || sms_in_only ||
        (flags & kUsageOutgoingOnly))
      flags |= kUsageFarmShape;
    if (!(flags & kUsageNeverUsed) && r.has_usage(kTopupVnd) && r.usage[kTopupVnd] == 0)
      flags |= kUsageNoTopup;
    if (out_calls > 0 || (r.has_usage(kOutSms) && r.usage[kOutSms] > 0) ||
        (r.has_usage(kDataMb) && r.usage[kDataMb] > 0))
      flags |= kUsageOriginates;
    if (!(flags & (kUsageNeverUsed | kUsageFarmShape | kUsageNoTopup)) && out_calls > 0 &&
        in_calls > 0)
      flags |= kUsagePersonal;
    usage_flags_[s] = flags;
    phone_like_[s] = !(flags & (kUsageNeverUsed | kUsageFarmShape)) && out_calls > 0 &&
                     in_calls > 0 && std::max(0, r.usage[kInSms]) <= in_sms_p90;
    // An organisation's lines are read for their own document's farm use only (below);
    // the peer rates are individuals'.
    if (is_org_[s]) continue;
    const double w = PointWeight(s);
    no_topup_[g].Add((flags & kUsageNoTopup) != 0, w);
    never_used_[g].Add((flags & kUsageNeverUsed) != 0, w);
    out_only_[g].Add((flags & kUsageOutgoingOnly) != 0, w);
    otp_[g].Add((flags & kUsageOtpSink) != 0, w);
    junk_use_rate_[g].Add((flags & kJunkUseFlags) != 0);
  }
  // An unchecked national document is weakly verified where checks are the norm among
  // its peers (fewer than a tenth unchecked); where they are not (a carrier that leaves
  // the column blank), it says nothing, nor on a day the carrier's check was down.
  BuildCheckOutages();
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s] || weak_[s] || !UncheckedExported(R(s)) || UncheckedIsOrdinary(group_[s]) ||
        check_outage_[s])
      continue;
    weak_[s] = 1;
  }
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s]) continue;
    const Record& r = R(s);
    verification_norms_.Add(
        group_[s], r.registered_at,
        {weak_[s] != 0, SelfieMissing(r), PopdbFailed(r)});
    if (AtDealer(group_[s])) lock_norms_.Add(LockClass(r), r.registered_at, {Locked(r)});
  }
}

// The shop at which each subscription was registered: its point, where points whose
// registrations share a registration device are one shop. A shop that sells several
// carriers' SIMs holds an agent code from each carrier and registers them all on its own
// tablets. A device used at two points of one carrier (a courier's handheld, a
// placeholder IMEI) joins none of its points.
std::vector<uint32_t> Detector::Impl::ShopOfEach() const {
  struct Use {
    uint32_t regdev, carrier, point;
    bool operator<(const Use& o) const {
      return std::tie(regdev, carrier, point) < std::tie(o.regdev, o.carrier, o.point);
    }
    bool operator==(const Use& o) const {
      return std::tie(regdev, carrier, point) == std::tie(o.regdev, o.carrier, o.point);
    }
  };
  std::vector<Use> uses;
  for (uint32_t s = 0; s < S(); ++s) {
    if (regdev_[s] == kNoId || R(s).agent == kNoId) continue;
    uses.push_back({regdev_[s], static_cast<uint32_t>(R(s).carrier), point_[s]});
  }
  std::sort(uses.begin(), uses.end());
  uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
  UnionFind shops(n_point_);
  for (size_t k = 0; k < uses.size();) {
    size_t e = k + 1;
    bool one_per_carrier = true;
    for (; e < uses.size() && uses[e].regdev == uses[k].regdev; ++e) {
      one_per_carrier = one_per_carrier && uses[e].carrier != uses[e - 1].carrier;
    }
    if (one_per_carrier) {
      for (size_t j = k + 1; j < e; ++j) shops.Union(uses[k].point, uses[j].point);
    }
    k = e;
  }
  std::vector<uint32_t> shop(S(), kNoId);
  for (uint32_t s = 0; s < S(); ++s) {
    if (point_[s] != kNoId) shop[s] = shops.Find(point_[s]);
  }
  return shop;
}

// A multi-port GSM gateway shows as first-use IMEIs with consecutive serials, each
// carrying one or a few SIMs: no single IMEI looks like a SIM box, the run does. Phones
// bought together also have consecutive IMEIs, and in a populous model's range phones
// are dense, so only ports count: devices most of whose SIMs with known use behave as
// farm SIMs (calling out only, OTP sinks), or, with no use known, that carry SIMs of
// several identities. A run of ports at most a few serials apart is one gateway.
void Detector::Impl::BuildGateways() {
  gateway_ports_.assign(n_fudev_, 0);
  gateway_ids_.assign(n_fudev_, 0);
  gateway_subs_.assign(n_fudev_, 0);
  fudev_phones_.assign(n_fudev_, 0);
  fudev_handed_out_.assign(n_fudev_, 0);
  fudev_shop_phone_.assign(n_fudev_, 0);
  fudev_family_.assign(n_fudev_, 0);
  const std::vector<uint32_t> fudev_points = DistinctPerGroup(by_fudev_, point_);
  const std::vector<uint32_t> fudev_shops = DistinctPerGroup(by_fudev_, ShopOfEach());
  std::vector<uint32_t> ports;
  for (uint32_t d = 0; d < n_fudev_; ++d) {
    uint32_t known = 0, farm = 0, personal = 0, holders = 0, unlike_phone = 0;
    for (uint32_t s : by_fudev_.members(d)) {
      if (is_org_[s]) continue;
      holders += OrdinaryOwnFaceMatch(R(s)) && PresentedOwnFace(s);
      if (!(usage_flags_[s] & kUsageKnown)) continue;
      ++known;
      farm += (usage_flags_[s] & (kFarmUseFlags | kUsageFarmShape)) != 0;
      personal += PhoneLikeUse(s);
      unlike_phone += NotUsedAsAPhone(s);
    }
    fudev_phones_[d] = known > 0 && 2 * personal >= known;
    const bool dispersed =
        fudev_ids_[d] >= 3 && fudev_points[d] >= 3 && 2 * fudev_points[d] >= fudev_ids_[d];
    fudev_handed_out_[d] = fudev_phones_[d] && (dispersed || fudev_sitting_ids_[d] <= 2);
    fudev_shop_phone_[d] =
        fudev_phones_[d] && fudev_shops[d] == 1 && fudev_sitting_ids_[d] <= 2;
    fudev_family_[d] = (fudev_phones_[d] || known == 0) && unlike_phone == 0 && holders > 0 &&
                       fudev_points[d] == 1 && fudev_subs_[d] == fudev_ids_[d] &&
                       fudev_sitting_ids_[d] == fudev_ids_[d] &&
                       fudev_ids_[d] <= options_.household_max_persons;
    if (fudev_registers_[d]) continue;  // a phone running the registration app: no port
    // Where none of its SIMs' use is reported, carrying SIMs of several identities is
    // what a port looks like: phones with a relative's SIM are common, but three within a
    // few serials of each other are not.
    if (known > 0 ? 2 * farm > known : fudev_ids_[d] >= 2) ports.push_back(d);
  }
  // IMEI without its Luhn digit: consecutive serials differ by one.
  auto by_serial = [this](uint32_t a, uint32_t b) {
    return fudev_value_[a] / 10 != fudev_value_[b] / 10 ? fudev_value_[a] / 10 < fudev_value_[b] / 10
                                                      : a < b;
  };
  std::sort(ports.begin(), ports.end(), by_serial);
  // Every first-use device in serial order, to find the devices between a gateway's ports.
  std::vector<uint32_t> devices;
  for (uint32_t d = 0; d < n_fudev_; ++d) {
    if (!fudev_registers_[d] && fudev_subs_[d] > 0) devices.push_back(d);
  }
  std::sort(devices.begin(), devices.end(), by_serial);
  std::vector<uint32_t> idents;
  for (size_t k = 0; k < ports.size();) {
    size_t e = k + 1;
    // Ports whose SIMs happen to look ordinary may sit between them: a few serials apart
    // is still one gateway.
    while (e < ports.size() &&
           fudev_value_[ports[e]] / 10 - fudev_value_[ports[e - 1]] / 10 <=
               static_cast<uint64_t>(options_.gateway_max_serial_gap)) {
      ++e;
    }
    if (e - k >= static_cast<size_t>(options_.gateway_min_ports)) {
      std::vector<uint32_t> members(ports.begin() + k, ports.begin() + e);
      auto count_idents = [&]() {
        idents.clear();
        for (uint32_t port : members) {
          for (uint32_t s : by_fudev_.members(port)) {
            if (!is_org_[s]) idents.push_back(ident_[s]);
          }
        }
        std::sort(idents.begin(), idents.end());
        idents.erase(std::unique(idents.begin(), idents.end()), idents.end());
      };
      count_idents();
      // A port whose SIMs look ordinary (a farm SIM that also answers calls, or one beside
      // an OTP sink) may sit between two of the gateway's: a device there is the
      // gateway's too when one of its SIMs shows a farm's shape of use or belongs to one
      // of the gateway's identities. Another's phone whose IMEI falls there shows neither.
      auto d = std::upper_bound(devices.begin(), devices.end(), ports[k], by_serial);
      for (; d != devices.end() && by_serial(*d, ports[e - 1]); ++d) {
        if (std::binary_search(ports.begin() + k, ports.begin() + e, *d, by_serial)) continue;
        bool joins = false;
        for (uint32_t s : by_fudev_.members(*d)) {
          if (is_org_[s]) continue;
          joins = joins || (usage_flags_[s] & kUsageFarmShape) ||
                  std::binary_search(idents.begin(), idents.end(), ident_[s]);
        }
        if (joins) members.push_back(*d);
      }
      count_idents();
      uint32_t subs = 0;
      for (uint32_t port : members) subs += fudev_subs_[port];
      for (uint32_t port : members) {
        gateway_ports_[port] = static_cast<uint32_t>(members.size());
        gateway_ids_[port] = static_cast<uint32_t>(idents.size());
        gateway_subs_[port] = subs;
      }
    }
    k = e;
  }
}

// Each stock block's weakly verified share against its channel group's rate: a block of
// kits registered to fabricated or borrowed identities stands out even when the dealer's
// other sales, and the pace of the block, are ordinary.
//
// The same for signs that the SIM went to someone else than the document's holder: a
// block a dealer pre-activated on leaked documents and sold on shows them far more often
// than its peers' sales, even where every registration passed the checks.
void Detector::Impl::BuildStockBlocks() {
  stock_weak_surprise_.assign(S(), 0);
  stock_sold_on_surprise_.assign(S(), 0);
  sold_on_sign_.assign(S(), 0);
  std::vector<uint32_t> weak(S(), 0), sold_on(S(), 0);
  std::vector<double> weak_expected(S(), 0);
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s] || point_[s] == kNoId) continue;
    sold_on_sign_[s] = SoldOnSign(s);
    sold_on_rate_[group_[s]].Add(sold_on_sign_[s]);
    if (stock_head_[s] != kNoId) {
      weak[stock_head_[s]] += weak_[s];
      weak_expected[stock_head_[s]] +=
          verification_norms_.Expected(group_[s], R(s).registered_at)[kShareWeak];
      sold_on[stock_head_[s]] += sold_on_sign_[s];
    }
  }
  for (uint32_t s = 0; s < S(); ++s) {
    if (stock_head_[s] != s) continue;
    stock_weak_surprise_[s] = static_cast<float>(
        BinomialSurprise(weak[s], stock_len_[s], weak_expected[s] / stock_len_[s]));
    stock_sold_on_surprise_[s] = static_cast<float>(
        BinomialSurprise(sold_on[s], stock_len_[s], sold_on_rate_[group_[s]].p()));
  }
}

// Documents, like blocks: the share of their SIMs in farm use (outgoing only, OTP sink)
// among those whose use is known, against the share among all such SIMs. An identity
// bought or rented for a farm has several SIMs that all end in the farm.
void Detector::Impl::BuildDocumentFarmUse() {
  // Organisations are judged against organisations, and by OTP sinks alone: a call
  // centre's lines call out only by trade, but no company's lines do nothing but receive
  // one-time codes (renting lines for OTPs is a named fraud).
  Rate farm_use[2];
  for (uint32_t s = 0; s < S(); ++s) {
    if (!(usage_flags_[s] & kUsageKnown)) continue;
    const int org = is_org_[s];
    farm_use[org].Add((usage_flags_[s] & FarmUseFlagsFor(org)) != 0);
  }
  ident_farm_use_surprise_.assign(by_ident_.num_groups(), 0);
  for (uint32_t i = 0; i < by_ident_.num_groups(); ++i) {
    const auto [known, farm] = FarmUseCounts(i);
    if (farm >= 2) {
      const int org = is_org_[by_ident_.members(i)[0]];
      ident_farm_use_surprise_[i] =
          static_cast<float>(BinomialSurprise(farm, known, farm_use[org].p()));
    }
  }
}

// Dealers (points) are scoring units: binomial tests of their weak-verification and
// same-document shares against their peers, and a FastMCD fit over their profiles.
void Detector::Impl::BuildDealerScores() {
  point_weak_surprise_.assign(n_point_, 0);
  point_junk_use_surprise_.assign(n_point_, 0);
  point_same_doc_surprise_.assign(n_point_, 0);
  point_not_owner_surprise_.assign(n_point_, 0);
  point_locks_.assign(n_point_, PointLocks());
  point_mcd_surprise_.assign(n_point_, 0);
  // Peer rates of the shares below that are not kept elsewhere.
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s] || point_[s] == kNoId) continue;
    same_doc_rate_.Add(same_doc_[s] == 1);
    not_owner_rate_[group_[s]].Add(FaceNotOwner(s));
  }
  // Phone clusters, like points: their share of other faces than the owners'; and their
  // share of SIMs not used as phones among those whose use is known: a family's SIMs are
  // used as phones, an operator's stock of victims' SIMs sits idle, receives OTPs or
  // calls out.
  {
    struct Counts {
      uint64_t not_owner = 0, n = 0;
      uint32_t idle = 0, known = 0;
    };
    Rate idle;
    absl::flat_hash_map<uint32_t, Counts> counts;
    for (uint32_t s = 0; s < S(); ++s) {
      if (is_org_[s] || group_[s] != kGroupSelf) continue;
      const bool known = (usage_flags_[s] & kUsageKnown) != 0;
      const bool not_a_phone = NotUsedAsAPhone(s);
      if (known) {
        idle.Add(not_a_phone);
      }
      if (regdev_[s] == kNoId) continue;
      Counts& c = counts[regdev_cluster_[regdev_[s]]];
      c.not_owner += FaceNotOwner(s);
      ++c.n;
      if (known) {
        c.idle += not_a_phone;
        ++c.known;
      }
    }
    cluster_not_owner_surprise_.assign(n_regdev_, 0);
    cluster_idle_.assign(n_regdev_, ClusterIdle());
    for (uint32_t d = 0; d < n_regdev_; ++d) {
      auto it = counts.find(regdev_cluster_[d]);
      if (it == counts.end()) continue;
      const Counts& c = it->second;
      cluster_not_owner_surprise_[d] = static_cast<float>(
          BinomialSurprise(c.not_owner, c.n, not_owner_rate_[kGroupSelf].p()));
      cluster_idle_[d] = {c.idle, c.known, 0};
      if (c.idle >= 2) {
        cluster_idle_[d].surprise =
            static_cast<float>(BinomialSurprise(c.idle, c.known, idle.p()));
      }
    }
  }
  constexpr int kFeatures = 8;
  // Dealer profiles, built over ranges of points on separate threads and joined in point
  // order.
  struct Profiles {
    std::vector<std::array<double, kFeatures>> rows;
    std::vector<uint32_t> points;
  };
  const std::vector<uint32_t> cuts = SplitGroups(by_point_, threads_);
  std::vector<Profiles> parts(cuts.size() - 1);
  ForEachRange(cuts, [&](size_t part, uint32_t begin, uint32_t end) {
    std::vector<std::array<double, kFeatures>>& rows = parts[part].rows;
    std::vector<uint32_t>& row_point = parts[part].points;
    for (uint32_t p = begin; p < end; ++p) {
      auto m = by_point_.members(p);
      uint64_t n = 0, weak = 0, same_doc = 0, no_selfie = 0, popdb = 0, burst = 0, run = 0,
               shared = 0, never = 0, usage_known = 0, junk_use = 0, foreign = 0, elsewhere = 0,
               not_owner = 0, at_dealer = 0, locked = 0;
      // What the dealer's registrations would show at the norms of their half-years.
      double weak_expected = 0, no_selfie_expected = 0, popdb_expected = 0,
             locked_expected = 0;
      int group_votes[kNumChannelGroups] = {0, 0, 0, 0};
      for (uint32_t s : m) {
        if (is_org_[s]) continue;
        const Record& r = R(s);
        ++n;
        ++group_votes[group_[s]];
        weak += weak_[s];
        same_doc += same_doc_[s] == 1;
        no_selfie += SelfieMissing(r);
        popdb += PopdbFailed(r);
        const VerificationNorms::Shares norm =
            verification_norms_.Expected(group_[s], r.registered_at);
        weak_expected += norm[kShareWeak];
        no_selfie_expected += norm[kShareNoSelfie];
        popdb_expected += norm[kSharePopdbFail];
        // Bursts and ICCID runs as the registration's own evidence sees them: against the
        // point's own history as well as its channel group (a busy shop sells many SIMs an
        // hour, from consecutive stock).
        const PeerAndOwnZ burst_z = BurstZ(s);
        burst += 0.5 * (burst_z.peer + burst_z.own) > 2.0;
        if (run_[s] >= 3) {
          const PeerAndOwnZ run_z = RunZ(s);
          run += 0.5 * (run_z.peer + run_z.own) > 2.0;
        }
        shared += FaceShared(s);
        if (usage_flags_[s] & kUsageKnown) {
          ++usage_known;
          never += (usage_flags_[s] & kUsageNeverUsed) != 0;
          junk_use += (usage_flags_[s] & kJunkUseFlags) != 0;
        }
        foreign += first_use_foreign_[s];
        elsewhere += ident_points_[ident_[s]] >= 2;
        not_owner += FaceNotOwner(s);
        if (AtDealer(group_[s])) {
          ++at_dealer;
          locked += Locked(r);
          locked_expected += ExpectedLockShare(r);
        }
      }
      if (n == 0) continue;
      // Locks far above what the point's documents, checks and years would see: the
      // holders on its documents do not confirm its SIMs. Only a share at least twice the
      // norm counts, so a large shop's small excess is not made significant by its size.
      PointLocks& locks = point_locks_[p];
      locks.locked = static_cast<uint32_t>(locked);
      locks.sold = static_cast<uint32_t>(at_dealer);
      locks.expected = static_cast<float>(locked_expected);
      if (locked >= 2 && locked >= 2.0 * locked_expected) {
        locks.surprise = static_cast<float>(
            BinomialSurprise(locked, at_dealer, locked_expected / at_dealer));
      }
      const int g = static_cast<int>(
          std::max_element(group_votes, group_votes + kNumChannelGroups) - group_votes);
      point_weak_surprise_[p] = static_cast<float>(BinomialSurprise(weak, n, weak_expected / n));
      point_same_doc_surprise_[p] =
          static_cast<float>(BinomialSurprise(same_doc, n, same_doc_rate_.p()));
      point_junk_use_surprise_[p] = static_cast<float>(
          BinomialSurprise(junk_use, usage_known, junk_use_rate_[g].p()));
      point_not_owner_surprise_[p] = static_cast<float>(
          BinomialSurprise(not_owner, n, not_owner_rate_[g].p()));
      if (n >= static_cast<uint64_t>(options_.mcd_min_dealer_registrations)) {
        const double dn = static_cast<double>(n);
        // Verification shares as excesses over their half-years' norms.
        rows.push_back({std::log1p(dn), (no_selfie - no_selfie_expected) / dn,
                        (popdb - popdb_expected) / dn,
                        shared / dn, same_doc / dn, usage_known ? never / double(usage_known) : 0.0,
                        foreign / dn, elsewhere / dn});
        row_point.push_back(p);
      }
    }
  });
  std::vector<std::array<double, kFeatures>> rows;
  std::vector<uint32_t> row_point;
  for (const Profiles& part : parts) {
    rows.insert(rows.end(), part.rows.begin(), part.rows.end());
    row_point.insert(row_point.end(), part.points.begin(), part.points.end());
  }
  static constexpr const char* kFeatureNames[kFeatures] = {
      "log_volume", "excess_no_selfie", "excess_popdb_fail",
      "share_face_shared", "share_same_document", "share_never_used", "share_first_use_foreign",
      "share_identities_elsewhere"};
  if (rows.size() < 4 * kFeatures) {
    notes_.push_back(absl::StrFormat(
        "dealer FastMCD not fitted: %d dealers with >= %d registrations (need %d)",
        rows.size(), options_.mcd_min_dealer_registrations, 4 * kFeatures));
    return;
  }
  Eigen::MatrixXd x(rows.size(), kFeatures);
  for (size_t i = 0; i < rows.size(); ++i) {
    for (int j = 0; j < kFeatures; ++j) x(i, j) = rows[i][j];
  }
  FastMcdOptions mcd;
  mcd.seed = options_.seed;
  absl::StatusOr<FastMcdResult> fit = FitFastMcd(x, mcd);
  if (!fit.ok()) {
    notes_.push_back(absl::StrCat("dealer FastMCD not fitted: ", fit.status().message()));
    return;
  }
  for (const DroppedColumn& d : fit->dropped) {
    notes_.push_back(absl::StrCat("dealer FastMCD dropped ", kFeatureNames[d.column], ": ",
                                  d.reason));
  }
  const std::vector<std::string> names(kFeatureNames, kFeatureNames + kFeatures);
  for (const std::string& note : fit->notes) {
    notes_.push_back("dealer FastMCD: " + NameColumns(note, names));
  }
  const Eigen::VectorXd d2 = MahalanobisSquared(*fit, x);
  const double dof = static_cast<double>(fit->used_columns.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    point_mcd_surprise_[row_point[i]] =
        static_cast<float>(SurpriseFromP(Chi2Survival(d2(i), dof)));
  }
  notes_.push_back(absl::StrFormat("dealer FastMCD fitted on %d dealers x %d features (h = %d)",
                                   rows.size(), fit->used_columns.size(), fit->h));
}

// Robust multivariate usage profiles: within each channel group, a FastMCD fit over
// log(1 + x) of the eight early-life usage counts of subscriptions whose usage is fully
// known; each profile's robust Mahalanobis distance becomes a chi-square tail surprise.
// The fit uses at most kMaxFitRows rows, taken at a fixed stride so it is deterministic.
void Detector::Impl::BuildUsageModel(std::vector<std::string>* notes) {
  constexpr size_t kMaxFitRows = 50000;
  constexpr size_t kMinFitRows = 200;
  usage_surprise_.assign(S(), 0);
  std::vector<uint32_t> members[kNumChannelGroups];
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s]) continue;
    const Record& r = R(s);
    bool all_known = true;
    for (int f = 0; f < kNumUsageColumns; ++f) all_known &= r.has_usage(f);
    if (all_known) members[group_[s]].push_back(s);
  }
  for (int g = 0; g < kNumChannelGroups; ++g) {
    const auto& m = members[g];
    if (m.size() < kMinFitRows) continue;
    auto row_of = [&](uint32_t s, Eigen::MatrixXd* x, Eigen::Index row) {
      for (int f = 0; f < kNumUsageColumns; ++f) (*x)(row, f) = std::log1p(R(s).usage[f]);
    };
    const size_t stride = (m.size() + kMaxFitRows - 1) / kMaxFitRows;
    Eigen::MatrixXd fit_x((m.size() + stride - 1) / stride, kNumUsageColumns);
    for (size_t k = 0, row = 0; k < m.size(); k += stride, ++row) row_of(m[k], &fit_x, row);
    FastMcdOptions mcd;
    mcd.seed = options_.seed;
    absl::StatusOr<FastMcdResult> fit = FitFastMcd(fit_x, mcd);
    if (!fit.ok()) {
      notes->push_back(absl::StrCat("usage FastMCD (channel group ", g, ") not fitted: ",
                                    fit.status().message()));
      continue;
    }
    std::vector<std::string> names;
    for (int f = 0; f < kNumUsageColumns; ++f) {
      names.emplace_back(
          ColumnName(static_cast<Column>(static_cast<int>(Column::kActiveDays30d) + f)));
    }
    for (const DroppedColumn& d : fit->dropped) {
      notes->push_back(absl::StrCat("usage FastMCD (channel group ", g, ") dropped ",
                                    names[d.column], ": ", d.reason));
    }
    for (const std::string& note : fit->notes) {
      notes->push_back(absl::StrCat("usage FastMCD (channel group ", g, "): ",
                                    NameColumns(note, names)));
    }
    // Distances in chunks, so memory does not grow with 8 doubles per subscription.
    constexpr size_t kChunk = 65536;
    const double dof = static_cast<double>(fit->used_columns.size());
    Eigen::MatrixXd x;
    for (size_t begin = 0; begin < m.size(); begin += kChunk) {
      const size_t end = std::min(m.size(), begin + kChunk);
      x.resize(static_cast<Eigen::Index>(end - begin), kNumUsageColumns);
      for (size_t k = begin; k < end; ++k) row_of(m[k], &x, static_cast<Eigen::Index>(k - begin));
      const Eigen::VectorXd d2 = MahalanobisSquared(*fit, x);
      for (size_t k = begin; k < end; ++k) {
        const double d = d2(static_cast<Eigen::Index>(k - begin));
        if (std::isfinite(d)) {
          usage_surprise_[m[k]] = static_cast<float>(SurpriseFromP(Chi2Survival(d, dof)));
        } else if (d > 0) {
          usage_surprise_[m[k]] = 300.0f;
        }
      }
    }
    notes->push_back(absl::StrFormat("usage FastMCD (channel group %d) fitted on %d of %d profiles x %d features",
                                     g, fit_x.rows(), m.size(), fit->used_columns.size()));
  }
}

// The evidence model. Each signal's evidence is a surprise (-log10 p under its peer-group
// null), capped so that no single signal decides alone, and summed within the JUNK and
// NON_OWNER families. Mass-registration context (bursts, ICCID runs) and usage count only
// when corroborated by verification, device or ownership evidence: busy shops and backup
// SIMs have the first without the second.
// A face shared by a few persons is most often one family member registering the others
// on their own phone. The trace that tells such a holder from a ring operator: the face
// matched a document of its own (a face match above the lower quartile of all matches) and the
// device is one the holder's own subscriptions were registered or first used in. An
// operator presents a face that matches none of the documents, on phones that carry
// only the victims' SIMs.
void Detector::Impl::BuildHouseholds() {
  household_.assign(S(), 0);
  std::vector<uint32_t> holders;
  std::vector<uint64_t> devices;
  for (uint32_t f = 0; f < n_face_; ++f) {
    if (face_persons_[f] < 2 || face_persons_[f] > options_.household_max_persons) continue;
    auto m = by_face_.members(f);
    holders.clear();
    for (uint32_t s : m) {
      const Record& r = R(s);
      if (!is_org_[s] && OrdinaryOwnFaceMatch(r)) holders.push_back(ident_[s]);
    }
    if (holders.empty()) continue;
    std::sort(holders.begin(), holders.end());
    holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
    devices.clear();
    for (uint32_t h : holders) {
      for (uint32_t t : by_ident_.members(h)) {
        if (group_[t] == kGroupSelf && regdev_[t] != kNoId) devices.push_back(regdev_value_[regdev_[t]]);
        if (fudev_[t] != kNoId) devices.push_back(fudev_value_[fudev_[t]]);
      }
    }
    std::sort(devices.begin(), devices.end());
    for (uint32_t s : m) {
      if (group_[s] != kGroupSelf || regdev_[s] == kNoId) continue;
      if (std::binary_search(holders.begin(), holders.end(), ident_[s])) continue;
      household_[s] =
          std::binary_search(devices.begin(), devices.end(), regdev_value_[regdev_[s]]);
    }
  }
}

// carried_away_, and per registration device the counts PresenterWeightOfReach weighs.
void Detector::Impl::BuildCarriedAway() {
  carried_away_.assign(S(), 0);
  regdev_fu_known_.assign(n_regdev_, 0);
  regdev_carried_away_.assign(n_regdev_, 0);
  for (uint32_t s = 0; s < S(); ++s) {
    const uint32_t d = fudev_[s];
    if (is_org_[s] || group_[s] != kGroupSelf || d == kNoId) continue;
    // In a phone of its own (not a gateway's port), used as a phone or of unknown use,
    // presented with the owner's face, which stands behind no other person.
    carried_away_[s] = fudev_subs_[d] == 1 && fudev_value_[d] != R(s).device_imei &&
                       !GatewayPort(d) && !NotUsedAsAPhone(s) && !FaceNotOwner(s) &&
                       !FaceShared(s);
    if (regdev_[s] == kNoId) continue;
    // The phone's share counts only those whose holder was evidently there.
    ++regdev_fu_known_[regdev_[s]];
    regdev_carried_away_[regdev_[s]] += carried_away_[s] && OrdinaryOwnFaceMatch(R(s));
  }
}

// What the SIM's first-use device shows: a SIM box by the identities whose SIMs it
// carries (not a phone most of whose SIMs are used as persons' phones, where this
// registration shows its holder), or a gateway's ports judged as one.
Detector::Impl::Boxes Detector::Impl::BoxesOf(uint32_t s) const {
  const Record& r = R(s);
  const bool org = is_org_[s];
  const double min_log = options_.min_log_scale;
  Boxes b;
  if (!org && fudev_[s] != kNoId) {
    const uint32_t d = fudev_[s];
    const bool now = JudgedInWindow(s);
    const WindowCount held = now ? fudev_window_[s] : WindowCount{fudev_ids_[d], fudev_subs_[d]};
    const double ids = SurpriseFromZ(
        LogZ(held.distinct, now ? peer_window_ids_ : peer_fudev_ids_, min_log));
    const double subs = SurpriseFromZ(
        LogZ(held.count, now ? peer_window_subs_ : peer_fudev_subs_, min_log));
    // Not a device most of whose SIMs are used as persons' phones, where this
    // registration shows its holder, where this SIM went out as the device's others did
    // (OwnUseFitsHandedOut), or where the device registered this SIM itself by app (a
    // carrier's app registers a new SIM in the phone it sits in): a family's or a shop's
    // activation phone, or cheap handsets that all report one cloned IMEI. (A farm's SIMs
    // may make a few calls to look human; they still receive one-time codes by the dozen,
    // or call out only.) Nor a family's new SIMs activated in one member's phone
    // (fudev_family_), each presented by its holder's own face.
    const bool registered_in_it = group_[s] == kGroupSelf && regdev_[s] != kNoId &&
                                  regdev_value_[regdev_[s]] == fudev_value_[d];
    const bool went_to_holder =
        (fudev_phones_[d] &&
         (OrdinaryOwnFaceMatch(r) || registered_in_it ||
          (OwnUseFitsHandedOut(s) && fudev_handed_out_[d] && PresentedOwnFace(s)))) ||
        (fudev_family_[d] && PresentedOwnFace(s));
    if (held.distinct >= 3 && !went_to_holder) {
      b.sim = std::min(6.0, ids + 0.5 * subs);
    }
  }
  // A gateway's ports are one device, judged as one. No presenter discount: a run of
  // ports is hardware, not an operator's phones.
  if (!org && fudev_[s] != kNoId && GatewayPort(fudev_[s])) {
    const uint32_t d = fudev_[s];
    const double ids = SurpriseFromZ(LogZ(gateway_ids_[d], peer_fudev_ids_, min_log));
    const double subs = SurpriseFromZ(LogZ(gateway_subs_[d], peer_fudev_subs_, min_log));
    b.gateway = std::min(6.0, ids + 0.5 * subs);
  }
  if (FirstUsePredatesHolder(s)) b = Boxes();
  return b;
}

// The visit of a SIM whose own first use is unknown: the document's other SIMs
// registered at the same point within the burst window (the hour a purchase takes). Where
// at least two of them ended in SIM boxes, and more than half of those whose first use is
// known did, the visit stocked a farm, and this SIM, registered with them, went there
// too; its evidence is the smaller of the two strongest boxes. A sliding window over each
// document's registrations at each point, in time order: linear however many there are.
void Detector::Impl::BuildVisitBoxes() {
  const int64_t w = options_.burst_window_seconds;
  const std::vector<uint32_t> cuts = SplitGroups(by_ident_, threads_);
  std::vector<std::vector<std::pair<uint32_t, VisitBox>>> found(cuts.size());
  ForEachRange(cuts, [&](size_t part, uint32_t begin, uint32_t end) {
    std::vector<uint32_t> order;
    std::vector<double> box;
    std::multiset<double> boxed;  // the boxes of the window's SIMs in SIM boxes
    for (uint32_t i = begin; i < end; ++i) {
      auto m = by_ident_.members(i);
      if (m.size() < 3 || is_org_[m[0]]) continue;
      // Only SIMs of unknown first use at a point, not used as phones, take the evidence.
      if (!absl::c_any_of(m, [&](uint32_t s) {
            return point_[s] != kNoId && R(s).first_use_imei == 0 && !PersonalUse(s);
          })) {
        continue;
      }
      order.clear();
      for (uint32_t s : m) {
        if (point_[s] != kNoId) order.push_back(s);
      }
      SortByPointThenTime(order);
      box.resize(order.size());
      for (size_t j = 0; j < order.size(); ++j) {
        box[j] = R(order[j]).first_use_imei != 0 ? BoxesOf(order[j]).max() : -1.0;
      }
      for (size_t k = 0; k < order.size();) {
        size_t e = k + 1;
        while (e < order.size() && point_[order[e]] == point_[order[k]]) ++e;
        boxed.clear();
        uint32_t known = 0;
        for (size_t j = k, lo = k, hi = k; j < e; ++j) {
          const int64_t t = R(order[j]).registered_at;
          for (; hi < e && R(order[hi]).registered_at <= t + w; ++hi) {
            if (box[hi] < 0) continue;
            ++known;
            if (box[hi] >= kBoxedSibling) boxed.insert(box[hi]);
          }
          for (; t - R(order[lo]).registered_at > w; ++lo) {
            if (box[lo] < 0) continue;
            --known;
            if (box[lo] >= kBoxedSibling) boxed.erase(boxed.find(box[lo]));
          }
          const uint32_t s = order[j];
          if (box[j] >= 0 || PersonalUse(s)) continue;
          const uint32_t n = static_cast<uint32_t>(boxed.size());
          if (n >= 2 && 2 * n > known) {
            found[part].push_back({s, VisitBox{n, known, *std::prev(boxed.end(), 2)}});
          }
        }
        k = e;
      }
    }
  });
  for (const auto& part : found) visit_box_.insert(part.begin(), part.end());
}

void Detector::Impl::Evaluate(uint32_t s, Contributions* c) const {
  const Record& r = R(s);
  const int g = group_[s];
  const bool org = is_org_[s];
  const uint32_t i = ident_[s];
  auto& J = c->junk;
  auto& N = c->non_owner;
  auto idx = [](Reason x) { return static_cast<int>(x); };
  const double min_log = options_.min_log_scale;

  // ---- Mass-registration context (JUNK) ----
  double burst = 0, run = 0;
  if (!org && point_[s] != kNoId) {
    // Only the excess over what chance gives counts: a few customers within the hour,
    // or three consecutive ICCIDs, happen at every point now and then, and -log10 p of
    // a chance event averages 1 / ln 10.
    const PeerAndOwnZ burst_z = BurstZ(s);
    burst = std::min(3.0, std::max(0.0, 0.5 * (SurpriseFromZ(burst_z.peer) +
                                                SurpriseFromZ(burst_z.own)) -
                                            kNullSurprise));
    if (run_[s] >= 3) {
      const PeerAndOwnZ run_z = RunZ(s);
      run = std::min(2.0, std::max(0.0, 0.5 * (SurpriseFromZ(run_z.peer) +
                                               SurpriseFromZ(run_z.own)) -
                                            kNullSurprise));
      // Customers often pick their numbers from a shop's stock, so a block of numbers is
      // weaker evidence than a run of SIM cards: it weighs half.
      if (run_is_msisdn_[s]) run *= 0.5;
    }
  }
  // The selfie matches the document photo as well as most do: the holder was there. What
  // a dealer does with others' documents, and a failed check that most likely lies in a
  // typed field, then weigh half (`holder_half`) or not at all.
  const bool holder_present = OrdinaryOwnFaceMatch(r);
  const double holder_half = holder_present ? 0.5 : 1.0;
  const double dealer_record_half = WhyDealerRecordWeighsHalf(s) != nullptr ? 0.5 : 1.0;
  // A weakly verified registration in a stock block whose identities are weakly verified
  // far more often than its peers': a pre-activated block, however slowly registered. Not
  // where the holder was there.
  double block = 0;
  if (!org && weak_[s] && stock_head_[s] != kNoId && !holder_present) {
    block = std::min(2.0, stock_weak_surprise_[stock_head_[s]] / 3.0);
  }
  const double mass = std::min(3.0, burst + run + block) * PointRecordWeight(g);
  // A SIM with a sign of its own that it went to someone else, in a stock block that
  // shows such signs far more often than its peers' sales: the block was pre-activated
  // and sold on. At dealers only (one operator's phone misusing real people's documents
  // is non-owner evidence, counted elsewhere).
  double sold_on_block = 0;
  if (!org && sold_on_sign_[s] && stock_head_[s] != kNoId && AtDealer(g)) {
    sold_on_block = std::min(3.0, stock_sold_on_surprise_[stock_head_[s]] / 3.0);
  }
  // A never-used SIM whose holder was there (an ordinary own-face match) may be their
  // backup: the block then corroborates the SIM's own use evidence (below) but is no
  // evidence of its own.
  const bool backup_like = holder_present && !FaceNotOwner(s) &&
                           (usage_flags_[s] & kJunkUseFlags) == kUsageNeverUsed;
  const double sold_on_own = backup_like ? 0.0 : sold_on_block;
  // Far more of the stock block's other SIMs than its peers' registrations are JUNK on
  // their own evidence (Score's first pass), the kits on either side of this one among
  // them, and this registration's holder was not seen: the dealer pre-activated that
  // stretch of stock, this SIM with it, however clean it looks alone. A good face match
  // shows a holder only on a document the population database knows: a fabricated
  // document carries its presenter's photo.
  double block_junk = 0;
  if (!org && AtDealer(g) && (!holder_present || r.popdb_check != PopdbCheck::kMatch)) {
    block_junk = std::min(kBlockJunkCap, std::max(0.0, BlockJunkOf(s).surprise - 3.0) / 3.0);
  }

  // Realness of the document: NON_OWNER needs a real person behind it. A population
  // database match, or use at several points, says real; a failed check or CCCD digits
  // that contradict the declared data say fabricated.
  // A document verified against the population database on any of its registrations is
  // a real person's, even where this registration's check failed (the presenter typed
  // other data).
  double real = 0.6;
  const bool digits_contradict =
      ((r.soft_checks & kSoftCccdGenderMismatch) && !(r.soft_checks & kSoftCccdGenderSlip)) ||
      ((r.soft_checks & kSoftCccdBirthYearMismatch) && !(r.soft_checks & kSoftCccdYearSlip));
  if (PopdbFailed(r) || digits_contradict)
    real = 0.3;
  if (ident_verified_[i] || (ident_subs_[i] >= 2 && ident_points_[i] >= 2)) real = 1.0;

  // ---- Verification weakness ----
  // No biometrics, a low face match, a face shared with other persons and a dealer with
  // too many such registrations all say "the person presenting is not the document's
  // holder". On a fabricated document, or inside a mass registration, that is junk; on a
  // real person's document it is evidence of non-ownership instead.
  double v_no_bio = 0, v_low = 0, v_popdb = 0, v_doc = 0, v_dealer = 0, v_face = 0;
  double v_unchecked = 0, v_night = 0;
  if (!org) {
    const int era = r.registered_at >= kVerificationEra;
    if (out_of_hours_[s] && NightIsRare(g)) {
      v_night = std::min(1.5, out_of_hours_rate_[g].Surprise());
    }
    if (SelfieMissing(r) && era) v_no_bio = std::min(2.0, no_selfie_[g][era].Surprise());
    // Where a tenth or more of the peers are unchecked (a carrier that leaves the column
    // blank), it is ordinary.
    if (UncheckedExported(r) && !UncheckedIsOrdinary(g) && !check_outage_[s]) {
      v_unchecked = std::min(1.5, unchecked_[g].Surprise());
    }
    if (r.has_face_match()) {
      v_low = std::min(2.0, FaceMatchSurprise(g, r.face_match));
      if (v_low < 1.0) v_low = 0;  // the lowest 10 % of peers is ordinary
    }
    if (PopdbFailed(r) && r.status == SubscriptionStatus::kActive && !typo_explained_[s])
    {
      v_popdb = std::min(3.0, popdb_fail_[g].Surprise());
      // The selfie matched the document's photo as well as most registrations do: the
      // presenter is the document's holder, and the failed check most likely lies in a
      // typed field (a misspelt name, a mistyped date), so it weighs half.
      v_popdb *= holder_half;
    }
    // A birth year or gender that one keystroke explains is as likely a clerical slip as
    // a fabrication, and where both differ it is still one keystroke: the slip counts
    // once, at half the larger surprise. It also fails the population-database check
    // (the typed number or date is not the registered one): one mistake, counted once.
    double slip = 0;
    for (int b = typo_explained_[s] ? 2 : 0; b < 4; ++b) {
      if (!((r.soft_checks >> b) & 1)) continue;
      if ((b == 0 && (r.soft_checks & kSoftCccdYearSlip)) ||
          (b == 1 && (r.soft_checks & kSoftCccdGenderSlip))) {
        slip = std::max(slip, 0.5 * soft_[b].Surprise());
      } else {
        v_doc += soft_[b].Surprise();
      }
    }
    // A province code outside the table is read the same way: a mistyped digit as likely
    // as an invented number (and as surprising as its peers make it: a code the carriers
    // use widely, for births abroad or after the 2025 merger, weighs little).
    if ((r.soft_checks & kSoftCccdUnknownProvince) && !typo_explained_[s]) {
      slip = std::max(slip, 0.5 * soft_[kUnknownProvinceBit].Surprise());
    }
    v_doc += std::max(0.0, slip - v_popdb);
    v_doc = std::min(3.0, v_doc);
    if (weak_[s] && point_[s] != kNoId) {
      v_dealer = std::min(3.0, point_weak_surprise_[point_[s]] / 3.0) * PointRecordWeight(g);
      v_dealer *= dealer_record_half;
    }
  }
  double face_shared = 0;
  if (FaceShared(s)) {
    face_shared = std::min(4.0, SurpriseFromZ(LogZ(face_persons_[face_[s]], peer_face_persons_, min_log)));
    if (mass > 1.0) v_face = std::min(2.0, face_shared / 2.0);  // reused photos in a batch
  }
  // The presenter's weakness (no face, a poor match, unchecked, a dealer's weak record, a
  // shared face, out of hours), beside the fabricated-document evidence (a failed check,
  // an inconsistent document).
  const double v_presenter = v_no_bio + v_unchecked + v_low + v_dealer + v_face + v_night;
  const double v_sum = v_presenter + v_popdb + v_doc;
  const double verification = std::min(6.0, v_sum);

  // ---- Devices ----
  const Boxes boxes = BoxesOf(s);
  const double sim_box = boxes.sim, gateway_box = boxes.gateway;
  const double box = std::max(sim_box, gateway_box);
  const double visit_box = VisitBoxOf(s).evidence;
  // The point registers others' faces on real documents (faces not the documents'
  // owners', as their other registrations show) far more often than its peers.
  const double point_not_owner =
      point_[s] != kNoId ? std::min(3.0, point_not_owner_surprise_[point_[s]] / 2.0) : 0.0;
  const double presenter_weight_of_reach = PresenterWeightOfReach(s);
  double self_device = 0;
  const bool cluster_now = JudgedInWindow(s);
  const uint32_t cluster_ids =
      org || g != kGroupSelf || regdev_[s] == kNoId ? 0
      : cluster_now                                 ? cluster_window_ids_[s]
                                                    : regdev_cluster_ids_[regdev_[s]];
  if (cluster_ids >= 2) {
    self_device = std::min(
        4.0, SurpriseFromZ(LogZ(cluster_ids,
                                cluster_now ? peer_cluster_window_ : peer_cluster_self_, min_log)));
    // Scaled by how widely the presenting face is shared, or how often the phone shows
    // other faces than the documents' owners': a ring presents one face, or replays its
    // victims' ID photos, for many documents; a family registers a few relatives, mostly
    // with their own faces.
    const double cluster_not_owner =
        std::min(3.0, cluster_not_owner_surprise_[regdev_[s]] / 2.0);
    self_device *= std::min(
        1.0, 0.4 + std::max({face_shared, point_not_owner, cluster_not_owner}) / 2.5);
    if (CourierAtTheDoor(s)) self_device *= 0.5;
    self_device *= presenter_weight_of_reach;
  }
  // A SIM used only for data (a tablet or router) in a device of its own is the owner's
  // second device; evidence that another person holds it needs calls or SMS made from it.
  // Calls and messages received reach any number (carrier offers, wrong numbers, spam)
  // and show nobody using it.
  const int32_t calls_and_sms_made =
      std::max(0, r.usage[kOutCalls]) + std::max(0, r.usage[kOutSms]);
  // (An OTP sink receives SMS by the hundred: SMS use, not a data SIM.)
  const bool data_only_use = (usage_flags_[s] & kUsageKnown) &&
                             !(usage_flags_[s] & (kUsageNeverUsed | kUsageOtpSink)) &&
                             calls_and_sms_made == 0;
  const double holder_factor = data_only_use ? 0.3 : 1.0;

  // ---- Usage (JUNK, weak) ----
  double u_never = 0, u_out = 0, u_otp = 0;
  if (usage_flags_[s] & kUsageNeverUsed) u_never = std::min(1.5, never_used_[g].Surprise());
  if (usage_flags_[s] & kUsageOutgoingOnly) u_out = std::min(2.0, out_only_[g].Surprise());
  if (usage_flags_[s] & kUsageOtpSink) u_otp = std::min(2.0, otp_[g].Surprise());
  // A profile far outside its peers' robust ellipsoid (beyond p = 1e-3) adds a little;
  // heavy legitimate users exist, so it is capped low and gated like all usage evidence.
  const double u_mcd = std::min(1.0, std::max(0.0, (usage_surprise_[s] - 3.0) / 6.0));
  // Prepaid SIMs run on top-ups; one in use with none is resold or farmed, but many
  // legitimate users top up later, so it weighs little.
  const double u_topup = (usage_flags_[s] & kUsageNoTopup) ? std::min(0.5, no_topup_[g].Surprise() / 2.0) : 0.0;
  const double usage = std::min(2.5, u_never + u_out + u_otp + u_mcd + u_topup);
  // The dealer is a scoring unit for use too: when far more of its SIMs end up never
  // used, calling out only or receiving OTPs only than its peers', its SIMs that do so
  // were sold on, whatever the documents looked like at registration. Not where the
  // holder was present (another SIM on the document minutes before: an extra SIM, which
  // is non-owner evidence already), and on a personal phone only for unreal documents
  // (one operator using real people's SIMs is non-owner, as with bursts).
  double dealer_use = 0;
  if (!org && (usage_flags_[s] & kJunkUseFlags) && point_[s] != kNoId && !same_doc_[s]) {
    dealer_use = std::min(3.0, point_junk_use_surprise_[point_[s]] / 3.0);
    if (g == kGroupSelf) dealer_use *= 1.0 - real;
  }
  // A never-used SIM may be its holder's backup: the dealer's record then corroborates
  // the SIM's own use evidence but is no evidence of its own.
  const double dealer_use_own = (usage_flags_[s] & kFarmUseFlags) ? dealer_use : 0.0;

  // ---- Ownership (NON_OWNER) ----
  // Another face than the document owner's. Alone it weighs little (a parent presenting
  // for a child); the weight comes from how many persons the face stands behind
  // (face_shared) and from corroborating signals.
  const double face_not_owner = FaceNotOwner(s) ? 1.0 : 0.0;
  double same_doc = 0, dealer_same_doc = 0;
  if (same_doc_[s]) {
    // More where the customer had left; less where a family member presented it on the
    // household's phone (a relative's spare), as for the household's other presenter
    // evidence.
    same_doc = ExtraWeight(s) * (AfterTheVisit(s) ? 2.5 : 1.5) * holder_factor *
               (household_[s] ? options_.household_presenter_weight : 1.0);
    if (point_[s] != kNoId) dealer_same_doc = holder_factor * DealerExtrasRecord(point_[s]);
  }
  const double foreign =
      first_use_foreign_[s] && !FirstUsePredatesHolder(s) ? 0.7 * holder_factor : 0.0;
  // An extra SIM of a visit whose SIMs went into more phones than a person carries with
  // a child or two set up beside them (three): half for each further phone, up to 1.5.
  // Like a foreign first use, it shows who uses the SIMs, not who presented the document.
  const double visit_phones =
      same_doc_[s] && visit_phones_[s] > 3
          ? holder_factor * std::min(1.5, 0.5 * (visit_phones_[s] - 3))
          : 0.0;
  double variants = 0;
  if (attr_variant_[s]) {
    variants = std::min(2.5, 1.5 * __builtin_popcount(attr_variant_[s]));
  }
  auto several = [](int distinct) {
    return distinct >= 2 ? std::min(2.0, 1.0 + 0.5 * (distinct - 2)) : 0.0;
  };
  const double multi_point = several(multi_point_[s]);
  const double residences = several(multi_residence_[s]);
  // The ID-reuse component (documents linked by faces, devices and person keys) and the
  // presenter component (faces and devices alone) are built from the same links that
  // other signals already count, so only their excess over p = 0.01 adds evidence.
  auto component_evidence = [&](uint32_t ids, const RobustScale& peer) {
    if (org || ids < 3) return 0.0;
    return std::min(2.0, std::max(0.0, SurpriseFromZ(LogZ(ids, peer, min_log)) - 2.0) / 2.0);
  };
  const double component = component_evidence(comp_ids_[comp_of_ident_[i]], peer_comp_ids_);
  const double presenter_component =
      presenter_weight_of_reach *
      (JudgedInWindow(s) ? component_evidence(presenter_window_ids_[s], peer_presenter_window_)
                         : component_evidence(presenter_ids_[s], peer_presenter_ids_));
  // The document also holds subscriptions registered at other points.
  const bool elsewhere = ident_points_[i] >= 2;

  // A dealer that registers others' faces on real documents far more often than its
  // peers is working through leaked documents, and this is one of them. (On a personal
  // phone the same record scales the phone's many identities, above; where the channel
  // is unknown, the point may be either.) A selfie that matches the document photo as
  // well as most do weighs half, as with the dealer's weak-verification record: a holder
  // whose face changed since another registration, or a replayed ID photo.
  const double dealer_not_owner =
      face_not_owner > 0 && AtDealer(g) ? point_not_owner * holder_half : 0.0;
  // At a dealer, and not an extra SIM beside a present customer's, such a registration
  // was sold to someone else than the document's holder: pre-activation on a leaked
  // document, junk as well. On a personal phone it is one operator's misuse (non-owner).
  const double dealer_not_owner_junk = same_doc_[s] ? 0.0 : dealer_not_owner;
  // Several SIMs on the document end in farm use, this one among them: an identity
  // bought or rented for a farm. Not for an extra SIM beside a customer who uses their
  // own SIM of the visit as people do: the dealer's extras went to a farm, the customer
  // did not (non-owner evidence, counted above).
  double farm_document = 0;
  if ((usage_flags_[s] & FarmUseFlagsFor(org)) && (org || !ExtraBesideUsedSim(s))) {
    farm_document = std::min(3.0, ident_farm_use_surprise_[i] / 3.0);
  }
  // Presented at a dealer by another face than the owner's, with no ordinary own-face
  // match: what carries a leaked document's junk over (the two signals below).
  const bool presented_by_another = PresentedByAnotherAtDealer(s);
  // The document holds a junk registration elsewhere (Score's second pass), and this one
  // too was presented by another face than the owner's: the leaked document circulates.
  double doc_junk_elsewhere = 0;
  if (presented_by_another) {
    const double elsewhere_junk = JunkElsewhereOnDocument(s);
    if (elsewhere_junk >= options_.evidence_half) {
      doc_junk_elsewhere = std::min(2.0, elsewhere_junk / options_.evidence_half);
    }
  }
  // Registered at several points within the window, and presented here at a dealer by
  // another face than the owner's: the leaked document circulates among dealers, which
  // pre-activate SIMs on it (junk as well).
  // Likewise a SIM never used, registered at one of three points or more the document
  // was taken to within the window, and not shown with its owner's face: a kit
  // pre-activated on a circulating document.
  const bool circulating_kit = !org && AtDealer(g) && (usage_flags_[s] & kUsageNeverUsed) &&
                               (!r.has_selfie || FaceNotOwner(s)) && multi_point_[s] >= 3;
  // Or the document was taken round four points or more within the hour: its holder, or
  // whoever holds it, is selling SIMs on it (a bought or rented identity).
  const bool hawked = !org && multi_point_hour_[s] >= 4;
  const double multi_point_junk =
      presented_by_another || circulating_kit || hawked ? multi_point : 0.0;
  // The point presented a capture it had stored from another visit: the holder was not
  // there (someone else presented the document). Near proof, yet one signal: 3, below the
  // alert alone (measured against 2 on 114 runs: fraud flags +1 642, legitimate +41).
  // Within the visit the holder was there, and a SIM that went elsewhere was registered
  // without a capture of its own (the carrier's practice decides what that says).
  const double replayed = capture_replayed_[s] == kReplayLaterVisit ? 3.0
                          : capture_replayed_[s] == kReplayInVisit
                              ? 3.0 * VisitCaptureReuseWeight(s)
                              : 0.0;
  double non_owner_raw = replayed + face_not_owner + face_shared + self_device + same_doc +
                         dealer_same_doc + foreign + visit_phones + variants + multi_point +
                         residences + box + visit_box + dealer_not_owner;
  // Corroboration gates.
  // A registration inside a burst is junk only if it is itself weakly verified, ends in
  // a SIM box, or was registered with a stretch of its stock block that is JUNK on its
  // own evidence; a quiet SIM (usage) corroborates at half weight.
  // The presenter's weakness (no face, a poor match, unchecked, a dealer's weak record, a
  // shared face) corroborates a burst as far as the burst is weak throughout, beyond what
  // chance gives its many customers (p = 0.01 for full weight); a failed check and an
  // inconsistent document corroborate whatever the burst.
  const double burst_weak = std::min(1.0, burst_weak_surprise_[s] / 2.0);
  const double corroborating_verification =
      std::min(verification, v_popdb + v_doc + burst_weak * v_presenter);
  // A SIM left unused corroborates only a burst that is weak throughout: promotion-day
  // buyers leave SIMs in drawers too. Farm use corroborates any burst.
  const double usage_corroborates =
      0.5 * usage * ((usage_flags_[s] & kFarmUseFlags) ? 1.0 : burst_weak);
  const double corroboration =
      corroborating_verification + box + visit_box + block_junk + usage_corroborates;
  const double mass_eff = mass * std::min(1.0, corroboration / 2.0);
  // Usage corroborates junk only with junk evidence: fabricated-document signs, presenter
  // weakness on an unreal document, a SIM box, a mass registration, a block sold on, junk
  // on the same document elsewhere, or the document circulating among dealers. (Not the
  // document's other SIMs in farm use: that is use evidence itself.)
  // A burst of registrations on a personal phone (self-service) of real people's documents
  // is one operator misusing them (non-owner); at a dealer it is pre-activation (junk).
  const double mass_junk = g == kGroupSelf ? mass * (1.0 - real) : mass;
  // Inside a mass registration that is weak throughout (a stock block is by its making;
  // a burst or run as far as burst_weak says), a presenter's weakness is a stranger's at a
  // pre-activation: junk. Elsewhere it is junk as far as the document is unreal.
  const double weak_mass = std::min(3.0, (burst + run) * burst_weak + block) *
                           (g == kGroupSelf ? 1.0 - real : 1.0);
  const double presenter_junk = weak_mass > 1.0 ? 1.0 : 1.0 - real;
  const double presenter = fudev_[s] != kNoId ? fudev_presenter_[fudev_[s]] : 0.0;
  // An extra SIM beside a customer who uses their own SIM of that visit: a SIM box it
  // ends in shows who holds it (non-owner), not junk evidence.
  const double box_junk =
      ExtraBesideUsedSim(s) ? 0.0 : std::max(sim_box * (1.0 - presenter), gateway_box);
  const double visit_box_junk = ExtraBesideUsedSim(s) ? 0.0 : visit_box;
  const double junk_verification = v_popdb + v_doc + presenter_junk * v_presenter;
  const double mass_junk_eff = mass > 0 ? mass_eff * mass_junk / mass : 0;
  const double usage_eff =
      usage * std::min(1.0, (junk_verification + box_junk + visit_box_junk + mass_junk_eff +
                             dealer_use + dealer_not_owner_junk + sold_on_block + block_junk +
                             doc_junk_elsewhere + multi_point_junk + farm_document) / 2.0);
  // Non-ownership is a presenter's reach: a document's genuine holder does not inherit
  // the size of a ring that also used the document. Junk is the document-reuse network
  // (leaked documents circulating among pre-activators).
  const double own_evidence = std::min(1.0, (non_owner_raw + verification) / 2.0);
  const double comp_eff = component * own_evidence;
  const double presenter_comp_eff = presenter_component * own_evidence;

  // Dealer multivariate outlier, propagated as junk evidence only to the registrations
  // that carry the dealer's anomaly themselves (a burst, a fabricated-looking document).
  // An outlying profile says something is wrong at the dealer, not that another person
  // holds an extra SIM: the dealer's same-document share measures that itself.
  double dealer_outlier = 0;
  const bool fabricated_looking = v_popdb + v_doc >= 1.0;
  if (point_[s] != kNoId && point_mcd_surprise_[point_[s]] > 3.0 &&
      (mass_junk_eff > 1.5 || fabricated_looking)) {
    dealer_outlier = std::min(2.0, (point_mcd_surprise_[point_[s]] - 3.0) / 3.0);
    dealer_outlier *= PointRecordWeight(g);
  }

  // Rules: dated, small, never decisive.
  double rules = 0;
  auto rule = [&](Reason x, bool hit) {
    if (!hit) return;
    const double add = std::min(options_.rule_evidence, options_.rule_evidence_cap - rules);
    if (add <= 0) return;
    rules += add;
    J[idx(x)] += static_cast<float>(add);
    N[idx(x)] += static_cast<float>(add);
  };
  if (!org) {
    rule(Reason::kRegSelfServiceOver3, IsSelfService(r.channel) &&
                                           r.registered_at >= options_.decree163_start &&
                                           ident_rank_[s] > options_.self_service_limit);
    rule(Reason::kRegCohort10Plus, ident_subs_[i] >= static_cast<uint32_t>(options_.cohort_high));
    rule(Reason::kRegCohort4To9, ident_subs_[i] >= static_cast<uint32_t>(options_.cohort_low) &&
                                     ident_subs_[i] < static_cast<uint32_t>(options_.cohort_high));
    // (An empty column the carrier does not export shows nothing either way.)
    const bool no_check_shown =
        r.popdb_check != PopdbCheck::kMatch &&
        (r.popdb_check != PopdbCheck::kUnchecked || ExportsChecks(r));
    rule(Reason::kRegNo4FieldMatch, r.registered_at >= options_.circular08_start &&
                                        (no_check_shown || SelfieMissing(r)));
    rule(Reason::kRegUnder14, (r.soft_checks & kSoftUnder14) != 0);
    rule(Reason::kRegCmndExpired, (r.soft_checks & kSoftCmndExpired) != 0);
  }

  // ---- JUNK ----
  // Split the effective mass evidence between its two sources in proportion.
  const double mass_scale = burst + run + block > 0 ? mass_junk_eff / (burst + run + block) : 0;
  J[idx(Reason::kDealerBurst)] += static_cast<float>(burst * mass_scale);
  J[idx(run_is_msisdn_[s] ? Reason::kMsisdnRun : Reason::kIccidRun)] +=
      static_cast<float>(run * mass_scale);
  J[idx(Reason::kStockBlockWeakVerification)] += static_cast<float>(block * mass_scale);
  const double v_scale = v_sum > 0 ? verification / v_sum : 0;
  // Fabricated-document evidence is junk whatever the context; presenter evidence is
  // junk in proportion to how unreal the document is, or fully inside a mass registration.
  // After Circular 08 a failed check is also the missing four-field match the rule
  // reports: one fact, so the rule's share of the junk evidence comes out of the failed
  // check's rather than on top of it.
  const double four_field_share =
      PopdbFailed(r) ? std::min<double>(J[idx(Reason::kRegNo4FieldMatch)], v_popdb * v_scale)
                     : 0.0;
  J[idx(Reason::kPopdbFail)] += static_cast<float>(v_popdb * v_scale - four_field_share);
  J[idx(Reason::kDocumentInconsistent)] += static_cast<float>(v_doc * v_scale);
  J[idx(Reason::kNoBiometrics)] += static_cast<float>(v_no_bio * v_scale * presenter_junk);
  J[idx(Reason::kOutOfHours)] += static_cast<float>(v_night * v_scale * presenter_junk);
  J[idx(Reason::kPopdbUnchecked)] += static_cast<float>(v_unchecked * v_scale * presenter_junk);
  J[idx(Reason::kLowFaceMatch)] += static_cast<float>(v_low * v_scale * presenter_junk);
  J[idx(Reason::kDealerWeakVerification)] += static_cast<float>(v_dealer * v_scale * presenter_junk);
  J[idx(Reason::kFaceSharedAcrossIdentities)] += static_cast<float>(v_face * v_scale * presenter_junk);
  // On a real document a low face match says the presenter is not the holder, the same
  // fact as a foreign face: the larger of the two counts.
  // A family member presenting for a relative on their own phone is a weaker sign of
  // non-ownership than an unknown presenter.
  const double presenter_weight = household_[s] ? options_.household_presenter_weight : 1.0;
  const double low_match_n =
      presenter_weight * real * v_low * v_scale * (1.0 - presenter_junk);
  N[idx(Reason::kLowFaceMatch)] +=
      static_cast<float>(std::max(0.0, low_match_n - presenter_weight * real * face_not_owner));
  J[idx(Reason::kSimBox)] += static_cast<float>(box_junk);
  J[idx(Reason::kVisitSimBox)] += static_cast<float>(visit_box_junk);
  const double u_scale = usage > 0 ? usage_eff / (u_never + u_out + u_otp + u_mcd + u_topup) : 0;
  J[idx(Reason::kNeverUsed)] += static_cast<float>(u_never * u_scale);
  J[idx(Reason::kOutgoingOnly)] += static_cast<float>(u_out * u_scale);
  J[idx(Reason::kOtpSink)] += static_cast<float>(u_otp * u_scale);
  J[idx(Reason::kUsageOutlier)] += static_cast<float>(u_mcd * u_scale);
  J[idx(Reason::kNoTopup)] += static_cast<float>(u_topup * u_scale);
  J[idx(Reason::kDealerJunkUse)] += static_cast<float>(dealer_use_own);
  J[idx(Reason::kDealerNotOwner)] += static_cast<float>(dealer_not_owner_junk);
  J[idx(Reason::kDocumentJunkElsewhere)] += static_cast<float>(doc_junk_elsewhere);
  J[idx(Reason::kFaceNotOwner)] +=
      static_cast<float>(presented_by_another ? kLeakedPresenterJunk : 0.0);
  J[idx(Reason::kIdentityMultiPointWindow)] += static_cast<float>(multi_point_junk);
  J[idx(Reason::kIdentityFarmUse)] += static_cast<float>(farm_document);
  J[idx(Reason::kStockBlockSoldOn)] += static_cast<float>(sold_on_own);
  J[idx(Reason::kStockBlockJunk)] += static_cast<float>(block_junk);
  J[idx(Reason::kDealerOutlier)] += static_cast<float>(
      dealer_outlier * (mass_junk_eff <= 1.5 ? dealer_record_half : 1.0));
  J[idx(Reason::kSuspiciousComponent)] += static_cast<float>(verification > 1.0 ? comp_eff * 0.5 : 0);

  // One point registering tens of subscriptions on one document is mass registration
  // for resale (a dealer's own ID): only its excess beyond p = 0.001 counts, which no
  // family or multi-SIM holder reaches. The SIMs are resold: on a real person's document
  // (the dealer's own) they are not held by that person either.
  if (!org && point_[s] != kNoId && doc_point_count_[s] >= 2) {
    J[idx(Reason::kIdentityMassAtPoint)] += static_cast<float>(std::min(
        4.0, std::max(0.0, SurpriseFromZ(LogZ(doc_point_count_[s], peer_doc_point_, min_log)) -
                               3.0)));
  }

  // The carriers have since locked this SIM, at a point whose SIMs they lock far more
  // often than its documents, checks and years would see: its holders do not confirm
  // what it sold. Many honest holders ignore a confirmation request too, so it counts
  // only where the registration shows junk evidence of its own, or where the point's
  // locks are so many that most of them are its doing (kLockRatioAlone).
  if (!org && AtDealer(g) && point_[s] != kNoId && Locked(r) &&
      point_locks_[point_[s]].surprise > 0) {
    const PointLocks& locks = point_locks_[point_[s]];
    if (SignalEvidence(J) >= kLockCorroboration || locks.ratio() >= kLockRatioAlone) {
      J[idx(Reason::kDealerLocked)] +=
          static_cast<float>(std::min(4.0, locks.surprise / 1.5));
    }
  }

  // A junk registration on a real person's document is not held by that person.
  // (The foreign face is non-owner evidence already.)
  const double junk_core = SignalEvidence(J) - J[idx(Reason::kFaceNotOwner)];
  const bool real_strong = real >= 1.0 && (r.popdb_check == PopdbCheck::kMatch || elsewhere);
  if (!org && real_strong && junk_core >= 2.0) {
    N[idx(Reason::kRealDocumentInJunk)] += static_cast<float>(std::min(4.0, 0.8 * junk_core));
  }

  // Many subscriptions or carriers on one document: legal on its own, so it weighs at
  // most 1 and only alongside at least as much other evidence.
  if (!org) {
    const double subs = SurpriseFromZ(LogZ(ident_subs_[i], peer_ident_subs_[0], min_log));
    const double carriers =
        SurpriseFromZ(LogZ(ident_carriers_[i], peer_ident_carriers_[0], min_log));
    const double many = std::min(1.0, 0.25 * std::max(0.0, subs - 1.3));
    const double spread = std::min(0.5, 0.25 * std::max(0.0, carriers - 1.3));
    const double other_j = SignalEvidence(J), other_n = SignalEvidence(N);
    J[idx(Reason::kIdentityManySubscriptions)] += static_cast<float>(many * std::min(1.0, other_j / 2.0));
    J[idx(Reason::kIdentityManyCarriers)] += static_cast<float>(spread * std::min(1.0, other_j / 2.0));
    N[idx(Reason::kIdentityManySubscriptions)] += static_cast<float>(many * std::min(1.0, other_n / 2.0));
    N[idx(Reason::kIdentityManyCarriers)] += static_cast<float>(spread * std::min(1.0, other_n / 2.0));
  }

  // ---- NON_OWNER (scaled by the realness of the identity) ----
  // Clear junk on a document never shown to be real: its faces are the fabricator's
  // photos, not evidence that a real owner's identity was taken.
  const double fabricated_factor = (junk_core >= options_.evidence_half && !real_strong) ? 0.5 : 1.0;
  auto add_n = [&](Reason x, double v) { N[idx(x)] += static_cast<float>(real * fabricated_factor * v); };
  add_n(Reason::kFaceNotOwner, presenter_weight * face_not_owner);
  add_n(Reason::kDealerNotOwner, presenter_weight * dealer_not_owner);
  // A face shared by several persons and a personal phone that registered several
  // identities usually measure one fact, persons behind one presenter: the stronger
  // counts in full, the other at half.
  const double presenter_strong = presenter_weight * std::max(face_shared, self_device);
  const double presenter_weak = presenter_weight * std::min(face_shared, self_device);
  const bool face_is_stronger = face_shared >= self_device;
  add_n(Reason::kFaceSharedAcrossIdentities, face_is_stronger ? presenter_strong : 0.5 * presenter_weak);
  add_n(Reason::kSelfServiceDeviceManyIdentities, face_is_stronger ? 0.5 * presenter_weak : presenter_strong);
  add_n(Reason::kSameDocumentMinutes, same_doc);
  add_n(Reason::kExtraSimDisowned, ExtraSimDisowned(s) * holder_factor);
  add_n(Reason::kDealerSameDocument, dealer_same_doc);
  add_n(Reason::kFirstUseForeign, foreign);
  add_n(Reason::kVisitManyPhones, visit_phones);
  add_n(Reason::kCaptureReplayed, replayed);
  // A replacement's face match is its only check of who takes the number over (Decree
  // 163 Art. 8: re-authentication by face on a device change): one in its peers' lowest
  // hundredth says the number went to someone else. From 0 at the low match's tenth up to
  // 1.5 at its hundredth, so that with the low match itself it flags only beside one more
  // sign (a face on other persons' documents, a foreign first use). A face other than
  // the one that registered the number before weighs as another face than a document's
  // owner's: little alone (someone else may have presented the holder's own earlier
  // registration), enough beside a poor match or a foreign first use.
  if (!org && reregistered_[s]) {
    add_n(Reason::kReregisteredLowMatch, presenter_weight * 1.5 * std::max(0.0, v_low - 1.0));
    if (reregistered_[s] & kReregisteredByAnotherFace) {
      add_n(Reason::kReregisteredOtherFace, presenter_weight);
    }
  }
  add_n(Reason::kIdentityAttributeVariants, variants);
  add_n(Reason::kIdentityMultiPointWindow, multi_point);
  add_n(Reason::kIdentityResidenceWindow, residences);
  add_n(Reason::kSimBox, box);
  add_n(Reason::kVisitSimBox, visit_box);
  add_n(Reason::kPresenterComponent, presenter_comp_eff);
  // A SIM in farm use (calling out only, an OTP sink) is held by the farm, not by the
  // person on the document: on a document shown to be a real person's, with signs of its
  // own that someone else presented it, that is non-ownership. A family's SIMs registered on one
  // phone are used as phones; a ring's end in farm use. (A SIM box is the farm itself,
  // the same fact as the use, so it does not corroborate it.)
  const double farm_use_n =
      std::min(2.0, u_out + u_otp) * std::min(1.0, (non_owner_raw - box) / 2.0);
  if (!org && real >= 1.0 && farm_use_n > 0) {
    add_n(u_out >= u_otp ? Reason::kOutgoingOnly : Reason::kOtpSink, farm_use_n);
  }
  // Not used as a phone, from a phone cluster that registers such SIMs far more often than
  // self-service peers do.
  if (!org && g == kGroupSelf && regdev_[s] != kNoId && regdev_cluster_ids_[regdev_[s]] >= 2 &&
      NotUsedAsAPhone(s)) {
    add_n(Reason::kSelfServiceDeviceIdleSims,
          std::min(2.0, cluster_idle_[regdev_[s]].surprise / 3.0));
  }

  // Registered on a phone cluster whose identities hold several subscriptions far more
  // often than self-service identities do.
  if (!org && g == kGroupSelf && regdev_[s] != kNoId) {
    add_n(Reason::kSelfServiceDeviceMultiSimIds,
          std::min(2.0, cluster_multi_sim_[regdev_[s]].surprise / 3.0));
  }

  double jt = 0, nt = 0;
  for (int k = 0; k < kNumReasons; ++k) {
    jt += J[k];
    nt += N[k];
  }
  // The contract's JUNK includes registrations "on borrowed, bought or leaked
  // identities": a SIM registered on a real person's document by someone else (a ring
  // presenting victims' documents, a dealer adding SIMs to a customer's, a document
  // rented out at several shops) does not stand for a genuine end user at activation.
  // Where the evidence establishes non-ownership (the NON_OWNER alert), the evidence
  // that another presented the document counts for JUNK as well; below the alert it
  // does not tip JUNK alone. Evidence that someone else uses a SIM its holder
  // registered (a first use in another's phone) does not count: that registration was
  // genuine.
  const double alert = options_.alert_threshold;
  const double alert_evidence =
      alert < 1.0 ? options_.evidence_half * alert / (1.0 - alert)
                  : std::numeric_limits<double>::infinity();
  if (options_.junk_includes_identity_misuse && nt >= alert_evidence) {
    for (Reason x : {Reason::kFaceNotOwner, Reason::kDealerNotOwner,
                     Reason::kFaceSharedAcrossIdentities, Reason::kSelfServiceDeviceManyIdentities,
                     Reason::kSameDocumentMinutes, Reason::kExtraSimDisowned,
                     Reason::kCaptureReplayed,
                     Reason::kDealerSameDocument,
                     Reason::kIdentityMultiPointWindow, Reason::kIdentityResidenceWindow,
                     Reason::kPresenterComponent,
                     Reason::kSelfServiceDeviceIdleSims, Reason::kSelfServiceDeviceMultiSimIds}) {
      const float raised = std::max(J[idx(x)], N[idx(x)]);
      jt += raised - J[idx(x)];
      J[idx(x)] = raised;
    }
  }
  c->junk_total = jt;
  c->non_owner_total = nt;
}

void Detector::Impl::Score() {
  verdicts_.resize(S());
  // Each verdict depends only on the finished statistics, so contiguous ranges are
  // scored on separate threads with identical results.
  const uint64_t n = S();
  const uint64_t parts = std::min<uint64_t>(threads_, n / 4096 + 1);
  std::vector<uint32_t> cuts;
  for (uint64_t k = 0; k <= parts; ++k) cuts.push_back(static_cast<uint32_t>(n * k / parts));
  ForEachRange(cuts, [this](size_t, uint32_t begin, uint32_t end) { ScoreRange(begin, end); });
  // One step of propagation along documents: a document with a junk registration
  // (pre-activation on it, once leaked) makes its registrations presented by another
  // face junk evidence too. Only those are scored again; the others do not read it.
  const double half = options_.evidence_half;
  ident_top_junk_.assign(batch_.ids.size(), TopJunk());
  for (uint32_t s = 0; s < S(); ++s) {
    const Verdict& v = verdicts_[s];
    if (v.junk_score >= 1.0f) continue;
    const float e = static_cast<float>(half * v.junk_score / (1.0 - v.junk_score));
    TopJunk& t = ident_top_junk_[ident_[s]];
    if (e > t.first) {
      t.second = t.first;
      t.first = e;
      t.first_s = s;
    } else if (e > t.second) {
      t.second = e;
    }
  }
  // And along stock blocks: a stretch of a block's kits that are JUNK was pre-activated.
  first_junk_.assign(S(), 0);
  block_junk_.clear();
  for (Rate& rate : first_junk_rate_) rate = Rate();
  for (uint32_t s = 0; s < S(); ++s) {
    if (is_org_[s] || !AtDealer(group_[s])) continue;
    first_junk_[s] = verdicts_[s].junk;
    first_junk_rate_[group_[s]].Add(first_junk_[s]);
    if (first_junk_[s] && lot_head_[s] != kNoId) block_junk_[lot_head_[s]].junk++;
  }
  for (uint32_t s = 0; s < S(); ++s) {
    if (lot_head_[s] == kNoId) continue;
    const auto it = block_junk_.find(lot_head_[s]);
    if (it == block_junk_.end()) continue;
    it->second.members++;
    it->second.by_time.emplace_back(R(s).registered_at, first_junk_[s]);
  }
  for (auto& [head, b] : block_junk_) std::sort(b.by_time.begin(), b.by_time.end());
  std::vector<uint32_t> again;
  for (uint32_t s = 0; s < S(); ++s) {
    if ((PresentedByAnotherAtDealer(s) && JunkElsewhereOnDocument(s) >= half) ||
        (AtDealer(group_[s]) && BlockJunkOf(s).surprise > 3.0)) {
      again.push_back(s);
    }
  }
  for (uint32_t s : again) ScoreRange(s, s + 1);
}

void Detector::Impl::ScoreRange(uint32_t begin, uint32_t end) {
  const double half = options_.evidence_half;
  Contributions c;
  std::array<std::pair<float, int>, kNumReasons> order;
  for (uint32_t s = begin; s < end; ++s) {
    c = Contributions();
    Evaluate(s, &c);
    Verdict& v = verdicts_[s];
    v.record = rec_[s];
    v.junk_score = static_cast<float>(c.junk_total / (c.junk_total + half));
    v.non_owner_score = static_cast<float>(c.non_owner_total / (c.non_owner_total + half));
    v.junk = v.junk_score >= options_.alert_threshold;
    v.non_owner = v.non_owner_score >= options_.alert_threshold;
    for (int k = 0; k < kNumReasons; ++k) {
      order[k] = {std::max(c.junk[k], c.non_owner[k]), k};
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    v.num_reasons = 0;
    for (int k = 0; k < kNumReasons && v.num_reasons < kMaxReasons; ++k) {
      if (order[k].first < 0.25f) break;
      v.reasons[v.num_reasons++] = static_cast<Reason>(order[k].second);
    }
    if (prev_owner_[s] != kNoId && v.num_reasons < kMaxReasons) {
      v.reasons[v.num_reasons++] = Reason::kOwnershipChanged;
    }
  }
}

std::string Detector::Impl::DescribeReason(uint32_t s, Reason reason) const {
  const Record& r = R(s);
  const uint32_t i = ident_[s];
  auto point_name = [&](uint32_t p) -> std::string {
    if (p == kNoId) return "-";
    if (p < batch_.agents.size()) return absl::StrCat("dealer ", batch_.agents.Get(p));
    return absl::StrCat("device ", Digits15(regdev_value_[p - batch_.agents.size()]));
  };
  // The stock block `s` belongs to, as its two reasons describe it.
  auto stock_block = [&] {
    return absl::StrFormat(
        "one of %d consecutive SIM kits (ICCIDs or numbers) sold at %s to different "
        "identities, first registered %s",
        stock_len_[s], point_name(point_[s]),
        absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(R(stock_head_[s]).registered_at),
                         absl::UTCTimeZone()));
  };
  const char* const holder_half = OrdinaryOwnFaceMatch(r) ? kHolderHalfNote : "";
  const char* const why_dealer_half = WhyDealerRecordWeighsHalf(s);
  const char* const dealer_record_half = why_dealer_half != nullptr ? why_dealer_half : "";
  const std::string household =
      household_[s] ? "; presented by another document's holder on their own phone "
                      "(household: weighs half)"
                    : "";
  const std::string carrier_point =
      PointRecordWeight(group_[s]) != 1.0
          ? absl::StrFormat("; a carrier's own point, which runs its own campaigns (weighs %g)",
                            PointRecordWeight(group_[s]))
          : "";
  switch (reason) {
    case Reason::kDealerBurst:
      return absl::StrFormat(
          "%s registered %d persons' SIMs within %d min around this one (median of points "
          "as busy %.1f, z = %.1f; its own median %.1f, z = %.1f)%s",
          point_name(point_[s]), burst_[s], options_.burst_window_seconds / 60,
          std::expm1(PeerBurstScale(s).median), BurstZ(s).peer,
          std::expm1(point_own_burst_[point_[s]].median), BurstZ(s).own, carrier_point);
    case Reason::kIccidRun:
      return absl::StrFormat(
          "ICCID in a run of consecutive ICCIDs to different identities, %d sales of them "
          "(consecutive kits on one document count once) within the burst window either "
          "side of this one (z = %.1f against points as busy; "
          "against the point's own runs z = %.1f)%s",
          run_[s], RunZ(s).peer, RunZ(s).own, carrier_point);
    case Reason::kMsisdnRun:
      return absl::StrFormat(
          "MSISDN in a block of consecutive numbers of one carrier registered to different "
          "identities, %d sales of them (consecutive numbers on one document count once) "
          "within the hour either side of this one (z = %.1f against "
          "points as busy; against the point's own runs z = %.1f)%s",
          run_[s], RunZ(s).peer, RunZ(s).own, carrier_point);
    case Reason::kDealerWeakVerification:
      return absl::StrFormat("%s weak-verification share binomial surprise %.1f%s%s",
                             point_name(point_[s]), point_weak_surprise_[point_[s]],
                             dealer_record_half, carrier_point);
    case Reason::kStockBlockWeakVerification:
      return absl::StrCat(stock_block(), "; weak-verification share binomial surprise ",
                          absl::StrFormat("%.1f", stock_weak_surprise_[stock_head_[s]]),
                          carrier_point);
    case Reason::kStockBlockSoldOn:
      return absl::StrCat(
          stock_block(),
          "; share going to someone else than the document's holder (other face, foreign "
          "first-use device, never used or farm use) binomial surprise ",
          absl::StrFormat("%.1f", stock_sold_on_surprise_[stock_head_[s]]));
    case Reason::kStockBlockJunk: {
      const BlockJunkView others = BlockJunkOf(s);
      return absl::StrCat(
          absl::StrFormat(
              "one of %d SIM kits of a stretch of stock (ICCIDs or numbers, neighbours at "
              "most %d apart) sold at %s to different identities, first registered %s",
              others.lot, options_.stock_lot_max_step, point_name(point_[s]),
              absl::FormatTime("%Y-%m-%d",
                               absl::FromUnixSeconds(R(lot_head_[s]).registered_at),
                               absl::UTCTimeZone())),
          others.sitting
              ? absl::StrFormat("; %d of the %d other kits of the block registered within "
                                "%d min of this one are JUNK on their own evidence",
                                others.junk, others.others,
                                options_.burst_window_seconds / 60)
              : absl::StrFormat("; %d of the other %d are JUNK on their own evidence, the "
                                "kits on either side of this one among them",
                                others.junk, others.others),
          absl::StrFormat(" (peers' rate %.2f%%), binomial surprise %.1f",
                          100 * first_junk_rate_[group_[s]].p(), others.surprise));
    }
    case Reason::kDealerOutlier:
      return absl::StrFormat("%s FastMCD surprise %.1f%s", point_name(point_[s]),
                             point_mcd_surprise_[point_[s]], carrier_point);
    case Reason::kDealerJunkUse:
      return absl::StrFormat("%s never-used / outgoing-only / OTP-sink share binomial surprise %.1f",
                             point_name(point_[s]), point_junk_use_surprise_[point_[s]]);
    case Reason::kDealerLocked: {
      const PointLocks& locks = point_locks_[point_[s]];
      return absl::StrFormat(
          "locked by the carrier (%s); %d of the %d SIMs %s sold are locked, where %.1f "
          "would be for their document types, checks and half-years (%.1f times the norm), "
          "binomial surprise %.1f",
          SubscriptionStatusName(R(s).status), locks.locked, locks.sold,
          point_name(point_[s]), locks.expected, locks.ratio(), locks.surprise);
    }
    case Reason::kExtraSimDisowned: {
      const Record& sibling = R(confirmed_sibling_[s]);
      const double hours = (R(s).registered_at - sibling.registered_at) / 3600.0;
      return absl::StrFormat(
          "locked by the carrier (%s) while %s %s, registered %s earlier at %s on the same "
          "document and data, stays %s: the holder confirmed that one, not this (%.1f%% "
          "of its document type, check and half-year are locked)",
          SubscriptionStatusName(R(s).status), CarrierName(sibling.carrier),
          MsisdnString(sibling.msisdn),
          hours < 48 ? absl::StrFormat("%.1f h", hours)
                     : absl::StrFormat("%.0f days", hours / 24),
          point_name(point_[s]), SubscriptionStatusName(sibling.status),
          100.0 * ExpectedLockShare(R(s)));
    }
    case Reason::kDealerNotOwner:
      return absl::StrFormat(
          "%s registered other faces than the documents' owners' far more often than its "
          "peers: binomial surprise %.1f%s",
          point_name(point_[s]), point_not_owner_surprise_[point_[s]], holder_half);
    case Reason::kPopdbUnchecked:
      return absl::StrFormat("%s not checked against the population database (%.1f%% of peers "
                             "unchecked)",
                             MaskDocument(batch_.ids.Get(i)), 100.0 * unchecked_[group_[s]].p());
    case Reason::kDealerSameDocument:
      return absl::StrFormat("%s same-document share binomial surprise %.1f",
                             point_name(point_[s]), point_same_doc_surprise_[point_[s]]);
    case Reason::kFaceSharedAcrossIdentities:
      return absl::StrFormat("face linked to %d different persons (peer median %.1f)%s",
                             face_persons_[face_[s]], std::expm1(peer_face_persons_.median),
                             household);
    case Reason::kFaceNotOwner:
      return absl::StrCat("selfie differs from the face on the document's other registrations",
                          household,
                          PresentedByAnotherAtDealer(s)
                              ? "; presented at a dealer with a poorer face match than most: a "
                                "leaked document (junk evidence too)"
                              : "");
    case Reason::kOutOfHours:
      return absl::StrFormat(
          "registered at %s at %s local time, out of hours (%.1f%% of its channel group's "
          "registrations are)",
          point_name(point_[s]),
          absl::FormatTime(
              "%H:%M", absl::FromUnixSeconds(r.registered_at),
              absl::FixedTimeZone(static_cast<int>(options_.local_utc_offset_seconds))),
          100.0 * out_of_hours_rate_[group_[s]].p());
    case Reason::kNoBiometrics:
      return "no selfie / face match";
    case Reason::kLowFaceMatch:
      return absl::StrFormat("face_match %.2f (peer median %.2f)%s", r.face_match,
                             peer_face_match_[group_[s]].median, household);
    case Reason::kReregisteredLowMatch:
      return absl::StrFormat(
          "the number registered again on document %s (%d rows of history) with face_match "
          "%.2f (peer median %.2f)",
          MaskDocument(batch_.ids.Get(i)), history_[s], r.face_match,
          peer_face_match_[group_[s]].median);
    case Reason::kReregisteredOtherFace:
      return absl::StrFormat(
          "the number registered again on document %s (%d rows of history) by another face "
          "than its previous registration's",
          MaskDocument(batch_.ids.Get(i)), history_[s]);
    case Reason::kPopdbFail:
      return absl::StrCat("popdb ", PopdbCheckName(r.popdb_check), " while ",
                          SubscriptionStatusName(r.status),
                          OrdinaryOwnFaceMatch(r)
                              ? "; the selfie matches the document photo, so a typed field is "
                                "the likelier cause (weighs half)"
                              : "");
    case Reason::kDocumentInconsistent: {
      std::vector<std::string> bits;
      for (int b = 0; b < 4; ++b) {
        if ((r.soft_checks >> b) & 1) bits.emplace_back(SoftCheckName(b));
      }
      if (r.soft_checks & kSoftCccdUnknownProvince) {
        bits.emplace_back(SoftCheckName(kUnknownProvinceBit));
      }
      return absl::StrJoin(bits, ",");
    }
    case Reason::kIdentityAttributeVariants:
      return "document declared with another name, date of birth or gender elsewhere";
    case Reason::kIdentityManySubscriptions:
    case Reason::kIdentityManyCarriers:
    case Reason::kRegCohort4To9:
    case Reason::kRegCohort10Plus:
      return absl::StrFormat("document %s has %d subscriptions at %d carriers",
                             MaskDocument(batch_.ids.Get(i)), ident_subs_[i], ident_carriers_[i]);
    case Reason::kIdentityMultiPointWindow: {
      std::string why;
      if (PresentedByAnotherAtDealer(s)) {
        why = "; presented here at a dealer by another face than the owner's: the document "
              "circulates among dealers (junk as well)";
      } else if (!is_org_[s] && multi_point_hour_[s] >= 4) {
        why = absl::StrFormat("; at %d points within %d min: the document is taken round "
                              "dealers (junk as well)",
                              multi_point_hour_[s], options_.burst_window_seconds / 60);
      }
      return absl::StrFormat("document registered at %d points within %d h%s", multi_point_[s],
                             options_.multi_point_window_seconds / 3600, why);
    }
    case Reason::kIdentityResidenceWindow:
      return absl::StrFormat("document declared with %d provinces of residence within %d h",
                             multi_residence_[s], options_.multi_point_window_seconds / 3600);
    case Reason::kSameDocumentMinutes:
      return absl::StrFormat("another SIM on document %s at %s within %s, %s%s",
                             MaskDocument(batch_.ids.Get(i)), point_name(point_[s]),
                             options_.same_document_window_seconds % 3600 == 0
                                 ? absl::StrCat(options_.same_document_window_seconds / 3600, " h")
                                 : absl::StrCat(options_.same_document_window_seconds / 60, " min"),
                             same_doc_[s] == 1
                                 ? (R(s).first_use_imei != 0
                                        ? "used in another device"
                                        : "not first used, where the visit's first SIM was")
                             : ExtraOutsideTheCustomersPhone(s)
                                 ? "neither first use known, and never used: not in the "
                                   "customer's phone"
                                 : absl::StrFormat(
                                       "neither first use known (weighs %.2f: half, and more "
                                       "as the dealer's record of extras rises)",
                                       ExtraWeight(s)),
                             AfterTheVisit(s)
                                 ? absl::StrFormat("; registered %.1f h after the visit's "
                                                   "first SIM, when the customer had left",
                                                   SinceVisitHead(s) / 3600.0)
                                 : "");
    case Reason::kCaptureReplayed:
      if (capture_replayed_[s] == kReplayInVisit) {
        return absl::StrFormat(
            "the selfie and its face-match score (%.3f) are those of another SIM on document "
            "%s registered at %s within the visit (%d h), and this SIM went elsewhere: it "
            "had no capture of its own (weighs %.2f of a stored capture presented again)",
            R(s).face_match, MaskDocument(batch_.ids.Get(i)), point_name(point_[s]),
            options_.same_document_window_seconds / 3600, options_.visit_capture_reuse_weight);
      }
      return absl::StrFormat(
          "the selfie and its face-match score (%.3f) are those of another SIM on document "
          "%s registered at %s more than %d h earlier: a stored capture presented again",
          R(s).face_match, MaskDocument(batch_.ids.Get(i)), point_name(point_[s]),
          options_.same_document_window_seconds / 3600);
    case Reason::kVisitManyPhones:
      return absl::StrFormat(
          "the SIMs on document %s registered at %s within %d h of this one went into %d "
          "different phones",
          MaskDocument(batch_.ids.Get(i)), point_name(point_[s]),
          options_.same_document_window_seconds / 3600, visit_phones_[s]);
    case Reason::kIdentityMassAtPoint:
      return absl::StrFormat(
          "%s registered %d subscriptions on document %s within %d days of this one (peer "
          "median %.1f, z = %.1f)",
          point_name(point_[s]), doc_point_count_[s], MaskDocument(batch_.ids.Get(i)),
          options_.box_window_seconds / 86400,
          std::expm1(peer_doc_point_.median),
          LogZ(doc_point_count_[s], peer_doc_point_, options_.min_log_scale));
    case Reason::kSimBox:
      return absl::StrCat(
          absl::StrFormat("first-use device %s carries %d SIMs of %d identities, %d SIMs "
                          "of %d identities registered within %d days of this one",
                          Digits15(fudev_value_[fudev_[s]]), fudev_subs_[fudev_[s]],
                          fudev_ids_[fudev_[s]], fudev_window_[s].count,
                          fudev_window_[s].distinct, options_.box_window_seconds / 86400),
          gateway_ports_[fudev_[s]] == 0
              ? ""
              : absl::StrFormat("; it is one of %d devices with consecutive IMEIs (a "
                                "gateway's ports, most of whose SIMs call out only or receive "
                                "OTPs), carrying %d SIMs of %d identities",
                                gateway_ports_[fudev_[s]], gateway_subs_[fudev_[s]],
                                gateway_ids_[fudev_[s]]),
          fudev_registers_[fudev_[s]]
              ? "; the device itself registered several identities' SIMs: an operator's "
                "phone, not a SIM box (non-owner evidence)"
              : "",
          ExtraBesideUsedSim(s)
              ? "; an extra SIM beside the customer's own, which the customer uses: the box "
                "shows who holds it (non-owner evidence)"
              : "");
    case Reason::kVisitSimBox: {
      const VisitBox v = VisitBoxOf(s);
      return absl::StrFormat(
          "first use unknown; of the other SIMs on document %s registered at %s within "
          "%d min of this one, %d of the %d whose first use is known ended in SIM boxes "
          "(the weaker of the two strongest weighs)%s",
          MaskDocument(batch_.ids.Get(ident_[s])), point_name(point_[s]),
          options_.burst_window_seconds / 60, v.boxed, v.known,
          ExtraBesideUsedSim(s)
              ? "; an extra SIM beside the customer's own, which the customer uses "
                "(non-owner evidence)"
              : "");
    }
    case Reason::kSelfServiceDeviceManyIdentities:
      return absl::StrFormat(
          "self-service device %s registered %d identities; with the phones its SIMs were "
          "used in and the phones that registered theirs, %d identities, %d of them within "
          "%d days of this registration (other faces than the owners': binomial surprise "
          "%.1f)%s%s%s",
          Digits15(regdev_value_[regdev_[s]]), regdev_self_ids_[regdev_[s]],
          regdev_cluster_ids_[regdev_[s]], cluster_window_ids_[s],
          options_.box_window_seconds / 86400, cluster_not_owner_surprise_[regdev_[s]],
          CourierAtTheDoor(s) ? "; ordered online, and every face the phone showed was its "
                                "document's owner's, this one too: a courier's handheld "
                                "at the door (weighs half)"
                              : "",
          household, CarriedAwayNote(s));
    case Reason::kSelfServiceDeviceMultiSimIds: {
      const ClusterMultiSim& c = cluster_multi_sim_[regdev_[s]];
      return absl::StrFormat(
          "%d of the %d identities registered self-service on the phones of device %s's "
          "cluster hold several subscriptions (binomial surprise %.1f against all "
          "self-service identities)",
          c.multi, regdev_cluster_ids_[regdev_[s]], Digits15(regdev_value_[regdev_[s]]),
          c.surprise);
    }
    case Reason::kSelfServiceDeviceIdleSims: {
      const ClusterIdle& c = cluster_idle_[regdev_[s]];
      return absl::StrFormat(
          "self-service device %s: %d of the %d SIMs with known use registered in its "
          "cluster are not used as phones, this one among them (never used, calling out "
          "only or SMS in only; binomial surprise %.1f)",
          Digits15(regdev_value_[regdev_[s]]), c.idle, c.known, c.surprise);
    }
    case Reason::kFirstUseForeign:
      return "first-use device not seen with the document's other SIMs";
    case Reason::kIdentityFarmUse: {
      const auto [known, farm] = FarmUseCounts(i);
      return absl::StrFormat(
          "%d of the %d SIMs with known use on document %s %s: binomial surprise %.1f", farm,
          known, MaskDocument(batch_.ids.Get(i)),
          is_org_[s] ? "receive OTPs only" : "call out only or receive OTPs only",
          ident_farm_use_surprise_[i]);
    }
    case Reason::kDocumentJunkElsewhere:
      return absl::StrFormat(
          "another registration on document %s has junk evidence %.1f; this one was "
          "presented by another face than the owner's",
          MaskDocument(batch_.ids.Get(i)), JunkElsewhereOnDocument(s));
    case Reason::kRealDocumentInJunk:
      return absl::StrFormat("junk registration on document %s of a real person (popdb %s, %d points)",
                             MaskDocument(batch_.ids.Get(i)), PopdbCheckName(r.popdb_check),
                             ident_points_[i]);
    case Reason::kNeverUsed:
      return "no usage in 30 days";
    case Reason::kOutgoingOnly:
      return absl::StrFormat("%d calls and %d SMS out to %d numbers; %d calls and %d SMS in",
                             std::max(0, r.usage[kOutCalls]), std::max(0, r.usage[kOutSms]),
                             r.usage[kDistinctCallees], std::max(0, r.usage[kInCalls]),
                             std::max(0, r.usage[kInSms]));
    case Reason::kOtpSink:
      return absl::StrFormat("%d SMS in; %d SMS and %d calls out", r.usage[kInSms],
                             std::max(0, r.usage[kOutSms]), std::max(0, r.usage[kOutCalls]));
    case Reason::kNoTopup:
      return absl::StrFormat("active %d days, no top-up", r.usage[kActiveDays]);
    case Reason::kUsageOutlier:
      return absl::StrFormat("usage profile chi-square surprise %.1f under its peers' robust (FastMCD) covariance",
                             usage_surprise_[s]);
    case Reason::kSuspiciousComponent:
      return absl::StrFormat("ID-reuse component of %d identities", comp_ids_[comp_of_ident_[i]]);
    case Reason::kPresenterComponent:
      return absl::StrFormat(
          "faces and devices alone (no link through documents) tie it to the SIMs of %d "
          "identities, %d of them registered within %d days of it%s",
          presenter_ids_[s], presenter_window_ids_[s], options_.box_window_seconds / 86400,
          CarriedAwayNote(s));
    case Reason::kRegSelfServiceOver3:
      return absl::StrFormat("number %d on the document, registered by %s", ident_rank_[s],
                             ChannelName(r.channel));
    case Reason::kRegNo4FieldMatch:
      return "no popdb MATCH and face after 2026-04-15";
    case Reason::kRegUnder14:
      return "subscriber under 14";
    case Reason::kRegCmndExpired:
      return "CMND after its validity";
    case Reason::kOwnershipChanged:
      return absl::StrFormat("previous owner %s", MaskDocument(batch_.ids.Get(prev_owner_[s])));
  }
  return "";
}

Detector::Detector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Detector::~Detector() = default;

absl::StatusOr<std::unique_ptr<Detector>> Detector::Run(const Batch& batch,
                                                        const DetectOptions& options) {
  auto impl = std::make_unique<Impl>(batch, options);
  absl::Status status = impl->Run();
  if (!status.ok()) return status;
  return std::unique_ptr<Detector>(new Detector(std::move(impl)));
}

size_t Detector::num_subscriptions() const { return impl_->verdicts_.size(); }
const Verdict& Detector::verdict(size_t s) const { return impl_->verdicts_[s]; }
const GraphStats& Detector::graph_stats() const { return impl_->stats_; }
const DetectTimings& Detector::timings() const { return impl_->timings_; }
const std::vector<std::string>& Detector::notes() const { return impl_->notes_; }

std::optional<size_t> Detector::Find(Carrier carrier, uint64_t msisdn) const {
  const std::vector<uint64_t>& keys = impl_->sub_keys_;
  const uint64_t key = SubscriptionKey(carrier, msisdn);
  const auto it = std::lower_bound(keys.begin(), keys.end(), key);
  if (it == keys.end() || *it != key) return std::nullopt;
  return impl_->sub_of_key_[it - keys.begin()];
}

std::string Detector::Evidence(size_t s) const {
  const Verdict& v = impl_->verdicts_[s];
  std::vector<std::string> parts;
  for (int k = 0; k < v.num_reasons; ++k) {
    parts.push_back(absl::StrCat(ReasonCode(v.reasons[k]), ": ",
                                 impl_->DescribeReason(static_cast<uint32_t>(s), v.reasons[k])));
  }
  return absl::StrJoin(parts, "; ");
}

std::string Detector::Explain(size_t s) const {
  const Impl& d = *impl_;
  const uint32_t sub = static_cast<uint32_t>(s);
  const Verdict& v = d.verdicts_[s];
  const Record& r = d.R(sub);
  Contributions c;
  d.Evaluate(sub, &c);
  std::string out = absl::StrFormat(
      "subscription %s %s (line %d of %s)\n"
      "  flags: %s%s%s\n  junk_score %.3f (evidence %.2f), non_owner_score %.3f (evidence %.2f); "
      "flag at score >= %.2f (evidence >= %.2f)\n",
      CarrierName(r.carrier), MsisdnString(r.msisdn), r.line,
      r.source < d.batch_.sources.size() ? d.batch_.sources[r.source] : "-",
      v.junk ? "JUNK" : "", v.junk && v.non_owner ? ";" : "", v.non_owner ? "NON_OWNER" : "",
      v.junk_score, c.junk_total, v.non_owner_score, c.non_owner_total,
      d.options_.alert_threshold,
      d.options_.evidence_half * d.options_.alert_threshold / (1 - d.options_.alert_threshold));
  const uint32_t i = d.ident_[sub];
  absl::StrAppendFormat(&out, "  document %s: %d subscriptions at %d carriers, %d points\n",
                        MaskDocument(d.batch_.ids.Get(i)), d.ident_subs_[i],
                        d.ident_carriers_[i], d.ident_points_[i]);
  absl::StrAppendFormat(&out, "  registered %s via %s at %s%s\n",
                        absl::FormatTime("%Y-%m-%dT%H:%M:%S%Ez", absl::FromUnixSeconds(r.registered_at),
                                         absl::FixedTimeZone(r.utc_offset_minutes * 60)),
                        r.channel == Channel::kUnknown ? "unknown channel" : ChannelName(r.channel),
                        r.agent != kNoId ? d.batch_.agents.Get(r.agent) : "-",
                        d.history_[sub] > 1 ? absl::StrFormat(" (%d rows of history)", d.history_[sub]) : "");
  out += "  evidence (junk / non_owner):\n";
  for (int k = 0; k < kNumReasons; ++k) {
    if (c.junk[k] < 0.01f && c.non_owner[k] < 0.01f) continue;
    const Reason reason = static_cast<Reason>(k);
    absl::StrAppendFormat(&out, "    %-28s %5.2f / %5.2f  %s\n", ReasonCode(reason), c.junk[k],
                          c.non_owner[k], d.DescribeReason(sub, reason));
  }
  if (d.prev_owner_[sub] != kNoId) {
    absl::StrAppendFormat(&out, "    %-28s  %s\n", "OWNERSHIP_CHANGED",
                          d.DescribeReason(sub, Reason::kOwnershipChanged));
  }
  return out;
}

}  // namespace simaudit
