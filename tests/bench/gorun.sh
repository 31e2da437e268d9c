#!/usr/bin/env bash
# The interpreter against natively compiled Go on the benchmark programs in tests/gorun/bench/:
# wall time of each (median of RUNS, default 3) and the ratio, as a Markdown table.
# Needs Go (PATH or GO=...). Run through `make gorun-bench`, which builds gorun with the speed
# profile first. Each program's output must equal its `// want:` line on both sides.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
GO=${GO:-$(command -v go || echo /root/.pyenv/versions/3.11.7/bin/go)}
GORUN=${GORUN:-$root/target/gorun/gorun}
RUNS=${RUNS:-3}
export GOTOOLCHAIN=local
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib loop pingpong timeouts exercise)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# median wall seconds of RUNS runs of "$@", output checked against $want
median() {
  local times=() out t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s.%N)
    out=$("$@" 2>&1 | paste -sd'|' | sed 's/|/ | /g')
    t1=$(date +%s.%N)
    [ "$out" == "$want" ] || { echo "MISMATCH"; return; }
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p"
}

status=0
echo "| program | gorun | native Go | gorun / native |"
echo "|---|---|---|---|"
for name in "${names[@]}"; do
  src="$root/tests/gorun/bench/$name.go"
  want=$(sed -n 's#^// want: ##p' "$src" | head -1)
  cp "$src" "$tmp/$name.go"
  (cd "$tmp" && "$GO" build -o "$name" "$name.go") || { echo "| $name | | build failed | |"; status=1; continue; }
  native=$(median "$tmp/$name")
  interp=$(median "$GORUN" "$src")
  if [ "$native" == "MISMATCH" ] || [ "$interp" == "MISMATCH" ]; then
    echo "| $name | $interp | $native | output mismatch |"; status=1; continue
  fi
  ratio=$(echo "$interp / $native" | bc -l)
  printf '| %s | %.3f s | %.4f s | %.2fx |\n' "$name" "$interp" "$native" "$ratio"
done
exit $status
