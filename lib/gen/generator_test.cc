#include "lib/gen/generator.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"
#include "lib/model/codes.h"
#include "lib/model/schema.h"

namespace simaudit {
namespace {

using ::simaudit_testing::IsOk;

using ::testing::HasSubstr;

// ---- A tiny CSV reader and contract checks, independent of lib/ingest ----------------

using Row = std::vector<std::string>;

// Splits one RFC 4180 line (the generator never writes line breaks inside fields).
Row SplitCsvLine(absl::string_view line) {
  Row fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

struct Table {
  std::vector<std::string> header;
  std::vector<Row> rows;
  std::map<std::string, int> column;

  const std::string& Get(const Row& row, const std::string& name) const {
    return row[column.at(name)];
  }
};

Table ParseCsv(const std::string& text) {
  Table table;
  std::vector<absl::string_view> lines = absl::StrSplit(text, '\n', absl::SkipEmpty());
  table.header = SplitCsvLine(lines[0]);
  for (size_t i = 0; i < table.header.size(); ++i) table.column[table.header[i]] = i;
  for (size_t i = 1; i < lines.size(); ++i) table.rows.push_back(SplitCsvLine(lines[i]));
  return table;
}

bool AllDigits(absl::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool LuhnValid(absl::string_view s) {
  if (!AllDigits(s)) return false;
  int sum = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    int d = s[s.size() - 1 - i] - '0';
    if (i % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

// "0xxxxxxxxx", "84xxxxxxxxx", "+84xxxxxxxxx" -> "84xxxxxxxxx", or "" if malformed.
std::string NormaliseMsisdn(absl::string_view m) {
  if (absl::StartsWith(m, "+")) m.remove_prefix(1);
  std::string out;
  if (absl::StartsWith(m, "0") && m.size() == 10) {
    out = absl::StrCat("84", m.substr(1));
  } else if (absl::StartsWith(m, "84") && m.size() == 11) {
    out = std::string(m);
  }
  return AllDigits(out) ? out : "";
}

constexpr int kProvinceCodes[] = {1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25,
                                  26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48,
                                  49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75,
                                  77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};

bool IsProvinceCode(int code) {
  return std::find(std::begin(kProvinceCodes), std::end(kProvinceCodes), code) !=
         std::end(kProvinceCodes);
}

bool IsDate(absl::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!absl::SimpleAtoi(s.substr(0, 4), &y) || !absl::SimpleAtoi(s.substr(5, 2), &m) ||
      !absl::SimpleAtoi(s.substr(8, 2), &d)) {
    return false;
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

struct Generated {
  std::string batch;
  std::string labels;
  GeneratorStats stats;
};

Generated GenerateInMemory(const GeneratorOptions& options) {
  std::ostringstream batch, labels;
  absl::StatusOr<GeneratorStats> stats = Generate(options, batch, labels);
  EXPECT_THAT(stats, IsOk());
  Generated g;
  g.batch = batch.str();
  g.labels = labels.str();
  if (stats.ok()) g.stats = *stats;
  return g;
}

GeneratorOptions Options(uint64_t rows, uint64_t seed, absl::string_view mix = "default") {
  GeneratorOptions options;
  options.subscriptions = rows;
  options.seed = seed;
  EXPECT_THAT(ApplyMix(mix, &options), IsOk());
  return options;
}

const std::set<std::string>& FraudPatterns() {
  static const auto* kSet = new std::set<std::string>{
      "preactivation_fabricated", "preactivation_leaked", "theft_ring", "extra_sims",
      "sim_farm"};
  return *kSet;
}

// A generated batch, parsed, with each row's subscription label.
struct Parsed {
  Generated raw;
  Table batch;
  Table labels;
  std::vector<std::string> row_pattern;  // label pattern of each batch row
  std::vector<bool> row_is_latest;       // the row that the label describes
  absl::flat_hash_map<std::string, std::string> pattern_of;  // "carrier|msisdn" -> pattern

  static Parsed Make(const GeneratorOptions& options) {
    Parsed p;
    p.raw = GenerateInMemory(options);
    p.batch = ParseCsv(p.raw.batch);
    p.labels = ParseCsv(p.raw.labels);
    for (const Row& l : p.labels.rows) {
      p.pattern_of[l[0] + "|" + l[1]] = l[4];
    }
    absl::flat_hash_map<std::string, size_t> last_row;
    for (size_t i = 0; i < p.batch.rows.size(); ++i) {
      const Row& r = p.batch.rows[i];
      const std::string key =
          p.batch.Get(r, "carrier") + "|" + NormaliseMsisdn(p.batch.Get(r, "msisdn"));
      auto it = p.pattern_of.find(key);
      p.row_pattern.push_back(it == p.pattern_of.end() ? "" : it->second);
      last_row[key] = i;
    }
    p.row_is_latest.assign(p.batch.rows.size(), false);
    for (const auto& [key, i] : last_row) p.row_is_latest[i] = true;
    return p;
  }
};

class GeneratedPopulationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    default_ = new Parsed(Parsed::Make(Options(40000, 7)));
    stealth_ = new Parsed(Parsed::Make(Options(40000, 7, "stealth")));
  }
  static void TearDownTestSuite() {
    delete default_;
    delete stealth_;
  }
  static Parsed* default_;
  static Parsed* stealth_;
};
Parsed* GeneratedPopulationTest::default_ = nullptr;
Parsed* GeneratedPopulationTest::stealth_ = nullptr;

// ---- Determinism and size ---------------------------------------------------------------

TEST(GeneratorTest, SameOptionsGiveIdenticalBytes) {
  const Generated a = GenerateInMemory(Options(15000, 42));
  const Generated b = GenerateInMemory(Options(15000, 42));
  EXPECT_EQ(a.batch, b.batch);
  EXPECT_EQ(a.labels, b.labels);
}

TEST(GeneratorTest, DifferentSeedsGiveDifferentBatches) {
  const Generated a = GenerateInMemory(Options(5000, 1));
  const Generated b = GenerateInMemory(Options(5000, 2));
  EXPECT_NE(a.batch, b.batch);
  EXPECT_NE(a.labels, b.labels);
}

TEST(GeneratorTest, WindowedGenerationMatchesSinglePass) {
  GeneratorOptions single = Options(12000, 5);
  GeneratorOptions windowed = single;
  windowed.max_events_in_memory = 1000;  // about a dozen time windows
  const Generated a = GenerateInMemory(single);
  const Generated b = GenerateInMemory(windowed);
  EXPECT_EQ(a.batch, b.batch);
  EXPECT_EQ(a.labels, b.labels);
}

TEST(GeneratorTest, WritesExactlyTheRequestedNumberOfRows) {
  for (uint64_t rows : {1, 2, 17, 333, 4096}) {
    const Generated g = GenerateInMemory(Options(rows, 3));
    EXPECT_EQ(g.stats.rows, rows);
    EXPECT_EQ(std::count(g.batch.begin(), g.batch.end(), '\n'), static_cast<long>(rows + 1))
        << rows;
  }
}

TEST(GeneratorTest, StatsAgreeWithLabelsFile) {
  const Generated g = GenerateInMemory(Options(8000, 11));
  const Table labels = ParseCsv(g.labels);
  uint64_t junk = 0, non_owner = 0;
  std::map<std::string, uint64_t> per_pattern;
  for (const Row& l : labels.rows) {
    junk += l[2] == "1";
    non_owner += l[3] == "1";
    ++per_pattern[l[4]];
  }
  EXPECT_EQ(g.stats.junk, junk);
  EXPECT_EQ(g.stats.non_owner, non_owner);
  const std::map<std::string, uint64_t> stats_per_pattern(g.stats.per_pattern.begin(),
                                                          g.stats.per_pattern.end());
  EXPECT_EQ(stats_per_pattern, per_pattern);
}

// ---- Contract validity ------------------------------------------------------------------

TEST_F(GeneratedPopulationTest, HeaderHasEveryContractColumnInOrder) {
  ASSERT_EQ(default_->batch.header.size(), static_cast<size_t>(kNumColumns));
  for (int i = 0; i < kNumColumns; ++i) {
    EXPECT_EQ(default_->batch.header[i], ColumnName(static_cast<Column>(i)));
  }
  EXPECT_EQ(default_->labels.header,
            (std::vector<std::string>{"carrier", "msisdn", "junk", "non_owner", "pattern"}));
}

TEST_F(GeneratedPopulationTest, EveryRowIsWellFormed) {
  const Table& t = default_->batch;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    SCOPED_TRACE(absl::StrCat("row ", i + 2, ": ", absl::StrJoin(r, ",")));
    ASSERT_EQ(r.size(), static_cast<size_t>(kNumColumns));
    EXPECT_TRUE(ParseCarrier(t.Get(r, "carrier")).has_value());
    const std::string msisdn = NormaliseMsisdn(t.Get(r, "msisdn"));
    ASSERT_FALSE(msisdn.empty());
    const std::string& imsi = t.Get(r, "imsi");
    if (!imsi.empty()) {
      EXPECT_TRUE(AllDigits(imsi) && imsi.size() == 15 && absl::StartsWith(imsi, "452"));
    }
    const std::string& iccid = t.Get(r, "iccid");
    if (!iccid.empty()) {
      EXPECT_TRUE(absl::StartsWith(iccid, "8984") && (iccid.size() == 19 || iccid.size() == 20));
      EXPECT_TRUE(LuhnValid(iccid));
    }
    for (const char* column : {"device_imei", "first_use_imei"}) {
      const std::string& imei = t.Get(r, column);
      if (!imei.empty()) {
        EXPECT_TRUE(imei.size() == 15 && LuhnValid(imei)) << column;
      }
    }
    EXPECT_TRUE(ParseSubscriberType(t.Get(r, "subscriber_type")).has_value());
    const auto id_type = ParseIdType(t.Get(r, "id_type"));
    ASSERT_TRUE(id_type.has_value());
    const std::string& id = t.Get(r, "id_number");
    const std::string& dob = t.Get(r, "date_of_birth");
    switch (*id_type) {
      case IdType::kCccd:
        EXPECT_TRUE(id.size() == 12 && AllDigits(id));
        EXPECT_TRUE(IsProvinceCode(std::stoi(id.substr(0, 3))));
        break;
      case IdType::kCmnd:
        EXPECT_TRUE((id.size() == 9 || id.size() == 12) && AllDigits(id));
        break;
      case IdType::kPassport:
        EXPECT_GE(id.size(), 8u);
        break;
      case IdType::kOrg:
        EXPECT_EQ(t.Get(r, "subscriber_type"), "ORGANIZATION");
        EXPECT_TRUE(dob.empty());
        break;
    }
    if (*id_type != IdType::kOrg) {
      EXPECT_TRUE(IsDate(dob)) << dob;
    }
    EXPECT_FALSE(t.Get(r, "full_name").empty());
    EXPECT_TRUE(ParseGender(t.Get(r, "gender")).has_value());
    const std::string& province = t.Get(r, "province");
    if (!province.empty()) {
      EXPECT_TRUE(IsProvinceCode(std::stoi(province)));
    }
    const std::string& at = t.Get(r, "registered_at");
    EXPECT_TRUE(at.size() == 25 && IsDate(at.substr(0, 10)) && at[10] == 'T' &&
                absl::EndsWith(at, "+07:00"))
        << at;
    EXPECT_TRUE(ParseChannel(t.Get(r, "channel")).has_value());
    const std::string& selfie = t.Get(r, "selfie_hash");
    if (!selfie.empty()) {
      EXPECT_EQ(selfie.size(), 16u);
      EXPECT_EQ(selfie.find_first_not_of("0123456789abcdef"), std::string::npos);
    }
    const std::string& face = t.Get(r, "face_match");
    if (!face.empty()) {
      double v;
      EXPECT_TRUE(absl::SimpleAtod(face, &v) && v >= 0 && v <= 1) << face;
    }
    EXPECT_TRUE(ParsePopdbCheck(t.Get(r, "popdb_check")).has_value());
    EXPECT_TRUE(ParseSubscriptionStatus(t.Get(r, "status")).has_value());
    // Usage: eight non-negative integers, or all empty.
    int empty = 0;
    int64_t values[8];
    for (int u = 0; u < 8; ++u) {
      const std::string& v = r[static_cast<int>(Column::kActiveDays30d) + u];
      if (v.empty()) {
        ++empty;
      } else {
        EXPECT_TRUE(absl::SimpleAtoi(v, &values[u]) && values[u] >= 0) << v;
      }
    }
    EXPECT_TRUE(empty == 0 || empty == 8);
    if (empty == 0) {
      EXPECT_LE(values[0], 30);                // active days
      EXPECT_LE(values[5], values[1]);         // distinct callees <= outgoing calls
    }
  }
}

TEST_F(GeneratedPopulationTest, RowsAreInRegistrationOrder) {
  const Table& t = default_->batch;
  for (size_t i = 1; i < t.rows.size(); ++i) {
    ASSERT_LE(t.Get(t.rows[i - 1], "registered_at"), t.Get(t.rows[i], "registered_at"));
  }
}

TEST_F(GeneratedPopulationTest, GenuineCccdMatchesBirthYearAndGender) {
  const Table& t = default_->batch;
  int checked = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const std::string& pattern = default_->row_pattern[i];
    // Fabricated documents and typos may contradict the number; history rows of a
    // re-registered subscription may carry a typo the later row corrected.
    if (!default_->row_is_latest[i] || pattern == "preactivation_fabricated" ||
        pattern == "clerical_typo" || t.Get(r, "id_type") != "CCCD") {
      continue;
    }
    const std::string& id = t.Get(r, "id_number");
    const int g = id[3] - '0';
    const int year = 1900 + 100 * (g / 2) + std::stoi(id.substr(4, 2));
    EXPECT_EQ(t.Get(r, "date_of_birth").substr(0, 4), std::to_string(year)) << id;
    const std::string& gender = t.Get(r, "gender");
    if (!gender.empty()) {
      EXPECT_EQ(gender, g % 2 == 0 ? "M" : "F") << id;
    }
    ++checked;
  }
  EXPECT_GT(checked, 30000);
}

TEST_F(GeneratedPopulationTest, SomeFabricatedDocumentsContradictTheirOwnFields) {
  const Table& t = default_->batch;
  int fabricated = 0, inconsistent = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    if (default_->row_pattern[i] != "preactivation_fabricated") continue;
    ++fabricated;
    const std::string& id = t.Get(r, "id_number");
    const int g = id[3] - '0';
    const int year = 1900 + 100 * (g / 2) + std::stoi(id.substr(4, 2));
    const std::string& gender = t.Get(r, "gender");
    if (t.Get(r, "date_of_birth").substr(0, 4) != std::to_string(year) ||
        (!gender.empty() && gender != (g % 2 == 0 ? "M" : "F"))) {
      ++inconsistent;
    }
  }
  EXPECT_GT(fabricated, 300);
  EXPECT_GT(inconsistent, 0);
  EXPECT_LT(inconsistent, fabricated / 4);  // sloppy sometimes, not always
}

TEST_F(GeneratedPopulationTest, SubscriptionsAreUniqueAndLabelledOnce) {
  const Table& t = default_->batch;
  absl::flat_hash_map<std::string, int> rows_per_sub;
  absl::flat_hash_map<std::string, std::string> carrier_of_number;
  for (const Row& r : t.rows) {
    const std::string number = NormaliseMsisdn(t.Get(r, "msisdn"));
    ++rows_per_sub[t.Get(r, "carrier") + "|" + number];
    auto [it, inserted] = carrier_of_number.emplace(number, t.Get(r, "carrier"));
    EXPECT_EQ(it->second, t.Get(r, "carrier")) << "number on two carriers: " << number;
  }
  int twice = 0;
  for (const auto& [key, n] : rows_per_sub) {
    EXPECT_LE(n, 2) << key;
    twice += n == 2;
  }
  // About 1% of subscriptions appear twice.
  EXPECT_GT(twice, 200);
  EXPECT_LT(twice, 1000);
  // One label per subscription, and none for anything else.
  EXPECT_EQ(default_->labels.rows.size(), rows_per_sub.size());
  for (const Row& l : default_->labels.rows) {
    EXPECT_TRUE(rows_per_sub.contains(l[0] + "|" + l[1])) << l[0] << " " << l[1];
  }
}

TEST_F(GeneratedPopulationTest, SimIdentifiersAreNotShared) {
  const Table& t = default_->batch;
  absl::flat_hash_map<std::string, std::string> sub_of_iccid, sub_of_imsi;
  for (const Row& r : t.rows) {
    const std::string sub = t.Get(r, "carrier") + "|" + NormaliseMsisdn(t.Get(r, "msisdn"));
    for (auto [column, map] : {std::pair{"iccid", &sub_of_iccid}, {"imsi", &sub_of_imsi}}) {
      const std::string& v = t.Get(r, column);
      if (v.empty()) continue;
      auto [it, inserted] = map->emplace(v, sub);
      EXPECT_EQ(it->second, sub) << column << " " << v;
    }
  }
}

// ---- Labels -----------------------------------------------------------------------------

TEST_F(GeneratedPopulationTest, LabelsFollowFromPatterns) {
  const std::map<std::string, std::pair<char, char>> kExpected = {
      {"clean", {'0', '0'}},
      {"busy_shop", {'0', '0'}},
      {"family_phone", {'0', '0'}},
      {"organization", {'0', '0'}},
      {"multi_sim", {'0', '0'}},
      {"data_only", {'0', '0'}},
      {"backup_sim", {'0', '0'}},
      {"no_diacritics", {'0', '0'}},
      {"clerical_typo", {'0', '0'}},
      {"ownership_transfer", {'0', '0'}},
      {"preactivation_fabricated", {'1', '0'}},
      {"preactivation_leaked", {'1', '1'}},
      {"theft_ring", {'1', '1'}},  // leaked documents: not a genuine user, nor the owner
      {"extra_sims", {'1', '1'}},  // a borrowed document: likewise
      {"sim_farm", {'1', '1'}},
  };
  std::set<std::string> seen;
  for (const Row& l : default_->labels.rows) {
    ASSERT_EQ(l.size(), 5u);
    EXPECT_EQ(NormaliseMsisdn(l[1]), l[1]);
    auto it = kExpected.find(l[4]);
    ASSERT_NE(it, kExpected.end()) << l[4];
    EXPECT_EQ(l[2][0], it->second.first) << l[4];
    EXPECT_EQ(l[3][0], it->second.second) << l[4];
    seen.insert(l[4]);
  }
  // Every pattern occurs in a 40k-row batch, and the API lists exactly these.
  EXPECT_EQ(seen.size(), kExpected.size());
  const std::vector<std::string> names = GeneratorPatternNames();
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()), seen);
}

