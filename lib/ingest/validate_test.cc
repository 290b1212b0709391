#include "lib/ingest/validate.h"

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/ingest/identity_keyer.h"
#include "lib/ingest/timestamp.h"

namespace simaudit {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

// A complete, valid Viettel registration; tests change one column at a time.
class Row {
 public:
  Row() {
    values_ = {
        {Column::kCarrier, "VIETTEL"},
        {Column::kMsisdn, "0961234567"},
        {Column::kImsi, "452041234567890"},
        {Column::kIccid, "8984041234567890127"},
        {Column::kSubscriberType, "INDIVIDUAL"},
        {Column::kIdType, "CCCD"},
        {Column::kIdNumber, "001090012345"},
        {Column::kFullName, "Nguyễn Văn Đức"},
        {Column::kDateOfBirth, "1990-05-17"},
        {Column::kGender, "M"},
        {Column::kNationality, "VN"},
        {Column::kProvince, "001"},
        {Column::kRegisteredAt, "2025-03-01T10:15:00+07:00"},
        {Column::kChannel, "STORE"},
        {Column::kAgentId, "VT-HN-0012"},
        {Column::kDeviceImei, "490154203237518"},
        {Column::kSelfieHash, "8f3a5c7e9b1d2f40"},
        {Column::kFaceMatch, "0.87"},
        {Column::kPopdbCheck, "MATCH"},
        {Column::kStatus, "ACTIVE"},
        {Column::kFirstUseImei, "356938035643809"},
        {Column::kActiveDays30d, "27"},
        {Column::kOutCalls30d, "41"},
        {Column::kInCalls30d, "38"},
        {Column::kOutSms30d, "12"},
        {Column::kInSms30d, "20"},
        {Column::kDistinctCallees30d, "19"},
        {Column::kTopupVnd30d, "100000"},
        {Column::kDataMb30d, "2048"},
    };
  }

  Row& Set(Column c, std::string value) {
    values_[c] = std::move(value);
    return *this;
  }

  RawFields fields() const {
    RawFields f{};
    for (const auto& [column, value] : values_) f[static_cast<int>(column)] = value;
    return f;
  }

 private:
  std::map<Column, std::string> values_;
};

class AppendRowTest : public ::testing::Test {
 protected:
  AppendRowTest() { batch_.sources.push_back("viettel-2025-03.csv"); }

  bool Append(const Row& row, uint64_t line = 2) {
    return AppendRow(row.fields(), line, "raw,row,text", /*source=*/0, options_, &batch_);
  }

