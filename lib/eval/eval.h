// File: eval.h
// -----------------------------------------------------------------------------
// Detection quality against ground truth: precision, recall, F1 and average precision
// for each flag, and flag rates per planted pattern (including every legitimate
// confounder category).
//
//   SIMAUDIT_ASSIGN_OR_RETURN(EvalReport r, Evaluate("labels.csv", "findings.csv"));
//   r.junk.f1; r.non_owner.average_precision; r.legit_flag_rate;
//
// Subscriptions absent from findings.csv count as unflagged with score 0, so findings
// written without --include-clean give the same precision/recall/F1 and a lower-bound AP.
// Labels are matched as the audit writes subscriptions: the carrier's contract code in any
// case, the number in any of the contract's spellings (0…, 84…, +84…).
#ifndef SIMAUDIT_LIB_EVAL_EVAL_H_
#define SIMAUDIT_LIB_EVAL_EVAL_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace simaudit {

struct FlagMetrics {
  uint64_t positives = 0;  // labelled positive
  uint64_t flagged = 0;
  uint64_t true_positives = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double average_precision = 0;
};

struct PatternRate {
  std::string pattern;
  bool legitimate = false;  // labelled neither junk nor non-owner
  uint64_t subscriptions = 0;
  uint64_t junk_flagged = 0;
  uint64_t non_owner_flagged = 0;
  uint64_t any_flagged = 0;
};

struct EvalReport {
  uint64_t labelled = 0;
  uint64_t findings_rows = 0;
  uint64_t findings_unlabelled = 0;  // findings rows with no label (ignored)
  uint64_t labels_without_finding = 0;  // labelled, but no findings row (unflagged)
  FlagMetrics junk;
  FlagMetrics non_owner;
  uint64_t legit = 0;
  uint64_t legit_flagged = 0;
  double legit_flag_rate = 0;
  std::vector<PatternRate> patterns;  // sorted by name
};

// Errors: NotFound for a missing file; InvalidArgument naming the file, line and column
// for a missing column or a malformed value.
absl::StatusOr<EvalReport> Evaluate(const std::string& labels_path,
                                    const std::string& findings_path);

// Average precision of `scores` against binary `labels` (same length), with tied scores
// treated as one threshold. 0 when there are no positives.
double AveragePrecision(const std::vector<float>& scores, const std::vector<uint8_t>& labels);

// Evaluate() printed as tables, or as one JSON object.
absl::Status RunEval(const std::string& labels_path, const std::string& findings_path,
                     bool json, std::ostream& out);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_EVAL_EVAL_H_