// JUNK: 2-3 % mass, fabricated and farmed, plus the rings' and extra SIMs (also
// NON_OWNER); NON_OWNER: 2-4 %.
TEST_F(GeneratedPopulationTest, DefaultMixHasAFewPercentOfEachLabel) {
  const double subs = static_cast<double>(default_->labels.rows.size());
  EXPECT_GT(default_->raw.stats.junk / subs, 0.03);
  EXPECT_LT(default_->raw.stats.junk / subs, 0.05);
  EXPECT_GT(default_->raw.stats.non_owner / subs, 0.02);
  EXPECT_LT(default_->raw.stats.non_owner / subs, 0.04);
}

TEST(GeneratorTest, FraudSharesAreConfigurable) {
  GeneratorOptions options = Options(10000, 9);
  ASSERT_THAT(SetGeneratorOption("theft_ring_share=0.05", &options), IsOk());
  ASSERT_THAT(SetGeneratorOption("sim_farm_share=0", &options), IsOk());
  const Generated g = GenerateInMemory(options);
  EXPECT_EQ(g.stats.per_pattern.count("sim_farm"), 0u);
  // Later rows re-registered by the real user move a few subscriptions out of the pattern.
  EXPECT_GT(g.stats.per_pattern.at("theft_ring"), 450u);
  EXPECT_LE(g.stats.per_pattern.at("theft_ring"), 500u);
}

