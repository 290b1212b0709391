#include "lib/ingest/batch_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"
#include "lib/ingest/jsonl_reader.h"
#include "lib/ingest/name_folder.h"
#include "lib/ingest/normalize.h"
#include "lib/ingest/utf8.h"
#include "lib/model/schema.h"
#include "lib/model/string_pool.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

constexpr size_t kMaxSources = 256;
// Bounds on the threads of one read (ReadOptions::threads).
constexpr int kMaxThreads = 64;
constexpr int kMinAutoThreads = 2;
constexpr int kMaxAutoThreads = 8;
// With automatic threads, each thread gets at least this much input: below it, starting
// a thread (and its name folder) and merging cost more than they save.
constexpr uint64_t kMinAutoRangeBytes = uint64_t{4} << 20;
// Bytes at the start of a CSV body sampled to guess its row count.
constexpr size_t kRowSampleBytes = 64 * 1024;

// Shrinks `pool` back to its first `size` strings. Pools only grow, so this rebuilds
// one; ids stay the same because they are dense and in first-seen order.
void TruncatePool(uint32_t size, StringPool* pool) {
  if (pool->size() == size) return;
  StringPool fresh;
  for (uint32_t id = 0; id < size; ++id) fresh.Intern(pool->Get(id));
  *pool = std::move(fresh);
}

// What a Batch looked like before a read, to undo the read if it fails part-way.
class BatchCheckpoint {
 public:
  explicit BatchCheckpoint(const Batch& batch)
      : records_(batch.records.size()),
        rejects_(batch.rejects.size()),
        sources_(batch.sources.size()),
        ids_(batch.ids.size()),
        names_(batch.names.size()),
        agents_(batch.agents.size()),
        counters_(batch.counters),
        max_registered_at_(batch.max_registered_at) {}

  void Restore(Batch* batch) const {
    batch->records.resize(records_);
    batch->rejects.resize(rejects_);
    batch->sources.resize(sources_);
    TruncatePool(ids_, &batch->ids);
    TruncatePool(names_, &batch->names);
    TruncatePool(agents_, &batch->agents);
    batch->counters = counters_;
    batch->max_registered_at = max_registered_at_;
  }

 private:
  size_t records_;
  size_t rejects_;
  size_t sources_;
  uint32_t ids_;
  uint32_t names_;
  uint32_t agents_;
  BatchCounters counters_;
  int64_t max_registered_at_;
};

// The header of a CSV file, mapped to contract columns.
struct CsvHeader {
  size_t num_fields = 0;
  std::array<int, kNumColumns> index_of;  // field index of each Column, -1 if absent
  std::vector<std::string> names;         // trimmed header names, by field index
  std::vector<int> unknown_fields;        // field indexes of ignored columns
  std::vector<std::string> warnings;
};

absl::StatusOr<CsvHeader> ParseCsvHeader(const CsvRow& row, absl::string_view source) {
  if (row.error == RejectReason::kBadQuoting) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": not a CSV file: broken quoting in the header"));
  }
  if (row.error == RejectReason::kFieldTooLong) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": not a CSV file: header field over 64 KiB"));
  }
  if (!IsValidUtf8(row.text)) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": header is not valid UTF-8"));
  }
  if (absl::StrContains(row.text, absl::string_view("\0", 1))) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": not a CSV file: NUL byte in the header"));
  }
  if (row.num_fields > row.fields.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        source, ": not a CSV file: header has more than ", row.fields.size(), " columns"));
  }
  CsvHeader header;
  header.num_fields = row.num_fields;
  header.index_of.fill(-1);
  absl::flat_hash_set<std::string> unknown_names;
  for (size_t i = 0; i < row.num_fields; ++i) {
    const absl::string_view name = TrimField(row.fields[i]);
    header.names.emplace_back(name);
    const std::optional<Column> column = ColumnFromName(name);
    if (column.has_value()) {
      int& index = header.index_of[static_cast<int>(*column)];
      if (index >= 0) {
        return absl::InvalidArgumentError(
            absl::StrCat(source, ": duplicate column '", name, "'"));
      }
      index = static_cast<int>(i);
      continue;
    }
    header.unknown_fields.push_back(static_cast<int>(i));
    if (name.empty()) {
      header.warnings.push_back(absl::StrCat("unnamed column ", i + 1, " ignored"));
    } else if (!unknown_names.insert(std::string(name)).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(source, ": duplicate column '", name, "'"));
    } else {
      header.warnings.push_back(absl::StrCat("unknown column '", name, "' ignored"));
    }
  }
  std::vector<std::string> missing;
  for (int c = 0; c < kNumColumns; ++c) {
    if (header.index_of[c] < 0 && IsRequiredColumn(static_cast<Column>(c))) {
      missing.push_back(absl::StrCat("'", ColumnName(static_cast<Column>(c)), "'"));
    }
  }
  if (!missing.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": missing required column", missing.size() > 1 ? "s " : " ",
                     absl::StrJoin(missing, ", ")));
  }
  return header;
}

