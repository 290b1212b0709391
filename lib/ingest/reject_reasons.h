// File: reject_reasons.h
// -----------------------------------------------------------------------------
// The reason codes of rejects.csv: why a registration row was refused by validation.
// Every rejected row carries exactly one code (the first check that failed) plus the
// column at fault (empty when the fault is the row as a whole).
//
//   absl::string_view code = RejectReasonCode(RejectReason::kBadMsisdn);  // "BAD_MSISDN"
//   for (const RejectReasonInfo& info : AllRejectReasons()) Document(info.code, info.meaning);
//
// | code                   | meaning                                                     |
// |------------------------|-------------------------------------------------------------|
// | MISSING_FIELD          | a required field is empty (carrier, msisdn, id_type,        |
// |                        | id_number, full_name, registered_at; date_of_birth for      |
// |                        | persons: INDIVIDUAL subscribers whose id_type is not ORG)    |
// | UNKNOWN_CARRIER        | carrier is not one of the contract's carrier codes          |
// | BAD_MSISDN             | msisdn is not 0/84/+84 + 9 digits in a mobile range         |
// | BAD_ENUM               | id_type, subscriber_type, channel, popdb_check or status    |
// |                        | holds a value outside the contract's list                   |
// | BAD_DATE               | date_of_birth is not a real calendar date YYYY-MM-DD        |
// | DOB_IN_FUTURE          | date_of_birth is after the (local) registration date        |
// | AGE_OVER_MAX           | age at registration is above max_age_years (default 120)   |
// | BAD_TIMESTAMP          | registered_at is not an ISO 8601 date-time or not a real one|
// | MISSING_OFFSET         | registered_at has no UTC offset (Z or ±hh:mm)               |
// | REGISTERED_AFTER_AS_OF | registered_at is later than the audit's as-of instant       |
// | BAD_NUMBER             | a usage column is not a non-negative integer                |
// | BAD_FACE_MATCH         | face_match is not a number in 0..1                          |
// | BAD_CCCD               | a CCCD number is not 12 digits                              |
// | BAD_CCCD_PROVINCE      | a CCCD's first three digits are not one of the 63 provinces |
// |                        | (when ValidationOptions::unknown_cccd_province_is_soft is false) |
// | BAD_CMND               | a CMND number is not 9 or 12 digits                         |
// | BAD_PASSPORT           | Vietnamese passport not [A-Z] + 7 digits, or a foreign one  |
// |                        | not 5..20 letters and digits                                |
// | BAD_ORG_ID             | an ORG tax code is not 8..20 digits and dashes              |
// | BAD_IMEI               | device_imei / first_use_imei not 15 digits with a valid Luhn|
// |                        | check digit (all zeros is valid: a placeholder, held absent)|
// | BAD_ICCID              | iccid not 19..20 digits starting 8984 with a valid Luhn     |
// | BAD_IMSI               | imsi not 15 digits with MCC 452 and an MNC 01..09           |
// | BAD_SELFIE_HASH        | selfie_hash is not exactly 16 hex digits                    |
// | BAD_PROVINCE           | province is not a code of the 63-province table             |
// | BAD_NATIONALITY        | nationality is not two ASCII letters                        |
// | BAD_GENDER             | gender is not M or F                                        |
// | FIELD_TOO_LONG         | a field is over 64 KiB                                      |
// | WRONG_FIELD_COUNT      | a CSV row has a different number of fields than the header  |
// | BAD_UTF8               | the row holds bytes that are not valid UTF-8                |
// | BAD_JSON               | a JSONL line is not a Registration object; `raw` holds the  |
// |                        | parser's message, then " :: ", then the line                 |
// | BAD_QUOTING            | a CSV row has an unterminated quote at end of file, or text |
// |                        | after a closing quote                                       |
#ifndef SIMAUDIT_LIB_INGEST_REJECT_REASONS_H_
#define SIMAUDIT_LIB_INGEST_REJECT_REASONS_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace simaudit {

// RejectReason
//
// One value per code of the table above, in the same order.
enum class RejectReason : uint8_t {
  kMissingField = 0,
  kUnknownCarrier,
  kBadMsisdn,
  kBadEnum,
  kBadDate,
  kDobInFuture,
  kAgeOverMax,
  kBadTimestamp,
  kMissingOffset,
  kRegisteredAfterAsOf,
  kBadNumber,
  kBadFaceMatch,
  kBadCccd,
  kBadCccdProvince,
  kBadCmnd,
  kBadPassport,
  kBadOrgId,
  kBadImei,
  kBadIccid,
  kBadImsi,
  kBadSelfieHash,
  kBadProvince,
  kBadNationality,
  kBadGender,
  kFieldTooLong,
  kWrongFieldCount,
  kBadUtf8,
  kBadJson,
  kBadQuoting,
};
inline constexpr int kNumRejectReasons = 29;

// RejectReasonInfo
//
// A reason's code as written to rejects.csv and a one-line meaning for documentation.
struct RejectReasonInfo {
  RejectReason reason;
  absl::string_view code;
  absl::string_view meaning;
};

// Returns every reason, in enum order.
absl::Span<const RejectReasonInfo> AllRejectReasons();

// Returns the code of `reason`, e.g. "BAD_MSISDN".
absl::string_view RejectReasonCode(RejectReason reason);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_REJECT_REASONS_H_