// ---- Fraud structure and look-alikes --------------------------------------------------

TEST_F(GeneratedPopulationTest, FraudRowsUseNoValueReservedForFraud) {
  // Dealers running pre-activation batches mostly also sell genuine SIMs, and fraud rows
  // use the same export formats as everyone else.
  const Table& t = default_->batch;
  absl::flat_hash_set<std::string> fraud_agents, legit_agents;
  std::set<size_t> fraud_msisdn_lengths, legit_msisdn_lengths;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const bool fraud = FraudPatterns().count(default_->row_pattern[i]) > 0;
    const std::string& agent = t.Get(r, "agent_id");
    if (!agent.empty()) (fraud ? fraud_agents : legit_agents).insert(agent);
    (fraud ? fraud_msisdn_lengths : legit_msisdn_lengths).insert(t.Get(r, "msisdn").size());
  }
  int shared = 0;
  for (const std::string& a : fraud_agents) shared += legit_agents.contains(a);
  EXPECT_GT(shared, static_cast<int>(fraud_agents.size()) / 2);
  EXPECT_EQ(fraud_msisdn_lengths, legit_msisdn_lengths);
}

TEST_F(GeneratedPopulationTest, PreactivationComesInFastBatchesOnFewDevices) {
  // Rows of a pre-activation batch share a device and follow each other within minutes.
  const Table& t = default_->batch;
  std::map<std::string, std::vector<std::string>> times_by_device;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (!absl::StartsWith(default_->row_pattern[i], "preactivation")) continue;
    times_by_device[t.Get(t.rows[i], "device_imei")].push_back(t.Get(t.rows[i], "registered_at"));
  }
  int rows = 0, in_bursts = 0;
  for (auto& [device, times] : times_by_device) {
    for (size_t k = 0; k < times.size(); ++k) {
      ++rows;
      // Same hour on the same day as a neighbour on the same device.
      const bool before = k > 0 && times[k - 1].substr(0, 13) == times[k].substr(0, 13);
      const bool after = k + 1 < times.size() && times[k + 1].substr(0, 13) == times[k].substr(0, 13);
      in_bursts += before || after;
    }
  }
  EXPECT_GT(rows, 600);  // 2% of 40k rows
  EXPECT_GT(in_bursts, rows * 6 / 10);
}

