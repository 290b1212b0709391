// Benchmarks of the ingestion hot path. Run with
//   bazel run -c opt //lib/ingest:ingest_benchmark
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "benchmark/benchmark.h"
#include "lib/ingest/batch_reader.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"
#include "lib/ingest/identity_keyer.h"
#include "lib/ingest/luhn.h"
#include "lib/ingest/name_folder.h"
#include "lib/ingest/normalize.h"
#include "lib/model/string_pool.h"

namespace simaudit {
namespace {

constexpr int kRows = 100000;

constexpr const char* kFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh",
                                   "Phan",   "Vũ",   "Võ",  "Đặng", "Bùi",   "Đỗ",
                                   "Hồ",     "Ngô",  "Dương", "Lý"};
constexpr const char* kMiddle[] = {"Văn",  "Thị",   "Hữu",  "Đức",   "Ngọc",
                                   "Minh", "Thanh", "Quốc", "Thu",   "Kim"};
constexpr const char* kGiven[] = {
    "An",   "Bình", "Cường", "Dũng",  "Đức",  "Giang", "Hà",    "Hải",  "Hạnh", "Hoa",
    "Hùng", "Hương", "Khánh", "Lan",  "Linh", "Long",  "Mai",   "Minh", "Nam",  "Nga",
    "Ngọc", "Phong", "Phúc", "Quân",  "Quang", "Sơn",  "Tâm",   "Thảo", "Thắng", "Trang",
    "Trung", "Tuấn", "Tú",   "Vân",   "Việt", "Xuân",  "Yến"};
constexpr const char* kCarriers[] = {"VIETTEL", "VINAPHONE", "MOBIFONE", "VIETTEL",
                                     "VIETNAMOBILE", "VIETTEL"};
constexpr const char* kMnc[] = {"04", "02", "01", "04", "05", "04"};
constexpr int kProvinces[] = {1, 79, 48, 31, 38, 92, 75, 40, 89, 27, 36, 22};

std::string WithLuhn(const std::string& payload) {
  return payload + *LuhnCheckDigit(payload);
}

std::string VietnameseName(uint64_t i) {
  return absl::StrCat(kFamily[i % 16], " ", kMiddle[(i / 16) % 10], " ",
                      kGiven[(i / 160) % 37]);
}

// A realistic batch: every column filled, names repeating as in real populations,
// identities reused a little, three MSISDN spellings.
const std::string& SyntheticCsv() {
  static const std::string* const csv = [] {
    auto* out = new std::string(
        "carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,"
        "date_of_birth,gender,nationality,province,registered_at,channel,agent_id,"
        "device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,"
        "active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,"
        "distinct_callees_30d,topup_vnd_30d,data_mb_30d\n");
    out->reserve(size_t{kRows} * 330);
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    auto next = [&seed] {
      seed ^= seed << 13;
      seed ^= seed >> 7;
      seed ^= seed << 17;
      return seed;
    };
    for (int i = 0; i < kRows; ++i) {
      const uint64_t r = next();
      const int c = static_cast<int>(r % 6);
      const int person = static_cast<int>(next() % 80000);  // some identities repeat
      const int year = 1950 + person % 56;
      const int month = 1 + person % 12;
      const int day = 1 + person % 28;
      const bool female = person % 2 == 1;
      const int province = kProvinces[person % 12];
      const std::string cccd =
          absl::StrFormat("%03d%d%02d%06d", province, (year >= 2000 ? 2 : 0) + (female ? 1 : 0),
                          year % 100, person);
      const std::string national = absl::StrFormat("%d%08d", 3 + 2 * (i % 4), i);
      const char* forms[] = {"0", "84", "+84"};
      const std::string imsi = absl::StrFormat("452%s%010d", kMnc[c], i);
      const std::string iccid = WithLuhn(absl::StrFormat("8984%s%013d", kMnc[c], i));
      const std::string imei = WithLuhn(absl::StrFormat("35693803%06d", i % 1000000));
      const std::string first_use = WithLuhn(absl::StrFormat("86723405%06d", (i * 7) % 1000000));
      absl::StrAppendFormat(
          out,
          "%s,%s%s,%s,%s,INDIVIDUAL,CCCD,%s,%s,%04d-%02d-%02d,%s,VN,%03d,"
          "2025-03-%02dT%02d:%02d:%02d+07:00,%s,%s,%s,%016x,0.%02d,MATCH,ACTIVE,%s,"
          "%d,%d,%d,%d,%d,%d,%d,%d\n",
          kCarriers[c], forms[i % 3], national, imsi, iccid, cccd, VietnameseName(person),
          year, month, day, female ? "F" : "M", province, 1 + i % 28, 7 + i % 14, i % 60,
          (i * 7) % 60, i % 3 == 0 ? "EKYC_APP" : "AGENT",
          i % 3 == 0 ? "" : absl::StrFormat("DL-%03d-%04d", province, i % 700), imei,
          next(), 50 + static_cast<int>(r % 50), first_use, static_cast<int>(r % 31),
          static_cast<int>(r % 200), static_cast<int>(r % 150), static_cast<int>(r % 40),
          static_cast<int>(r % 60), static_cast<int>(r % 90), 10000 * static_cast<int>(r % 30),
          static_cast<int>(r % 8000));
    }
    return out;
  }();
  return *csv;
}

// Parse + validate on one thread (the sequential reader): the per-core cost. The
// thread's name-folding cache stays warm across iterations, so ICU runs only in the
// first (see BM_CsvParseValidate_Threads for cold reads).
void BM_CsvParseValidate(benchmark::State& state) {
  const std::string& csv = SyntheticCsv();
  ReadOptions options;
  options.threads = 1;
  uint64_t accepted = 0;
  for (auto _ : state) {
    Batch batch;
    const absl::Status status =
        ReadBatchBuffer(csv, "synthetic.csv", InputFormat::kCsv, options, &batch);
    if (!status.ok() || batch.counters.rows_read != kRows) {
      state.SkipWithError("synthetic batch did not read");
      break;
    }
    accepted = batch.counters.rows_accepted;
    benchmark::DoNotOptimize(batch.records.data());
  }
  state.SetItemsProcessed(state.iterations() * kRows);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(csv.size()));
  state.counters["accepted"] = static_cast<double>(accepted);
}
BENCHMARK(BM_CsvParseValidate)->Unit(benchmark::kMillisecond);

