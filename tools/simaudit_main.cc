// simaudit: the batch command-line tool. This file only parses arguments and calls lib/.
//
// Exit codes: 0 done, 2 usage error, 1 failure (the cause is printed on stderr).
//
// Flags are parsed here rather than with ABSL_FLAG because each subcommand has its own
// flag set and --help, and because --input and --set repeat (absl flags keep the last
// occurrence only).

#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "lib/audit/audit.h"
#include "lib/detect/detect_options.h"
#include "lib/eval/eval.h"
#include "lib/gen/generator.h"

namespace simaudit::tools {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct FlagSpec {
  const char* name;
  bool takes_value;
  bool repeated;
  const char* help;
};

struct Command {
  const char* name;
  const char* summary;
  std::vector<FlagSpec> flags;
};

constexpr const char* kRejectUnknownProvinceHelp =
    "Reject a CCCD whose province code is not one of the 63 (BAD_CCCD_PROVINCE) instead of "
    "keeping it with the CCCD_UNKNOWN_PROVINCE soft check.";

const std::vector<Command>& Commands() {
  static const auto* commands = new std::vector<Command>{
      {"validate",
       "Reads and validates batches; writes DIR/rejects.csv and DIR/summary.json.",
       {{"input", true, true, "A batch file (.csv or .jsonl). Repeat for several files."},
        {"out", true, false, "The output directory (created if missing)."},
        {"format", true, false, "csv or jsonl; default: by file extension."},
        {"as-of", true, false,
         "Reject rows registered after this instant (YYYY-MM-DD or ISO 8601 with offset)."},
        {"reject-unknown-cccd-province", false, false, kRejectUnknownProvinceHelp},
        {"threads", true, false, "Threads for reading CSV and for detection passes (0 = one per core, 1 = sequential); results are identical."},}},
      {"audit",
       "Audits batches; writes DIR/findings.csv, DIR/rejects.csv, DIR/summary.json and "
       "DIR/manifest.json.",
       {{"input", true, true, "A batch file (.csv or .jsonl). Repeat for several files."},
        {"out", true, false, "The output directory (created if missing)."},
        {"format", true, false, "csv or jsonl; default: by file extension."},
        {"as-of", true, false,
         "Audit as of this instant; default: the latest registered_at in the input."},
        {"reject-unknown-cccd-province", false, false, kRejectUnknownProvinceHelp},
        {"include-clean", false, false, "Write every subscription, not only flagged ones."},
        {"threads", true, false, "Threads for reading CSV and for detection passes (0 = one per core, 1 = sequential); results are identical."},
        {"alert-threshold", true, false, "Flag at score >= this (0..1); default 0.5."},
        {"option", true, true,
         "Set one detection option, name=value (the names manifest.json records, e.g. "
         "self_service_limit_per_carrier=false). Repeatable."}}},
      {"explain",
       "Audits batches and explains the verdict on one subscription.",
       {{"input", true, true, "A batch file (.csv or .jsonl). Repeat for several files."},
        {"carrier", true, false, "The subscription's carrier code."},
        {"msisdn", true, false, "The subscription's MSISDN, in any accepted form."},
        {"format", true, false, "csv or jsonl; default: by file extension."},
        {"as-of", true, false, "As for audit."},
        {"reject-unknown-cccd-province", false, false, "As for audit."},
        {"alert-threshold", true, false, "As for audit."},
        {"option", true, true, "As for audit."}}},
      {"gen",
       "Generates a synthetic population with planted patterns: DIR/batch.csv, "
       "DIR/labels.csv and DIR/gen_manifest.json.",
       {{"subscriptions", true, false, "Number of rows; default 100000."},
        {"seed", true, false, "Random seed; default 1."},
        {"out", true, false, "The output directory (created if missing)."},
        {"mix", true, false, "Parameter preset: default, stealth, shifted or perturbed:N (every rate of the defaults moved by its own factor in [1/2, 2], drawn from N)."},
        {"set", true, true, "Override one generator parameter, key=value. Repeatable."}}},
      {"eval",
       "Compares findings with ground-truth labels: precision, recall, F1 and average "
       "precision per flag, and flag rates per pattern.",
       {{"labels", true, false, "labels.csv from simaudit gen (carrier,msisdn,junk,non_owner,pattern)."},
        {"findings", true, false, "findings.csv from simaudit audit (best with --include-clean)."},
        {"json", false, false, "Print one JSON object instead of tables."}}},
      {"reasons", "Prints the reason codes and reject reasons as Markdown.", {}},
  };
  return *commands;
}

void PrintUsage(std::ostream& out) {
  out << "usage: simaudit <command> [flags]\n\ncommands:\n";
  for (const Command& c : Commands()) {
    out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary
        << "\n";
  }
  out << "\n`simaudit <command> --help` lists a command's flags.\n"
         "Exit codes: 0 done, 2 usage error, 1 failure.\n";
}

void PrintCommandHelp(const Command& c, std::ostream& out) {
  out << "usage: simaudit " << c.name << " [flags]\n\n" << c.summary << "\n\nflags:\n";
  for (const FlagSpec& f : c.flags) {
    out << "  --" << f.name << (f.takes_value ? " VALUE" : "") << (f.repeated ? " (repeatable)" : "")
        << "\n      " << f.help << "\n";
  }
}

using ParsedFlags = std::map<std::string, std::vector<std::string>>;

// Parses `--name value`, `--name=value` and boolean `--name`. Returns a usage message on
// error.
std::optional<std::string> ParseFlags(const Command& c, int argc, char** argv, ParsedFlags* out) {
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (!absl::StartsWith(arg, "--")) return absl::StrCat("unexpected argument '", arg, "'");
    arg = arg.substr(2);
    std::optional<std::string> value;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    const FlagSpec* spec = nullptr;
    for (const FlagSpec& f : c.flags) {
      if (arg == f.name) spec = &f;
    }
    if (spec == nullptr) return absl::StrCat("unknown flag --", arg, " for ", c.name);
    if (spec->takes_value && !value.has_value()) {
      if (i + 1 >= argc) return absl::StrCat("--", arg, " needs a value");
      value = argv[++i];
    }
    if (!spec->takes_value && value.has_value()) return absl::StrCat("--", arg, " takes no value");
    auto& slot = (*out)[arg];
    if (!spec->repeated && !slot.empty()) return absl::StrCat("--", arg, " given twice");
    slot.push_back(value.value_or("true"));
  }
  return std::nullopt;
}

