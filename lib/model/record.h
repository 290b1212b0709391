// File: record.h
// -----------------------------------------------------------------------------
// The validated, normalised form of one registration row, and a batch of them.
//
// A `Record` is compact (about 130 bytes): identifiers are held as integers, and strings
// (document keys, folded names, dealer codes) as ids into the batch's StringPools. The
// proto `simaudit.v1.Registration` maps 1:1 onto the contract columns; a Record is what
// validation makes of it.
#ifndef SIMAUDIT_LIB_MODEL_RECORD_H_
#define SIMAUDIT_LIB_MODEL_RECORD_H_

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "lib/model/codes.h"
#include "lib/model/schema.h"
#include "lib/model/string_pool.h"

namespace simaudit {

// Soft-check signals: the row is kept, and these bits record inconsistencies that are
// evidence of fabricated or borrowed documents rather than data errors.
enum SoftCheck : uint32_t {
  kSoftCccdBirthYearMismatch = 1u << 0,  // CCCD century/year digits vs date_of_birth
  kSoftCccdGenderMismatch = 1u << 1,     // CCCD century/gender digit vs gender
  kSoftImsiCarrierMismatch = 1u << 2,    // IMSI MNC is not the carrier's
  kSoftIccidIssuerMismatch = 1u << 3,    // ICCID issuer id is not the carrier's
  kSoftUnder14 = 1u << 4,                // subscriber under 14 at registration
  kSoftCmndExpired = 1u << 5,            // CMND used after CMND validity ended
  kSoftAgeOver110 = 1u << 6,             // implausible age, 110 < age <= 120
  // One keystroke explains the CCCD's birth-year mismatch, and any gender mismatch
  // beside it (CccdDigitsOneSlipFrom): a clerical slip is plausible. Set together with
  // kSoftCccdBirthYearMismatch.
  kSoftCccdYearSlip = 1u << 7,
  // The CCCD's province code is not in the 63-code table, kept as a soft signal when
  // ValidationOptions::unknown_cccd_province_is_soft (codes for births abroad and after
  // the 2025 merger are UNCONFIRMED).
  kSoftCccdUnknownProvince = 1u << 8,
  // The same for the gender mismatch (a mistyped G digit or gender field); set together
  // with kSoftCccdGenderMismatch.
  kSoftCccdGenderSlip = 1u << 9,
};
inline constexpr int kNumSoftChecks = 10;

// Returns the signal code of bit `index` (0-based), e.g. "CCCD_BIRTH_YEAR_MISMATCH".
absl::string_view SoftCheckName(int index);

// Sentinel values for absent numeric fields.
inline constexpr int32_t kNoDate = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kUnknownUsage = -1;

// Usage columns, in schema order (Column::kActiveDays30d + i).
enum UsageField : int {
  kActiveDays = 0,
  kOutCalls,
  kInCalls,
  kOutSms,
  kInSms,
  kDistinctCallees,
  kTopupVnd,
  kDataMb,
};

struct Record {
  int64_t registered_at = 0;   // Unix seconds (UTC instant of the ISO 8601 time)
  uint64_t msisdn = 0;         // 84xxxxxxxxx as an integer
  uint64_t imsi = 0;           // 0 = absent
  uint64_t iccid_body = 0;     // ICCID digits after "8984", 0 = absent
  uint64_t device_imei = 0;    // 0 = absent
  uint64_t first_use_imei = 0; // 0 = absent
  uint64_t selfie_hash = 0;    // valid only when has_selfie
  uint32_t id_key = kNoId;     // Batch::ids: "<ID_TYPE>:<number>" (or a pseudonym)
  uint32_t name_key = kNoId;   // Batch::names: folded name (no diacritics, upper)
  uint32_t agent = kNoId;      // Batch::agents; kNoId when empty
  uint32_t line = 0;           // 1-based line (record index for JSONL/proto)
  uint32_t soft_checks = 0;    // SoftCheck bits
  int32_t date_of_birth = kNoDate;  // days since 1970-01-01
  std::array<int32_t, 8> usage = {kUnknownUsage, kUnknownUsage, kUnknownUsage,
                                  kUnknownUsage, kUnknownUsage, kUnknownUsage,
                                  kUnknownUsage, kUnknownUsage};  // saturated at INT32_MAX
  float face_match = std::numeric_limits<float>::quiet_NaN();  // NaN = absent
  int16_t utc_offset_minutes = 0;  // of registered_at
  uint16_t province = 0;           // residence province code, 0 = absent
  uint8_t iccid_len = 0;           // 19 or 20; 0 = absent
  Carrier carrier = Carrier::kViettel;
  IdType id_type = IdType::kCccd;
  SubscriberType subscriber_type = SubscriberType::kIndividual;
  Gender gender = Gender::kUnknown;
  Channel channel = Channel::kUnknown;
  PopdbCheck popdb_check = PopdbCheck::kUnchecked;
  SubscriptionStatus status = SubscriptionStatus::kActive;
  bool has_selfie = false;
  uint8_t source = 0;              // index into Batch::sources

  bool has_face_match() const { return !std::isnan(face_match); }
  bool has_usage(int field) const { return usage[field] != kUnknownUsage; }
};

// A row rejected by validation.
struct RejectRow {
  std::string source;   // file name (or "grpc")
  uint64_t line = 0;    // 1-based line where the row starts
  std::string column;   // column at fault, empty for the whole row
  std::string reason;   // reason code, e.g. "BAD_MSISDN"
  std::string raw;      // the raw row (truncated to 1 KiB)
};

// Counts kept while reading, for summary.json.
struct BatchCounters {
  uint64_t rows_read = 0;
  uint64_t rows_accepted = 0;
  uint64_t rows_rejected = 0;
  std::array<uint64_t, kNumCarriers> accepted_per_carrier{};
  std::array<uint64_t, kNumSoftChecks> soft_checks{};
  absl::flat_hash_map<std::string, uint64_t> rejects_per_reason;
  std::vector<std::string> warnings;  // e.g. unknown columns, one each
};

// Everything read from one or more input files.
struct Batch {
  std::vector<Record> records;  // in input order (files in order given)
  std::vector<RejectRow> rejects;
  std::vector<std::string> sources;  // input file names, indexed by Record::source
  StringPool ids;     // identity keys
  StringPool names;   // folded name keys
  StringPool agents;  // dealer / point-of-sale codes
  BatchCounters counters;
  int64_t max_registered_at = std::numeric_limits<int64_t>::min();
};

// Formats a Record's MSISDN in normalised form ("84" + 9 digits).
std::string MsisdnString(uint64_t msisdn);

// Formats a 15-digit IMEI (or IMSI) held as an integer, keeping leading zeros.
std::string Digits15(uint64_t value);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_MODEL_RECORD_H_
