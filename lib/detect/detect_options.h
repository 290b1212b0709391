// File: detect_options.h
// -----------------------------------------------------------------------------
// Every tunable of the detection engine, with its default and why. Thresholds are
// expressed as tail probabilities under peer-group nulls ("evidence" = -log10 p), never
// as an assumed contamination rate. Regulatory rules are dated and configurable.
#ifndef SIMAUDIT_LIB_DETECT_DETECT_OPTIONS_H_
#define SIMAUDIT_LIB_DETECT_DETECT_OPTIONS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace simaudit {

struct DetectOptions {
  // --- Verdicts ---------------------------------------------------------------------
  // A subscription is flagged when its score is >= alert_threshold. Scores are
  // E / (E + evidence_half) for total evidence E, so the default 0.5 flags at
  // E >= evidence_half, i.e. a combined tail probability of 10^-4 per subscription.
  double alert_threshold = 0.5;
  double evidence_half = 4.0;

  // --- Peer statistics --------------------------------------------------------------
  // Floor on the robust scale of log(1 + count) features. With most entities at count 1
  // the MAD is 0; the floor says "a factor e^0.5 = 1.65 above the peer median is one
  // standard deviation", which keeps a family of 4 sharing a phone unremarkable while a
  // ring of 20 identities is far in the tail.
  double min_log_scale = 0.5;

  // --- Graph ------------------------------------------------------------------------
  // Selfie hashes within this Hamming distance are one face (captures of one face differ
  // by <= 4 bits of 64, different faces by ~32).
  int face_radius = 6;
  // Entities linking more identities than this are hubs (shop tablets, placeholders):
  // they stay features but are not union-find edges, so they cannot glue the country
  // into one component.
  uint32_t hub_identity_cap = 200;
  // A face shared by at most this many persons, presented on a phone where the face's
  // own document holder registers or uses SIMs, is read as one family member
  // registering the others (average Vietnamese household: 3.6 persons, 2019 census),
  // and its non-owner evidence is weighted by household_presenter_weight.
  uint32_t household_max_persons = 6;
  double household_presenter_weight = 0.5;
  // The holder's own match must lie above this share of its peers' face matches: an
  // ordinary own-face match, where a presenter on someone else's photo scores low.
  double household_holder_match_share = 0.25;
  // A carrier's own point (channel STORE; Decree 163/2024 Art. 16(1): a point the carrier
  // owns, fixed or mobile) runs the carrier's campaigns: sales events, mobile teams in
  // remote communes, whose real customers come in bursts, from consecutive stock, with
  // more poor matches. The pre-activation on record is dealers' and agents'. So the
  // point's record there (bursts, runs and weak stock blocks; its weak-verification
  // record; its outlier profile) weighs carrier_point_weight; each registration's own
  // evidence keeps its full weight.
  double carrier_point_weight = 0.5;
  // A SIM registered with the selfie and face-match score of another SIM of its document
  // at the point within the visit (same_document_window_seconds), which then went into
  // another phone or none, had no capture of its own. Whether that says anything is the
  // carrier's practice: some points' apps take one capture for all of a visit's SIMs,
  // others one per SIM. A capture presented again at a later visit weighs 3
  // (CAPTURE_REPLAYED); within the visit it weighs this share of that: 0 (off) by
  // default, 1 for a carrier whose app captures every SIM.
  double visit_capture_reuse_weight = 0.0;

