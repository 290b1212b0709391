#include "lib/ingest/luhn.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::Optional;

struct LuhnCase {
  const char* digits;
  bool valid;
};

// Check digits computed independently (Python reference implementation).
constexpr LuhnCase kLuhnCases[] = {
    {"490154203237518", true},       // IMEI, 3GPP TS 23.003 example
    {"356938035643809", true},       // IMEI
    {"352099001761481", true},       // IMEI
    {"490154203237517", false},      // last digit off by one
    {"490154203237581", false},      // two digits swapped
    {"8984020000123456785", true},   // ICCID, VinaPhone issuer, 19 digits
    {"89840100001234567899", true},  // ICCID, MobiFone issuer, 20 digits
    {"8984020000123456784", false},
    {"0000000000", true},            // sum 0 is valid Luhn (ParseImei: a placeholder)
    {"", false},
    {"7", false},                    // a check digit alone
    {"49015420323751X", false},
    {"4901 5420 3237 518", false},   // separators are not stripped
};

TEST(LuhnTest, ValidatesCheckDigit) {
  for (const LuhnCase& c : kLuhnCases) {
    EXPECT_EQ(LuhnValid(c.digits), c.valid) << c.digits;
  }
}

TEST(LuhnTest, CheckDigitCompletesPayload) {
  EXPECT_THAT(LuhnCheckDigit("49015420323751"), Optional('8'));
  EXPECT_THAT(LuhnCheckDigit("898401000012345678"), Optional('7'));
  EXPECT_THAT(LuhnCheckDigit("0"), Optional('0'));
  EXPECT_EQ(LuhnCheckDigit(""), std::nullopt);
  EXPECT_EQ(LuhnCheckDigit("12a4"), std::nullopt);
}

TEST(LuhnTest, CheckDigitAlwaysValidates) {
  const char* payloads[] = {"35693803564380", "8984070000111122222", "1", "99999999999999"};
  for (const char* payload : payloads) {
    const std::optional<char> digit = LuhnCheckDigit(payload);
    ASSERT_TRUE(digit.has_value()) << payload;
    EXPECT_TRUE(LuhnValid(std::string(payload) + *digit)) << payload;
  }
}

}  // namespace
}  // namespace simaudit