// Handles one data row of a CSV file.
void ProcessCsvRow(const CsvRow& row, const CsvHeader& header, uint8_t source,
                   internal::RowAppender* appender, Batch* batch) {
  const size_t n = header.num_fields;
  if (row.error == RejectReason::kBadQuoting) {
    AppendReaderReject(row.line, "", RejectReason::kBadQuoting, row.text, source, batch);
    return;
  }
  if (row.error == RejectReason::kFieldTooLong) {
    if (row.error_field < 0 && row.num_fields != n) {
      AppendReaderReject(row.line, "", RejectReason::kWrongFieldCount, row.text, source,
                         batch);
      return;
    }
    const absl::string_view column =
        row.error_field >= 0 && static_cast<size_t>(row.error_field) < n
            ? absl::string_view(header.names[row.error_field])
            : absl::string_view();
    AppendReaderReject(row.line, column, RejectReason::kFieldTooLong, row.text, source, batch);
    return;
  }
  if (row.num_fields != n) {
    AppendReaderReject(row.line, "", RejectReason::kWrongFieldCount, row.text, source, batch);
    return;
  }
  // One check of the row text covers every field, ignored columns included (quote
  // unescaping only drops ASCII quotes), and only the part between its first and last
  // non-ASCII bytes needs it (ASCII bytes cannot complete or break a sequence). Only a
  // bad row is examined field by field.
  const bool utf8 =
      row.ascii ||
      IsValidUtf8(row.text.substr(row.ascii_prefix, row.ascii_suffix - row.ascii_prefix));
  if (!utf8) {
    for (size_t i = 0; i < n; ++i) {
      if (!IsValidUtf8(row.fields[i])) {
        AppendReaderReject(row.line, header.names[i], RejectReason::kBadUtf8, row.text,
                           source, batch);
        return;
      }
    }
  }
  // num_fields == n, so every index is in range (data() skips Span's checked access).
  const absl::string_view* const row_fields = row.fields.data();
  RawFields fields;
  for (int c = 0; c < kNumColumns; ++c) {
    const int i = header.index_of[c];
    fields[c] = i >= 0 ? row_fields[i] : absl::string_view();
  }
  appender->Append(
      fields, row.line, [&row] { return std::string(row.text); }, source,
      /*fields_are_utf8=*/true);
}

absl::StatusOr<CsvHeader> ReadCsvHeader(CsvReader* reader, absl::string_view source_name,
                                        Batch* batch) {
  SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* first, reader->Next());
  if (first == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(source_name, ": empty file"));
  }
  SIMAUDIT_ASSIGN_OR_RETURN(CsvHeader header, ParseCsvHeader(*first, source_name));
  for (std::string& warning : header.warnings) {
    batch->counters.warnings.push_back(std::move(warning));
  }
  header.warnings.clear();
  return header;
}

// Makes room in batch->records for the rows of `body`, guessed from its first 64 KiB,
// so that they are not copied as the vector grows. The guess is capped so that a
// strange sample (many short lines) cannot reserve more than the input's size.
void ReserveRecords(absl::string_view body, Batch* batch) {
  const absl::string_view sample = body.substr(0, kRowSampleBytes);
  const size_t lines = static_cast<size_t>(std::count(sample.begin(), sample.end(), '\n'));
  if (lines == 0) return;
  size_t rows = static_cast<size_t>(static_cast<uint64_t>(body.size()) * lines / sample.size());
  rows += rows / 16 + 1;
  rows = std::min(rows, body.size() / sizeof(Record) + 1);
  batch->records.reserve(batch->records.size() + rows);
}

