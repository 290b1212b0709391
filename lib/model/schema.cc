#include "lib/model/schema.h"

namespace simaudit {
namespace {

struct ColumnInfo {
  absl::string_view name;
  bool required;
};

constexpr ColumnInfo kColumns[kNumColumns] = {
    {"carrier", true},
    {"msisdn", true},
    {"imsi", false},
    {"iccid", false},
    {"subscriber_type", false},
    {"id_type", true},
    {"id_number", true},
    {"full_name", true},
    {"date_of_birth", true},
    {"gender", false},
    {"nationality", false},
    {"province", false},
    {"registered_at", true},
    {"channel", false},
    {"agent_id", false},
    {"device_imei", false},
    {"selfie_hash", false},
    {"face_match", false},
    {"popdb_check", false},
    {"status", false},
    {"first_use_imei", false},
    {"active_days_30d", false},
    {"out_calls_30d", false},
    {"in_calls_30d", false},
    {"out_sms_30d", false},
    {"in_sms_30d", false},
    {"distinct_callees_30d", false},
    {"topup_vnd_30d", false},
    {"data_mb_30d", false},
};

}  // namespace

absl::string_view ColumnName(Column column) {
  return kColumns[static_cast<int>(column)].name;
}

bool IsRequiredColumn(Column column) {
  return kColumns[static_cast<int>(column)].required;
}

std::optional<Column> ColumnFromName(absl::string_view name) {
  for (int i = 0; i < kNumColumns; ++i) {
    if (kColumns[i].name == name) return static_cast<Column>(i);
  }
  return std::nullopt;
}

}  // namespace simaudit
