// ChunkedInput over a mapped file: ranges served by FromMappedRange hand their consumed
// pages back, and every byte still reads as the file's.

#include "lib/ingest/chunked_input.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

// Byte i of the test file: varies within every page, so a page read back as zeros or
// from the wrong offset is caught.
char ByteAt(size_t i) { return static_cast<char>('a' + (i * 7 + i / 4096) % 26); }

std::string WriteTestFile(size_t bytes) {
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path = absl::StrCat(dir != nullptr ? dir : "/tmp", "/mapped_range.bin");
  std::string data(bytes, '\0');
  for (size_t i = 0; i < bytes; ++i) data[i] = ByteAt(i);
  std::ofstream(path, std::ios::binary) << data;
  return path;
}

TEST(ChunkedInputTest, MappedRangeReleasesConsumedPagesAndStillReadsTheFile) {
  constexpr size_t kBytes = size_t{40} << 20;  // several release steps
  const std::string path = WriteTestFile(kBytes);
  auto file = ChunkedInput::MapFile(path);
  ASSERT_THAT(file, IsOk());
  ASSERT_TRUE((*file)->is_file_mapping());
  const absl::string_view all = (*file)->data();
  ASSERT_EQ(all.size(), kBytes);

  // A range that starts and ends inside pages, as a thread's range does.
  const size_t begin = 12345, end = kBytes - 777;
  auto range = ChunkedInput::FromMappedRange(all.substr(begin, end - begin));
  EXPECT_FALSE(range->is_file_mapping());
  size_t at = begin;
  int checked = 0;
  while (!range->data().empty()) {
    const absl::string_view d = range->data();
    ASSERT_EQ(d[0], ByteAt(at)) << "offset " << at;
    ASSERT_EQ(d.back(), ByteAt(end - 1));
    const size_t step = std::min<size_t>(d.size(), (size_t{1} << 20) + 3);
    range->Consume(step);
    at += step;
    ++checked;
  }
  EXPECT_EQ(at, end);
  EXPECT_GT(checked, 30);
  range.reset();
  // Released pages are read back from the file, through the range's views and the
  // whole mapping alike.
  for (size_t i = 0; i < kBytes; i += 4093) ASSERT_EQ(all[i], ByteAt(i)) << "offset " << i;
}

TEST(ChunkedInputTest, PlainBufferIsNotAFileMapping) {
  const std::string text = "a,b\n1,2\n";
  auto in = ChunkedInput::FromBuffer(text);
  EXPECT_FALSE(in->is_file_mapping());
  in->Consume(4);
  EXPECT_EQ(in->data(), "1,2\n");
  EXPECT_EQ(in->offset(), 4u);
}

}  // namespace
}  // namespace simaudit
