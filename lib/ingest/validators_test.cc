#include "lib/ingest/validators.h"

#include <cmath>
#include <limits>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::Optional;

struct CccdCase {
  const char* number;
  std::optional<RejectReason> error;
  int province;
  int birth_year;
  Gender gender;
};

// PPP G YY NNNNNN; birth year = 1900 + 100 * floor(G / 2) + YY, gender = G % 2.
const CccdCase kCccdCases[] = {
    {"001090012345", std::nullopt, 1, 1990, Gender::kMale},     // Hà Nội, G=0
    {"079185001234", std::nullopt, 79, 1985, Gender::kFemale},  // TP HCM, G=1
    {"048205123456", std::nullopt, 48, 2005, Gender::kMale},    // Đà Nẵng, G=2
    {"031310654321", std::nullopt, 31, 2010, Gender::kFemale},  // Hải Phòng, G=3
    {"096400000001", std::nullopt, 96, 2100, Gender::kMale},    // Cà Mau, G=4
    {"001599000001", std::nullopt, 1, 2199, Gender::kFemale},   // G=5
    {"003090012345", RejectReason::kBadCccdProvince, 3, 0, Gender::kUnknown},
    {"099090012345", RejectReason::kBadCccdProvince, 99, 0, Gender::kUnknown},
    {"000090012345", RejectReason::kBadCccdProvince, 0, 0, Gender::kUnknown},
    {"00109001234", RejectReason::kBadCccd, 0, 0, Gender::kUnknown},     // 11 digits
    {"0010900123456", RejectReason::kBadCccd, 0, 0, Gender::kUnknown},   // 13 digits
    {"001090012A45", RejectReason::kBadCccd, 0, 0, Gender::kUnknown},
    {"001 090 012345", RejectReason::kBadCccd, 0, 0, Gender::kUnknown},
    {"", RejectReason::kBadCccd, 0, 0, Gender::kUnknown},
};

TEST(ParseCccdTest, DecodesProvinceCenturyGenderAndYear) {
  for (const CccdCase& c : kCccdCases) {
    const CccdResult r = ParseCccd(c.number);
    EXPECT_EQ(r.error, c.error) << c.number;
    if (c.error == RejectReason::kBadCccdProvince) {
      EXPECT_EQ(r.province, c.province);
    }
    if (c.error.has_value() || r.error.has_value()) continue;
    EXPECT_EQ(r.province, c.province) << c.number;
    EXPECT_EQ(r.birth_year(), c.birth_year) << c.number;
    EXPECT_EQ(r.gender(), c.gender) << c.number;
  }
}

TEST(IsValidCmndTest, NineOrTwelveDigits) {
  EXPECT_TRUE(IsValidCmnd("012345678"));
  EXPECT_TRUE(IsValidCmnd("271450001"));     // BR-VT / Đồng Nai overlap range: still valid
  EXPECT_TRUE(IsValidCmnd("123456789012"));  // legacy 12-digit card
  EXPECT_FALSE(IsValidCmnd("12345678"));
  EXPECT_FALSE(IsValidCmnd("1234567890"));
  EXPECT_FALSE(IsValidCmnd("12345678A"));
}

TEST(IsValidPassportTest, VietnameseIsLetterAndSevenDigits) {
  EXPECT_TRUE(IsValidPassport("C1234567", "VN"));
  EXPECT_TRUE(IsValidPassport("B7654321", ""));
  EXPECT_TRUE(IsValidPassport("N1234567", "vn"));
  EXPECT_FALSE(IsValidPassport("C123456", "VN"));
  EXPECT_FALSE(IsValidPassport("CC123456", "VN"));
  EXPECT_FALSE(IsValidPassport("12345678", ""));
  EXPECT_FALSE(IsValidPassport("c1234567", "VN")) << "callers upper-case first";
}

TEST(IsValidPassportTest, ForeignIsFiveToTwentyAlphanumerics) {
  EXPECT_TRUE(IsValidPassport("E12345678", "CN"));
  EXPECT_TRUE(IsValidPassport("M12345", "KR"));
  EXPECT_TRUE(IsValidPassport("AB12C", "US"));
  EXPECT_FALSE(IsValidPassport("AB12", "US"));
  EXPECT_FALSE(IsValidPassport("ABCDEFGHIJ1234567890X", "US"));
  EXPECT_FALSE(IsValidPassport("E1234-5678", "CN"));
}

TEST(IsValidOrgIdTest, TaxCodesWithOptionalBranchSuffix) {
  EXPECT_TRUE(IsValidOrgId("0101234567"));
  EXPECT_TRUE(IsValidOrgId("0101234567-001"));
  EXPECT_TRUE(IsValidOrgId("0101234567001"));
  EXPECT_TRUE(IsValidOrgId("01012345"));
  EXPECT_FALSE(IsValidOrgId("0101234"));
  EXPECT_FALSE(IsValidOrgId("0101234567--001"));
  EXPECT_FALSE(IsValidOrgId("-0101234567"));
  EXPECT_FALSE(IsValidOrgId("0101234567-"));
  EXPECT_FALSE(IsValidOrgId("MST0101234567"));
  EXPECT_FALSE(IsValidOrgId("012345678901234567890"));
}

