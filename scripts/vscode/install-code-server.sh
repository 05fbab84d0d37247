#!/usr/bin/env bash
# Idempotent install of code-server 4.100.3 (VS Code 1.100.3 server + web workbench) into a cacheable
# folder, plus the Debian packages the real-VS-Code tests need. Safe to run repeatedly.
# Usage: scripts/vscode/install-code-server.sh [DEST]   (default .vscode-test/code-server, git-ignored)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="${1:-$ROOT/.vscode-test/code-server}"
# 4.100.3 is the last code-server whose postinstall accepts Node 20.
CS_VERSION="${CS_VERSION:-4.100.3}"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install-code-server: need root to apt-get install ${need_apt[*]}" >&2; exit 1; fi
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$DEST/node_modules/.bin/code-server" ] &&
   grep -q "\"version\": \"$CS_VERSION\"" "$DEST/node_modules/code-server/package.json" 2>/dev/null &&
   [ -d "$DEST/node_modules/code-server/lib/vscode/node_modules" ]; then
  echo "code-server $CS_VERSION already installed in $DEST"; exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache in $TMPDIR already holds the archive:
# seed that cache with Debian's rg.
RG_PKG_VERSION=1.15.11
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"; tmpd="$(mktemp -d)"
  cp "$(command -v rg)" "$tmpd/rg"; tar czf "$RG_TGZ" -C "$tmpd" rg; rm -rf "$tmpd"
fi

mkdir -p "$DEST"; cd "$DEST"
[ -f package.json ] || echo '{"name":"claimlint-code-server-host","private":true}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp` (an npmrc with yes=false cancels it).
# npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --no-audit --no-fund --no-save --unsafe-perm "code-server@$CS_VERSION"
test -x node_modules/.bin/code-server
echo "code-server $CS_VERSION installed in $DEST"
