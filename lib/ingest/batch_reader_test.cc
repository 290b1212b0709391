#include "lib/ingest/batch_reader.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/ingest/batch_test_util.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::simaudit::testing::RecordContent;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

constexpr char kSampleCsv[] = "lib/ingest/testdata/sample_batch.csv";
constexpr char kParityCsv[] = "lib/ingest/testdata/parity_batch.csv";
constexpr char kParityJsonl[] = "lib/ingest/testdata/parity_batch.jsonl";

constexpr char kHeader[] =
    "carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,date_of_birth,"
    "gender,nationality,province,registered_at,channel,agent_id,device_imei,selfie_hash,"
    "face_match,popdb_check,status,first_use_imei,active_days_30d,out_calls_30d,"
    "in_calls_30d,out_sms_30d,in_sms_30d,distinct_callees_30d,topup_vnd_30d,data_mb_30d";

// A valid row for kHeader, with `msisdn` and `name` substituted.
std::string CsvRow(absl::string_view msisdn, absl::string_view name = "Nguyễn Văn Đức") {
  return absl::StrCat(
      "VIETTEL,", msisdn, ",452041234567890,8984041234567890127,INDIVIDUAL,CCCD,001090012345,",
      name, ",1990-05-17,M,VN,001,2025-03-01T10:15:00+07:00,STORE,VT-HN-0012,490154203237518,",
      "8f3a5c7e9b1d2f40,0.87,MATCH,ACTIVE,356938035643809,27,41,38,12,20,19,100000,2048");
}

std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string WriteTemp(const std::string& name, const std::string& data) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << data;
  return path;
}

std::vector<std::string> RejectSummaries(const Batch& batch) {
  std::vector<std::string> out;
  for (const RejectRow& r : batch.rejects) {
    out.push_back(absl::StrCat(r.line, " ", r.reason, " ", r.column));
  }
  return out;
}

absl::Status ReadCsvText(const std::string& text, Batch* batch) {
  return ReadBatchBuffer(text, "test.csv", InputFormat::kCsv, ReadOptions(), batch);
}

TEST(ReadBatchFileTest, SampleBatchAcceptsGoodRowsAndRejectsPlantedOnes) {
  Batch batch;
  ReadOptions options;
  options.validation.unknown_cccd_province_is_soft = false;  // line 16 is rejected too
  ASSERT_THAT(ReadBatchFile(kSampleCsv, options, &batch), IsOk());
  EXPECT_THAT(batch.sources, ElementsAre(kSampleCsv));
  EXPECT_EQ(batch.counters.rows_read, 44u);
  EXPECT_EQ(batch.counters.rows_accepted, 34u);
  EXPECT_EQ(batch.counters.rows_rejected, 10u);
  EXPECT_EQ(batch.records.size(), 34u);
  EXPECT_THAT(RejectSummaries(batch),
              ElementsAre("6 BAD_MSISDN msisdn", "11 UNKNOWN_CARRIER carrier",
                          "16 BAD_CCCD_PROVINCE id_number", "21 BAD_IMEI device_imei",
                          "23 WRONG_FIELD_COUNT ", "27 MISSING_OFFSET registered_at",
                          "32 BAD_DATE date_of_birth", "37 DOB_IN_FUTURE date_of_birth",
                          "42 BAD_NUMBER out_calls_30d", "45 BAD_ICCID iccid"));
  for (const RejectRow& r : batch.rejects) EXPECT_EQ(r.source, kSampleCsv);
  EXPECT_THAT(batch.counters.warnings, IsEmpty());
  // Planted soft signals: a CMND after 2024, an under-14 subscriber, a VinaPhone row
  // with a Viettel IMSI and a CCCD whose gender digit disagrees.
  // The gender digit names the right century, so it is also counted as a one-digit slip.
  EXPECT_THAT(batch.counters.soft_checks, ElementsAre(0, 1, 1, 0, 1, 1, 0, 0, 0, 1));
  // The quoted organisation name keeps its comma.
  bool found_org = false;
  for (const Record& r : batch.records) {
    if (r.id_type != IdType::kOrg) continue;
    found_org = true;
    EXPECT_EQ(batch.names.Get(r.name_key), "CONG TY TNHH THUONG MAI SAO VIET, CHI NHANH HA NOI");
    EXPECT_EQ(batch.ids.Get(r.id_key), "ORG:0101234567001");
    EXPECT_EQ(r.date_of_birth, kNoDate);
  }
  EXPECT_TRUE(found_org);
  EXPECT_EQ(batch.max_registered_at, 1741187580);  // 2025-03-05T22:13:00+07:00
}