  ValidationOptions options_;
  Batch batch_;
};

TEST_F(AppendRowTest, AcceptsAndNormalisesACompleteRow) {
  ASSERT_TRUE(Append(Row(), /*line=*/7));
  ASSERT_EQ(batch_.records.size(), 1u);
  EXPECT_TRUE(batch_.rejects.empty());
  const Record& r = batch_.records[0];
  EXPECT_EQ(r.carrier, Carrier::kViettel);
  EXPECT_EQ(r.msisdn, 84961234567ull);
  EXPECT_EQ(r.imsi, 452041234567890ull);
  EXPECT_EQ(r.iccid_body, 41234567890127ull);
  EXPECT_EQ(r.iccid_len, 19);
  EXPECT_EQ(r.subscriber_type, SubscriberType::kIndividual);
  EXPECT_EQ(r.id_type, IdType::kCccd);
  EXPECT_EQ(batch_.ids.Get(r.id_key), "CCCD:001090012345");
  EXPECT_EQ(batch_.names.Get(r.name_key), "NGUYEN VAN DUC");
  EXPECT_EQ(r.date_of_birth, DaysFromCivil(1990, 5, 17));
  EXPECT_EQ(r.gender, Gender::kMale);
  EXPECT_EQ(r.province, 1);
  EXPECT_EQ(r.registered_at, 1740798900);
  EXPECT_EQ(r.utc_offset_minutes, 420);
  EXPECT_EQ(r.channel, Channel::kStore);
  EXPECT_EQ(batch_.agents.Get(r.agent), "VT-HN-0012");
  EXPECT_EQ(r.device_imei, 490154203237518ull);
  EXPECT_TRUE(r.has_selfie);
  EXPECT_EQ(r.selfie_hash, 0x8f3a5c7e9b1d2f40ull);
  EXPECT_FLOAT_EQ(r.face_match, 0.87f);
  EXPECT_EQ(r.popdb_check, PopdbCheck::kMatch);
  EXPECT_EQ(r.status, SubscriptionStatus::kActive);
  EXPECT_EQ(r.first_use_imei, 356938035643809ull);
  EXPECT_THAT(r.usage, ElementsAre(27, 41, 38, 12, 20, 19, 100000, 2048));
  EXPECT_EQ(r.soft_checks, 0u);
  EXPECT_EQ(r.line, 7u);
  EXPECT_EQ(r.source, 0);

  EXPECT_EQ(batch_.counters.rows_read, 1u);
  EXPECT_EQ(batch_.counters.rows_accepted, 1u);
  EXPECT_EQ(batch_.counters.rows_rejected, 0u);
  EXPECT_EQ(batch_.counters.accepted_per_carrier[static_cast<int>(Carrier::kViettel)], 1u);
  EXPECT_EQ(batch_.max_registered_at, 1740798900);
}

TEST_F(AppendRowTest, OptionalColumnsMayBeEmpty) {
  Row row;
  for (Column c : {Column::kImsi, Column::kIccid, Column::kSubscriberType, Column::kGender,
                   Column::kNationality, Column::kProvince, Column::kChannel,
                   Column::kAgentId, Column::kDeviceImei, Column::kSelfieHash,
                   Column::kFaceMatch, Column::kPopdbCheck, Column::kStatus,
                   Column::kFirstUseImei, Column::kActiveDays30d, Column::kDataMb30d}) {
    row.Set(c, "");
  }
  ASSERT_TRUE(Append(row));
  const Record& r = batch_.records[0];
  EXPECT_EQ(r.imsi, 0u);
  EXPECT_EQ(r.iccid_len, 0);
  EXPECT_EQ(r.gender, Gender::kUnknown);
  EXPECT_EQ(r.province, 0);
  EXPECT_EQ(r.channel, Channel::kUnknown);
  EXPECT_EQ(r.agent, kNoId);
  EXPECT_EQ(r.device_imei, 0u);
  EXPECT_FALSE(r.has_selfie);
  EXPECT_FALSE(r.has_face_match());
  EXPECT_EQ(r.popdb_check, PopdbCheck::kUnchecked);
  EXPECT_EQ(r.status, SubscriptionStatus::kActive);
  EXPECT_FALSE(r.has_usage(kActiveDays));
  EXPECT_FALSE(r.has_usage(kDataMb));
  EXPECT_TRUE(r.has_usage(kOutCalls));
}

// Some dealer apps send fifteen zeros for a device they could not read. The contract's
// format allows it (15 digits, Luhn sum 0), so the row is kept, with no device.
TEST_F(AppendRowTest, AllZeroImeiIsAPlaceholderHeldAsNoDevice) {
  ASSERT_TRUE(Append(Row()
                         .Set(Column::kDeviceImei, "000000000000000")
                         .Set(Column::kFirstUseImei, "000000000000000")));
  EXPECT_TRUE(batch_.rejects.empty());
  const Record& r = batch_.records[0];
  EXPECT_EQ(r.device_imei, 0u);
  EXPECT_EQ(r.first_use_imei, 0u);
  EXPECT_EQ(batch_.counters.rows_accepted, 1u);
}

TEST_F(AppendRowTest, TrimsFieldsAndIgnoresCase) {
  Row row;
  row.Set(Column::kCarrier, "  viettel ")
      .Set(Column::kMsisdn, " +84961234567\t")
      .Set(Column::kIdType, "cccd")
      .Set(Column::kGender, "m")
      .Set(Column::kChannel, "ekyc_app")
      .Set(Column::kSelfieHash, "8F3A5C7E9B1D2F40");
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records[0].msisdn, 84961234567ull);
  EXPECT_EQ(batch_.records[0].channel, Channel::kEkycApp);
  EXPECT_EQ(batch_.records[0].selfie_hash, 0x8f3a5c7e9b1d2f40ull);
}

struct HardCase {
  Column column;
  std::string value;
  const char* reason;
  const char* reject_column;
};

