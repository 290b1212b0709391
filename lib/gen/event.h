// File: event.h
// -----------------------------------------------------------------------------
// The compact, fully-determined description of one batch row, as the scenario engine
// (scenario.h) produces it and the renderer (render.h) turns it into CSV. An Event holds
// integers only (72 bytes); names, document numbers, phone numbers and usage counters
// are derived when the row is rendered, so millions of events fit in memory.
//
// Also the ground-truth label vocabulary: `Pattern` names why a subscription exists, and
// fixes its JUNK / NON_OWNER labels.
#ifndef SIMAUDIT_LIB_GEN_EVENT_H_
#define SIMAUDIT_LIB_GEN_EVENT_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace simaudit::gen {

// Ground-truth category of a subscription (the label of its latest row).
enum class Pattern : uint8_t {
  kClean = 0,
  kBusyShop,
  kFamilyPhone,
  kOrganization,
  kMultiSim,
  kDataOnly,
  kBackupSim,
  kNoDiacritics,
  kClericalTypo,
  kOwnershipTransfer,
  kPreactivationFabricated,
  kPreactivationLeaked,
  kTheftRing,
  kExtraSims,
  kSimFarm,
};
inline constexpr int kNumPatterns = 15;

// Label names as written to labels.csv, e.g. "preactivation_leaked".
absl::string_view PatternName(Pattern pattern);
bool PatternIsJunk(Pattern pattern);
bool PatternIsNonOwner(Pattern pattern);

// Early-life usage profile; the renderer draws the eight counters from it.
enum class UsageProfile : uint8_t {
  kNormal = 0,
  kHeavyData,
  kLight,        // elderly / feature phone: calls, no data
  kBusiness,     // many calls both ways
  kChild,        // a child's phone: family calls, data
  kBackup,       // inserted once, barely used
  kNeverUsed,    // all zero
  kDataOnly,     // tablet / router data SIM
  kIot,          // trackers: tiny data every day
  kCallCentre,   // many outgoing calls to many callees
  kEmployee,     // company phone
  kResold,       // used by whoever bought the SIM, starting late
  kSpam,         // outgoing calls to many callees, few incoming
  kOtpSink,      // many SMS in, none out
  kTheftOtp,     // SMS in plus some outgoing
  kTheftCaller,  // outgoing-heavy
};

enum class IdentityKind : uint8_t { kPerson = 0, kOrg };

// Which document a person presented.
enum class DocKind : uint8_t {
  kCccd = 0,
  kCmnd9,
  kCmnd12,
  kVnPassport,
  kForeignPassport,
  kOrg,
};

// How the name is stored by the exporting system.
enum class NameStyle : uint8_t {
  kAsDeclared = 0,  // "Nguyễn Văn An"
  kUpper,           // "NGUYỄN VĂN AN"
  kUpperAscii,      // "NGUYEN VAN AN"
  kAscii,           // "Nguyen Van An"
};
inline bool NameStyleIsAscii(NameStyle s) {
  return s == NameStyle::kUpperAscii || s == NameStyle::kAscii;
}

// Where the subscription's number comes from.
enum class NumberMode : uint8_t {
  kKit = 0,   // the number printed on the SIM kit taken from the point's stock
  kChosen,    // picked from the carrier's free pool (self-service, "số đẹp")
  kPorted,    // ported in: a number from another carrier's ranges
};

enum EventFlag : uint16_t {
  kFlagHasLater = 1 << 0,      // a later row of the same subscription follows
  kFlagLater = 1 << 1,         // this row re-states an earlier subscription (origin)
  kFlagSimSwap = 1 << 2,       // the later row comes with a new SIM (ICCID/IMSI)
  kFlagNoSelfie = 1 << 3,      // selfie_hash empty
  kFlagTypoName = 1 << 4,      // one-letter typo in the name
  kFlagTypoDob = 1 << 5,       // one mistyped digit in the date of birth
  kFlagUsageUnknown = 1 << 6,  // usage columns empty
  kFlagNoImsi = 1 << 7,
  kFlagNoIccid = 1 << 8,
  kFlagNoGender = 1 << 9,
  kFlagNoProvince = 1 << 10,
  kFlagNoChannel = 1 << 11,
};

inline constexpr uint16_t kNoFaceMatch = 0xFFFF;

struct Event {
  int64_t ts = 0;               // registered_at, local seconds (+07:00)
  uint64_t device_imei = 0;     // 0 = empty; an IMEI or a DeviceRef (devices.h)
  uint64_t first_use_imei = 0;  // likewise
  uint64_t selfie = 0;          // captured face hash (see kFlagNoSelfie)
  uint32_t seq = 0;             // creation order: unique, tie-break, row seed
  uint32_t identity = 0;        // person index or organisation index
  uint32_t point = 0;           // point of sale / stock (PointTable index)
  uint32_t origin = 0;          // kFlagLater: seq of the subscription's first row
  uint32_t usage_seed = 0;      // seq whose usage counters this row reports
  uint16_t flags = 0;
  uint16_t face_match = kNoFaceMatch;  // thousandths
  uint8_t carrier = 0;          // simaudit::Carrier
  uint8_t channel = 0;          // simaudit::Channel
  uint8_t popdb = 0;            // simaudit::PopdbCheck
  uint8_t status = 0;           // simaudit::SubscriptionStatus
  Pattern pattern = Pattern::kClean;
  IdentityKind identity_kind = IdentityKind::kPerson;
  DocKind doc = DocKind::kCccd;
  NameStyle name_style = NameStyle::kAsDeclared;
  NumberMode number_mode = NumberMode::kKit;
  UsageProfile usage = UsageProfile::kNormal;
  uint8_t usage_days = 30;      // days of the 30-day window before the as-of date
};
static_assert(sizeof(Event) <= 72, "keep events compact: millions are held in memory");

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_EVENT_H_