TEST(ReadBatchFileTest, ColumnsMayComeInAnyOrder) {
  const std::vector<std::string> names = absl::StrSplit(kHeader, ',');
  const std::vector<std::string> values = absl::StrSplit(CsvRow("0961234567"), ',');
  std::vector<std::string> rev_names(names.rbegin(), names.rend());
  std::vector<std::string> rev_values(values.rbegin(), values.rend());
  Batch in_order, reversed;
  ASSERT_THAT(ReadCsvText(absl::StrCat(kHeader, "\n", CsvRow("0961234567"), "\n"), &in_order), IsOk());
  ASSERT_TRUE(ReadCsvText(absl::StrCat(" ", absl::StrJoin(rev_names, " , "), "\n",
                                       absl::StrJoin(rev_values, ","), "\n"),
                          &reversed)
                  .ok());
  ASSERT_EQ(in_order.records.size(), 1u);
  ASSERT_EQ(reversed.records.size(), 1u) << RejectSummaries(reversed)[0];
  EXPECT_EQ(RecordContent(in_order.records[0], in_order),
            RecordContent(reversed.records[0], reversed));
}

TEST(ReadBatchFileTest, UnknownColumnsAreIgnoredWithOneWarningEach) {
  Batch batch;
  ASSERT_TRUE(ReadCsvText(absl::StrCat(kHeader, ",store_note,,ekyc_vendor\n",
                                       CsvRow("0961234567"), ",mở cửa 8h,,FPT.AI\n",
                                       CsvRow("0961234568"), ",,x,\n"),
                          &batch)
                  .ok());
  EXPECT_EQ(batch.records.size(), 2u);
  EXPECT_THAT(batch.counters.warnings,
              ElementsAre("unknown column 'store_note' ignored", "unnamed column 31 ignored",
                          "unknown column 'ekyc_vendor' ignored"));
}

TEST(ReadBatchFileTest, MissingRequiredColumnFailsAndLeavesBatchUnchanged) {
  Batch batch;
  ASSERT_THAT(ReadBatchFile(kSampleCsv, ReadOptions(), &batch), IsOk());
  const size_t records = batch.records.size();
  const size_t rejects = batch.rejects.size();
  const uint32_t ids = batch.ids.size(), names = batch.names.size();
  const uint32_t agents = batch.agents.size();
  const BatchCounters counters = batch.counters;
  const int64_t max_registered_at = batch.max_registered_at;

  std::string header = kHeader;
  header.replace(header.find(",registered_at"), std::string(",registered_at").size(), "");
  std::string row = CsvRow("0961234567");
  row.replace(row.find(",2025-03-01T10:15:00+07:00"), 26, "");
  const std::string path =
      WriteTemp("no_registered_at.csv", absl::StrCat(header, ",extra_column\n", row, ",x\n"));
  const absl::Status status = ReadBatchFile(path, ReadOptions(), &batch);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("missing required column 'registered_at'"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("no_registered_at.csv"));

  EXPECT_EQ(batch.records.size(), records);
  EXPECT_EQ(batch.rejects.size(), rejects);
  EXPECT_THAT(batch.sources, ElementsAre(kSampleCsv));
  EXPECT_EQ(batch.ids.size(), ids);
  EXPECT_EQ(batch.names.size(), names);
  EXPECT_EQ(batch.agents.size(), agents);
  EXPECT_EQ(batch.counters.rows_read, counters.rows_read);
  EXPECT_EQ(batch.counters.rows_rejected, counters.rows_rejected);
  EXPECT_EQ(batch.counters.rejects_per_reason, counters.rejects_per_reason);
  EXPECT_EQ(batch.counters.warnings, counters.warnings) << "no warning for extra_column";
  EXPECT_EQ(batch.max_registered_at, max_registered_at);
}

