// File: audit_service.h
// -----------------------------------------------------------------------------
// The gRPC adapter for AuditService: it passes the request and the caller's deadline to
// lib/audit's AuditRegistrations and converts the status. No audit logic lives here.
#ifndef SIMAUDIT_SERVICE_AUDIT_SERVICE_H_
#define SIMAUDIT_SERVICE_AUDIT_SERVICE_H_

#include "lib/audit/batch_audit.h"
#include "proto/audit_service.grpc.pb.h"

namespace simaudit::service {

// Thread-safe: each call works on its own batch.
class AuditServiceImpl final : public v1::AuditService::Service {
 public:
  explicit AuditServiceImpl(const BatchAuditOptions& options) : options_(options) {}

  grpc::Status AuditBatch(grpc::ServerContext* context, const v1::AuditBatchRequest* request,
                          v1::AuditBatchResponse* response) override;

 private:
  const BatchAuditOptions options_;
};

}  // namespace simaudit::service

#endif  // SIMAUDIT_SERVICE_AUDIT_SERVICE_H_
