#include "lib/detect/detect_options.h"

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "lib/ingest/timestamp.h"
#include "lib/util/key_value.h"
#include "lib/util/number_format.h"
#include "lib/util/status_macros.h"
#include "lib/util/vietnam_time.h"

namespace simaudit {
namespace {

// An instant held as Unix seconds, written and read as ISO 8601 in Vietnam time.
struct Instant {
  int64_t& seconds;
};
struct ConstInstant {
  const int64_t& seconds;
};

// Calls v(name, field) for every recorded option, in declaration order. `O` is
// DetectOptions or const DetectOptions. `threads` is left out: results do not depend on it.
template <typename O, typename V>
void VisitFields(O& o, V&& v) {
  using InstantT = std::conditional_t<std::is_const_v<O>, ConstInstant, Instant>;
  v("alert_threshold", o.alert_threshold);
  v("evidence_half", o.evidence_half);
  v("min_log_scale", o.min_log_scale);
  v("face_radius", o.face_radius);
  v("hub_identity_cap", o.hub_identity_cap);
  v("household_max_persons", o.household_max_persons);
  v("household_presenter_weight", o.household_presenter_weight);
  v("household_holder_match_share", o.household_holder_match_share);
  v("carrier_point_weight", o.carrier_point_weight);
  v("visit_capture_reuse_weight", o.visit_capture_reuse_weight);
  v("burst_window_seconds", o.burst_window_seconds);
  v("out_of_hours_start_hour", o.out_of_hours_start_hour);
  v("out_of_hours_end_hour", o.out_of_hours_end_hour);
  v("local_utc_offset_seconds", o.local_utc_offset_seconds);
  v("placeholder_time_min_points", o.placeholder_time_min_points);
  v("placeholder_time_alpha", o.placeholder_time_alpha);
  v("same_document_window_seconds", o.same_document_window_seconds);
  v("disowned_window_seconds", o.disowned_window_seconds);
  v("msisdn_run_window_seconds", o.msisdn_run_window_seconds);
  v("stock_run_window_seconds", o.stock_run_window_seconds);
  v("stock_lot_max_step", o.stock_lot_max_step);
  v("multi_point_window_seconds", o.multi_point_window_seconds);
  v("compare_declared_residence", o.compare_declared_residence);
  v("box_window_seconds", o.box_window_seconds);
  v("junk_includes_identity_misuse", o.junk_includes_identity_misuse);
  v("self_service_limit", o.self_service_limit);
  v("self_service_limit_per_carrier", o.self_service_limit_per_carrier);
  InstantT decree163{o.decree163_start};
  v("decree163_start", decree163);
  InstantT circular08{o.circular08_start};
  v("circular08_start", circular08);
  v("cohort_low", o.cohort_low);
  v("cohort_high", o.cohort_high);
  v("rule_evidence", o.rule_evidence);
  v("rule_evidence_cap", o.rule_evidence_cap);
  v("mcd_min_dealer_registrations", o.mcd_min_dealer_registrations);
  v("gateway_min_ports", o.gateway_min_ports);
  v("gateway_max_serial_gap", o.gateway_max_serial_gap);
  v("seed", o.seed);
}

// Dated rules' starts: YYYY-MM-DD is that day's midnight in Vietnam time; an instant is
// read with its offset, as registered_at is (lib/ingest/timestamp.h).
absl::Status SetOptionValue(absl::string_view name, absl::string_view value, Instant field) {
  if (const std::optional<int32_t> days = ParseIsoDate(value)) {
    field.seconds = int64_t{*days} * 86400 - kVietnamUtcOffsetSeconds;
    return absl::OkStatus();
  }
  const TimestampResult t = ParseIsoTimestamp(value);
  if (t.error != TimestampError::kNone) {
    return OptionExpects(name, "YYYY-MM-DD or an ISO 8601 instant with its offset", value);
  }
  field.seconds = t.unix_seconds;
  return absl::OkStatus();
}

std::string Format(double v) { return RoundTripNumber(v); }
std::string Format(bool v) { return v ? "true" : "false"; }
template <typename Int>
std::string Format(Int v) {
  return absl::StrCat(v);
}
std::string Format(ConstInstant v) { return FormatVietnamInstant(v.seconds); }

}  // namespace

// Ranges that would make the engine meaningless or unsafe (a threshold of 0 flags
// everyone; a window of 0 finds nothing; an hour of 25).
absl::Status ValidateDetectOptions(const DetectOptions& o) {
  auto bad = [](absl::string_view name, absl::string_view what) {
    return absl::InvalidArgumentError(absl::StrCat("option ", name, " ", what));
  };
  if (!(o.alert_threshold > 0 && o.alert_threshold < 1)) {
    return bad("alert_threshold", "must lie strictly between 0 and 1");
  }
  if (!(o.evidence_half > 0)) return bad("evidence_half", "must be positive");
  if (!(o.min_log_scale > 0)) return bad("min_log_scale", "must be positive");
  if (o.face_radius < 0 || o.face_radius > 32) return bad("face_radius", "must be 0 to 32");
  using Window = std::pair<const char*, int64_t>;
  for (auto [name, w] : {Window{"burst_window_seconds", o.burst_window_seconds},
                         Window{"same_document_window_seconds", o.same_document_window_seconds},
                         Window{"disowned_window_seconds", o.disowned_window_seconds},
                         Window{"msisdn_run_window_seconds", o.msisdn_run_window_seconds},
                         Window{"stock_run_window_seconds", o.stock_run_window_seconds},
                         Window{"multi_point_window_seconds", o.multi_point_window_seconds},
                         Window{"box_window_seconds", o.box_window_seconds}}) {
    if (w <= 0) return bad(name, "must be a positive number of seconds");
  }
  using Hour = std::pair<const char*, int>;
  for (auto [name, h] : {Hour{"out_of_hours_start_hour", o.out_of_hours_start_hour},
                         Hour{"out_of_hours_end_hour", o.out_of_hours_end_hour}}) {
    if (h < 0 || h > 23) return bad(name, "must be an hour from 0 to 23");
  }
  if (o.local_utc_offset_seconds < -14 * 3600 || o.local_utc_offset_seconds > 14 * 3600) {
    return bad("local_utc_offset_seconds", "must lie within 14 hours of UTC");
  }
  if (o.placeholder_time_min_points < 2) {
    return bad("placeholder_time_min_points", "must be at least 2");
  }
  if (!(o.placeholder_time_alpha > 0 && o.placeholder_time_alpha < 1)) {
    return bad("placeholder_time_alpha", "must lie strictly between 0 and 1");
  }
  using Share = std::pair<const char*, double>;
  for (auto [name, share] :
       {Share{"household_presenter_weight", o.household_presenter_weight},
        Share{"household_holder_match_share", o.household_holder_match_share},
        Share{"carrier_point_weight", o.carrier_point_weight},
        Share{"visit_capture_reuse_weight", o.visit_capture_reuse_weight}}) {
    if (!(share >= 0 && share <= 1)) return bad(name, "must lie in [0, 1]");
  }
  if (o.self_service_limit < 1) return bad("self_service_limit", "must be at least 1");
  if (o.cohort_low < 1 || o.cohort_high <= o.cohort_low) {
    return bad("cohort_high", "must exceed cohort_low, which must be at least 1");
  }
  if (!(o.rule_evidence >= 0) || !(o.rule_evidence_cap >= 0)) {
    return bad("rule_evidence", "and rule_evidence_cap must not be negative");
  }
  if (o.mcd_min_dealer_registrations < 2) {
    return bad("mcd_min_dealer_registrations", "must be at least 2");
  }
  if (o.gateway_min_ports < 2) return bad("gateway_min_ports", "must be at least 2");
  if (o.gateway_max_serial_gap < 1) return bad("gateway_max_serial_gap", "must be at least 1");
  return absl::OkStatus();
}

absl::Status SetDetectOption(absl::string_view key_value, DetectOptions* options) {
  SIMAUDIT_ASSIGN_OR_RETURN(const auto key_and_value, SplitKeyValue(key_value));
  const auto [key, value] = key_and_value;
  DetectOptions updated = *options;
  bool found = false;
  absl::Status status;
  VisitFields(updated, [&](absl::string_view name, auto&& field) {
    if (found || name != key) return;
    found = true;
    status = SetOptionValue(name, value, field);
  });
  if (!found) {
    return absl::InvalidArgumentError(absl::StrCat("unknown detection option \"", key, "\""));
  }
  if (!status.ok()) return status;
  if (absl::Status valid = ValidateDetectOptions(updated); !valid.ok()) return valid;
  *options = updated;
  return absl::OkStatus();
}

std::vector<std::pair<std::string, std::string>> DetectConfiguration(const DetectOptions& o) {
  std::vector<std::pair<std::string, std::string>> out;
  VisitFields(o, [&](absl::string_view name, const auto& field) {
    out.emplace_back(std::string(name), Format(field));
  });
  return out;
}

}  // namespace simaudit
