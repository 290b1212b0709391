// File: schema.h
// -----------------------------------------------------------------------------
// The columns of the registration batch contract (docs/batch-format.md), in one table.
// Readers map header names to `Column`; the validator reads fields by `Column`.
//
//   std::optional<Column> c = ColumnFromName("msisdn");
//   absl::string_view name = ColumnName(Column::kMsisdn);   // "msisdn"
#ifndef SIMAUDIT_LIB_MODEL_SCHEMA_H_
#define SIMAUDIT_LIB_MODEL_SCHEMA_H_

#include <array>
#include <cstddef>
#include <optional>

#include "absl/strings/string_view.h"

namespace simaudit {

// Batch columns, in contract order.
enum class Column : int {
  kCarrier = 0,
  kMsisdn,
  kImsi,
  kIccid,
  kSubscriberType,
  kIdType,
  kIdNumber,
  kFullName,
  kDateOfBirth,
  kGender,
  kNationality,
  kProvince,
  kRegisteredAt,
  kChannel,
  kAgentId,
  kDeviceImei,
  kSelfieHash,
  kFaceMatch,
  kPopdbCheck,
  kStatus,
  kFirstUseImei,
  kActiveDays30d,
  kOutCalls30d,
  kInCalls30d,
  kOutSms30d,
  kInSms30d,
  kDistinctCallees30d,
  kTopupVnd30d,
  kDataMb30d,
};

inline constexpr int kNumColumns = 29;
// The eight usage columns are contiguous, from kActiveDays30d.
inline constexpr int kNumUsageColumns = 8;

// Returns the contract name of `column`, e.g. "registered_at".
absl::string_view ColumnName(Column column);

// Returns whether a batch without this column is rejected as a whole. (date_of_birth is
// required in the header; it may be empty for organisations.)
bool IsRequiredColumn(Column column);

// Returns the column with this exact (case-sensitive, trimmed by the caller) header name.
std::optional<Column> ColumnFromName(absl::string_view name);

// The fields of one raw row, indexed by Column. Absent columns are empty views.
using RawFields = std::array<absl::string_view, kNumColumns>;

inline absl::string_view Field(const RawFields& fields, Column c) {
  return fields[static_cast<int>(c)];
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_MODEL_SCHEMA_H_
