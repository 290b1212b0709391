#!/usr/bin/env bash
# Golden test of the simaudit CLI on a small checked-in batch with deliberate bad rows:
# outputs match the golden files byte for byte, exit codes follow the contract, CSV and
# JSONL give the same findings, and two runs give identical findings and manifests.
#
# To refresh the golden files after an intended change:
#   bazel build //tools:simaudit && UPDATE_GOLDEN=1 tests/cli_golden_test.sh
set -uo pipefail

if [[ -n "${TEST_SRCDIR:-}" ]]; then
  root="$TEST_SRCDIR/simaudit"
  tmp="$TEST_TMPDIR"
else
  root="$(cd "$(dirname "$0")/.." && pwd)"
  tmp=$(mktemp -d)
fi
bin="$root/tools/simaudit"
[[ -x "$bin" ]] || bin="$root/bazel-bin/tools/simaudit"
data="$root/lib/ingest/testdata"
golden="$root/tests/testdata/golden"
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Inputs are named relative to their folder so that the source column of rejects.csv is
# the same wherever the test runs.
cd "$data" || exit 1
data=.

expect_exit() {  # expected-code description command...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out.txt" 2>"$tmp/err.txt"
  local got=$?
  [[ $got -eq $want ]] || fail "$what: exit $got, want $want (stderr: $(head -c 300 "$tmp/err.txt"))"
}

compare() {  # golden-name produced-file
  if [[ -n "${UPDATE_GOLDEN:-}" ]]; then
    cp "$2" "$golden/$1"
    return
  fi
  if ! diff -u "$golden/$1" "$2" >"$tmp/diff.txt"; then
    fail "$1 differs from the golden file:"
    head -40 "$tmp/diff.txt"
  fi
}

# --- validate -------------------------------------------------------------------
# With --reject-unknown-cccd-province, every planted bad row is rejected, one reason each.
expect_exit 0 "validate sample" "$bin" validate --input "$data/sample_batch.csv" --out "$tmp/v" \
  --reject-unknown-cccd-province
compare validate_rejects.csv "$tmp/v/rejects.csv"
compare validate_summary.json "$tmp/v/summary.json"
head -1 "$tmp/v/rejects.csv" | grep -q '^line,column,reason,raw' || fail "rejects.csv header"
# By default a CCCD with an unknown province code (line 16) is kept with a soft check.
expect_exit 0 "validate sample, default" "$bin" validate --input "$data/sample_batch.csv" \
  --out "$tmp/vd"
grep -q BAD_CCCD_PROVINCE "$tmp/vd/rejects.csv" && fail "an unknown CCCD province is soft by default"
grep -q '"CCCD_UNKNOWN_PROVINCE": 1' "$tmp/vd/summary.json" \
  || fail "the CCCD_UNKNOWN_PROVINCE soft check is not counted in summary.json"

# --- audit ------------------------------------------------------------------------
expect_exit 0 "audit sample" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/a" --include-clean
compare audit_findings.csv "$tmp/a/findings.csv"
head -1 "$tmp/a/findings.csv" | grep -q '^carrier,msisdn,flags,junk_score,non_owner_score,reasons' \
  || fail "findings.csv must start with the contract's six columns"
for f in findings.csv rejects.csv summary.json manifest.json; do
  [[ -s "$tmp/a/$f" ]] || fail "audit did not write $f"
done

# Determinism: a second run gives byte-identical findings and manifest.
expect_exit 0 "audit again" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/a2" --include-clean
cmp -s "$tmp/a/findings.csv" "$tmp/a2/findings.csv" || fail "findings.csv differs between runs"
sed 's/"path": ".*"/"path": "-"/' "$tmp/a/manifest.json" >"$tmp/m1"
sed 's/"path": ".*"/"path": "-"/' "$tmp/a2/manifest.json" >"$tmp/m2"
cmp -s "$tmp/m1" "$tmp/m2" || fail "manifest.json differs between runs"

# A detection option set with --option is applied and recorded in the manifest.
expect_exit 0 "audit with --option" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/o" \
  --option self_service_limit_per_carrier=false --option circular08_start=2026-05-01
grep -q '"self_service_limit_per_carrier": "false"' "$tmp/o/manifest.json" \
  || fail "--option self_service_limit_per_carrier=false is not in manifest.json"
grep -q '"circular08_start": "2026-05-01T00:00:00+07:00"' "$tmp/o/manifest.json" \
  || fail "--option circular08_start=2026-05-01 is not in manifest.json"
