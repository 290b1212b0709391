#!/usr/bin/env bash
# The test command (README quick start, command 2; .ci/run runs exactly this).
# Installs what is missing, then builds everything (benchmarks included) and runs the
# whole suite with `bazel test //...`.
set -uo pipefail
cd "$(dirname "$0")/.."

bash tools/setup.sh || { echo "setup failed" >&2; exit 1; }

log=$(mktemp)
bazel test //... "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

# Layering: lib/ is the domain and must never depend on gRPC.
layer=$(bazel query "somepath(//lib/..., '@com_github_grpc_grpc//:grpc++')" 2>/dev/null)
if [[ -n "$layer" ]]; then
  echo "layering violation: lib/ depends on gRPC:" >&2
  echo "$layer" >&2
  rc=1
fi

# One plain closing line for CI: "N passed, N failed".
passed=$(grep -cE '^//.* (PASSED|\(cached\) PASSED)' "$log" || true)
failed=$(grep -cE '^//.* (FAILED|TIMEOUT|NO STATUS|INCOMPLETE)' "$log" || true)
rm -f "$log"
echo "bazel: ${passed} passed, ${failed} failed"
exit "$rc"