// Reads the synthetic batch from `path` (or from memory if empty) the way a CLI run
// does: on a fresh thread, so that every thread starts with an empty name-folding
// cache (an ICU fold costs about 8 us per distinct spelling; BM_CsvParseValidate keeps
// its thread's cache warm across iterations instead). Wall-clock time: items_per_second
// is rows per elapsed second, rows_per_core_second divides it by the threads used.
void ReadSyntheticColdThreads(benchmark::State& state, const std::string& path) {
  const std::string& csv = SyntheticCsv();
  ReadOptions options;
  options.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    Batch batch;
    absl::Status status;
    std::thread reader([&] {
      status = path.empty()
                   ? ReadBatchBuffer(csv, "synthetic.csv", InputFormat::kCsv, options, &batch)
                   : ReadBatchFile(path, options, &batch);
    });
    reader.join();
    if (!status.ok() || batch.counters.rows_read != kRows) {
      state.SkipWithError("synthetic batch did not read");
      break;
    }
    benchmark::DoNotOptimize(batch.records.data());
  }
  state.SetItemsProcessed(state.iterations() * kRows);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(csv.size()));
  state.counters["rows_per_core_second"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * kRows / static_cast<double>(state.range(0)),
      benchmark::Counter::kIsRate);
}

// ReadOptions::threads = state.range(0) on the in-memory batch (1 = the sequential
// streaming reader).
void BM_CsvParseValidate_Threads(benchmark::State& state) {
  ReadSyntheticColdThreads(state, /*path=*/"");
}
BENCHMARK(BM_CsvParseValidate_Threads)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same from a temporary file (memory-mapped when threads > 1; the page cache holds
// it after the first iteration).
void BM_CsvReadFile_Threads(benchmark::State& state) {
  const char* tmp = std::getenv("TMPDIR");
  const std::string path =
      absl::StrCat(tmp != nullptr ? tmp : "/tmp", "/ingest_benchmark_", ::getpid(), ".csv");
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << SyntheticCsv();
  }
  ReadSyntheticColdThreads(state, path);
  std::remove(path.c_str());
}
BENCHMARK(BM_CsvReadFile_Threads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// The CSV tokenizer alone, for comparison with BM_CsvParseValidate.
void BM_CsvParse_Only(benchmark::State& state) {
  const std::string& csv = SyntheticCsv();
  for (auto _ : state) {
    std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(csv);
    CsvReader reader(input.get());
    size_t fields = 0;
    while (true) {
      absl::StatusOr<const CsvRow*> row = reader.Next();
      if (!row.ok() || *row == nullptr) break;
      fields += (*row)->num_fields;
    }
    benchmark::DoNotOptimize(fields);
  }
  state.SetItemsProcessed(state.iterations() * (kRows + 1));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(csv.size()));
}
BENCHMARK(BM_CsvParse_Only)->Unit(benchmark::kMillisecond);

