# shellcheck shell=bash
# Installs whatever the build and the tests need and is missing, then puts the project's
# tools first on PATH. Sourced by scripts/serve and scripts/test; quick when all is there.
#
# Only package registries are reachable on our machines, so every tool comes from one,
# at a pinned version, and Trunk runs offline (it would otherwise download binaries).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or the built glue breaks.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"
export TRUNK_OFFLINE=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing Trunk $TRUNK_VERSION (takes about 7 minutes, once)"
    cargo install "trunk@$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    return
  fi
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 3 minutes, once)"
  # `cargo install wasm-bindgen-cli --locked` fails here: its lock file wants a
  # webpki-roots release the registry does not have. Build its published source with
  # that one dependency pinned to the newest available release instead.
  local work
  work="$(mktemp -d)"
  mkdir -p "$work/fetch/src"
  printf '[package]\nname = "fetch-wbg"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' \
    "$WASM_BINDGEN_VERSION" > "$work/fetch/Cargo.toml"
  touch "$work/fetch/src/lib.rs"
  (cd "$work/fetch" && cargo fetch --quiet)
  local src
  src="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n1)"
  cp -r "$src" "$work/cli"
  (
    cd "$work/cli"
    cargo update --quiet -p webpki-roots --precise 1.0.10 2>/dev/null || true
    cargo install --path . --locked --root "${CARGO_HOME:-$HOME/.cargo}"
  )
  rm -rf "$work"
}

ensure_node_tools() {
  # wasm-opt comes from npm's binaryen: Debian's (version 108) produces broken output.
  if [ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version 132 (version_132)" ] \
    || [ ! -x "$ROOT/node_modules/.bin/playwright" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "Installing pinned npm tools (binaryen's wasm-opt, Playwright)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [ "$(command -v wasm-opt)" != "$ROOT/node_modules/.bin/wasm-opt" ]; then
    echo "wasm-opt resolves to $(command -v wasm-opt), not the pinned npm one" >&2
    exit 1
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  say "Installing Chromium and ChromeDriver from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver >/dev/null
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_tools
  # Trunk builds offline; make sure every crate is already downloaded.
  (cd "$ROOT" && cargo fetch --quiet)
}

# Prints the size of every file in dist/, raw and brotli, and the total.
report_sizes() {
  node "$ROOT/scripts/sizes.mjs" "$ROOT/dist"
}
