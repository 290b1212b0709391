#include "lib/ingest/csv_reader.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
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


TEST(CsvReaderTest, AsciiPrefixAndSuffixBracketEveryNonAsciiByte) {
  // Rows long enough for the fast path (64-byte blocks), with non-ASCII bytes at random
  // places: every byte outside [ascii_prefix, ascii_suffix) is ASCII, and the bounds are
  // tight (a reader checks UTF-8 only in between).
  std::mt19937 rng(7);
  std::string text;
  for (int r = 0; r < 300; ++r) {
    std::string row;
    const size_t length = 60 + rng() % 200;
    while (row.size() < length) {
      const uint32_t pick = rng() % 40;
      row += pick == 0 ? "\xC3\xA9" : pick < 4 ? "," : std::string(1, static_cast<char>('a' + pick % 26));
    }
    text += row + (r % 7 == 0 ? "\r\n" : "\n");
  }
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(text);
  CsvReader reader(input.get());
  int rows = 0;
  int fast = 0;
  while (true) {
    absl::StatusOr<const CsvRow*> next = reader.Next();
    ASSERT_TRUE(next.ok());
    if (*next == nullptr) break;
    const CsvRow& row = **next;
    ++rows;
    ASSERT_LE(row.ascii_prefix, row.ascii_suffix);
    ASSERT_LE(row.ascii_suffix, row.text.size());
    size_t first = row.text.size();
    size_t last_end = 0;
    for (size_t i = 0; i < row.text.size(); ++i) {
      if (static_cast<unsigned char>(row.text[i]) >= 0x80) {
        first = std::min(first, i);
        last_end = i + 1;
      }
    }
    if (first == row.text.size()) continue;  // an ASCII row
    EXPECT_FALSE(row.ascii);
    EXPECT_LE(row.ascii_prefix, first);
    EXPECT_GE(row.ascii_suffix, last_end);
    if (row.ascii_prefix == first && row.ascii_suffix == last_end) ++fast;
  }
  EXPECT_EQ(rows, 300);
  EXPECT_GT(fast, 100);  // the fast path reports tight bounds
}

// Reads `text` as the ranges that FindCsvRowStarts makes for `targets`, each with a
// reader of its own (as a parallel reader does), and returns all rows in order.
std::vector<Row> ReadInRanges(absl::string_view text, const std::vector<size_t>& targets,
                              size_t max_row_bytes = 0) {
  // The first range is read like a whole file (BOM skipped), from its first row.
  const std::vector<size_t> starts = FindCsvRowStarts(text, 0, targets);
  std::vector<Row> rows;
  uint64_t line = 1;
  size_t begin = 0;
  for (size_t k = 0; k <= starts.size(); ++k) {
    const size_t end = k < starts.size() ? starts[k] : text.size();
    EXPECT_LE(begin, end);
    if (begin >= end) continue;
    std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(text.substr(begin, end - begin));
    CsvReader reader(input.get());
    if (max_row_bytes > 0) reader.set_max_row_bytes(max_row_bytes);
    reader.set_first_line(line);
    reader.set_skip_bom(k == 0);
    while (true) {
      absl::StatusOr<const CsvRow*> row = reader.Next();
      EXPECT_TRUE(row.ok()) << row.status();
      if (!row.ok() || *row == nullptr) break;
      const CsvRow& r = **row;
      rows.push_back(Row{r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()),
                         r.num_fields, std::string(r.text), r.error, r.error_field});
    }
    line = reader.next_line();
    begin = end;
  }
  return rows;
}

TEST(FindCsvRowStartsTest, PlainRowsSplitAfterTheNextLineFeed) {
  const std::string text = "h1,h2\naa,bb\ncc,dd\nee,ff\n";
  //                        0     6     12    18    24
  EXPECT_THAT(FindCsvRowStarts(text, 6, {7, 12, 13, 23, 24, 100}),
              ElementsAre(12, 12, 18, 24, 24, 24));
}

TEST(FindCsvRowStartsTest, LineBreaksInsideQuotedFieldsDoNotSplit) {
  const std::string text = "a,\"x\ny,\nz\"\nb,c\n";
  //                        0  2 3 4 5 6 7 8 9 10 11
  // Every target inside the quoted field moves past the row it belongs to.
  for (size_t target = 1; target <= 11; ++target) {
    EXPECT_THAT(FindCsvRowStarts(text, 0, {target}), ElementsAre(11)) << target;
  }
  EXPECT_THAT(FindCsvRowStarts(text, 0, {12}), ElementsAre(text.size()));
}

