#include "lib/gen/population.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "lib/gen/calendar.h"
#include "lib/gen/devices.h"
#include "lib/gen/vn_data.h"
#include "lib/gen/vn_ids.h"

namespace simaudit::gen {
namespace {

constexpr uint64_t kPersonSalt = 0x9e50;
constexpr uint64_t kFamilySalt = 0xfa31;
constexpr uint64_t kFaultSalt = 0xfa17;
constexpr uint64_t kSerialSalt = 0x5e71;
constexpr double kDaysPerYear = 365.2425;

const int64_t kCmnd9Until = DaysFromCivil(2025, 1, 1);
const int64_t kCmnd12Until = DaysFromCivil(2021, 1, 1);

std::vector<double> Weights(absl::Span<const WeightedText> items) {
  std::vector<double> w;
  w.reserve(items.size());
  for (const WeightedText& t : items) w.push_back(t.weight);
  return w;
}

// The day `years` years before `day` (Feb 29 maps to Feb 28).
int64_t YearsBefore(int64_t day, int years) {
  const CivilDate d = CivilFromDays(day);
  const int y = d.year - years;
  return DaysFromCivil(y, d.month, std::min(d.day, DaysInMonth(y, d.month)));
}

}  // namespace

int PersonInfo::AgeOn(int64_t day) const { return YearsBetween(dob, day); }

int64_t PersonInfo::FourteenthBirthday() const {
  const CivilDate d = CivilFromDays(dob);
  const int y = d.year + 14;
  return DaysFromCivil(y, d.month, std::min(d.day, DaysInMonth(y, d.month)));
}

DocKind PersonInfo::DocumentOn(int64_t day) const {
  if (foreign()) return DocKind::kForeignPassport;
  if (vn_passport) return DocKind::kVnPassport;
  if (has_cmnd9 && day < kCmnd9Until) return DocKind::kCmnd9;
  if (has_cmnd12 && day < kCmnd12Until) return DocKind::kCmnd12;
  return DocKind::kCccd;
}

Population::Population(const GeneratorOptions& options, const Period& period, uint64_t seed)
    : options_(options), period_(period), seed_(seed) {
  std::vector<double> pop;
  for (const Province& p : Provinces()) pop.push_back(p.population_k);
  birth_province_.Reset(pop);
  family_names_.Reset(Weights(FamilyNames()));
  for (int f = 0; f < 2; ++f) {
    middle_[f].Reset(Weights(MiddleNames(f == 1)));
    given_[f].Reset(Weights(GivenNames(f == 1)));
  }
  std::vector<double> nat;
  for (const Nationality& n : Nationalities()) nat.push_back(n.weight);
  nationalities_.Reset(nat);
  std::vector<double> migration;
  for (const MigrationTarget& t : MigrationTargets()) migration.push_back(t.weight);
  migration_.Reset(migration);

  const double adult = std::max(0.0, 1.0 - options_.minor_share - options_.elderly_share);
  age_brackets_[static_cast<int>(PersonKind::kResident)] = {
      {14, 18, options_.minor_share},         {18, 25, 0.17 * adult / 0.89},
      {25, 35, 0.26 * adult / 0.89},          {35, 45, 0.22 * adult / 0.89},
      {45, 55, 0.14 * adult / 0.89},          {55, 65, 0.10 * adult / 0.89},
      {65, 80, 0.8 * options_.elderly_share}, {80, 95, 0.2 * options_.elderly_share}};
  age_brackets_[static_cast<int>(PersonKind::kFabricated)] = {
      {18, 25, 0.2}, {25, 35, 0.3}, {35, 45, 0.25}, {45, 60, 0.2}, {60, 75, 0.05}};
  age_brackets_[static_cast<int>(PersonKind::kSeller)] = {
      {18, 25, 0.35}, {25, 35, 0.35}, {35, 45, 0.2}, {45, 60, 0.1}};
  for (int k = 0; k < 3; ++k) {
    std::vector<double> w;
    for (const AgeBracket& b : age_brackets_[k]) w.push_back(b.weight);
    age_tables_[k].Reset(w);
  }
  cccd_counters_.assign(97 * 1000, 0);
  cmnd_counters_.assign(100, 0);
  foreign_counters_.assign(8, 0);
}

int Population::SampleAge(Rng& rng, PersonKind kind) const {
  const int k = static_cast<int>(kind);
  const AgeBracket& b = age_brackets_[k][age_tables_[k].Sample(rng)];
  return static_cast<int>(rng.Range(b.lo, b.hi - 1));
}

void Population::DrawBasics(const Rec& rec, Rng& r, PersonInfo* info) const {
  info->female = r.Bernoulli(0.505);
  const int age = SampleAge(r, rec.kind);
  info->dob = period_.as_of - static_cast<int64_t>((age + r.Uniform()) * kDaysPerYear) - 1;
  info->birth_province = static_cast<int>(birth_province_.Sample(r));
  info->residence_province = info->birth_province;
  if (r.Bernoulli(options_.migrant_share)) {
    if (r.Bernoulli(0.9)) {
      info->residence_province =
          ProvinceIndexOfCode(MigrationTargets()[migration_.Sample(r)].code);
    } else {
      info->residence_province = static_cast<int>(r.Below(kNumProvinces));
    }
  }
  const bool foreign = rec.kind == PersonKind::kResident && rec.role == FamilyRole::kNone &&
                       r.Bernoulli(options_.foreigner_share);
  info->nationality = foreign ? 0 : -1;  // the country is drawn later
}

Population::Basics Population::BasicsOf(uint32_t index) const {
  const Rec& rec = recs_[index];
  Basics basics;
  if (rec.role != FamilyRole::kNone || rec.kind == PersonKind::kFabricated) {
    const PersonInfo info = Describe(index);
    basics.dob = info.dob;
    basics.residence_province = info.residence_province;
    basics.foreign = info.foreign();
    return basics;
  }
  Rng r(HashOf(seed_, kPersonSalt, index));
  PersonInfo info;
  DrawBasics(rec, r, &info);
  basics.dob = info.dob;
  basics.residence_province = info.residence_province;
  basics.foreign = info.foreign();
  return basics;
}

PersonInfo Population::Describe(uint32_t index) const {
  const Rec& rec = recs_[index];
  PersonInfo info;
  info.index = index;
  info.kind = rec.kind;
  info.role = rec.role;
  Rng r(HashOf(seed_, kPersonSalt, index));
  DrawBasics(rec, r, &info);
  const bool foreign = info.foreign();
  const double u_cmnd9 = r.Uniform();
  const double u_cmnd12 = r.Uniform();
  const double u_passport = r.Uniform();
  info.face = r.Next();
  info.num_phones = r.Bernoulli(options_.second_phone_share) ? 2 : 1;
  const bool has_tablet = r.Bernoulli(options_.tablet_owner_share);

  const char* inherited_family = nullptr;
  if (rec.role != FamilyRole::kNone) {
    info.head = index - rec.head_offset;
    const PersonInfo head = Describe(info.head);
    Rng f(HashOf(seed_, kFamilySalt, index));
    const int64_t oldest = YearsBefore(period_.as_of, 95);
    switch (rec.role) {
      case FamilyRole::kSpouse: {
        info.female = !head.female;
        // Husbands are a few years older on average.
        const int64_t shift = f.Range(0, 7 * 365) - 365;
        info.dob = head.dob + (info.female ? shift : -shift);
        info.dob = std::min(info.dob, YearsBefore(period_.as_of, 18) - 1);
        break;
      }
      case FamilyRole::kChild: {
        const int head_age = head.ApproxAgeOn(period_.as_of);
        const int max_gap = std::max(20, std::min(38, head_age - 15));
        info.dob = head.dob + static_cast<int64_t>(f.Range(20, max_gap) * kDaysPerYear) +
                   f.Range(0, 364);
        if (!head.female) inherited_family = head.family;
        if (f.Bernoulli(0.7)) info.birth_province = head.residence_province;
        break;
      }
      case FamilyRole::kParent: {
        info.dob = head.dob - static_cast<int64_t>(f.Range(20, 35) * kDaysPerYear) -
                   f.Range(0, 364);
        if (!head.female && !info.female) inherited_family = head.family;
        break;
      }
      case FamilyRole::kNone:
        break;
    }
    info.dob = std::max(info.dob, oldest + 1);
    info.dob = std::min(info.dob, YearsBefore(period_.as_of, 14) - 1);
    info.residence_province = head.residence_province;
  }
  if (rec.kind == PersonKind::kFabricated && (rec.extra & 63) != 0) {
    info.residence_province = (rec.extra & 63) - 1;
    if (r.Bernoulli(0.7)) info.birth_province = info.residence_province;
  }

  const int fem = info.female ? 1 : 0;
  if (foreign) {
    info.nationality = static_cast<int>(nationalities_.Sample(r));
    const Nationality& n = Nationalities()[info.nationality];
    info.family = n.family_names[r.Below(n.family_names.size())];
    info.given = n.given_names[r.Below(n.given_names.size())];
  } else {
    info.family = FamilyNames()[family_names_.Sample(r)].text;
    if (inherited_family != nullptr) info.family = inherited_family;
    const int age_now = info.ApproxAgeOn(period_.as_of);
    const double classic = std::clamp(0.15 + 0.012 * (age_now - 18), 0.15, 0.85);
    const double u = r.Uniform();
    if (u < 0.015) {
      info.middle = "";
    } else if (u < 0.015 + classic * 0.985) {
      info.middle = info.female ? "Thị" : "Văn";
    } else {
      info.middle = MiddleNames(info.female)[middle_[fem].Sample(r)].text;
    }
    const double second = age_now < 35 ? 0.25 : 0.1;
    if (info.middle[0] != '\0' && r.Bernoulli(second)) {
      const char* m2 = MiddleNames(info.female)[middle_[fem].Sample(r)].text;
      if (std::strcmp(m2, info.middle) != 0) info.middle2 = m2;
    }
    info.given = GivenNames(info.female)[given_[fem].Sample(r)].text;
  }

  const int birth_year = CivilFromDays(info.dob).year;
  if (!foreign && rec.kind != PersonKind::kFabricated) {
    info.has_cmnd9 = birth_year < 1986 && u_cmnd9 < options_.cmnd9_share;
    info.has_cmnd12 = !info.has_cmnd9 && u_cmnd12 < options_.cmnd12_share;
    info.vn_passport =
        !info.has_cmnd9 && !info.has_cmnd12 && u_passport < options_.vn_passport_share;
  }

  info.cccd_province_code = Provinces()[info.birth_province].code;
  info.cccd_digit = CccdCenturyGenderDigit(birth_year, info.female);
  info.cccd_yy = birth_year % 100;
  const CccdFault fault = static_cast<CccdFault>(rec.extra >> 6);
  if (fault != CccdFault::kNone) {
    Rng fr(HashOf(seed_, kFaultSalt, index));
    switch (fault) {
      case CccdFault::kGender:
        info.cccd_digit ^= 1;
        break;
      case CccdFault::kCentury:
        info.cccd_digit = info.cccd_digit < 2 ? info.cccd_digit + 2 : info.cccd_digit - 2;
        break;
      case CccdFault::kYear:
        info.cccd_yy = static_cast<int>((info.cccd_yy + fr.Range(1, 9)) % 100);
        break;
      case CccdFault::kNone:
        break;
    }
  }
  info.cccd_serial = rec.cccd_serial;
  info.alt_serial = rec.alt_serial;

  if (rec.kind != PersonKind::kFabricated) {
    for (int j = 0; j < info.num_phones; ++j) {
      info.phone[j] = DeviceRef(DeviceClass::kPhone, 2 * uint64_t{index} + j);
    }
    if (has_tablet) info.tablet = DeviceRef(DeviceClass::kTablet, index);
  }
  return info;
}

uint32_t Population::NextCccdSerial(int province_code, int digit, int yy) {
  const int bucket = province_code * 1000 + digit * 100 + yy;
  const uint32_t n = cccd_counters_[bucket]++;
  const Permutation perm(1000000, HashOf(seed_, kSerialSalt, bucket));
  return static_cast<uint32_t>(perm(n % 1000000));
}

uint32_t Population::Add(const Rec& rec, PersonInfo* out) {
  const uint32_t index = size();
  recs_.push_back(rec);
  PersonInfo info = Describe(index);
  Rec& stored = recs_[index];
  stored.cccd_serial = NextCccdSerial(info.cccd_province_code, info.cccd_digit, info.cccd_yy);
  if (info.has_cmnd9) {
    const int prefix = Provinces()[info.residence_province].cmnd_prefix;
    const Permutation perm(10000000, HashOf(seed_, kSerialSalt, 0xc9, prefix));
    stored.alt_serial = static_cast<uint32_t>(perm(cmnd_counters_[prefix]++ % 10000000));
  } else if (info.vn_passport) {
    const Permutation perm(50000000, HashOf(seed_, kSerialSalt, 0x9a));
    stored.alt_serial = static_cast<uint32_t>(perm(vn_passport_counter_++ % 50000000));
  } else if (info.foreign()) {
    const int style = Nationalities()[info.nationality].passport_style;
    const Permutation perm(100000000, HashOf(seed_, kSerialSalt, 0xf0, style));
    stored.alt_serial = static_cast<uint32_t>(perm(foreign_counters_[style]++ % 100000000));
  }
  if (out != nullptr) {
    info.cccd_serial = stored.cccd_serial;
    info.alt_serial = stored.alt_serial;
    *out = info;
  }
  return index;
}

uint32_t Population::AddResident(PersonInfo* info) { return Add(Rec{}, info); }

uint32_t Population::AddRelative(uint32_t head, FamilyRole role) {
  Rec rec;
  rec.role = role;
  rec.head_offset = static_cast<uint8_t>(size() - head);
  return Add(rec);
}

uint32_t Population::AddFabricated(int province, CccdFault fault) {
  Rec rec;
  rec.kind = PersonKind::kFabricated;
  rec.extra = static_cast<uint8_t>((province + 1) | (static_cast<int>(fault) << 6));
  return Add(rec);
}

uint32_t Population::AddSeller() {
  Rec rec;
  rec.kind = PersonKind::kSeller;
  return Add(rec);
}

bool Population::CanHaveRelative(const PersonInfo& head, FamilyRole role) const {
  const int age = head.ApproxAgeOn(period_.as_of);
  switch (role) {
    case FamilyRole::kSpouse:
      return age >= 20;
    case FamilyRole::kChild:
      return age >= 35;
    case FamilyRole::kParent:
      return age <= 58;
    case FamilyRole::kNone:
      return false;
  }
  return false;
}

void Population::AppendFullName(const PersonInfo& info, std::string* out) {
  if (info.foreign()) {
    const Nationality& n = Nationalities()[info.nationality];
    out->append(n.family_name_first ? info.family : info.given);
    out->push_back(' ');
    out->append(n.family_name_first ? info.given : info.family);
    return;
  }
  out->append(info.family);
  for (const char* part : {info.middle, info.middle2}) {
    if (part[0] != '\0') {
      out->push_back(' ');
      out->append(part);
    }
  }
  out->push_back(' ');
  out->append(info.given);
}

std::string Population::FullName(const PersonInfo& info) {
  std::string name;
  AppendFullName(info, &name);
  return name;
}

void Population::AppendDocumentNumber(const PersonInfo& info, DocKind doc,
                                      std::string* out) const {
  switch (doc) {
    case DocKind::kCccd:
    case DocKind::kCmnd12:
      AppendCccd(info.cccd_province_code, info.cccd_digit, info.cccd_yy, info.cccd_serial, out);
      return;
    case DocKind::kCmnd9:
      out->append(MakeCmnd9(Provinces()[info.residence_province].cmnd_prefix, info.alt_serial));
      return;
    case DocKind::kVnPassport:
      out->append(MakeVnPassport(info.alt_serial));
      return;
    case DocKind::kForeignPassport:
      out->append(MakeForeignPassport(Nationalities()[info.nationality].passport_style,
                                      info.alt_serial));
      return;
    case DocKind::kOrg:
      return;
  }
}

std::string Population::DocumentNumber(const PersonInfo& info, DocKind doc) const {
  std::string number;
  AppendDocumentNumber(info, doc, &number);
  return number;
}

}  // namespace simaudit::gen
