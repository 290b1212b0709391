#include "lib/audit/audit.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "lib/detect/detector.h"
#include "lib/detect/reason_codes.h"
#include "lib/ingest/reject_reasons.h"
#include "lib/ingest/normalize.h"
#include "lib/ingest/timestamp.h"
#include "lib/util/buffered_writer.h"
#include "lib/util/digest.h"
#include "lib/util/status_macros.h"
#include "lib/util/version.h"
#include "lib/util/vietnam_time.h"
#include "proto/audit_report.pb.h"

namespace simaudit {
namespace {

absl::Status MakeDir(const std::string& dir) {
  std::string path;
  for (size_t i = 0; i <= dir.size(); ++i) {
    if (i == dir.size() || dir[i] == '/') {
      path = dir.substr(0, i);
      if (!path.empty() && ::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
        return absl::UnavailableError(
            absl::StrCat("cannot create ", path, ": ", std::strerror(errno)));
      }
    }
  }
  return absl::OkStatus();
}

// Reads every input into one batch; fails on the first unreadable file.
absl::Status ReadInputs(const AuditOptions& options, Batch* batch) {
  if (options.inputs.empty()) return absl::InvalidArgumentError("at least one --input is required");
  if (!options.out_dir.empty()) SIMAUDIT_RETURN_IF_ERROR(MakeDir(options.out_dir));
  ReadOptions read;
  read.format = options.format;
  read.threads = options.threads;
  read.validation = options.validation;
  if (options.as_of.has_value()) read.validation.as_of = options.as_of;
  for (const std::string& path : options.inputs) {
    SIMAUDIT_RETURN_IF_ERROR(ReadBatchFile(path, read, batch));
  }
  return absl::OkStatus();
}

absl::Status WriteRejects(const Batch& batch, const std::string& path) {
  SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<BufferedWriter> w, BufferedWriter::Open(path));
  w->Append("line,column,reason,raw,source\n");
  for (const RejectRow& r : batch.rejects) {
    w->Append(absl::StrCat(r.line, ","));
    w->AppendCsvField(r.column);
    w->Append(",");
    w->AppendCsvField(r.reason);
    w->Append(",");
    w->AppendCsvField(r.raw);
    w->Append(",");
    w->AppendCsvField(r.source);
    w->Append("\n");
  }
  return w->Close();
}


// Writes `message` in protobuf's JSON mapping with sorted map keys: serialising
// deterministically first, then converting, makes the bytes reproducible.
absl::Status WriteJson(const google::protobuf::Message& message, const std::string& path) {
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    if (!message.SerializeToCodedStream(&coded)) {
      return absl::InternalError("cannot serialise " + message.GetTypeName());
    }
  }
  std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool()));
  google::protobuf::util::JsonPrintOptions json;
  json.add_whitespace = true;
  json.preserve_proto_field_names = true;
  json.always_print_primitive_fields = true;
  std::string text;
  auto status = google::protobuf::util::BinaryToJsonString(
      resolver.get(), "type.googleapis.com/" + message.GetDescriptor()->full_name(), binary,
      &text, json);
  if (!status.ok()) return absl::InternalError(std::string(status.message()));
  return WriteFile(path, text);
}

void PrintReadTable(const Batch& batch, std::ostream& out) {
  const BatchCounters& c = batch.counters;
  out << absl::StrFormat("  rows read      %12d\n  rows accepted  %12d\n  rows rejected  %12d\n",
                         c.rows_read, c.rows_accepted, c.rows_rejected);
  std::vector<std::pair<std::string, uint64_t>> reasons(c.rejects_per_reason.begin(),
                                                        c.rejects_per_reason.end());
  std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (const auto& [reason, n] : reasons) {
    out << absl::StrFormat("    %-24s %10d\n", reason, n);
  }
  for (const std::string& w : c.warnings) out << "  warning: " << w << "\n";
}

}  // namespace

