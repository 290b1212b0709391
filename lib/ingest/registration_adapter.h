// File: registration_adapter.h
// -----------------------------------------------------------------------------
// Feeds `simaudit.v1.Registration` messages (the gRPC path, and JSONL lines once parsed)
// through the same validation as CSV rows: the message becomes RawFields (strings as they
// are, numbers as decimal text) and goes to AppendRow, so a batch gives identical Records
// and rejects whichever way it arrives.
//
//   for (uint64_t i = 0; i < request.registrations_size(); ++i) {
//     AppendRegistration(request.registrations(i), i + 1, "grpc", options, &batch);
//   }
#ifndef SIMAUDIT_LIB_INGEST_REGISTRATION_ADAPTER_H_
#define SIMAUDIT_LIB_INGEST_REGISTRATION_ADAPTER_H_

#include <cstdint>
#include <string>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "lib/ingest/validate.h"
#include "lib/model/record.h"
#include "lib/model/schema.h"
#include "proto/registration.pb.h"

namespace simaudit {

// Holds the decimal text of a message's numeric fields while its RawFields are in use.
struct RegistrationNumberText {
  char face_match[32];
  char usage[kNumUsageColumns][24];
};

// Returns the message's fields by Column. Numeric fields are written into `numbers` and
// the returned views point into it and into `reg`; absent optional numbers are empty.
// face_match uses the shortest text that reads back as the same double.
RawFields RegistrationToRawFields(const v1::Registration& reg,
                                  RegistrationNumberText* numbers);

// AppendRegistration
//
// Validates one message like a CSV row and appends a Record or a RejectRow; `index` is
// the 1-based record number, used as the line. The source is `source_name`, added to
// batch->sources unless already there. Rejects carry the message as JSON in `raw`.
// Record::source is 8 bits: with 256 sources already present, a new name is recorded
// under the last one (and logged).
void AppendRegistration(const v1::Registration& reg, uint64_t index,
                        absl::string_view source_name, const ValidationOptions& options,
                        Batch* batch);

namespace internal {

// Returns the index of `source_name` in batch->sources, appending it if absent.
uint8_t FindOrAddSource(absl::string_view source_name, Batch* batch);

}  // namespace internal
}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_REGISTRATION_ADAPTER_H_