TEST_F(GeneratedPopulationTest, TheftRingsPutManyVictimsOnFewPhones) {
  const Table& t = default_->batch;
  std::map<std::string, std::set<std::string>> docs_by_device;
  int rows = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (default_->row_pattern[i] != "theft_ring") continue;
    ++rows;
    const Row& r = t.rows[i];
    EXPECT_TRUE(t.Get(r, "channel") == "EKYC_APP" || t.Get(r, "channel") == "ONLINE" ||
                t.Get(r, "channel").empty());
    docs_by_device[t.Get(r, "device_imei")].insert(t.Get(r, "id_number"));
  }
  int on_busy_phones = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (default_->row_pattern[i] != "theft_ring") continue;
    on_busy_phones += docs_by_device[t.Get(t.rows[i], "device_imei")].size() >= 3;
  }
  EXPECT_GT(rows, 150);
  EXPECT_GT(on_busy_phones, rows * 7 / 10);
}

TEST_F(GeneratedPopulationTest, SimFarmSimsShareGatewayImeis) {
  const Table& t = default_->batch;
  std::map<std::string, int> sims_per_imei;
  int rows = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (default_->row_pattern[i] != "sim_farm") continue;
    ++rows;
    ++sims_per_imei[t.Get(t.rows[i], "first_use_imei")];
  }
  int shared = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (default_->row_pattern[i] != "sim_farm") continue;
    shared += sims_per_imei[t.Get(t.rows[i], "first_use_imei")] >= 4;
  }
  EXPECT_GT(rows, 200);
  EXPECT_GT(shared, rows * 7 / 10);
}

