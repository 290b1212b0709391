#include "lib/gen/generator.h"

#include <algorithm>
#include <cstdio>
#include <type_traits>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lib/gen/calendar.h"
#include "lib/gen/event.h"
#include "lib/gen/points.h"
#include "lib/gen/population.h"
#include "lib/gen/render.h"
#include "lib/gen/scenario.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

constexpr size_t kFlushBytes = 1 << 20;

// Events are spilled to temporary files as raw bytes.
static_assert(std::is_trivially_copyable_v<gen::Event>);

// Output buffers for the two streams, flushed in large writes.
class Output {
 public:
  Output(std::ostream& batch, std::ostream& labels) : batch_(batch), labels_(labels) {
    batch_buf_.reserve(kFlushBytes + 4096);
    labels_buf_.reserve(kFlushBytes / 4 + 1024);
  }

  std::string* batch() { return &batch_buf_; }
  std::string* labels() { return &labels_buf_; }

  absl::Status MaybeFlush() {
    if (batch_buf_.size() < kFlushBytes && labels_buf_.size() < kFlushBytes) {
      return absl::OkStatus();
    }
    return Flush();
  }

  absl::Status Flush() {
    batch_.write(batch_buf_.data(), static_cast<std::streamsize>(batch_buf_.size()));
    labels_.write(labels_buf_.data(), static_cast<std::streamsize>(labels_buf_.size()));
    batch_buf_.clear();
    labels_buf_.clear();
    if (!batch_ || !labels_) return absl::DataLossError("failed to write generator output");
    return absl::OkStatus();
  }

 private:
  std::ostream& batch_;
  std::ostream& labels_;
  std::string batch_buf_;
  std::string labels_buf_;
};

// Renders `events` (one time window) in (registered_at, creation) order.
absl::Status RenderWindow(const std::vector<gen::Event>& events, const gen::Scenario& world,
                          gen::Renderer& renderer, Output& out, GeneratorStats& stats) {
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(events.size());
  for (uint32_t i = 0; i < events.size(); ++i) {
    // 0 <= ts < 2^32 (dates 2000..2090, validated) and seq < 2^32.
    const uint64_t key = (static_cast<uint64_t>(events[i].ts) << 32) | events[i].seq;
    order.emplace_back(key, i);
  }
  std::sort(order.begin(), order.end());
  for (const auto& [key, index] : order) {
    const gen::Event& e = events[index];
    ++stats.rows;
    if (renderer.Render(e, world, out.batch(), out.labels())) {
      ++stats.per_pattern[std::string(gen::PatternName(e.pattern))];
      if (gen::PatternIsJunk(e.pattern)) ++stats.junk;
      if (gen::PatternIsNonOwner(e.pattern)) ++stats.non_owner;
    }
    SIMAUDIT_RETURN_IF_ERROR(out.MaybeFlush());
  }
  return absl::OkStatus();
}

// First day of each time window, such that each window is expected to hold at most
// half of max_events_in_memory rows (registrations are about uniform within the legacy
// and within the main period).
std::vector<int64_t> WindowStarts(const GeneratorOptions& options, const gen::Period& period,
                                  const gen::Budget& budget) {
  const double n = static_cast<double>(options.subscriptions);
  const double fraud = static_cast<double>(budget.fabricated + budget.leaked + budget.theft +
                                           budget.farm + budget.organizations);
  const double legacy_rows = static_cast<double>(budget.residents) * options.legacy_share +
                             fraud * std::max(options.fraud_legacy_share, 0.1);
  const double legacy_days = static_cast<double>(std::max<int64_t>(1, period.start - period.legacy_start));
  const double main_days = static_cast<double>(period.end - period.start + 1);
  const double per_legacy_day = legacy_rows / legacy_days;
  const double per_main_day = (n - legacy_rows) / main_days;
  const double capacity = static_cast<double>(options.max_events_in_memory) / 2;
  std::vector<int64_t> starts = {period.legacy_start};
  double in_window = 0;
  for (int64_t day = period.legacy_start; day <= period.end; ++day) {
    const double expected = day < period.start ? per_legacy_day : per_main_day;
    if (in_window > 0 && in_window + expected > capacity) {
      starts.push_back(day);
      in_window = 0;
    }
    in_window += expected;
  }
  return starts;
}

// Temporary files holding the events of each time window.
class SpillFiles {
 public:
  explicit SpillFiles(std::vector<int64_t> window_starts) : starts_(std::move(window_starts)) {}
  SpillFiles(const SpillFiles&) = delete;
  SpillFiles& operator=(const SpillFiles&) = delete;
  ~SpillFiles() {
    for (std::FILE* f : files_) {
      if (f != nullptr) std::fclose(f);
    }
  }

  size_t size() const { return starts_.size(); }

  absl::Status Open() {
    for (size_t w = 0; w < starts_.size(); ++w) {
      std::FILE* f = std::tmpfile();
      if (f == nullptr) {
        return absl::UnavailableError("cannot create a temporary file for generator windows");
      }
      files_.push_back(f);
    }
    return absl::OkStatus();
  }

  void Add(const gen::Event& e) {
    const int64_t day = e.ts / gen::kSecondsPerDay;
    const size_t w = std::upper_bound(starts_.begin(), starts_.end(), day) - starts_.begin() - 1;
    if (std::fwrite(&e, sizeof(e), 1, files_[w]) != 1) ok_ = false;
  }

  absl::Status status() const {
    if (!ok_) return absl::DataLossError("failed to write generator temporary file");
    return absl::OkStatus();
  }

