#include "lib/util/buffered_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace simaudit {

absl::StatusOr<std::unique_ptr<BufferedWriter>> BufferedWriter::Open(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return absl::UnavailableError(
        absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
  }
  return std::unique_ptr<BufferedWriter>(new BufferedWriter(path, f));
}

BufferedWriter::~BufferedWriter() {
  if (file_ != nullptr) Close().IgnoreError();
}

void BufferedWriter::AppendCsvField(absl::string_view s) {
  if (s.find_first_of(",\"\r\n") == absl::string_view::npos) {
    Append(s);
    return;
  }
  buffer_.push_back('"');
  for (char c : s) {
    if (c == '"') buffer_.push_back('"');
    buffer_.push_back(c);
  }
  buffer_.push_back('"');
  if (buffer_.size() >= kFlushBytes) Flush();
}

void BufferedWriter::Flush() {
  if (!buffer_.empty() && !failed_) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) failed_ = true;
  }
  buffer_.clear();
}

absl::Status BufferedWriter::Close() {
  if (file_ == nullptr) return absl::OkStatus();
  Flush();
  const bool close_failed = std::fclose(file_) != 0;
  file_ = nullptr;
  if (failed_ || close_failed) return absl::DataLossError(absl::StrCat("write failed: ", path_));
  return absl::OkStatus();
}

absl::Status WriteFile(const std::string& path, absl::string_view contents) {
  const std::string tmp = path + ".tmp";
  auto w = BufferedWriter::Open(tmp);
  if (!w.ok()) return w.status();
  (*w)->Append(contents);
  absl::Status s = (*w)->Close();
  if (!s.ok()) return s;
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return absl::UnavailableError(absl::StrCat("cannot rename ", tmp, " to ", path));
  }
  return absl::OkStatus();
}

}  // namespace simaudit
