// File: batch_test_util.h
// -----------------------------------------------------------------------------
// Test helpers comparing the Records and rejects of two Batches field by field (pool ids
// are compared through their strings, so batches built in different orders compare).
#ifndef SIMAUDIT_LIB_INGEST_BATCH_TEST_UTIL_H_
#define SIMAUDIT_LIB_INGEST_BATCH_TEST_UTIL_H_

#include <cmath>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lib/model/record.h"

namespace simaudit::testing {

inline std::string PoolString(const StringPool& pool, uint32_t id) {
  return id == kNoId ? "<none>" : std::string(pool.Get(id));
}

// Every field of `r` except line and source, as text.
inline std::string RecordContent(const Record& r, const Batch& batch) {
  uint32_t face_bits;
  std::memcpy(&face_bits, &r.face_match, sizeof(face_bits));
  return absl::StrCat(
      "registered_at=", r.registered_at, " offset=", r.utc_offset_minutes,
      " msisdn=", r.msisdn, " imsi=", r.imsi, " iccid=", r.iccid_body, "/", r.iccid_len,
      " imei=", r.device_imei, " first_use=", r.first_use_imei, " selfie=", r.selfie_hash,
      "/", r.has_selfie, " id=", PoolString(batch.ids, r.id_key),
      " name=", PoolString(batch.names, r.name_key), " agent=", PoolString(batch.agents, r.agent),
      " soft=", r.soft_checks, " dob=", r.date_of_birth,
      " usage=", absl::StrJoin(r.usage, ","), " face=", face_bits, " province=", r.province,
      " carrier=", static_cast<int>(r.carrier), " id_type=", static_cast<int>(r.id_type),
      " subscriber=", static_cast<int>(r.subscriber_type), " gender=", static_cast<int>(r.gender),
      " channel=", static_cast<int>(r.channel), " popdb=", static_cast<int>(r.popdb_check),
      " status=", static_cast<int>(r.status));
}

}  // namespace simaudit::testing

#endif  // SIMAUDIT_LIB_INGEST_BATCH_TEST_UTIL_H_
