#!/usr/bin/env bash
# Builds each benchmark program with real Go and prints its wall time (median of RUNS, default 3)
# as a Markdown table row, for the interpreter-versus-native table.
#
#   tests/gorun/bench/native.sh            all of fib loop pingpong timeouts exercise
#   tests/gorun/bench/native.sh fib loop   only these
#
# Each program's stdout (lines joined with " | ") must equal its `// want:` line, else the row says
# MISMATCH and the script exits 1. Times include process start (a few ms).
set -u
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-$(command -v go || echo /root/.pyenv/versions/3.11.7/bin/go)}
RUNS=${RUNS:-3}
export GOTOOLCHAIN=local
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib loop pingpong timeouts exercise)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
echo "| program | native Go (median of $RUNS) | output |"
echo "|---|---|---|"
for name in "${names[@]}"; do
  src="$here/$name.go"
  if [ ! -f "$src" ]; then echo "| $name | no such program | |"; status=1; continue; fi
  cp "$src" "$tmp/$name.go"
  if ! (cd "$tmp" && "$GO" build -o "$name" "$name.go") 2>"$tmp/build.err"; then
    echo "| $name | build failed: $(head -1 "$tmp/build.err") | |"; status=1; continue
  fi
  want=$(sed -n 's#^// want: ##p' "$src" | head -1)
  times=()
  got=""
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N)
    out=$("$tmp/$name")
    t1=$(date +%s%N)
    times+=($((t1 - t0)))
    got=$(printf '%s\n' "$out" | paste -sd'\n' | sed ':a;N;$!ba;s/\n/ | /g')
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  secs=$(awk -v ns="$median" 'BEGIN { printf "%.4f s", ns / 1e9 }')
  if [ "$got" = "$want" ]; then
    echo "| $name | $secs | ok |"
  else
    echo "| $name | $secs | MISMATCH: got \"$got\", want \"$want\" |"; status=1
  fi
done
exit $status
