// Reading a CSV file on several threads must give exactly what the sequential reader
// gives: records field by field, string pool contents in id order, rejects, counters,
// warnings. Batches are compared through a full textual description.
#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/ingest/batch_reader.h"
#include "lib/ingest/batch_test_util.h"
#include "lib/ingest/csv_reader.h"
#include "lib/ingest/luhn.h"
#include "lib/ingest/name_folder.h"
#include "lib/model/record.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::simaudit::testing::RecordContent;
using ::testing::HasSubstr;

constexpr char kSampleCsv[] = "lib/ingest/testdata/sample_batch.csv";
constexpr char kParityCsv[] = "lib/ingest/testdata/parity_batch.csv";

// Everything a Batch holds, one item per line. Pool ids appear as numbers next to
// their strings, so a different id order is a difference.
std::vector<std::string> Describe(const Batch& batch) {
  std::vector<std::string> out;
  for (const std::string& source : batch.sources) out.push_back("source " + source);
  const std::pair<const char*, const StringPool*> pools[] = {
      {"ids", &batch.ids}, {"names", &batch.names}, {"agents", &batch.agents}};
  for (const auto& [name, pool] : pools) {
    for (uint32_t id = 0; id < pool->size(); ++id) {
      out.push_back(absl::StrCat(name, "[", id, "] ", absl::CEscape(pool->Get(id))));
    }
  }
  for (const Record& r : batch.records) {
    out.push_back(absl::StrCat("record line=", r.line, " source=", r.source,
                               " id_key=", r.id_key, " name_key=", r.name_key,
                               " agent=", r.agent, " ", RecordContent(r, batch)));
  }
  for (const RejectRow& r : batch.rejects) {
    out.push_back(absl::StrCat("reject ", r.source, ":", r.line, " ", r.column, " ", r.reason,
                               " ", absl::CEscape(r.raw)));
  }
  const BatchCounters& c = batch.counters;
  out.push_back(absl::StrCat("rows read=", c.rows_read, " accepted=", c.rows_accepted,
                             " rejected=", c.rows_rejected));
  out.push_back(absl::StrCat("per carrier ", absl::StrJoin(c.accepted_per_carrier, ",")));
  out.push_back(absl::StrCat("soft checks ", absl::StrJoin(c.soft_checks, ",")));
  std::vector<std::string> reasons;
  for (const auto& [reason, n] : c.rejects_per_reason) reasons.push_back(absl::StrCat(reason, "=", n));
  std::sort(reasons.begin(), reasons.end());
  out.push_back("rejects per reason " + absl::StrJoin(reasons, ","));
  for (const std::string& warning : c.warnings) out.push_back("warning " + warning);
  out.push_back(absl::StrCat("max_registered_at ", batch.max_registered_at));
  return out;
}

// Reports the first difference between two batches (a full diff of 50,000 rows would
// drown it).
void ExpectSameBatch(const Batch& actual, const Batch& expected, const std::string& what) {
  const std::vector<std::string> a = Describe(actual);
  const std::vector<std::string> e = Describe(expected);
  for (size_t i = 0; i < std::min(a.size(), e.size()); ++i) {
    if (a[i] != e[i]) {
      ADD_FAILURE() << what << ": first difference at item " << i << "\n  actual:   " << a[i]
                    << "\n  expected: " << e[i];
      return;
    }
  }
  EXPECT_EQ(a.size(), e.size()) << what;
}

std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string WriteTemp(const std::string& name, const std::string& data) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  return path;
}

ReadOptions WithThreads(int threads) {
  ReadOptions options;
  options.threads = threads;
  return options;
}

// full_name comes first so that a row can open with a long quoted name; `note` is an
// unknown column (one warning).
constexpr char kHeader[] =
    "full_name,carrier,msisdn,id_type,id_number,date_of_birth,gender,registered_at,"
    "channel,agent_id,device_imei,note";

std::vector<size_t> SplitTargets(size_t body, size_t size, int ranges) {
  return internal::CsvSplitTargets(body, size, ranges);
}

