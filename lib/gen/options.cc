#include "lib/gen/options.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <type_traits>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "lib/gen/calendar.h"
#include "lib/gen/rng.h"
#include "lib/util/key_value.h"
#include "lib/util/number_format.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

// Calls v(name, field) for every option, in declaration order. `O` is GeneratorOptions
// or const GeneratorOptions.
template <typename O, typename V>
void VisitFields(O& o, V&& v) {
  v("subscriptions", o.subscriptions);
  v("seed", o.seed);
  v("mix", o.mix);
  v("start_date", o.start_date);
  v("end_date", o.end_date);
  v("legacy_start_date", o.legacy_start_date);
  v("legacy_share", o.legacy_share);
  v("max_events_in_memory", o.max_events_in_memory);
  v("single_sim_share", o.single_sim_share);
  v("two_sim_share", o.two_sim_share);
  v("multi_sim_share", o.multi_sim_share);
  v("multi_sim_min", o.multi_sim_min);
  v("multi_sim_max", o.multi_sim_max);
  v("second_phone_share", o.second_phone_share);
  v("minor_share", o.minor_share);
  v("elderly_share", o.elderly_share);
  v("migrant_share", o.migrant_share);
  v("cmnd9_share", o.cmnd9_share);
  v("cmnd12_share", o.cmnd12_share);
  v("foreigner_share", o.foreigner_share);
  v("vn_passport_share", o.vn_passport_share);
  v("tablet_owner_share", o.tablet_owner_share);
  v("store_share", o.store_share);
  v("agent_share", o.agent_share);
  v("ekyc_share", o.ekyc_share);
  v("online_share", o.online_share);
  v("same_visit_share", o.same_visit_share);
  v("same_visit_reuse_selfie_share", o.same_visit_reuse_selfie_share);
  v("dealer_activation_share", o.dealer_activation_share);
  v("ported_share", o.ported_share);
  v("chosen_number_share", o.chosen_number_share);
  v("sequential_number_box_share", o.sequential_number_box_share);
  v("iccid_box_size", o.iccid_box_size);
  v("usage_unknown_share", o.usage_unknown_share);
  v("missing_field_share", o.missing_field_share);
  v("ascii_name_share", o.ascii_name_share);
  v("selfie_missing_share", o.selfie_missing_share);
  v("legacy_selfie_share", o.legacy_selfie_share);
  v("low_face_match_share", o.low_face_match_share);
  v("popdb_mismatch_share", o.popdb_mismatch_share);
  v("popdb_not_found_share", o.popdb_not_found_share);
  v("popdb_unchecked_share", o.popdb_unchecked_share);
  v("terminated_share", o.terminated_share);
  v("locked_share", o.locked_share);
  v("dup_share", o.dup_share);
  v("dup_transfer_fraction", o.dup_transfer_fraction);
  v("dup_reverify_fraction", o.dup_reverify_fraction);
  v("rows_per_shop", o.rows_per_shop);
  v("rows_per_dealer", o.rows_per_dealer);
  v("dealer_pareto_alpha", o.dealer_pareto_alpha);
  v("dealer_multi_carrier_share", o.dealer_multi_carrier_share);
  v("flagship_shop_share", o.flagship_shop_share);
  v("flagship_weight", o.flagship_weight);
  v("family_share", o.family_share);
  v("family_size_max", o.family_size_max);
  v("family_head_selfie_share", o.family_head_selfie_share);
  v("kid_sim_share", o.kid_sim_share);
  v("organization_share", o.organization_share);
  v("org_batch_min", o.org_batch_min);
  v("org_batch_max", o.org_batch_max);
  v("org_batch_alpha", o.org_batch_alpha);
  v("org_iot_fraction", o.org_iot_fraction);
  v("org_callcentre_fraction", o.org_callcentre_fraction);
  v("data_only_share", o.data_only_share);
  v("backup_sim_share", o.backup_sim_share);
  v("no_diacritics_share", o.no_diacritics_share);
  v("clerical_typo_share", o.clerical_typo_share);
  v("preactivation_fabricated_share", o.preactivation_fabricated_share);
  v("preactivation_leaked_share", o.preactivation_leaked_share);
  v("theft_ring_share", o.theft_ring_share);
  v("extra_sims_share", o.extra_sims_share);
  v("sim_farm_share", o.sim_farm_share);
  v("fraud_legacy_share", o.fraud_legacy_share);
  v("fraud_dup_share", o.fraud_dup_share);
  v("fraud_rereg_fraction", o.fraud_rereg_fraction);
  v("preact_batch_min", o.preact_batch_min);
  v("preact_batch_max", o.preact_batch_max);
  v("preact_batch_alpha", o.preact_batch_alpha);
  v("preact_gap_median_s", o.preact_gap_median_s);
  v("preact_sessions_max", o.preact_sessions_max);
  v("preact_night_share", o.preact_night_share);
  v("preact_batches_per_dealer", o.preact_batches_per_dealer);
  v("preact_shadow_dealer_share", o.preact_shadow_dealer_share);
  v("preact_devices_max", o.preact_devices_max);
  v("preact_no_selfie_share", o.preact_no_selfie_share);
  v("preact_faces_max", o.preact_faces_max);
  v("preact_face_match_min", o.preact_face_match_min);
  v("preact_face_match_max", o.preact_face_match_max);
  v("preact_id_inconsistent_share", o.preact_id_inconsistent_share);
  v("preact_identity_reuse_share", o.preact_identity_reuse_share);
  v("preact_used_share", o.preact_used_share);
  v("preact_active_share", o.preact_active_share);
  v("preact_popdb_not_found_share", o.preact_popdb_not_found_share);
  v("preact_popdb_mismatch_share", o.preact_popdb_mismatch_share);
  v("leaked_popdb_match_share", o.leaked_popdb_match_share);
  v("leaked_name_variant_share", o.leaked_name_variant_share);
  v("leaked_card_photo_share", o.leaked_card_photo_share);
  v("leaked_local_share", o.leaked_local_share);
  v("theft_victims_min", o.theft_victims_min);
  v("theft_victims_max", o.theft_victims_max);
  v("theft_sims_per_victim_max", o.theft_sims_per_victim_max);
  v("theft_span_days", o.theft_span_days);
  v("theft_operator_phones_max", o.theft_operator_phones_max);
  v("theft_face_match_min", o.theft_face_match_min);
  v("theft_face_match_max", o.theft_face_match_max);
  v("theft_victim_photo_share", o.theft_victim_photo_share);
  v("theft_otp_fraction", o.theft_otp_fraction);
  v("extra_dealer_share", o.extra_dealer_share);
  v("extra_rate_min", o.extra_rate_min);
  v("extra_rate_max", o.extra_rate_max);
  v("extra_sims_max", o.extra_sims_max);
  v("extra_gap_max_s", o.extra_gap_max_s);
  v("extra_same_capture_share", o.extra_same_capture_share);
  v("farm_identities_min", o.farm_identities_min);
  v("farm_identities_max", o.farm_identities_max);
  v("farm_sims_per_identity_min", o.farm_sims_per_identity_min);
  v("farm_sims_per_identity_max", o.farm_sims_per_identity_max);
  v("farm_port_sims_min", o.farm_port_sims_min);
  v("farm_port_sims_max", o.farm_port_sims_max);
  v("farm_dealers_max", o.farm_dealers_max);
  v("farm_sequential_imei_share", o.farm_sequential_imei_share);
  v("farm_multi_carrier_share", o.farm_multi_carrier_share);
  v("farm_app_share", o.farm_app_share);
  v("farm_fresh_identity_share", o.farm_fresh_identity_share);
  v("farm_otp_fraction", o.farm_otp_fraction);
  v("farm_sloppy_face_share", o.farm_sloppy_face_share);
}

