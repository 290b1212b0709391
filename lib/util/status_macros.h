// File: status_macros.h
// -----------------------------------------------------------------------------
// Status propagation for absl 20220623, which has no ABSL_RETURN_IF_ERROR. Replace with
// the ABSL_ macros once the packaged Abseil has them.
//
//   SIMAUDIT_RETURN_IF_ERROR(WriteHeader(out));
//   SIMAUDIT_ASSIGN_OR_RETURN(Batch batch, ReadBatch(path));
#ifndef SIMAUDIT_LIB_UTIL_STATUS_MACROS_H_
#define SIMAUDIT_LIB_UTIL_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define SIMAUDIT_RETURN_IF_ERROR(expr)              \
  do {                                              \
    ::absl::Status simaudit_status_ = (expr);       \
    if (!simaudit_status_.ok()) return simaudit_status_; \
  } while (0)

#define SIMAUDIT_STATUS_CONCAT_INNER_(a, b) a##b
#define SIMAUDIT_STATUS_CONCAT_(a, b) SIMAUDIT_STATUS_CONCAT_INNER_(a, b)

#define SIMAUDIT_ASSIGN_OR_RETURN(lhs, rexpr) \
  SIMAUDIT_ASSIGN_OR_RETURN_IMPL_(            \
      SIMAUDIT_STATUS_CONCAT_(simaudit_statusor_, __LINE__), lhs, rexpr)

#define SIMAUDIT_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                    \
  if (!statusor.ok()) return std::move(statusor).status();    \
  lhs = std::move(statusor).value()

#endif  // SIMAUDIT_LIB_UTIL_STATUS_MACROS_H_