  // --- Windows ----------------------------------------------------------------------
  int64_t burst_window_seconds = 3600;          // dealer / device bursts, ICCID runs
  // Out of hours at a shop or an agent (OUT_OF_HOURS): local time (UTC offset below) from
  // out_of_hours_start_hour up to out_of_hours_end_hour. Shops and agents trade by day;
  // a pre-activation runs when nobody is at the counter.
  int out_of_hours_start_hour = 22;
  int out_of_hours_end_hour = 6;
  int64_t local_utc_offset_seconds = 7 * 3600;  // Vietnam, +07:00
  // A registration time shared by registrations at many points at once is a placeholder,
  // not an event: rows exported without their time and stamped with the export's end, a
  // migration date, a day's midnight. A time is one when registrations at
  // placeholder_time_min_points distinct points or more carry it, and the batch's own
  // rate around it (at its resolution: the second, the whole minute, hour or day) makes
  // that many a coincidence of probability below placeholder_time_alpha over the batch's
  // distinct times (Poisson). Its registrations keep their date, for the history, the
  // dated rules and the windows of days, but have no time of day: no hour (OUT_OF_HOURS),
  // and no window of an hour (bursts at their points, a document taken round dealers
  // within the hour). Runs of consecutive kits keep them: the kits' order is the evidence.
  uint32_t placeholder_time_min_points = 3;
  double placeholder_time_alpha = 1e-3;
  // Extra SIMs on one customer's document at one point: while the customer waits, or
  // later that day after the customer left. The dealer's share of them is judged against
  // its peers' (binomial tail), so the window sets the unit, not the threshold.
  int64_t same_document_window_seconds = 12 * 3600;
  // A SIM the carrier has since locked while an earlier SIM of the same document and
  // declared data, registered at the same point within this span, stays active: its
  // holder confirmed the one and not the other (EXTRA_SIM_DISOWNED).
  int64_t disowned_window_seconds = 30 * 86400;
  int64_t msisdn_run_window_seconds = 3600;   // consecutive numbers at one point
  // Consecutive SIM kits sold at one point within this span of each other form one stock
  // block, judged by how its identities were verified.
  int64_t stock_run_window_seconds = 30 * 86400;
  // A stretch of stock, for what its other kits' verdicts say of a kit: a block whose
  // neighbouring kits may lie this many kits apart (a few kits missing from the batch:
  // sold elsewhere, not yet registered, damaged).
  uint32_t stock_lot_max_step = 4;
  int64_t multi_point_window_seconds = 2 * 86400;
  // Several provinces of residence declared on one document within the multi-point window
  // (ID_RESIDENCE_WINDOW). The 2025 merger of 63 provinces into 34 gave new codes from
  // 2025-07-01; whether every carrier re-coded residences the same way is UNCONFIRMED, so
  // an auditor who sees old and new codes mixed for one person can turn this off.
  bool compare_declared_residence = true;
  // A SIM box holds its SIMs at one time: the identities that count against a first-use
  // device, for one of its SIMs, are those of its SIMs registered within this span of it.
  // A shop's phone that activates a walk-in's SIM now and then gathers dozens of
  // identities over the years, a few in any season.
  int64_t box_window_seconds = 90 * 86400;

  // --- Meaning of the flags ------------------------------------------------------------
  // The contract's JUNK covers registrations on "borrowed, bought or leaked identities",
  // so evidence that someone other than the document's holder presented it (a ring, a
  // dealer adding SIMs, a rented identity) raises JUNK as well as NON_OWNER. false keeps
  // JUNK to mass, fabricated and farmed registrations only.
  bool junk_includes_identity_misuse = true;

  // --- Regulatory rules (dated) ----------------------------------------------------
  // Decree 163/2024 Art. 16: self-service only for the first N numbers on a document.
  int self_service_limit = 3;
  bool self_service_limit_per_carrier = true;  // UNCONFIRMED: per carrier or overall
  int64_t decree163_start = 1734973200;        // 2024-12-24T00:00:00+07:00
  // Circular 08/2026: 4-field match required from 2026-04-15.
  int64_t circular08_start = 1776186000;       // 2026-04-15T00:00:00+07:00
  // Review cohorts used by the ministry: 4-9 and 10 or more subscriptions.
  int cohort_low = 4;
  int cohort_high = 10;
  // Evidence added per rule hit, and its cap: rules raise scores but never flag alone.
  double rule_evidence = 0.4;
  double rule_evidence_cap = 1.0;

  // --- Robust multivariate (FastMCD) -------------------------------------------------
  // Dealers with fewer registrations are not fitted (their shares are too noisy) but are
  // still scored by the univariate and binomial tests.
  int mcd_min_dealer_registrations = 10;
  // Consecutive first-use IMEIs that make a gateway (multi-port SIM box), each a device
  // most of whose SIMs behave as farm SIMs.
  int gateway_min_ports = 3;
  int gateway_max_serial_gap = 4;  // IMEI serials between neighbouring ports of one gateway
  uint64_t seed = 1;

  // --- Execution ----------------------------------------------------------------------
  // Threads for the passes that can run side by side (0 = one per core). Results are
  // identical for every value, so it is not part of the recorded configuration.
  int threads = 0;
};

// InvalidArgument naming the first option out of its range (a threshold outside (0, 1), a
// window that is not positive, an hour outside 0-23, ...).
absl::Status ValidateDetectOptions(const DetectOptions& options);

// Sets one option from "name=value", as `simaudit audit --option` does: numbers, integers,
// true/false, and the dated rules' starts as YYYY-MM-DD (midnight, Vietnam time) or an ISO
// 8601 instant with its offset. InvalidArgument, leaving `options` as it was, for an
// unknown name, a value of the wrong kind or one out of range (a threshold outside (0, 1),
// a window that is not positive, an hour outside 0-23, ...). `threads` is not an option
// here: results do not depend on it.
absl::Status SetDetectOption(absl::string_view key_value, DetectOptions* options);

// Every option but `threads`, as (name, value) in the form SetDetectOption reads: what a
// run's manifest records, so that the run can be repeated.
std::vector<std::pair<std::string, std::string>> DetectConfiguration(const DetectOptions& options);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_DETECT_OPTIONS_H_