// Base rates moved away from the default in every direction the engine must not depend
// on: twice the fraud, bigger rings and farms, more look-alikes, sloppier data (more
// typos and popdb mismatches, usage missing for a third of the rows, fewer selfies) and
// busier shops.
void ApplyShifted(GeneratorOptions& o) {
  o.preactivation_fabricated_share *= 2;
  o.preactivation_leaked_share *= 2;
  o.theft_ring_share *= 2;
  o.extra_sims_share *= 2;
  o.sim_farm_share *= 2;
  o.theft_victims_max = 40;
  o.farm_identities_max = 60;
  o.family_share = 0.08;
  o.family_size_max = 6;
  o.clerical_typo_share = 0.025;
  o.popdb_mismatch_share = 0.025;
  o.popdb_not_found_share *= 2;
  o.usage_unknown_share = 0.35;
  o.selfie_missing_share = 0.08;
  o.low_face_match_share = 0.06;
  o.rows_per_shop = 3000;
  o.flagship_weight = 30;
  o.backup_sim_share = 0.12;
  o.data_only_share *= 1.5;
  o.organization_share *= 2;
  o.no_diacritics_share *= 2;
}

void ApplyStealth(GeneratorOptions& o) {
  // Fraud: smaller, slower batches over more dealers and devices, better biometrics,
  // more genuine-looking usage.
  o.preact_batch_min = 5;
  o.preact_batch_max = 60;
  o.preact_batch_alpha = 1.4;
  o.preact_gap_median_s = 420;
  o.preact_sessions_max = 4;
  o.preact_night_share = 0.03;
  o.preact_batches_per_dealer = 1.2;
  o.preact_shadow_dealer_share = 0.1;
  o.preact_devices_max = 3;
  o.preact_no_selfie_share = 0.15;
  o.preact_faces_max = 12;
  o.preact_face_match_min = 0.45;
  o.preact_face_match_max = 0.8;
  o.preact_id_inconsistent_share = 0.02;
  o.preact_identity_reuse_share = 0.02;
  o.preact_used_share = 0.7;
  o.preact_active_share = 0.85;
  o.preact_popdb_not_found_share = 0.45;
  o.preact_popdb_mismatch_share = 0.35;
  o.leaked_popdb_match_share = 0.85;
  o.leaked_name_variant_share = 0.3;
  o.leaked_card_photo_share = 0.45;
  o.leaked_local_share = 0.8;
  o.theft_victims_min = 3;
  o.theft_victims_max = 25;
  o.theft_span_days = 75;
  o.theft_operator_phones_max = 6;
  o.theft_face_match_min = 0.6;
  o.theft_face_match_max = 0.85;
  o.theft_victim_photo_share = 0.4;
  o.extra_dealer_share = 0.06;
  o.extra_rate_min = 0.05;
  o.extra_rate_max = 0.25;
  o.extra_sims_max = 2;
  o.extra_gap_max_s = 3600;
  o.extra_same_capture_share = 0.3;
  o.farm_identities_min = 3;
  o.farm_identities_max = 20;
  o.farm_sims_per_identity_min = 1;
  o.farm_sims_per_identity_max = 4;
  o.farm_port_sims_min = 4;
  o.farm_port_sims_max = 16;
  o.farm_dealers_max = 6;
  o.farm_sequential_imei_share = 0.2;
  o.farm_multi_carrier_share = 0.5;
  o.farm_app_share = 0.2;
  o.farm_fresh_identity_share = 0.3;
  o.farm_sloppy_face_share = 0.1;
  // More legitimate look-alikes.
  o.family_share = 0.06;
  o.kid_sim_share = 0.4;
  o.family_head_selfie_share = 0.35;
  o.organization_share = 0.025;
  o.data_only_share = 0.09;
  o.backup_sim_share = 0.12;
  o.multi_sim_share = 0.05;
  o.dealer_activation_share = 0.1;
  o.flagship_weight = 25;
  o.no_diacritics_share = 0.05;
  o.clerical_typo_share = 0.02;
  o.dup_share = 0.015;
  o.popdb_mismatch_share = 0.02;
  o.selfie_missing_share = 0.04;
  o.low_face_match_share = 0.05;
  o.same_visit_reuse_selfie_share = 0.7;
}