// Reads the data rows after the header. `shared_folds` (may be nullptr) is for reads on
// several threads.
absl::Status ReadCsvRows(CsvReader* reader, const CsvHeader& header, uint8_t source,
                         const ValidationOptions& options,
                         internal::SharedNameFolds* shared_folds, Batch* batch) {
  // Keep one field more than the header so a long row is seen as too long, and buffer
  // rows only up to the longest a valid row can be (every field at the limit, quoted
  // with every character a doubled quote).
  reader->set_max_fields(header.num_fields + 1);
  reader->set_max_row_bytes(header.num_fields * (2 * CsvReader::kMaxFieldBytes + 3) + 2);
  internal::RowAppender appender(options, batch, /*cache_names=*/true, shared_folds);
  while (true) {
    SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* row, reader->Next());
    if (row == nullptr) return absl::OkStatus();
    ProcessCsvRow(*row, header, source, &appender, batch);
  }
}

// The sequential reader: streams `input` on the calling thread.
absl::Status ReadCsv(ChunkedInput* input, absl::string_view source_name, uint8_t source,
                     const ValidationOptions& options, Batch* batch) {
  CsvReader reader(input);
  SIMAUDIT_ASSIGN_OR_RETURN(const CsvHeader header, ReadCsvHeader(&reader, source_name, batch));
  if (input->in_memory()) {
    ReserveRecords(input->data().substr(reader.end_offset() - input->offset()), batch);
  }
  return ReadCsvRows(&reader, header, source, options, /*shared_folds=*/nullptr, batch);
}

// What the threads reading one file share: the header, and names folded so far.
struct CsvShared {
  const CsvHeader& header;
  absl::string_view source_name;
  uint8_t source;
  const ValidationOptions& options;
  // The text is a file mapping: ranges release their pages as they are read.
  bool release_pages;
  internal::SharedNameFolds folds;
};

// One byte range of a CSV body, read on its own.
struct CsvRange {
  absl::string_view text;
  Batch batch;          // the range's rows, unless read straight into the caller's
  uint64_t lines = 0;   // line breaks in `text`
  absl::Status status;
};

// Reads range->text, whose first byte is on line `first_line`, into `batch`.
void ReadCsvRange(CsvShared* shared, uint64_t first_line, const ValidationOptions& options,
                  CsvRange* range, Batch* batch) {
  std::unique_ptr<ChunkedInput> input = shared->release_pages
                                            ? ChunkedInput::FromMappedRange(range->text)
                                            : ChunkedInput::FromBuffer(range->text);
  CsvReader reader(input.get());
  reader.set_first_line(first_line);
  reader.set_skip_bom(false);
  range->status = ReadCsvRows(&reader, shared->header, shared->source, options,
                              &shared->folds, batch);
  range->lines = reader.next_line() - first_line;
}

// Reads a range into range->batch with a NameFolder of its own, for another thread.
void ReadCsvRangeAlone(CsvShared* shared, CsvRange* range) {
  range->batch.sources.resize(shared->source + 1);
  range->batch.sources[shared->source] = std::string(shared->source_name);  // for rejects
  ReserveRecords(range->text, &range->batch);
  NameFolder folder;
  ValidationOptions own = shared->options;
  own.name_folder = &folder;
  // Lines are counted from 1 here and shifted when the range is merged.
  ReadCsvRange(shared, /*first_line=*/1, own, range, &range->batch);
}

// Interns every string of `from` into `to`, in id order, and returns the new ids by
// old id. First-seen order is kept: `from` numbers its strings in the order they first
// appear in its rows.
std::vector<uint32_t> Reintern(const StringPool& from, StringPool* to) {
  std::vector<uint32_t> ids(from.size());
  to->Reserve(static_cast<size_t>(to->size()) + from.size());
  for (uint32_t id = 0; id < from.size(); ++id) ids[id] = to->Intern(from.Get(id));
  return ids;
}

uint32_t Remap(const std::vector<uint32_t>& ids, uint32_t id) {
  return id == kNoId ? kNoId : ids[id];
}

// A line `offset` lines further, saturated as Record::line is.
uint32_t ShiftLine(uint32_t line, uint64_t offset) {
  constexpr uint64_t kMax = std::numeric_limits<uint32_t>::max();
  if (line == kMax) return line;
  return static_cast<uint32_t>(std::min<uint64_t>(line + offset, kMax));
}

void AddCounters(const BatchCounters& from, BatchCounters* to) {
  to->rows_read += from.rows_read;
  to->rows_accepted += from.rows_accepted;
  to->rows_rejected += from.rows_rejected;
  for (int i = 0; i < kNumCarriers; ++i) {
    to->accepted_per_carrier[i] += from.accepted_per_carrier[i];
  }
  for (int i = 0; i < kNumSoftChecks; ++i) to->soft_checks[i] += from.soft_checks[i];
  for (const auto& [reason, count] : from.rejects_per_reason) {
    to->rejects_per_reason[reason] += count;
  }
  to->warnings.insert(to->warnings.end(), from.warnings.begin(), from.warnings.end());
}

