#include "lib/detect/detect_options.h"

#include <map>
#include <string>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace simaudit {
namespace {

using ::testing::HasSubstr;

std::map<std::string, std::string> ConfigurationOf(const DetectOptions& o) {
  std::map<std::string, std::string> out;
  for (const auto& [name, value] : DetectConfiguration(o)) out[name] = value;
  return out;
}

TEST(DetectOptionsTest, SetsTypedValues) {
  DetectOptions o;
  ASSERT_TRUE(SetDetectOption("self_service_limit_per_carrier=false", &o).ok());
  ASSERT_TRUE(SetDetectOption("self_service_limit=4", &o).ok());
  ASSERT_TRUE(SetDetectOption("alert_threshold=0.6", &o).ok());
  ASSERT_TRUE(SetDetectOption("carrier_point_weight=1", &o).ok());
  ASSERT_TRUE(SetDetectOption("visit_capture_reuse_weight=0.5", &o).ok());
  ASSERT_TRUE(SetDetectOption("placeholder_time_min_points=5", &o).ok());
  ASSERT_TRUE(SetDetectOption("placeholder_time_alpha=0.01", &o).ok());
  ASSERT_TRUE(SetDetectOption("circular08_start=2026-04-20", &o).ok());
  ASSERT_TRUE(SetDetectOption("decree163_start=2024-12-25T08:00:00+07:00", &o).ok());
  EXPECT_FALSE(o.self_service_limit_per_carrier);
  EXPECT_EQ(o.self_service_limit, 4);
  EXPECT_DOUBLE_EQ(o.alert_threshold, 0.6);
  EXPECT_DOUBLE_EQ(o.carrier_point_weight, 1.0);
  EXPECT_DOUBLE_EQ(o.visit_capture_reuse_weight, 0.5);
  EXPECT_EQ(o.placeholder_time_min_points, 5u);
  EXPECT_DOUBLE_EQ(o.placeholder_time_alpha, 0.01);
  EXPECT_EQ(o.circular08_start, 1776618000);  // 2026-04-20T00:00:00+07:00
  EXPECT_EQ(o.decree163_start, 1735088400);   // 2024-12-25T08:00:00+07:00
}

TEST(DetectOptionsTest, RejectsUnknownNamesBadValuesAndRangesLeavingOptionsAsTheyWere) {
  DetectOptions o;
  const auto before = ConfigurationOf(o);
  for (const char* bad :
       {"no_such_option=1", "self_service_limit=many", "self_service_limit=0",
        "compare_declared_residence=yes", "alert_threshold=1", "alert_threshold=nan",
        "out_of_hours_start_hour=24", "box_window_seconds=0", "hub_identity_cap=-1",
        "circular08_start=2026-02-30", "cohort_high=3", "threads=2", "=1", "seed",
        "carrier_point_weight=1.5", "visit_capture_reuse_weight=-0.1",
        "placeholder_time_min_points=1", "placeholder_time_alpha=0", "placeholder_time_alpha=1"}) {
    const absl::Status status = SetDetectOption(bad, &o);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(ConfigurationOf(o), before);
  EXPECT_THAT(SetDetectOption("no_such_option=1", &o).message(), HasSubstr("no_such_option"));
}

// What a manifest records reads back as the same options: a run can be repeated from it.
TEST(DetectOptionsTest, ConfigurationReadsBackAsTheSameOptions) {
  DetectOptions changed;
  ASSERT_TRUE(SetDetectOption("multi_point_window_seconds=86400", &changed).ok());
  ASSERT_TRUE(SetDetectOption("circular08_start=2026-05-01", &changed).ok());
  ASSERT_TRUE(SetDetectOption("junk_includes_identity_misuse=false", &changed).ok());
  ASSERT_TRUE(SetDetectOption("evidence_half=3.5", &changed).ok());
  ASSERT_TRUE(SetDetectOption("alert_threshold=0.1234567", &changed).ok());
  DetectOptions replayed;
  for (const auto& [name, value] : DetectConfiguration(changed)) {
    ASSERT_TRUE(SetDetectOption(name + "=" + value, &replayed).ok()) << name << "=" << value;
  }
  EXPECT_EQ(ConfigurationOf(replayed), ConfigurationOf(changed));
  EXPECT_NE(ConfigurationOf(replayed), ConfigurationOf(DetectOptions()));
  EXPECT_EQ(ConfigurationOf(changed).at("circular08_start"), "2026-05-01T00:00:00+07:00");
  EXPECT_EQ(ConfigurationOf(changed).count("threads"), 0u);
  EXPECT_DOUBLE_EQ(replayed.alert_threshold, 0.1234567);
  EXPECT_EQ(ConfigurationOf(DetectOptions()).at("alert_threshold"), "0.5");
}

}  // namespace
}  // namespace simaudit
