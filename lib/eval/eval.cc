#include "lib/eval/eval.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lib/ingest/chunked_input.h"
#include "lib/ingest/csv_reader.h"
#include "lib/ingest/normalize.h"
#include "lib/model/codes.h"
#include "lib/util/status_macros.h"

namespace simaudit {
namespace {

struct Truth {
  uint8_t junk = 0;
  uint8_t non_owner = 0;
  uint32_t pattern = 0;
  bool found = false;  // a findings row names this subscription
  bool junk_flag = false;
  bool non_owner_flag = false;
  float junk_score = 0;
  float non_owner_score = 0;
};

// Reads a CSV file with a header; calls `row` with the fields of each row by the
// requested column names.
absl::Status ForEachRow(
    const std::string& path, const std::vector<std::string>& columns,
    const std::function<absl::Status(uint64_t line, const std::vector<absl::string_view>&)>& row) {
  SIMAUDIT_ASSIGN_OR_RETURN(std::unique_ptr<ChunkedInput> in, ChunkedInput::OpenFile(path));
  CsvReader reader(in.get());
  SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* header, reader.Next());
  if (header == nullptr) return absl::InvalidArgumentError(absl::StrCat(path, ": empty file"));
  std::vector<int> index(columns.size(), -1);
  for (size_t c = 0; c < columns.size(); ++c) {
    for (size_t f = 0; f < header->fields.size(); ++f) {
      if (absl::StripAsciiWhitespace(header->fields[f]) == columns[c]) index[c] = static_cast<int>(f);
    }
    if (index[c] < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": missing column '", columns[c], "'"));
    }
  }
  std::vector<absl::string_view> values(columns.size());
  while (true) {
    SIMAUDIT_ASSIGN_OR_RETURN(const CsvRow* r, reader.Next());
    if (r == nullptr) break;
    if (r->error.has_value()) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", r->line, ": malformed CSV row"));
    }
    for (size_t c = 0; c < columns.size(); ++c) {
      if (index[c] >= static_cast<int>(r->fields.size())) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", r->line, ": missing field '", columns[c], "'"));
      }
      values[c] = r->fields[index[c]];
    }
    SIMAUDIT_RETURN_IF_ERROR(row(r->line, values));
  }
  return absl::OkStatus();
}

// A subscription's key as the audit writes it: the carrier's contract code and the number
// as 84xxxxxxxxx, however the labels spell them ("viettel", "0912345678", "+84912345678").
// A value the audit would reject keeps its spelling (and matches no finding).
std::string Key(absl::string_view carrier, absl::string_view msisdn) {
  carrier = TrimField(carrier);
  msisdn = TrimField(msisdn);
  const std::optional<Carrier> c = ParseCarrier(carrier);
  const std::optional<uint64_t> m = NormalizeMsisdn(msisdn);
  return absl::StrCat(c.has_value() ? CarrierName(*c) : absl::AsciiStrToUpper(carrier), ":",
                      m.has_value() ? absl::StrCat(*m) : std::string(msisdn));
}

absl::Status ParseBit(const std::string& path, uint64_t line, absl::string_view column,
                      absl::string_view v, uint8_t* out) {
  if (v == "0" || v == "1") {
    *out = v == "1";
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(
      absl::StrCat(path, ":", line, ": column '", column, "' must be 0 or 1, not '", v, "'"));
}

FlagMetrics Metrics(const std::vector<Truth>& truth, bool junk) {
  FlagMetrics m;
  std::vector<float> scores;
  std::vector<uint8_t> labels;
  scores.reserve(truth.size());
  labels.reserve(truth.size());
  for (const Truth& t : truth) {
    const bool pos = junk ? t.junk : t.non_owner;
    const bool flag = junk ? t.junk_flag : t.non_owner_flag;
    m.positives += pos;
    m.flagged += flag;
    m.true_positives += pos && flag;
    scores.push_back(junk ? t.junk_score : t.non_owner_score);
    labels.push_back(pos);
  }
  m.precision = m.flagged ? double(m.true_positives) / m.flagged : 0;
  m.recall = m.positives ? double(m.true_positives) / m.positives : 0;
  m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0;
  m.average_precision = AveragePrecision(scores, labels);
  return m;
}

}  // namespace