TEST_F(GeneratedPopulationTest, ExtraSimsFollowTheCustomersGenuineRegistration) {
  // Each extra SIM shares document and device with a clean-looking registration made a
  // few minutes earlier.
  const Table& t = default_->batch;
  std::map<std::string, std::vector<size_t>> rows_by_doc_device;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    rows_by_doc_device[t.Get(r, "id_number") + "|" + t.Get(r, "device_imei")].push_back(i);
  }
  int extras = 0, with_genuine = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (default_->row_pattern[i] != "extra_sims" || !default_->row_is_latest[i]) continue;
    const Row& r = t.rows[i];
    if (t.Get(r, "channel") != "AGENT" && t.Get(r, "channel") != "STORE") continue;
    ++extras;
    for (size_t j : rows_by_doc_device[t.Get(r, "id_number") + "|" + t.Get(r, "device_imei")]) {
      if (j < i && FraudPatterns().count(default_->row_pattern[j]) == 0 &&
          t.Get(t.rows[j], "registered_at").substr(0, 10) ==
              t.Get(r, "registered_at").substr(0, 10)) {
        ++with_genuine;
        break;
      }
    }
  }
  EXPECT_GT(extras, 150);
  EXPECT_GT(with_genuine, extras * 9 / 10);
}

TEST_F(GeneratedPopulationTest, LegitimateLookAlikesShareFraudFeatures) {
  // Family phones put several documents on one phone through the app; organisations
  // register bursts on one shop device; data and backup SIMs are barely used.
  const Table& t = default_->batch;
  std::map<std::string, std::set<std::string>> family_docs_by_device;
  std::map<std::string, int> org_rows_by_device_day;
  int idle_backup = 0, backup = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const std::string& pattern = default_->row_pattern[i];
    if (pattern == "family_phone" && t.Get(r, "channel") == "EKYC_APP") {
      family_docs_by_device[t.Get(r, "device_imei")].insert(t.Get(r, "id_number"));
    } else if (pattern == "organization") {
      ++org_rows_by_device_day[t.Get(r, "device_imei") + t.Get(r, "registered_at").substr(0, 10)];
    } else if (pattern == "backup_sim") {
      ++backup;
      idle_backup += t.Get(r, "topup_vnd_30d") == "0" || t.Get(r, "topup_vnd_30d").empty();
    }
  }
  int family_phones_with_three = 0;
  for (const auto& [device, docs] : family_docs_by_device) family_phones_with_three += docs.size() >= 3;
  int org_bursts = 0;
  for (const auto& [key, n] : org_rows_by_device_day) org_bursts += n >= 12;
  EXPECT_GT(family_phones_with_three, 50);
  EXPECT_GT(org_bursts, 5);
  EXPECT_GT(idle_backup, backup * 9 / 10);
}

