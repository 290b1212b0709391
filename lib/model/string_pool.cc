#include "lib/model/string_pool.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace simaudit {
namespace {

constexpr size_t kBlockBytes = 1 << 20;
constexpr size_t kMinSlots = 16;
constexpr size_t kHugePageBytes = size_t{2} << 20;

// Odd 64-bit constants: the fractional parts of sqrt(2), sqrt(3) and the golden ratio.
constexpr uint64_t kMix0 = 0x6a09e667f3bcc909ull;
constexpr uint64_t kMix1 = 0xbb67ae8584caa73bull;
constexpr uint64_t kMix2 = 0x9e3779b97f4a7c15ull;

// Its address seeds the hash, so that it differs between runs (with ASLR) and crafted
// input cannot aim at a known probe sequence. Ids never depend on the hash.
const char kSeedAnchor = 0;

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

inline uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

// Folds the 128-bit product of `a` and `b` to 64 bits: every input bit reaches the
// high output bits, which pick the slot.
inline uint64_t MulFold(uint64_t a, uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}

// memcmp(a, b, n) == 0, inline for the short strings pools mostly hold (ids, codes,
// names): a library call costs more than the comparison.
inline bool BytesEqual(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    if (n > 64) return std::memcmp(a, b, n) == 0;
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (Load64(a + i) != Load64(b + i)) return false;
    }
    return Load64(a + n - 8) == Load64(b + n - 8);
  }
  if (n >= 4) return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// The id stored in the arena just before a string's bytes.
inline uint32_t IdBefore(const char* data) {
  uint32_t id;
  std::memcpy(&id, data - sizeof(id), sizeof(id));
  return id;
}

}  // namespace

void StringPool::FreeSlots::operator()(Slot* slots) const { std::free(slots); }

std::unique_ptr<StringPool::Slot[], StringPool::FreeSlots> StringPool::AllocateSlots(
    size_t count) {
  const size_t bytes = count * sizeof(Slot);
  void* memory = nullptr;
  if (bytes >= kHugePageBytes) {
    // `bytes` is a power of two, so a whole number of aligned huge pages.
    memory = std::aligned_alloc(kHugePageBytes, bytes);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (memory != nullptr) ::madvise(memory, bytes, MADV_HUGEPAGE);
#endif
  } else {
    memory = std::malloc(bytes);
  }
  if (memory == nullptr) throw std::bad_alloc();  // as std::vector would
  Slot* const slots = static_cast<Slot*>(memory);
  std::fill_n(slots, count, Slot{0, 0, nullptr});
  return std::unique_ptr<Slot[], FreeSlots>(slots);
}

StringPool& StringPool::operator=(StringPool&& other) noexcept {
  if (this == &other) return *this;
  blocks_ = std::move(other.blocks_);
  block_used_ = std::exchange(other.block_used_, 0);
  block_size_ = std::exchange(other.block_size_, 0);
  block_bytes_ = std::exchange(other.block_bytes_, 0);
  views_ = std::move(other.views_);
  hashes_ = std::move(other.hashes_);
  slots_ = std::move(other.slots_);
  slot_count_ = std::exchange(other.slot_count_, 0);
  shift_ = std::exchange(other.shift_, 64);
  other.blocks_.clear();
  other.views_.clear();
  other.hashes_.clear();
  return *this;
}

uint64_t StringPool::Hash(absl::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = (reinterpret_cast<uintptr_t>(&kSeedAnchor) ^ kMix0) + n * kMix1;
  while (n > 16) {
    h = MulFold(Load64(p) ^ kMix1, Load64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  // The last 1..16 bytes (0 for the empty string), read as two possibly overlapping words.
  uint64_t a = 0;
  uint64_t b = 0;
  if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    a = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  return MulFold(MulFold(a ^ kMix2, b ^ h) ^ kMix0, kMix2);
}

absl::string_view StringPool::Store(absl::string_view s, uint32_t id) {
  const size_t bytes = sizeof(id) + s.size();
  if (block_used_ + bytes > block_size_) {
    block_size_ = std::max(kBlockBytes, bytes);
    // Default-initialised: pages are touched only as strings are copied in.
    blocks_.push_back(std::unique_ptr<char[]>(new char[block_size_]));
    block_bytes_ += block_size_;
    block_used_ = 0;
  }
  char* dst = blocks_.back().get() + block_used_;
  std::memcpy(dst, &id, sizeof(id));
  if (!s.empty()) std::memcpy(dst + sizeof(id), s.data(), s.size());
  block_used_ += bytes;
  return absl::string_view(dst + sizeof(id), s.size());
}

size_t StringPool::Probe(absl::string_view s, uint64_t hash) const {
  const size_t mask = slot_count_ - 1;
  const uint32_t tag = static_cast<uint32_t>(hash);
  for (size_t i = static_cast<size_t>(hash >> shift_);; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.data == nullptr) return i;
    if (slot.tag == tag && slot.size == s.size() && BytesEqual(slot.data, s.data(), s.size())) {
      return i;
    }
  }
}

void StringPool::Rehash(size_t n) {
  size_t capacity = kMinSlots;
  int bits = 4;
  while (capacity < 2 * n) {
    capacity *= 2;
    ++bits;
  }
  if (capacity <= slot_count_) return;
  slots_ = AllocateSlots(capacity);
  slot_count_ = capacity;
  shift_ = 64 - bits;
  const size_t mask = capacity - 1;
  for (size_t id = 0; id < hashes_.size(); ++id) {
    const uint64_t hash = hashes_[id];
    size_t i = static_cast<size_t>(hash >> shift_);
    while (slots_[i].data != nullptr) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(hash), static_cast<uint32_t>(views_[id].size()),
                     views_[id].data()};
  }
}

void StringPool::Reserve(size_t n) {
  views_.reserve(n);
  hashes_.reserve(n);
  Rehash(n);
}

uint32_t StringPool::Intern(absl::string_view s) {
  const uint64_t hash = Hash(s);
  // Grow first, so that the slot found below is where a new string goes.
  if (2 * (views_.size() + 1) > slot_count_) {
    Rehash(std::max(views_.size() + 1, 2 * views_.size()));
  }
  Slot& slot = slots_[Probe(s, hash)];
  if (slot.data != nullptr) return IdBefore(slot.data);
  const uint32_t id = size();
  const absl::string_view stored = Store(s, id);
  slot = Slot{static_cast<uint32_t>(hash), static_cast<uint32_t>(s.size()), stored.data()};
  views_.push_back(stored);
  hashes_.push_back(hash);
  return id;
}

void StringPool::Prefetch(absl::string_view s) const {
  if (slot_count_ > 0) __builtin_prefetch(&slots_[static_cast<size_t>(Hash(s) >> shift_)]);
}

uint32_t StringPool::Find(absl::string_view s) const {
  if (slot_count_ == 0) return kNoId;
  const Slot& slot = slots_[Probe(s, Hash(s))];
  return slot.data == nullptr ? kNoId : IdBefore(slot.data);
}

size_t StringPool::MemoryBytes() const {
  return block_bytes_ + views_.capacity() * sizeof(absl::string_view) +
         hashes_.capacity() * sizeof(uint64_t) + slot_count_ * sizeof(Slot);
}

}  // namespace simaudit