grep -q '"self_service_limit_per_carrier": "true"' "$tmp/a/manifest.json" \
  || fail "the default self_service_limit_per_carrier=true is not in manifest.json"
grep -q '"unknown_cccd_province_is_soft": "true"' "$tmp/a/manifest.json" \
  || fail "the default unknown_cccd_province_is_soft=true is not in manifest.json"
expect_exit 0 "audit rejecting unknown provinces" "$bin" audit --input "$data/sample_batch.csv" \
  --out "$tmp/r" --reject-unknown-cccd-province
grep -q '"unknown_cccd_province_is_soft": "false"' "$tmp/r/manifest.json" \
  || fail "--reject-unknown-cccd-province is not in manifest.json"
grep -q '^16,id_number,BAD_CCCD_PROVINCE,' "$tmp/r/rejects.csv" \
  || fail "--reject-unknown-cccd-province does not reject line 16"

# CSV and JSONL carry the same batch and give the same findings and rejects.
expect_exit 0 "audit csv" "$bin" audit --input "$data/parity_batch.csv" --out "$tmp/pc" --include-clean
expect_exit 0 "audit jsonl" "$bin" audit --input "$data/parity_batch.jsonl" --out "$tmp/pj" --include-clean
cmp -s "$tmp/pc/findings.csv" "$tmp/pj/findings.csv" || fail "CSV and JSONL findings differ"
# Line numbers differ by the CSV header line; columns and reasons must agree.
cut -d, -f2-3 "$tmp/pc/rejects.csv" >"$tmp/rc"
cut -d, -f2-3 "$tmp/pj/rejects.csv" >"$tmp/rj"
cmp -s "$tmp/rc" "$tmp/rj" || fail "CSV and JSONL rejects (column, reason) differ"

# An explicit --as-of rejects later rows.
expect_exit 0 "audit as-of" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/asof" --as-of 2025-03-01
grep -q REGISTERED_AFTER_AS_OF "$tmp/asof/rejects.csv" || fail "--as-of did not reject later rows"

# explain
first=$(awk -F, 'NR == 2 {print $1 " " $2}' "$tmp/a/findings.csv")
set -- $first
expect_exit 0 "explain" "$bin" explain --input "$data/sample_batch.csv" --carrier "$1" --msisdn "$2"
grep -q "junk_score" "$tmp/out.txt" || fail "explain prints the scores"
expect_exit 1 "explain unknown subscription" "$bin" explain --input "$data/sample_batch.csv" \
  --carrier VIETTEL --msisdn 0999999999

# --- exit codes -------------------------------------------------------------------
expect_exit 2 "no command" "$bin"
expect_exit 2 "unknown command" "$bin" frobnicate
expect_exit 2 "unknown flag" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/x" --bogus
expect_exit 2 "missing --input" "$bin" audit --out "$tmp/x"
expect_exit 2 "bad --as-of" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/x" --as-of tomorrow
expect_exit 2 "unknown --option" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/x" \
  --option no_such_option=1
grep -q 'unknown detection option "no_such_option"' "$tmp/err.txt" \
  || fail "an unknown --option must be named in the error"
expect_exit 2 "--option out of range" "$bin" audit --input "$data/sample_batch.csv" --out "$tmp/x" \
  --option out_of_hours_start_hour=25
expect_exit 0 "help" "$bin" audit --help
grep -q -- "--include-clean" "$tmp/out.txt" || fail "audit --help lists its flags"
expect_exit 1 "missing file" "$bin" validate --input "$tmp/nope.csv" --out "$tmp/x"
grep -qi "nope.csv" "$tmp/err.txt" || fail "the error names the missing file"
printf 'carrier,msisdn,id_type,id_number,full_name,date_of_birth\nVIETTEL,0961234567,CCCD,001090012345,A,1990-01-01\n' \
  >"$tmp/no_registered_at.csv"
expect_exit 1 "missing required column" "$bin" validate --input "$tmp/no_registered_at.csv" --out "$tmp/y"
grep -q "registered_at" "$tmp/err.txt" || fail "the error names the missing column"
[[ ! -e "$tmp/y/rejects.csv" ]] || fail "a file that cannot be read changes nothing"

if (( failures > 0 )); then
  echo "$failures failure(s)"
  exit 1
fi
echo "cli golden test: all checks passed"
