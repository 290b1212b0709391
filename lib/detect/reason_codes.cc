#include "lib/detect/reason_codes.h"

namespace simaudit {
namespace {

using T = ReasonTarget;

constexpr FindingReasonInfo kReasons[kNumReasons] = {
    {Reason::kDealerBurst, "DEALER_BURST", T::kJunk,
     "registered inside a burst of its dealer or device: far more registrations to "
     "different identities within the window than the dealer's own history and its peers; "
     "at a carrier's own point (STORE) it weighs carrier_point_weight"},
    {Reason::kIccidRun, "ICCID_RUN", T::kJunk,
     "part of a run of consecutive ICCIDs registered to different identities, each within "
     "the burst window of the next, with far more of them within the burst window either "
     "side of this one than the point's own runs and its peers' (pre-activated stock); at a "
     "carrier's own point (STORE) it weighs carrier_point_weight"},
    {Reason::kMsisdnRun, "MSISDN_RUN", T::kJunk,
     "part of a block of consecutive numbers of one carrier registered at one point to "
     "different identities, with far more of them within the hour either side of this one "
     "than the point's own blocks and its peers' (pre-activated stock); at a carrier's own "
     "point (STORE) it weighs carrier_point_weight"},
    {Reason::kDealerWeakVerification, "DEALER_WEAK_VERIFICATION", T::kJunk,
     "the dealer's share of weakly verified registrations (no face, reused face, failed "
     "population-database check, or none where checks are the norm) is far above its peers "
     "(binomial tail); at a carrier's own point (STORE) it weighs carrier_point_weight"},
    {Reason::kDealerOutlier, "DEALER_OUTLIER", T::kJunk,
     "the dealer's multivariate profile is an outlier under a robust (FastMCD) covariance "
     "of all dealers (chi-square tail); at a carrier's own point (STORE) it weighs "
     "carrier_point_weight"},
    {Reason::kDealerSameDocument, "DEALER_SAME_DOCUMENT", T::kNonOwner,
     "the dealer adds extra subscriptions to one customer's document on the same visit or "
     "later that day far more often than its peers"},
    {Reason::kDealerJunkUse, "DEALER_JUNK_USE", T::kJunk,
     "the dealer's SIMs end up never used, calling out only or receiving OTPs only far more "
     "often than its peers' (binomial tail), and this SIM is one of them"},
    {Reason::kStockBlockWeakVerification, "STOCK_BLOCK_WEAK_VERIFICATION", T::kJunk,
     "part of a block of consecutive SIM kits (ICCIDs or numbers) sold at one point to "
     "different identities, far more of them weakly verified than its peers' registrations "
     "(binomial tail): a pre-activated block, however slowly it was registered; at a "
     "carrier's own point (STORE) it weighs carrier_point_weight"},
    {Reason::kStockBlockSoldOn, "STOCK_BLOCK_SOLD_ON", T::kJunk,
     "part of a block of consecutive SIM kits sold at a dealer to different identities, far "
     "more of which than its peers' registrations show that the SIM went to someone else "
     "(another face than the document owner's, first use in a device foreign to the "
     "document's other SIMs, never used or used as farms use SIMs; binomial tail), and this "
     "SIM shows it too: a pre-activated block sold on"},
    {Reason::kStockBlockJunk, "STOCK_BLOCK_JUNK", T::kJunk,
     "part of a stretch of SIM kits sold at a dealer to different identities (consecutive "
     "ICCIDs or numbers, or a few kits apart where kits are missing from the batch), far "
     "more of whose other SIMs than its peers' registrations are JUNK on their own "
     "evidence (binomial tail): the kits on either side of this one, or most of those "
     "registered within the hour around it; and this registration's holder was not seen "
     "(no ordinary face match on a document the population database matched): the dealer "
     "pre-activated that stretch of its stock"},
    {Reason::kDealerNotOwner, "DEALER_NOT_OWNER", T::kBoth,
     "the point registers subscriptions whose selfie is not the face on the document's other "
     "registrations far more often than its peers (binomial tail), and this is one of them"},
    {Reason::kDealerLocked, "DEALER_LOCKED", T::kJunk,
     "locked by the carrier (one-way or two-way), at a point whose SIMs the carriers lock "
     "at least twice as often as the norm for their document types, population-database "
     "results and half-years, far beyond chance (binomial tail); counted beside junk "
     "evidence of the registration's own, or alone where the point's locks are four "
     "times the norm or more"},
    {Reason::kFaceSharedAcrossIdentities, "FACE_SHARED", T::kBoth,
     "the selfie's face is linked to several different identities (person keys)"},
    {Reason::kFaceNotOwner, "FACE_NOT_OWNER", T::kBoth,
     "the selfie's face differs from the face on the identity's other registrations; "
     "presented so at a dealer, with a poorer face match than most, the document was "
     "leaked (junk evidence as well)"},
    {Reason::kNoBiometrics, "NO_BIOMETRICS", T::kJunk,
     "registered without a selfie or face match where its peers have them"},
    {Reason::kOutOfHours, "OUT_OF_HOURS", T::kJunk,
     "registered at a shop or an agent out of hours (22:00-06:00 local time by default; "
     "local midnight to the second is a date without its time), which its channel group's "
     "registrations rarely are: shops trade by day, a pre-activation runs when nobody is "
     "at the counter. A citizen's document registered so counts as weakly verified in a "
     "burst"},
    {Reason::kLowFaceMatch, "LOW_FACE_MATCH", T::kBoth,
     "selfie to ID-photo similarity far below its peers"},
    {Reason::kReregisteredLowMatch, "REREGISTERED_LOW_MATCH", T::kNonOwner,
     "the number was registered again on the same document (a new SIM or device) with a "
     "face match far below its peers: the face is the check of a replacement (Decree 163 "
     "Art. 8 re-authentication on a device change), so whoever took the number over is "
     "not its holder (a SIM swap)"},
    {Reason::kReregisteredOtherFace, "REREGISTERED_OTHER_FACE", T::kNonOwner,
     "the number was registered again on the same document by another face than the one "
     "its previous registration captured (both with a selfie, further apart than two "
     "captures of one face): someone else took the number over, a SIM swap, unless the "
     "holder's own earlier registration was presented by another; it weighs as another "
     "face than a document's owner's (1), so it flags beside a poor match or another sign"},
    {Reason::kPopdbFail, "POPDB_FAIL", T::kJunk,
     "population-database check MISMATCH or NOT_FOUND while the subscription is active"},
    {Reason::kPopdbUnchecked, "POPDB_UNCHECKED", T::kJunk,
     "a CCCD or CMND registered since 2022-08-01, when new subscribers must be verified "
     "against the population database, and not checked, far more rarely so among its peers "
     "(not on a day its carrier left most registrations at its other points unchecked too: "
     "the check was down)"},
    {Reason::kDocumentInconsistent, "DOCUMENT_INCONSISTENT", T::kJunk,
     "the document number disagrees with the declared data (CCCD century/year/gender digits, "
     "IMSI/ICCID issuer) or has a province code outside the 63: evidence of a fabricated "
     "document (a disagreement one keystroke explains, and an unknown province code, weigh "
     "half: a clerical slip is as likely)"},
    {Reason::kIdentityAttributeVariants, "ID_ATTRIBUTE_VARIANTS", T::kNonOwner,
     "several names, dates of birth or genders declared for one document (beyond "
     "diacritics, case and one-character typos)"},
    {Reason::kIdentityManySubscriptions, "ID_MANY_SUBSCRIPTIONS", T::kBoth,
     "the identity holds far more subscriptions than its peers"},
    {Reason::kIdentityManyCarriers, "ID_MANY_CARRIERS", T::kBoth,
     "the identity holds subscriptions at unusually many carriers"},
    {Reason::kIdentityMultiPointWindow, "ID_MULTI_POINT_WINDOW", T::kBoth,
     "the document was registered at several dealers or provinces within a short window "
     "(junk as well where another face than the owner's presented it at a dealer)"},
    {Reason::kIdentityResidenceWindow, "ID_RESIDENCE_WINDOW", T::kNonOwner,
     "the document's registrations within the multi-point window (48 h by default) declare "
     "several provinces of residence: one person gives one residence, so different hands "
     "typed the document in. Weighs 1 for two provinces and half more for each further "
     "one, up to 2"},
    {Reason::kIdentityMassAtPoint, "ID_MASS_AT_POINT", T::kJunk,
     "one point registered far more subscriptions on this one document within "
     "box_window_seconds of this one than points do on any document in their busiest such "
     "window (robust z beyond p = 0.001): mass registration on one identity for resale, "
     "such as a dealer's own ID"},
    {Reason::kIdentityFarmUse, "ID_FARM_USE", T::kJunk,
     "several of the document's SIMs call out only or receive OTPs only, far more of them "
     "than chance among SIMs with known use gives (binomial tail), and this SIM is one of "
     "them: an identity bought or rented for a farm (an organisation's lines are compared "
     "with organisations', by OTP sinks alone: lines registered to rent out for one-time "
     "codes)"},
    {Reason::kSameDocumentMinutes, "SAME_DOCUMENT_MINUTES", T::kNonOwner,
     "another subscription was registered on the same document at the same dealer or "
     "device on the same visit or later that day (12 h by default), and is used in a "
     "different device; more so when registered after the visit had ended"},
    {Reason::kExtraSimDisowned, "EXTRA_SIM_DISOWNED", T::kNonOwner,
     "locked by the carrier (one-way or two-way) while an earlier SIM of the same "
     "document and declared data, registered at the same point within 30 days by default "
     "(an extra SIM of the visit, or a return), stays active: the holder confirmed the one "
     "and not the other. Weighs the lock's surprise under the norm for its document type, "
     "population-database result and half-year, up to 2"},
    {Reason::kCaptureReplayed, "CAPTURE_REPLAYED", T::kNonOwner,
     "the selfie hash and face-match score are identical to those of another subscription "
     "on the document registered at the same point more than 12 h earlier by default: a "
     "new capture of the same face differs in a few bits and in its score, so the point "
     "presented a capture it had stored (weighs 3). Within those 12 h, on a SIM that went "
     "into another phone than the visit's first SIM or none, it weighs "
     "visit_capture_reuse_weight of that: 0 by default, since some points' apps take one "
     "capture for a visit's SIMs; 1 for a carrier whose app captures every SIM"},
    {Reason::kSimBox, "SIM_BOX", T::kBoth,
     "first used in a device that carries many SIMs of different identities (SIM box / "
     "gateway); for a SIM not shown to be idle or farmed, those registered within "
     "box_window_seconds of it"},
    {Reason::kVisitSimBox, "VISIT_SIM_BOX", T::kBoth,
     "first use unknown, registered on a document at a dealer within the hour of two or "
     "more of its other SIMs there that ended in SIM boxes (more than half of those whose "
     "first use is known): the visit stocked a farm"},
    {Reason::kSelfServiceDeviceManyIdentities, "SELF_SERVICE_DEVICE_MANY_IDS", T::kNonOwner,
     "registered by self-service on a personal phone whose cluster (the phones its SIMs "
     "were used in, and the phones that registered theirs) registered many identities; "
     "for a SIM not shown to be idle or farmed, within box_window_seconds of it. Weighs "
     "half for an ONLINE registration (a courier's handheld at the door) whose phone shows "
     "no other faces than the documents' owners' and whose selfie is nobody else's and "
     "matches as well as most do"},
    {Reason::kSelfServiceDeviceIdleSims, "SELF_SERVICE_DEVICE_IDLE_SIMS", T::kNonOwner,
     "not used as a phone (never used, calling out only, SMS in only), registered by "
     "self-service on a personal phone whose cluster registered such SIMs far more often "
     "than self-service peers: an operator's stock of other people's SIMs, not a family's "
     "phones"},
    {Reason::kSelfServiceDeviceMultiSimIds, "SELF_SERVICE_DEVICE_MULTI_SIM_IDS", T::kNonOwner,
     "registered by self-service on a personal phone whose cluster's identities hold "
     "several subscriptions far more often than the identities registered self-service "
     "anywhere (binomial tail, from two such identities; min(2, surprise / 3)): a family's "
     "relatives hold a SIM each, people renting out their identity and a ring's victims "
     "carry several"},
    {Reason::kFirstUseForeign, "FIRST_USE_FOREIGN", T::kNonOwner,
     "first used in a device never seen with the identity's other subscriptions"},
    {Reason::kVisitManyPhones, "VISIT_MANY_PHONES", T::kNonOwner,
     "an extra SIM of a visit (SAME_DOCUMENT_MINUTES) whose SIMs, registered on one "
     "document at one point within 12 h by default, went into more than three different "
     "phones: more than a person carries with a child or two set up beside them. Half for "
     "each further phone, up to 1.5"},
    {Reason::kRealDocumentInJunk, "REAL_DOCUMENT_IN_JUNK", T::kNonOwner,
     "a junk registration on the document of a real person (population-database match or "
     "subscriptions of their own elsewhere): the holder is not the document's owner"},
    {Reason::kDocumentJunkElsewhere, "DOCUMENT_JUNK_ELSEWHERE", T::kJunk,
     "another registration on this document is junk, and this one too was presented by "
     "another face than the document owner's, without an ordinary face match: the leaked "
     "document circulates among dealers"},
    {Reason::kNeverUsed, "NEVER_USED", T::kJunk,
     "no activity in the first 30 days (usage known)"},
    {Reason::kOutgoingOnly, "OUTGOING_ONLY", T::kBoth,
     "outgoing calls or SMS to many distinct numbers with almost no incoming traffic (a "
     "scam caller's or spammer's SIM); non-owner "
     "evidence too on a real person's document that someone else presented"},
    {Reason::kOtpSink, "OTP_SINK", T::kBoth,
     "receives far more SMS than its peers and sends or calls out next to nothing (at most "
     "one for every 20 received): an OTP sink; non-owner evidence too on a real person's "
     "document that someone else presented"},
    {Reason::kNoTopup, "NO_TOPUP", T::kJunk,
     "active in its first 30 days without any top-up (usage known)"},
    {Reason::kUsageOutlier, "USAGE_OUTLIER", T::kJunk,
     "early-life usage profile is a robust multivariate outlier in its peer group"},
    {Reason::kSuspiciousComponent, "SUSPICIOUS_COMPONENT", T::kJunk,
     "weakly verified, in an ID-reuse component (documents linked by shared faces, devices "
     "and person keys) with many identities: a network of reused documents"},
    {Reason::kPresenterComponent, "PRESENTER_COMPONENT", T::kNonOwner,
     "faces and devices alone, without links through documents, tie it to many identities' "
     "SIMs: one presenter's reach (for a SIM not shown to be idle or farmed, those "
     "registered within box_window_seconds of it)"},
    {Reason::kRegSelfServiceOver3, "REG_SELF_SERVICE_OVER_3", T::kRule,
     "Decree 163/2024 Art. 16: 4th or later number on one document registered by "
     "self-service (per carrier by default)"},
    {Reason::kRegCohort4To9, "REG_COHORT_4_9", T::kRule,
     "identity in the ministry's 4-9 subscriptions review cohort"},
    {Reason::kRegCohort10Plus, "REG_COHORT_10_PLUS", T::kRule,
     "identity in the ministry's 10-or-more subscriptions review cohort"},
    {Reason::kRegNo4FieldMatch, "REG_NO_4FIELD_MATCH", T::kRule,
     "Circular 08/2026 (from 2026-04-15): registration without the 4-field match (popdb "
     "MATCH and a face); where the check failed, its junk share is taken from "
     "`POPDB_FAIL`'s, one fact counted once"},
    {Reason::kRegUnder14, "REG_UNDER_14", T::kRule,
     "subscriber under 14 at registration (guardian signature needed)"},
    {Reason::kRegCmndExpired, "REG_CMND_EXPIRED", T::kRule,
     "registered on a CMND after CMND validity ended (configurable date)"},
    {Reason::kOwnershipChanged, "OWNERSHIP_CHANGED", T::kInfo,
     "the subscription's history shows another identity before the current one"},
};

}  // namespace

absl::Span<const FindingReasonInfo> AllReasons() { return kReasons; }

const FindingReasonInfo& GetReasonInfo(Reason r) { return kReasons[static_cast<int>(r)]; }

absl::string_view ReasonCode(Reason r) { return GetReasonInfo(r).code; }

}  // namespace simaudit
