// File: options.h
// -----------------------------------------------------------------------------
// Every knob of the synthetic-population generator (generator.h), the named presets
// ("mixes") that fill them, and `key=value` parsing for `simaudit gen --set`.
//
// Shares are fractions in [0, 1]. "Share of rows" options fix how many batch rows a
// scenario produces (rounded); other shares are per-person, per-subscription or
// per-batch probabilities as their comments say. Ranges are given as _min/_max pairs.
//
//   GeneratorOptions options;
//   SIMAUDIT_RETURN_IF_ERROR(SetGeneratorOption("mix=stealth", &options));
//   SIMAUDIT_RETURN_IF_ERROR(SetGeneratorOption("theft_ring_share=0.01", &options));
//   SIMAUDIT_RETURN_IF_ERROR(ValidateGeneratorOptions(options));
#ifndef SIMAUDIT_LIB_GEN_OPTIONS_H_
#define SIMAUDIT_LIB_GEN_OPTIONS_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace simaudit {

struct GeneratorOptions {
  // ---- Size, seed and period -----------------------------------------------------
  uint64_t subscriptions = 100000;  // batch rows written, exactly
  uint64_t seed = 1;
  // Preset that filled the rates below ("default", "stealth", "shifted" or
  // "perturbed:N"); see ApplyMix.
  std::string mix = "default";
  std::string start_date = "2025-01-01";   // registration period (inclusive)
  std::string end_date = "2026-10-31";     // the as-of date is the day after
  // Older subscriptions still in the carriers' books are registered from here on.
  std::string legacy_start_date = "2018-06-01";
  double legacy_share = 0.12;  // of genuine subscriptions, registered before start_date
  // Rows held in memory at once; larger batches are spilled to temporary files and
  // rendered one time window at a time. Does not change the output.
  uint64_t max_events_in_memory = 2000000;

  // ---- People ---------------------------------------------------------------------
  double single_sim_share = 0.56;  // persons with one subscription
  double two_sim_share = 0.27;     // with two (the rest, bar multi_sim, have three)
  double multi_sim_share = 0.035;  // with multi_sim_min..max (label multi_sim)
  uint64_t multi_sim_min = 4;
  uint64_t multi_sim_max = 8;
  double second_phone_share = 0.3;   // persons owning two phones
  double minor_share = 0.03;         // aged 14-17 on the as-of date
  double elderly_share = 0.06;       // aged 65+
  double migrant_share = 0.22;       // living outside their birth province
  double cmnd9_share = 0.05;         // of persons born before 1986: 9-digit CMND until 2025
  double cmnd12_share = 0.004;       // 12-digit CMND until 2021
  double foreigner_share = 0.005;    // foreign passport holders
  double vn_passport_share = 0.003;  // Vietnamese registering with a passport
  double tablet_owner_share = 0.05;  // consumers whose data SIM sits in a tablet

  // ---- Registrations --------------------------------------------------------------
  double store_share = 0.28;  // channel mix of genuine walk-in registrations
  double agent_share = 0.47;
  double ekyc_share = 0.18;
  double online_share = 0.07;
  double same_visit_share = 0.2;        // a further SIM bought in the same visit
  double same_visit_reuse_selfie_share = 0.5;  // ... with the visit's selfie reused
  double dealer_activation_share = 0.05;  // dealer sales first used in the dealer's phone
  double ported_share = 0.10;           // numbers ported in from another carrier
  double chosen_number_share = 0.25;    // in-person buyers choosing a number
  double sequential_number_box_share = 0.5;  // SIM boxes with consecutive numbers
  uint64_t iccid_box_size = 100;        // SIM kits per stock box (consecutive ICCIDs)
  double usage_unknown_share = 0.15;    // rows with empty usage columns
  double missing_field_share = 0.01;    // optional identifiers left empty, per field
  double ascii_name_share = 0.03;       // rows whose system stores names without diacritics
  double selfie_missing_share = 0.02;   // genuine in-person registrations after 2022-08
  double legacy_selfie_share = 0.3;     // in-person registrations before 2022-08 with selfie
  double low_face_match_share = 0.03;   // genuine captures with a poor (old photo) match
  double popdb_mismatch_share = 0.012;  // honest clerical mismatches
  double popdb_not_found_share = 0.004;
  double popdb_unchecked_share = 0.01;  // after 2022-08
  double terminated_share = 0.03;
  double locked_share = 0.02;
  double dup_share = 0.01;              // subscriptions with a later row
  double dup_transfer_fraction = 0.5;   // of those: ownership transfer to another person
  double dup_reverify_fraction = 0.35;  // ... re-verification (the rest: status change)

  // ---- Points of sale -------------------------------------------------------------
  uint64_t rows_per_shop = 1500;       // expected walk-ins per carrier shop
  uint64_t rows_per_dealer = 300;      // expected sales per dealer (mean of a Pareto)
  double dealer_pareto_alpha = 1.3;
  double dealer_multi_carrier_share = 0.3;  // dealers selling several carriers' SIMs
  double flagship_shop_share = 0.05;   // busy flagship shops (label busy_shop)
  double flagship_weight = 15;         // their traffic relative to an ordinary shop

  // ---- Legitimate look-alikes -----------------------------------------------------
  double family_share = 0.04;        // persons who register relatives' SIMs on their phone
  uint64_t family_size_max = 5;
  double family_head_selfie_share = 0.25;  // the head's face on a relative's registration
  double kid_sim_share = 0.3;        // of those: also hold SIMs used by their children
  double organization_share = 0.015;  // of rows
  uint64_t org_batch_min = 12;
  uint64_t org_batch_max = 400;
  double org_batch_alpha = 1.0;
  double org_iot_fraction = 0.45;        // fleets of trackers / routers
  double org_callcentre_fraction = 0.2;  // call centres (the rest: staff phones)
  double data_only_share = 0.06;     // of a person's second and later subscriptions
  double backup_sim_share = 0.08;    // likewise
  double no_diacritics_share = 0.03;  // later registrations stored without diacritics
  double clerical_typo_share = 0.01;  // registrations with a name or birth-date typo