std::string Get(const ParsedFlags& f, const std::string& name, const std::string& def = "") {
  auto it = f.find(name);
  return it == f.end() ? def : it->second.front();
}

// Fills AuditOptions from the shared flags. Returns a usage message on error.
std::optional<std::string> ToAuditOptions(const ParsedFlags& f, AuditOptions* o) {
  if (auto it = f.find("input"); it != f.end()) o->inputs = it->second;
  if (o->inputs.empty()) return "at least one --input is required";
  o->out_dir = Get(f, "out");
  const std::string format = Get(f, "format");
  if (format == "csv") {
    o->format = InputFormat::kCsv;
  } else if (format == "jsonl") {
    o->format = InputFormat::kJsonl;
  } else if (!format.empty()) {
    return absl::StrCat("--format must be csv or jsonl, not '", format, "'");
  }
  if (f.count("as-of")) {
    absl::StatusOr<int64_t> t = ParseAsOf(Get(f, "as-of"));
    if (!t.ok()) return std::string(t.status().message());
    o->as_of = *t;
  }
  o->include_clean = f.count("include-clean") > 0;
  o->validation.unknown_cccd_province_is_soft = f.count("reject-unknown-cccd-province") == 0;
  if (f.count("threads")) {
    int threads;
    if (!absl::SimpleAtoi(Get(f, "threads"), &threads) || threads < 0 || threads > 64) {
      return "--threads must be a whole number from 0 to 64";
    }
    o->threads = threads;
  }
  if (f.count("alert-threshold")) {
    double v;
    if (!absl::SimpleAtod(Get(f, "alert-threshold"), &v)) {
      return "--alert-threshold must be a number strictly between 0 and 1";
    }
    o->detect.alert_threshold = v;
    if (absl::Status s = ValidateDetectOptions(o->detect); !s.ok()) {
      return absl::StrCat("--alert-threshold: ", s.message());
    }
  }
  if (auto it = f.find("option"); it != f.end()) {
    for (const std::string& key_value : it->second) {
      if (absl::Status s = SetDetectOption(key_value, &o->detect); !s.ok()) {
        return absl::StrCat("--option ", key_value, ": ", s.message());
      }
    }
  }
  return std::nullopt;
}

