#!/usr/bin/env bash
# Build the release and serve it on http://127.0.0.1:8080/ (installs whatever is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
echo
echo "Open http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec node scripts/static-server.mjs dist 8080 127.0.0.1
