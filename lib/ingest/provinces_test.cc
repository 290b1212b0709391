#include "lib/ingest/provinces.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::Optional;

TEST(ProvincesTest, TableHoldsSixtyThreeDistinctCodesInOrder) {
  const absl::Span<const ProvinceInfo> all = AllProvinces();
  ASSERT_EQ(all.size(), 63u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].code, all[i].code);
  EXPECT_EQ(all.front().code, 1);
  EXPECT_EQ(all.back().code, 96);
}

TEST(ProvincesTest, KnowsCodesFromTheCircular) {
  EXPECT_THAT(ProvinceName(1), Optional(absl::string_view("Hà Nội")));
  EXPECT_THAT(ProvinceName(79), Optional(absl::string_view("TP Hồ Chí Minh")));
  EXPECT_THAT(ProvinceName(48), Optional(absl::string_view("Đà Nẵng")));
  EXPECT_THAT(ProvinceName(96), Optional(absl::string_view("Cà Mau")));
  // Gaps in the numbering are not provinces.
  for (int code : {0, 3, 5, 7, 9, 13, 16, 18, 21, 23, 28, 29, 32, 39, 97, 99, 100, -1}) {
    EXPECT_FALSE(IsProvinceCode(code)) << code;
    EXPECT_EQ(ProvinceName(code), std::nullopt) << code;
  }
}

}  // namespace
}  // namespace simaudit