// A generated batch of exactly `size` bytes. Rows vary: Vietnamese and ASCII names,
// repeated identities, names and dealers (so range pools share strings), quoted fields
// with commas, doubled quotes and line breaks, literal quotes inside unquoted fields,
// CRLF and lone-CR endings, blank lines and bad rows. Wherever a reader with 2, 3 or 7
// threads aims a split, the row there opens with a long quoted name holding line feeds
// (one right before the split target), commas and a doubled quote, so that the split
// must move past it. `covered` counts those targets.
std::string GeneratedBatch(size_t size, int* covered) {
  constexpr const char* kNames[] = {"Nguyễn Văn Đức", "Trần Thị Bích", "Lê Hoàng Nam",
                                    "PHAM VAN AN",   "Võ Thị Mai",    "Đặng Quốc Việt",
                                    "Bùi Thu Hà",    "Hồ Minh Khánh"};
  constexpr const char* kCarriers[] = {"VIETTEL", "mobifone", "Vinaphone", "VIETNAMOBILE"};
  constexpr const char* kChannels[] = {"AGENT", "STORE", "EKYC_APP", "AGENT"};
  std::string text = absl::StrCat(kHeader, "\n");
  const size_t body = text.size();
  std::vector<size_t> targets;
  for (int ranges : {2, 3, 7}) {
    for (size_t t : SplitTargets(body, size, ranges)) targets.push_back(t);
  }
  std::sort(targets.begin(), targets.end());
  size_t next_target = 0;
  *covered = 0;
  std::mt19937 rng(42);
  for (int i = 0;; ++i) {
    const size_t row_start = text.size();
    const bool last = row_start + 2000 >= size;
    const int person = static_cast<int>(rng() % 9000);
    const int year = 1950 + person % 55;
    const bool female = person % 2 == 1;
    std::string name = absl::StrCat(kNames[person % 8]);
    if (last) name = "Lê Văn Cuối";  // a spelling seen only at the end of the file
    // The last row is a plain valid one (its note pads the text to `size`).
    const uint32_t shape = last ? 199 : rng() % 200;
    if (shape < 6) {
      name = absl::StrCat("\"", name, "\n, ", person % 13, "\"");
    } else if (shape < 8) {
      name = absl::StrCat("\"", name, " \"\"", person % 5, "\"\"\r\nx\"");
    } else if (shape < 10) {
      name = absl::StrCat("O\"Brien ", person % 3);
    }
    while (next_target < targets.size() && targets[next_target] <= row_start) ++next_target;
    const bool split_row = next_target < targets.size() && targets[next_target] > row_start &&
                           targets[next_target] < row_start + 400;
    if (split_row) {
      // The quoted name covers [row_start + 1, row_start + 1 + length).
      const size_t target = targets[next_target];
      const size_t length = target - row_start + 8 + rng() % 40;
      std::string content;
      for (size_t j = 0; content.size() < length; ++j) {
        const size_t at = row_start + 1 + content.size();  // offset of this byte
        if (at + 1 == target || at == target || at == target + 5) {
          content += '\n';
        } else if (at == target + 1 || at + 3 == target) {
          content += ',';
        } else if (at == target + 2) {
          content += "\"\"";
        } else {
          content += static_cast<char>('a' + j % 26);
        }
      }
      name = absl::StrCat("\"", content, "\"");
      while (next_target < targets.size() && targets[next_target] < row_start + 1 + length) {
        ++*covered;
        ++next_target;
      }
    }
    std::string msisdn = absl::StrCat("09", 10000000 + i % 80000000);
    if (shape >= 10 && shape < 12) msisdn = absl::StrCat("024", 1000000 + i);  // landline
    const std::string cccd = absl::StrFormat("001%d%02d%06d", female ? 1 : 0, year % 100, person);
    std::string agent = rng() % 3 == 0 ? "" : absl::StrCat("DL-", rng() % 400);
    if (shape == 12) agent = "DL\"07";
    std::string imei;
    if (rng() % 2 == 0) {
      const std::string payload = absl::StrFormat("356938%08d", static_cast<int>(rng() % 100000000));
      imei = payload + *LuhnCheckDigit(payload);
    }
    std::string note = rng() % 4 == 0 && !last ? "\"a, b\"" : "";
    if (shape == 13) note = "\"bad\"quote";
    std::string row = absl::StrCat(
        name, ",", kCarriers[rng() % 4], ",", msisdn, ",CCCD,", cccd, ",",
        absl::StrFormat("%04d-%02d-%02d", year, 1 + person % 12, 1 + person % 28), ",",
        female ? "F" : "M", ",",
        absl::StrFormat("2025-03-%02dT%02d:%02d:00+07:00", 1 + i % 28, 7 + i % 14, i % 60),
        ",", kChannels[rng() % 4], ",", agent, ",", imei, ",", note);
    if (shape == 14 && !split_row) row = row.substr(0, row.rfind(','));  // a field short
    const char* ending = shape == 15 ? "\r\n" : shape == 16 ? "\r" : "\n";
    if (shape == 17 && !split_row) text += "\n";  // a blank line
    if (last) {
      // Pad the last row's note so the text ends exactly at `size`.
      const size_t pad = size - text.size() - row.size() - 1;
      absl::StrAppend(&text, row, std::string(pad, 'z'), "\n");
      return text;
    }
    absl::StrAppend(&text, row, ending);
  }
}

class ParallelReadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = new std::string(GeneratedBatch(12'000'000, &covered_));
    path_ = new std::string(WriteTemp("generated.csv", *text_));
  }
  static void TearDownTestSuite() {
    delete text_;
    delete path_;
  }

  static std::string* text_;
  static std::string* path_;
  static int covered_;
};

std::string* ParallelReadTest::text_ = nullptr;
std::string* ParallelReadTest::path_ = nullptr;
int ParallelReadTest::covered_ = 0;

TEST_F(ParallelReadTest, GeneratedBatchSplitsInsideQuotedFieldsAreAvoided) {
  ASSERT_EQ(text_->size(), 12'000'000u);
  EXPECT_EQ(covered_, 1 + 2 + 6);  // every split target of 2, 3 and 7 threads
  // Each target lies inside a quoted field, right after a line feed: the split moves on.
  const size_t body = std::string(kHeader).size() + 1;
  for (int ranges : {2, 3, 7}) {
    const std::vector<size_t> targets = SplitTargets(body, text_->size(), ranges);
    const std::vector<size_t> starts = FindCsvRowStarts(*text_, body, targets);
    for (size_t k = 0; k < targets.size(); ++k) {
      EXPECT_EQ((*text_)[targets[k] - 1], '\n');
      EXPECT_GT(starts[k], targets[k] + 8) << ranges << " ranges, split " << k;
      EXPECT_EQ((*text_)[starts[k] - 1], '\n');
    }
  }
}

TEST_F(ParallelReadTest, GeneratedBatchReadsTheSameOnAnyNumberOfThreads) {
  Batch expected;
  ASSERT_THAT(ReadBatchFile(*path_, WithThreads(1), &expected), IsOk());
  ASSERT_GT(expected.records.size(), 40000u);
  ASSERT_GT(expected.rejects.size(), 1000u);
  EXPECT_THAT(expected.counters.warnings, ::testing::ElementsAre("unknown column 'note' ignored"));
  for (int threads : {1, 2, 3, 7, 0}) {
    Batch from_file;
    ASSERT_THAT(ReadBatchFile(*path_, WithThreads(threads), &from_file), IsOk());
    ExpectSameBatch(from_file, expected, absl::StrCat("file, ", threads, " threads"));
    Batch from_buffer;
    ASSERT_TRUE(
        ReadBatchBuffer(*text_, *path_, InputFormat::kCsv, WithThreads(threads), &from_buffer)
            .ok());
    ExpectSameBatch(from_buffer, expected, absl::StrCat("buffer, ", threads, " threads"));
  }
}

TEST_F(ParallelReadTest, MergingIntoABatchThatHoldsAFileAlready) {
  // The second file's strings partly exist in the pools already, and its rows get
  // source 1.
  Batch expected;
  ASSERT_THAT(ReadBatchFile(kSampleCsv, WithThreads(1), &expected), IsOk());
  ASSERT_THAT(ReadBatchFile(*path_, WithThreads(1), &expected), IsOk());
  for (int threads : {2, 3}) {
    Batch batch;
    ASSERT_THAT(ReadBatchFile(kSampleCsv, WithThreads(threads), &batch), IsOk());
    ASSERT_THAT(ReadBatchFile(*path_, WithThreads(threads), &batch), IsOk());
    ExpectSameBatch(batch, expected, absl::StrCat(threads, " threads"));
  }
}

TEST_F(ParallelReadTest, CallersNameFolderMeansOneThread) {
  // A NameFolder may serve one thread only, so the whole file goes through it: it folds
  // the spelling seen only at the end of the file, as a sequential read does.
  NameFolder sequential_folder;
  ReadOptions sequential = WithThreads(1);
  sequential.validation.name_folder = &sequential_folder;
  Batch expected;
  ASSERT_THAT(ReadBatchFile(*path_, sequential, &expected), IsOk());
  NameFolder folder;
  ReadOptions options = WithThreads(4);
  options.validation.name_folder = &folder;
  Batch batch;
  ASSERT_THAT(ReadBatchFile(*path_, options, &batch), IsOk());
  ExpectSameBatch(batch, expected, "caller's folder");
  EXPECT_EQ(folder.icu_runs(), sequential_folder.icu_runs());
  EXPECT_GT(folder.icu_runs(), 8u);
}

