#include "lib/eval/eval.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::testing::DoubleNear;
using ::testing::HasSubstr;

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = std::string(testing::TempDir()) + "/" + name;
  std::ofstream(path) << text;
  return path;
}

TEST(AveragePrecisionTest, PerfectRankingIsOne) {
  EXPECT_DOUBLE_EQ(AveragePrecision({0.9f, 0.8f, 0.1f, 0.0f}, {1, 1, 0, 0}), 1.0);
}

TEST(AveragePrecisionTest, MatchesHandComputedValue) {
  // Ranking: pos, neg, pos -> AP = (1/1 + 2/3) / 2.
  EXPECT_THAT(AveragePrecision({0.9f, 0.5f, 0.2f}, {1, 0, 1}), DoubleNear(5.0 / 6.0, 1e-12));
}

TEST(AveragePrecisionTest, TiesCountAsOneThreshold) {
  // All tied: precision at the only threshold is 1/2.
  EXPECT_DOUBLE_EQ(AveragePrecision({0.5f, 0.5f}, {1, 0}), 0.5);
  EXPECT_DOUBLE_EQ(AveragePrecision({0.5f, 0.5f}, {0, 0}), 0.0);
}

TEST(EvaluateTest, CountsFlagsPerPatternAndTreatsMissingFindingsAsClean) {
  const std::string labels = WriteTemp("labels.csv",
                                       "carrier,msisdn,junk,non_owner,pattern\n"
                                       "VIETTEL,84900000001,1,0,sim_farm\n"
                                       "VIETTEL,84900000002,1,1,sim_farm\n"
                                       "MOBIFONE,84900000003,0,1,theft_ring\n"
                                       "MOBIFONE,84900000004,0,0,busy_shop\n"
                                       "MOBIFONE,84900000005,0,0,clean\n");
  const std::string findings = WriteTemp(
      "findings.csv",
      "carrier,msisdn,flags,junk_score,non_owner_score,reasons,evidence\n"
      "VIETTEL,84900000001,JUNK,0.9,0.1,SIM_BOX,\"a, b\"\n"
      "MOBIFONE,84900000004,NON_OWNER,0.1,0.6,FACE_SHARED,x\n"
      "VINAPHONE,84999999999,JUNK,0.9,0.1,SIM_BOX,x\n");
  absl::StatusOr<EvalReport> r = Evaluate(labels, findings);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->labelled, 5u);
  EXPECT_EQ(r->findings_unlabelled, 1u);
  EXPECT_EQ(r->junk.positives, 2u);
  EXPECT_EQ(r->junk.true_positives, 1u);
  EXPECT_DOUBLE_EQ(r->junk.precision, 1.0);
  EXPECT_DOUBLE_EQ(r->junk.recall, 0.5);
  EXPECT_EQ(r->non_owner.flagged, 1u);
  EXPECT_EQ(r->non_owner.true_positives, 0u);
  EXPECT_EQ(r->legit, 2u);
  EXPECT_EQ(r->legit_flagged, 1u);
  ASSERT_EQ(r->patterns.size(), 4u);
  EXPECT_EQ(r->patterns[0].pattern, "busy_shop");
  EXPECT_TRUE(r->patterns[0].legitimate);
  EXPECT_EQ(r->patterns[0].any_flagged, 1u);
}

// A generator may write labels the way the batch spells a subscription; the audit writes
// the carrier's contract code and the number as 84xxxxxxxxx.
TEST(EvaluateTest, LabelsMatchFindingsHoweverTheNumberIsSpelt) {
  const std::string labels = WriteTemp("spelt.csv",
                                       "carrier,msisdn,junk,non_owner,pattern\n"
                                       "viettel,0900000001,1,0,sim_farm\n"
                                       "Mobifone, +84900000002 ,0,1,theft_ring\n"
                                       "VINAPHONE,84900000003,0,0,clean\n"
                                       "VINAPHONE,not-a-number,0,0,malformed\n");
  const std::string findings = WriteTemp(
      "spelt_findings.csv",
      "carrier,msisdn,flags,junk_score,non_owner_score\n"
      "VIETTEL,84900000001,JUNK,0.9,0.1\n"
      "MOBIFONE,84900000002,NON_OWNER,0.1,0.8\n");
  absl::StatusOr<EvalReport> r = Evaluate(labels, findings);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->findings_unlabelled, 0u);
  EXPECT_EQ(r->labels_without_finding, 2u);
  EXPECT_EQ(r->junk.true_positives, 1u);
  EXPECT_EQ(r->non_owner.true_positives, 1u);
  // Two spellings of one subscription are one label, given twice.
  const std::string twice = WriteTemp("twice.csv",
                                      "carrier,msisdn,junk,non_owner,pattern\n"
                                      "VIETTEL,0900000001,1,0,x\n"
                                      "VIETTEL,84900000001,1,0,x\n");
  r = Evaluate(twice, findings);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr(":3: duplicate label"));
}

TEST(EvaluateTest, MissingColumnNamesFileAndColumn) {
  const std::string labels = WriteTemp("bad_labels.csv", "carrier,msisdn,junk\nVIETTEL,1,0\n");
  const std::string findings = WriteTemp("f.csv", "carrier,msisdn,flags,junk_score,non_owner_score\n");
  absl::StatusOr<EvalReport> r = Evaluate(labels, findings);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("non_owner"));
}

TEST(EvaluateTest, BadLabelValueNamesLine) {
  const std::string labels = WriteTemp("bad_value.csv",
                                       "carrier,msisdn,junk,non_owner,pattern\n"
                                       "VIETTEL,84900000001,yes,0,x\n");
  const std::string findings = WriteTemp("f2.csv", "carrier,msisdn,flags,junk_score,non_owner_score\n");
  absl::StatusOr<EvalReport> r = Evaluate(labels, findings);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr(":2:"));
}

}  // namespace
}  // namespace simaudit
