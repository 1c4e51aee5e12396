#!/usr/bin/env bash
# The benchmark (not part of the test run): builds the release, then measures bytes, first render, slider step
# cost, memory and scale (1,000 and 10,000 synthetic events), side by side with Knight Lab TimelineJS showing the
# same events. Writes docs/bench/latest.json and docs/bench/latest.md. `--quick` for a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi
trunk build --release
node bench/run.mjs "$@"
