// libFuzzer target for the untrusted-input parsers of lib/ingest: the CSV reader, the
// JSONL reader and row validation, through ReadBatchBuffer. Beyond "never crash", it
// checks the invariants every Batch must keep, and that a CSV read on several threads
// gives what the sequential read gives. Build with clang:
//   clang++ -fsanitize=fuzzer,address ... lib/ingest/ingest_fuzz.cc ...
// ingest_fuzz_test replays mutated sample batches through the same entry point.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "lib/ingest/batch_reader.h"
#include "lib/ingest/batch_test_util.h"
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

bool SamePool(const simaudit::StringPool& a, const simaudit::StringPool& b) {
  if (a.size() != b.size()) return false;
  for (uint32_t id = 0; id < a.size(); ++id) {
    if (a.Get(id) != b.Get(id)) return false;
  }
  return true;
}

// Whether a parallel read gave what the sequential one did (pool ids included).
bool SameBatch(const simaudit::Batch& a, const simaudit::Batch& b) {
  if (a.sources != b.sources || !SamePool(a.ids, b.ids) || !SamePool(a.names, b.names) ||
      !SamePool(a.agents, b.agents) || a.records.size() != b.records.size() ||
      a.rejects.size() != b.rejects.size() || a.max_registered_at != b.max_registered_at) {
    return false;
  }
  for (size_t i = 0; i < a.records.size(); ++i) {
    const simaudit::Record& x = a.records[i];
    const simaudit::Record& y = b.records[i];
    if (x.line != y.line || x.source != y.source || x.id_key != y.id_key ||
        x.name_key != y.name_key || x.agent != y.agent ||
        simaudit::testing::RecordContent(x, a) != simaudit::testing::RecordContent(y, b)) {
      return false;
    }
  }
  for (size_t i = 0; i < a.rejects.size(); ++i) {
    const simaudit::RejectRow& x = a.rejects[i];
    const simaudit::RejectRow& y = b.rejects[i];
    if (x.source != y.source || x.line != y.line || x.column != y.column ||
        x.reason != y.reason || x.raw != y.raw) {
      return false;
    }
  }
  const simaudit::BatchCounters& c = a.counters;
  const simaudit::BatchCounters& d = b.counters;
  return c.rows_read == d.rows_read && c.rows_accepted == d.rows_accepted &&
         c.rows_rejected == d.rows_rejected && c.accepted_per_carrier == d.accepted_per_carrier &&
         c.soft_checks == d.soft_checks && c.rejects_per_reason == d.rejects_per_reason &&
         c.warnings == d.warnings;
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
    if (format == simaudit::InputFormat::kCsv) {
      // Split into ranges, the same bytes read the same.
      simaudit::ReadOptions options;
      options.threads = 3;
      simaudit::Batch split;
      const absl::Status split_status =
          simaudit::ReadBatchBuffer(input, "fuzz", format, options, &split);
      Require(split_status == status);
      Require(SameBatch(split, batch));
    }
  }
  return 0;
}
