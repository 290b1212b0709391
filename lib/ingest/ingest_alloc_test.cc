// Checks the "no per-row heap allocation" property of the CSV hot path by counting every
// call to the global operator new while a large batch is read.
#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/ingest/batch_reader.h"

namespace {
std::atomic<uint64_t> g_allocations{0};
}  // namespace

void* operator new(size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }

namespace simaudit {
namespace {

constexpr char kHeader[] =
    "carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,date_of_birth,"
    "gender,nationality,province,registered_at,channel,agent_id,device_imei,selfie_hash,"
    "face_match,popdb_check,status,first_use_imei,active_days_30d,out_calls_30d,"
    "in_calls_30d,out_sms_30d,in_sms_30d,distinct_callees_30d,topup_vnd_30d,data_mb_30d";

// `rows` registrations of one person at one dealer (so the string pools stop growing),
// each for a different number.
std::string Batch(int rows) {
  std::string text = absl::StrCat(kHeader, "\n");
  for (int i = 0; i < rows; ++i) {
    absl::StrAppend(&text, "VIETTEL,09", 61000000 + i,
                    ",452041234567890,8984041234567890127,INDIVIDUAL,CCCD,001090012345,"
                    "Nguyễn Văn Đức,1990-05-17,M,VN,001,2025-03-01T10:15:00+07:00,AGENT,"
                    "VT-HN-0012,490154203237518,8f3a5c7e9b1d2f40,0.87,MATCH,ACTIVE,"
                    "356938035643809,27,41,38,12,20,19,100000,2048\n");
  }
  return text;
}

uint64_t AllocationsToRead(const std::string& text, int threads) {
  simaudit::Batch batch;
  ReadOptions options;
  options.threads = threads;
  const uint64_t before = g_allocations.load();
  const absl::Status status =
      ReadBatchBuffer(text, "alloc.csv", InputFormat::kCsv, options, &batch);
  const uint64_t after = g_allocations.load();
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_TRUE(batch.rejects.empty());
  return after - before;
}

TEST(IngestAllocationTest, ReadingMoreRowsCostsOnlyContainerGrowth) {
  const std::string small = Batch(1000);
  const std::string large = Batch(64000);
  AllocationsToRead(small, /*threads=*/1);  // warm the per-thread name folder
  const uint64_t small_allocations = AllocationsToRead(small, /*threads=*/1);
  const uint64_t large_allocations = AllocationsToRead(large, /*threads=*/1);
  // 63,000 more rows may only add the records vector's doublings (about 6 more).
  EXPECT_LT(large_allocations, small_allocations + 16)
      << "small: " << small_allocations << ", large: " << large_allocations;
}

TEST(IngestAllocationTest, ParallelReadingMoreRowsCostsOnlyContainerGrowth) {
  // Each read starts threads with their own name folders and batches: a cost per read,
  // the same for both sizes. Rows themselves must not allocate.
  const std::string small = Batch(4000);
  const std::string large = Batch(64000);
  AllocationsToRead(small, /*threads=*/2);
  const uint64_t small_allocations = AllocationsToRead(small, /*threads=*/2);
  const uint64_t large_allocations = AllocationsToRead(large, /*threads=*/2);
  // 60,000 more rows may only add doublings of the second range's records vector.
  EXPECT_LT(large_allocations, small_allocations + 16)
      << "small: " << small_allocations << ", large: " << large_allocations;
}

}  // namespace
}  // namespace simaudit
