// The gRPC service, tested in process through a real stub: a batch sent over gRPC and the
// same batch given to the CLI's audit produce the same findings, and each status path
// reaches the client with its code.

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/reflection.h"
#include "grpcpp/client_context.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/audit/audit.h"
#include "lib/gen/generator.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"
#include "proto/audit_service.grpc.pb.h"
#include "service/server.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

// Converts a CSV batch to Registration messages field by field, by column name.
std::vector<v1::Registration> CsvToRegistrations(const std::string& path) {
  std::vector<v1::Registration> out;
  auto in = ChunkedInput::OpenFile(path);
  EXPECT_THAT(in, IsOk());
  CsvReader reader(in->get());
  auto header = reader.Next();
  EXPECT_TRUE(header.ok() && *header != nullptr);
  std::vector<std::string> names((*header)->fields.begin(), (*header)->fields.end());
  const auto* descriptor = v1::Registration::descriptor();
  while (true) {
    auto row = reader.Next();
    EXPECT_THAT(row, IsOk());
    if (*row == nullptr) break;
    v1::Registration reg;
    const auto* reflection = reg.GetReflection();
    for (size_t i = 0; i < names.size() && i < (*row)->fields.size(); ++i) {
      const auto* field = descriptor->FindFieldByName(names[i]);
      std::string value((*row)->fields[i]);
      if (field == nullptr || value.empty()) continue;
      switch (field->cpp_type()) {
        case google::protobuf::FieldDescriptor::CPPTYPE_STRING:
          reflection->SetString(&reg, field, value);
          break;
        case google::protobuf::FieldDescriptor::CPPTYPE_INT64: {
          int64_t v = 0;
          EXPECT_TRUE(absl::SimpleAtoi(value, &v)) << value;
          reflection->SetInt64(&reg, field, v);
          break;
        }
        case google::protobuf::FieldDescriptor::CPPTYPE_DOUBLE: {
          double v = 0;
          EXPECT_TRUE(absl::SimpleAtod(value, &v)) << value;
          reflection->SetDouble(&reg, field, v);
          break;
        }
        default:
          ADD_FAILURE() << "unexpected field type for " << names[i];
      }
    }
    out.push_back(std::move(reg));
  }
  return out;
}

class AuditServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(std::string(testing::TempDir()) + "/grpc_parity");
    GeneratorOptions gen;
    gen.subscriptions = 6000;
    gen.seed = 7;
    ASSERT_THAT(GenerateToDir(gen, *dir_), IsOk());
  }
  static void TearDownTestSuite() { delete dir_; }

  void SetUp() override {
    service::Server::Options options;
    options.address = "";
    ASSERT_THAT(server_.Start(options), IsOk());
    stub_ = v1::AuditService::NewStub(server_.InProcessChannel());
  }

  static std::string* dir_;
  service::Server server_;
  std::unique_ptr<v1::AuditService::Stub> stub_;
};

std::string* AuditServiceTest::dir_ = nullptr;