// Appends a range's batch, read with lines counted from 1, to `batch` as if its rows
// had been read there, `line_offset` lines further.
void MergeRange(uint64_t line_offset, Batch* range, Batch* batch) {
  const std::vector<uint32_t> ids = Reintern(range->ids, &batch->ids);
  const std::vector<uint32_t> names = Reintern(range->names, &batch->names);
  const std::vector<uint32_t> agents = Reintern(range->agents, &batch->agents);
  const size_t first = batch->records.size();
  batch->records.insert(batch->records.end(), range->records.begin(), range->records.end());
  for (auto it = batch->records.begin() + first; it != batch->records.end(); ++it) {
    it->id_key = Remap(ids, it->id_key);
    it->name_key = Remap(names, it->name_key);
    it->agent = Remap(agents, it->agent);
    it->line = ShiftLine(it->line, line_offset);
  }
  for (RejectRow& reject : range->rejects) {
    reject.line += line_offset;
    batch->rejects.push_back(std::move(reject));
  }
  AddCounters(range->counters, &batch->counters);
  batch->max_registered_at = std::max(batch->max_registered_at, range->max_registered_at);
}

// The parallel reader: `text` is a whole CSV file in memory. The header is read here;
// the body is split into `ranges` byte ranges at row boundaries (FindCsvRowStarts).
// The first range is read on the calling thread straight into `batch`, the others each
// on a thread into a batch of their own, merged in file order as they finish.
absl::Status ReadCsvInRanges(absl::string_view text, bool text_is_file_mapping,
                             absl::string_view source_name, uint8_t source,
                             const ValidationOptions& options, int ranges, Batch* batch) {
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(text);
  CsvReader header_reader(input.get());
  SIMAUDIT_ASSIGN_OR_RETURN(const CsvHeader header,
                            ReadCsvHeader(&header_reader, source_name, batch));
  const size_t body = static_cast<size_t>(header_reader.end_offset());
  const uint64_t body_line = header_reader.next_line();
  const std::vector<size_t> starts =
      FindCsvRowStarts(text, body, internal::CsvSplitTargets(body, text.size(), ranges));
  std::vector<CsvRange> parts(ranges);
  for (int k = 0; k < ranges; ++k) {
    const size_t begin = k == 0 ? body : std::max(body, starts[k - 1]);
    const size_t end = k + 1 < ranges ? starts[k] : text.size();
    parts[k].text = text.substr(begin, end - begin);
  }
  ReserveRecords(text.substr(body), batch);

  CsvShared shared{header, source_name, source, options, text_is_file_mapping, {}};
  std::vector<std::thread> threads(ranges);  // threads[0] stays empty: this thread
  for (int k = 1; k < ranges; ++k) {
    if (parts[k].text.empty()) continue;
    CsvRange* part = &parts[k];
    try {
      threads[k] = std::thread([&shared, part] { ReadCsvRangeAlone(&shared, part); });
    } catch (const std::system_error&) {
      // No thread to be had: the range is read below, on this thread.
    }
  }
  ReadCsvRange(&shared, body_line, options, &parts[0], batch);
  absl::Status status = parts[0].status;
  uint64_t line = body_line + parts[0].lines;  // where range k starts
  for (int k = 1; k < ranges; ++k) {
    if (threads[k].joinable()) {
      threads[k].join();
    } else if (!parts[k].text.empty()) {
      ReadCsvRangeAlone(&shared, &parts[k]);
    }
    // Every thread is joined even after an error: they use this frame.
    if (status.ok()) status = parts[k].status;
    if (status.ok()) MergeRange(line - 1, &parts[k].batch, batch);
    parts[k].batch = Batch();  // release it before the next merge grows `batch`
    line += parts[k].lines;
  }
  return status;
}

// Byte ranges (threads) to read a CSV input of `bytes` bytes with; 1 = sequential.
int CsvRangesFor(const ReadOptions& options, uint64_t bytes) {
  if (options.threads == 1 || options.validation.name_folder != nullptr) return 1;
  if (options.threads > 1) return std::min(options.threads, kMaxThreads);
  const int hardware = static_cast<int>(std::thread::hardware_concurrency());
  const int threads = std::clamp(hardware, kMinAutoThreads, kMaxAutoThreads);
  return static_cast<int>(
      std::clamp<uint64_t>(bytes / kMinAutoRangeBytes, 1, static_cast<uint64_t>(threads)));
}