void FillReadSummary(const Batch& batch, v1::AuditSummary* summary) {
  const BatchCounters& c = batch.counters;
  summary->set_rows_read(c.rows_read);
  summary->set_rows_accepted(c.rows_accepted);
  summary->set_rows_rejected(c.rows_rejected);
  for (int k = 0; k < kNumCarriers; ++k) {
    if (c.accepted_per_carrier[k] > 0) {
      (*summary->mutable_accepted_per_carrier())[std::string(
          CarrierName(static_cast<Carrier>(k)))] = c.accepted_per_carrier[k];
    }
  }
  for (const auto& [reason, n] : c.rejects_per_reason) {
    (*summary->mutable_rejects_per_reason())[reason] = n;
  }
  for (int b = 0; b < kNumSoftChecks; ++b) {
    (*summary->mutable_soft_check_signals())[std::string(SoftCheckName(b))] = c.soft_checks[b];
  }
  for (const std::string& w : c.warnings) summary->add_warnings(w);
}

void FillVerdictSummary(const Batch& batch, const Detector& detector,
                        v1::AuditSummary* summary) {
  std::map<std::string, uint32_t> per_carrier, per_reason;
  uint32_t junk = 0, non_owner = 0, both = 0, any = 0;
  for (size_t s = 0; s < detector.num_subscriptions(); ++s) {
    const Verdict& v = detector.verdict(s);
    junk += v.junk;
    non_owner += v.non_owner;
    both += v.junk && v.non_owner;
    if (!v.junk && !v.non_owner) continue;
    ++any;
    ++per_carrier[std::string(CarrierName(batch.records[v.record].carrier))];
    for (int k = 0; k < v.num_reasons; ++k) ++per_reason[std::string(ReasonCode(v.reasons[k]))];
  }
  summary->set_subscriptions(detector.num_subscriptions());
  summary->set_flagged_junk(junk);
  summary->set_flagged_non_owner(non_owner);
  summary->set_flagged_both(both);
  summary->set_flagged_any(any);
  for (const auto& [k, n] : per_carrier) (*summary->mutable_flagged_per_carrier())[k] = n;
  for (const auto& [k, n] : per_reason) (*summary->mutable_reasons_on_flagged())[k] = n;
  for (const std::string& n : detector.notes()) summary->add_notes(n);
}

absl::Status WriteReasonCodesMarkdown(std::ostream& out) {
  out << "# Reason codes\n\n| code | evidence for | meaning |\n|---|---|---|\n";
  for (const FindingReasonInfo& r : AllReasons()) {
    absl::string_view target;
    switch (r.target) {
      case ReasonTarget::kJunk: target = "JUNK"; break;
      case ReasonTarget::kNonOwner: target = "NON_OWNER"; break;
      case ReasonTarget::kBoth: target = "JUNK, NON_OWNER"; break;
      case ReasonTarget::kRule: target = "rule (raises both, never flags alone)"; break;
      case ReasonTarget::kInfo: target = "information"; break;
    }
    out << "| `" << r.code << "` | " << target << " | " << r.meaning << " |\n";
  }
  out << "\n# Reject reasons (rejects.csv)\n\n| code | meaning |\n|---|---|\n";
  for (const RejectReasonInfo& r : AllRejectReasons()) {
    out << "| `" << r.code << "` | " << r.meaning << " |\n";
  }
  return absl::OkStatus();
}

absl::StatusOr<int64_t> ParseAsOf(const std::string& text) {
  if (text.size() == 10) {
    std::optional<int32_t> days = ParseIsoDate(text);
    if (!days.has_value()) return absl::InvalidArgumentError(absl::StrCat("bad --as-of date: ", text));
    return int64_t{*days} * 86400 + 86400 - 1 - 7 * 3600;  // end of day, +07:00
  }
  const TimestampResult ts = ParseIsoTimestamp(text);
  if (ts.error != TimestampError::kNone) {
    return absl::InvalidArgumentError(
        absl::StrCat("bad --as-of: ", text, " (want YYYY-MM-DD or ISO 8601 with offset)"));
  }
  return ts.unix_seconds;
}

absl::Status RunValidate(const AuditOptions& options, std::ostream& out) {
  if (options.out_dir.empty()) return absl::InvalidArgumentError("--out is required");
  Batch batch;
  SIMAUDIT_RETURN_IF_ERROR(ReadInputs(options, &batch));
  SIMAUDIT_RETURN_IF_ERROR(WriteRejects(batch, options.out_dir + "/rejects.csv"));
  v1::AuditSummary summary;
  summary.set_command("validate");
  FillReadSummary(batch, &summary);
  SIMAUDIT_RETURN_IF_ERROR(WriteJson(summary, options.out_dir + "/summary.json"));
  out << "simaudit validate\n";
  PrintReadTable(batch, out);
  out << "  rejects: " << options.out_dir << "/rejects.csv\n  summary: " << options.out_dir
      << "/summary.json\n";
  return absl::OkStatus();
}