TEST_F(AuditServiceTest, GrpcAndCliGiveTheSameFindings) {
  const std::string batch = *dir_ + "/batch.csv";
  AuditOptions cli;
  cli.inputs = {batch};
  cli.out_dir = *dir_ + "/cli";
  cli.include_clean = true;
  std::ostringstream ignored;
  ASSERT_THAT(RunAudit(cli, ignored), IsOk());

  v1::AuditBatchRequest request;
  for (auto& reg : CsvToRegistrations(batch)) *request.add_registrations() = std::move(reg);
  request.set_include_clean(true);
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  const grpc::Status status = stub_->AuditBatch(&context, request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();

  std::vector<std::string> grpc_rows;
  int flagged = 0;
  for (const v1::Finding& f : response.findings()) {
    const std::string flags = f.junk() && f.non_owner() ? "JUNK;NON_OWNER"
                              : f.junk()                ? "JUNK"
                              : f.non_owner()           ? "NON_OWNER"
                                                        : "";
    flagged += !flags.empty();
    grpc_rows.push_back(absl::StrFormat("%s,%s,%s,%.4f,%.4f,%s", f.carrier(), f.msisdn(), flags,
                                        f.junk_score(), f.non_owner_score(),
                                        absl::StrJoin(f.reasons(), ";")));
  }
  std::ifstream csv(cli.out_dir + "/findings.csv");
  std::string line;
  std::getline(csv, line);  // header
  std::vector<std::string> cli_rows;
  while (std::getline(csv, line)) {
    // The first six columns; evidence (the seventh) is quoted and may hold commas.
    std::vector<std::string> cols = absl::StrSplit(line, absl::MaxSplits(',', 6));
    ASSERT_GE(cols.size(), 6u) << line;
    cli_rows.push_back(absl::StrJoin(cols.begin(), cols.begin() + 6, ","));
  }
  EXPECT_EQ(grpc_rows, cli_rows);
  EXPECT_GT(flagged, 0) << "the generated batch has planted patterns";
  EXPECT_EQ(response.summary().flagged_any(), flagged);
}

TEST_F(AuditServiceTest, InvalidRowsComeBackAsRejectsNotErrors) {
  v1::AuditBatchRequest request;
  v1::Registration* bad = request.add_registrations();
  bad->set_carrier("NOSUCH");
  bad->set_msisdn("0912345678");
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  ASSERT_TRUE(stub_->AuditBatch(&context, request, &response).ok());
  ASSERT_EQ(response.rejects_size(), 1);
  EXPECT_EQ(response.rejects(0).line(), 1);
  EXPECT_FALSE(response.rejects(0).reason().empty());
  EXPECT_EQ(response.findings_size(), 0);
}

// A registration on a CCCD whose province code (003) is not one of the 63: the service
// keeps it with the soft check by default, as the CLI does, and rejects it when the
// server is configured to (simaudit_server --reject_unknown_cccd_province).
TEST_F(AuditServiceTest, UnknownCccdProvinceIsKeptUnlessTheServerRejectsIt) {
  v1::AuditBatchRequest request;
  v1::Registration* reg = request.add_registrations();
  reg->set_carrier("VIETTEL");
  reg->set_msisdn("0961234567");
  reg->set_id_type("CCCD");
  reg->set_id_number("003090012345");
  reg->set_full_name("Nguyễn Văn An");
  reg->set_date_of_birth("1990-05-17");
  reg->set_gender("M");
  reg->set_registered_at("2025-03-01T10:15:00+07:00");
  reg->set_channel("STORE");
  request.set_include_clean(true);
  {
    v1::AuditBatchResponse response;
    grpc::ClientContext context;
    ASSERT_TRUE(stub_->AuditBatch(&context, request, &response).ok());
    EXPECT_EQ(response.rejects_size(), 0);
    EXPECT_EQ(response.findings_size(), 1);
  }
  service::Server strict;
  service::Server::Options options;
  options.address = "";
  options.audit.validation.unknown_cccd_province_is_soft = false;
  ASSERT_THAT(strict.Start(options), IsOk());
  auto strict_stub = v1::AuditService::NewStub(strict.InProcessChannel());
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  ASSERT_TRUE(strict_stub->AuditBatch(&context, request, &response).ok());
  ASSERT_EQ(response.rejects_size(), 1);
  EXPECT_EQ(response.rejects(0).reason(), "BAD_CCCD_PROVINCE");
  EXPECT_EQ(response.findings_size(), 0);
  strict.Shutdown();
}

TEST_F(AuditServiceTest, BadAsOfIsInvalidArgument) {
  v1::AuditBatchRequest request;
  request.set_as_of("yesterday");
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  EXPECT_EQ(stub_->AuditBatch(&context, request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(AuditServiceTest, BadAlertThresholdIsInvalidArgument) {
  v1::AuditBatchRequest request;
  request.set_alert_threshold(2.0);
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  EXPECT_EQ(stub_->AuditBatch(&context, request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(AuditServiceTest, ExpiredDeadlineIsDeadlineExceeded) {
  v1::AuditBatchRequest request;
  request.add_registrations()->set_carrier("VIETTEL");
  v1::AuditBatchResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() - std::chrono::seconds(1));
  EXPECT_EQ(stub_->AuditBatch(&context, request, &response).error_code(),
            grpc::StatusCode::DEADLINE_EXCEEDED);
}

}  // namespace
}  // namespace simaudit