absl::Status ReadInput(ChunkedInput* input, absl::string_view source_name, InputFormat format,
                       const ValidationOptions& options, int csv_ranges, Batch* batch) {
  if (batch->sources.size() >= kMaxSources) {
    return absl::ResourceExhaustedError(absl::StrCat(
        source_name, ": a batch holds at most ", kMaxSources, " input sources"));
  }
  const BatchCheckpoint checkpoint(*batch);
  batch->sources.emplace_back(source_name);
  const uint8_t source = static_cast<uint8_t>(batch->sources.size() - 1);
  absl::Status status;
  if (format == InputFormat::kCsv) {
    status = csv_ranges > 1 && input->in_memory()
                 ? ReadCsvInRanges(input->data(), input->is_file_mapping(), source_name,
                                   source, options, csv_ranges, batch)
                 : ReadCsv(input, source_name, source, options, batch);
  } else {
    const uint64_t rows_before = batch->counters.rows_read;
    status = ReadJsonl(input, source, options, batch);
    if (status.ok() && batch->counters.rows_read == rows_before) {
      status = absl::InvalidArgumentError(absl::StrCat(source_name, ": empty file"));
    }
  }
  if (!status.ok()) checkpoint.Restore(batch);
  return status;
}

InputFormat Resolve(InputFormat first, InputFormat second) {
  return first != InputFormat::kAuto ? first : second;
}

}  // namespace

namespace internal {

std::vector<size_t> CsvSplitTargets(size_t body, size_t size, int ranges) {
  // The calling thread merges the other ranges after reading its own: re-interning their
  // strings and copying their records costs roughly a sixth of reading them.
  constexpr double kMergeCost = 0.15;
  const double first = std::max(0.25, 1.0 - kMergeCost * (ranges - 1));
  const double total = first + (ranges - 1);
  std::vector<size_t> targets;
  for (int k = 1; k < ranges; ++k) {
    const double share = (first + (k - 1)) / total;
    targets.push_back(body + static_cast<size_t>(static_cast<double>(size - body) * share));
  }
  return targets;
}

}  // namespace internal

absl::StatusOr<InputFormat> FormatFromName(absl::string_view name) {
  if (absl::EndsWithIgnoreCase(name, ".csv")) return InputFormat::kCsv;
  if (absl::EndsWithIgnoreCase(name, ".jsonl") || absl::EndsWithIgnoreCase(name, ".json")) {
    return InputFormat::kJsonl;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      name, ": unknown input format (expected a .csv, .jsonl or .json file name)"));
}

absl::Status ReadBatchFile(const std::string& path, const ReadOptions& options, Batch* batch) {
  const absl::StatusOr<InputFormat> format = options.format != InputFormat::kAuto
                                                 ? absl::StatusOr<InputFormat>(options.format)
                                                 : FormatFromName(path);
  // Map the file only when it will be read on several threads; the size is a hint
  // (MapFile checks again).
  int ranges = 1;
  struct stat st;
  if (format.ok() && *format == InputFormat::kCsv && ::stat(path.c_str(), &st) == 0 &&
      S_ISREG(st.st_mode)) {
    ranges = CsvRangesFor(options, static_cast<uint64_t>(st.st_size));
  }
  SIMAUDIT_ASSIGN_OR_RETURN(
      std::unique_ptr<ChunkedInput> input,
      ranges > 1 ? ChunkedInput::MapFile(path) : ChunkedInput::OpenFile(path));
  if (!format.ok()) return format.status();
  return ReadInput(input.get(), path, *format, options.validation, ranges, batch);
}

absl::Status ReadBatchBuffer(absl::string_view data, absl::string_view source_name,
                             InputFormat format, const ReadOptions& options, Batch* batch) {
  InputFormat resolved = Resolve(format, options.format);
  if (resolved == InputFormat::kAuto) {
    SIMAUDIT_ASSIGN_OR_RETURN(resolved, FormatFromName(source_name));
  }
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(data);
  const int ranges = resolved == InputFormat::kCsv ? CsvRangesFor(options, data.size()) : 1;
  return ReadInput(input.get(), source_name, resolved, options.validation, ranges, batch);
}

}  // namespace simaudit