TEST(IsValidNationalityTest, TwoLetters) {
  EXPECT_TRUE(IsValidNationality("VN"));
  EXPECT_TRUE(IsValidNationality("kr"));
  EXPECT_FALSE(IsValidNationality("VNM"));
  EXPECT_FALSE(IsValidNationality("V"));
  EXPECT_FALSE(IsValidNationality("84"));
}

TEST(ParseImeiTest, FifteenDigitsWithLuhn) {
  EXPECT_THAT(ParseImei("490154203237518"), Optional(490154203237518ull));
  EXPECT_THAT(ParseImei("012345678901237"), Optional(12345678901237ull));
  EXPECT_EQ(ParseImei("490154203237517"), std::nullopt);   // bad check digit
  EXPECT_EQ(ParseImei("4901542032375180"), std::nullopt);  // IMEISV-length
  EXPECT_EQ(ParseImei("49015420323751"), std::nullopt);
  // The all-zero placeholder is well formed and identifies no device: 0, held absent.
  EXPECT_THAT(ParseImei("000000000000000"), Optional(0ull));
  EXPECT_EQ(ParseImei("49015420323751A"), std::nullopt);
}

TEST(ParseIccidTest, NineteenOrTwentyDigitsFrom8984WithLuhn) {
  const std::optional<Iccid> vina = ParseIccid("8984020000123456785");
  ASSERT_TRUE(vina.has_value());
  EXPECT_EQ(vina->body, 20000123456785ull);
  EXPECT_EQ(vina->length, 19);
  EXPECT_EQ(vina->issuer, 2);
  const std::optional<Iccid> mobi = ParseIccid("89840100001234567899");
  ASSERT_TRUE(mobi.has_value());
  EXPECT_EQ(mobi->body, 100001234567899ull);
  EXPECT_EQ(mobi->length, 20);
  EXPECT_EQ(mobi->issuer, 1);
  EXPECT_EQ(ParseIccid("8984020000123456784"), std::nullopt);  // bad check digit
  EXPECT_EQ(ParseIccid("8944020000123456785"), std::nullopt);  // not Vietnam
  EXPECT_EQ(ParseIccid("898402000012345675"), std::nullopt);   // 18 digits
  EXPECT_EQ(ParseIccid("898402000012345678901"), std::nullopt);
}

TEST(ParseImsiTest, Mcc452AndVietnameseMnc) {
  for (int mnc = 1; mnc <= 9; ++mnc) {
    const std::string imsi = "4520" + std::to_string(mnc) + "1234567890";
    const std::optional<Imsi> r = ParseImsi(imsi);
    ASSERT_TRUE(r.has_value()) << imsi;
    EXPECT_EQ(r->mnc, mnc);
    EXPECT_EQ(r->value, std::stoull(imsi));
  }
  EXPECT_EQ(ParseImsi("452001234567890"), std::nullopt);  // MNC 00
  EXPECT_EQ(ParseImsi("452101234567890"), std::nullopt);  // MNC 10
  EXPECT_EQ(ParseImsi("310041234567890"), std::nullopt);  // MCC 310 (USA)
  EXPECT_EQ(ParseImsi("45204123456789"), std::nullopt);   // 14 digits
  EXPECT_EQ(ParseImsi("45204123456789X"), std::nullopt);
}

TEST(ParseSelfieHashTest, SixteenHexDigits) {
  EXPECT_THAT(ParseSelfieHash("8f3a5c7e9b1d2f40"), Optional(0x8f3a5c7e9b1d2f40ull));
  EXPECT_THAT(ParseSelfieHash("8F3A5C7E9B1D2F40"), Optional(0x8f3a5c7e9b1d2f40ull));
  EXPECT_EQ(ParseSelfieHash("8f3a5c7e9b1d2f4"), std::nullopt);
  EXPECT_EQ(ParseSelfieHash("8f3a5c7e9b1d2f4g"), std::nullopt);
  EXPECT_EQ(ParseSelfieHash("0x8f3a5c7e9b1d2f"), std::nullopt);
}

TEST(ParseProvinceCodeTest, CodesOfTheTable) {
  EXPECT_THAT(ParseProvinceCode("079"), Optional(uint16_t{79}));
  EXPECT_THAT(ParseProvinceCode("1"), Optional(uint16_t{1}));
  EXPECT_EQ(ParseProvinceCode("003"), std::nullopt);
  EXPECT_EQ(ParseProvinceCode("0079"), std::nullopt);
  EXPECT_EQ(ParseProvinceCode("HN"), std::nullopt);
}

