#!/usr/bin/env bash
# The benchmark (not part of the test run): builds the release, serves it locally (brotli, as a real host does) and
# measures it in headless Chromium, desktop and a school-phone profile (1.6 Mbit/s, 150 ms round trip, CPU 4x
# slower): bytes of the first load, the map's outline and the coloured map on screen, cost of a slider step (keys,
# Home/End, pointer drags) with the CPU 4x slower, memory over 10,000 date changes, where the wasm's bytes are
# (twiggy, on a build with symbol names), and scale (1,000 and 10,000 synthetic events); side by side, in the same
# run, with Knight Lab TimelineJS showing the same events. Writes docs/bench/latest.json and docs/bench/latest.md
# and prints the Markdown. Reports only: a missed budget never fails it.
#
#   ./scripts/bench.sh            full run (~30 minutes on 2 cores)
#   ./scripts/bench.sh --quick    fewer iterations, no synthetic builds (~8 minutes); writes /tmp/atlas-bench-quick/
#
# twiggy (the size report) is installed into ~/.cargo/bin when missing (cargo install, ~3 minutes once);
# BENCH_NO_INSTALL=1 skips that, and the report then says it has no size report.
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
# twiggy 0.8.0: reads the wasm features rustc 1.95 emits (0.7 does not); its lockfile builds on rustc 1.95.
TWIGGY_VERSION=0.8.0
if [ "${BENCH_NO_INSTALL:-0}" != 1 ] && ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION\$"; then
  step "installing twiggy $TWIGGY_VERSION (the size report)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
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

# The size report: the same release build with the wasm's function names kept (wasm-opt --debuginfo), read by
# twiggy. Same cargo build (no recompile), so the names are those of the shipped code.
if command -v twiggy >/dev/null; then
  step "release build with symbol names, for twiggy"
  names_html="$ROOT/.bench-names.html"
  sed 's/data-wasm-opt="z"/data-wasm-opt="z" data-wasm-opt-params="--debuginfo"/' index.html >"$names_html"
  s=$SECONDS
  trunk build --release --dist /tmp/atlas-bench-names "$names_html" || true
  rm -f "$names_html"
  builds="$builds,with-names=$((SECONDS - s))"
  wasm="$(ls /tmp/atlas-bench-names/*_bg.wasm 2>/dev/null | head -1)"
  if [ -n "$wasm" ] && twiggy top -n 20 --format json "$wasm" >/tmp/atlas-bench-twiggy.json; then
    args+=(--twiggy /tmp/atlas-bench-twiggy.json)
  fi
fi

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