int Main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
      std::string(argv[1]) == "help") {
    PrintUsage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  const Command* command = nullptr;
  for (const Command& c : Commands()) {
    if (argv[1] == std::string(c.name)) command = &c;
  }
  if (command == nullptr) {
    std::cerr << "simaudit: unknown command '" << argv[1] << "'\n\n";
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
      PrintCommandHelp(*command, std::cout);
      return kExitOk;
    }
  }
  ParsedFlags flags;
  if (auto error = ParseFlags(*command, argc, argv, &flags)) {
    std::cerr << "simaudit " << command->name << ": " << *error << "\n";
    return kExitUsage;
  }
  const std::string name = command->name;
  absl::Status status;
  if (name == "validate" || name == "audit" || name == "explain") {
    AuditOptions options;
    if (auto error = ToAuditOptions(flags, &options)) {
      std::cerr << "simaudit " << name << ": " << *error << "\n";
      return kExitUsage;
    }
    if (name != "explain" && options.out_dir.empty()) {
      std::cerr << "simaudit " << name << ": --out is required\n";
      return kExitUsage;
    }
    if (name == "validate") {
      status = RunValidate(options, std::cout);
    } else if (name == "audit") {
      status = RunAudit(options, std::cout);
    } else {
      if (!flags.count("carrier") || !flags.count("msisdn")) {
        std::cerr << "simaudit explain: --carrier and --msisdn are required\n";
        return kExitUsage;
      }
      options.out_dir = "";
      status = RunExplain(options, Get(flags, "carrier"), Get(flags, "msisdn"), std::cout);
    }
  } else if (name == "gen") {
    GeneratorOptions options;
    if (flags.count("mix")) {
      status = ApplyMix(Get(flags, "mix"), &options);
      if (!status.ok()) {
        std::cerr << "simaudit gen: " << status.message() << "\n";
        return kExitUsage;
      }
    }
    if (flags.count("subscriptions") &&
        !absl::SimpleAtoi(Get(flags, "subscriptions"), &options.subscriptions)) {
      std::cerr << "simaudit gen: --subscriptions must be a whole number\n";
      return kExitUsage;
    }
    if (flags.count("seed") && !absl::SimpleAtoi(Get(flags, "seed"), &options.seed)) {
      std::cerr << "simaudit gen: --seed must be a whole number\n";
      return kExitUsage;
    }
    if (auto it = flags.find("set"); it != flags.end()) {
      for (const std::string& kv : it->second) {
        absl::Status s = SetGeneratorOption(kv, &options);
        if (!s.ok()) {
          std::cerr << "simaudit gen: " << s.message() << "\n";
          return kExitUsage;
        }
      }
    }
    const std::string out = Get(flags, "out");
    if (out.empty()) {
      std::cerr << "simaudit gen: --out is required\n";
      return kExitUsage;
    }
    absl::StatusOr<GeneratorStats> stats = GenerateToDir(options, out);
    status = stats.status();
    if (stats.ok()) {
      std::cout << "simaudit gen: " << stats->rows << " rows (" << stats->junk << " junk, "
                << stats->non_owner << " non-owner) in " << out << "/batch.csv, labels in "
                << out << "/labels.csv\n";
    }
  } else if (name == "eval") {
    if (!flags.count("labels") || !flags.count("findings")) {
      std::cerr << "simaudit eval: --labels and --findings are required\n";
      return kExitUsage;
    }
    status = RunEval(Get(flags, "labels"), Get(flags, "findings"), flags.count("json") > 0,
                     std::cout);
  } else if (name == "reasons") {
    status = WriteReasonCodesMarkdown(std::cout);
  }
  if (!status.ok()) {
    std::cerr << "simaudit " << name << ": " << status.ToString() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace
}  // namespace simaudit::tools

int main(int argc, char** argv) { return simaudit::tools::Main(argc, argv); }
