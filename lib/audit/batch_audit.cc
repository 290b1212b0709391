#include "lib/audit/batch_audit.h"

#include <cmath>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/audit/audit.h"
#include "lib/ingest/registration_adapter.h"
#include "lib/util/status_macros.h"

namespace simaudit {

v1::Finding MakeFinding(const Batch& batch, const Detector& detector, size_t s) {
  const Verdict& v = detector.verdict(s);
  const Record& r = batch.records[v.record];
  v1::Finding f;
  f.set_carrier(std::string(CarrierName(r.carrier)));
  f.set_msisdn(MsisdnString(r.msisdn));
  f.set_junk(v.junk);
  f.set_non_owner(v.non_owner);
  // Rounded as in findings.csv, so both paths agree to the digit.
  f.set_junk_score(std::round(v.junk_score * 1e4) / 1e4);
  f.set_non_owner_score(std::round(v.non_owner_score * 1e4) / 1e4);
  for (int k = 0; k < v.num_reasons; ++k) f.add_reasons(std::string(ReasonCode(v.reasons[k])));
  if (v.junk || v.non_owner) f.set_evidence(detector.Evidence(s));
  return f;
}

absl::Status AuditRegistrations(const v1::AuditBatchRequest& request,
                                const BatchAuditOptions& options,
                                v1::AuditBatchResponse* response) {
  if (request.registrations_size() > options.max_registrations) {
    return absl::InvalidArgumentError(absl::StrCat("a batch may hold at most ",
                                                   options.max_registrations,
                                                   " registrations; split it"));
  }
  ValidationOptions validation = options.validation;
  if (!request.as_of().empty()) {
    SIMAUDIT_ASSIGN_OR_RETURN(int64_t as_of, ParseAsOf(request.as_of()));
    validation.as_of = as_of;
  }
  DetectOptions detect = options.detect;
  if (request.alert_threshold() != 0) {
    detect.alert_threshold = request.alert_threshold();
    SIMAUDIT_RETURN_IF_ERROR(ValidateDetectOptions(detect));
  }
  const std::string source = request.source().empty() ? "grpc" : request.source();
  Batch batch;
  for (int i = 0; i < request.registrations_size(); ++i) {
    if ((i & 0xFFFF) == 0 && absl::Now() > options.deadline) {
      return absl::DeadlineExceededError("deadline passed while validating the batch");
    }
    AppendRegistration(request.registrations(i), static_cast<uint64_t>(i) + 1, source,
                       validation, &batch);
  }
  if (absl::Now() > options.deadline) {
    return absl::DeadlineExceededError("deadline passed before detection");
  }
  SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<Detector> detector, Detector::Run(batch, detect));
  response->Clear();
  for (size_t s = 0; s < detector->num_subscriptions(); ++s) {
    const Verdict& v = detector->verdict(s);
    if (v.junk || v.non_owner || request.include_clean()) {
      *response->add_findings() = MakeFinding(batch, *detector, s);
    }
  }
  for (const RejectRow& r : batch.rejects) {
    v1::Reject* out = response->add_rejects();
    out->set_line(static_cast<int64_t>(r.line));
    out->set_column(r.column);
    out->set_reason(r.reason);
    out->set_raw(r.raw);
    out->set_source(r.source);
  }
  v1::AuditSummary* summary = response->mutable_summary();
  summary->set_command("audit");
  FillReadSummary(batch, summary);
  FillVerdictSummary(batch, *detector, summary);
  return absl::OkStatus();
}

}  // namespace simaudit
