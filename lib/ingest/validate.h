// File: validate.h
// -----------------------------------------------------------------------------
// The core of ingestion: validates and normalises one raw registration row (fields by
// Column, as read from CSV, JSONL or gRPC) into a compact Record appended to a Batch, or
// rejects it with a reason code (lib/ingest/reject_reasons.h). Every reader goes through
// AppendRow, so the same data gives the same Records and rejects whatever its form.
//
//   Batch batch;
//   batch.sources.push_back("viettel-2025-03.csv");
//   RawFields fields{};
//   fields[static_cast<int>(Column::kCarrier)] = "viettel";
//   ...
//   if (!AppendRow(fields, /*line=*/2, raw_text, /*source=*/0, ValidationOptions(), &batch)) {
//     // batch.rejects.back() says why
//   }
//
// Hard checks reject the row; the first failing one gives the reason, in this order:
// FIELD_TOO_LONG, BAD_UTF8, MISSING_FIELD (carrier, msisdn, id_type, id_number,
// full_name, registered_at), UNKNOWN_CARRIER, BAD_MSISDN, BAD_ENUM (id_type,
// subscriber_type), MISSING_FIELD (date_of_birth, persons only), BAD_GENDER, BAD_ENUM
// (channel, popdb_check, status), MISSING_OFFSET / BAD_TIMESTAMP / REGISTERED_AFTER_AS_OF,
// BAD_DATE / DOB_IN_FUTURE / AGE_OVER_MAX, BAD_NATIONALITY, the id_number checks
// (BAD_CCCD, BAD_CCCD_PROVINCE, BAD_CMND, BAD_PASSPORT, BAD_ORG_ID), BAD_IMSI, BAD_ICCID,
// BAD_IMEI (device_imei, then first_use_imei), BAD_SELFIE_HASH, BAD_FACE_MATCH,
// BAD_PROVINCE, BAD_NUMBER (usage columns in order), and MISSING_FIELD (full_name) when
// the name folds to nothing (only invisible characters).
//
// Soft checks keep the row and set Record::soft_checks bits (lib/model/record.h). The
// hot path does not allocate once the batch's pools and vectors have grown: dates and
// timestamps are parsed by hand and name folding is cached.
#ifndef SIMAUDIT_LIB_INGEST_VALIDATE_H_
#define SIMAUDIT_LIB_INGEST_VALIDATE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "lib/ingest/identity_keyer.h"
#include "lib/ingest/name_folder.h"
#include "lib/ingest/reject_reasons.h"
#include "lib/ingest/timestamp.h"
#include "lib/model/codes.h"
#include "lib/model/record.h"
#include "lib/model/schema.h"
#include "lib/model/string_pool.h"

namespace simaudit {

// Longest accepted field, in bytes; longer fields reject the row (FIELD_TOO_LONG).
inline constexpr size_t kMaxFieldBytes = 64 * 1024;
// Rejects keep at most this many bytes of the raw row.
inline constexpr size_t kMaxRawBytes = 1024;

// ValidationOptions
//
// Thresholds and policies of the hard and soft checks. The defaults follow the domain
// fact sheet; items marked UNCONFIRMED there are options rather than law.
struct ValidationOptions {
  // As-of instant (Unix seconds). Rows with registered_at after it are rejected
  // (REGISTERED_AFTER_AS_OF). nullopt = no such check (the CLI's default as-of is the
  // latest registered_at in the input, so nothing can be after it).
  std::optional<int64_t> as_of;
  // MVNOs may share a host MNC: when true, an IMSI whose MNC belongs to the host network
  // of an MVNO carrier is accepted for it (ITEL on VinaPhone 02; REDDI's host is
  // UNCONFIRMED, so any Vietnamese MNC), and likewise for ICCID issuers. ASIM, DIGILIFE,
  // LOCAL and WINTEL have no known MNC and are never flagged.
  bool allow_mvno_host_mnc = true;
  // Last day a CMND is valid for registration (UNCONFIRMED: default 2024-12-31), in days
  // since epoch; later registrations on a CMND get the CMND_EXPIRED soft check.
  int32_t cmnd_valid_until_days = DaysFromCivil(2024, 12, 31);
  // A CCCD whose province code is not in the 63-code table: kept with the
  // CCCD_UNKNOWN_PROVINCE soft check by default, as the domain fact sheet says ("an
  // unknown PPP is a soft flag": the codes of births registered abroad and the codes
  // after the 2025 merger of provinces are UNCONFIRMED), so a real person is never
  // dropped from the audit for it; the detection engine weighs the signal by how rare it
  // is among the batch's registrations. With false, such rows are rejected
  // (BAD_CCCD_PROVINCE).
  bool unknown_cccd_province_is_soft = true;
  int under_age_years = 14;         // soft check UNDER_14 below this age
  int max_age_years = 120;          // hard reject (AGE_OVER_MAX) above this age
  int implausible_age_years = 110;  // soft check AGE_OVER_110 above this age
  // Makes identity keys; nullptr = RawIdentityKeyer ("CCCD:001090012345"). Not owned.
  const IdentityKeyer* identity_keyer = nullptr;
  // Folds names; nullptr = a per-thread default folder. Not owned; must not be shared
  // between threads.
  NameFolder* name_folder = nullptr;
};

// AppendRow
//
// Validates one raw row (fields indexed by Column; absent columns empty; blanks around
// each field are ignored). On success appends a Record (line, source, ids interned in the
// batch's pools) and returns true. Otherwise appends a RejectRow (reason code, column at
// fault, `raw_row` truncated to 1 KiB) and returns false. Counters are updated either way
// and max_registered_at on success. `source` indexes batch->sources (the reject's source
// name is empty if it is out of range).
bool AppendRow(const RawFields& fields, uint64_t line, absl::string_view raw_row,
               uint8_t source, const ValidationOptions& options, Batch* batch);

// Appends a reject that a reader found before field validation (e.g. WRONG_FIELD_COUNT),
// counting it as a row read and rejected. `column` may be empty.
void AppendReaderReject(uint64_t line, absl::string_view column, RejectReason reason,
                        absl::string_view raw_row, uint8_t source, Batch* batch);

namespace internal {

// Remembers the last few spellings seen for an enumerated column and what they parsed
// to: a batch repeats a handful of values millions of times.
template <typename E, int kEntries = 4>
class EnumMemo {
 public:
  std::optional<E> Parse(absl::string_view s, std::optional<E> (*parse)(absl::string_view)) {
    for (int i = 0; i < used_; ++i) {
      if (entries_[i].Matches(s)) return entries_[i].value;
    }
    const std::optional<E> value = parse(s);
    if (value.has_value() && s.size() <= sizeof(Entry::text)) {
      Entry& e = entries_[next_];
      for (size_t i = 0; i < s.size(); ++i) e.text[i] = s[i];
      e.length = static_cast<uint8_t>(s.size());
      e.value = *value;
      next_ = (next_ + 1) % kEntries;
      if (used_ < kEntries) ++used_;
    }
    return value;
  }

