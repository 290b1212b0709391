// File: reason_codes.h
// -----------------------------------------------------------------------------
// The reason codes a finding can carry, with the verdict they support and a one-line
// meaning. docs/reason-codes.md is generated from this table (`simaudit reasons`).
//
//   absl::string_view code = ReasonCode(Reason::kSimBox);   // "SIM_BOX"
#ifndef SIMAUDIT_LIB_DETECT_REASON_CODES_H_
#define SIMAUDIT_LIB_DETECT_REASON_CODES_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace simaudit {

enum class Reason : uint8_t {
  // Dealer / registration-device behaviour.
  kDealerBurst = 0,
  kIccidRun,
  kMsisdnRun,
  kDealerWeakVerification,
  kDealerOutlier,
  kDealerSameDocument,
  kDealerJunkUse,
  kStockBlockWeakVerification,
  kStockBlockSoldOn,
  kStockBlockJunk,
  kDealerNotOwner,
  kDealerLocked,
  // Faces.
  kFaceSharedAcrossIdentities,
  kFaceNotOwner,
  kNoBiometrics,
  kOutOfHours,
  kLowFaceMatch,
  kReregisteredLowMatch,
  kReregisteredOtherFace,
  // Identity.
  kPopdbFail,
  kPopdbUnchecked,
  kDocumentInconsistent,
  kIdentityAttributeVariants,
  kIdentityManySubscriptions,
  kIdentityManyCarriers,
  kIdentityMultiPointWindow,
  kIdentityResidenceWindow,
  kIdentityMassAtPoint,
  kIdentityFarmUse,
  kSameDocumentMinutes,
  kExtraSimDisowned,
  kCaptureReplayed,
  // Devices.
  kSimBox,
  kVisitSimBox,
  kSelfServiceDeviceManyIdentities,
  kSelfServiceDeviceIdleSims,
  kSelfServiceDeviceMultiSimIds,
  kFirstUseForeign,
  kVisitManyPhones,
  kRealDocumentInJunk,
  kDocumentJunkElsewhere,
  // Usage.
  kNeverUsed,
  kOutgoingOnly,
  kOtpSink,
  kNoTopup,
  kUsageOutlier,
  // Graph.
  kSuspiciousComponent,
  kPresenterComponent,
  // Regulatory (dated, configurable); they raise scores but never flag alone.
  kRegSelfServiceOver3,
  kRegCohort4To9,
  kRegCohort10Plus,
  kRegNo4FieldMatch,
  kRegUnder14,
  kRegCmndExpired,
  // Informational.
  kOwnershipChanged,
};
inline constexpr int kNumReasons = 55;

// Which verdict a reason is evidence for.
enum class ReasonTarget : uint8_t { kJunk, kNonOwner, kBoth, kRule, kInfo };

struct FindingReasonInfo {
  Reason reason;
  absl::string_view code;
  ReasonTarget target;
  absl::string_view meaning;
};

absl::Span<const FindingReasonInfo> AllReasons();
absl::string_view ReasonCode(Reason r);
const FindingReasonInfo& GetReasonInfo(Reason r);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_REASON_CODES_H_
