#include "lib/model/record.h"

#include "absl/strings/str_format.h"

namespace simaudit {
namespace {

constexpr absl::string_view kSoftCheckNames[kNumSoftChecks] = {
    "CCCD_BIRTH_YEAR_MISMATCH", "CCCD_GENDER_MISMATCH", "IMSI_CARRIER_MISMATCH",
    "ICCID_ISSUER_MISMATCH",    "UNDER_14",             "CMND_EXPIRED",
    "AGE_OVER_110",             "CCCD_YEAR_SLIP",  "CCCD_UNKNOWN_PROVINCE",
    "CCCD_GENDER_SLIP",
};

}  // namespace

absl::string_view SoftCheckName(int index) { return kSoftCheckNames[index]; }

std::string MsisdnString(uint64_t msisdn) { return absl::StrFormat("%011u", msisdn); }

std::string Digits15(uint64_t value) { return absl::StrFormat("%015u", value); }

}  // namespace simaudit