namespace {

struct AuditRun {
  Batch batch;
  std::unique_ptr<Detector> detector;
  int64_t as_of = 0;
  double read_seconds = 0;
};

absl::Status Audit(const AuditOptions& options, AuditRun* run) {
  const absl::Time t0 = absl::Now();
  SIMAUDIT_RETURN_IF_ERROR(ReadInputs(options, &run->batch));
  run->read_seconds = absl::ToDoubleSeconds(absl::Now() - t0);
  run->as_of = options.as_of.has_value()
                   ? *options.as_of
                   : (run->batch.records.empty() ? 0 : run->batch.max_registered_at);
  DetectOptions detect = options.detect;
  detect.threads = options.threads;
  SIMAUDIT_ASSIGN_OR_RETURN(run->detector, Detector::Run(run->batch, detect));
  return absl::OkStatus();
}

}  // namespace

absl::Status RunAudit(const AuditOptions& options, std::ostream& out) {
  if (options.out_dir.empty()) return absl::InvalidArgumentError("--out is required");
  AuditRun run;
  SIMAUDIT_RETURN_IF_ERROR(Audit(options, &run));
  const Batch& batch = run.batch;
  const Detector& d = *run.detector;

  const absl::Time t_write = absl::Now();
  const std::string findings_path = options.out_dir + "/findings.csv";
  v1::AuditSummary summary;
  summary.set_command("audit");
  FillReadSummary(batch, &summary);
  {
    SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<BufferedWriter> w,
                              BufferedWriter::Open(findings_path));
    w->Append("carrier,msisdn,flags,junk_score,non_owner_score,reasons,evidence\n");
    std::string line;
    for (size_t s = 0; s < d.num_subscriptions(); ++s) {
      const Verdict& v = d.verdict(s);
      const bool flagged = v.junk || v.non_owner;
      if (!flagged && !options.include_clean) continue;
      const Record& r = batch.records[v.record];
      line.clear();
      absl::StrAppend(&line, CarrierName(r.carrier), ",", MsisdnString(r.msisdn), ",",
                      FlagsColumn(v), ",", absl::StrFormat("%.4f,%.4f,", v.junk_score,
                                                       v.non_owner_score));
      for (int k = 0; k < v.num_reasons; ++k) {
        if (k > 0) line.push_back(';');
        absl::StrAppend(&line, ReasonCode(v.reasons[k]));
      }
      line.push_back(',');
      w->Append(line);
      if (flagged) w->AppendCsvField(d.Evidence(s));
      w->Append("\n");
    }
    SIMAUDIT_RETURN_IF_ERROR(w->Close());
  }
  FillVerdictSummary(batch, d, &summary);
  SIMAUDIT_RETURN_IF_ERROR(WriteRejects(batch, options.out_dir + "/rejects.csv"));
  const double write_seconds = absl::ToDoubleSeconds(absl::Now() - t_write);

  const GraphStats& g = d.graph_stats();
  auto& graph = *summary.mutable_graph();
  graph["subscriptions"] = g.subscriptions;
  graph["history_rows"] = g.history_rows;
  graph["ownership_changes"] = g.ownership_changes;
  graph["identities"] = g.identities;
  graph["person_keys"] = g.person_keys;
  graph["registration_devices"] = g.registration_devices;
  graph["first_use_devices"] = g.first_use_devices;
  graph["dealers"] = g.dealers;
  graph["faces"] = g.faces;
  graph["components"] = g.components;
  graph["largest_component"] = g.largest_component;
  graph["hub_entities"] = g.hub_entities;
  graph["placeholder_values"] = g.placeholder_values;
  graph["placeholder_times"] = g.placeholder_times;
  graph["point_activations"] = g.point_activations;
  summary.set_as_of(FormatVietnamInstant(run.as_of));
  auto& stages = *summary.mutable_stage_seconds();
  stages["read_validate"] = run.read_seconds;
  stages["graph"] = d.timings().graph_seconds;
  stages["features"] = d.timings().features_seconds;
  stages["scoring"] = d.timings().scoring_seconds;
  stages["write"] = write_seconds;
  SIMAUDIT_RETURN_IF_ERROR(WriteJson(summary, options.out_dir + "/summary.json"));

  // The manifest: what produced these findings, byte for byte.
  v1::AuditManifest manifest;
  manifest.set_tool("simaudit");
  manifest.set_version(kVersion);
  for (const std::string& path : options.inputs) {
    SIMAUDIT_ASSIGN_OR_RETURN(FileDigest digest, Sha256File(path));
    v1::InputDigest* in = manifest.add_inputs();
    in->set_path(path);
    in->set_bytes(digest.bytes);
    in->set_sha256(digest.hex);
  }
  manifest.set_as_of(FormatVietnamInstant(run.as_of));
  auto& cfg = *manifest.mutable_configuration();
  for (const auto& [name, value] : DetectConfiguration(options.detect)) cfg[name] = value;
  cfg["include_clean"] = options.include_clean ? "true" : "false";
  // (threads is not recorded: results do not depend on it)
  cfg["allow_mvno_host_mnc"] = options.validation.allow_mvno_host_mnc ? "true" : "false";
  cfg["unknown_cccd_province_is_soft"] =
      options.validation.unknown_cccd_province_is_soft ? "true" : "false";
  SIMAUDIT_ASSIGN_OR_RETURN(FileDigest findings_digest, Sha256File(findings_path));
  manifest.set_findings_sha256(findings_digest.hex);
  SIMAUDIT_RETURN_IF_ERROR(WriteJson(manifest, options.out_dir + "/manifest.json"));

  out << "simaudit audit (as of " << FormatVietnamInstant(run.as_of) << ")\n";
  PrintReadTable(batch, out);
  const double n = std::max<double>(1, d.num_subscriptions());
  out << absl::StrFormat("  subscriptions  %12d\n", d.num_subscriptions());
  out << absl::StrFormat("  JUNK           %12d  (%.2f%%)\n", summary.flagged_junk(),
                         100.0 * summary.flagged_junk() / n);
  out << absl::StrFormat("  NON_OWNER      %12d  (%.2f%%)\n", summary.flagged_non_owner(),
                         100.0 * summary.flagged_non_owner() / n);
  out << absl::StrFormat("  both           %12d\n", summary.flagged_both());
  out << "  flagged per carrier:\n";
  for (const auto& [k, v] : summary.flagged_per_carrier()) {
    out << absl::StrFormat("    %-14s %10d\n", k, v);
  }
  std::vector<std::pair<std::string, int64_t>> reasons(summary.reasons_on_flagged().begin(),
                                                       summary.reasons_on_flagged().end());
  std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  out << "  top reasons on flagged subscriptions:\n";
  for (size_t k = 0; k < std::min<size_t>(8, reasons.size()); ++k) {
    out << absl::StrFormat("    %-28s %10d\n", reasons[k].first, reasons[k].second);
  }
  out << absl::StrFormat("  time: read+validate %.2fs, graph %.2fs, features %.2fs, scoring %.2fs, write %.2fs\n",
                         run.read_seconds, d.timings().graph_seconds, d.timings().features_seconds,
                         d.timings().scoring_seconds, write_seconds);
  out << "  findings: " << findings_path << "\n  rejects:  " << options.out_dir
      << "/rejects.csv\n  summary:  " << options.out_dir << "/summary.json\n  manifest: "
      << options.out_dir << "/manifest.json\n";
  return absl::OkStatus();
}

absl::Status RunExplain(const AuditOptions& options, const std::string& carrier,
                        const std::string& msisdn, std::ostream& out) {
  std::optional<Carrier> c = ParseCarrier(carrier);
  if (!c.has_value()) return absl::InvalidArgumentError(absl::StrCat("unknown carrier ", carrier));
  std::optional<uint64_t> m = NormalizeMsisdn(msisdn);
  if (!m.has_value()) return absl::InvalidArgumentError(absl::StrCat("bad MSISDN ", msisdn));
  AuditRun run;
  SIMAUDIT_RETURN_IF_ERROR(Audit(options, &run));
  std::optional<size_t> s = run.detector->Find(*c, *m);
  if (!s.has_value()) {
    return absl::NotFoundError(absl::StrCat(carrier, " ", msisdn, " is not in the batch"));
  }
  out << run.detector->Explain(*s);
  return absl::OkStatus();
}

}  // namespace simaudit
