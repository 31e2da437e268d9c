#!/usr/bin/env bash
# Differential check: random programs from the fuzz test's grammar, run by gorun and by real Go
# (built with -tags faketime, the same virtual clock), compared on stdout and exit status.
# Programs whose real-Go output differs between GOMAXPROCS=1 and the default are skipped as
# scheduling-dependent. Not part of the test suite: a tool for hunting semantic differences.
#
#   tests/gorun/fuzz/differential.sh [COUNT [SEED]]      (default 60 programs, seed 11)
#
# Needs `go` and builds gorun (cargo build --release --bin gorun). Differing programs are copied
# to target/gorun-differential/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
count=${1:-60}
seed=${2:-11}
dump=$(mktemp -d)
trap 'rm -rf "$dump"' EXIT
(cd "$root" && cargo build --release --bin gorun >/dev/null 2>&1)
gorun="${CARGO_TARGET_DIR:-$root/target}/release/gorun"
(cd "$root" && GORUN_FUZZ_DUMP="$dump" GORUN_FUZZ_MUTANTS=0 GORUN_FUZZ_PROGRAMS="$count" GORUN_FUZZ_SEED="$seed" \
  cargo test --test gorun_fuzz gorun_survives >/dev/null 2>&1) || true
python3 - "$dump" "$gorun" "$root" <<'PY'
import glob, os, struct, subprocess, sys
dump, gorun, root = sys.argv[1], sys.argv[2], sys.argv[3]
def decode(raw):
    out, i = bytearray(), 0
    while raw.startswith(b"\x00\x00PB", i) and i + 16 <= len(raw):
        n = struct.unpack(">I", raw[i + 12:i + 16])[0]
        out += raw[i + 16:i + 16 + n]
        i += 16 + n
    return bytes(out) if i else raw
tally = {"same": 0, "differ": 0, "scheduling-dependent": 0, "go rejects": 0}
for f in sorted(glob.glob(os.path.join(dump, "p*.go"))):
    prog = os.path.join(dump, "prog")
    if subprocess.run(["go", "build", "-tags", "faketime", "-o", prog, f], capture_output=True).returncode:
        tally["go rejects"] += 1
        continue
    runs = [subprocess.run([prog], capture_output=True, timeout=120, env={**os.environ, **e}) for e in ({"GOMAXPROCS": "1"}, {})]
    want = [(decode(r.stdout), r.returncode) for r in runs]
    if want[0] != want[1]:
        tally["scheduling-dependent"] += 1
        continue
    g = subprocess.run([gorun, f], capture_output=True, timeout=120)
    if (g.stdout, g.returncode) == want[0]:
        tally["same"] += 1
        continue
    tally["differ"] += 1
    a, b = want[0][0].decode(errors="replace").splitlines(), g.stdout.decode(errors="replace").splitlines()
    k = next((i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]), 0)
    print(f"{os.path.basename(f)}: exit go {want[0][1]} gorun {g.returncode}; first difference, line {k + 1}: go {a[k:k + 1]} gorun {b[k:k + 1]}")
    os.makedirs(os.path.join(root, "target", "gorun-differential"), exist_ok=True)
    with open(os.path.join(root, "target", "gorun-differential", os.path.basename(f)), "w") as out:
        out.write(open(f).read())
print(tally)
PY
