#!/usr/bin/env bash
# Detection quality matrix: for each size, seed and parameter mix, generates a population
# with `simaudit gen`, audits it, and evaluates the findings against the planted ground
# truth with `simaudit eval`. Prints a Markdown table (the one in docs/quality.md) and the
# per-pattern flag rates of the legitimate confounders.
#
#   tools/quality.sh [SIZES] [SEEDS] [MIXES]
#   tools/quality.sh "100000 1000000" "1 2 3" "default stealth shifted"
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${1:-"100000 1000000"}
seeds=${2:-"1 2 3"}
mixes=${3:-"default stealth shifted"}
dir=${QUALITY_DIR:-out/quality}
mkdir -p "$dir"

bash tools/setup.sh
bazel build -c opt //tools:simaudit >/dev/null 2>&1 || bazel build -c opt //tools:simaudit
bin="$dir/simaudit"
cp -f bazel-bin/tools/simaudit "$bin"

echo "| rows | mix | seed | JUNK P | JUNK R | JUNK F1 | JUNK AP | NON_OWNER P | NON_OWNER R | NON_OWNER F1 | NON_OWNER AP | legit flagged | worst confounder |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in $sizes; do
  for mix in $mixes; do
    for seed in $seeds; do
      run="$dir/${n}_${mix}_${seed}"
      if [[ ! -f "$run/labels.csv" ]]; then
        "$bin" gen --subscriptions "$n" --seed "$seed" --mix "$mix" --out "$run" >/dev/null
      fi
      "$bin" audit --input "$run/batch.csv" --out "$run/audit" --include-clean >/dev/null
      "$bin" eval --labels "$run/labels.csv" --findings "$run/audit/findings.csv" --json >"$run/eval.json"
      python3 - "$run/eval.json" "$n" "$mix" "$seed" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
j, o = e["junk"], e["non_owner"]
legit = {k: v for k, v in e["patterns"].items() if v["legitimate"] and k != "clean"}
worst = max(legit.items(), key=lambda kv: kv[1]["flag_rate"]) if legit else ("-", {"flag_rate": 0})
print(f"| {int(sys.argv[2]):,} | {sys.argv[3]} | {sys.argv[4]} | {j['precision']:.3f} | {j['recall']:.3f} | "
      f"**{j['f1']:.3f}** | {j['average_precision']:.3f} | {o['precision']:.3f} | {o['recall']:.3f} | "
      f"**{o['f1']:.3f}** | {o['average_precision']:.3f} | {100*e['legit_flag_rate']:.2f} % | "
      f"{worst[0]} {100*worst[1]['flag_rate']:.2f} % |")
PY
    done
  done
done

echo
echo "Flag rate of each legitimate confounder category (mean over the runs above, %):"
python3 - "$dir" <<'PY'
import glob, json, sys, collections
rates = collections.defaultdict(list)
for f in sorted(glob.glob(f"{sys.argv[1]}/*/eval.json")):
    for k, v in json.load(open(f))["patterns"].items():
        if v["legitimate"]:
            rates[k].append(100 * v["flag_rate"])
print("| category | mean flag rate | max |")
print("|---|---|---|")
for k in sorted(rates):
    r = rates[k]
    print(f"| {k} | {sum(r)/len(r):.2f} % | {max(r):.2f} % |")
PY
