#include "lib/ingest/name_folder.h"

#include <string>
#include <vector>

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

TEST(NameFolderTest, RunsIcuOncePerDistinctLetterForPrecomposedLatinNames) {
  NameFolder folder;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(folder.FoldView("Nguyễn Văn Đức"), "NGUYEN VAN DUC");
    EXPECT_EQ(folder.FoldView("Trần Thị Bích"), "TRAN THI BICH");
    EXPECT_EQ(folder.FoldView("NGUYEN VAN DUC"), "NGUYEN VAN DUC");
  }
  // ễ ă Đ ứ, then ầ ị í: ASCII never reaches ICU, and each letter does once.
  EXPECT_EQ(folder.icu_runs(), 7u);
  EXPECT_EQ(folder.cache_size(), 2u);
  // A combining mark (decomposed input) sends the whole name through ICU.
  EXPECT_EQ(folder.FoldView("Nguye\u0302\u0303n"), "NGUYEN");
  EXPECT_EQ(folder.icu_runs(), 8u);
}

// Every letter of the precomposed Latin blocks, alone and between ASCII letters and
// spaces, folds exactly as ICU folds the whole string.
TEST(NameFolderTest, LetterByLetterPathAgreesWithIcuOnEveryLatinLetter) {
  NameFolder folder(/*max_cache_entries=*/0);
  auto utf8 = [](char32_t c) {
    std::string out;
    if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (c & 0x3F));
    return out;
  };
  int letters = 0;
  for (char32_t c = 0xC0; c <= 0x1EFF; ++c) {
    if (c > 0x24F && c < 0x1E00) continue;
    const std::string l = utf8(c);
    for (const std::string& name : {l, "a" + l + "b", " x " + l + l + "  y ", l + " " + l}) {
      ASSERT_EQ(folder.Fold(name), folder.FoldWithIcu(name)) << "U+" << std::hex << int(c);
    }
    ++letters;
  }
  EXPECT_EQ(letters, (0x24F - 0xC0 + 1) + (0x1EFF - 0x1E00 + 1));
}

TEST(NameFolderTest, LetterByLetterPathAgreesWithIcuOnMixedNames) {
  NameFolder fast(/*max_cache_entries=*/0);
  const std::vector<std::string> pieces = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
      "Ngô", "Dương", "Lý", "Thị", "Văn", "Hữu", "Đức", "Ánh", "Tuyết", "Nguyệt", "Ỷ",
      "ƠN", "ưng", "Æsir", "Øre", "Straße", "Ǆemal", "ǅ", "ﬁ", "Ŀl", "ŉ", "\u00A0", "\t",
      " ", "  ", "-", "'", "\u200B", "Ф", "e\u0301", "\u0110"};
  uint64_t state = 12345;
  for (int n = 0; n < 3000; ++n) {
    std::string name;
    const int parts = 1 + n % 6;
    for (int k = 0; k < parts; ++k) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      name += pieces[(state >> 33) % pieces.size()];
      if ((state >> 20) % 3 != 0) name += " ";
    }
    ASSERT_EQ(fast.Fold(name), fast.FoldWithIcu(name)) << name;
  }
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
  EXPECT_EQ(uncached.icu_runs(), 4u);  // ý ư ờ ệ, once each
  EXPECT_EQ(uncached.cache_size(), 0u);
}

}  // namespace
}  // namespace simaudit