  // ---- Fraud: rows of each pattern ------------------------------------------------
  double preactivation_fabricated_share = 0.012;
  double preactivation_leaked_share = 0.008;
  double theft_ring_share = 0.006;
  double extra_sims_share = 0.008;
  double sim_farm_share = 0.008;
  double fraud_legacy_share = 0.1;     // fraud registered before start_date
  double fraud_dup_share = 0.02;       // fraud subscriptions with a later row
  double fraud_rereg_fraction = 0.25;  // ... re-registered by the real user (label clears)

  // ---- Pre-activation batches (fabricated and leaked identities) ------------------
  uint64_t preact_batch_min = 10;
  uint64_t preact_batch_max = 300;
  double preact_batch_alpha = 1.1;
  double preact_gap_median_s = 45;     // median seconds between rows of a batch
  uint64_t preact_sessions_max = 1;    // a batch may be spread over up to N sessions/days
  double preact_night_share = 0.1;     // batches run outside shop hours
  double preact_batches_per_dealer = 3;
  double preact_shadow_dealer_share = 0.35;  // dealers with almost no genuine sales
  uint64_t preact_devices_max = 2;
  double preact_no_selfie_share = 0.4;
  uint64_t preact_faces_max = 5;       // reused photos per batch
  double preact_face_match_min = 0.15;
  double preact_face_match_max = 0.6;
  double preact_id_inconsistent_share = 0.08;  // CCCD digits contradicting DOB/gender
  double preact_identity_reuse_share = 0.1;    // fabricated identity used for 2-3 SIMs
  double preact_used_share = 0.35;     // resold and used (the rest never used)
  double preact_active_share = 0.7;    // still ACTIVE at export
  double preact_popdb_not_found_share = 0.45;  // fabricated: NOT_FOUND
  double preact_popdb_mismatch_share = 0.25;   // fabricated: MISMATCH (rest UNCHECKED)
  double leaked_popdb_match_share = 0.65;
  double leaked_name_variant_share = 0.5;   // leaked names stored upper-case / ASCII
  double leaked_card_photo_share = 0.15;    // selfie is a photo of the victim's card
  double leaked_local_share = 0.6;          // victims from the dealer's province

  // ---- Theft rings ----------------------------------------------------------------
  uint64_t theft_victims_min = 5;
  uint64_t theft_victims_max = 80;
  uint64_t theft_sims_per_victim_max = 3;
  double theft_span_days = 30;
  uint64_t theft_operator_phones_max = 3;
  double theft_face_match_min = 0.45;
  double theft_face_match_max = 0.75;
  double theft_victim_photo_share = 0.1;  // selfie replayed from the victim's photo
  double theft_otp_fraction = 0.5;        // OTP-like usage (the rest outgoing-heavy)

  // ---- Extra SIMs on walk-in customers --------------------------------------------
  double extra_dealer_share = 0.03;   // of dealers
  double extra_rate_min = 0.1;        // share of a dishonest dealer's customers
  double extra_rate_max = 0.5;
  uint64_t extra_sims_max = 3;
  double extra_gap_max_s = 900;
  double extra_same_capture_share = 0.6;  // the customer's capture reused as is

  // ---- SIM farms ------------------------------------------------------------------
  uint64_t farm_identities_min = 5;
  uint64_t farm_identities_max = 60;
  uint64_t farm_sims_per_identity_min = 2;
  uint64_t farm_sims_per_identity_max = 10;
  uint64_t farm_port_sims_min = 8;    // SIMs cycled through one gateway port (IMEI)
  uint64_t farm_port_sims_max = 64;
  uint64_t farm_dealers_max = 3;
  double farm_sequential_imei_share = 0.5;
  double farm_multi_carrier_share = 0.3;
  double farm_app_share = 0.3;
  double farm_fresh_identity_share = 0.5;  // sellers with no other SIM in the batch
  double farm_otp_fraction = 0.4;
  double farm_sloppy_face_share = 0.3;     // a few photos reused for all identities
};

// Sets every rate of `options` to the named preset: "default" (the struct defaults),
// "stealth" (fraud smaller, slower, spread over more dealers and devices, with better
// biometrics and more usage; more legitimate look-alikes), "shifted" (base rates moved:
// twice the fraud, bigger rings, sloppier data, usage missing for a third of the rows,
// busier shops) or "perturbed:N" (every share and fraction of the defaults multiplied by
// its own factor in [1/2, 2], drawn from N). Size, seed, dates and memory
// options are kept. InvalidArgument for an unknown name; `options` unchanged on error.
absl::Status ApplyMix(absl::string_view name, GeneratorOptions* options);

// Sets one option from "key=value" (key = field name; "mix=NAME" applies the preset,
// so give it first). InvalidArgument for a malformed pair, an unknown key or a value of
// the wrong type; `options` unchanged on error.
absl::Status SetGeneratorOption(absl::string_view key_value, GeneratorOptions* options);

// Checks ranges and consistency (shares in [0, 1], min <= max, dates ordered, total
// fraud + organisation rows below 90%). InvalidArgument naming the first bad option.
absl::Status ValidateGeneratorOptions(const GeneratorOptions& options);

// The options as a JSON object, one member per field, in declaration order.
std::string GeneratorOptionsToJson(const GeneratorOptions& options);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_GEN_OPTIONS_H_
