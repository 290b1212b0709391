// File: generator.h
// -----------------------------------------------------------------------------
// `simaudit gen`: a synthetic, realistic registration batch for a Vietnamese carrier
// market, with planted fraud patterns and ground-truth labels.
//
// The population has Vietnamese residents (names with diacritics, CCCD numbers
// consistent with date of birth and gender, legacy CMNDs, passports), families,
// organisations, carrier shops and heavy-tailed dealer networks, self-service apps, and
// honest look-alikes of fraud (busy shops, family phones, bulk organisation SIMs, data and
// backup SIMs, typos, re-registrations). Planted on top: pre-activated batches on
// fabricated and on leaked identities, theft rings, extra SIMs on walk-in customers'
// documents, and SIM farms. See options.h for every knob and the presets.
//
// Output: the batch CSV (all contract columns, header first, rows in registered_at
// order) and labels.csv (`carrier,msisdn,junk,non_owner,pattern`, one row per
// subscription, for its latest row). Same options, same bytes.
//
//   GeneratorOptions options;
//   options.subscriptions = 1000000;
//   SIMAUDIT_RETURN_IF_ERROR(SetGeneratorOption("mix=stealth", &options));
//   SIMAUDIT_ASSIGN_OR_RETURN(GeneratorStats stats, GenerateToDir(options, "/tmp/pop"));
#ifndef SIMAUDIT_LIB_GEN_GENERATOR_H_
#define SIMAUDIT_LIB_GEN_GENERATOR_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/status/statusor.h"
#include "lib/gen/options.h"

namespace simaudit {

struct GeneratorStats {
  uint64_t rows = 0;       // batch rows written
  uint64_t junk = 0;       // subscriptions labelled junk
  uint64_t non_owner = 0;  // subscriptions labelled non_owner
  // Subscriptions per label pattern ("clean", "theft_ring", ...).
  absl::btree_map<std::string, uint64_t> per_pattern;
};

// Streams the batch and the labels. Larger batches than options.max_events_in_memory
// rows are spilled to temporary files by time window (about 72 bytes per row), so
// memory holds one window of rows plus about 12 bytes per person.
// InvalidArgument for invalid options; DataLoss if a stream fails.
absl::StatusOr<GeneratorStats> Generate(const GeneratorOptions& options,
                                        std::ostream& batch_csv, std::ostream& labels_csv);

// Creates `dir` (and parents) and writes dir/batch.csv, dir/labels.csv and
// dir/gen_manifest.json (options and stats). InvalidArgument for invalid options;
// PermissionDenied / Unavailable / DataLoss for file-system failures.
absl::StatusOr<GeneratorStats> GenerateToDir(const GeneratorOptions& options,
                                             const std::string& dir);

// Every label pattern, as written to labels.csv: the legitimate ones ("clean",
// "busy_shop", ...) first, then the fraud ones ("preactivation_fabricated", ...).
std::vector<std::string> GeneratorPatternNames();

// The manifest written by GenerateToDir, as JSON.
std::string GeneratorManifestJson(const GeneratorOptions& options, const GeneratorStats& stats);

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_GEN_GENERATOR_H_
