// libFuzzer target for the untrusted-input parsers of lib/ingest: the CSV reader, the
// JSONL reader and row validation, through ReadBatchBuffer. Beyond "never crash", it
// checks the invariants every Batch must keep. Build with clang:
//   clang++ -fsanitize=fuzzer,address ... lib/ingest/ingest_fuzz.cc ...
// ingest_fuzz_test replays mutated sample batches through the same entry point.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "lib/ingest/batch_reader.h"
#include "lib/ingest/utf8.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

void CheckBatch(const simaudit::Batch& batch) {
  const simaudit::BatchCounters& c = batch.counters;
  Require(c.rows_read == c.rows_accepted + c.rows_rejected);
  Require(batch.records.size() == c.rows_accepted);
  Require(batch.rejects.size() == c.rows_rejected);
  uint64_t per_reason = 0;
  for (const auto& [reason, count] : c.rejects_per_reason) per_reason += count;
  Require(per_reason == c.rows_rejected);
  for (const simaudit::Record& r : batch.records) {
    Require(r.id_key < batch.ids.size());
    Require(r.name_key < batch.names.size());
    Require(r.agent == simaudit::kNoId || r.agent < batch.agents.size());
    Require(r.source < batch.sources.size());
    Require(r.registered_at <= batch.max_registered_at);
  }
  for (const simaudit::RejectRow& r : batch.rejects) {
    Require(r.raw.size() <= 1024);
    Require(simaudit::IsValidUtf8(r.raw));
    Require(!r.reason.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view input(reinterpret_cast<const char*>(data), size);
  for (simaudit::InputFormat format :
       {simaudit::InputFormat::kCsv, simaudit::InputFormat::kJsonl}) {
    simaudit::Batch batch;
    const absl::Status status =
        simaudit::ReadBatchBuffer(input, "fuzz", format, simaudit::ReadOptions(), &batch);
    if (!status.ok()) {
      // A failed read leaves nothing behind.
      Require(batch.records.empty() && batch.rejects.empty() && batch.sources.empty());
      Require(batch.counters.rows_read == 0 && batch.counters.warnings.empty());
    }
    CheckBatch(batch);
  }
  return 0;
}
