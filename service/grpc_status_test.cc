#include "service/grpc_status.h"

#include <string>

#include "gtest/gtest.h"

namespace simaudit::service {
namespace {

TEST(ToGrpcStatusTest, EveryCodeMapsOneToOne) {
  // All 17 canonical codes, 0 (OK) to 16 (UNAUTHENTICATED).
  for (int code = 0; code <= 16; ++code) {
    const absl::Status in(static_cast<absl::StatusCode>(code), code == 0 ? "" : "why");
    const grpc::Status out = ToGrpcStatus(in);
    EXPECT_EQ(static_cast<int>(out.error_code()), code);
    EXPECT_EQ(out.error_message(), code == 0 ? "" : "why");
  }
}

TEST(ToGrpcStatusTest, LongMessagesAreTruncated) {
  const grpc::Status out = ToGrpcStatus(absl::InternalError(std::string(5000, 'x')));
  EXPECT_EQ(out.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_EQ(out.error_message().size(), kMaxErrorMessageBytes + std::string("...TRUNCATED").size());
}

}  // namespace
}  // namespace simaudit::service
