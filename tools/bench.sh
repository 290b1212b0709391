#!/usr/bin/env bash
# End-to-end benchmark: for each size, generates a population with `simaudit gen`, audits
# it, and reports wall time and rows/s per stage (parse/validate, graph, features,
# scoring, write) plus peak resident memory, as one JSON line per size and a table. Each
# audit is repeated on one thread to check that findings.csv and manifest.json are
# byte-identical to the multi-threaded result.
#
#   tools/bench.sh [SIZE ...]        default: 1000000 10000000
#   BENCH_DIR=/path tools/bench.sh   where the generated data goes (default out/bench)
#   BENCH_COMPARE_MAX_ROWS=N         skip the one-thread check above N rows
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
(( ${#sizes[@]} )) || sizes=(1000000 10000000)
dir=${BENCH_DIR:-out/bench}
mkdir -p "$dir"

bash tools/setup.sh
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
bazel build -c opt //tools:simaudit >/dev/null 2>&1 || bazel build -c opt //tools:simaudit
bin=bazel-bin/tools/simaudit

results=()
for n in "${sizes[@]}"; do
  data="$dir/pop_$n"
  if [[ ! -f "$data/batch.csv" ]]; then
    gen_start=$(date +%s.%N)
    "$bin" gen --subscriptions "$n" --seed 1 --out "$data" >/dev/null
    gen_end=$(date +%s.%N)
  else
    gen_start=0; gen_end=0
  fi
  rm -rf "$data/audit"
  /usr/bin/time -v -o "$data/time.txt" "$bin" audit --input "$data/batch.csv" \
      --out "$data/audit" >"$data/audit.log"
  # The same audit on one thread must give byte-identical findings and manifest
  # (BENCH_COMPARE_MAX_ROWS bounds the sizes checked; the check doubles the time).
  identical=null
  if (( n <= ${BENCH_COMPARE_MAX_ROWS:-10000000} )); then
    rm -rf "$data/audit_t1"
    "$bin" audit --input "$data/batch.csv" --out "$data/audit_t1" --threads 1 >/dev/null
    if cmp -s "$data/audit/findings.csv" "$data/audit_t1/findings.csv" &&
       cmp -s "$data/audit/manifest.json" "$data/audit_t1/manifest.json"; then
      identical=true
    else
      identical=false
    fi
  fi
  line=$(python3 - "$n" "$data" "$gen_start" "$gen_end" "$identical" <<'PY'
import json, re, sys
n, data, g0, g1 = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
identical = json.loads(sys.argv[5])
summary = json.load(open(f"{data}/audit/summary.json"))
time_txt = open(f"{data}/time.txt").read()
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_txt).group(1))
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", time_txt)
h, m, s = wall.group(1), wall.group(2), wall.group(3)
wall_s = (int(h) * 3600 if h else 0) + int(m) * 60 + float(s)
stages = summary["stage_seconds"]
rows = int(summary["rows_read"])
out = {"rows": rows, "wall_seconds": round(wall_s, 3), "rows_per_second": round(rows / wall_s),
       "peak_rss_bytes": rss_kb * 1024, "bytes_per_row": round(rss_kb * 1024 / rows, 1),
       "stages": {k: {"seconds": round(v, 3), "rows_per_second": round(rows / v) if v > 0 else None}
                  for k, v in stages.items()},
       "generate_seconds": round(g1 - g0, 3) if g1 > 0 else None,
       "flagged": int(summary["flagged_any"]),
       "identical_to_one_thread": identical}
print(json.dumps(out, sort_keys=True))
PY
)
  echo "$line"
  results+=("$line")
done

python3 - "${results[@]}" <<'PY'
import json, sys
rows = [json.loads(a) for a in sys.argv[1:]]
order = ["read_validate", "graph", "features", "scoring", "write"]
print()
print(f"{'rows':>11} {'stage':<14} {'seconds':>9} {'rows/s':>12}")
for r in rows:
    for k in order:
        st = r["stages"].get(k)
        if st:
            print(f"{r['rows']:>11} {k:<14} {st['seconds']:>9.2f} {st['rows_per_second'] or 0:>12,}")
    print(f"{r['rows']:>11} {'total (wall)':<14} {r['wall_seconds']:>9.2f} {r['rows_per_second']:>12,}"
          f"   peak RSS {r['peak_rss_bytes']/2**20:,.0f} MiB ({r['bytes_per_row']} B/row)"
          f"; identical to --threads 1: {r['identical_to_one_thread']}")
PY
