#include "lib/ingest/validate.h"

#include <array>
#include <limits>
#include <utility>

#include "absl/base/attributes.h"
#include "lib/ingest/normalize.h"
#include "lib/ingest/utf8.h"
#include "lib/ingest/validators.h"

namespace simaudit {
namespace {

constexpr int Idx(Column c) { return static_cast<int>(c); }

// Columns that may never be empty, in the order their absence is reported.
constexpr Column kAlwaysRequired[] = {Column::kCarrier,  Column::kMsisdn,
                                      Column::kIdType,   Column::kIdNumber,
                                      Column::kFullName, Column::kRegisteredAt};

// Longest identity number any document type accepts (foreign passports, org codes).
constexpr size_t kMaxIdNumberBytes = 20;

// Bound on the raw-name cache of one RowAppender.
constexpr size_t kMaxCachedNames = size_t{1} << 20;

// TrimField, with the common case (nothing to trim) checked through data(): absl's
// string_view front() and back() are checked accessors that the compiler keeps out of
// line, and this runs for every field of every row.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline absl::string_view Trim(absl::string_view s) {
  const char* const p = s.data();
  if (s.empty() || (static_cast<unsigned char>(p[0]) > ' ' &&
                    static_cast<unsigned char>(p[s.size() - 1]) > ' ')) {
    return s;
  }
  return TrimField(s);
}

NameFolder& ThreadDefaultFolder() {
  thread_local NameFolder folder;
  return folder;
}

// Reused for identity keys so that appending a row does not allocate.
std::string& ThreadKeyScratch() {
  thread_local std::string key;
  return key;
}

const IdentityKeyer& DefaultKeyer() {
  static const RawIdentityKeyer* const keyer = new RawIdentityKeyer();
  return *keyer;
}

absl::string_view SourceName(const Batch& batch, uint8_t source) {
  return source < batch.sources.size() ? absl::string_view(batch.sources[source])
                                       : absl::string_view();
}

void AppendRejectImpl(uint64_t line, absl::string_view column, RejectReason reason,
                      std::string raw, uint8_t source, Batch* batch) {
  RejectRow reject;
  reject.source = std::string(SourceName(*batch, source));
  reject.line = line;
  reject.column = std::string(column);
  reject.reason = std::string(RejectReasonCode(reason));
  reject.raw = std::move(raw);
  BatchCounters& counters = batch->counters;
  ++counters.rows_read;
  ++counters.rows_rejected;
  ++counters.rejects_per_reason[reject.reason];
  batch->rejects.push_back(std::move(reject));
}

}  // namespace