// Strings (and dates, checked); numbers are read by SetOptionValue (lib/util/key_value.h).
absl::Status SetOptionValue(absl::string_view name, absl::string_view value,
                            std::string& field) {
  if (absl::EndsWith(name, "_date")) {
    SIMAUDIT_RETURN_IF_ERROR(gen::ParseDate(value).status());
  }
  field = std::string(value);
  return absl::OkStatus();
}

std::string JsonString(absl::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

absl::Status Bad(absl::string_view name, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat("option ", name, ": ", why));
}

absl::Status CheckRange(absl::string_view min_name, double min, absl::string_view max_name,
                        double max) {
  if (min > max) {
    return absl::InvalidArgumentError(
        absl::StrCat("option ", min_name, " (", min, ") exceeds ", max_name, " (", max, ")"));
  }
  return absl::OkStatus();
}

absl::Status CheckAtLeast(absl::string_view name, double value, double bound) {
  if (value < bound) return Bad(name, absl::StrCat("must be at least ", bound));
  return absl::OkStatus();
}

absl::Status CheckAtMost(absl::string_view name, double value, double bound) {
  if (value > bound) return Bad(name, absl::StrCat("must be at most ", bound));
  return absl::OkStatus();
}

}  // namespace

namespace {

// "perturbed:N" -> N; nullopt for other names.
std::optional<uint64_t> PerturbationSeed(absl::string_view name) {
  uint64_t seed;
  if (!absl::ConsumePrefix(&name, "perturbed:") || !absl::SimpleAtoi(name, &seed)) {
    return std::nullopt;
  }
  return seed;
}

bool IsKnownMix(absl::string_view name) {
  return name == "default" || name == "stealth" || name == "shifted" ||
         PerturbationSeed(name).has_value();
}

// Every share and fraction of the defaults multiplied by its own factor, drawn
// log-uniformly in [1/2, 2] from `seed` (and kept below 1): a population the engine was
// never tuned on, with the legitimate and fraud base rates moved independently. Where the
// draws break a constraint (shares summing past 1), the spread is halved and drawn again.
void ApplyPerturbed(uint64_t seed, GeneratorOptions& o) {
  const GeneratorOptions defaults;
  for (double spread = std::log(2.0); spread > 1e-3; spread /= 2) {
    o = defaults;
    // One SplitMix64 draw per field, from a counter: the factor of a field does not
    // depend on how many fields come before it.
    uint64_t counter = seed * 0x9E3779B97F4A7C15ull + 0xD1B54A32D192ED03ull;
    VisitFields(o, [&](absl::string_view name, auto& field) {
      using T = std::decay_t<decltype(field)>;
      if constexpr (std::is_same_v<T, double>) {
        if (!absl::EndsWith(name, "_share") && !absl::EndsWith(name, "_fraction")) return;
        const double u = gen::ToUnit(gen::Mix64(counter));  // [0, 1)
        counter += 0x9E3779B97F4A7C15ull;
        if (field > 0 && field < 1) {
          field = std::min(0.95, field * std::exp(spread * (2 * u - 1)));
        }
      }
    });
    o.mix = absl::StrCat("perturbed:", seed);
    if (ValidateGeneratorOptions(o).ok()) return;
  }
  o = defaults;
}

}  // namespace

