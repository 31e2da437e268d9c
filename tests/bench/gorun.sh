#!/usr/bin/env bash
# The interpreter against natively compiled Go: wall time of each benchmark program (median of
# RUNS, default 3) and the ratio, as a Markdown table. The programs are tests/gorun/bench/*.go and
# the lesson's own exercise solution (src/content/examples/exercise-solution/main.go, so the
# benchmark never drifts from the lesson). Real Go is the oracle: gorun's output must equal what
# the native build printed, else the row says MISMATCH and the script exits 1.
# Needs Go (PATH or GO=...). Run through `make gorun-bench`, which builds gorun with the speed
# profile first.   tests/bench/gorun.sh [NAME...]   (default: all)
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

source_of() {
  case "$1" in
    exercise) echo "$root/src/content/examples/exercise-solution/main.go" ;;
    *) echo "$root/tests/gorun/bench/$1.go" ;;
  esac
}

# median wall seconds of RUNS runs of "$@"; the last run's output is left in $tmp/out
median() {
  local times=() t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s.%N)
    "$@" >"$tmp/out" 2>&1
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p"
}

status=0
echo "| program | gorun | native Go | gorun / native |"
echo "|---|---|---|---|"
for name in "${names[@]}"; do
  src=$(source_of "$name")
  [ -f "$src" ] || { echo "| $name | no such program | | |"; status=1; continue; }
  cp "$src" "$tmp/$name.go"
  (cd "$tmp" && "$GO" build -o "$name" "$name.go") || { echo "| $name | | build failed | |"; status=1; continue; }
  native=$(median "$tmp/$name"); want=$(cat "$tmp/out")
  interp=$(median "$GORUN" "$src"); got=$(cat "$tmp/out")
  if [ "$got" != "$want" ]; then
    echo "| $name | MISMATCH: gorun printed \"${got//$'\n'/ | }\", Go \"${want//$'\n'/ | }\" | | |"; status=1; continue
  fi
  ratio=$(echo "$interp / $native" | bc -l)
  printf '| %s | %.3f s | %.4f s | %.2fx |\n' "$name" "$interp" "$native" "$ratio"
done
exit $status
