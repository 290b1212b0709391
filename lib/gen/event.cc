#include "lib/gen/event.h"

namespace simaudit::gen {
namespace {

constexpr absl::string_view kPatternNames[kNumPatterns] = {
    "clean",
    "busy_shop",
    "family_phone",
    "organization",
    "multi_sim",
    "data_only",
    "backup_sim",
    "no_diacritics",
    "clerical_typo",
    "ownership_transfer",
    "preactivation_fabricated",
    "preactivation_leaked",
    "theft_ring",
    "extra_sims",
    "sim_farm",
};

}  // namespace

absl::string_view PatternName(Pattern pattern) {
  return kPatternNames[static_cast<int>(pattern)];
}

// JUNK as the contract defines it: not a genuine end user at activation, which includes
// registrations on leaked (a theft ring's victims') and borrowed (a walk-in customer's,
// used for extra SIMs) identities.
bool PatternIsJunk(Pattern pattern) {
  return pattern == Pattern::kPreactivationFabricated ||
         pattern == Pattern::kPreactivationLeaked || pattern == Pattern::kSimFarm ||
         pattern == Pattern::kTheftRing || pattern == Pattern::kExtraSims;
}

bool PatternIsNonOwner(Pattern pattern) {
  return pattern == Pattern::kPreactivationLeaked || pattern == Pattern::kTheftRing ||
         pattern == Pattern::kExtraSims || pattern == Pattern::kSimFarm;
}

}  // namespace simaudit::gen