absl::Status ApplyMix(absl::string_view name, GeneratorOptions* options) {
  if (!IsKnownMix(name)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown mix \"", name, "\" (expected default, stealth, shifted or perturbed:N)"));
  }
  GeneratorOptions mixed;  // defaults
  if (name == "stealth") ApplyStealth(mixed);
  if (name == "shifted") ApplyShifted(mixed);
  if (const std::optional<uint64_t> seed = PerturbationSeed(name)) ApplyPerturbed(*seed, mixed);
  mixed.mix = std::string(name);
  // Keep the run options of the caller.
  mixed.subscriptions = options->subscriptions;
  mixed.seed = options->seed;
  mixed.start_date = options->start_date;
  mixed.end_date = options->end_date;
  mixed.legacy_start_date = options->legacy_start_date;
  mixed.max_events_in_memory = options->max_events_in_memory;
  *options = mixed;
  return absl::OkStatus();
}

absl::Status SetGeneratorOption(absl::string_view key_value, GeneratorOptions* options) {
  SIMAUDIT_ASSIGN_OR_RETURN(const auto key_and_value, SplitKeyValue(key_value));
  const auto [key, value] = key_and_value;
  if (key == "mix") return ApplyMix(value, options);
  GeneratorOptions updated = *options;
  bool found = false;
  absl::Status status;
  VisitFields(updated, [&](absl::string_view name, auto& field) {
    if (found || name != key) return;
    found = true;
    status = SetOptionValue(name, value, field);
  });
  if (!found) {
    return absl::InvalidArgumentError(absl::StrCat("unknown generator option \"", key, "\""));
  }
  SIMAUDIT_RETURN_IF_ERROR(status);
  *options = updated;
  return absl::OkStatus();
}