TEST(ParseUsageCountTest, NonNegativeIntegersSaturate) {
  EXPECT_THAT(ParseUsageCount("0"), Optional(0));
  EXPECT_THAT(ParseUsageCount("27"), Optional(27));
  EXPECT_THAT(ParseUsageCount("2147483647"), Optional(std::numeric_limits<int32_t>::max()));
  EXPECT_THAT(ParseUsageCount("2147483648"), Optional(std::numeric_limits<int32_t>::max()));
  EXPECT_THAT(ParseUsageCount("99999999999999999999999999"),
              Optional(std::numeric_limits<int32_t>::max()));
  EXPECT_EQ(ParseUsageCount("-1"), std::nullopt);
  EXPECT_EQ(ParseUsageCount("+5"), std::nullopt);
  EXPECT_EQ(ParseUsageCount("5.0"), std::nullopt);
  EXPECT_EQ(ParseUsageCount("1e3"), std::nullopt);
  EXPECT_EQ(ParseUsageCount("12 000"), std::nullopt);
  EXPECT_EQ(ParseUsageCount("99999999999999999999999x"), std::nullopt);
}

TEST(ParseFaceMatchTest, FiniteNumbersInUnitInterval) {
  EXPECT_THAT(ParseFaceMatch("0.87"), Optional(0.87f));
  EXPECT_THAT(ParseFaceMatch("0"), Optional(0.0f));
  EXPECT_THAT(ParseFaceMatch("1"), Optional(1.0f));
  EXPECT_THAT(ParseFaceMatch("1.0"), Optional(1.0f));
  EXPECT_THAT(ParseFaceMatch("9e-1"), Optional(0.9f));
  EXPECT_EQ(ParseFaceMatch("1.01"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("-0.1"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("87%"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("nan"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("inf"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("0,87"), std::nullopt);
  EXPECT_EQ(ParseFaceMatch("."), std::nullopt);
}

TEST(ParseFaceMatchTest, ShortestDoubleTextGivesSameFloat) {
  // JSON/proto values arrive as doubles and are printed back to text.
  EXPECT_EQ(ParseFaceMatch("0.87"), ParseFaceMatch("0.87000000000000000"));
}

struct CarrierMncCase {
  Carrier carrier;
  int mnc;
  bool allow_mvno_host;
  bool matches;
};

constexpr CarrierMncCase kImsiCases[] = {
    {Carrier::kViettel, 4, true, true},       {Carrier::kViettel, 6, true, true},
    {Carrier::kViettel, 2, true, false},      {Carrier::kVinaphone, 2, true, true},
    {Carrier::kVinaphone, 4, true, false},    {Carrier::kMobifone, 1, true, true},
    {Carrier::kMobifone, 2, true, false},     {Carrier::kVietnamobile, 5, true, true},
    {Carrier::kVietnamobile, 7, true, false}, {Carrier::kGmobile, 7, true, true},
    {Carrier::kGmobile, 5, true, false},      {Carrier::kItel, 8, false, true},
    {Carrier::kItel, 2, true, true},          {Carrier::kItel, 2, false, false},
    {Carrier::kItel, 4, true, false},         {Carrier::kReddi, 9, false, true},
    {Carrier::kReddi, 1, true, true},         {Carrier::kReddi, 1, false, false},
    {Carrier::kAsim, 4, false, true},         {Carrier::kDigilife, 1, false, true},
    {Carrier::kLocal, 2, false, true},        {Carrier::kWintel, 9, false, true},
    {Carrier::kMobifone, 3, true, false},  // S-Fone's withdrawn MNC
};

TEST(ImsiMatchesCarrierTest, MncTable) {
  for (const CarrierMncCase& c : kImsiCases) {
    EXPECT_EQ(ImsiMatchesCarrier(c.mnc, c.carrier, c.allow_mvno_host), c.matches)
        << CarrierName(c.carrier) << " MNC " << c.mnc << " host " << c.allow_mvno_host;
  }
}

constexpr CarrierMncCase kIccidCases[] = {
    {Carrier::kMobifone, 1, true, true},   {Carrier::kMobifone, 2, true, false},
    {Carrier::kVinaphone, 2, true, true},  {Carrier::kVinaphone, 1, true, false},
    {Carrier::kViettel, 1, true, false},   {Carrier::kViettel, 2, true, false},
    {Carrier::kViettel, 4, true, true},    // "898404 = Viettel" is UNCONFIRMED: never flag
    {Carrier::kVietnamobile, 5, true, true}, {Carrier::kGmobile, 7, false, true},
    {Carrier::kItel, 2, true, true},       {Carrier::kItel, 2, false, false},
    {Carrier::kItel, 1, true, false},      {Carrier::kReddi, 2, true, true},
    {Carrier::kReddi, 2, false, false},    {Carrier::kAsim, 1, false, false},
    {Carrier::kAsim, 8, false, true},
};

TEST(IccidIssuerMatchesCarrierTest, OnlyKnownIssuersCanMismatch) {
  for (const CarrierMncCase& c : kIccidCases) {
    EXPECT_EQ(IccidIssuerMatchesCarrier(c.mnc, c.carrier, c.allow_mvno_host), c.matches)
        << CarrierName(c.carrier) << " issuer " << c.mnc << " host " << c.allow_mvno_host;
  }
}

}  // namespace
}  // namespace simaudit
