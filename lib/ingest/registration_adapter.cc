#include "lib/ingest/registration_adapter.h"

#include <charconv>
#include <string>

#include "google/protobuf/util/json_util.h"
#include "lib/util/logging.h"

namespace simaudit {
namespace {

constexpr size_t kMaxSources = 256;

// Writes `value` into `buf` (NUL-free) and returns a view of the text.
template <typename T, size_t N>
absl::string_view ToText(T value, char (&buf)[N]) {
  const std::to_chars_result r = std::to_chars(buf, buf + N, value);
  return absl::string_view(buf, static_cast<size_t>(r.ptr - buf));
}

std::string MessageAsJson(const v1::Registration& reg) {
  google::protobuf::util::JsonPrintOptions print;
  print.preserve_proto_field_names = true;
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(reg, &json, print).ok()) {
    return reg.ShortDebugString();
  }
  return json;
}

}  // namespace

RawFields RegistrationToRawFields(const v1::Registration& reg,
                                  RegistrationNumberText* numbers) {
  RawFields f{};
  auto set = [&f](Column c, absl::string_view v) { f[static_cast<int>(c)] = v; };
  set(Column::kCarrier, reg.carrier());
  set(Column::kMsisdn, reg.msisdn());
  set(Column::kImsi, reg.imsi());
  set(Column::kIccid, reg.iccid());
  set(Column::kSubscriberType, reg.subscriber_type());
  set(Column::kIdType, reg.id_type());
  set(Column::kIdNumber, reg.id_number());
  set(Column::kFullName, reg.full_name());
  set(Column::kDateOfBirth, reg.date_of_birth());
  set(Column::kGender, reg.gender());
  set(Column::kNationality, reg.nationality());
  set(Column::kProvince, reg.province());
  set(Column::kRegisteredAt, reg.registered_at());
  set(Column::kChannel, reg.channel());
  set(Column::kAgentId, reg.agent_id());
  set(Column::kDeviceImei, reg.device_imei());
  set(Column::kSelfieHash, reg.selfie_hash());
  if (reg.has_face_match()) set(Column::kFaceMatch, ToText(reg.face_match(), numbers->face_match));
  set(Column::kPopdbCheck, reg.popdb_check());
  set(Column::kStatus, reg.status());
  set(Column::kFirstUseImei, reg.first_use_imei());

  const bool has[kNumUsageColumns] = {
      reg.has_active_days_30d(), reg.has_out_calls_30d(),        reg.has_in_calls_30d(),
      reg.has_out_sms_30d(),     reg.has_in_sms_30d(),           reg.has_distinct_callees_30d(),
      reg.has_topup_vnd_30d(),   reg.has_data_mb_30d()};
  const int64_t values[kNumUsageColumns] = {
      reg.active_days_30d(), reg.out_calls_30d(),        reg.in_calls_30d(),
      reg.out_sms_30d(),     reg.in_sms_30d(),           reg.distinct_callees_30d(),
      reg.topup_vnd_30d(),   reg.data_mb_30d()};
  for (int i = 0; i < kNumUsageColumns; ++i) {
    if (!has[i]) continue;
    f[static_cast<int>(Column::kActiveDays30d) + i] = ToText(values[i], numbers->usage[i]);
  }
  return f;
}

namespace internal {

uint8_t FindOrAddSource(absl::string_view source_name, Batch* batch) {
  std::vector<std::string>& sources = batch->sources;
  for (size_t i = sources.size(); i-- > 0;) {
    if (sources[i] == source_name) return static_cast<uint8_t>(i);
  }
  if (sources.size() >= kMaxSources) {
    LOG(ERROR) << "more than " << kMaxSources << " sources; recording '" << source_name
               << "' under '" << sources.back() << "'";
    return static_cast<uint8_t>(kMaxSources - 1);
  }
  sources.emplace_back(source_name);
  return static_cast<uint8_t>(sources.size() - 1);
}

}  // namespace internal

void AppendRegistration(const v1::Registration& reg, uint64_t index,
                        absl::string_view source_name, const ValidationOptions& options,
                        Batch* batch) {
  const uint8_t source = internal::FindOrAddSource(source_name, batch);
  RegistrationNumberText numbers;
  const RawFields fields = RegistrationToRawFields(reg, &numbers);
  internal::RowAppender appender(options, batch, /*cache_names=*/false);
  appender.Append(
      fields, index, [&reg] { return MessageAsJson(reg); }, source, /*fields_are_utf8=*/false);
}

}  // namespace simaudit
