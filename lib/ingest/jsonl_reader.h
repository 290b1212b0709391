// File: jsonl_reader.h
// -----------------------------------------------------------------------------
// Reads JSON Lines registration batches: one JSON object per line with the CSV column
// names as keys (proto3 JSON of simaudit.v1.Registration, so lowerCamelCase keys are
// accepted too). Each object goes through AppendRegistration's conversion and AppendRow,
// so CSV and JSONL give identical Records and rejects for the same data.
//
//   SIMAUDIT_RETURN_IF_ERROR(ReadJsonl(input.get(), source, options, &batch));
//
// Blank lines are skipped; `line` is the physical line number. A line that is not a
// Registration object is rejected as BAD_JSON (raw: the parser's message, " :: ", the
// line); invalid UTF-8 as BAD_UTF8; a line over max_line_bytes as FIELD_TOO_LONG.
// Unknown keys are ignored with one warning per key name per file.
#ifndef SIMAUDIT_LIB_INGEST_JSONL_READER_H_
#define SIMAUDIT_LIB_INGEST_JSONL_READER_H_

#include <cstddef>
#include <cstdint>

#include "absl/status/status.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/validate.h"
#include "lib/model/record.h"

namespace simaudit {

inline constexpr size_t kDefaultMaxJsonLineBytes = size_t{4} << 20;

// Appends every line of `input` to `batch` (rows under `source`). Returns an error only
// if reading the input fails; `batch` may then hold part of the input (callers that
// need all-or-nothing restore it, see batch_reader.h).
absl::Status ReadJsonl(ChunkedInput* input, uint8_t source, const ValidationOptions& options,
                       Batch* batch, size_t max_line_bytes = kDefaultMaxJsonLineBytes);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_JSONL_READER_H_
