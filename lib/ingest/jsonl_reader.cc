#include "lib/ingest/jsonl_reader.h"

#include <cstring>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "lib/ingest/normalize.h"
#include "lib/ingest/registration_adapter.h"
#include "lib/ingest/utf8.h"
#include "lib/util/status_macros.h"
#include "proto/registration.pb.h"

namespace simaudit {
namespace {

using ::google::protobuf::util::JsonParseOptions;
using ::google::protobuf::util::JsonStringToMessage;

constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Protobuf 3.21 has its own StringPiece and Status types.
google::protobuf::StringPiece Piece(absl::string_view s) {
  return google::protobuf::StringPiece(s.data(), s.size());
}

// The keys the proto3 JSON parser maps to Registration fields: field names and their
// lowerCamelCase JSON names.
const absl::flat_hash_set<std::string>& KnownKeys() {
  static const absl::flat_hash_set<std::string>* const keys = [] {
    auto* set = new absl::flat_hash_set<std::string>();
    const google::protobuf::Descriptor* descriptor = v1::Registration::descriptor();
    for (int i = 0; i < descriptor->field_count(); ++i) {
      set->insert(descriptor->field(i)->name());
      set->insert(descriptor->field(i)->json_name());
    }
    return set;
  }();
  return *keys;
}

class JsonlBatchReader {
 public:
  JsonlBatchReader(uint8_t source, const ValidationOptions& options, Batch* batch)
      : source_(source), batch_(batch), appender_(options, batch) {
    lenient_.ignore_unknown_fields = true;
  }

  void ProcessLine(absl::string_view line, uint64_t line_number);
  void RejectOversizedLine(absl::string_view prefix, uint64_t line_number) {
    AppendReaderReject(line_number, "", RejectReason::kFieldTooLong, prefix, source_, batch_);
  }

 private:
  // Adds a warning for each key of `json` (a valid object) that no Registration field has.
  void WarnUnknownKeys(absl::string_view json);

  const uint8_t source_;
  Batch* const batch_;
  internal::RowAppender appender_;
  JsonParseOptions strict_;
  JsonParseOptions lenient_;
  v1::Registration reg_;
  absl::flat_hash_set<std::string> warned_keys_;
};

void JsonlBatchReader::WarnUnknownKeys(absl::string_view json) {
  google::protobuf::Struct object;
  if (!JsonStringToMessage(Piece(json), &object).ok()) return;
  const absl::flat_hash_set<std::string>& known = KnownKeys();
  for (const auto& [key, value] : object.fields()) {
    if (known.contains(key)) continue;
    if (warned_keys_.insert(key).second) {
      batch_->counters.warnings.push_back(absl::StrCat("unknown column '", key, "' ignored"));
    }
  }
}

void JsonlBatchReader::ProcessLine(absl::string_view line, uint64_t line_number) {
  const absl::string_view json = TrimField(line);
  if (json.empty()) return;
  if (!IsValidUtf8(line)) {
    AppendReaderReject(line_number, "", RejectReason::kBadUtf8, line, source_, batch_);
    return;
  }
  reg_.Clear();
  // Parsing strictly first costs nothing extra on clean lines and tells us when a line
  // has keys we do not know; only those lines are parsed again.
  if (!JsonStringToMessage(Piece(json), &reg_, strict_).ok()) {
    reg_.Clear();
    const google::protobuf::util::Status lenient =
        JsonStringToMessage(Piece(json), &reg_, lenient_);
    if (!lenient.ok()) {
      const google::protobuf::StringPiece message = lenient.message();
      AppendReaderReject(line_number, "", RejectReason::kBadJson,
                         absl::StrCat(absl::string_view(message.data(), message.size()),
                                      " :: ", line),
                         source_, batch_);
      return;
    }
    WarnUnknownKeys(json);
  }
  RegistrationNumberText numbers;
  const RawFields fields = RegistrationToRawFields(reg_, &numbers);
  // JSON escapes can spell invalid UTF-8 (lone surrogates), so fields are checked again.
  appender_.Append(
      fields, line_number, [line] { return std::string(line); }, source_,
      /*fields_are_utf8=*/false);
}

}  // namespace

absl::Status ReadJsonl(ChunkedInput* input, uint8_t source, const ValidationOptions& options,
                       Batch* batch, size_t max_line_bytes) {
  JsonlBatchReader reader(source, options, batch);
  uint64_t line_number = 1;
  bool eof = false;
  bool started = false;
  size_t scanned = 0;  // bytes of data() already known to hold no LF
  while (true) {
    const absl::string_view data = input->data();
    if (!started && (data.size() >= kUtf8Bom.size() || eof)) {
      if (data.substr(0, kUtf8Bom.size()) == kUtf8Bom) input->Consume(kUtf8Bom.size());
      started = true;
      continue;
    }
    const void* nl = started && data.size() > scanned
                         ? std::memchr(data.data() + scanned, '\n', data.size() - scanned)
                         : nullptr;
    if (nl != nullptr) {
      const size_t len = static_cast<size_t>(static_cast<const char*>(nl) - data.data());
      absl::string_view line = data.substr(0, len);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (len > max_line_bytes) {
        reader.RejectOversizedLine(line.substr(0, 1024), line_number);
      } else {
        reader.ProcessLine(line, line_number);
      }
      input->Consume(len + 1);
      ++line_number;
      scanned = 0;
      continue;
    }
    if (eof) {
      if (!data.empty()) {
        if (data.size() > max_line_bytes) {
          reader.RejectOversizedLine(data.substr(0, 1024), line_number);
        } else {
          reader.ProcessLine(data, line_number);
        }
        input->Consume(data.size());
      }
      return absl::OkStatus();
    }
    scanned = started ? data.size() : 0;
    if (data.size() > max_line_bytes) {
      // Too long to keep: reject it now from its first KiB, then drop bytes up to the
      // line's LF without buffering them.
      reader.RejectOversizedLine(data.substr(0, 1024), line_number);
      input->Consume(data.size());
      while (true) {
        SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input->Extend());
        if (!more) return absl::OkStatus();
        const absl::string_view rest = input->data();
        const void* end = std::memchr(rest.data(), '\n', rest.size());
        if (end != nullptr) {
          input->Consume(static_cast<size_t>(static_cast<const char*>(end) - rest.data()) + 1);
          break;
        }
        input->Consume(rest.size());
      }
      ++line_number;
      scanned = 0;
      continue;
    }
    SIMAUDIT_ASSIGN_OR_RETURN(const bool more, input->Extend());
    if (!more) eof = true;
  }
}

}  // namespace simaudit