TEST_F(GeneratedPopulationTest, NamesCarryVietnameseDiacritics) {
  const Table& t = default_->batch;
  int with_diacritics = 0, persons = 0;
  for (const Row& r : t.rows) {
    if (t.Get(r, "id_type") == "ORG") continue;
    ++persons;
    const std::string& name = t.Get(r, "full_name");
    with_diacritics += std::any_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  }
  EXPECT_GT(with_diacritics, persons * 8 / 10);
  EXPECT_THAT(default_->raw.batch, HasSubstr("Nguyễn"));
  EXPECT_THAT(default_->raw.batch, HasSubstr(" Thị "));
}

// ---- Mixes and options ----------------------------------------------------------------

// Pre-activation rows per (device, day), and the gaps between consecutive ones.
struct BurstStats {
  double rows_per_device_day = 0;
  double median_gap_seconds = 0;
};

BurstStats PreactivationBursts(const Parsed& p) {
  std::map<std::string, std::vector<absl::Time>> times_by_device;
  for (size_t i = 0; i < p.batch.rows.size(); ++i) {
    if (!absl::StartsWith(p.row_pattern[i], "preactivation")) continue;
    const Row& r = p.batch.rows[i];
    absl::Time t;
    std::string error;
    EXPECT_TRUE(absl::ParseTime(absl::RFC3339_full, p.batch.Get(r, "registered_at"), &t, &error))
        << error;
    times_by_device[p.batch.Get(r, "device_imei")].push_back(t);
  }
  std::map<std::string, int> per_device_day;
  std::vector<double> gaps;
  for (const auto& [device, times] : times_by_device) {
    for (size_t k = 0; k < times.size(); ++k) {
      ++per_device_day[device + absl::FormatTime("%Y-%m-%d", times[k], absl::UTCTimeZone())];
      if (k > 0 && times[k] - times[k - 1] < absl::Hours(24)) {
        gaps.push_back(absl::ToDoubleSeconds(times[k] - times[k - 1]));
      }
    }
  }
  BurstStats stats;
  double rows = 0;
  for (const auto& [key, n] : per_device_day) rows += n;
  stats.rows_per_device_day = rows / std::max<size_t>(1, per_device_day.size());
  std::sort(gaps.begin(), gaps.end());
  if (!gaps.empty()) stats.median_gap_seconds = gaps[gaps.size() / 2];
  return stats;
}

