#include "lib/ingest/reject_reasons.h"

namespace simaudit {
namespace {

constexpr RejectReasonInfo kReasons[kNumRejectReasons] = {
    {RejectReason::kMissingField, "MISSING_FIELD", "a required field is empty"},
    {RejectReason::kUnknownCarrier, "UNKNOWN_CARRIER",
     "carrier is not one of the contract's carrier codes"},
    {RejectReason::kBadMsisdn, "BAD_MSISDN",
     "msisdn is not 0/84/+84 followed by 9 digits in a mobile range"},
    {RejectReason::kBadEnum, "BAD_ENUM",
     "id_type, subscriber_type, channel, popdb_check or status is not a listed value"},
    {RejectReason::kBadDate, "BAD_DATE",
     "date_of_birth is not a real calendar date YYYY-MM-DD"},
    {RejectReason::kDobInFuture, "DOB_IN_FUTURE",
     "date_of_birth is after the registration date"},
    {RejectReason::kAgeOverMax, "AGE_OVER_MAX",
     "age at registration is above the maximum (default 120)"},
    {RejectReason::kBadTimestamp, "BAD_TIMESTAMP",
     "registered_at is not a real ISO 8601 date-time"},
    {RejectReason::kMissingOffset, "MISSING_OFFSET",
     "registered_at has no UTC offset (Z or +hh:mm)"},
    {RejectReason::kRegisteredAfterAsOf, "REGISTERED_AFTER_AS_OF",
     "registered_at is later than the audit's as-of instant"},
    {RejectReason::kBadNumber, "BAD_NUMBER",
     "a usage column is not a non-negative integer"},
    {RejectReason::kBadFaceMatch, "BAD_FACE_MATCH", "face_match is not a number in 0..1"},
    {RejectReason::kBadCccd, "BAD_CCCD", "a CCCD number is not 12 digits"},
    {RejectReason::kBadCccdProvince, "BAD_CCCD_PROVINCE",
     "a CCCD's province digits are not one of the 63 province codes (only with "
     "--reject-unknown-cccd-province; by default the row is kept with the "
     "CCCD_UNKNOWN_PROVINCE soft check)"},
    {RejectReason::kBadCmnd, "BAD_CMND", "a CMND number is not 9 or 12 digits"},
    {RejectReason::kBadPassport, "BAD_PASSPORT",
     "a Vietnamese passport is not a letter and 7 digits, or a foreign one is not "
     "5..20 letters and digits"},
    {RejectReason::kBadOrgId, "BAD_ORG_ID",
     "an organisation tax code is not 8..20 digits and dashes"},
    {RejectReason::kBadImei, "BAD_IMEI", "an IMEI is not 15 digits with a valid Luhn digit"},
    {RejectReason::kBadIccid, "BAD_ICCID",
     "iccid is not 19..20 digits starting 8984 with a valid Luhn digit"},
    {RejectReason::kBadImsi, "BAD_IMSI",
     "imsi is not 15 digits with MCC 452 and a Vietnamese MNC 01..09"},
    {RejectReason::kBadSelfieHash, "BAD_SELFIE_HASH",
     "selfie_hash is not exactly 16 hex digits"},
    {RejectReason::kBadProvince, "BAD_PROVINCE",
     "province is not a code of the 63-province table"},
    {RejectReason::kBadNationality, "BAD_NATIONALITY",
     "nationality is not an ISO 3166 alpha-2 code (two letters)"},
    {RejectReason::kBadGender, "BAD_GENDER", "gender is not M or F"},
    {RejectReason::kFieldTooLong, "FIELD_TOO_LONG", "a field is over 64 KiB"},
    {RejectReason::kWrongFieldCount, "WRONG_FIELD_COUNT",
     "a CSV row has a different number of fields than the header"},
    {RejectReason::kBadUtf8, "BAD_UTF8", "the row holds bytes that are not valid UTF-8"},
    {RejectReason::kBadJson, "BAD_JSON",
     "a JSONL line does not parse as a Registration object"},
    {RejectReason::kBadQuoting, "BAD_QUOTING",
     "a CSV row has an unterminated quote or text after a closing quote"},
};

}  // namespace

absl::Span<const RejectReasonInfo> AllRejectReasons() { return kReasons; }

absl::string_view RejectReasonCode(RejectReason reason) {
  return kReasons[static_cast<int>(reason)].code;
}

}  // namespace simaudit