namespace internal {

bool SharedNameFolds::Lookup(absl::string_view raw, std::string* folded) const {
  absl::MutexLock lock(&mu_);
  const auto it = folds_.find(raw);
  if (it == folds_.end()) return false;
  folded->assign(it->second);
  return true;
}

void SharedNameFolds::Store(absl::string_view raw, absl::string_view folded) {
  absl::MutexLock lock(&mu_);
  if (folds_.size() < kMaxCachedNames) folds_.try_emplace(raw, folded);
}

RowAppender::RowAppender(const ValidationOptions& options, Batch* batch, bool cache_names,
                         SharedNameFolds* shared_folds)
    : options_(options),
      batch_(batch),
      folder_(options.name_folder != nullptr ? options.name_folder : &ThreadDefaultFolder()),
      keyer_(options.identity_keyer != nullptr ? options.identity_keyer : &DefaultKeyer()),
      cache_names_(cache_names),
      key_(&ThreadKeyScratch()),
      shared_folds_(shared_folds) {}

uint32_t RowAppender::NameKey(absl::string_view raw_name) {
  if (!cache_names_) {
    const absl::string_view folded = folder_->FoldView(raw_name);
    return folded.empty() ? kNoId : batch_->names.Intern(folded);
  }
  const uint32_t raw_id = raw_names_.Intern(raw_name);
  if (raw_id < name_of_raw_.size()) return name_of_raw_[raw_id];
  absl::string_view folded;
  if (shared_folds_ != nullptr && !IsAscii(raw_name)) {
    if (shared_folds_->Lookup(raw_name, &shared_fold_)) {
      folded = shared_fold_;
    } else {
      folded = folder_->FoldView(raw_name);
      shared_folds_->Store(raw_name, folded);
    }
  } else {
    folded = folder_->FoldView(raw_name);
  }
  const uint32_t id = folded.empty() ? kNoId : batch_->names.Intern(folded);
  name_of_raw_.push_back(id);
  if (name_of_raw_.size() >= kMaxCachedNames) {
    raw_names_ = StringPool();
    name_of_raw_.clear();
  }
  return id;
}

std::optional<RowAppender::Failure> RowAppender::Validate(const RawFields& raw,
                                                          bool fields_are_utf8,
                                                          Record* record) {
  for (int i = 0; i < kNumColumns; ++i) {
    if (raw[i].size() > kMaxFieldBytes) {
      return Failure{RejectReason::kFieldTooLong, static_cast<Column>(i)};
    }
  }
  if (!fields_are_utf8) {
    for (int i = 0; i < kNumColumns; ++i) {
      if (!IsValidUtf8(raw[i])) return Failure{RejectReason::kBadUtf8, static_cast<Column>(i)};
    }
  }
  // Fields are trimmed once, where they are first read (cheaper than copying them all).
  struct Trimmed {
    const RawFields& raw;
    ABSL_ATTRIBUTE_ALWAYS_INLINE absl::string_view operator()(Column c) const {
      return Trim(raw[Idx(c)]);
    }
  };
  const Trimmed F{raw};
  for (Column c : kAlwaysRequired) {
    if (F(c).empty()) return Failure{RejectReason::kMissingField, c};
  }
  // The pools are probed at the end; start loading their slots now (cache misses).
  if (cache_names_) raw_names_.Prefetch(F(Column::kFullName));
  if (!F(Column::kAgentId).empty()) batch_->agents.Prefetch(F(Column::kAgentId));

  const std::optional<Carrier> carrier = carriers_.Parse(F(Column::kCarrier), ParseCarrier);
  if (!carrier.has_value()) return Failure{RejectReason::kUnknownCarrier, Column::kCarrier};
  record->carrier = *carrier;

  const std::optional<uint64_t> msisdn = NormalizeMsisdn(F(Column::kMsisdn));
  if (!msisdn.has_value()) return Failure{RejectReason::kBadMsisdn, Column::kMsisdn};
  record->msisdn = *msisdn;

  const std::optional<IdType> id_type = id_types_.Parse(F(Column::kIdType), ParseIdType);
  if (!id_type.has_value()) return Failure{RejectReason::kBadEnum, Column::kIdType};
  record->id_type = *id_type;
  const std::optional<SubscriberType> subscriber_type =
      subscriber_types_.Parse(F(Column::kSubscriberType), ParseSubscriberType);
  if (!subscriber_type.has_value()) {
    return Failure{RejectReason::kBadEnum, Column::kSubscriberType};
  }
  record->subscriber_type = *subscriber_type;
  const bool is_person =
      *subscriber_type == SubscriberType::kIndividual && *id_type != IdType::kOrg;
  const absl::string_view date_of_birth = F(Column::kDateOfBirth);
  if (is_person && date_of_birth.empty()) {
    return Failure{RejectReason::kMissingField, Column::kDateOfBirth};
  }

  const std::optional<Gender> gender = genders_.Parse(F(Column::kGender), ParseGender);
  if (!gender.has_value()) return Failure{RejectReason::kBadGender, Column::kGender};
  record->gender = *gender;
  const std::optional<Channel> channel = channels_.Parse(F(Column::kChannel), ParseChannel);
  if (!channel.has_value()) return Failure{RejectReason::kBadEnum, Column::kChannel};
  record->channel = *channel;
  const std::optional<PopdbCheck> popdb =
      popdb_checks_.Parse(F(Column::kPopdbCheck), ParsePopdbCheck);
  if (!popdb.has_value()) return Failure{RejectReason::kBadEnum, Column::kPopdbCheck};
  record->popdb_check = *popdb;
  const std::optional<SubscriptionStatus> status =
      statuses_.Parse(F(Column::kStatus), ParseSubscriptionStatus);
  if (!status.has_value()) return Failure{RejectReason::kBadEnum, Column::kStatus};
  record->status = *status;

  const TimestampResult ts = ParseIsoTimestamp(F(Column::kRegisteredAt));
  if (ts.error == TimestampError::kMissingOffset) {
    return Failure{RejectReason::kMissingOffset, Column::kRegisteredAt};
  }
  if (ts.error != TimestampError::kNone) {
    return Failure{RejectReason::kBadTimestamp, Column::kRegisteredAt};
  }
  if (options_.as_of.has_value() && ts.unix_seconds > *options_.as_of) {
    return Failure{RejectReason::kRegisteredAfterAsOf, Column::kRegisteredAt};
  }
  record->registered_at = ts.unix_seconds;
  record->utc_offset_minutes = ts.utc_offset_minutes;

  int dob_year = 0;  // 0: no date of birth
  if (!date_of_birth.empty()) {
    const std::optional<CivilDate> dob = ParseIsoCivilDate(date_of_birth);
    if (!dob.has_value()) return Failure{RejectReason::kBadDate, Column::kDateOfBirth};
    const int32_t dob_days = DaysFromCivil(dob->year, dob->month, dob->day);
    if (dob_days > ts.local_days) {
      return Failure{RejectReason::kDobInFuture, Column::kDateOfBirth};
    }
    const int age = AgeInYears(*dob, ts.local_date);
    if (age > options_.max_age_years) {
      return Failure{RejectReason::kAgeOverMax, Column::kDateOfBirth};
    }
    record->date_of_birth = dob_days;
    dob_year = dob->year;
    if (age < options_.under_age_years) record->soft_checks |= kSoftUnder14;
    if (age > options_.implausible_age_years) record->soft_checks |= kSoftAgeOver110;
  }

  const absl::string_view nationality = F(Column::kNationality);
  if (!nationality.empty() && !IsValidNationality(nationality)) {
    return Failure{RejectReason::kBadNationality, Column::kNationality};
  }

  if (std::optional<Failure> failure = CheckIdentity(*id_type, F(Column::kIdNumber),
                                                     nationality, dob_year, *gender, record)) {
    return failure;
  }
  batch_->ids.Prefetch(*key_);
  if (*id_type == IdType::kCmnd && ts.local_days > options_.cmnd_valid_until_days) {
    record->soft_checks |= kSoftCmndExpired;
  }

  if (!F(Column::kImsi).empty()) {
    const std::optional<Imsi> imsi = ParseImsi(F(Column::kImsi));
    if (!imsi.has_value()) return Failure{RejectReason::kBadImsi, Column::kImsi};
    record->imsi = imsi->value;
    if (!ImsiMatchesCarrier(imsi->mnc, *carrier, options_.allow_mvno_host_mnc)) {
      record->soft_checks |= kSoftImsiCarrierMismatch;
    }
  }
  if (!F(Column::kIccid).empty()) {
    const std::optional<Iccid> iccid = ParseIccid(F(Column::kIccid));
    if (!iccid.has_value()) return Failure{RejectReason::kBadIccid, Column::kIccid};
    record->iccid_body = iccid->body;
    record->iccid_len = iccid->length;
    if (!IccidIssuerMatchesCarrier(iccid->issuer, *carrier, options_.allow_mvno_host_mnc)) {
      record->soft_checks |= kSoftIccidIssuerMismatch;
    }
  }
  if (!F(Column::kDeviceImei).empty()) {
    const std::optional<uint64_t> imei = ParseImei(F(Column::kDeviceImei));
    if (!imei.has_value()) return Failure{RejectReason::kBadImei, Column::kDeviceImei};
    record->device_imei = *imei;
  }
  if (!F(Column::kFirstUseImei).empty()) {
    const std::optional<uint64_t> imei = ParseImei(F(Column::kFirstUseImei));
    if (!imei.has_value()) return Failure{RejectReason::kBadImei, Column::kFirstUseImei};
    record->first_use_imei = *imei;
  }
  if (!F(Column::kSelfieHash).empty()) {
    const std::optional<uint64_t> hash = ParseSelfieHash(F(Column::kSelfieHash));
    if (!hash.has_value()) return Failure{RejectReason::kBadSelfieHash, Column::kSelfieHash};
    record->selfie_hash = *hash;
    record->has_selfie = true;
  }
  if (!F(Column::kFaceMatch).empty()) {
    const std::optional<float> face = ParseFaceMatch(F(Column::kFaceMatch));
    if (!face.has_value()) return Failure{RejectReason::kBadFaceMatch, Column::kFaceMatch};
    record->face_match = *face;
  }
  if (!F(Column::kProvince).empty()) {
    const std::optional<uint16_t> province = ParseProvinceCode(F(Column::kProvince));
    if (!province.has_value()) return Failure{RejectReason::kBadProvince, Column::kProvince};
    record->province = *province;
  }
  for (int i = 0; i < kNumUsageColumns; ++i) {
    const absl::string_view text = Trim(raw[Idx(Column::kActiveDays30d) + i]);
    if (text.empty()) continue;
    const std::optional<int32_t> count = ParseUsageCount(text);
    if (!count.has_value()) {
      return Failure{RejectReason::kBadNumber,
                     static_cast<Column>(Idx(Column::kActiveDays30d) + i)};
    }
    record->usage[i] = *count;
  }

  // Everything is valid: intern the strings (only now, so rejects leave pools alone).
  const uint32_t name_key = NameKey(F(Column::kFullName));
  if (name_key == kNoId) return Failure{RejectReason::kMissingField, Column::kFullName};
  record->name_key = name_key;
  record->id_key = batch_->ids.Intern(*key_);
  if (!F(Column::kAgentId).empty()) record->agent = batch_->agents.Intern(F(Column::kAgentId));
  return std::nullopt;
}

std::optional<RowAppender::Failure> RowAppender::CheckIdentity(
    IdType id_type, absl::string_view number, absl::string_view nationality, int dob_year,
    Gender gender, Record* record) {
  switch (id_type) {
    case IdType::kCccd: {
      const CccdResult cccd = ParseCccd(number);
      if (!cccd.ok()) {
        if (*cccd.error != RejectReason::kBadCccdProvince ||
            !options_.unknown_cccd_province_is_soft) {
          return Failure{*cccd.error, Column::kIdNumber};
        }
        record->soft_checks |= kSoftCccdUnknownProvince;
      }
      const bool year_differs = dob_year != 0 && dob_year != cccd.birth_year();
      const bool gender_differs = gender != Gender::kUnknown && gender != cccd.gender();
      // One keystroke explaining every difference is a plausible clerical slip.
      const bool slip = (year_differs || gender_differs) && dob_year != 0 &&
                        CccdDigitsOneSlipFrom(cccd, dob_year, gender);
      if (year_differs) {
        record->soft_checks |= kSoftCccdBirthYearMismatch;
        if (slip) record->soft_checks |= kSoftCccdYearSlip;
      }
      if (gender_differs) {
        record->soft_checks |= kSoftCccdGenderMismatch;
        if (slip) record->soft_checks |= kSoftCccdGenderSlip;
      }
      break;
    }
    case IdType::kCmnd:
      if (!IsValidCmnd(number)) return Failure{RejectReason::kBadCmnd, Column::kIdNumber};
      break;
    case IdType::kPassport: {
      if (number.size() > kMaxIdNumberBytes) {
        return Failure{RejectReason::kBadPassport, Column::kIdNumber};
      }
      for (size_t i = 0; i < number.size(); ++i) {
        const char c = number[i];
        id_buffer_[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      }
      number = absl::string_view(id_buffer_, number.size());
      if (!IsValidPassport(number, nationality)) {
        return Failure{RejectReason::kBadPassport, Column::kIdNumber};
      }
      break;
    }
    case IdType::kOrg: {
      if (!IsValidOrgId(number)) return Failure{RejectReason::kBadOrgId, Column::kIdNumber};
      // 0101234567-001 and 0101234567001 are the same code: key on the digits.
      size_t n = 0;
      for (char c : number) {
        if (c != '-') id_buffer_[n++] = c;
      }
      number = absl::string_view(id_buffer_, n);
      break;
    }
  }
  keyer_->Key(id_type, number, key_);
  return std::nullopt;
}

bool RowAppender::Append(const RawFields& fields, uint64_t line,
                         absl::FunctionRef<std::string()> raw_row, uint8_t source,
                         bool fields_are_utf8) {
  std::vector<Record>& records = batch_->records;
  records.emplace_back();
  Record& record = records.back();
  if (std::optional<Failure> failure = Validate(fields, fields_are_utf8, &record)) {
    records.pop_back();
    AppendRejectImpl(line, ColumnName(failure->column), failure->reason,
                     ReadableRaw(raw_row(), kMaxRawBytes), source, batch_);
    return false;
  }
  record.line = line > std::numeric_limits<uint32_t>::max()
                    ? std::numeric_limits<uint32_t>::max()
                    : static_cast<uint32_t>(line);
  record.source = source;
  BatchCounters& counters = batch_->counters;
  ++counters.rows_read;
  ++counters.rows_accepted;
  ++counters.accepted_per_carrier[static_cast<int>(record.carrier)];
  for (uint32_t bits = record.soft_checks; bits != 0; bits &= bits - 1) {
    ++counters.soft_checks[__builtin_ctz(bits)];
  }
  if (record.registered_at > batch_->max_registered_at) {
    batch_->max_registered_at = record.registered_at;
  }
  return true;
}

}  // namespace internal

void AppendReaderReject(uint64_t line, absl::string_view column, RejectReason reason,
                        absl::string_view raw_row, uint8_t source, Batch* batch) {
  AppendRejectImpl(line, column, reason, ReadableRaw(raw_row, kMaxRawBytes), source, batch);
}

bool AppendRow(const RawFields& fields, uint64_t line, absl::string_view raw_row,
               uint8_t source, const ValidationOptions& options, Batch* batch) {
  internal::RowAppender appender(options, batch, /*cache_names=*/false);
  return appender.Append(
      fields, line, [raw_row] { return std::string(raw_row); }, source,
      /*fields_are_utf8=*/false);
}

}  // namespace simaudit
