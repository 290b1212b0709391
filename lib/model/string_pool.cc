#include "lib/model/string_pool.h"

#include <algorithm>
#include <cstring>

namespace simaudit {
namespace {
constexpr size_t kBlockBytes = 1 << 20;
}  // namespace

absl::string_view StringPool::Store(absl::string_view s) {
  if (s.empty()) return absl::string_view();
  if (block_used_ + s.size() > block_size_) {
    block_size_ = std::max(kBlockBytes, s.size());
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* dst = blocks_.back().get() + block_used_;
  std::memcpy(dst, s.data(), s.size());
  block_used_ += s.size();
  stored_bytes_ += s.size();
  return absl::string_view(dst, s.size());
}

uint32_t StringPool::Intern(absl::string_view s) {
  auto it = index_.find(s);
  if (it != index_.end()) return it->second;
  const uint32_t id = static_cast<uint32_t>(views_.size());
  absl::string_view stored = Store(s);
  views_.push_back(stored);
  index_.emplace(stored, id);
  return id;
}

uint32_t StringPool::Find(absl::string_view s) const {
  auto it = index_.find(s);
  return it == index_.end() ? kNoId : it->second;
}

size_t StringPool::MemoryBytes() const {
  return blocks_.size() * block_size_ + views_.capacity() * sizeof(absl::string_view) +
         index_.capacity() * (sizeof(absl::string_view) + sizeof(uint32_t) + 1);
}

}  // namespace simaudit
