// File: string_pool.h
// -----------------------------------------------------------------------------
// Interns strings to dense 32-bit ids, so that records hold small integers instead of
// strings. Ids are assigned in first-seen order, which keeps them deterministic for a
// given input order. Identity keys go through a pool too, so a keyed pseudonym (HMAC of
// the document number) can replace the raw number without changing any consumer.
//
//   StringPool pool;
//   uint32_t a = pool.Intern("DL066001");   // 0
//   uint32_t b = pool.Intern("DL066001");   // 0 again
//   absl::string_view s = pool.Get(a);      // "DL066001"
//
// Not thread-safe. Views returned by Get() stay valid for the pool's lifetime.
#ifndef SIMAUDIT_LIB_MODEL_STRING_POOL_H_
#define SIMAUDIT_LIB_MODEL_STRING_POOL_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace simaudit {

// Id meaning "no value" in any pool-keyed field.
inline constexpr uint32_t kNoId = 0xFFFFFFFFu;

class StringPool {
 public:
  StringPool() = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // Returns the id of `s`, adding it if new.
  uint32_t Intern(absl::string_view s);

  // Returns the id of `s`, or kNoId if it was never interned.
  uint32_t Find(absl::string_view s) const;

  // Returns the string of `id`; `id` must be < size().
  absl::string_view Get(uint32_t id) const { return views_[id]; }

  uint32_t size() const { return static_cast<uint32_t>(views_.size()); }

  // Approximate heap bytes held.
  size_t MemoryBytes() const;

 private:
  // Strings live in large blocks so views stay valid as the pool grows.
  absl::string_view Store(absl::string_view s);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0;
  size_t block_size_ = 0;
  size_t stored_bytes_ = 0;
  std::vector<absl::string_view> views_;
  absl::flat_hash_map<absl::string_view, uint32_t> index_;
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_MODEL_STRING_POOL_H_
