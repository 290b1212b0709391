// End to end on a small generated population: `simaudit gen` plants patterns with ground
// truth, `simaudit audit` flags them, and `simaudit eval` measures the result. The bounds
// are regression guards well below the measured quality (docs/quality.md), so that a
// change which breaks a detector family fails here.

#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/audit/audit.h"
#include "lib/eval/eval.h"
#include "lib/gen/generator.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

class PlantedPatternTest : public ::testing::TestWithParam<const char*> {};

TEST_P(PlantedPatternTest, AuditFindsPlantedPatternsAndSparesConfounders) {
  const std::string dir = std::string(testing::TempDir()) + "/e2e_" + GetParam();
  GeneratorOptions gen;
  ASSERT_THAT(ApplyMix(GetParam(), &gen), IsOk());
  gen.subscriptions = 40000;
  gen.seed = 11;
  ASSERT_THAT(GenerateToDir(gen, dir), IsOk());

  AuditOptions audit;
  audit.inputs = {dir + "/batch.csv"};
  audit.out_dir = dir + "/audit";
  audit.include_clean = true;
  std::ostringstream out;
  ASSERT_THAT(RunAudit(audit, out), IsOk());

  absl::StatusOr<EvalReport> r = Evaluate(dir + "/labels.csv", dir + "/audit/findings.csv");
  ASSERT_THAT(r, IsOk());
  const bool stealth = std::string(GetParam()) == "stealth";
  const double f1_floor = stealth ? 0.70 : 0.90;
  EXPECT_GE(r->junk.f1, f1_floor);
  EXPECT_GE(r->non_owner.f1, f1_floor);
  EXPECT_GE(r->junk.average_precision, f1_floor);
  EXPECT_GE(r->non_owner.average_precision, f1_floor);
  EXPECT_LE(r->legit_flag_rate, 0.008);
  for (const PatternRate& p : r->patterns) {
    if (p.subscriptions < 50) continue;
    const double rate = double(p.any_flagged) / p.subscriptions;
    if (p.legitimate) {
      EXPECT_LE(rate, 0.03) << p.pattern;
    } else {
      EXPECT_GE(rate, stealth ? 0.4 : 0.7) << p.pattern;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Mixes, PlantedPatternTest, ::testing::Values("default", "stealth", "shifted"));

}  // namespace
}  // namespace simaudit