const HardCase kHardCases[] = {
    {Column::kCarrier, "", "MISSING_FIELD", "carrier"},
    {Column::kMsisdn, " ", "MISSING_FIELD", "msisdn"},
    {Column::kIdType, "", "MISSING_FIELD", "id_type"},
    {Column::kIdNumber, "", "MISSING_FIELD", "id_number"},
    {Column::kFullName, "  ", "MISSING_FIELD", "full_name"},
    {Column::kFullName, "\u200B", "MISSING_FIELD", "full_name"},  // folds to nothing
    {Column::kRegisteredAt, "", "MISSING_FIELD", "registered_at"},
    {Column::kDateOfBirth, "", "MISSING_FIELD", "date_of_birth"},
    {Column::kCarrier, "SFONE", "UNKNOWN_CARRIER", "carrier"},
    {Column::kMsisdn, "02438251234", "BAD_MSISDN", "msisdn"},
    {Column::kMsisdn, "1900545454", "BAD_MSISDN", "msisdn"},
    {Column::kMsisdn, "096123456", "BAD_MSISDN", "msisdn"},
    {Column::kIdType, "CMT", "BAD_ENUM", "id_type"},
    {Column::kSubscriberType, "PERSON", "BAD_ENUM", "subscriber_type"},
    {Column::kGender, "X", "BAD_GENDER", "gender"},
    {Column::kGender, "Nam", "BAD_GENDER", "gender"},
    {Column::kChannel, "KIOSK", "BAD_ENUM", "channel"},
    {Column::kPopdbCheck, "OK", "BAD_ENUM", "popdb_check"},
    {Column::kStatus, "SUSPENDED", "BAD_ENUM", "status"},
    {Column::kRegisteredAt, "2025-03-01T10:15:00", "MISSING_OFFSET", "registered_at"},
    {Column::kRegisteredAt, "2025-02-29T10:15:00+07:00", "BAD_TIMESTAMP", "registered_at"},
    {Column::kRegisteredAt, "01/03/2025 10:15", "BAD_TIMESTAMP", "registered_at"},
    {Column::kDateOfBirth, "1990-02-30", "BAD_DATE", "date_of_birth"},
    {Column::kDateOfBirth, "17/05/1990", "BAD_DATE", "date_of_birth"},
    {Column::kDateOfBirth, "2025-03-02", "DOB_IN_FUTURE", "date_of_birth"},
    {Column::kDateOfBirth, "1904-02-28", "AGE_OVER_MAX", "date_of_birth"},
    {Column::kNationality, "VNM", "BAD_NATIONALITY", "nationality"},
    {Column::kIdNumber, "00109001234", "BAD_CCCD", "id_number"},
    {Column::kImsi, "310041234567890", "BAD_IMSI", "imsi"},
    {Column::kImsi, "452101234567890", "BAD_IMSI", "imsi"},
    {Column::kIccid, "8984041234567890128", "BAD_ICCID", "iccid"},
    {Column::kIccid, "898404123456789012", "BAD_ICCID", "iccid"},
    {Column::kDeviceImei, "490154203237517", "BAD_IMEI", "device_imei"},
    {Column::kFirstUseImei, "35693803564380", "BAD_IMEI", "first_use_imei"},
    {Column::kSelfieHash, "8f3a5c7e9b1d2f4", "BAD_SELFIE_HASH", "selfie_hash"},
    {Column::kFaceMatch, "1.2", "BAD_FACE_MATCH", "face_match"},
    {Column::kFaceMatch, "high", "BAD_FACE_MATCH", "face_match"},
    {Column::kProvince, "003", "BAD_PROVINCE", "province"},
    {Column::kOutCalls30d, "-3", "BAD_NUMBER", "out_calls_30d"},
    {Column::kDataMb30d, "12.5", "BAD_NUMBER", "data_mb_30d"},
    {Column::kTopupVnd30d, "100,000", "BAD_NUMBER", "topup_vnd_30d"},
    {Column::kAgentId, std::string(kMaxFieldBytes + 1, 'A'), "FIELD_TOO_LONG", "agent_id"},
    {Column::kFullName, "Nguy\xE1\xBB n", "BAD_UTF8", "full_name"},
};

