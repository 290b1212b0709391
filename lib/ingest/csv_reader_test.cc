#include "lib/ingest/csv_reader.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/ingest/chunked_input.h"

namespace simaudit {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A row as plain values, comparable across input modes.
struct Row {
  uint64_t line;
  std::vector<std::string> fields;
  size_t num_fields;
  std::string text;
  std::optional<RejectReason> error;
  int error_field;

  bool operator==(const Row& o) const {
    return line == o.line && fields == o.fields && num_fields == o.num_fields &&
           text == o.text && error == o.error && error_field == o.error_field;
  }
};

std::vector<Row> ReadAll(ChunkedInput* input, size_t max_row_bytes = 0) {
  CsvReader reader(input);
  if (max_row_bytes > 0) reader.set_max_row_bytes(max_row_bytes);
  std::vector<Row> rows;
  while (true) {
    absl::StatusOr<const CsvRow*> row = reader.Next();
    EXPECT_TRUE(row.ok()) << row.status();
    if (!row.ok() || *row == nullptr) break;
    const CsvRow& r = **row;
    rows.push_back(Row{r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()),
                       r.num_fields, std::string(r.text), r.error, r.error_field});
  }
  return rows;
}

std::vector<Row> ReadBuffer(absl::string_view data) {
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(data);
  return ReadAll(input.get());
}

std::vector<std::string> Fields(const Row& row) { return row.fields; }

TEST(CsvReaderTest, SplitsPlainRows) {
  const std::vector<Row> rows = ReadBuffer("carrier,msisdn\nVIETTEL,0961234567\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("carrier", "msisdn"));
  EXPECT_THAT(Fields(rows[1]), ElementsAre("VIETTEL", "0961234567"));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[1].text, "VIETTEL,0961234567");
}

TEST(CsvReaderTest, QuotedFieldsKeepCommasAndDoubledQuotes) {
  const std::vector<Row> rows =
      ReadBuffer("a,\"Công ty TNHH Sao Việt, chi nhánh Hà Nội\",\"Trần \"\"Bé\"\" Hai\",\"\"\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("a", "Công ty TNHH Sao Việt, chi nhánh Hà Nội",
                                           "Trần \"Bé\" Hai", ""));
  EXPECT_FALSE(rows[0].error.has_value());
}

TEST(CsvReaderTest, EmbeddedNewlinesKeepLineNumbersRight) {
  const std::vector<Row> rows = ReadBuffer(
      "h1,h2\n"
      "a,\"Số 12 ngõ 34\nphố Huế\r\nHà Nội\"\n"
      "b,c\n"
      "d,\"x\"\"\ny\"\n"
      "e,f\n");
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_THAT(Fields(rows[1]), ElementsAre("a", "Số 12 ngõ 34\nphố Huế\r\nHà Nội"));
  EXPECT_EQ(rows[2].line, 5u);
  EXPECT_EQ(rows[3].line, 6u);
  EXPECT_THAT(Fields(rows[3]), ElementsAre("d", "x\"\ny"));
  EXPECT_EQ(rows[4].line, 8u);
}

