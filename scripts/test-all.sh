#!/usr/bin/env bash
# Runs every test claimlint has, on a fresh machine: installs what the tests need (npm packages
# from the lock file; Debian chromium for the HTML report and VS Code tests; code-server into
# .vscode-test/), then unit, protocol, CLI, fuzz, grammar and real-VS-Code tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing Debian packages: ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "== please install: sudo apt-get install ${need_apt[*]}" >&2
    exit 2
  fi
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== code-server for the grammar and VS Code tests (cached in .vscode-test/code-server)"
bash scripts/vscode/install-code-server.sh .vscode-test/code-server

mkdir -p artifacts
status=0
echo "== unit, protocol, CLI and fuzz tests (vitest)"
npm run typecheck || status=1
npx vitest run --reporter=default --reporter=json --outputFile=artifacts/vitest.json || status=1
node -e '
  const r = require("./artifacts/vitest.json");
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests || 0)} skipped`);
' || status=1

echo "== editor: grammar and extension unit tests, VSIX, tests in real VS Code (code-server + chromium)"
bash scripts/vscode/ci.sh || status=1

if [ $status -ne 0 ]; then echo "some tests failed"; fi
exit $status