TEST_F(AppendRowTest, HardChecksRejectWithReasonAndColumn) {
  for (const HardCase& c : kHardCases) {
    Batch batch;
    batch.sources.push_back("viettel-2025-03.csv");
    Row row;
    row.Set(c.column, c.value);
    EXPECT_FALSE(AppendRow(row.fields(), 12, "the raw row", 0, options_, &batch))
        << ColumnName(c.column) << "=" << c.value;
    ASSERT_EQ(batch.rejects.size(), 1u) << ColumnName(c.column) << "=" << c.value;
    const RejectRow& reject = batch.rejects[0];
    EXPECT_EQ(reject.reason, c.reason) << ColumnName(c.column) << "=" << c.value;
    EXPECT_EQ(reject.column, c.reject_column) << ColumnName(c.column) << "=" << c.value;
    EXPECT_EQ(reject.line, 12u);
    EXPECT_EQ(reject.source, "viettel-2025-03.csv");
    EXPECT_EQ(reject.raw, "the raw row");
    EXPECT_TRUE(batch.records.empty());
    EXPECT_EQ(batch.counters.rows_read, 1u);
    EXPECT_EQ(batch.counters.rows_rejected, 1u);
    EXPECT_THAT(batch.counters.rejects_per_reason, ElementsAre(Pair(c.reason, 1u)));
    // A rejected row interns nothing.
    EXPECT_EQ(batch.ids.size(), 0u);
    EXPECT_EQ(batch.names.size(), 0u);
    EXPECT_EQ(batch.agents.size(), 0u);
  }
}

TEST_F(AppendRowTest, RegisteredAfterAsOfIsRejected) {
  options_.as_of = 1740798900 - 1;
  EXPECT_FALSE(Append(Row()));
  EXPECT_EQ(batch_.rejects[0].reason, "REGISTERED_AFTER_AS_OF");
  options_.as_of = 1740798900;  // exactly at the as-of instant is fine
  EXPECT_TRUE(Append(Row()));
}

TEST_F(AppendRowTest, RawIsTruncatedToOneKibibyte) {
  Row row;
  row.Set(Column::kCarrier, "SFONE");
  const std::string raw(5000, 'x');
  EXPECT_FALSE(AppendRow(row.fields(), 2, raw, 0, options_, &batch_));
  EXPECT_EQ(batch_.rejects[0].raw.size(), kMaxRawBytes);
}

TEST_F(AppendRowTest, IdentityDocumentsByType) {
  struct IdCase {
    const char* id_type;
    const char* number;
    const char* nationality;
    const char* subscriber_type;
    const char* date_of_birth;
    const char* reason;  // nullptr: accepted
    const char* key;
  };
  const IdCase cases[] = {
      {"CMND", "012345678", "VN", "", "1990-05-17", nullptr, "CMND:012345678"},
      {"CMND", "123456789012", "VN", "", "1990-05-17", nullptr, "CMND:123456789012"},
      {"CMND", "12345678", "VN", "", "1990-05-17", "BAD_CMND", nullptr},
      {"PASSPORT", "c1234567", "VN", "", "1990-05-17", nullptr, "PASSPORT:C1234567"},
      {"PASSPORT", "C123456", "", "", "1990-05-17", "BAD_PASSPORT", nullptr},
      {"PASSPORT", "m12345678", "KR", "", "1990-05-17", nullptr, "PASSPORT:M12345678"},
      {"PASSPORT", "M123", "KR", "", "1990-05-17", "BAD_PASSPORT", nullptr},
      {"ORG", "0101234567-001", "VN", "ORGANIZATION", "", nullptr, "ORG:0101234567001"},
      {"ORG", "0101234567", "", "INDIVIDUAL", "", nullptr, "ORG:0101234567"},
      {"ORG", "MST-0101", "", "ORGANIZATION", "", "BAD_ORG_ID", nullptr},
      // An organisation registering on its representative's CCCD: no birth date needed.
      {"CCCD", "001090012345", "VN", "ORGANIZATION", "", nullptr, "CCCD:001090012345"},
  };
  for (const IdCase& c : cases) {
    Batch batch;
    Row row;
    row.Set(Column::kIdType, c.id_type)
        .Set(Column::kIdNumber, c.number)
        .Set(Column::kNationality, c.nationality)
        .Set(Column::kSubscriberType, c.subscriber_type)
        .Set(Column::kDateOfBirth, c.date_of_birth);
    const bool accepted = AppendRow(row.fields(), 2, "", 0, options_, &batch);
    if (c.reason == nullptr) {
      ASSERT_TRUE(accepted) << c.id_type << " " << c.number << ": "
                            << (batch.rejects.empty() ? "" : batch.rejects[0].reason);
      EXPECT_EQ(batch.ids.Get(batch.records[0].id_key), c.key);
    } else {
      ASSERT_FALSE(accepted) << c.id_type << " " << c.number;
      EXPECT_EQ(batch.rejects[0].reason, c.reason) << c.id_type << " " << c.number;
      EXPECT_EQ(batch.rejects[0].column, "id_number");
    }
  }
}

