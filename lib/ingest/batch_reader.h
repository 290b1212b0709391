// File: batch_reader.h
// -----------------------------------------------------------------------------
// Reads carrier registration batches (CSV or JSON Lines, docs/batch-format.md) into a
// Batch: accepted rows become Records, bad rows become rejects with a reason, and a file
// that cannot be read at all fails as a whole and changes nothing.
//
//   Batch batch;
//   ReadOptions options;
//   options.validation.as_of = as_of_seconds;
//   for (const std::string& path : paths) {
//     SIMAUDIT_RETURN_IF_ERROR(ReadBatchFile(path, options, &batch));
//   }
//   // batch.records, batch.rejects, batch.counters (warnings, per-reason counts) ...
//
// Memory grows with the accepted Records, not with the file size: a file read on one
// thread is streamed in 1 MiB chunks, and a CSV file read on several threads is mapped
// read-only into memory (page cache, not a copy) and split into byte ranges at row
// boundaries, one per thread; each range is validated into a batch of its own, and the
// range batches are merged in file order. The result is the same for any number of
// threads: records, rejects, counters, warnings and string pool ids. CSV: RFC 4180 with
// an optional BOM, columns matched by name in any order, unknown columns ignored with
// one warning each. JSONL (always one thread): see jsonl_reader.h.
#ifndef SIMAUDIT_LIB_INGEST_BATCH_READER_H_
#define SIMAUDIT_LIB_INGEST_BATCH_READER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "lib/ingest/validate.h"
#include "lib/model/record.h"

namespace simaudit {

enum class InputFormat { kAuto, kCsv, kJsonl };

struct ReadOptions {
  // kAuto picks the format from the file name: .csv, or .jsonl / .json (any case).
  InputFormat format = InputFormat::kAuto;
  ValidationOptions validation;
  // Threads reading one CSV file or buffer:
  //   0 (or negative): one per hardware thread, at least 2 and at most 8, but only as
  //      many as give each thread 4 MiB of input (so small inputs use one);
  //   1: the sequential, streaming reader;
  //   n > 1: n byte ranges whatever the input size (at most 64; some may be empty).
  // One thread is used whatever this says for JSONL, for a file that is not a regular
  // file, and when validation.name_folder is set (a NameFolder must not be shared
  // between threads; each thread otherwise folds names with a NameFolder of its own).
  int threads = 0;
};

// Returns the format of `name` by its extension: InvalidArgument if it is neither
// .csv nor .jsonl/.json.
absl::StatusOr<InputFormat> FormatFromName(absl::string_view name);

// ReadBatchFile
//
// Reads one file and appends accepted rows to batch->records (Record::source = index of
// `path`, appended to batch->sources), rejects to batch->rejects, and updates
// batch->counters (rows read / accepted / rejected, per carrier, per soft check, per
// reject reason, warnings) and batch->max_registered_at.
//
// Returns an error, leaving `batch` exactly as before the call (records, rejects,
// sources, counters, string pools), only when the file cannot be read at all:
//   - NotFound / PermissionDenied / FailedPrecondition (a directory): cannot open;
//   - InvalidArgument: empty file, unknown format, CSV header not UTF-8, not CSV (NUL
//     bytes or broken quoting in the header), duplicate column, or a missing required
//     column (the message names it);
//   - ResourceExhausted: batch already has 256 sources (Record::source is 8 bits);
//   - Internal / DataLoss: reading failed part-way.
// A file read on several threads is memory-mapped: it must not be truncated during the
// call.
absl::Status ReadBatchFile(const std::string& path, const ReadOptions& options, Batch* batch);

// ReadBatchBuffer
//
// Same from an in-memory buffer; `source_name` goes to rejects and batch->sources. The
// format is `format`, else options.format, else picked from `source_name`'s extension.
absl::Status ReadBatchBuffer(absl::string_view data, absl::string_view source_name,
                             InputFormat format, const ReadOptions& options, Batch* batch);

namespace internal {

// Where a read on `ranges` threads aims to split a CSV body [body, size) (exposed for
// tests): the reader splits at the first row start at or after each target
// (FindCsvRowStarts). The calling thread reads the first range and then merges the
// others, so its range is smaller: weight max(1/4, 1 - 0.15 * (ranges - 1)) against 1.
std::vector<size_t> CsvSplitTargets(size_t body, size_t size, int ranges);

}  // namespace internal
}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_BATCH_READER_H_