TEST(FindCsvRowStartsTest, DoubledQuotesStayInsideTheField) {
  const std::string text = "\"a\"\"\nb\"\"\n,c\"\nd\n";
  // The field is a"<LF>b"<LF>,c: it closes at the quote before the last-but-one LF.
  EXPECT_THAT(FindCsvRowStarts(text, 0, {2}), ElementsAre(text.size() - 2));
}

TEST(FindCsvRowStartsTest, QuoteInsideAnUnquotedFieldIsLiteral) {
  // O"Brien does not open a quoted field, so the first LF ends the row.
  const std::string text = "x,O\"Brien\ny,z\n";
  EXPECT_THAT(FindCsvRowStarts(text, 0, {4}), ElementsAre(10));
}

TEST(FindCsvRowStartsTest, QuoteAfterBlanksOpensAField) {
  const std::string text = "x, \t\"a\nb\"\nc\n";
  EXPECT_THAT(FindCsvRowStarts(text, 0, {1}), ElementsAre(10));
}

TEST(FindCsvRowStartsTest, QuoteAfterAClosedQuoteIsLiteral) {
  // Text after a closing quote (bad quoting) runs to the next delimiter; its quote does
  // not open a field, so the LF after it ends the row.
  const std::string text = "\"a\" \"b\nc,\"d\ne\"\n";
  EXPECT_THAT(FindCsvRowStarts(text, 0, {1}), ElementsAre(7));
  EXPECT_THAT(FindCsvRowStarts(text, 0, {8}), ElementsAre(text.size()));
}

TEST(FindCsvRowStartsTest, UnterminatedQuoteMakesTheRestOneRow) {
  const std::string text = "a,b\nc,\"d\ne,f\ng\n";
  EXPECT_THAT(FindCsvRowStarts(text, 0, {1, 5, 9}), ElementsAre(4, text.size(), text.size()));
}

TEST(FindCsvRowStartsTest, OnlyLineFeedsEndRanges) {
  // A lone CR ends a row for the reader, but a range never ends with one; CRLF does.
  const std::string text = "a\rb\rc\r\nd\ne";
  EXPECT_THAT(FindCsvRowStarts(text, 0, {1, 7, 8}), ElementsAre(7, 7, 9));
}

TEST(FindCsvRowStartsTest, FromOrAfterTheEndFindsNothing) {
  EXPECT_THAT(FindCsvRowStarts("a\nb\n", 4, {5, 6}), ElementsAre(4, 4));
  EXPECT_THAT(FindCsvRowStarts("", 0, {1}), ElementsAre(0));
  EXPECT_THAT(FindCsvRowStarts("a\nb\n", 0, {}), IsEmpty());
}

TEST(FindCsvRowStartsTest, RangesReadLikeTheWholeText) {
  // Random texts over the bytes that matter to the grammar, split at every offset (and
  // at pairs of offsets): the ranges must give the rows of one reader over the whole,
  // line numbers included, also when rows exceed a small max_row_bytes.
  constexpr char kAlphabet[] = {'a', 'b', ',', '"', '"', '\n', '\n', '\r', ' ', '\t'};
  std::mt19937 rng(20250301);
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const size_t length = 1 + rng() % 48;
    for (size_t i = 0; i < length; ++i) text += kAlphabet[rng() % sizeof(kAlphabet)];
    for (const size_t max_row_bytes : {size_t{0}, size_t{6}}) {
      std::unique_ptr<ChunkedInput> whole = ChunkedInput::FromBuffer(text);
      const std::vector<Row> expected = ReadAll(whole.get(), max_row_bytes);
      for (size_t t = 1; t <= text.size(); ++t) {
        ASSERT_EQ(ReadInRanges(text, {t}, max_row_bytes), expected)
            << "text '" << absl::CEscape(text) << "', target " << t << ", max_row_bytes "
            << max_row_bytes;
        const size_t u = t + 1 + rng() % 8;
        ASSERT_EQ(ReadInRanges(text, {t, u}, max_row_bytes), expected)
            << "text '" << absl::CEscape(text) << "', targets " << t << "," << u;
      }
    }
  }
}

}  // namespace
}  // namespace simaudit
