#include "lib/ingest/utf8.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

struct Utf8Case {
  std::string text;
  bool valid;
};

TEST(IsValidUtf8Test, AcceptsWellFormedOnly) {
  const Utf8Case cases[] = {
      {"", true},
      {"NGUYEN VAN DUC, a long ASCII run to cross the 8-byte fast path", true},
      {"Nguyễn Văn Đức", true},
      {"Trần Thị Ánh Tuyết 🙂", true},      // 4-byte sequence
      {"Nguy\xE1\xBB", false},              // truncated 3-byte sequence
      {"abc\x80", false},                   // stray continuation byte
      {"\xC0\xAF", false},                  // overlong '/'
      {"\xE0\x80\xAF", false},              // overlong, 3 bytes
      {"\xED\xA0\x80", false},              // UTF-16 surrogate
      {"\xF4\x90\x80\x80", false},          // above U+10FFFF
      {"Nguy\xE9n", false},                 // Latin-1, not UTF-8
      {std::string("a\0b", 3), true},       // NUL is valid UTF-8
  };
  for (const Utf8Case& c : cases) {
    EXPECT_EQ(IsValidUtf8(c.text), c.valid) << c.text;
  }
}

TEST(IsAsciiTest, DetectsHighBytesAnywhere) {
  EXPECT_TRUE(IsAscii("NGUYEN VAN DUC 0961234567"));
  EXPECT_FALSE(IsAscii("NGUYEN VAN DUC 096123456é"));
  EXPECT_FALSE(IsAscii("é"));
  EXPECT_TRUE(IsAscii(""));
}

TEST(ReadableRawTest, TruncatesAtCharacterBoundaryAndReplacesBadBytes) {
  EXPECT_EQ(ReadableRaw("Đức", 100), "Đức");
  // "Đ" is 2 bytes and "ứ" 3: a 4-byte limit must not cut "ứ" in half.
  EXPECT_EQ(ReadableRaw("Đức", 4), "Đ");
  EXPECT_EQ(ReadableRaw("ab\xFF" "c", 100), "ab\xEF\xBF\xBD" "c");
  EXPECT_EQ(ReadableRaw(std::string(3000, 'x'), 1024).size(), 1024u);
  EXPECT_TRUE(IsValidUtf8(ReadableRaw("Nguy\xE1\xBB", 100)));
}

}  // namespace
}  // namespace simaudit
