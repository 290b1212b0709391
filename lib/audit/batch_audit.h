// File: batch_audit.h
// -----------------------------------------------------------------------------
// Audits a batch given as protocol-buffer messages (the gRPC path). It goes through the
// same validation (AppendRegistration) and detection (Detector) as the CLI, so the same
// rows give the same findings whichever way they arrive.
//
//   v1::AuditBatchResponse response;
//   absl::Status s = AuditRegistrations(request, BatchAuditOptions(), &response);
#ifndef SIMAUDIT_LIB_AUDIT_BATCH_AUDIT_H_
#define SIMAUDIT_LIB_AUDIT_BATCH_AUDIT_H_

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "lib/detect/detect_options.h"
#include "lib/detect/detector.h"
#include "lib/ingest/validate.h"
#include "lib/model/record.h"
#include "proto/audit_service.pb.h"
#include "proto/registration.pb.h"

namespace simaudit {

struct BatchAuditOptions {
  ValidationOptions validation;
  DetectOptions detect;
  // The caller's deadline; work stops with DeadlineExceeded once it has passed.
  absl::Time deadline = absl::InfiniteFuture();
  // Requests with more registrations fail with InvalidArgument.
  int max_registrations = 5'000'000;
};

// Fills `response` with the findings, rejects and a summary. Errors: InvalidArgument for
// a malformed request (bad as_of, alert_threshold outside (0, 1), too many rows);
// DeadlineExceeded. `response` is unspecified on error.
absl::Status AuditRegistrations(const v1::AuditBatchRequest& request,
                                const BatchAuditOptions& options,
                                v1::AuditBatchResponse* response);

// One verdict as a Finding message (with evidence when flagged).
v1::Finding MakeFinding(const Batch& batch, const Detector& detector, size_t subscription);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_AUDIT_BATCH_AUDIT_H_
