#include "lib/model/codes.h"

#include "absl/strings/match.h"

namespace simaudit {
namespace {

template <typename E, int N>
std::optional<E> Lookup(const absl::string_view (&names)[N], absl::string_view s) {
  for (int i = 0; i < N; ++i) {
    if (absl::EqualsIgnoreCase(names[i], s)) return static_cast<E>(i);
  }
  return std::nullopt;
}

constexpr absl::string_view kCarrierNames[] = {
    "VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL",
    "REDDI",   "ASIM",      "DIGILIFE", "LOCAL",        "WINTEL"};
constexpr absl::string_view kIdTypeNames[] = {"CCCD", "CMND", "PASSPORT", "ORG"};
constexpr absl::string_view kSubscriberTypeNames[] = {"INDIVIDUAL", "ORGANIZATION"};
constexpr absl::string_view kGenderNames[] = {"", "M", "F"};
constexpr absl::string_view kChannelNames[] = {"", "STORE", "AGENT", "EKYC_APP",
                                               "ONLINE"};
constexpr absl::string_view kPopdbNames[] = {"UNCHECKED", "MATCH", "MISMATCH",
                                             "NOT_FOUND"};
constexpr absl::string_view kStatusNames[] = {"ACTIVE", "ONE_WAY_LOCKED",
                                              "TWO_WAY_LOCKED", "TERMINATED"};

}  // namespace

std::optional<Carrier> ParseCarrier(absl::string_view s) {
  return Lookup<Carrier>(kCarrierNames, s);
}
std::optional<IdType> ParseIdType(absl::string_view s) {
  return Lookup<IdType>(kIdTypeNames, s);
}
std::optional<SubscriberType> ParseSubscriberType(absl::string_view s) {
  if (s.empty()) return SubscriberType::kIndividual;
  return Lookup<SubscriberType>(kSubscriberTypeNames, s);
}
std::optional<Gender> ParseGender(absl::string_view s) {
  return Lookup<Gender>(kGenderNames, s);
}
std::optional<Channel> ParseChannel(absl::string_view s) {
  return Lookup<Channel>(kChannelNames, s);
}
std::optional<PopdbCheck> ParsePopdbCheck(absl::string_view s) {
  if (s.empty()) return PopdbCheck::kUnchecked;
  return Lookup<PopdbCheck>(kPopdbNames, s);
}
std::optional<SubscriptionStatus> ParseSubscriptionStatus(absl::string_view s) {
  if (s.empty()) return SubscriptionStatus::kActive;
  return Lookup<SubscriptionStatus>(kStatusNames, s);
}

absl::string_view CarrierName(Carrier c) { return kCarrierNames[static_cast<int>(c)]; }
absl::string_view IdTypeName(IdType t) { return kIdTypeNames[static_cast<int>(t)]; }
absl::string_view ChannelName(Channel c) { return kChannelNames[static_cast<int>(c)]; }
absl::string_view PopdbCheckName(PopdbCheck p) { return kPopdbNames[static_cast<int>(p)]; }
absl::string_view SubscriptionStatusName(SubscriptionStatus s) {
  return kStatusNames[static_cast<int>(s)];
}
absl::string_view GenderName(Gender g) { return kGenderNames[static_cast<int>(g)]; }

}  // namespace simaudit