TEST(CsvReaderTest, CrlfAndLoneCrEndRows) {
  const std::vector<Row> rows = ReadBuffer("a,b\r\nc,d\re,f\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("a", "b"));
  EXPECT_THAT(Fields(rows[1]), ElementsAre("c", "d"));
  EXPECT_THAT(Fields(rows[2]), ElementsAre("e", "f"));
  EXPECT_EQ(rows[2].line, 3u);
}

TEST(CsvReaderTest, SkipsBomAndBlankLines) {
  const std::vector<Row> rows = ReadBuffer("\xEF\xBB\xBF" "carrier,msisdn\n\n  \n\r\nVIETTEL,1\n\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("carrier", "msisdn"));
  EXPECT_EQ(rows[1].line, 5u);
}

TEST(CsvReaderTest, LastRowWithoutLineBreak) {
  const std::vector<Row> rows = ReadBuffer("a,b\nc,\"d\"");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_THAT(Fields(rows[1]), ElementsAre("c", "d"));
  EXPECT_FALSE(rows[1].error.has_value());
}

TEST(CsvReaderTest, TrailingCommaMakesAnEmptyLastField) {
  const std::vector<Row> rows = ReadBuffer("a,b,\n,\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("a", "b", ""));
  EXPECT_THAT(Fields(rows[1]), ElementsAre("", ""));
}

TEST(CsvReaderTest, BlanksAroundQuotedFieldsAreAllowed) {
  const std::vector<Row> rows = ReadBuffer("  \"a,b\"  , c \n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("a,b", " c "));
}

TEST(CsvReaderTest, UnterminatedQuoteAtEofIsBadQuoting) {
  const std::vector<Row> rows = ReadBuffer("h1,h2\nok,row\nx,\"never closed\nmore\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2].line, 3u);
  EXPECT_EQ(rows[2].error, RejectReason::kBadQuoting);
  EXPECT_EQ(rows[2].text, "x,\"never closed\nmore\n");
}

TEST(CsvReaderTest, TextAfterClosingQuoteIsBadQuoting) {
  const std::vector<Row> rows = ReadBuffer("\"abc\"def,g\nh,i\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, RejectReason::kBadQuoting);
  EXPECT_EQ(rows[0].num_fields, 2u);
  EXPECT_FALSE(rows[1].error.has_value());
}

TEST(CsvReaderTest, QuoteInsideUnquotedFieldIsLiteral) {
  const std::vector<Row> rows = ReadBuffer("a\"b,c\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_THAT(Fields(rows[0]), ElementsAre("a\"b", "c"));
}

TEST(CsvReaderTest, FieldOverLimitIsFlaggedWithItsIndex) {
  const std::string big(CsvReader::kMaxFieldBytes + 1, 'x');
  const std::string at_limit(CsvReader::kMaxFieldBytes, 'y');
  const std::string data = "a," + big + ",c\n" + "a," + at_limit + ",c\n";
  const std::vector<Row> rows = ReadBuffer(data);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].error, RejectReason::kFieldTooLong);
  EXPECT_EQ(rows[0].error_field, 1);
  EXPECT_FALSE(rows[1].error.has_value());
}

TEST(CsvReaderTest, StoresAtMostMaxFieldsButCountsAll) {
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer("1,2,3,4,5\n");
  CsvReader reader(input.get());
  reader.set_max_fields(3);
  absl::StatusOr<const CsvRow*> row = reader.Next();
  ASSERT_TRUE(row.ok() && *row != nullptr);
  EXPECT_EQ((*row)->num_fields, 5u);
  EXPECT_THAT((*row)->fields, ElementsAre("1", "2", "3"));
}

class CsvReaderFileTest : public ::testing::Test {
 protected:
  std::string WriteFile(const std::string& name, const std::string& data) {
    const std::string path = ::testing::TempDir() + "/" + name;
    std::ofstream out(path, std::ios::binary);
    out << data;
    return path;
  }
};

// Every chunk size puts chunk boundaries inside quotes, between CR and LF, inside
// doubled quotes and inside multi-byte characters; the rows must not change.
TEST_F(CsvReaderFileTest, ChunkBoundariesDoNotChangeRows) {
  const std::string data =
      "\xEF\xBB\xBF" "carrier,full_name,note\r\n"
      "VIETTEL,Nguyễn Văn Đức,\"a, b\"\r\n"
      "\r\n"
      "MOBIFONE,\"Trần \"\"Bé\"\" Hai\",\"line1\r\nline2\"\r\n"
      "VINAPHONE,Lê Thị Hồng,plain\n"
      "ITEL,\"broken\"x,y\n"
      "GMOBILE,Đỗ Mai,\"last\"";
  const std::vector<Row> expected = ReadBuffer(data);
  ASSERT_EQ(expected.size(), 6u);
  EXPECT_EQ(expected[3].line, 6u);
  const std::string path = WriteFile("chunks.csv", data);
  for (size_t chunk = 1; chunk <= data.size() + 1; ++chunk) {
    absl::StatusOr<std::unique_ptr<ChunkedInput>> input = ChunkedInput::OpenFile(path, chunk);
    ASSERT_TRUE(input.ok()) << input.status();
    EXPECT_EQ(ReadAll(input->get()), expected) << "chunk size " << chunk;
  }
}

TEST_F(CsvReaderFileTest, OversizedRowIsSkippedWithoutBuffering) {
  const std::string huge_field(5000, 'z');
  const std::string data = "h1,h2\n" "a,b\n" "c,\"" + huge_field + "\nstill quoted\"\n" +
                           "d,e\n" + "f," + huge_field + "\r\n" + "g,h\n";
  const std::string path = WriteFile("oversized.csv", data);
  absl::StatusOr<std::unique_ptr<ChunkedInput>> input = ChunkedInput::OpenFile(path, 64);
  ASSERT_TRUE(input.ok());
  const std::vector<Row> rows = ReadAll(input->get(), /*max_row_bytes=*/1000);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[2].line, 3u);
  EXPECT_EQ(rows[2].error, RejectReason::kFieldTooLong);
  EXPECT_EQ(rows[2].error_field, -1) << "5000 bytes is under the 64 KiB field limit";
  EXPECT_EQ(rows[2].num_fields, 2u);
  EXPECT_EQ(rows[2].text.size(), 1024u);
  EXPECT_EQ(rows[3].line, 5u);
  EXPECT_THAT(Fields(rows[3]), ElementsAre("d", "e"));
  EXPECT_EQ(rows[4].line, 6u);
  EXPECT_EQ(rows[4].error, RejectReason::kFieldTooLong);
  EXPECT_EQ(rows[5].line, 7u);
  EXPECT_THAT(Fields(rows[5]), ElementsAre("g", "h"));
}

TEST_F(CsvReaderFileTest, OversizedRowReportsTheLongField) {
  const std::string huge_field(CsvReader::kMaxFieldBytes + 10, 'z');
  const std::string data = "a,b,c\n" "x,y," + huge_field + "\n" + "p,q,r\n";
  const std::string path = WriteFile("longfield.csv", data);
  absl::StatusOr<std::unique_ptr<ChunkedInput>> input = ChunkedInput::OpenFile(path, 4096);
  ASSERT_TRUE(input.ok());
  const std::vector<Row> rows = ReadAll(input->get(), /*max_row_bytes=*/8192);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].error, RejectReason::kFieldTooLong);
  EXPECT_EQ(rows[1].error_field, 2);
  EXPECT_THAT(Fields(rows[2]), ElementsAre("p", "q", "r"));
  EXPECT_EQ(rows[2].line, 3u);
}

TEST_F(CsvReaderFileTest, UnterminatedQuoteInOversizedRow) {
  const std::string data = "h\n\"" + std::string(3000, 'q') + "\nno closing quote\n";
  const std::string path = WriteFile("unterminated.csv", data);
  absl::StatusOr<std::unique_ptr<ChunkedInput>> input = ChunkedInput::OpenFile(path, 100);
  ASSERT_TRUE(input.ok());
  const std::vector<Row> rows = ReadAll(input->get(), /*max_row_bytes=*/500);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].error, RejectReason::kBadQuoting);
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReaderTest, EmptyInputHasNoRows) {
  EXPECT_THAT(ReadBuffer(""), IsEmpty());
  EXPECT_THAT(ReadBuffer("\xEF\xBB\xBF"), IsEmpty());
  EXPECT_THAT(ReadBuffer("\n\n \n"), IsEmpty());
}

}  // namespace
}  // namespace simaudit