double AveragePrecision(const std::vector<float>& scores, const std::vector<uint8_t>& labels) {
  const uint64_t positives = std::accumulate(labels.begin(), labels.end(), uint64_t{0});
  if (positives == 0) return 0;
  std::vector<uint32_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  });
  double ap = 0;
  uint64_t seen = 0, hits = 0;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    uint64_t group_hits = 0;
    while (j < order.size() && scores[order[j]] == scores[order[i]]) {
      group_hits += labels[order[j]];
      ++j;
    }
    seen += j - i;
    hits += group_hits;
    ap += double(group_hits) / positives * (double(hits) / seen);
    i = j;
  }
  return ap;
}

absl::StatusOr<EvalReport> Evaluate(const std::string& labels_path,
                                    const std::string& findings_path) {
  EvalReport report;
  absl::flat_hash_map<std::string, uint32_t> index;
  std::vector<Truth> truth;
  std::vector<std::string> pattern_names;
  absl::flat_hash_map<std::string, uint32_t> pattern_index;
  SIMAUDIT_RETURN_IF_ERROR(ForEachRow(
      labels_path, {"carrier", "msisdn", "junk", "non_owner", "pattern"},
      [&](uint64_t line, const std::vector<absl::string_view>& v) -> absl::Status {
        Truth t;
        SIMAUDIT_RETURN_IF_ERROR(ParseBit(labels_path, line, "junk", v[2], &t.junk));
        SIMAUDIT_RETURN_IF_ERROR(ParseBit(labels_path, line, "non_owner", v[3], &t.non_owner));
        auto [it, inserted] = pattern_index.try_emplace(std::string(v[4]), pattern_names.size());
        if (inserted) pattern_names.emplace_back(v[4]);
        t.pattern = it->second;
        if (!index.try_emplace(Key(v[0], v[1]), truth.size()).second) {
          return absl::InvalidArgumentError(
              absl::StrCat(labels_path, ":", line, ": duplicate label for ", v[0], " ", v[1]));
        }
        truth.push_back(t);
        return absl::OkStatus();
      }));
  SIMAUDIT_RETURN_IF_ERROR(ForEachRow(
      findings_path, {"carrier", "msisdn", "flags", "junk_score", "non_owner_score"},
      [&](uint64_t line, const std::vector<absl::string_view>& v) -> absl::Status {
        ++report.findings_rows;
        auto it = index.find(Key(v[0], v[1]));
        if (it == index.end()) {
          ++report.findings_unlabelled;
          return absl::OkStatus();
        }
        Truth& t = truth[it->second];
        if (t.found) {
          return absl::InvalidArgumentError(
              absl::StrCat(findings_path, ":", line, ": duplicate finding for ", v[0], " ", v[1]));
        }
        t.found = true;
        if (v[2] != "" && v[2] != "JUNK" && v[2] != "NON_OWNER" && v[2] != "JUNK;NON_OWNER") {
          return absl::InvalidArgumentError(
              absl::StrCat(findings_path, ":", line, ": column 'flags' has '", v[2], "'"));
        }
        t.junk_flag = v[2] == "JUNK" || v[2] == "JUNK;NON_OWNER";
        t.non_owner_flag = v[2] == "NON_OWNER" || v[2] == "JUNK;NON_OWNER";
        double js, ns;
        if (!absl::SimpleAtod(v[3], &js) || !absl::SimpleAtod(v[4], &ns)) {
          return absl::InvalidArgumentError(
              absl::StrCat(findings_path, ":", line, ": scores must be numbers"));
        }
        t.junk_score = static_cast<float>(js);
        t.non_owner_score = static_cast<float>(ns);
        return absl::OkStatus();
      }));
  report.labelled = truth.size();
  report.junk = Metrics(truth, true);
  report.non_owner = Metrics(truth, false);
  std::vector<PatternRate> rates(pattern_names.size());
  for (size_t p = 0; p < pattern_names.size(); ++p) {
    rates[p].pattern = pattern_names[p];
    rates[p].legitimate = true;
  }
  for (const Truth& t : truth) {
    report.labels_without_finding += !t.found;
    PatternRate& r = rates[t.pattern];
    ++r.subscriptions;
    if (t.junk || t.non_owner) r.legitimate = false;
    r.junk_flagged += t.junk_flag;
    r.non_owner_flagged += t.non_owner_flag;
    r.any_flagged += t.junk_flag || t.non_owner_flag;
    if (!t.junk && !t.non_owner) {
      ++report.legit;
      report.legit_flagged += t.junk_flag || t.non_owner_flag;
    }
  }
  std::sort(rates.begin(), rates.end(),
            [](const PatternRate& a, const PatternRate& b) { return a.pattern < b.pattern; });
  report.patterns = std::move(rates);
  report.legit_flag_rate = report.legit ? double(report.legit_flagged) / report.legit : 0;
  return report;
}

