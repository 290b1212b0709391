// File: detector.h
// -----------------------------------------------------------------------------
// The detection engine: builds the ID-reuse graph of a batch (identities, subscriptions,
// registration devices, first-use devices, dealers, faces, person keys), derives
// peer-relative signals, and turns them into explained JUNK / NON_OWNER verdicts.
//
//   SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<Detector> d,
//                             Detector::Run(batch, DetectOptions()));
//   for (size_t s = 0; s < d->num_subscriptions(); ++s) {
//     const Verdict& v = d->verdict(s);
//     if (v.junk) std::cout << d->Evidence(s) << "\n";
//   }
//
// Evidence is measured as surprise (-log10 of a tail probability under the peer-group
// null), summed within families and gated by corroboration; see docs/method.md.
//
// A Detector is immutable after Run() and safe to read from several threads. It keeps a
// reference to the Batch, which must outlive it.
#ifndef SIMAUDIT_LIB_DETECT_DETECTOR_H_
#define SIMAUDIT_LIB_DETECT_DETECTOR_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/detect/detect_options.h"
#include "lib/detect/reason_codes.h"
#include "lib/model/record.h"

namespace simaudit {

inline constexpr int kMaxReasons = 8;

// The verdict on one subscription (its current row).
struct Verdict {
  uint32_t record = 0;  // index of the current row in Batch::records
  float junk_score = 0;
  float non_owner_score = 0;
  bool junk = false;
  bool non_owner = false;
  uint8_t num_reasons = 0;
  std::array<Reason, kMaxReasons> reasons{};  // most important first
};

// The findings.csv flags column: "", "JUNK", "NON_OWNER" or "JUNK;NON_OWNER".
inline absl::string_view FlagsColumn(const Verdict& v) {
  if (v.junk && v.non_owner) return "JUNK;NON_OWNER";
  if (v.junk) return "JUNK";
  if (v.non_owner) return "NON_OWNER";
  return "";
}

// Wall time of each stage, for benchmarks.
struct DetectTimings {
  double graph_seconds = 0;
  double features_seconds = 0;
  double scoring_seconds = 0;
};

// Counts describing the graph, for summary.json.
struct GraphStats {
  uint64_t subscriptions = 0;
  uint64_t history_rows = 0;
  uint64_t ownership_changes = 0;
  uint64_t identities = 0;
  uint64_t person_keys = 0;
  uint64_t registration_devices = 0;
  uint64_t first_use_devices = 0;
  uint64_t dealers = 0;
  uint64_t faces = 0;
  uint64_t components = 0;
  uint64_t largest_component = 0;
  uint64_t hub_entities = 0;
  uint64_t placeholder_values = 0;  // non-zero placeholders (all zeros is absent on input)
  uint64_t placeholder_times = 0;   // registrations at placeholder times
  uint64_t point_activations = 0;  // first use in a point-of-sale device (link dropped)
};

class Detector {
 public:
  // Scores every subscription of `batch`. Returns InvalidArgument for a batch with more
  // than 2^32 - 2 rows; never fails on data values.
  static absl::StatusOr<std::unique_ptr<Detector>> Run(const Batch& batch,
                                                       const DetectOptions& options);
  ~Detector();
  Detector(const Detector&) = delete;
  Detector& operator=(const Detector&) = delete;

  size_t num_subscriptions() const;
  // Subscriptions are numbered in the input order of their current (latest) rows.
  const Verdict& verdict(size_t s) const;
  // The subscription with this carrier and normalised MSISDN, if present.
  std::optional<size_t> Find(Carrier carrier, uint64_t msisdn) const;

  // One-line evidence for the verdict's reasons, with counts, peer medians and the linked
  // entities (documents masked to their province digits).
  std::string Evidence(size_t s) const;
  // A multi-line explanation of one subscription: every signal, its value, its peer
  // statistics and its contribution, and the subscription's history.
  std::string Explain(size_t s) const;

  const GraphStats& graph_stats() const;
  const DetectTimings& timings() const;
  // Notes an auditor should read (e.g. FastMCD columns dropped and why).
  const std::vector<std::string>& notes() const;

  class Impl;

 private:
  explicit Detector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_DETECTOR_H_
