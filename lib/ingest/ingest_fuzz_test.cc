// Replays mutated sample batches through the fuzz target's entry point (which aborts on
// a broken invariant), and checks that chunked file reading matches buffer reading.
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lib/ingest/batch_reader.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace simaudit {
namespace {

std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Mutations biased towards CSV/JSON structure: quotes, commas, line breaks, braces, high
// bytes, truncation.
std::string Mutate(std::string text, std::mt19937* rng) {
  static constexpr char kInteresting[] = {'"', ',', '\n', '\r', '{', '}', ':', '\\',
                                          ' ', '\0', '\xC3', '\xA9', '\xFF', '\xE1'};
  std::uniform_int_distribution<int> ops(1, 8);
  const int n = ops(*rng);
  for (int i = 0; i < n && !text.empty(); ++i) {
    std::uniform_int_distribution<size_t> pos(0, text.size() - 1);
    std::uniform_int_distribution<size_t> pick(0, sizeof(kInteresting) - 1);
    switch ((*rng)() % 5) {
      case 0:
        text[pos(*rng)] = kInteresting[pick(*rng)];
        break;
      case 1:
        text.insert(pos(*rng), 1, kInteresting[pick(*rng)]);
        break;
      case 2:
        text.erase(pos(*rng), 1 + (*rng)() % 8);
        break;
      case 3:
        text.resize(pos(*rng));
        break;
      default: {
        const size_t from = pos(*rng);
        text.insert(pos(*rng), text.substr(from, 1 + (*rng)() % 40));
        break;
      }
    }
  }
  return text;
}

TEST(IngestFuzzTest, MutatedBatchesKeepInvariants) {
  const std::vector<std::string> seeds = {
      ReadFileText("lib/ingest/testdata/sample_batch.csv"),
      ReadFileText("lib/ingest/testdata/parity_batch.jsonl"),
  };
  ASSERT_FALSE(seeds[0].empty());
  std::mt19937 rng(20250301);
  for (int i = 0; i < 1500; ++i) {
    const std::string input = Mutate(seeds[i % seeds.size()], &rng);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  }
}

std::vector<std::string> Rows(ChunkedInput* input) {
  CsvReader reader(input);
  reader.set_max_row_bytes(2048);
  std::vector<std::string> rows;
  while (true) {
    absl::StatusOr<const CsvRow*> row = reader.Next();
    if (!row.ok() || *row == nullptr) break;
    std::string flat = std::to_string((*row)->line) + "|" + std::to_string((*row)->num_fields);
    for (absl::string_view f : (*row)->fields) flat += "|" + std::string(f);
    if ((*row)->error.has_value()) flat += "|error";
    rows.push_back(flat);
  }
  return rows;
}

TEST(IngestFuzzTest, ChunkedReadingMatchesBufferReadingOnMutatedInput) {
  const std::string seed = ReadFileText("lib/ingest/testdata/sample_batch.csv");
  const std::string path = ::testing::TempDir() + "/mutated.csv";
  std::mt19937 rng(7);
  for (int i = 0; i < 150; ++i) {
    const std::string input = Mutate(seed, &rng);
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << input;
    }
    std::unique_ptr<ChunkedInput> buffer = ChunkedInput::FromBuffer(input);
    const std::vector<std::string> expected = Rows(buffer.get());
    const size_t chunk = 1 + rng() % 97;
    absl::StatusOr<std::unique_ptr<ChunkedInput>> file = ChunkedInput::OpenFile(path, chunk);
    ASSERT_TRUE(file.ok());
    // Mutations can open a quote that swallows many lines, making rows longer than
    // max_row_bytes: those must be skipped the same way in both modes.
    EXPECT_EQ(Rows(file->get()), expected) << "mutation " << i << ", chunk " << chunk;
  }
}

}  // namespace
}  // namespace simaudit
