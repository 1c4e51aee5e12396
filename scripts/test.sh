#!/usr/bin/env bash
# Every test: formatting, lints, native core tests, the map geometry check, the release build, and the browser
# end-to-end tests in headless Chromium against that build. Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings

step "native tests (core and app logic)"
cargo test --workspace

step "map geometry check"
npm --prefix tools/mapgen run --silent check

step "a large data set's release build (600 synthetic events: the paged event list's browser tests)"
node bench/gen-synthetic.mjs 600 target/e2e-large-data
ATLAS_DATA_DIR="$PWD/target/e2e-large-data" trunk build --release --dist target/e2e-large-dist

step "release build (and the single-file build)"
trunk build --release
node scripts/build-single.mjs

step "browser end-to-end tests (headless Chromium)"
# A hung test (or test file) fails after 4 minutes instead of holding CI until its limit.
node --test --test-reporter=tap --test-concurrency=1 --test-timeout=240000 e2e/*.test.mjs
