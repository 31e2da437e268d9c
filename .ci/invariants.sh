#!/usr/bin/env bash
# Checks the architecture invariants written in the README. Prints what breaks them; exits 1 if any.
set -uo pipefail
cd "$(dirname "$0")/.."
fail=0
# Source lines that are code, not comments: "path:line:text".
code() { grep -rHnE '' "$@" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//'; }
for d in src/engine src/scene src/interp src/content src/progress.rs; do
  [[ -e $d ]] || continue
  if hits=$(code "$d" | grep -E '\b(leptos|web_sys|gloo_[a-z]+|wasm_bindgen)\b|Instant::now|SystemTime::now'); then
    printf 'Invariant broken: %s must stay pure (no browser crates, no wall clock):\n%s\n' "$d" "$hits"; fail=1
  fi
done
if hits=$(code src | grep -E 'local_storage\(|localStorage' | grep -v '^src/storage.rs:'); then
  printf 'Invariant broken: only src/storage.rs touches localStorage; also:\n%s\n' "$hits"; fail=1
fi
if hits=$(code src | grep -E 'gloo_timers|set_interval|set_timeout|request_animation_frame' | grep -v '^src/ui/'); then
  printf 'Invariant broken: only src/ui starts timers; also:\n%s\n' "$hits"; fail=1
fi
# One view per file: at most one public component in each file under src/ui.
for f in $(grep -rl '#\[component\]' src/ui); do
  n=$(grep -A1 '#\[component\]' "$f" | grep -c '^pub fn')
  if (( n > 1 )); then
    printf 'Invariant broken: %s exports %s components (one view per file)\n' "$f" "$n"; fail=1
  fi
done
[[ $fail == 0 ]] && echo "invariants: ok"
exit $fail
