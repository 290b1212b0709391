#include "lib/ingest/registration_adapter.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/ingest/batch_test_util.h"

namespace simaudit {
namespace {

using ::simaudit::testing::RecordContent;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

v1::Registration ValidRegistration() {
  v1::Registration reg;
  reg.set_carrier("MOBIFONE");
  reg.set_msisdn("+84903456789");
  reg.set_imsi("452011234567890");
  reg.set_iccid("8984010000987654329");
  reg.set_id_type("CCCD");
  reg.set_id_number("079185001234");
  reg.set_full_name("Trần Thị Ánh Tuyết");
  reg.set_date_of_birth("1985-11-02");
  reg.set_gender("F");
  reg.set_registered_at("2025-03-02T09:07:00+07:00");
  reg.set_channel("AGENT");
  reg.set_agent_id("MBF-HCM-0207");
  reg.set_face_match(0.79);
  reg.set_out_calls_30d(33);
  reg.set_topup_vnd_30d(0);
  return reg;
}

TEST(RegistrationToRawFieldsTest, NumbersBecomeDecimalTextAndAbsentOnesEmpty) {
  const v1::Registration reg = ValidRegistration();
  RegistrationNumberText numbers;
  const RawFields f = RegistrationToRawFields(reg, &numbers);
  EXPECT_EQ(Field(f, Column::kCarrier), "MOBIFONE");
  EXPECT_EQ(Field(f, Column::kFullName), "Trần Thị Ánh Tuyết");
  EXPECT_EQ(Field(f, Column::kFaceMatch), "0.79");
  EXPECT_EQ(Field(f, Column::kOutCalls30d), "33");
  EXPECT_EQ(Field(f, Column::kTopupVnd30d), "0") << "0 is known, not absent";
  EXPECT_EQ(Field(f, Column::kActiveDays30d), "");
  EXPECT_EQ(Field(f, Column::kDataMb30d), "");
  EXPECT_EQ(Field(f, Column::kStatus), "");

  v1::Registration negative;
  negative.set_in_sms_30d(-4);
  negative.set_face_match(1e-7);
  const RawFields g = RegistrationToRawFields(negative, &numbers);
  EXPECT_EQ(Field(g, Column::kInSms30d), "-4");
  EXPECT_EQ(Field(g, Column::kFaceMatch), "1e-07");
}

TEST(AppendRegistrationTest, GivesTheSameRecordAsTheCsvRow) {
  Batch from_proto, from_row;
  AppendRegistration(ValidRegistration(), 1, "grpc", ValidationOptions(), &from_proto);
  RawFields fields{};
  auto set = [&fields](Column c, absl::string_view v) { fields[static_cast<int>(c)] = v; };
  set(Column::kCarrier, "MOBIFONE");
  set(Column::kMsisdn, "+84903456789");
  set(Column::kImsi, "452011234567890");
  set(Column::kIccid, "8984010000987654329");
  set(Column::kIdType, "CCCD");
  set(Column::kIdNumber, "079185001234");
  set(Column::kFullName, "Trần Thị Ánh Tuyết");
  set(Column::kDateOfBirth, "1985-11-02");
  set(Column::kGender, "F");
  set(Column::kRegisteredAt, "2025-03-02T09:07:00+07:00");
  set(Column::kChannel, "AGENT");
  set(Column::kAgentId, "MBF-HCM-0207");
  set(Column::kFaceMatch, "0.79");
  set(Column::kOutCalls30d, "33");
  set(Column::kTopupVnd30d, "0");
  from_row.sources.push_back("grpc");
  ASSERT_TRUE(AppendRow(fields, 1, "", 0, ValidationOptions(), &from_row));
  ASSERT_EQ(from_proto.records.size(), 1u);
  EXPECT_EQ(RecordContent(from_proto.records[0], from_proto),
            RecordContent(from_row.records[0], from_row));
  EXPECT_EQ(from_proto.records[0].line, 1u);
}

TEST(AppendRegistrationTest, SourcesAreAddedOnceByName) {
  Batch batch;
  batch.sources.push_back("viettel.csv");
  AppendRegistration(ValidRegistration(), 1, "grpc", ValidationOptions(), &batch);
  AppendRegistration(ValidRegistration(), 2, "grpc", ValidationOptions(), &batch);
  AppendRegistration(ValidRegistration(), 1, "viettel.csv", ValidationOptions(), &batch);
  EXPECT_THAT(batch.sources, ElementsAre("viettel.csv", "grpc"));
  ASSERT_EQ(batch.records.size(), 3u);
  EXPECT_EQ(batch.records[0].source, 1);
  EXPECT_EQ(batch.records[1].source, 1);
  EXPECT_EQ(batch.records[2].source, 0);
}

TEST(AppendRegistrationTest, RejectCarriesTheMessageAsJson) {
  v1::Registration reg = ValidRegistration();
  reg.set_msisdn("02838291234");  // a Hồ Chí Minh City landline
  Batch batch;
  AppendRegistration(reg, 7, "grpc", ValidationOptions(), &batch);
  ASSERT_EQ(batch.rejects.size(), 1u);
  const RejectRow& r = batch.rejects[0];
  EXPECT_EQ(r.source, "grpc");
  EXPECT_EQ(r.line, 7u);
  EXPECT_EQ(r.reason, "BAD_MSISDN");
  EXPECT_EQ(r.column, "msisdn");
  EXPECT_THAT(r.raw, HasSubstr("\"msisdn\":\"02838291234\""));
  EXPECT_THAT(r.raw, HasSubstr("\"full_name\":\"Trần Thị Ánh Tuyết\""));
}

TEST(AppendRegistrationTest, NegativeUsageIsBadNumber) {
  v1::Registration reg = ValidRegistration();
  reg.set_in_calls_30d(-1);
  Batch batch;
  AppendRegistration(reg, 1, "grpc", ValidationOptions(), &batch);
  ASSERT_EQ(batch.rejects.size(), 1u);
  EXPECT_EQ(batch.rejects[0].reason, "BAD_NUMBER");
  EXPECT_EQ(batch.rejects[0].column, "in_calls_30d");
}

}  // namespace
}  // namespace simaudit
