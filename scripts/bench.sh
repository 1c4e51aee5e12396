#!/usr/bin/env bash
# The benchmark (not part of the test run): builds the release, serves it locally and measures it in headless
# Chromium: bytes of the first load, first render (cold, and at 4x CPU), cost of a slider step (keys, Home/End,
# pointer drags), memory over 10,000 date changes, and scale (1,000 and 10,000 synthetic events); side by side,
# in the same run, with Knight Lab TimelineJS showing the same events. Writes docs/bench/latest.json and
# docs/bench/latest.md and prints the Markdown. Reports only: a missed budget never fails it.
#
#   ./scripts/bench.sh            full run (~15 minutes on 2 cores)
#   ./scripts/bench.sh --quick    fewer iterations, no synthetic builds (~4 minutes); writes /tmp/atlas-bench-quick/
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
QUICK=0
for a in "$@"; do [ "$a" = "--quick" ] && QUICK=1; done
start=$SECONDS
step() { printf '\n==> %s\n' "$*" >&2; }
# The packed data the app's build script embedded (for its size), copied next to the build.
newest_packed() { ls -t "$1"/wasm32-unknown-unknown/release/build/japan-soviet-atlas-*/out/atlas.bin 2>/dev/null | head -1; }

bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  step "installing the benchmark's npm packages (TimelineJS)"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi

# The release build goes to a folder of its own: dist/ may be rebuilt by someone else while this runs.
step "release build"
BENCH_DIST=/tmp/atlas-bench-dist
s=$SECONDS
trunk build --release --dist "$BENCH_DIST"
builds="release=$((SECONDS - s))"
packed="$(newest_packed "$ROOT/target")"
args=(--dist "$BENCH_DIST")
if [ -n "$packed" ]; then cp "$packed" /tmp/atlas-bench-packed.bin && args+=(--packed /tmp/atlas-bench-packed.bin); fi

if [ "$QUICK" = 0 ]; then
  # Synthetic data sets, each validated, then built in a target folder of their own (ATLAS_DATA_DIR is read at
  # compile time: building them in target/ would make the next ordinary build recompile the app).
  export CARGO_TARGET_DIR="$ROOT/target/bench-synthetic"
  for n in 1000 10000; do
    data="/tmp/atlas-bench-data-$n"
    dist="/tmp/atlas-dist-$n"
    step "synthetic data set: $n events"
    node bench/gen-synthetic.mjs "$n" "$data"
    ATLAS_DATA_DIR="$data" cargo test -q -p atlas-core --test shipped_data the_shipped_data_validates
    s=$SECONDS
    ATLAS_DATA_DIR="$data" trunk build --release --dist "$dist"
    builds="$builds,$n-events=$((SECONDS - s))"
    p="$(newest_packed "$CARGO_TARGET_DIR")"
    variant="$n:$dist:$data"
    if [ -n "$p" ]; then cp "$p" "/tmp/atlas-bench-packed-$n.bin" && variant="$variant:/tmp/atlas-bench-packed-$n.bin"; fi
    args+=(--variant "$variant")
  done
  unset CARGO_TARGET_DIR
fi

step "measuring"
node bench/run.mjs "$@" "${args[@]}" --build-seconds "$builds"
step "benchmark done in $((SECONDS - start)) s"
