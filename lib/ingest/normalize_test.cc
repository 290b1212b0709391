#include "lib/ingest/normalize.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

struct MsisdnCase {
  const char* text;
  std::optional<uint64_t> normalized;
};

constexpr MsisdnCase kMsisdnCases[] = {
    // The three contract forms of one Viettel number.
    {"0961234567", 84961234567ull},
    {"84961234567", 84961234567ull},
    {"+84961234567", 84961234567ull},
    // Every mobile lead digit: 03x, 05x, 07x, 08x, 09x.
    {"0321234567", 84321234567ull},
    {"0551234567", 84551234567ull},
    {"0771234567", 84771234567ull},
    {"0871234567", 84871234567ull},
    {"+84901234567", 84901234567ull},
    // Not mobile: landline 024 (Hà Nội), 1900/1800 service numbers, 069 (defence/police).
    {"02438251234", std::nullopt},
    {"0243825123", std::nullopt},
    {"1900545454", std::nullopt},
    {"19001234", std::nullopt},
    {"18001091", std::nullopt},
    {"0691234567", std::nullopt},
    {"+84243825123", std::nullopt},
    // Legacy 11-digit 01xx numbers were converted in 2018.
    {"01621234567", std::nullopt},
    // Too short, too long, letters, separators, wrong country code.
    {"096123456", std::nullopt},
    {"961234567", std::nullopt},
    {"09612345678", std::nullopt},
    {"+849612345678", std::nullopt},
    {"096123456a", std::nullopt},
    {"0961 234 567", std::nullopt},
    {"+85961234567", std::nullopt},
    {"+0961234567", std::nullopt},
    {"", std::nullopt},
    {"+", std::nullopt},
};

TEST(NormalizeMsisdnTest, AcceptsContractFormsOfMobileNumbers) {
  for (const MsisdnCase& c : kMsisdnCases) {
    EXPECT_EQ(NormalizeMsisdn(c.text), c.normalized) << c.text;
  }
}

TEST(TrimFieldTest, StripsSpacesAndTabsAroundOnly) {
  EXPECT_EQ(TrimField("  CCCD \t"), "CCCD");
  EXPECT_EQ(TrimField("Nguyễn  Văn"), "Nguyễn  Văn");
  EXPECT_EQ(TrimField(" \t "), "");
  EXPECT_EQ(TrimField(""), "");
}

}  // namespace
}  // namespace simaudit
