#!/usr/bin/env node
'use strict';
// The project's entry to a real VS Code:
//   node test/host/run.js test [--vsix FILE | --packaged] [--untrusted | --badinput] [--grep PATTERN] [--timeout SEC]
//       integration tests (out/test/integration/index.js) in the real extension host, on a
//       fresh copy of the sample corpus; the last line is "vscode-extension-tests: N passed, N failed".
//       --vsix installs a package (--packaged: the one `npm run package` wrote) instead of loading
//       this folder; --untrusted opens the corpus in Restricted Mode and runs *.untrusted.js;
//       --badinput opens the bad-input corpus (test/badinput/make-corpus.js) and runs *.badinput.js.
//   node test/host/run.js open [FOLDER]
//       VS Code with SourceLens on FOLDER (default: the sample corpus): the desktop `code` where
//       one is installed and a display is there, otherwise the bundled host, printing its URL.
//   node test/host/run.js screenshot [--out DIR] [--folder DIR] [--only NAME,…] [--vsix FILE | --packaged]
//       headless pictures of the workbench: lenses, the Events tree, the Problems panel, the peek
//       view on corroborating passages, the Story view's three parts (dark and light), the welcome
//       view and the walkthrough.
// SOURCELENS_EXTENSION_ROOT points these at another extension folder than this project.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('./vscode-host');
const { takeScreenshots } = require('./screenshots');

const root = path.resolve(process.env.SOURCELENS_EXTENSION_ROOT || path.join(__dirname, '..', '..'));
const sampleCorpus = path.join(__dirname, '..', 'fixtures', 'standoff');

const manifest = () => JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function parse(argv) {
  const o = { positional: [], vsix: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--vsix') o.vsix.push(path.resolve(val()));
    else if (a === '--packaged') o.vsix.push(path.join(root, `${manifest().name}-${manifest().version}.vsix`));
    else if (a === '--untrusted') o.untrusted = true;
    else if (a === '--badinput') o.badinput = true;
    else if (a === '--grep') o.grep = val();
    else if (a === '--timeout') o.timeout = Number(val());
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--folder') o.folder = path.resolve(val());
    else if (a === '--only') o.only = val().split(',');
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.positional.push(a);
  }
  return o;
}

/** A throw-away copy of a folder, so that tests and screenshots never touch the repository. */
function copyOf(folder) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-corpus-'));
  fs.cpSync(folder, dir, { recursive: true });
  return dir;
}

function ensureHost() {
  const r = spawnSync('bash', [path.join(__dirname, 'install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('installing the VS Code host failed');
}

async function cmdTest(o) {
  const entry = path.join(root, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing; run \`npm run compile\` first`);
  try { host.resolveHost(); } catch (e) { console.error(`run.js: ${e.message}`); return host.EXIT_HARNESS; }
  for (const f of o.vsix) if (!fs.existsSync(f)) throw new Error(`${f} is missing; run \`npm run package\` first`);
  let folder;
  const env = o.grep ? { SOURCELENS_TEST_GREP: o.grep } : {};
  if (o.badinput) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-bad-'));
    env.SOURCELENS_BADINPUT = JSON.stringify(require('../badinput/make-corpus').makeCorpus(folder));
  } else folder = copyOf(sampleCorpus);
  if (o.untrusted) {
    // A folder's own settings that Restricted Mode must not apply: this one would empty the corpus.
    fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'sourcelens.corpus.include': ['**/no-such-document.txt'] }, null, 2));
  }
  try {
    return await host.runTests({
      untrusted: o.untrusted,
      extensionPath: o.vsix.length ? undefined : root, vsix: o.vsix, testsEntry: entry, folder,
      suite: o.badinput ? 'badinput' : undefined, env, timeoutMs: (o.timeout || 300) * 1000,
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function cmdOpen(o) {
  const folder = path.resolve(o.positional[0] || sampleCorpus);
  const code = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
  if (code && process.env.DISPLAY && !process.env.CI) {
    console.log(`Opening ${folder} in VS Code with SourceLens from ${root}`);
    return spawnSync(code, [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' }).status ?? 0;
  }
  ensureHost();
  const h = host.resolveHost();
  const server = await host.startServer(h, {});
  const url = host.workbenchUrl(server, { folder, extensionPath: root });
  console.log('SourceLens is running in VS Code (code-server) on this machine. Open this address in a browser:');
  console.log(`\n  ${url}\n`);
  console.log('(Forward the port and keep the 127.0.0.1 host name if the browser is elsewhere.) Press Ctrl-C to stop.');
  const bye = async () => { await server.stop(); fs.rmSync(server.dataDir, { recursive: true, force: true }); process.exit(0); };
  process.on('SIGINT', bye);
  process.on('SIGTERM', bye);
  return new Promise(() => {});
}

async function cmdScreenshot(o) {
  ensureHost();
  const folder = o.folder || copyOf(sampleCorpus);
  const outDir = o.out || path.join(root, 'media', 'screenshots');
  fs.mkdirSync(outDir, { recursive: true });
  const written = await takeScreenshots({ h: host.resolveHost(), extensionPath: root, vsix: o.vsix, folder, outDir, only: o.only });
  for (const f of written) console.log(`screenshot: ${f}`);
  return 0;
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const o = parse(rest);
  if (cmd === 'test') return cmdTest(o);
  if (cmd === 'open') return cmdOpen(o);
  if (cmd === 'screenshot') return cmdScreenshot(o);
  console.error('usage: run.js test [--vsix FILE | --packaged] [--untrusted | --badinput] [--grep PATTERN] [--timeout SEC] | open [FOLDER] | screenshot [--out DIR] [--folder DIR] [--only NAME,…] [--vsix FILE | --packaged]');
  return host.EXIT_HARNESS;
}

main().then((code) => process.exit(code), (e) => { console.error(`run.js: ${e.message}`); process.exit(host.EXIT_HARNESS); });
