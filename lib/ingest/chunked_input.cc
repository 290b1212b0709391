#include "lib/ingest/chunked_input.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace simaudit {
namespace {

absl::Status ErrnoToStatus(int err, absl::string_view what, absl::string_view path) {
  const std::string message = absl::StrCat(what, " '", path, "': ", std::strerror(err));
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(message);
    case EISDIR:
      return absl::FailedPreconditionError(message);
    case EIO:
      return absl::DataLossError(message);
    default:
      return absl::InternalError(message);
  }
}

// Opens `path` for reading and returns its descriptor, with its status in *st (all
// zero if fstat fails: then it is read like a pipe). A directory is an error.
absl::StatusOr<int> OpenForReading(const std::string& path, struct stat* st) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoToStatus(errno, "cannot open", path);
  if (::fstat(fd, st) != 0) std::memset(st, 0, sizeof(*st));
  if (S_ISDIR(st->st_mode)) {
    ::close(fd);
    return ErrnoToStatus(EISDIR, "cannot read", path);
  }
  return fd;
}

}  // namespace

std::unique_ptr<ChunkedInput> ChunkedInput::FromFd(int fd, const std::string& path,
                                                   size_t chunk_bytes) {
  std::unique_ptr<ChunkedInput> in(new ChunkedInput());
  in->fd_ = fd;
  in->path_ = path;
  in->chunk_bytes_ = chunk_bytes > 0 ? chunk_bytes : kDefaultChunkBytes;
  in->capacity_ = in->chunk_bytes_;
  in->buffer_ = std::make_unique<char[]>(in->capacity_);
  in->begin_ = in->end_ = in->buffer_.get();
  return in;
}

absl::StatusOr<std::unique_ptr<ChunkedInput>> ChunkedInput::OpenFile(const std::string& path,
                                                                      size_t chunk_bytes) {
  struct stat st;
  absl::StatusOr<int> fd = OpenForReading(path, &st);
  if (!fd.ok()) return fd.status();
  return FromFd(*fd, path, chunk_bytes);
}

absl::StatusOr<std::unique_ptr<ChunkedInput>> ChunkedInput::MapFile(const std::string& path,
                                                                     size_t chunk_bytes) {
  struct stat st;
  absl::StatusOr<int> fd = OpenForReading(path, &st);
  if (!fd.ok()) return fd.status();
  if (!S_ISREG(st.st_mode) || st.st_size <= 0) return FromFd(*fd, path, chunk_bytes);
  const size_t bytes = static_cast<size_t>(st.st_size);
  void* mapping = ::mmap(nullptr, bytes, PROT_READ, MAP_PRIVATE, *fd, 0);
  if (mapping == MAP_FAILED) return FromFd(*fd, path, chunk_bytes);
  ::close(*fd);  // the mapping keeps the file open
  // Readers walk the mapping front to back (one range per thread).
  ::madvise(mapping, bytes, MADV_SEQUENTIAL);
  std::unique_ptr<ChunkedInput> in(new ChunkedInput());
  in->path_ = path;
  in->mapping_ = mapping;
  in->mapping_bytes_ = bytes;
  in->begin_ = static_cast<const char*>(mapping);
  in->end_ = in->begin_ + bytes;
  return in;
}

std::unique_ptr<ChunkedInput> ChunkedInput::FromBuffer(absl::string_view data) {
  std::unique_ptr<ChunkedInput> in(new ChunkedInput());
  in->begin_ = data.data();
  in->end_ = data.data() + data.size();
  return in;
}

std::unique_ptr<ChunkedInput> ChunkedInput::FromMappedRange(absl::string_view data) {
  std::unique_ptr<ChunkedInput> in = FromBuffer(data);
  in->release_pages_ = true;
  in->released_ = data.data();
  return in;
}

void ChunkedInput::ReleaseConsumedPages() {
  static const uintptr_t kPage = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  // Whole pages only: the first and last may be shared with a neighbouring range.
  const uintptr_t from = (reinterpret_cast<uintptr_t>(released_) + kPage - 1) / kPage * kPage;
  const uintptr_t to = reinterpret_cast<uintptr_t>(begin_) / kPage * kPage;
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
  released_ = begin_;
}

ChunkedInput::~ChunkedInput() {
  if (release_pages_) ReleaseConsumedPages();
  if (fd_ >= 0) ::close(fd_);
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_bytes_);
}

absl::StatusOr<bool> ChunkedInput::Extend() {
  if (fd_ < 0 || exhausted_) {
    exhausted_ = true;
    return false;
  }
  char* const base = buffer_.get();
  const size_t kept = static_cast<size_t>(end_ - begin_);
  if (begin_ != base) std::memmove(base, begin_, kept);
  // Grow only when the kept bytes leave less than a chunk free: the parser is holding a
  // long row, and memory then follows the longest row rather than the file size.
  if (capacity_ - kept < chunk_bytes_) {
    const size_t new_capacity = kept + chunk_bytes_;
    std::unique_ptr<char[]> bigger = std::make_unique<char[]>(new_capacity);
    std::memcpy(bigger.get(), base, kept);
    buffer_ = std::move(bigger);
    capacity_ = new_capacity;
  }
  char* const start = buffer_.get();
  begin_ = start;
  end_ = start + kept;
  while (true) {
    const ssize_t n = ::read(fd_, start + kept, capacity_ - kept);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoToStatus(errno, "cannot read", path_);
    }
    if (n == 0) {
      exhausted_ = true;
      return false;
    }
    end_ = start + kept + static_cast<size_t>(n);
    return true;
  }
}

}  // namespace simaudit