TEST_F(GeneratedPopulationTest, StealthBatchesAreSmallerAndSlower) {
  const BurstStats normal = PreactivationBursts(*default_);
  const BurstStats stealth = PreactivationBursts(*stealth_);
  EXPECT_LT(stealth.rows_per_device_day, normal.rows_per_device_day / 2);
  EXPECT_GT(stealth.median_gap_seconds, normal.median_gap_seconds * 4);
  EXPECT_NE(stealth_->raw.batch, default_->raw.batch);
}

TEST(GeneratorOptionsTest, StealthMixChangesRatesButKeepsRunOptions) {
  GeneratorOptions options;
  options.subscriptions = 1234;
  options.seed = 99;
  ASSERT_THAT(SetGeneratorOption("mix=stealth", &options), IsOk());
  const GeneratorOptions defaults;
  EXPECT_EQ(options.mix, "stealth");
  EXPECT_EQ(options.subscriptions, 1234u);
  EXPECT_EQ(options.seed, 99u);
  EXPECT_LT(options.preact_batch_max, defaults.preact_batch_max);
  EXPECT_GT(options.preact_gap_median_s, defaults.preact_gap_median_s);
  EXPECT_GT(options.family_share, defaults.family_share);
  EXPECT_NE(GeneratorOptionsToJson(options), GeneratorOptionsToJson(defaults));
  ASSERT_THAT(ApplyMix("default", &options), IsOk());
  EXPECT_EQ(options.preact_batch_max, defaults.preact_batch_max);
}

TEST(GeneratorOptionsTest, ShiftedMixMovesBaseRates) {
  GeneratorOptions options;
  options.seed = 5;
  ASSERT_THAT(ApplyMix("shifted", &options), IsOk());
  const GeneratorOptions defaults;
  EXPECT_EQ(options.mix, "shifted");
  EXPECT_EQ(options.seed, 5u);
  EXPECT_DOUBLE_EQ(options.theft_ring_share, 2 * defaults.theft_ring_share);
  EXPECT_DOUBLE_EQ(options.sim_farm_share, 2 * defaults.sim_farm_share);
  EXPECT_GT(options.usage_unknown_share, defaults.usage_unknown_share);
  EXPECT_GT(options.clerical_typo_share, defaults.clerical_typo_share);
  EXPECT_THAT(ValidateGeneratorOptions(options), IsOk());
  EXPECT_FALSE(ApplyMix("tuned", &options).ok());
  EXPECT_EQ(options.mix, "shifted");
}