 private:
  struct Entry {
    char text[16];
    uint8_t length;
    E value;
    bool Matches(absl::string_view s) const {
      if (s.size() != length) return false;
      for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != text[i]) return false;
      }
      return true;
    }
  };
  Entry entries_[kEntries];
  int used_ = 0;
  int next_ = 0;
};

// SharedNameFolds
//
// Folded forms of non-ASCII names, shared by the RowAppenders that read one file on
// several threads: each thread folds with a NameFolder of its own, and ICU folding costs
// about 8 us per spelling (and takes a process-wide lock inside ICU), so a spelling met
// by several threads should be folded by one. Folding is deterministic, so results do
// not depend on which thread folded first. Bounded like the RowAppender's own cache.
// Thread-safe.
class SharedNameFolds {
 public:
  // If some thread stored the fold of `raw`, copies it to *folded and returns true.
  bool Lookup(absl::string_view raw, std::string* folded) const;
  void Store(absl::string_view raw, absl::string_view folded);

 private:
  mutable absl::Mutex mu_;
  absl::flat_hash_map<std::string, std::string> folds_ ABSL_GUARDED_BY(mu_);
};

// RowAppender
//
// Validates rows into one batch, keeping caches that are valid for that batch between
// rows (spellings of enumerated values, raw name -> folded name id). Readers use one
// per file; AppendRow uses a fresh one per call. Not thread-safe; `options` and `batch`
// must outlive it.
class RowAppender {
 public:
  // `cache_names`: keep the raw-name cache (worth it only for many rows).
  // `shared_folds`: consulted before folding a non-ASCII name, and given each new fold;
  // may be nullptr. Not owned.
  RowAppender(const ValidationOptions& options, Batch* batch, bool cache_names = true,
              SharedNameFolds* shared_folds = nullptr);
  RowAppender(const RowAppender&) = delete;
  RowAppender& operator=(const RowAppender&) = delete;

  // Like AppendRow; the raw text is produced only if the row is rejected (a gRPC
  // record's text form costs a conversion). With `fields_are_utf8` the caller vouches
  // that every field is valid UTF-8 (a CSV reader that checked the whole row).
  bool Append(const RawFields& fields, uint64_t line, absl::FunctionRef<std::string()> raw_row,
              uint8_t source, bool fields_are_utf8);

 private:
  struct Failure {
    RejectReason reason;
    Column column;
  };

  std::optional<Failure> Validate(const RawFields& raw, bool fields_are_utf8,
                                  Record* record);
  // Checks the document number and leaves its identity key in *key_.
  std::optional<Failure> CheckIdentity(IdType id_type, absl::string_view number,
                                       absl::string_view nationality, int dob_year,
                                       Gender gender, Record* record);
  uint32_t NameKey(absl::string_view raw_name);

  const ValidationOptions& options_;
  Batch* const batch_;
  NameFolder* const folder_;
  const IdentityKeyer* const keyer_;
  const bool cache_names_;
  std::string* const key_;  // per-thread scratch for the identity key
  char id_buffer_[24];
  EnumMemo<Carrier> carriers_;
  EnumMemo<IdType> id_types_;
  EnumMemo<SubscriberType> subscriber_types_;
  EnumMemo<Gender> genders_;
  EnumMemo<Channel> channels_;
  EnumMemo<PopdbCheck> popdb_checks_;
  EnumMemo<SubscriptionStatus> statuses_;
  // Raw (trimmed) full name -> Batch::names id (kNoId if it folds to nothing), so each
  // spelling is folded once: raw_names_ numbers the spellings, name_of_raw_ maps them.
  // An arena-backed pool rather than a map of std::string keys: no allocation per
  // spelling, and one probe per row.
  StringPool raw_names_;
  std::vector<uint32_t> name_of_raw_;
  SharedNameFolds* const shared_folds_;
  std::string shared_fold_;  // a fold copied out of shared_folds_
};

}  // namespace internal
}  // namespace simaudit

#endif  // SIMAUDIT_LIB_INGEST_VALIDATE_H_