absl::Status ValidateGeneratorOptions(const GeneratorOptions& o) {
  absl::Status status;
  // Generic: every number non-negative; shares and fractions at most 1.
  VisitFields(o, [&](absl::string_view name, const auto& field) {
    using T = std::decay_t<decltype(field)>;
    if constexpr (std::is_same_v<T, double>) {
      if (!status.ok()) return;
      if (!std::isfinite(field) || field < 0) {
        status = Bad(name, "must be a finite non-negative number");
      } else if ((absl::EndsWith(name, "_share") || absl::EndsWith(name, "_fraction")) &&
                 field > 1) {
        status = Bad(name, "is a share and must be in [0, 1]");
      }
    }
  });
  SIMAUDIT_RETURN_IF_ERROR(status);
  if (!IsKnownMix(o.mix)) return Bad("mix", "unknown preset");

  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("subscriptions", o.subscriptions, 1));
  // Number ranges: about 5 M random and 5 M block numbers per 2-digit prefix.
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("subscriptions", o.subscriptions, 50000000));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("max_events_in_memory", o.max_events_in_memory, 1000));
  SIMAUDIT_ASSIGN_OR_RETURN(const int64_t start, gen::ParseDate(o.start_date));
  SIMAUDIT_ASSIGN_OR_RETURN(const int64_t end, gen::ParseDate(o.end_date));
  SIMAUDIT_ASSIGN_OR_RETURN(const int64_t legacy, gen::ParseDate(o.legacy_start_date));
  if (end < start) return Bad("end_date", "is before start_date");
  if (legacy > start) return Bad("legacy_start_date", "is after start_date");
  if (legacy < gen::DaysFromCivil(2000, 1, 1)) {
    return Bad("legacy_start_date", "must be 2000-01-01 or later");
  }
  if (end > gen::DaysFromCivil(2090, 12, 31)) return Bad("end_date", "is too far ahead");

  const double channels = o.store_share + o.agent_share + o.ekyc_share + o.online_share;
  if (channels <= 0) return Bad("store_share", "channel shares must not all be zero");
  if (o.single_sim_share + o.two_sim_share + o.multi_sim_share > 1) {
    return Bad("single_sim_share", "single + two + multi SIM shares exceed 1");
  }
  if (o.dup_transfer_fraction + o.dup_reverify_fraction > 1) {
    return Bad("dup_transfer_fraction", "transfer + reverify fractions exceed 1");
  }
  if (o.org_iot_fraction + o.org_callcentre_fraction > 1) {
    return Bad("org_iot_fraction", "iot + call-centre fractions exceed 1");
  }
  if (o.preact_popdb_not_found_share + o.preact_popdb_mismatch_share > 1) {
    return Bad("preact_popdb_not_found_share", "not-found + mismatch shares exceed 1");
  }
  const double special = o.preactivation_fabricated_share + o.preactivation_leaked_share +
                         o.theft_ring_share + o.extra_sims_share + o.sim_farm_share +
                         o.organization_share;
  if (special > 0.9) {
    return Bad("preactivation_fabricated_share",
               "fraud and organisation shares together exceed 0.9 of the rows");
  }

  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("multi_sim_min", o.multi_sim_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("multi_sim_max", o.multi_sim_max, 50));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckRange("multi_sim_min", o.multi_sim_min, "multi_sim_max", o.multi_sim_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("iccid_box_size", o.iccid_box_size, 10));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("iccid_box_size", o.iccid_box_size, 10000));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("rows_per_shop", o.rows_per_shop, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("rows_per_dealer", o.rows_per_dealer, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("dealer_pareto_alpha", o.dealer_pareto_alpha, 0.5));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("flagship_weight", o.flagship_weight, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("family_size_max", o.family_size_max, 2));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("family_size_max", o.family_size_max, 8));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("org_batch_min", o.org_batch_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckRange("org_batch_min", o.org_batch_min, "org_batch_max", o.org_batch_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("org_batch_alpha", o.org_batch_alpha, 0.1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_batch_min", o.preact_batch_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("preact_batch_min", o.preact_batch_min,
                                      "preact_batch_max", o.preact_batch_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_batch_alpha", o.preact_batch_alpha, 0.1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_gap_median_s", o.preact_gap_median_s, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_sessions_max", o.preact_sessions_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckAtLeast("preact_batches_per_dealer", o.preact_batches_per_dealer, 0.1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_devices_max", o.preact_devices_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("preact_devices_max", o.preact_devices_max, 3));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("preact_faces_max", o.preact_faces_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("preact_face_match_max", o.preact_face_match_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("preact_face_match_min", o.preact_face_match_min,
                                      "preact_face_match_max", o.preact_face_match_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("theft_victims_min", o.theft_victims_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("theft_victims_min", o.theft_victims_min,
                                      "theft_victims_max", o.theft_victims_max));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckAtLeast("theft_sims_per_victim_max", o.theft_sims_per_victim_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("theft_span_days", o.theft_span_days, 1));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckAtLeast("theft_operator_phones_max", o.theft_operator_phones_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckAtMost("theft_operator_phones_max", o.theft_operator_phones_max, 16));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("theft_face_match_max", o.theft_face_match_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("theft_face_match_min", o.theft_face_match_min,
                                      "theft_face_match_max", o.theft_face_match_max));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckRange("extra_rate_min", o.extra_rate_min, "extra_rate_max", o.extra_rate_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtMost("extra_rate_max", o.extra_rate_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("extra_sims_max", o.extra_sims_max, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("extra_gap_max_s", o.extra_gap_max_s, 30));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("farm_identities_min", o.farm_identities_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("farm_identities_min", o.farm_identities_min,
                                      "farm_identities_max", o.farm_identities_max));
  SIMAUDIT_RETURN_IF_ERROR(
      CheckAtLeast("farm_sims_per_identity_min", o.farm_sims_per_identity_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("farm_sims_per_identity_min",
                                      o.farm_sims_per_identity_min,
                                      "farm_sims_per_identity_max",
                                      o.farm_sims_per_identity_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("farm_port_sims_min", o.farm_port_sims_min, 1));
  SIMAUDIT_RETURN_IF_ERROR(CheckRange("farm_port_sims_min", o.farm_port_sims_min,
                                      "farm_port_sims_max", o.farm_port_sims_max));
  SIMAUDIT_RETURN_IF_ERROR(CheckAtLeast("farm_dealers_max", o.farm_dealers_max, 1));
  return absl::OkStatus();
}

std::string GeneratorOptionsToJson(const GeneratorOptions& options) {
  std::string out = "{";
  bool first = true;
  VisitFields(options, [&](absl::string_view name, const auto& field) {
    using T = std::decay_t<decltype(field)>;
    if (!first) out += ", ";
    first = false;
    out += JsonString(name);
    out += ": ";
    if constexpr (std::is_same_v<T, std::string>) {
      out += JsonString(field);
    } else if constexpr (std::is_same_v<T, double>) {
      out += RoundTripNumber(field);
    } else {
      out += absl::StrCat(field);
    }
  });
  out += "}";
  return out;
}

}  // namespace simaudit
