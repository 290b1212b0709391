// File: codes.h
// -----------------------------------------------------------------------------
// The enumerated values of the batch contract, with case-insensitive parsing and their
// canonical upper-case names.
//
//   std::optional<Carrier> c = ParseCarrier("viettel");   // Carrier::kViettel
//   absl::string_view s = CarrierName(*c);                  // "VIETTEL"
#ifndef SIMAUDIT_LIB_MODEL_CODES_H_
#define SIMAUDIT_LIB_MODEL_CODES_H_

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"

namespace simaudit {

enum class Carrier : uint8_t {
  kViettel = 0,
  kVinaphone,
  kMobifone,
  kVietnamobile,
  kGmobile,
  kItel,
  kReddi,
  kAsim,
  kDigilife,
  kLocal,
  kWintel,
};
inline constexpr int kNumCarriers = 11;

enum class IdType : uint8_t { kCccd = 0, kCmnd, kPassport, kOrg };
inline constexpr int kNumIdTypes = 4;

enum class SubscriberType : uint8_t { kIndividual = 0, kOrganization };

enum class Gender : uint8_t { kUnknown = 0, kMale, kFemale };

// Registration channel; kUnknown when the column is empty.
enum class Channel : uint8_t { kUnknown = 0, kStore, kAgent, kEkycApp, kOnline };
inline constexpr int kNumChannels = 5;

enum class PopdbCheck : uint8_t { kUnchecked = 0, kMatch, kMismatch, kNotFound };

enum class SubscriptionStatus : uint8_t {
  kActive = 0,
  kOneWayLocked,
  kTwoWayLocked,
  kTerminated,
};

// Each Parse* matches case-insensitively and returns nullopt for an unknown value.
// The empty string parses to the contract's default where one exists.
std::optional<Carrier> ParseCarrier(absl::string_view s);
std::optional<IdType> ParseIdType(absl::string_view s);
std::optional<SubscriberType> ParseSubscriberType(absl::string_view s);
std::optional<Gender> ParseGender(absl::string_view s);
std::optional<Channel> ParseChannel(absl::string_view s);
std::optional<PopdbCheck> ParsePopdbCheck(absl::string_view s);
std::optional<SubscriptionStatus> ParseSubscriptionStatus(absl::string_view s);

absl::string_view CarrierName(Carrier c);
absl::string_view IdTypeName(IdType t);
absl::string_view ChannelName(Channel c);
absl::string_view PopdbCheckName(PopdbCheck p);
absl::string_view SubscriptionStatusName(SubscriptionStatus s);
absl::string_view GenderName(Gender g);

// Self-service channels (Decree 163/2024 Art. 16(3)): carrier app or web.
inline bool IsSelfService(Channel c) {
  return c == Channel::kEkycApp || c == Channel::kOnline;
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_MODEL_CODES_H_
