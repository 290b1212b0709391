#include "service/audit_service.h"

#include <chrono>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "lib/util/logging.h"
#include "service/grpc_status.h"

namespace simaudit::service {

grpc::Status AuditServiceImpl::AuditBatch(grpc::ServerContext* context,
                                          const v1::AuditBatchRequest* request,
                                          v1::AuditBatchResponse* response) {
  BatchAuditOptions options = options_;
  options.deadline = absl::FromChrono(context->deadline());
  const absl::Status status = AuditRegistrations(*request, options, response);
  if (!status.ok()) VLOG(1) << "AuditBatch failed: " << status;
  return ToGrpcStatus(status);
}

}  // namespace simaudit::service
