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
// MapFile instead maps a whole regular file, for readers that split it into ranges;
// the mapping is read-only page cache, not a copy. Not thread-safe.
#ifndef SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_
#define SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_

#include <cstddef>
#include <cstdint>
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

  // Serves `data`, a range of a read-only file mapping (see MapFile and
  // is_file_mapping()), and hands consumed pages back to the kernel as it goes
  // (madvise MADV_DONTNEED), so that resident memory does not grow with the file. A
  // released page that is touched again is read back from the file: views stay valid.
  // Never use it on heap memory, whose released pages would read back as zeros.
  static std::unique_ptr<ChunkedInput> FromMappedRange(absl::string_view data);

  // Maps `path` read-only (MAP_PRIVATE) if it is a non-empty regular file and serves
  // it whole, like FromBuffer: data() is the entire file. Anything else (an empty file,
  // a pipe, a device, or a failed mmap) is read in chunks as by OpenFile. Same errors as
  // OpenFile. The file must not be truncated while it is mapped (reading a page past
  // the new end raises SIGBUS).
  static absl::StatusOr<std::unique_ptr<ChunkedInput>> MapFile(
      const std::string& path, size_t chunk_bytes = kDefaultChunkBytes);

  ~ChunkedInput();
  ChunkedInput(const ChunkedInput&) = delete;
  ChunkedInput& operator=(const ChunkedInput&) = delete;

  // The loaded bytes not yet consumed.
  absl::string_view data() const { return absl::string_view(begin_, end_ - begin_); }

  // Drops the first `n` bytes of data(); n <= data().size().
  void Consume(size_t n) {
    begin_ += n;
    offset_ += n;
    if (release_pages_ && static_cast<size_t>(begin_ - released_) >= kReleaseBytes) {
      ReleaseConsumedPages();
    }
  }

  // Whether this input is a whole file mapped by MapFile, whose ranges may be served
  // by FromMappedRange.
  bool is_file_mapping() const { return mapping_ != nullptr; }

  // Offset of data()[0] from the start of the input (the bytes consumed so far).
  uint64_t offset() const { return offset_; }

  // Whether data() holds the whole input (a buffer or a mapped file), so that Extend()
  // never adds bytes.
  bool in_memory() const { return fd_ < 0; }

  // Loads more bytes after data(), keeping data()'s unconsumed bytes (they may move:
  // earlier views are invalidated). Returns false when the input is exhausted, or an
  // error status (Internal / DataLoss) if reading fails.
  absl::StatusOr<bool> Extend();

  // Whether Extend() has reported the end of the input.
  bool exhausted() const { return exhausted_; }

 private:
  ChunkedInput() = default;
  // Reads `fd` (owned) in chunks.
  static std::unique_ptr<ChunkedInput> FromFd(int fd, const std::string& path,
                                              size_t chunk_bytes);

  // Consumed bytes of a mapped range are released in steps of this size.
  static constexpr size_t kReleaseBytes = size_t{16} << 20;
  void ReleaseConsumedPages();

  int fd_ = -1;                   // -1 for an in-memory buffer or a mapped file
  void* mapping_ = nullptr;       // the mapped file, or nullptr
  size_t mapping_bytes_ = 0;
  uint64_t offset_ = 0;           // bytes consumed
  std::string path_;              // for error messages
  size_t chunk_bytes_ = 0;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  const char* begin_ = nullptr;   // first unconsumed byte
  const char* end_ = nullptr;     // end of loaded bytes
  bool exhausted_ = false;
  bool release_pages_ = false;    // FromMappedRange
  const char* released_ = nullptr;  // pages before this one have been released
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_CHUNKED_INPUT_H_