struct CccdSoftCase {
  const char* number;  // PPP G YY NNNNNN
  const char* date_of_birth;
  const char* gender;
  uint32_t soft_checks;
};

// Registration on 2025-03-01; the under-14 and over-110 checks fire where ages demand.
const CccdSoftCase kCccdSoftCases[] = {
    {"001090012345", "1990-05-17", "M", 0},                             // G=0 1900s male
    // The digit's century is right and only the gender differs: one keystroke, a slip.
    {"001090012345", "1990-05-17", "F", kSoftCccdGenderMismatch | kSoftCccdGenderSlip},
    {"001090012345", "1991-05-17", "M", kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    {"001090012345", "1980-05-17", "M", kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    {"001090012345", "1975-05-17", "M", kSoftCccdBirthYearMismatch},  // both digits differ
    {"079185001234", "1985-11-02", "F", 0},                             // G=1 1900s female
    {"079185001234", "1985-11-02", "M", kSoftCccdGenderMismatch | kSoftCccdGenderSlip},
    {"079185001234", "1986-11-02", "F", kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    {"048205123456", "2005-07-20", "M", 0},                             // G=2 2000s male
    // One mistyped century digit explains the mismatch: a slip, however old it makes.
    {"048205123456", "1905-07-20", "M",
     kSoftCccdBirthYearMismatch | kSoftCccdYearSlip | kSoftAgeOver110},
    {"031310654321", "2010-01-09", "F", 0},                             // G=3 2000s female
    {"031312654321", "2012-06-01", "F", kSoftUnder14},
    {"031312654321", "2012-06-01", "M",
     kSoftUnder14 | kSoftCccdGenderMismatch | kSoftCccdGenderSlip},
    {"001410000001", "2010-01-01", "M",                                 // G=4 is 2100s
     kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    // G=5 (2100s female) for a man of 2010: one digit (5 for 2) explains both mismatches.
    {"001510000001", "2010-01-01", "M",
     kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch | kSoftCccdYearSlip |
         kSoftCccdGenderSlip},
    // Two digits wrong, not neighbours: no slip.
    {"001510000001", "2011-01-01", "M", kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch},
    // Neighbouring digits swapped: 1948 written 084.
    {"001084012345", "1948-05-17", "M", kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    {"001900012345", "1990-05-17", "M",  // 090 written 900
     kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch | kSoftCccdYearSlip |
         kSoftCccdGenderSlip},
    // The neighbouring year across a century (1999 typed as 2000) is one slip; with the
    // gender wrong as well it is two.
    {"001199000001", "2000-01-01", "F", kSoftCccdBirthYearMismatch | kSoftCccdYearSlip},
    {"001199000001", "2000-01-01", "M", kSoftCccdBirthYearMismatch | kSoftCccdGenderMismatch},
    {"001090012345", "1990-05-17", "", 0},                              // no gender given
    {"001012000001", "1912-01-01", "M", kSoftAgeOver110},
};

TEST_F(AppendRowTest, CccdDigitsAreCrossCheckedAgainstBirthDateAndGender) {
  for (const CccdSoftCase& c : kCccdSoftCases) {
    Batch batch;
    Row row;
    row.Set(Column::kIdNumber, c.number)
        .Set(Column::kDateOfBirth, c.date_of_birth)
        .Set(Column::kGender, c.gender);
    const bool accepted = AppendRow(row.fields(), 2, "", 0, options_, &batch);
    ASSERT_TRUE(accepted) << c.number << " " << c.date_of_birth << " "
                          << batch.rejects[0].reason;
    EXPECT_EQ(batch.records[0].soft_checks, c.soft_checks)
        << c.number << " " << c.date_of_birth << " " << c.gender;
  }
}

// The domain sheet: "an unknown PPP is a soft flag" (births abroad and the codes after
// the 2025 merger are UNCONFIRMED), so the row is kept; rejecting it is configurable.
TEST_F(AppendRowTest, UnknownCccdProvinceIsSoftUnlessConfiguredToReject) {
  Row row;
  row.Set(Column::kIdNumber, "003090012345");  // 003 is not a province code
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records.back().soft_checks, kSoftCccdUnknownProvince);
  EXPECT_EQ(batch_.counters.soft_checks[8], 1u);  // CCCD_UNKNOWN_PROVINCE is bit 8
  options_.unknown_cccd_province_is_soft = false;
  EXPECT_FALSE(Append(row));
  EXPECT_EQ(batch_.rejects.back().reason, "BAD_CCCD_PROVINCE");
  EXPECT_EQ(batch_.rejects.back().column, "id_number");
}

TEST_F(AppendRowTest, CmndExpiresAfterConfiguredDay) {
  Row row;
  row.Set(Column::kIdType, "CMND").Set(Column::kIdNumber, "012345678");
  row.Set(Column::kRegisteredAt, "2024-12-31T23:59:59+07:00");
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records.back().soft_checks, 0u);
  row.Set(Column::kRegisteredAt, "2025-01-01T00:00:00+07:00");
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records.back().soft_checks, kSoftCmndExpired);
  options_.cmnd_valid_until_days = DaysFromCivil(2026, 6, 14);
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records.back().soft_checks, 0u);
  EXPECT_EQ(batch_.counters.soft_checks[5], 1u);  // CMND_EXPIRED is bit 5
}

TEST_F(AppendRowTest, AgeThresholdsAreOptions) {
  Row row;
  row.Set(Column::kIdNumber, "001305000001").Set(Column::kDateOfBirth, "2005-01-01");
  row.Set(Column::kGender, "M");
  options_.under_age_years = 21;
  ASSERT_TRUE(Append(row));
  EXPECT_EQ(batch_.records.back().soft_checks,
            kSoftUnder14 | kSoftCccdGenderMismatch | kSoftCccdGenderSlip);
  options_.max_age_years = 15;
  EXPECT_FALSE(Append(row));
  EXPECT_EQ(batch_.rejects.back().reason, "AGE_OVER_MAX");
}

TEST_F(AppendRowTest, ImsiAndIccidConsistencyWithCarrier) {
  struct Case {
    const char* carrier;
    const char* imsi;
    const char* iccid;
    bool allow_mvno_host;
    uint32_t soft_checks;
  };
  const Case cases[] = {
      {"VIETTEL", "452041234567890", "8984041234567890127", true, 0},
      {"VIETTEL", "452061234567890", "", true, 0},  // EVN Telecom's MNC, now Viettel
      {"VIETTEL", "452021234567890", "8984020000123456785", true,
       kSoftImsiCarrierMismatch | kSoftIccidIssuerMismatch},
      {"MOBIFONE", "452011234567890", "8984010000987654329", true, 0},
      {"MOBIFONE", "452011234567890", "8984020000123456785", true, kSoftIccidIssuerMismatch},
      {"VINAPHONE", "452021234567890", "8984020000123456785", true, 0},
      {"ITEL", "452021234567890", "8984020000123456785", true, 0},
      {"ITEL", "452021234567890", "8984020000123456785", false,
       kSoftImsiCarrierMismatch | kSoftIccidIssuerMismatch},
      {"ITEL", "452081234567890", "8984080000111122222", false, 0},
      {"REDDI", "452041234567890", "", true, 0},
      {"REDDI", "452041234567890", "", false, kSoftImsiCarrierMismatch},
      {"ASIM", "452071234567890", "", false, 0},
      {"GMOBILE", "452071234567890", "8984070000111122224", true, 0},
      {"VIETNAMOBILE", "452041234567890", "8984051234567890124", true,
       kSoftImsiCarrierMismatch},
  };
  for (const Case& c : cases) {
    Batch batch;
    Row row;
    row.Set(Column::kCarrier, c.carrier).Set(Column::kImsi, c.imsi).Set(Column::kIccid, c.iccid);
    options_.allow_mvno_host_mnc = c.allow_mvno_host;
    ASSERT_TRUE(AppendRow(row.fields(), 2, "", 0, options_, &batch))
        << c.carrier << " " << batch.rejects[0].reason;
    EXPECT_EQ(batch.records[0].soft_checks, c.soft_checks)
        << c.carrier << " " << c.imsi << " " << c.iccid << " host " << c.allow_mvno_host;
  }
}

TEST_F(AppendRowTest, SpellingsOfOneNameShareANameKey) {
  ASSERT_TRUE(Append(Row().Set(Column::kFullName, "Nguyễn Văn Đức")));
  ASSERT_TRUE(Append(Row().Set(Column::kFullName, "NGUYEN VAN DUC")));
  ASSERT_TRUE(Append(Row().Set(Column::kFullName, "Nguyen  Van Duc")));
  ASSERT_TRUE(Append(Row().Set(Column::kFullName, "Nguyễn Văn Đông")));
  EXPECT_EQ(batch_.records[0].name_key, batch_.records[1].name_key);
  EXPECT_EQ(batch_.records[0].name_key, batch_.records[2].name_key);
  EXPECT_NE(batch_.records[0].name_key, batch_.records[3].name_key);
  EXPECT_EQ(batch_.names.size(), 2u);
}

TEST_F(AppendRowTest, UsageSaturatesAtInt32Max) {
  ASSERT_TRUE(Append(Row().Set(Column::kTopupVnd30d, "3000000000")));
  EXPECT_EQ(batch_.records[0].usage[kTopupVnd], std::numeric_limits<int32_t>::max());
}

TEST_F(AppendRowTest, CustomKeyerAndFolderAreUsed) {
  absl::StatusOr<std::unique_ptr<HmacIdentityKeyer>> keyer =
      HmacIdentityKeyer::Create("test-key-0123456789abcdef");
  ASSERT_TRUE(keyer.ok());
  NameFolder folder;
  options_.identity_keyer = keyer->get();
  options_.name_folder = &folder;
  ASSERT_TRUE(Append(Row()));
  EXPECT_EQ(batch_.ids.Get(batch_.records[0].id_key), "CCCD:5bcf4b19bc51065285fc35e66cbbbcca");
  EXPECT_EQ(folder.cache_size(), 1u);  // the caller's folder folded the name
}

TEST_F(AppendRowTest, CountersTrackEveryOutcome) {
  ASSERT_TRUE(Append(Row()));
  ASSERT_TRUE(Append(Row().Set(Column::kCarrier, "mobifone").Set(Column::kImsi, "")
                          .Set(Column::kIccid, "")));
  ASSERT_TRUE(Append(Row().Set(Column::kGender, "F")));  // CCCD gender mismatch
  EXPECT_FALSE(Append(Row().Set(Column::kMsisdn, "abc")));
  EXPECT_FALSE(Append(Row().Set(Column::kMsisdn, "024")));
  EXPECT_FALSE(Append(Row().Set(Column::kCarrier, "")));
  const BatchCounters& c = batch_.counters;
  EXPECT_EQ(c.rows_read, 6u);
  EXPECT_EQ(c.rows_accepted, 3u);
  EXPECT_EQ(c.rows_rejected, 3u);
  EXPECT_EQ(c.accepted_per_carrier[static_cast<int>(Carrier::kViettel)], 2u);
  EXPECT_EQ(c.accepted_per_carrier[static_cast<int>(Carrier::kMobifone)], 1u);
  EXPECT_EQ(c.soft_checks[1], 1u);  // CCCD_GENDER_MISMATCH
  EXPECT_THAT(c.rejects_per_reason,
              UnorderedElementsAre(Pair("BAD_MSISDN", 2u), Pair("MISSING_FIELD", 1u)));
}

}  // namespace
}  // namespace simaudit
