# Context Lab: `make serve` serves the lesson, `make test` runs every test.
# Both first install whatever is missing (see .ci/tools.sh), so they work on a fresh machine.
SHELL := /bin/bash
PY_SCRIPTS := $(shell python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null)
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PY_SCRIPTS):$(PATH)

.PHONY: serve test release test-native test-browser invariants bench bench-ui bench-playground size wasm-sizes budget tools test-tools gorun gorun-bench

serve: tools ## Serve the lesson on http://127.0.0.1:8080 with live reload
	trunk serve --address 127.0.0.1

test: test-tools invariants test-native test-browser ## Run every test (native, then browser on the release bundle)

tools:
	@.ci/tools.sh build
test-tools:
	@.ci/tools.sh test

release: tools ## The optimised bundle in dist/ (size-tuned profile + wasm-opt -Oz)
	trunk build --release

test-native: ## Engine, content, progress and storage tests, with real Go as the oracle
	cargo test

test-browser: release ## Headless Chromium drives the release bundle
	npm test

invariants: ## The README's architecture invariants, checked by grep
	@.ci/invariants.sh

bench: tools size wasm-sizes bench-ui bench-playground ## Benchmarks that print figures
	cargo bench --bench engine

size: release ## The release bundle's sizes, raw and brotli
	node tests/bench/bundle-size.mjs

wasm-sizes: release ## What the wasm's code costs, by crate and by function (twiggy-style, before wasm-opt)
	node tests/bench/wasm-sizes.mjs

bench-ui: release ## Frame times while a cancel wave animates through a 1,000-node tree (headless Chromium)
	node tests/browser/bench/frames.mjs 1000

bench-playground: release ## Time from Run to the first output for the exercise (headless Chromium)
	node tests/browser/bench/playground.mjs

gorun: ## The gorun CLI (native, speed-optimised): target/gorun/gorun FILE.go
	cargo build --profile gorun --bin gorun

gorun-bench: gorun ## gorun against natively compiled Go on tests/gorun/bench (a table)
	tests/bench/gorun.sh

budget: test-tools release ## Lighthouse 12.2.3 (mobile) x3 on the bundle served as a CDN would: medians against the budget
	node tests/bench/budget.mjs
