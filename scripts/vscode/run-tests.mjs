// `npm run test:vscode`: integration tests in a real VS Code 1.100.3 (code-server 4.100.3), driven
// by Debian chromium through playwright-core (route A of vscode-craft.md §1).
//  1. packages the extension (or takes --vsix FILE) and installs the VSIX into a temp extensions dir;
//  2. copies the example campaign (or our fixture) to a temp workspace — tests never touch the repo;
//  3. opens the workbench with VS Code's test payload: a harness dev-extension carries the test
//     module (test/vscode/suite, bundled), the extension under test is the installed VSIX;
//  4. answers screenshot requests from the tests, prints "N passed, N failed", exits non-zero on failure.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const CODE_SERVER = process.env.CODE_SERVER ?? path.join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 180_000);
const verbose = !!process.env.VERBOSE;
// Two sessions: `trusted` (test/vscode/suite/index.ts) and `untrusted` (Workspace Trust on, folder
// not trusted: test/vscode/suite/untrusted.ts). Without --session, both run, one after the other.
const session = option('--session');
const untrusted = session === 'untrusted';
const t0 = Date.now();
const log = (msg) => console.log(`[vscode-test${session ? ` ${session}` : ''} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

for (const [what, file] of [['code-server', CODE_SERVER], ['chromium', CHROMIUM]]) {
  if (!existsSync(file)) {
    console.error(`${what} not found at ${file} — run scripts/vscode/install-code-server.sh`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// 1. The VSIX under test.
let vsix = option('--vsix') && path.resolve(option('--vsix'));
if (!vsix) {
  vsix = path.join(root, '.vscode-test', 'claimlint-under-test.vsix');
  execFileSync(process.execPath, [path.join(root, 'scripts/vscode/package.mjs'), '--out', vsix], { stdio: 'inherit' });
}
if (!session) {
  let passed = 0;
  let failed = 0;
  for (const name of ['trusted', 'untrusted']) {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--session', name, '--vsix', vsix], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    const m = /(\d+) passed, (\d+) failed\s*$/.exec(out);
    passed += m ? Number(m[1]) : 0;
    failed += m ? Number(m[2]) : 1;
    if (code !== 0 && (!m || Number(m[2]) === 0)) failed++;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-vscode-test-'));
const extensionsDir = path.join(tmp, 'extensions');
const userDataDir = path.join(tmp, 'user-data');
execFileSync(CODE_SERVER, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], {
  stdio: verbose ? 'inherit' : 'pipe',
});
const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('claimlint.claimlint-'));
if (installed.length !== 1) throw new Error(`VSIX did not install: ${readdirSync(extensionsDir).join(', ')}`);
log(`installed ${path.basename(vsix)} as ${installed[0]}`);

// 2. A temp copy of the workspace.
const exampleCampaign = path.join(root, 'examples/campaign');
const source = process.env.CLAIMLINT_TEST_WORKSPACE
  ?? (existsSync(path.join(exampleCampaign, 'site')) ? exampleCampaign : path.join(root, 'test/vscode/fixtures/campaign'));
const workspace = path.join(tmp, 'workspace');
cpSync(source, workspace, { recursive: true });
log(`workspace: copy of ${path.relative(root, source)}`);

// Web VS Code defaults files.autoSave to afterDelay: edits made by tests would be written to disk.
mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
  'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'security.workspace.trust.enabled': untrusted, 'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open', 'workbench.tips.enabled': false, 'editor.hover.delay': 100,
  'window.zoomLevel': 0, 'claimlint.debounceMs': 100,
}, null, 2));

// 3. The harness dev-extension that carries the test module.
const harness = path.join(tmp, 'harness');
mkdirSync(harness, { recursive: true });
writeFileSync(path.join(harness, 'package.json'), JSON.stringify({
  name: 'claimlint-test-harness', publisher: 'claimlint-test', version: '0.0.0', engines: { vscode: '^1.100.0' },
}));
const suite = path.join(harness, 'suite.cjs');
await build({
  entryPoints: [path.join(root, 'test/vscode/suite', untrusted ? 'untrusted.ts' : 'index.ts')], outfile: suite, bundle: true, platform: 'node',
  target: 'node20', format: 'cjs', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
});

const resultsFile = path.join(tmp, 'results.json');
const screenshotDir = path.join(root, 'artifacts');
mkdirSync(screenshotDir, { recursive: true });
const ackDir = path.join(tmp, 'acks');
mkdirSync(ackDir);

const port = await new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const cs = spawn(CODE_SERVER, [
  '--config', path.join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
  ...(untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--disable-file-downloads', '--ignore-last-opened', workspace,
], {
  env: {
    ...process.env,
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    CLAIMLINT_TEST_RESULTS: resultsFile,
    CLAIMLINT_TEST_ACKS: ackDir,
    CLAIMLINT_TEST_EXTENSIONS_DIR: extensionsDir,
    CLAIMLINT_TEST_WORKSPACE: workspace,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let csLog = '';
const onCs = (d) => {
  csLog += d;
  if (verbose) process.stdout.write(`[code-server] ${d}`);
};
cs.stdout.on('data', onCs);
cs.stderr.on('data', onCs);
const stopCodeServer = () => {
  if (cs.exitCode === null) cs.kill('SIGTERM');
};
process.on('exit', stopCodeServer);

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {}
  if (i > 300) {
    console.error(csLog);
    throw new Error('code-server did not start');
  }
  await new Promise((r) => setTimeout(r, 100));
}
log(`code-server listening on ${port}`);

const authority = `127.0.0.1:${port}`;
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(harness)],
  ['extensionTestsPath', remote(suite)],
  ['skipWelcome', 'true'],
  ['skipReleaseNotes', 'true'],
];
const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const screenshots = [];
let finished = false;
const exitCode = await new Promise((resolve) => {
  const timer = setTimeout(() => {
    finished = true;
    console.error(`TIMEOUT: no result from the tests after ${TIMEOUT_MS} ms`);
    resolve(124);
  }, TIMEOUT_MS);
  void (async () => {
    await page.exposeFunction('codeAutomationLog', async (_type, logArgs) => {
      const line = format(...(logArgs ?? []));
      // Screenshot request from a test: "[claimlint-screenshot] <name>"; acknowledged with a file.
      const shot = /^\[claimlint-screenshot\] ([\w.-]+)$/.exec(line.trim());
      if (shot) {
        const file = path.join(screenshotDir, `${shot[1]}.png`);
        // Tests showing a hover want it in the picture: wait for the widget, report whether it showed.
        const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
        const visible = await hover.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
        await page.screenshot({ path: file });
        screenshots.push(file);
        writeFileSync(path.join(ackDir, shot[1]), visible ? 'hover-visible' : 'no-hover');
        log(`screenshot ${path.relative(root, file)}`);
        return;
      }
      // The workbench logs plenty of its own; show the tests' lines (indented) unless VERBOSE.
      if (verbose || /^\s{2}|\d+ passed, \d+ failed/.test(line)) console.log(`  ${line}`);
    });
    cs.once('exit', (code) => {
      if (finished) return;
      clearTimeout(timer);
      console.error(`code-server exited (${code}) before the tests finished:\n${csLog.split('\n').slice(-30).join('\n')}`);
      resolve(1);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      finished = true;
      clearTimeout(timer);
      resolve(code);
    });
    page.on('console', (m) => {
      if (verbose) console.log(`[browser ${m.type()}] ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => {
      if (verbose) console.log(`[browser pageerror] ${e.message}`);
    });
    await page.goto(url);
  })().catch((e) => {
    console.error(e);
    resolve(1);
  });
});
// The workbench after the run (the extension host is already shutting down: no status items or
// diagnostics), useful to see which editors a failing run left open.
if (exitCode !== 0) await page.screenshot({ path: path.join(screenshotDir, `vscode-failure-${session}.png`) }).catch(() => {});
await browser.close();
stopCodeServer();

// The hover screenshot also illustrates the README.
const hoverShot = path.join(screenshotDir, 'vscode-hover.png');
if (screenshots.includes(hoverShot)) {
  mkdirSync(path.join(root, 'docs/images'), { recursive: true });
  copyFileSync(hoverShot, path.join(root, 'docs/images/editor-hover.png'));
}

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.passed;
  failed = results.failed;
  writeFileSync(path.join(screenshotDir, `vscode-results-${session}.json`), JSON.stringify(results, null, 2));
} else {
  console.error('the test module wrote no results (it did not run or crashed)');
  if (!verbose) console.error(csLog.split('\n').slice(-40).join('\n'));
  failed = Math.max(1, failed);
}
if (exitCode !== 0 && failed === 0) failed = 1;
if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
log(`done (VS Code exit code ${exitCode})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