std::vector<std::string> DistinctNames(int n) {
  std::vector<std::string> names;
  for (int i = 0; i < n; ++i) names.push_back(VietnameseName(static_cast<uint64_t>(i) * 7919));
  return names;
}

// Interning identity keys into a fresh pool: state.range(0) keys, each seen about
// twice, in random order, as in a large batch. Per key interned.
void BM_StringPool_Intern(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::vector<std::string> keys;
  keys.reserve(2 * n);
  uint64_t seed = 0x2545F4914F6CDD1Dull;
  for (int i = 0; i < 2 * n; ++i) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    keys.push_back(absl::StrFormat("CCCD:%012d", static_cast<int>(seed % n)));
  }
  for (auto _ : state) {
    StringPool pool;
    for (const std::string& key : keys) benchmark::DoNotOptimize(pool.Intern(key));
  }
  state.SetItemsProcessed(state.iterations() * 2 * n);
}
BENCHMARK(BM_StringPool_Intern)->Arg(100000)->Arg(2000000)->Unit(benchmark::kMillisecond);

void BM_NameFold_Cached(benchmark::State& state) {
  const std::vector<std::string> names = DistinctNames(2000);
  NameFolder folder;
  for (const std::string& name : names) folder.FoldView(name);  // warm the cache
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(folder.FoldView(names[i]));
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NameFold_Cached);

void BM_NameFold_Uncached(benchmark::State& state) {
  const std::vector<std::string> names = DistinctNames(2000);
  NameFolder folder(/*max_cache_entries=*/0);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(folder.FoldView(names[i]));
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NameFold_Uncached);

// Whole-name ICU, the path names with combining marks or other scripts take.
void BM_NameFold_Icu(benchmark::State& state) {
  const std::vector<std::string> names = DistinctNames(2000);
  NameFolder folder(/*max_cache_entries=*/0);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(folder.FoldWithIcu(names[i]));
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NameFold_Icu);

void BM_NameFold_Ascii(benchmark::State& state) {
  NameFolder folder;
  for (auto _ : state) benchmark::DoNotOptimize(folder.FoldView("NGUYEN  VAN DUC"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NameFold_Ascii);

void BM_NormalizeMsisdn(benchmark::State& state) {
  const char* numbers[] = {"0961234567", "84912345678", "+84381234567", "02438251234",
                           "0708123456", "+84559876543", "1900545454", "0871234567"};
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(NormalizeMsisdn(numbers[i]));
    i = (i + 1) & 7;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NormalizeMsisdn);

void BM_HmacIdentityKeyer_Key(benchmark::State& state) {
  std::unique_ptr<HmacIdentityKeyer> keyer =
      *HmacIdentityKeyer::Create("benchmark-key-0123456789abcdef");
  std::string key;
  for (auto _ : state) {
    keyer->Key(IdType::kCccd, "001090012345", &key);
    benchmark::DoNotOptimize(key.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HmacIdentityKeyer_Key);

}  // namespace
}  // namespace simaudit
