// File: buffered_writer.h
// -----------------------------------------------------------------------------
// A file writer with a large buffer and CSV field quoting, for findings and rejects
// (millions of rows). Errors are sticky and reported by Close().
//
//   SIMAUDIT_ASSIGN_OR_RETURN(auto w, BufferedWriter::Open(path));
//   w->AppendCsvField("a,b"); w->Append(","); ... w->Append("\n");
//   SIMAUDIT_RETURN_IF_ERROR(w->Close());
#ifndef SIMAUDIT_LIB_UTIL_BUFFERED_WRITER_H_
#define SIMAUDIT_LIB_UTIL_BUFFERED_WRITER_H_

#include <cstdio>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace simaudit {

class BufferedWriter {
 public:
  // Creates or truncates `path`. Returns Unavailable, with the OS message, when the
  // file cannot be created.
  static absl::StatusOr<std::unique_ptr<BufferedWriter>> Open(const std::string& path);
  ~BufferedWriter();

  void Append(absl::string_view s) {
    buffer_.append(s.data(), s.size());
    if (buffer_.size() >= kFlushBytes) Flush();
  }
  // Appends `s` as one RFC 4180 field, quoted only when it must be.
  void AppendCsvField(absl::string_view s);
  // Flushes and closes; returns the first error seen.
  absl::Status Close();

 private:
  static constexpr size_t kFlushBytes = 1 << 20;
  BufferedWriter(std::string path, FILE* f) : path_(std::move(path)), file_(f) {}
  void Flush();

  std::string path_;
  FILE* file_;
  std::string buffer_;
  bool failed_ = false;
};

// Writes `contents` to `path` atomically enough for our use (write then rename).
absl::Status WriteFile(const std::string& path, absl::string_view contents);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_BUFFERED_WRITER_H_
