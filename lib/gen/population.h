// File: population.h
// -----------------------------------------------------------------------------
// The people behind the synthetic registrations: residents (with families), fabricated
// identities and document sellers, and the organisations that hold bulk SIMs.
//
// A person is stored as 12 bytes (document serials and family links); everything else
// (name, gender, date of birth, provinces, face, phones) is derived on demand from the
// seed and the person's index, so `Describe(i)` always returns the same person. Document
// serials are handed out from per-bucket counters through keyed permutations, so every
// CCCD, CMND and passport number is unique within a run.
//
//   Population people(options, period, seed);
//   uint32_t head = people.AddResident();
//   uint32_t wife = people.AddRelative(head, FamilyRole::kSpouse);
//   PersonInfo info = people.Describe(wife);
//   std::string id = people.DocumentNumber(info, DocKind::kCccd);
#ifndef SIMAUDIT_LIB_GEN_POPULATION_H_
#define SIMAUDIT_LIB_GEN_POPULATION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lib/gen/event.h"
#include "lib/gen/options.h"
#include "lib/gen/rng.h"

namespace simaudit::gen {

// The time frame of a run, in days since 1970-01-01.
struct Period {
  int64_t legacy_start = 0;  // first day of older subscriptions
  int64_t start = 0;         // registration period, inclusive
  int64_t end = 0;
  int64_t as_of = 0;         // export date: end + 1
};

enum class PersonKind : uint8_t {
  kResident = 0,  // a real person with genuine subscriptions
  kFabricated,    // invented by a dealer: in no population database
  kSeller,        // a real person who sold their documents to a SIM farm
};

enum class FamilyRole : uint8_t { kNone = 0, kSpouse, kChild, kParent };

// Kinds of deliberate CCCD inconsistency on fabricated documents.
enum class CccdFault : uint8_t { kNone = 0, kGender, kCentury, kYear };

struct PersonInfo {
  uint32_t index = 0;
  PersonKind kind = PersonKind::kResident;
  FamilyRole role = FamilyRole::kNone;
  uint32_t head = 0;  // the family head when role != kNone
  bool female = false;
  int64_t dob = 0;    // days
  int birth_province = 0;      // index into Provinces()
  int residence_province = 0;  // index into Provinces()
  const char* family = "";
  const char* middle = "";   // may be empty
  const char* middle2 = "";  // may be empty
  const char* given = "";
  int nationality = -1;      // index into Nationalities(); -1 = Vietnamese
  bool has_cmnd9 = false;    // used a 9-digit CMND until 2025
  bool has_cmnd12 = false;   // used a 12-digit CMND until 2021
  bool vn_passport = false;  // registers with a Vietnamese passport
  // The CCCD as written (fabricated documents may contradict dob/gender).
  int cccd_province_code = 0;
  int cccd_digit = 0;
  int cccd_yy = 0;
  uint32_t cccd_serial = 0;
  uint32_t alt_serial = 0;  // CMND9 or passport serial
  uint64_t face = 0;        // 64-bit face hash
  int num_phones = 1;
  // The person's own devices, as device references (devices.h: DeviceRef).
  uint64_t phone[2] = {0, 0};
  uint64_t tablet = 0;         // 0 when the person has no tablet

  bool foreign() const { return nationality >= 0; }
  int AgeOn(int64_t day) const;
  // AgeOn to within a day of the birthday, without calendar arithmetic.
  int ApproxAgeOn(int64_t day) const { return static_cast<int>((day - dob) * 4 / 1461); }
  // First day on which the person is 14 (may register with their own document).
  int64_t FourteenthBirthday() const;
  // Which document the person shows on `day`.
  DocKind DocumentOn(int64_t day) const;
};

class Population {
 public:
  Population(const GeneratorOptions& options, const Period& period, uint64_t seed);
  Population(const Population&) = delete;
  Population& operator=(const Population&) = delete;

  uint32_t size() const { return static_cast<uint32_t>(recs_.size()); }

  // Each Add* appends a person and returns its index; `info`, when given, receives
  // Describe(index).
  uint32_t AddResident(PersonInfo* info = nullptr);
  // A relative of `head` (a resident without role). The caller checks plausibility with
  // CanHaveRelative first.
  uint32_t AddRelative(uint32_t head, FamilyRole role);
  // A fabricated identity, living in `province` (index), with a CCCD fault.
  uint32_t AddFabricated(int province, CccdFault fault);
  uint32_t AddSeller();

  // Whether `head` can plausibly have a relative in this role (ages stay within 14-95).
  bool CanHaveRelative(const PersonInfo& head, FamilyRole role) const;

  PersonInfo Describe(uint32_t index) const;

  // What a quick eligibility check needs (cheaper than Describe for most people).
  struct Basics {
    int64_t dob = 0;
    int residence_province = 0;
    bool foreign = false;
  };
  Basics BasicsOf(uint32_t index) const;
  FamilyRole RoleOf(uint32_t index) const { return recs_[index].role; }
  // The family head of a relative (RoleOf(index) != kNone).
  uint32_t HeadOf(uint32_t index) const { return index - recs_[index].head_offset; }

  // The declared full name, with diacritics ("Nguyễn Thị Ngọc Anh"; foreigners as on
  // their passport).
  static std::string FullName(const PersonInfo& info);
  static void AppendFullName(const PersonInfo& info, std::string* out);
  // The document number shown for `doc` (kCccd, kCmnd9, kCmnd12, kVnPassport,
  // kForeignPassport).
  std::string DocumentNumber(const PersonInfo& info, DocKind doc) const;
  void AppendDocumentNumber(const PersonInfo& info, DocKind doc, std::string* out) const;

 private:
  struct Rec {
    uint32_t cccd_serial = 0;
    uint32_t alt_serial = 0;
    PersonKind kind = PersonKind::kResident;
    FamilyRole role = FamilyRole::kNone;
    uint8_t head_offset = 0;  // index - head
    uint8_t extra = 0;        // fabricated: province index + 1 (0 none); fault in high bits
  };

  // Ages [lo, hi) drawn with the given weights.
  struct AgeBracket {
    int lo;
    int hi;
    double weight;
  };

  uint32_t Add(const Rec& rec, PersonInfo* info = nullptr);
  // The first draws of every description (gender, birth date, provinces, nationality),
  // shared by Describe and BasicsOf so both replay the same random stream.
  void DrawBasics(const Rec& rec, Rng& r, PersonInfo* info) const;
  int SampleAge(Rng& rng, PersonKind kind) const;
  uint32_t NextCccdSerial(int province_code, int digit, int yy);

  const GeneratorOptions& options_;
  Period period_;
  uint64_t seed_;
  std::vector<Rec> recs_;
  AliasTable birth_province_;
  AliasTable migration_;
  std::vector<AgeBracket> age_brackets_[3];  // by PersonKind
  AliasTable age_tables_[3];
  AliasTable family_names_;
  AliasTable middle_[2];
  AliasTable given_[2];
  AliasTable nationalities_;
  std::vector<uint32_t> cccd_counters_;   // by (province code, digit, yy)
  std::vector<uint32_t> cmnd_counters_;   // by 2-digit prefix
  uint32_t vn_passport_counter_ = 0;
  std::vector<uint32_t> foreign_counters_;  // by passport style
};

}  // namespace simaudit::gen

#endif  // SIMAUDIT_LIB_GEN_POPULATION_H_