absl::Status RunEval(const std::string& labels_path, const std::string& findings_path,
                     bool json, std::ostream& out) {
  SIMAUDIT_ASSIGN_OR_RETURN(EvalReport r, Evaluate(labels_path, findings_path));
  auto metrics_json = [](const FlagMetrics& m) {
    return absl::StrFormat(
        "{\"positives\": %d, \"flagged\": %d, \"true_positives\": %d, \"precision\": %.4f, "
        "\"recall\": %.4f, \"f1\": %.4f, \"average_precision\": %.4f}",
        m.positives, m.flagged, m.true_positives, m.precision, m.recall, m.f1,
        m.average_precision);
  };
  if (json) {
    out << "{\"labelled\": " << r.labelled
        << ", \"labels_without_finding\": " << r.labels_without_finding
        << ", \"findings_unlabelled\": " << r.findings_unlabelled
        << ", \"junk\": " << metrics_json(r.junk)
        << ", \"non_owner\": " << metrics_json(r.non_owner)
        << absl::StrFormat(", \"legit\": %d, \"legit_flagged\": %d, \"legit_flag_rate\": %.5f",
                           r.legit, r.legit_flagged, r.legit_flag_rate)
        << ", \"patterns\": {";
    for (size_t i = 0; i < r.patterns.size(); ++i) {
      const PatternRate& p = r.patterns[i];
      out << (i ? ", " : "")
          << absl::StrFormat(
                 "\"%s\": {\"legitimate\": %s, \"n\": %d, \"junk_flagged\": %d, "
                 "\"non_owner_flagged\": %d, \"flag_rate\": %.5f}",
                 p.pattern, p.legitimate ? "true" : "false", p.subscriptions, p.junk_flagged,
                 p.non_owner_flagged, p.subscriptions ? double(p.any_flagged) / p.subscriptions : 0);
    }
    out << "}}\n";
    return absl::OkStatus();
  }
  out << absl::StrFormat(
      "labelled subscriptions %d (%d without a findings row: unflagged, score 0), findings "
      "rows %d (%d unlabelled)\n\n",
      r.labelled, r.labels_without_finding, r.findings_rows, r.findings_unlabelled);
  out << "flag        positives  flagged  precision  recall     F1     AP\n";
  for (const auto& [name, m] : {std::pair<const char*, const FlagMetrics&>{"JUNK", r.junk},
                                {"NON_OWNER", r.non_owner}}) {
    out << absl::StrFormat("%-10s %10d %8d %10.4f %7.4f %7.4f %6.4f\n", name, m.positives,
                           m.flagged, m.precision, m.recall, m.f1, m.average_precision);
  }
  out << absl::StrFormat("\nlegitimate subscriptions flagged: %d of %d (%.3f%%)\n\n",
                         r.legit_flagged, r.legit, 100 * r.legit_flag_rate);
  out << "pattern                      kind        n      JUNK  NON_OWNER  flag rate\n";
  for (const PatternRate& p : r.patterns) {
    out << absl::StrFormat("%-28s %-6s %9d %8d %10d %9.3f%%\n", p.pattern,
                           p.legitimate ? "legit" : "fraud", p.subscriptions, p.junk_flagged,
                           p.non_owner_flagged,
                           p.subscriptions ? 100.0 * p.any_flagged / p.subscriptions : 0.0);
  }
  return absl::OkStatus();
}

}  // namespace simaudit
