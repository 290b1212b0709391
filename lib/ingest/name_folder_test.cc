#include "lib/ingest/name_folder.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

struct FoldCase {
  const char* raw;
  const char* folded;
};

const FoldCase kFoldCases[] = {
    {"Nguyễn Văn Đức", "NGUYEN VAN DUC"},
    {"NGUYEN VAN DUC", "NGUYEN VAN DUC"},
    {"Nguyen  Van Duc", "NGUYEN VAN DUC"},
    {"  nguyễn\tvăn   đức  ", "NGUYEN VAN DUC"},
    {"NGUYỄN VĂN ĐỨC", "NGUYEN VAN DUC"},
    {"Đặng Thị Đào", "DANG THI DAO"},
    {"đinh đức đạt", "DINH DUC DAT"},
    {"Trần Thị Ánh Tuyết", "TRAN THI ANH TUYET"},
    {"Lê Thị Hồng Nhung", "LE THI HONG NHUNG"},
    {"Phạm Ngọc Ẩn", "PHAM NGOC AN"},
    {"Huỳnh Thị Ngọc Hân", "HUYNH THI NGOC HAN"},
    {"Võ\u00A0Thị\u2003Sáu", "VO THI SAU"},           // no-break and em spaces
    {"Bùi\u200BXuân Phái", "BUIXUAN PHAI"},           // zero-width space dropped
    {"Kim Min-jun", "KIM MIN-JUN"},
    {"", ""},
    {"   ", ""},
};

TEST(NameFolderTest, FoldsDiacriticsCaseAndSpaces) {
  NameFolder folder;
  for (const FoldCase& c : kFoldCases) {
    EXPECT_EQ(folder.Fold(c.raw), c.folded) << c.raw;
  }
}

TEST(NameFolderTest, NfdAndNfcInputFoldEqual) {
  NameFolder folder;
  // "Nguyễn Đức" precomposed (NFC) and decomposed (NFD: e + circumflex + tilde, u + horn +
  // acute).
  const std::string nfc = "Nguy\u1EC5n \u0110\u1EE9c";
  const std::string nfd = "Nguye\u0302\u0303n \u0110u\u031B\u0301c";
  ASSERT_NE(nfc, nfd);
  EXPECT_EQ(folder.Fold(nfc), "NGUYEN DUC");
  EXPECT_EQ(folder.Fold(nfd), "NGUYEN DUC");
}

TEST(NameFolderTest, AsciiPathAgreesWithIcu) {
  NameFolder folder;
  const char* names[] = {"Nguyen Van Duc", "  tran\t\tthi  b ", "O'Neil Smith-Jones",
                         "A\x01" "B", "x\r\ny", "MIXED case 123"};
  for (const char* name : names) {
    EXPECT_EQ(folder.Fold(name), folder.FoldWithIcu(name)) << name;
  }
}

TEST(NameFolderTest, RunsIcuOncePerDistinctName) {
  NameFolder folder;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(folder.FoldView("Nguyễn Văn Đức"), "NGUYEN VAN DUC");
    EXPECT_EQ(folder.FoldView("Trần Thị Bích"), "TRAN THI BICH");
    EXPECT_EQ(folder.FoldView("NGUYEN VAN DUC"), "NGUYEN VAN DUC");
  }
  EXPECT_EQ(folder.icu_runs(), 2u);  // ASCII names never reach ICU
  EXPECT_EQ(folder.cache_size(), 2u);
}

TEST(NameFolderTest, BoundedCacheStillFoldsCorrectly) {
  NameFolder folder(/*max_cache_entries=*/2);
  const char* names[] = {"Lý Thường Kiệt", "Trần Hưng Đạo", "Lê Lợi", "Lý Thường Kiệt"};
  const char* folded[] = {"LY THUONG KIET", "TRAN HUNG DAO", "LE LOI", "LY THUONG KIET"};
  for (int i = 0; i < 4; ++i) EXPECT_EQ(folder.Fold(names[i]), folded[i]);
  EXPECT_LE(folder.cache_size(), 2u);

  NameFolder uncached(/*max_cache_entries=*/0);
  EXPECT_EQ(uncached.Fold("Lý Thường Kiệt"), "LY THUONG KIET");
  EXPECT_EQ(uncached.Fold("Lý Thường Kiệt"), "LY THUONG KIET");
  EXPECT_EQ(uncached.icu_runs(), 2u);
  EXPECT_EQ(uncached.cache_size(), 0u);
}

}  // namespace
}  // namespace simaudit