TEST(ReadBatchFileTest, SeveralMissingColumnsAreAllNamed) {
  Batch batch;
  const absl::Status status = ReadCsvText("carrier,full_name\nVIETTEL,A\n", &batch);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("missing required columns 'msisdn', 'id_type', 'id_number', "
                        "'date_of_birth', 'registered_at'"));
  EXPECT_TRUE(batch.sources.empty());
}

struct FileErrorCase {
  const char* name;
  std::string data;
  absl::StatusCode code;
  const char* message;
};

TEST(ReadBatchFileTest, UnreadableFilesFailAsAWhole) {
  const FileErrorCase cases[] = {
      {"empty.csv", "", absl::StatusCode::kInvalidArgument, "empty file"},
      {"blank.csv", "\xEF\xBB\xBF\n\n", absl::StatusCode::kInvalidArgument, "empty file"},
      {"empty.jsonl", "\n \n", absl::StatusCode::kInvalidArgument, "empty file"},
      {"dup.csv", absl::StrCat(kHeader, ",msisdn\n"), absl::StatusCode::kInvalidArgument,
       "duplicate column 'msisdn'"},
      {"latin1.csv", absl::StrCat(kHeader, ",ghi_ch\xFA\n"), absl::StatusCode::kInvalidArgument,
       "header is not valid UTF-8"},
      {"sqlite.csv", std::string("SQLite format 3\0\x10\0\x01\x01\0@  \n", 26),
       absl::StatusCode::kInvalidArgument, "not a CSV file"},
      {"png.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
       absl::StatusCode::kInvalidArgument, "header is not valid UTF-8"},
      {"quote.csv", "carrier,\"msisdn\n", absl::StatusCode::kInvalidArgument, "not a CSV file"},
      {"batch.xlsx", absl::StrCat(kHeader, "\n"), absl::StatusCode::kInvalidArgument,
       "unknown input format"},
  };
  for (const FileErrorCase& c : cases) {
    Batch batch;
    const absl::Status status = ReadBatchFile(WriteTemp(c.name, c.data), ReadOptions(), &batch);
    EXPECT_EQ(status.code(), c.code) << c.name << ": " << status;
    EXPECT_THAT(std::string(status.message()), HasSubstr(c.message)) << c.name;
    EXPECT_TRUE(batch.sources.empty()) << c.name;
    EXPECT_EQ(batch.counters.rows_read, 0u) << c.name;
  }
}

