#!/usr/bin/env bash
# Installs whatever is missing on a fresh machine (docs/TOOLCHAIN.md says why each version is pinned).
# Idempotent: every install is skipped when the right version is already present. Source it or run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

step() { printf '\n==> %s\n' "$*"; }

# Chromium comes from Debian (a test tool's own browser download cannot reach its servers). In the background,
# while cargo compiles.
apt_pid=""
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  step "installing Debian chromium (background)"
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/tmp/atlas-apt.log 2>&1 ) &
  apt_pid=$!
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then rustup component add "$c"; fi
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  step "installing trunk $TRUNK_VERSION (takes ~6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal the wasm-bindgen crate version)"
  # No --locked: its lockfile wants a webpki-roots version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm: wasm-opt (binaryen 132; Debian's 108 breaks the app), Playwright, axe-core, smol-toml (the synthetic data
# sets); and the map generator's tools.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ ! -d tools/mapgen/node_modules ] || [ tools/mapgen/package-lock.json -nt tools/mapgen/node_modules/.package-lock.json ]; then
  step "installing the map generator's npm packages"
  npm ci --prefix tools/mapgen --no-audit --no-fund --loglevel=error
fi

# Trunk runs cargo offline: fetch the crates first.
cargo fetch --quiet

if [ -n "$apt_pid" ]; then
  wait "$apt_pid" || { cat /tmp/atlas-apt.log; echo "chromium install failed" >&2; exit 1; }
fi
test -x /usr/bin/chromium || { echo "chromium is missing at /usr/bin/chromium" >&2; exit 1; }
