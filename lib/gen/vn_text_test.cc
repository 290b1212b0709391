#include "lib/gen/vn_text.h"

#include "gtest/gtest.h"

namespace simaudit::gen {
namespace {

TEST(VnTextTest, UpperCasesVietnameseLetters) {
  EXPECT_EQ(ToUpperVietnamese("Nguyễn Thị Ánh"), "NGUYỄN THỊ ÁNH");
  EXPECT_EQ(ToUpperVietnamese("đặng ưng ơn ăn ĩ ũ"), "ĐẶNG ƯNG ƠN ĂN Ĩ Ũ");
  EXPECT_EQ(ToUpperVietnamese("ZHANG wei"), "ZHANG WEI");
}

TEST(VnTextTest, FoldsDiacriticsToAscii) {
  EXPECT_EQ(FoldDiacritics("Đặng Văn Hùng"), "Dang Van Hung");
  EXPECT_EQ(FoldDiacritics("Nguyễn Thị Ngọc Ánh Tuyết Ỳ"), "Nguyen Thi Ngoc Anh Tuyet Y");
  EXPECT_EQ(FoldDiacritics("Hương Ơn Ưng Ĩ Ũ Ă"), "Huong On Ung I U A");
  std::string s;
  AppendUpperAscii("Phạm Quỳnh", &s);
  EXPECT_EQ(s, "PHAM QUYNH");
}

TEST(VnTextTest, EveryVietnameseLetterFoldsAndUpperCasesConsistently) {
  // All lower-case letters of the U+1EA0 block: folding the upper case equals upper-casing
  // the fold.
  for (char32_t cp = 0x1EA1; cp <= 0x1EF9; cp += 2) {
    const char32_t upper = ToUpperVietnamese(cp);
    EXPECT_EQ(upper, cp - 1);
    EXPECT_EQ(FoldDiacritic(upper), ToUpperVietnamese(FoldDiacritic(cp))) << std::hex << cp;
    EXPECT_LT(FoldDiacritic(cp), 0x80u);
  }
}

TEST(VnTextTest, RoundTripsUtf8AndReplacesInvalidBytes) {
  const std::string text = "Lê Văn Tám";
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(text)), text);
  EXPECT_EQ(DecodeUtf8("a\xff").back(), 0xFFFDu);
  EXPECT_TRUE(HasNonAscii(text));
  EXPECT_FALSE(HasNonAscii("Le Van Tam"));
}

}  // namespace
}  // namespace simaudit::gen