TEST(ReadBatchFileTest, MissingFileIsNotFound) {
  Batch batch;
  const absl::Status status =
      ReadBatchFile(::testing::TempDir() + "/no/such/batch.csv", ReadOptions(), &batch);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(batch.sources.empty());
  EXPECT_EQ(ReadBatchFile(::testing::TempDir(), ReadOptions(), &batch).code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(ReadBatchFileTest, BadRowsAreRejectedOneByOne) {
  const std::string long_name(64 * 1024 + 1, 'A');
  const std::string text = absl::StrCat(
      kHeader, "\r\n",
      CsvRow("0961000001"), "\r\n",                                   // line 2
      "VIETTEL,0961000002,only,three\r\n",                            // line 3
      CsvRow("0961000003", long_name), "\r\n",                        // line 4
      CsvRow("0961000004", "Nguy\xE1\xBB" " n"), "\r\n",               // line 5
      CsvRow("0961000005", "\"Trần Thị\r\nBích\""), "\r\n",           // lines 6-7
      "\r\n",                                                         // line 8, blank
      CsvRow("0961000006", "\"Trần \"\"Bé\"\" Hai\"xyz"), "\r\n",     // line 9
      CsvRow("0961000007"), "\r\n",                                   // line 10
      CsvRow("0961000008", "\"never closed"), "\r\n", CsvRow("0961000009"), "\r\n");
  Batch batch;
  ASSERT_THAT(ReadCsvText(text, &batch), IsOk());
  EXPECT_THAT(RejectSummaries(batch),
              ElementsAre("3 WRONG_FIELD_COUNT ", "4 FIELD_TOO_LONG full_name",
                          "5 BAD_UTF8 full_name", "9 BAD_QUOTING ", "11 BAD_QUOTING "));
  ASSERT_EQ(batch.records.size(), 3u);
  EXPECT_EQ(batch.records[0].line, 2u);
  EXPECT_EQ(batch.records[1].line, 6u);
  EXPECT_EQ(batch.names.Get(batch.records[1].name_key), "TRAN THI BICH");
  EXPECT_EQ(batch.records[2].line, 10u);
  EXPECT_EQ(batch.counters.rows_read, 8u);
  // Rejects keep a readable, bounded copy of the row.
  EXPECT_EQ(batch.rejects[0].raw, "VIETTEL,0961000002,only,three");
  EXPECT_LE(batch.rejects[1].raw.size(), 1024u);
  EXPECT_THAT(batch.rejects[2].raw, HasSubstr("Nguy\xEF\xBF\xBD"));
}

TEST(ReadBatchFileTest, InvalidUtf8InAnIgnoredColumnStillRejectsTheRow) {
  Batch batch;
  ASSERT_TRUE(ReadCsvText(absl::StrCat(kHeader, ",note\n", CsvRow("0961000001"), ",caf\xE9\n"),
                          &batch)
                  .ok());
  EXPECT_THAT(RejectSummaries(batch), ElementsAre("2 BAD_UTF8 note"));
}

TEST(ReadBatchFileTest, StreamsLargeFilesLikeBuffers) {
  // About 3 MB: several 1 MiB chunks, with rows across every chunk boundary.
  std::string text = absl::StrCat(kHeader, "\n");
  for (int i = 0; i < 12000; ++i) {
    const std::string msisdn = absl::StrCat("09", 61000000 + i);
    if (i % 1000 == 7) {
      absl::StrAppend(&text, CsvRow(msisdn, "\"Lê Văn\nTám\""), "\n");
    } else if (i % 1000 == 500) {
      absl::StrAppend(&text, CsvRow("024" + msisdn.substr(3)), "\n");
    } else {
      absl::StrAppend(&text, CsvRow(msisdn, i % 2 ? "Nguyễn Văn Đức" : "Trần Thị Bích"), "\n");
    }
  }
  const std::string path = WriteTemp("large.csv", text);
  Batch from_file, from_buffer;
  ASSERT_THAT(ReadBatchFile(path, ReadOptions(), &from_file), IsOk());
  ASSERT_THAT(ReadCsvText(text, &from_buffer), IsOk());
  EXPECT_EQ(from_file.counters.rows_read, 12000u);
  EXPECT_EQ(from_file.rejects.size(), 12u);
  ASSERT_EQ(from_file.records.size(), from_buffer.records.size());
  for (size_t i = 0; i < from_file.records.size(); ++i) {
    ASSERT_EQ(from_file.records[i].line, from_buffer.records[i].line) << i;
    ASSERT_EQ(RecordContent(from_file.records[i], from_file),
              RecordContent(from_buffer.records[i], from_buffer));
  }
  EXPECT_EQ(RejectSummaries(from_file), RejectSummaries(from_buffer));
  // 12 embedded line breaks push the last row to line 12001 + 12.
  EXPECT_EQ(from_file.records.back().line, 12013u);
}

TEST(ReadBatchFileTest, SeveralFilesShareOneBatch) {
  Batch batch;
  ASSERT_THAT(ReadBatchFile(kParityCsv, ReadOptions(), &batch), IsOk());
  ASSERT_THAT(ReadBatchFile(kSampleCsv, ReadOptions(), &batch), IsOk());
  EXPECT_THAT(batch.sources, ElementsAre(kParityCsv, kSampleCsv));
  EXPECT_EQ(batch.records.front().source, 0);
  EXPECT_EQ(batch.records.back().source, 1);
  EXPECT_EQ(batch.rejects.back().source, kSampleCsv);
  EXPECT_EQ(batch.counters.rows_read, 14u + 44u);
}

TEST(ReadBatchFileTest, AsOfRejectsLaterRegistrations) {
  Batch batch;
  ReadOptions options;
  options.validation.as_of = 1740798900;  // 2025-03-01T10:15:00+07:00
  ASSERT_THAT(ReadCsvText(absl::StrCat(kHeader, "\n", CsvRow("0961000001"), "\n"), &batch), IsOk());
  const std::string later = absl::StrCat(kHeader, "\n", CsvRow("0961000002"), "\n");
  std::string text = later;
  text.replace(text.find("2025-03-01T10:15:00"), 19, "2025-03-01T10:15:01");
  ASSERT_THAT(ReadBatchBuffer(text, "later.csv", InputFormat::kCsv, options, &batch), IsOk());
  EXPECT_THAT(RejectSummaries(batch), ElementsAre("2 REGISTERED_AFTER_AS_OF registered_at"));
}

// --- JSON Lines -------------------------------------------------------------

TEST(ReadBatchJsonlTest, JsonlAndCsvOfTheSameDataGiveIdenticalResults) {
  Batch csv, jsonl;
  ASSERT_THAT(ReadBatchFile(kParityCsv, ReadOptions(), &csv), IsOk());
  ASSERT_THAT(ReadBatchFile(kParityJsonl, ReadOptions(), &jsonl), IsOk());
  ASSERT_EQ(csv.records.size(), 10u);
  ASSERT_EQ(jsonl.records.size(), csv.records.size());
  for (size_t i = 0; i < csv.records.size(); ++i) {
    EXPECT_EQ(RecordContent(jsonl.records[i], jsonl), RecordContent(csv.records[i], csv)) << i;
    // The CSV has a header line; the JSONL does not.
    EXPECT_EQ(jsonl.records[i].line + 1, csv.records[i].line);
  }
  ASSERT_EQ(jsonl.rejects.size(), 4u);
  ASSERT_EQ(csv.rejects.size(), jsonl.rejects.size());
  for (size_t i = 0; i < csv.rejects.size(); ++i) {
    EXPECT_EQ(jsonl.rejects[i].reason, csv.rejects[i].reason);
    EXPECT_EQ(jsonl.rejects[i].column, csv.rejects[i].column);
    EXPECT_EQ(jsonl.rejects[i].line + 1, csv.rejects[i].line);
  }
  EXPECT_THAT(RejectSummaries(csv),
              ElementsAre("12 BAD_MSISDN msisdn", "13 UNKNOWN_CARRIER carrier",
                          "14 MISSING_OFFSET registered_at", "15 BAD_NUMBER out_calls_30d"));
  EXPECT_EQ(csv.counters.soft_checks, jsonl.counters.soft_checks);
  EXPECT_EQ(csv.counters.accepted_per_carrier, jsonl.counters.accepted_per_carrier);
  EXPECT_EQ(csv.names.size(), jsonl.names.size());
  EXPECT_EQ(csv.ids.size(), jsonl.ids.size());
}

TEST(ReadBatchJsonlTest, BadLinesAreRejectedAndUnknownKeysWarnedOnce) {
  const std::string text = absl::StrCat(
      "\xEF\xBB\xBF{\"carrier\":\"VIETTEL\",\"msisdn\":\"0961000001\",\"id_type\":\"CCCD\","
      "\"id_number\":\"001090012345\",\"full_name\":\"Nguyễn Văn Đức\","
      "\"date_of_birth\":\"1990-05-17\",\"registered_at\":\"2025-03-01T10:15:00+07:00\","
      "\"storeNote\":\"x\",\"face_match\":0.9,\"active_days_30d\":\"12\"}\n",  // line 1
      "\n",                                                                    // line 2
      "{\"carrier\":\"VIETTEL\",\"msisdn\":\"0961000002\",\"idType\":\"CCCD\","
      "\"idNumber\":\"001090012345\",\"fullName\":\"NGUYEN VAN DUC\","
      "\"dateOfBirth\":\"1990-05-17\",\"registeredAt\":\"2025-03-01T11:15:00+07:00\","
      "\"storeNote\":\"y\",\"channel_code\":7}\r\n",                           // line 3
      "{\"carrier\":\"VIETTEL\",\"msisdn\":\"0961000003\"\n",                    // line 4
      "[1, 2, 3]\n",                                                           // line 5
      "{\"carrier\":\"VIETTEL\",\"full_name\":\"caf\xE9\"}\n",                   // line 6
      "{\"carrier\":\"VIETTEL\",\"active_days_30d\":\"many\"}\n",               // line 7
      "{\"carrier\":\"VIETTEL\"}");                                            // line 8
  Batch batch;
  ASSERT_THAT(ReadBatchBuffer(text, "feed.jsonl", InputFormat::kAuto, ReadOptions(), &batch), IsOk());
  ASSERT_EQ(batch.records.size(), 2u);
  EXPECT_EQ(batch.records[0].line, 1u);
  EXPECT_EQ(batch.records[1].line, 3u);
  EXPECT_EQ(batch.records[0].name_key, batch.records[1].name_key);
  EXPECT_EQ(batch.records[0].usage[kActiveDays], 12);
  EXPECT_FLOAT_EQ(batch.records[0].face_match, 0.9f);
  EXPECT_THAT(RejectSummaries(batch),
              ElementsAre("4 BAD_JSON ", "5 BAD_JSON ", "6 BAD_UTF8 ", "7 BAD_JSON ",
                          "8 MISSING_FIELD msisdn"));
  EXPECT_THAT(batch.rejects[0].raw, HasSubstr(" :: {\"carrier\":\"VIETTEL\""));
  EXPECT_GT(batch.rejects[0].raw.find(" :: "), 0u) << "the parser's message comes first";
  EXPECT_THAT(batch.counters.warnings,
              UnorderedElementsAre("unknown column 'storeNote' ignored",
                                   "unknown column 'channel_code' ignored"));
  EXPECT_THAT(batch.counters.rejects_per_reason,
              UnorderedElementsAre(Pair("BAD_JSON", 3u), Pair("BAD_UTF8", 1u),
                                   Pair("MISSING_FIELD", 1u)));
}

TEST(ReadBatchJsonlTest, FormatComesFromTheExtension) {
  EXPECT_EQ(FormatFromName("a/b/Viettel_2025.CSV").value(), InputFormat::kCsv);
  EXPECT_EQ(FormatFromName("feed.jsonl").value(), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromName("feed.json").value(), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromName("feed.txt").status().code(), absl::StatusCode::kInvalidArgument);
  // An explicit format wins over the name.
  Batch batch;
  ASSERT_TRUE(ReadBatchBuffer(ReadFileText(kParityJsonl), "upload.bin", InputFormat::kJsonl,
                              ReadOptions(), &batch)
                  .ok());
  EXPECT_EQ(batch.records.size(), 10u);
}

}  // namespace
}  // namespace simaudit
