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

#include "absl/container/flat_hash_map.h"
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

// For each member s of a group, over the members whose time lies within `window` of
// time[s] (s included): how many carry a value (not kNoId), and how many distinct values
// they carry. Zero for subscriptions in no group. Members are visited in time order with
// a sliding window, so a group of m members costs O(m log m).
struct WindowCount {
  uint32_t distinct = 0;
  uint32_t count = 0;
};
inline std::vector<WindowCount> CountInWindow(const Grouping& g, absl::Span<const uint32_t> value,
                                              absl::Span<const int64_t> time, int64_t window) {
  std::vector<WindowCount> out(value.size());
  std::vector<uint32_t> order;
  absl::flat_hash_map<uint32_t, uint32_t> in_window;  // value -> members in the window
  for (uint32_t k = 0; k < g.num_groups(); ++k) {
    auto m = g.members(k);
    if (m.size() == 1) {
      if (value[m[0]] != kNoId) out[m[0]] = WindowCount{1, 1};
      continue;
    }
    order.assign(m.begin(), m.end());
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return time[a] != time[b] ? time[a] < time[b] : a < b;
    });
    in_window.clear();
    uint32_t count = 0;
    size_t lo = 0, hi = 0;
    for (uint32_t s : order) {
      for (; hi < order.size() && time[order[hi]] <= time[s] + window; ++hi) {
        if (value[order[hi]] == kNoId) continue;
        ++count;
        ++in_window[value[order[hi]]];
      }
      for (; time[order[lo]] < time[s] - window; ++lo) {
        if (value[order[lo]] == kNoId) continue;
        --count;
        auto it = in_window.find(value[order[lo]]);
        if (--it->second == 0) in_window.erase(it);
      }
      out[s] = WindowCount{static_cast<uint32_t>(in_window.size()), count};
    }
  }
  return out;
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_DETECT_GROUPING_H_
