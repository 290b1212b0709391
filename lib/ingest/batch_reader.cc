#include "lib/ingest/batch_reader.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"
#include "lib/ingest/jsonl_reader.h"
#include "lib/ingest/normalize.h"
#include "lib/ingest/utf8.h"
#include "lib/model/schema.h"
#include "lib/model/string_pool.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

constexpr size_t kMaxSources = 256;

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
  // One check of the whole row text covers every field, ignored columns included (quote
  // unescaping only drops ASCII quotes). Only a bad row is examined field by field.
  const bool utf8 = row.ascii || IsValidUtf8(row.text.substr(row.ascii_prefix));
  if (!utf8) {
    for (size_t i = 0; i < n; ++i) {
      if (!IsValidUtf8(row.fields[i])) {
        AppendReaderReject(row.line, header.names[i], RejectReason::kBadUtf8, row.text,
                           source, batch);
        return;
      }
    }
  }
  RawFields fields{};
  for (int c = 0; c < kNumColumns; ++c) {
    const int i = header.index_of[c];
    if (i >= 0) fields[c] = row.fields[i];
  }
  appender->Append(
      fields, row.line, [&row] { return std::string(row.text); }, source,
      /*fields_are_utf8=*/true);
}

absl::Status ReadCsv(ChunkedInput* input, absl::string_view source_name, uint8_t source,
                     const ValidationOptions& options, Batch* batch) {
  CsvReader reader(input);
  SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* first, reader.Next());
  if (first == nullptr) return absl::InvalidArgumentError(absl::StrCat(source_name, ": empty file"));
  SIMAUDIT_ASSIGN_OR_RETURN(CsvHeader header, ParseCsvHeader(*first, source_name));
  for (std::string& warning : header.warnings) {
    batch->counters.warnings.push_back(std::move(warning));
  }
  // Keep one field more than the header so a long row is seen as too long, and buffer
  // rows only up to the longest a valid row can be (every field at the limit, quoted
  // with every character a doubled quote).
  reader.set_max_fields(header.num_fields + 1);
  reader.set_max_row_bytes(header.num_fields * (2 * CsvReader::kMaxFieldBytes + 3) + 2);
  internal::RowAppender appender(options, batch);
  while (true) {
    SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* row, reader.Next());
    if (row == nullptr) return absl::OkStatus();
    ProcessCsvRow(*row, header, source, &appender, batch);
  }
}

absl::Status ReadInput(ChunkedInput* input, absl::string_view source_name, InputFormat format,
                       const ValidationOptions& options, Batch* batch) {
  if (batch->sources.size() >= kMaxSources) {
    return absl::ResourceExhaustedError(absl::StrCat(
        source_name, ": a batch holds at most ", kMaxSources, " input sources"));
  }
  const BatchCheckpoint checkpoint(*batch);
  batch->sources.emplace_back(source_name);
  const uint8_t source = static_cast<uint8_t>(batch->sources.size() - 1);
  absl::Status status;
  if (format == InputFormat::kCsv) {
    status = ReadCsv(input, source_name, source, options, batch);
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

absl::StatusOr<InputFormat> FormatFromName(absl::string_view name) {
  if (absl::EndsWithIgnoreCase(name, ".csv")) return InputFormat::kCsv;
  if (absl::EndsWithIgnoreCase(name, ".jsonl") || absl::EndsWithIgnoreCase(name, ".json")) {
    return InputFormat::kJsonl;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      name, ": unknown input format (expected a .csv, .jsonl or .json file name)"));
}

absl::Status ReadBatchFile(const std::string& path, const ReadOptions& options, Batch* batch) {
  SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<ChunkedInput> input, ChunkedInput::OpenFile(path));
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    SIMAUDIT_ASSIGN_OR_RETURN(format, FormatFromName(path));
  }
  return ReadInput(input.get(), path, format, options.validation, batch);
}

absl::Status ReadBatchBuffer(absl::string_view data, absl::string_view source_name,
                             InputFormat format, const ReadOptions& options, Batch* batch) {
  InputFormat resolved = Resolve(format, options.format);
  if (resolved == InputFormat::kAuto) {
    SIMAUDIT_ASSIGN_OR_RETURN(resolved, FormatFromName(source_name));
  }
  std::unique_ptr<ChunkedInput> input = ChunkedInput::FromBuffer(data);
  return ReadInput(input.get(), source_name, resolved, options.validation, batch);
}

}  // namespace simaudit