TEST(CsvSplitTargetsTest, TargetsAscendInsideTheBodyAndTheFirstRangeIsSmaller) {
  constexpr size_t kBody = 100;
  constexpr size_t kSize = 100'000'100;
  EXPECT_TRUE(internal::CsvSplitTargets(kBody, kSize, 1).empty());
  for (int ranges = 2; ranges <= 64; ++ranges) {
    const std::vector<size_t> targets = internal::CsvSplitTargets(kBody, kSize, ranges);
    ASSERT_EQ(targets.size(), static_cast<size_t>(ranges - 1));
    EXPECT_GT(targets.front(), kBody);
    EXPECT_LT(targets.back(), kSize);
    for (size_t k = 1; k < targets.size(); ++k) {
      EXPECT_GT(targets[k], targets[k - 1]);
      // The other ranges are equal (up to rounding) and larger than the first.
      EXPECT_NEAR(static_cast<double>(targets[k] - targets[k - 1]),
                  static_cast<double>(kSize - targets.back()), 1.0);
    }
    EXPECT_LT(targets.front() - kBody, kSize - targets.back()) << ranges;
  }
}

TEST(ParallelReadCheckedInTest, SampleAndParityBatchesReadTheSameOnAnyNumberOfThreads) {
  for (const char* path : {kSampleCsv, kParityCsv}) {
    Batch expected;
    ASSERT_THAT(ReadBatchFile(path, WithThreads(1), &expected), IsOk());
    ASSERT_GT(expected.records.size(), 5u);
    for (int threads : {2, 3, 7}) {
      Batch batch;
      ASSERT_THAT(ReadBatchFile(path, WithThreads(threads), &batch), IsOk());
      ExpectSameBatch(batch, expected, absl::StrCat(path, ", ", threads, " threads"));
    }
  }
}

TEST(ParallelReadCheckedInTest, ManyThreadsOnATinyFileLeaveRangesEmpty) {
  const std::string text = ReadFileText(kParityCsv);
  Batch expected;
  ASSERT_TRUE(
      ReadBatchBuffer(text, "p.csv", InputFormat::kCsv, WithThreads(1), &expected).ok());
  for (int threads : {64, 1000}) {
    Batch batch;
    ASSERT_TRUE(
        ReadBatchBuffer(text, "p.csv", InputFormat::kCsv, WithThreads(threads), &batch).ok());
    ExpectSameBatch(batch, expected, absl::StrCat(threads, " threads"));
  }
}

TEST(ParallelReadCheckedInTest, HeaderOnlyAndFileErrorsOnSeveralThreads) {
  Batch batch;
  ASSERT_THAT(ReadBatchFile(kSampleCsv, WithThreads(1), &batch), IsOk());
  const std::vector<std::string> before = Describe(batch);
  // A missing required column fails the file as a whole and leaves the batch as it was.
  const std::string bad = WriteTemp("no_msisdn.csv", "carrier,id_type\nVIETTEL,CCCD\n");
  const absl::Status status = ReadBatchFile(bad, WithThreads(3), &batch);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("'msisdn'"));
  EXPECT_EQ(Describe(batch), before);
  EXPECT_EQ(ReadBatchFile(WriteTemp("empty.csv", ""), WithThreads(3), &batch).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Describe(batch), before);
  // A header and no rows is a valid, empty file.
  const std::string header_only = WriteTemp("header.csv", std::string(kHeader) + "\r\n");
  Batch empty;
  ASSERT_THAT(ReadBatchFile(header_only, WithThreads(3), &empty), IsOk());
  EXPECT_EQ(empty.counters.rows_read, 0u);
}

TEST(ParallelReadCheckedInTest, ByteOrderMarkIsSkippedOnlyAtTheStartOfTheFile) {
  // Every row starts with the bytes of a BOM, which are data there (UNKNOWN_CARRIER),
  // so a range that skipped them as its "start of file" would accept its first row.
  const std::string bom = "\xEF\xBB\xBF";
  std::string text = bom + "carrier,msisdn,id_type,id_number,full_name,date_of_birth,"
                           "registered_at\n";
  for (int i = 0; i < 200; ++i) {
    absl::StrAppend(&text, bom, "VIETTEL,09", 61000000 + i,
                    ",CCCD,001190012345,Trần Thị Bích,1990-01-01,2025-03-01T10:00:00+07:00\n");
  }
  Batch expected;
  ASSERT_THAT(ReadBatchBuffer(text, "bom.csv", InputFormat::kCsv, WithThreads(1), &expected), IsOk());
  EXPECT_THAT(expected.counters.warnings, ::testing::IsEmpty());  // the header's BOM went
  EXPECT_EQ(expected.counters.rejects_per_reason["UNKNOWN_CARRIER"], 200u);
  for (int threads : {2, 3, 7, 13}) {
    Batch batch;
    ASSERT_TRUE(
        ReadBatchBuffer(text, "bom.csv", InputFormat::kCsv, WithThreads(threads), &batch).ok());
    ExpectSameBatch(batch, expected, absl::StrCat(threads, " threads"));
  }
}

}  // namespace
}  // namespace simaudit
