// File: grouping.h
// -----------------------------------------------------------------------------
// Compressed groupings of subscriptions by an entity id (identity, device, dealer, face):
// a counting sort, so building one is O(n) and stable, which keeps every derived statistic
// deterministic. Entities with id kNoId are left out.
//
//   Grouping by_dealer = Grouping::Build(dealer_of_subscription, num_dealers);
//   for (uint32_t s : by_dealer.members(d)) { ... }   // in subscription order
#ifndef SIMAUDIT_LIB_DETECT_GROUPING_H_
#define SIMAUDIT_LIB_DETECT_GROUPING_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "absl/types/span.h"
#include "lib/model/string_pool.h"

namespace simaudit {

class Grouping {
 public:
  Grouping() = default;

  // `key[s]` is the entity of subscription s (or kNoId); entities are < num_keys.
  static Grouping Build(absl::Span<const uint32_t> key, uint32_t num_keys) {
    Grouping g;
    g.offsets_.assign(num_keys + 1, 0);
    for (uint32_t k : key) {
      if (k != kNoId) ++g.offsets_[k + 1];
    }
    for (uint32_t i = 0; i < num_keys; ++i) g.offsets_[i + 1] += g.offsets_[i];
    g.members_.resize(g.offsets_[num_keys]);
    std::vector<uint32_t> cursor(g.offsets_.begin(), g.offsets_.end() - 1);
    for (uint32_t s = 0; s < key.size(); ++s) {
      if (key[s] != kNoId) g.members_[cursor[key[s]]++] = s;
    }
    return g;
  }

  uint32_t num_groups() const {
    return offsets_.empty() ? 0 : static_cast<uint32_t>(offsets_.size() - 1);
  }
  uint32_t size(uint32_t k) const { return offsets_[k + 1] - offsets_[k]; }
  absl::Span<const uint32_t> members(uint32_t k) const {
    return absl::MakeConstSpan(members_.data() + offsets_[k], size(k));
  }

 private:
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> members_;
};

// Number of distinct non-kNoId values of `value[s]` over the members of each group.
// `scratch` is reused between groups to avoid allocation.
inline std::vector<uint32_t> DistinctPerGroup(const Grouping& g,
                                              absl::Span<const uint32_t> value) {
  std::vector<uint32_t> out(g.num_groups(), 0);
  std::vector<uint32_t> scratch;
  for (uint32_t k = 0; k < g.num_groups(); ++k) {
    auto m = g.members(k);
    if (m.size() <= 1) {
      out[k] = (m.size() == 1 && value[m[0]] != kNoId) ? 1 : 0;
      continue;
    }
    scratch.clear();
    for (uint32_t s : m) {
      if (value[s] != kNoId) scratch.push_back(value[s]);
    }
    std::sort(scratch.begin(), scratch.end());
    out[k] = static_cast<uint32_t>(std::unique(scratch.begin(), scratch.end()) -
                                   scratch.begin());
  }
  return out;
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_GROUPING_H_
