// File: vn_data.h
// -----------------------------------------------------------------------------
// Static reference tables for the synthetic-population generator: the 63 province codes
// with approximate populations, Vietnamese name pools with rough frequencies, carriers
// with market shares and numbering resources, device type-allocation codes (TACs),
// foreign nationalities and organisation name parts.
//
// Sources are the project's domain fact sheet (docs: domain-vietnam.md) for codes and
// prefixes; population figures are rounded 2019-census values (thousands). TACs and the
// legacy CMND issuing prefixes are plausible stand-ins, not registry extracts: the
// generator only needs them to look and behave like real ones (Luhn, stable per model).
//
//   const Province& p = Provinces()[ProvinceIndex("079")];   // TP Hồ Chí Minh
//   const CarrierInfo& c = CarrierTable()[static_cast<int>(Carrier::kViettel)];
#ifndef SIMAUDIT_LIB_GEN_VN_DATA_H_
#define SIMAUDIT_LIB_GEN_VN_DATA_H_

#include <cstdint>

#include "absl/types/span.h"
#include "lib/model/codes.h"

namespace simaudit::gen {

struct Province {
  int code;             // 1..96, printed as 3 digits ("079")
  const char* name;     // Vietnamese name with diacritics
  const char* abbrev;   // 3-letter ASCII abbreviation used in dealer codes
  int population_k;     // rounded 2019 census, thousands
  int cmnd_prefix;      // 2-digit legacy CMND issuing prefix (approximate)
};

// All 63 provinces in code order.
absl::Span<const Province> Provinces();
inline constexpr int kNumProvinces = 63;
// Index into Provinces() of a code (1..96), or -1.
int ProvinceIndexOfCode(int code);

// Indices of big-city provinces and the share of inter-province migrants each attracts.
struct MigrationTarget {
  int code;
  double weight;
};
absl::Span<const MigrationTarget> MigrationTargets();

struct WeightedText {
  const char* text;
  double weight;
};

absl::Span<const WeightedText> FamilyNames();
// Middle names other than the classic "Văn" (male) / "Thị" (female).
absl::Span<const WeightedText> MiddleNames(bool female);
absl::Span<const WeightedText> GivenNames(bool female);

// Foreign passport holders.
struct Nationality {
  const char* iso2;
  double weight;
  bool family_name_first;   // order of the printed name
  int passport_style;       // see FormatForeignPassport in vn_ids.h
  absl::Span<const char* const> family_names;
  absl::Span<const char* const> given_names;
};
absl::Span<const Nationality> Nationalities();

struct CarrierInfo {
  Carrier carrier;
  double share;              // market share of subscriptions
  int mnc;                   // own (or only) IMSI MNC
  int host_mnc;              // host network MNC for MVNOs (== mnc for MNOs)
  double host_mnc_share;     // share of SIMs that carry the host MNC
  int tag;                   // 0..9, unique among carriers sharing an MNC or ICCID issuer
  int iccid_issuer;          // 2-digit issuer after 8984
  double iccid20_share;      // share of stock boxes with 20-digit ICCIDs
  absl::Span<const int> prefixes;  // 2-digit national prefixes (86 = 086) of own ranges
  // Export style of the carrier's system (independent of fraud):
  double msisdn_plus84_share;   // "+84..." form
  double msisdn_84_share;       // "84..." form (rest "0...")
  bool writes_individual;       // writes INDIVIDUAL (others leave it empty)
  int face_match_decimals;      // 2 or 3
  double upper_name_share;      // names stored in upper case (with diacritics)
};
// Indexed by static_cast<int>(Carrier).
absl::Span<const CarrierInfo> CarrierTable();

// Device families for IMEI generation.
enum class DeviceClass : uint8_t { kPhone = 0, kTablet, kModule };

struct TacFamily {
  const char* name;
  double weight;
  absl::Span<const int> tac_prefixes;  // first 5 TAC digits; the last 3 vary per slot
};
absl::Span<const TacFamily> TacFamilies(DeviceClass device_class);

// Organisation name parts.
absl::Span<const char* const> OrgForms();
absl::Span<const char* const> OrgSectors();
absl::Span<const char* const> OrgBrands();

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_VN_DATA_H_
