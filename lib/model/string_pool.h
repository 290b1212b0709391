// File: string_pool.h
// -----------------------------------------------------------------------------
// Interns strings to dense 32-bit ids, so that records hold small integers instead of
// strings. Ids are assigned in first-seen order, which keeps them deterministic for a
// given input order. Identity keys go through a pool too, so a keyed pseudonym (HMAC of
// the document number) can replace the raw number without changing any consumer.
//
//   StringPool pool;
//   pool.Reserve(100000);                   // optional: no rehash up to 100k strings
//   uint32_t a = pool.Intern("DL066001");   // 0
//   uint32_t b = pool.Intern("DL066001");   // 0 again
//   absl::string_view s = pool.Get(a);      // "DL066001"
//
// Intern hashes its argument once and probes an open-addressing table whose slots hold
// a 32-bit hash tag, the length and the arena address of each string (its id is stored
// in the arena just before its bytes). A new string thus costs one slot load and, in
// the common case, no string comparison; a known one costs the slot and one arena line.
// Growing the table re-uses stored hashes instead of reading the strings again.
//
// Not thread-safe. Views returned by Get() stay valid for the pool's lifetime (moving
// the pool keeps them valid too).
#ifndef SIMAUDIT_LIB_MODEL_STRING_POOL_H_
#define SIMAUDIT_LIB_MODEL_STRING_POOL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace simaudit {

// Id meaning "no value" in any pool-keyed field.
inline constexpr uint32_t kNoId = 0xFFFFFFFFu;

class StringPool {
 public:
  StringPool() = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  // A moved-from pool is empty and usable.
  StringPool(StringPool&& other) noexcept { *this = std::move(other); }
  StringPool& operator=(StringPool&& other) noexcept;

  // Makes room for `n` strings in total, so that interning up to that many does not
  // grow the id vectors or rehash. Ids and views are unaffected.
  void Reserve(size_t n);

  // Returns the id of `s`, adding it if new. `s` must be shorter than 4 GiB.
  uint32_t Intern(absl::string_view s);

  // A hint that `s` is about to be interned or looked up: starts loading the table slot
  // where its search begins, so that other work hides the cache miss. No effect on the
  // pool's contents.
  void Prefetch(absl::string_view s) const;

  // Returns the id of `s`, or kNoId if it was never interned.
  uint32_t Find(absl::string_view s) const;

  // Returns the string of `id`; `id` must be < size().
  absl::string_view Get(uint32_t id) const { return views_[id]; }

  uint32_t size() const { return static_cast<uint32_t>(views_.size()); }

  // Approximate heap bytes held.
  size_t MemoryBytes() const;

 private:
  // One hash table entry: the low 32 bits of the string's hash (compared before the
  // string itself), its length, and its bytes in the arena, which are preceded by its
  // id. A hit thus reads the slot and one arena line; data == nullptr marks an empty
  // slot.
  struct Slot {
    uint32_t tag;
    uint32_t size;
    const char* data;
  };
  struct FreeSlots {
    void operator()(Slot* slots) const;
  };

  // Returns `count` empty slots. Tables of 2 MiB or more are aligned to and advised
  // for huge pages: a probe is a random access, and with 4 KiB pages a TLB miss too.
  static std::unique_ptr<Slot[], FreeSlots> AllocateSlots(size_t count);
  static uint64_t Hash(absl::string_view s);
  // Index of the slot holding `s`, or of the empty slot where it belongs. The table
  // must not be empty.
  size_t Probe(absl::string_view s, uint64_t hash) const;
  // Rebuilds the table with room for `n` strings at most half full.
  void Rehash(size_t n);
  // Copies `s` into the arena after `id`, and returns the copy. Strings live in large
  // blocks so views stay valid as the pool grows.
  absl::string_view Store(absl::string_view s, uint32_t id);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0;
  size_t block_size_ = 0;
  size_t block_bytes_ = 0;  // sum of the blocks' sizes
  std::vector<absl::string_view> views_;  // by id
  std::vector<uint64_t> hashes_;          // by id, to rehash without the strings
  std::unique_ptr<Slot[], FreeSlots> slots_;  // power-of-two count, linear probing
  size_t slot_count_ = 0;
  int shift_ = 64;  // slot index = hash >> shift_
};

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_MODEL_STRING_POOL_H_
