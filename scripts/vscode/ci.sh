#!/usr/bin/env bash
# CI entry for the editor checks (called by .ci/run): Debian packages and code-server (cached in
# .vscode-test/code-server), grammar tests, production build + VSIX, then the tests in real VS Code.
# Needs root for apt-get the first time. Artifacts: artifacts/vscode-hover.png, artifacts/vscode-results-{trusted,untrusted}.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - start ))s)"; }

step "install chromium, libkrb5-dev, ripgrep and code-server 4.100.3 (cached)"
scripts/vscode/install-code-server.sh .vscode-test/code-server

step "TextMate grammar tests"
node scripts/vscode/test-grammar.mjs

step "development build (dist/, for the unit tests that run the real CLI)"
node scripts/build.mjs

step "extension unit tests"
npx vitest run -c test/vscode/vitest.config.ts

step "package the VSIX (production build)"
node scripts/vscode/package.mjs --out .vscode-test/claimlint-ci.vsix

step "integration tests in VS Code 1.100.3 (code-server + chromium)"
node scripts/vscode/run-tests.mjs --vsix .vscode-test/claimlint-ci.vsix

step "done"
