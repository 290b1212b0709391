#include "lib/ingest/identity_keyer.h"

#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

TEST(RawIdentityKeyerTest, TypePrefixAndNumber) {
  RawIdentityKeyer keyer;
  std::string key = "stale contents";
  keyer.Key(IdType::kCccd, "001090012345", &key);
  EXPECT_EQ(key, "CCCD:001090012345");
  keyer.Key(IdType::kPassport, "C1234567", &key);
  EXPECT_EQ(key, "PASSPORT:C1234567");
  keyer.Key(IdType::kOrg, "0101234567001", &key);
  EXPECT_EQ(key, "ORG:0101234567001");
}

TEST(HmacIdentityKeyerTest, MatchesReferenceHmacSha256) {
  absl::StatusOr<std::unique_ptr<HmacIdentityKeyer>> keyer =
      HmacIdentityKeyer::Create("test-key-0123456789abcdef");
  ASSERT_TRUE(keyer.ok()) << keyer.status();
  std::string key;
  // Expected values: Python hmac.new(key, b"CCCD:001090012345", sha256).hexdigest()[:32].
  (*keyer)->Key(IdType::kCccd, "001090012345", &key);
  EXPECT_EQ(key, "CCCD:5bcf4b19bc51065285fc35e66cbbbcca");
  // The type is part of the message: the same digits as a CMND key differently.
  (*keyer)->Key(IdType::kCmnd, "001090012345", &key);
  EXPECT_EQ(key, "CMND:7ddadc7317417fbebad61fca226f8301");
}

TEST(HmacIdentityKeyerTest, DifferentKeysGiveUnlinkablePseudonyms) {
  auto a = HmacIdentityKeyer::Create("carrier-audit-key-A");
  auto b = HmacIdentityKeyer::Create("carrier-audit-key-B");
  ASSERT_TRUE(a.ok() && b.ok());
  std::string key_a, key_b;
  (*a)->Key(IdType::kCccd, "079185001234", &key_a);
  (*b)->Key(IdType::kCccd, "079185001234", &key_b);
  EXPECT_THAT(key_a, MatchesRegex("CCCD:[0-9a-f]{32}"));
  EXPECT_NE(key_a, key_b);
  EXPECT_THAT(key_a, ::testing::Not(HasSubstr("079185001234")));
}

TEST(HmacIdentityKeyerTest, EmptyKeyIsRejected) {
  EXPECT_EQ(HmacIdentityKeyer::Create("").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace simaudit
