#!/usr/bin/env bash
# Build the single-file version: dist-single/japan-soviet-atlas.html, one self-contained page (wasm, JS, CSS and
# data inlined) that works opened from disk, uploaded to an LMS as a file, or in a sandboxed iframe.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
node scripts/build-single.mjs
