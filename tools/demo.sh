#!/usr/bin/env bash
# The main job (README quick start, command 1): installs what is missing, builds,
# generates a realistic 100 000-subscription batch with planted patterns, audits it with
# the embedded default store, prints the summary table and the quality against the
# planted ground truth, and says where the findings and reports are.
#
#   tools/demo.sh [SUBSCRIPTIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-100000}
seed=${2:-1}
out=out/demo

bash tools/setup.sh
bazel build //tools:simaudit >/dev/null 2>&1 || bazel build //tools:simaudit
bin=bazel-bin/tools/simaudit

rm -rf "$out"
mkdir -p "$out"
"$bin" gen --subscriptions "$n" --seed "$seed" --out "$out"
echo
"$bin" audit --input "$out/batch.csv" --out "$out/audit" --include-clean
echo
echo "Quality against the planted ground truth (simaudit eval):"
"$bin" eval --labels "$out/labels.csv" --findings "$out/audit/findings.csv"
echo
flagged=$(awk -F, 'NR > 1 && $3 != "" {print $1 " " $2; exit}' "$out/audit/findings.csv")
if [[ -n "$flagged" ]]; then
  set -- $flagged
  echo "Explanation of one flagged subscription (simaudit explain --carrier $1 --msisdn $2):"
  "$bin" explain --input "$out/batch.csv" --carrier "$1" --msisdn "$2"
fi
echo
echo "Findings: $out/audit/findings.csv (every subscription; flagged ones have flags and evidence)"
echo "Reports:  $out/audit/summary.json, $out/audit/manifest.json, rejects in $out/audit/rejects.csv"
