#include "lib/gen/population.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "gtest/gtest.h"
#include "lib/gen/calendar.h"
#include "lib/gen/vn_data.h"

namespace simaudit::gen {
namespace {

Period TestPeriod() {
  Period p;
  p.legacy_start = DaysFromCivil(2018, 6, 1);
  p.start = DaysFromCivil(2025, 1, 1);
  p.end = DaysFromCivil(2026, 10, 31);
  p.as_of = p.end + 1;
  return p;
}

TEST(PopulationTest, DescribeIsStableAndDocumentsAreUnique) {
  const GeneratorOptions options;
  Population people(options, TestPeriod(), 11);
  absl::flat_hash_set<std::string> documents;
  for (int i = 0; i < 20000; ++i) {
    PersonInfo added;
    const uint32_t index = people.AddResident(&added);
    const PersonInfo again = people.Describe(index);
    EXPECT_EQ(Population::FullName(added), Population::FullName(again));
    EXPECT_EQ(added.dob, again.dob);
    const std::string cccd = people.DocumentNumber(again, DocKind::kCccd);
    EXPECT_TRUE(documents.insert(cccd).second) << cccd;
    if (again.has_cmnd9) {
      EXPECT_TRUE(documents.insert(people.DocumentNumber(again, DocKind::kCmnd9)).second);
    }
  }
}

TEST(PopulationTest, CccdEncodesBirthProvinceYearAndGender) {
  const GeneratorOptions options;
  const Period period = TestPeriod();
  Population people(options, period, 12);
  for (int i = 0; i < 5000; ++i) {
    const PersonInfo p = people.Describe(people.AddResident());
    if (p.foreign()) continue;
    const std::string cccd = people.DocumentNumber(p, DocKind::kCccd);
    const int year = CivilFromDays(p.dob).year;
    EXPECT_EQ(std::stoi(cccd.substr(0, 3)), Provinces()[p.birth_province].code);
    EXPECT_EQ(cccd[3] - '0', (year >= 2000 ? 2 : 0) + (p.female ? 1 : 0));
    EXPECT_EQ(std::stoi(cccd.substr(4, 2)), year % 100);
    EXPECT_GE(p.AgeOn(period.as_of), 14);
  }
}

TEST(PopulationTest, RelativesShareTheHeadsHome) {
  const GeneratorOptions options;
  const Period period = TestPeriod();
  Population people(options, period, 13);
  int children = 0;
  for (int i = 0; i < 3000; ++i) {
    PersonInfo head;
    people.AddResident(&head);
    if (head.foreign() || !people.CanHaveRelative(head, FamilyRole::kChild)) continue;
    const PersonInfo child = people.Describe(people.AddRelative(head.index, FamilyRole::kChild));
    EXPECT_EQ(child.role, FamilyRole::kChild);
    EXPECT_EQ(child.head, head.index);
    EXPECT_EQ(child.residence_province, head.residence_province);
    EXPECT_GT(child.dob, head.dob);
    EXPECT_GE(child.AgeOn(period.as_of), 14);
    if (!head.female) {
      EXPECT_STREQ(child.family, head.family);
    }
    ++children;
  }
  EXPECT_GT(children, 500);
}

TEST(PopulationTest, FabricatedDocumentsCanContradictTheirHolder) {
  const GeneratorOptions options;
  Population people(options, TestPeriod(), 14);
  const PersonInfo p = people.Describe(people.AddFabricated(/*province=*/49, CccdFault::kGender));
  EXPECT_EQ(p.kind, PersonKind::kFabricated);
  EXPECT_EQ(p.residence_province, 49);
  const std::string cccd = people.DocumentNumber(p, DocKind::kCccd);
  EXPECT_NE((cccd[3] - '0') % 2 == 1, p.female);
}

}  // namespace
}  // namespace simaudit::gen
