// File: grpc_status.h
// -----------------------------------------------------------------------------
// The one place where absl::Status becomes grpc::Status. Codes map 1:1 (both follow
// google.rpc.Code); messages longer than kMaxErrorMessageBytes are truncated so that no
// large internal detail reaches a client.
#ifndef SIMAUDIT_SERVICE_GRPC_STATUS_H_
#define SIMAUDIT_SERVICE_GRPC_STATUS_H_

#include <cstddef>

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace simaudit::service {

inline constexpr size_t kMaxErrorMessageBytes = 1024;

grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace simaudit::service

#endif  // SIMAUDIT_SERVICE_GRPC_STATUS_H_
