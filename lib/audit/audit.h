// File: audit.h
// -----------------------------------------------------------------------------
// The batch commands behind the `simaudit` CLI, as library functions that write files and
// a human summary to an ostream and return a Status (so they are unit-testable and the
// CLI's main() only parses flags).
//
//   AuditOptions options;
//   options.inputs = {"batch.csv"};
//   options.out_dir = "out";
//   absl::Status s = RunAudit(options, std::cout);
//   // out/findings.csv, out/rejects.csv, out/summary.json, out/manifest.json
//
// Outputs are deterministic: the same inputs and options give byte-identical
// findings.csv, rejects.csv and manifest.json (summary.json also holds stage timings).
#ifndef SIMAUDIT_LIB_AUDIT_AUDIT_H_
#define SIMAUDIT_LIB_AUDIT_AUDIT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "lib/detect/detect_options.h"
#include "lib/detect/detector.h"
#include "lib/ingest/batch_reader.h"
#include "lib/model/record.h"
#include "proto/audit_report.pb.h"

namespace simaudit {

struct AuditOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  InputFormat format = InputFormat::kAuto;
  // Write every subscription to findings.csv, not only flagged ones.
  bool include_clean = false;
  // As-of instant (Unix seconds). Unset: the latest registered_at in the input.
  std::optional<int64_t> as_of;
  // Threads for reading CSV files (at most 8) and for the detection passes that run side
  // by side: 0 = one per core, 1 = sequential. The result is identical whatever the count.
  int threads = 0;
  ValidationOptions validation;
  DetectOptions detect;
};

// Reads and validates the inputs; writes rejects.csv and summary.json to out_dir.
// Errors: InvalidArgument when no input or out_dir is given; an input that cannot be read
// at all fails the whole command (nothing is written) with the reader's error.
absl::Status RunValidate(const AuditOptions& options, std::ostream& out);

// Reads, validates and audits the inputs; writes findings.csv, rejects.csv, summary.json
// and manifest.json to out_dir and prints a summary table to `out`.
absl::Status RunAudit(const AuditOptions& options, std::ostream& out);

// Audits the inputs and prints the full explanation of one subscription (given as carrier
// code and MSISDN in any accepted form). NotFound if it is not in the batch.
absl::Status RunExplain(const AuditOptions& options, const std::string& carrier,
                        const std::string& msisdn, std::ostream& out);

// Fills `summary` with what reading found: rows read, accepted and rejected, accepted
// rows per carrier, rejects per reason, soft-check signals and warnings.
void FillReadSummary(const Batch& batch, v1::AuditSummary* summary);

// Fills `summary` with the verdicts: subscriptions, flag counts, flagged subscriptions per
// carrier, reason codes on flagged subscriptions, and the engine's notes.
void FillVerdictSummary(const Batch& batch, const Detector& detector,
                        v1::AuditSummary* summary);

// Writes the finding reason codes and the reject reasons as Markdown tables (the body of
// docs/reason-codes.md).
absl::Status WriteReasonCodesMarkdown(std::ostream& out);

// Parses "2026-11-01", "2026-11-01T00:00:00+07:00" (ISO 8601 with offset) into Unix
// seconds; a bare date means the end of that day in +07:00. InvalidArgument otherwise.
absl::StatusOr<int64_t> ParseAsOf(const std::string& text);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_AUDIT_AUDIT_H_
