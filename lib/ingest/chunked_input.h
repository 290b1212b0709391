// File: chunked_input.h
// -----------------------------------------------------------------------------
// A sliding window over a byte stream, for parsers that work on contiguous views without
// reading a whole file into memory. A file is read in chunks (1 MiB by default) into one
// buffer; an in-memory buffer is used as it is, without copying.
//
//   SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<ChunkedInput> in, ChunkedInput::OpenFile(path));
//   while (true) {
//     absl::string_view data = in->data();
//     size_t used = ParseWhatIsComplete(data);  // views into data stay valid ...
//     in->Consume(used);                         // ... until Consume or Extend
//     SIMAUDIT_ASSIGN_OR_RETURN(bool more, in->Extend());
//     if (!more) break;
//   }
//
// Memory is bounded by the longest unconsumed span the parser keeps plus one chunk.
// Not thread-safe.
#ifndef SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_
#define SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace simaudit {

class ChunkedInput {
 public:
  static constexpr size_t kDefaultChunkBytes = size_t{1} << 20;

  // Opens `path` for reading. NotFound if it does not exist, PermissionDenied if it may
  // not be read, FailedPrecondition if it is a directory, Internal for other errors.
  static absl::StatusOr<std::unique_ptr<ChunkedInput>> OpenFile(
      const std::string& path, size_t chunk_bytes = kDefaultChunkBytes);

  // Serves `data`, which must outlive the returned object.
  static std::unique_ptr<ChunkedInput> FromBuffer(absl::string_view data);

  ~ChunkedInput();
  ChunkedInput(const ChunkedInput&) = delete;
  ChunkedInput& operator=(const ChunkedInput&) = delete;

  // The loaded bytes not yet consumed.
  absl::string_view data() const { return absl::string_view(begin_, end_ - begin_); }

  // Drops the first `n` bytes of data(); n <= data().size().
  void Consume(size_t n) { begin_ += n; }

  // Loads more bytes after data(), keeping data()'s unconsumed bytes (they may move:
  // earlier views are invalidated). Returns false when the input is exhausted, or an
  // error status (Internal / DataLoss) if reading fails.
  absl::StatusOr<bool> Extend();

  // Whether Extend() has reported the end of the input.
  bool exhausted() const { return exhausted_; }

 private:
  ChunkedInput() = default;

  int fd_ = -1;                   // -1 for an in-memory buffer
  std::string path_;              // for error messages
  size_t chunk_bytes_ = 0;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  const char* begin_ = nullptr;   // first unconsumed byte
  const char* end_ = nullptr;     // end of loaded bytes
  bool exhausted_ = false;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_