TEST(GeneratorOptionsTest, PerturbedMixMovesEveryRateWithinAFactorOfTwo) {
  const GeneratorOptions defaults;
  GeneratorOptions a, b, c;
  ASSERT_THAT(ApplyMix("perturbed:1", &a), IsOk());
  ASSERT_THAT(ApplyMix("perturbed:1", &b), IsOk());
  ASSERT_THAT(ApplyMix("perturbed:2", &c), IsOk());
  EXPECT_EQ(a.mix, "perturbed:1");
  EXPECT_THAT(ValidateGeneratorOptions(a), IsOk());
  EXPECT_EQ(GeneratorOptionsToJson(a), GeneratorOptionsToJson(b));  // deterministic
  EXPECT_NE(GeneratorOptionsToJson(a), GeneratorOptionsToJson(c));
  for (auto [moved, base] : {std::pair{a.theft_ring_share, defaults.theft_ring_share},
                             std::pair{a.family_share, defaults.family_share},
                             std::pair{a.clerical_typo_share, defaults.clerical_typo_share},
                             std::pair{a.dup_transfer_fraction, defaults.dup_transfer_fraction}}) {
    EXPECT_GE(moved, base / 2);
    EXPECT_LE(moved, base * 2);
  }
  EXPECT_NE(a.theft_ring_share, defaults.theft_ring_share);
  EXPECT_EQ(a.preact_batch_max, defaults.preact_batch_max);  // sizes are not rates
  GeneratorOptions bad;
  EXPECT_FALSE(ApplyMix("perturbed:", &bad).ok());
  EXPECT_FALSE(ApplyMix("perturbed:x", &bad).ok());
}

TEST(GeneratorOptionsTest, SetOptionParsesTypedValues) {
  GeneratorOptions options;
  ASSERT_THAT(SetGeneratorOption("subscriptions=250", &options), IsOk());
  ASSERT_THAT(SetGeneratorOption("theft_ring_share=0.02", &options), IsOk());
  ASSERT_THAT(SetGeneratorOption("start_date=2025-06-01", &options), IsOk());
  EXPECT_EQ(options.subscriptions, 250u);
  EXPECT_DOUBLE_EQ(options.theft_ring_share, 0.02);
  EXPECT_EQ(options.start_date, "2025-06-01");
}

TEST(GeneratorOptionsTest, SetOptionRejectsUnknownKeysAndBadValues) {
  GeneratorOptions options;
  const GeneratorOptions before = options;
  for (const char* bad : {"no_such_option=1", "subscriptions=many", "subscriptions=-3",
                          "theft_ring_share=abc", "start_date=2025-02-30", "mix=sneaky",
                          "=1", "subscriptions"}) {
    const absl::Status status = SetGeneratorOption(bad, &options);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(GeneratorOptionsToJson(options), GeneratorOptionsToJson(before));
  EXPECT_THAT(SetGeneratorOption("no_such_option=1", &options).message(),
              HasSubstr("no_such_option"));
}

TEST(GeneratorOptionsTest, ValidationRejectsInconsistentOptions) {
  auto invalid = [](const char* key_value) {
    GeneratorOptions options;
    EXPECT_THAT(SetGeneratorOption(key_value, &options), IsOk()) << key_value;
    return ValidateGeneratorOptions(options).code() == absl::StatusCode::kInvalidArgument;
  };
  EXPECT_THAT(ValidateGeneratorOptions(GeneratorOptions()), IsOk());
  EXPECT_TRUE(invalid("theft_ring_share=1.5"));
  EXPECT_TRUE(invalid("preact_batch_min=500"));  // above preact_batch_max
  EXPECT_TRUE(invalid("end_date=2024-01-01"));   // before start_date
  EXPECT_TRUE(invalid("subscriptions=0"));
  EXPECT_TRUE(invalid("preactivation_fabricated_share=0.95"));
  EXPECT_TRUE(invalid("theft_face_match_max=0.1"));  // below its minimum
  GeneratorOptions options;
  options.preact_batch_min = 500;
  std::ostringstream batch, labels;
  EXPECT_EQ(Generate(options, batch, labels).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(GeneratorTest, GenerateToDirWritesBatchLabelsAndManifest) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string dir =
      std::string(tmp != nullptr ? tmp : "/tmp") + "/gen_to_dir/nested";
  GeneratorOptions options = Options(3000, 4);
  absl::StatusOr<GeneratorStats> stats = GenerateToDir(options, dir);
  ASSERT_THAT(stats, IsOk());
  const Generated direct = GenerateInMemory(options);
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  EXPECT_EQ(slurp(dir + "/batch.csv"), direct.batch);
  EXPECT_EQ(slurp(dir + "/labels.csv"), direct.labels);
  const std::string manifest = slurp(dir + "/gen_manifest.json");
  EXPECT_THAT(manifest, HasSubstr("\"subscriptions\": 3000"));
  EXPECT_THAT(manifest, HasSubstr("\"rows\": 3000"));
  EXPECT_THAT(manifest, HasSubstr("\"per_pattern\": {"));
}

}  // namespace
}  // namespace simaudit