  // Replaces *events with the events of window `w` and releases its file.
  absl::Status Read(size_t w, std::vector<gen::Event>* events) {
    std::FILE* f = files_[w];
    events->clear();
    if (std::fflush(f) != 0 || std::fseek(f, 0, SEEK_END) != 0) {
      return absl::DataLossError("failed to read generator temporary file");
    }
    const long bytes = std::ftell(f);
    if (bytes < 0 || bytes % static_cast<long>(sizeof(gen::Event)) != 0) {
      return absl::DataLossError("corrupt generator temporary file");
    }
    events->resize(static_cast<size_t>(bytes) / sizeof(gen::Event));
    std::rewind(f);
    if (!events->empty() &&
        std::fread(events->data(), sizeof(gen::Event), events->size(), f) != events->size()) {
      return absl::DataLossError("failed to read generator temporary file");
    }
    std::fclose(f);
    files_[w] = nullptr;
    return absl::OkStatus();
  }

 private:
  std::vector<int64_t> starts_;
  std::vector<std::FILE*> files_;
  bool ok_ = true;
};

std::string JsonEscape(absl::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

absl::StatusOr<GeneratorStats> Generate(const GeneratorOptions& options,
                                        std::ostream& batch_csv, std::ostream& labels_csv) {
  SIMAUDIT_RETURN_IF_ERROR(ValidateGeneratorOptions(options));
  const gen::Period period = gen::ComputePeriod(options);
  const gen::Budget budget = gen::ComputeBudget(options);
  const gen::PointTable points(options, options.seed, gen::PlanPoints(options, budget));
  gen::Renderer renderer(options, period, points);
  GeneratorStats stats;
  Output out(batch_csv, labels_csv);
  out.batch()->append(gen::Renderer::BatchHeader());
  out.labels()->append(gen::Renderer::LabelsHeader());

  std::vector<gen::Event> events;
  gen::Scenario world(options, period, points, budget);
  if (options.subscriptions <= options.max_events_in_memory) {
    events.reserve(options.subscriptions);
    world.Run([&](const gen::Event& e) { events.push_back(e); });
    SIMAUDIT_RETURN_IF_ERROR(RenderWindow(events, world, renderer, out, stats));
  } else {
    // Spill events to one temporary file per time window, then sort and render the
    // windows in order: memory holds one window of events.
    SpillFiles spill(WindowStarts(options, period, budget));
    SIMAUDIT_RETURN_IF_ERROR(spill.Open());
    world.Run([&](const gen::Event& e) { spill.Add(e); });
    SIMAUDIT_RETURN_IF_ERROR(spill.status());
    for (size_t w = 0; w < spill.size(); ++w) {
      SIMAUDIT_RETURN_IF_ERROR(spill.Read(w, &events));
      SIMAUDIT_RETURN_IF_ERROR(RenderWindow(events, world, renderer, out, stats));
    }
  }
  SIMAUDIT_RETURN_IF_ERROR(out.Flush());
  batch_csv.flush();
  labels_csv.flush();
  if (!batch_csv || !labels_csv) return absl::DataLossError("failed to write generator output");
  if (stats.rows != options.subscriptions) {
    return absl::InternalError(absl::StrCat("generated ", stats.rows, " rows instead of ",
                                            options.subscriptions));
  }
  return stats;
}

std::vector<std::string> GeneratorPatternNames() {
  std::vector<std::string> names;
  for (int i = 0; i < gen::kNumPatterns; ++i) {
    names.emplace_back(gen::PatternName(static_cast<gen::Pattern>(i)));
  }
  return names;
}

std::string GeneratorManifestJson(const GeneratorOptions& options, const GeneratorStats& stats) {
  std::string json = "{\n  \"generator\": \"simaudit gen\",\n  \"options\": ";
  json += GeneratorOptionsToJson(options);
  absl::StrAppend(&json, ",\n  \"stats\": {\"rows\": ", stats.rows, ", \"junk\": ", stats.junk,
                  ", \"non_owner\": ", stats.non_owner, ", \"per_pattern\": {");
  bool first = true;
  for (const auto& [pattern, count] : stats.per_pattern) {
    absl::StrAppend(&json, first ? "" : ", ", "\"", JsonEscape(pattern), "\": ", count);
    first = false;
  }
  json += "}}\n}\n";
  return json;
}

absl::StatusOr<GeneratorStats> GenerateToDir(const GeneratorOptions& options,
                                             const std::string& dir) {
  SIMAUDIT_RETURN_IF_ERROR(ValidateGeneratorOptions(options));
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create directory ", dir, ": ", ec.message()));
  }
  const std::filesystem::path base(dir);
  auto open = [](const std::filesystem::path& path) {
    auto stream = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
    return stream;
  };
  std::unique_ptr<std::ofstream> batch = open(base / "batch.csv");
  std::unique_ptr<std::ofstream> labels = open(base / "labels.csv");
  if (!*batch || !*labels) {
    return absl::UnavailableError(absl::StrCat("cannot open output files in ", dir));
  }
  SIMAUDIT_ASSIGN_OR_RETURN(GeneratorStats stats, Generate(options, *batch, *labels));
  batch->close();
  labels->close();
  std::ofstream manifest(base / "gen_manifest.json", std::ios::binary | std::ios::trunc);
  manifest << GeneratorManifestJson(options, stats);
  manifest.close();
  if (!manifest || batch->fail() || labels->fail()) {
    return absl::DataLossError(absl::StrCat("failed to write output files in ", dir));
  }
  return stats;
}

}  // namespace simaudit
