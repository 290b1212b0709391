// File: csv_reader.h
// -----------------------------------------------------------------------------
// A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line
// breaks; rows end with LF, CRLF or a lone CR; a UTF-8 byte-order mark at the start is
// skipped; blank lines are skipped. Fields come back as views over the input window
// (only quoted fields with doubled quotes are copied, into a reusable scratch buffer), so
// reading does not allocate per row. Rows without quotes (the common case) are split
// 64 bytes at a time with SSE2 bit masks; other rows take a byte-wise path.
//
//   CsvReader reader(input.get());
//   while (true) {
//     SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* row, reader.Next());
//     if (row == nullptr) break;   // end of input
//     if (row->error.has_value()) Reject(row->line, *row->error);
//     else Use(row->fields);       // valid until the next call to Next()
//   }
//
// Memory stays bounded whatever the file size: a row longer than max_row_bytes (line
// break included) is not buffered but skipped to its end and returned with an error
// (kFieldTooLong, or kBadQuoting if its quote never closes). The same happens for input
// given in memory, so both forms of the same bytes give the same rows. Not thread-safe.
#ifndef SIMAUDIT_LIB_INGEST_CSV_READER_H_
#define SIMAUDIT_LIB_INGEST_CSV_READER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/reject_reasons.h"

namespace simaudit {

struct CsvRow {
  uint64_t line = 0;              // 1-based physical line of the row's first byte
  absl::string_view text;         // the row's raw text without its line break (for a
                                  // skipped oversized row: its first KiB)
  absl::Span<const absl::string_view> fields;  // unescaped fields (at most max_fields)
  size_t num_fields = 0;          // fields in the row, counting those not stored
  bool ascii = false;             // true only if the row is known to be all ASCII
  // When known (rows split by the fast path): bytes of `text` before ascii_prefix and
  // from ascii_suffix on are ASCII, so any other byte lies in between. Otherwise 0 and
  // text.size().
  size_t ascii_prefix = 0;
  size_t ascii_suffix = 0;
  // Set when the row cannot be used: kBadQuoting (a quote that never closes, or text
  // after a closing quote) or kFieldTooLong (see error_field). Compare num_fields with
  // the header yourself.
  std::optional<RejectReason> error;
  // For kFieldTooLong: the index of the first field over kMaxFieldBytes, or -1 for a
  // skipped row with no such field (then it is longer than max_row_bytes only because
  // it has too many fields, or blanks around quoted fields).
  int error_field = -1;
};

class CsvReader {
 public:
  // Fields longer than this (after unescaping) make the row kFieldTooLong.
  static constexpr size_t kMaxFieldBytes = 64 * 1024;
  static constexpr size_t kDefaultMaxRowBytes = size_t{4} << 20;
  static constexpr size_t kDefaultMaxFields = 4096;

  // Reads from `input`, which must outlive the reader.
  explicit CsvReader(ChunkedInput* input) : input_(input) { set_max_fields(kDefaultMaxFields); }
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Rows longer than this are skipped instead of buffered (see the file comment).
  void set_max_row_bytes(size_t n) { max_row_bytes_ = n; }
  // At most this many fields of a row are stored; num_fields still counts them all.
  void set_max_fields(size_t n) {
    max_fields_ = n;
    field_storage_.resize(n);
  }

  // For input that is a range of a larger text (see FindCsvRowStarts): the line number
  // of its first byte (default 1), and whether a byte-order mark at its start is
  // skipped (default true; a BOM is skipped only at the start of a file). Call before
  // the first Next().
  void set_first_line(uint64_t line) { line_ = line; }
  void set_skip_bom(bool skip) { skip_bom_ = skip; }

  // Returns the next non-blank row, or nullptr at the end of the input. The row and its
  // views stay valid until the next call. Errors come only from reading the input.
  absl::StatusOr<const CsvRow*> Next();

  // The line on which the next row starts: after the last row, one more than the
  // number of the last line read. Rows are counted in physical lines, so reading a text
  // in ranges adds up to the same count.
  uint64_t next_line() const { return line_; }

  // Input offset (ChunkedInput::offset) just past the row last returned by Next(), its
  // line break included; there the next row starts.
  uint64_t end_offset() const { return input_->offset() + pending_consume_; }

 private:
  enum class ParseResult { kComplete, kNeedMore };

  // Parses one row from [begin, end). On kComplete fills row_ and sets *next to the first
  // byte after the row's line break. `eof` says no bytes follow `end`.
  ParseResult TryParseRow(const char* begin, const char* end, bool eof, const char** next);
  // The fast path of TryParseRow for a row without quotes that ends inside whole 64-byte
  // blocks of [begin, end); returns false (having stored nothing useful) otherwise.
  bool TryParseSimpleRow(const char* begin, const char* end, const char** next);
  void ResetRow();
  void FinishRow();
  // Scans an oversized row to its end without keeping it, then fills row_.
  absl::Status SkipOversizedRow();
  void AddField(absl::string_view value) {
    if (value.size() > kMaxFieldBytes && !row_.error.has_value()) {
      row_.error = RejectReason::kFieldTooLong;
      row_.error_field = static_cast<int>(row_.num_fields);
    }
    if (row_.num_fields < max_fields_) field_storage_[row_.num_fields] = value;
    ++row_.num_fields;
  }
  bool RowIsBlank() const;

  ChunkedInput* input_;
  size_t max_row_bytes_ = kDefaultMaxRowBytes;
  size_t max_fields_ = kDefaultMaxFields;
  uint64_t line_ = 1;
  bool skip_bom_ = true;
  bool started_ = false;  // the BOM check has been done
  bool eof_ = false;      // input_ reported exhaustion
  size_t pending_consume_ = 0;

  CsvRow row_;
  uint64_t row_line_breaks_ = 0;
  bool row_quoted_any_ = false;
  std::vector<absl::string_view> field_storage_;  // max_fields_ slots for row_.fields
  std::string scratch_;
  // Fields unescaped into scratch_: (field index, offset in scratch_).
  std::vector<std::pair<size_t, size_t>> escaped_fields_;
  std::string skipped_text_;
};

// FindCsvRowStarts
//
// Splits a CSV text for reading in ranges (one CsvReader per range, with
// set_first_line and set_skip_bom(false)) that give the same rows as one reader over the
// whole text. For each offset in `targets` (ascending; one at or before `from` counts as
// from + 1), returns the smallest offset s >= target where a row starts after a line
// feed, or text.size() if there is none. `from` must be where a row starts (e.g. after
// the header).
//
// Quotes are read as CsvReader reads them: a quote opens a quoted field only at the
// start of a field (blanks aside) and is literal elsewhere, so line breaks inside quoted
// fields never split, and a quote that never closes makes the rest of the text one row.
// Only rows ending in LF (or CRLF) qualify: a range ending in a lone CR could differ
// from the whole at the max_row_bytes limit. The scan is sequential from `from` but
// jumps between quotes and line feeds with memchr, so it costs little next to parsing.
std::vector<size_t> FindCsvRowStarts(absl::string_view text, size_t from,
                                     absl::Span<const size_t> targets);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_CSV_READER_H_
