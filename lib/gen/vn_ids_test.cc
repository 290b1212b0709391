#include "lib/gen/vn_ids.h"

#include <string>

#include "gtest/gtest.h"

namespace simaudit::gen {
namespace {

TEST(LuhnTest, KnownCheckDigits) {
  EXPECT_EQ(LuhnCheckDigit("7992739871"), 3);  // the textbook example
  EXPECT_TRUE(IsLuhnValid("79927398713"));
  EXPECT_FALSE(IsLuhnValid("79927398710"));
  EXPECT_EQ(LuhnCheckDigitOf(7992739871), 3);
  EXPECT_FALSE(IsLuhnValid("12a4"));
}

TEST(ImeiTest, IsFifteenLuhnValidDigitsWithTacAndSerial) {
  const uint64_t imei = MakeImei(1234567, 42);  // TAC with a leading zero
  std::string s;
  AppendImei(imei, &s);
  EXPECT_EQ(s.size(), 15u);
  EXPECT_EQ(s.substr(0, 14), "01234567000042");
  EXPECT_TRUE(IsLuhnValid(s));
}

TEST(IccidTest, NineteenOrTwentyDigitsWithLuhn) {
  const std::string a = MakeIccid(4, 123456789012, 12);
  const std::string b = MakeIccid(2, 1234567890123, 13);
  EXPECT_EQ(a.size(), 19u);
  EXPECT_EQ(b.size(), 20u);
  EXPECT_EQ(a.substr(0, 6), "898404");
  EXPECT_EQ(b.substr(0, 6), "898402");
  EXPECT_TRUE(IsLuhnValid(a));
  EXPECT_TRUE(IsLuhnValid(b));
}

TEST(ImsiTest, MccMncMsin) { EXPECT_EQ(MakeImsi(4, 123), "452040000000123"); }

TEST(CccdTest, CenturyGenderDigitFollowsTheCircular) {
  EXPECT_EQ(CccdCenturyGenderDigit(1990, false), 0);
  EXPECT_EQ(CccdCenturyGenderDigit(1990, true), 1);
  EXPECT_EQ(CccdCenturyGenderDigit(2005, false), 2);
  EXPECT_EQ(CccdCenturyGenderDigit(2005, true), 3);
  EXPECT_EQ(CccdCenturyGenderDigit(2101, true), 5);
  EXPECT_EQ(MakeCccd(79, 1, 90, 4242), "079190004242");
}

TEST(LegacyDocumentsTest, Formats) {
  EXPECT_EQ(MakeCmnd9(2, 1234567), "021234567");
  const std::string passport = MakeVnPassport(12345678);
  EXPECT_EQ(passport.size(), 8u);
  EXPECT_TRUE(passport[0] >= 'A' && passport[0] <= 'Z');
  for (int style = 0; style <= 6; ++style) {
    EXPECT_GE(MakeForeignPassport(style, 987654).size(), 8u) << style;
    EXPECT_NE(MakeForeignPassport(style, 1), MakeForeignPassport(style, 2)) << style;
  }
}

TEST(TaxCodeTest, CheckDigitOrEmpty) {
  int valid = 0;
  for (uint32_t serial = 0; serial < 100; ++serial) {
    const std::string code = MakeTaxCode(1, serial, 0);
    if (code.empty()) continue;
    ++valid;
    ASSERT_EQ(code.size(), 10u);
    static constexpr int kWeights[9] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    int sum = 0;
    for (int i = 0; i < 9; ++i) sum += (code[i] - '0') * kWeights[i];
    EXPECT_EQ(code[9] - '0', 10 - sum % 11);
  }
  EXPECT_GT(valid, 80);  // one serial in eleven has no check digit
  EXPECT_EQ(MakeTaxCode(3, 1234567, 5).substr(10), "-005");
}

}  // namespace
}  // namespace simaudit::gen
