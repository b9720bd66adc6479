#!/usr/bin/env node
'use strict';
// The start-up part of `npm run bench`: the size of the packaged bundles (built minified, as
// `npm run package` builds them, into a temporary folder) and of the VSIX when one was
// packaged, and the time activate() takes in a real VS Code opening the sample corpus, read
// from the SourceLens log channel. Each row: figure, goal, ratio to goal (above 1 misses it).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function row(what, value, unit, goal) {
  const ratio = goal === undefined ? '' : `ratio ${(value / goal).toFixed(2)}`;
  console.log(`${what.padEnd(46)} ${value.toFixed(value < 10 ? 2 : 0).padStart(10)} ${unit.padEnd(5)} ${(goal === undefined ? '' : `< ${goal} ${unit}`).padEnd(14)} ${ratio}`);
}

function bundleSizes() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-bundle-'));
  try {
    const esbuild = path.join(root, 'node_modules', '.bin', 'esbuild');
    const r = spawnSync(esbuild, ['extension=src/extension/extension.ts', 'worker=src/extension/worker.ts', '--bundle', '--platform=node', '--target=node20',
      '--format=cjs', '--external:vscode', `--outdir=${out}`, '--minify', '--log-level=warning'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
    row('packaged extension bundle (dist/extension.js)', fs.statSync(path.join(out, 'extension.js')).size / 1024, 'KB', 200);
    row('packaged analysis worker (dist/worker.js)', fs.statSync(path.join(out, 'worker.js')).size / 1024, 'KB');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  if (fs.existsSync(vsix)) row(`VSIX (${path.basename(vsix)})`, fs.statSync(vsix).size / 1024, 'KB', 1024);
  else console.log(`VSIX: not packaged (npm run package writes ${path.basename(vsix)})`);
}

function findFile(dir, name) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { const f = findFile(p, name); if (f) return f; } else if (e.name === name) return p;
  }
  return undefined;
}

async function activation(runs) {
  let host;
  try { host = require('../host/vscode-host'); host.resolveHost(); } catch (e) {
    console.log(`activate(): not measured, the VS Code host is not installed (bash test/host/install.sh): ${e.message}`);
    return;
  }
  const h = host.resolveHost();
  const corpus = path.join(root, 'test', 'fixtures', 'standoff');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-corpus-'));
    fs.cpSync(corpus, folder, { recursive: true, filter: (src) => !src.includes(`${path.sep}.sourcelens`) });
    const server = await host.startServer(h, {});
    let browser;
    try {
      browser = await host.launchBrowser(h, server.dataDir);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const openFile = path.join(folder, fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()[0]);
      await page.goto(host.workbenchUrl(server, { folder, extensionPath: root, openFile }), { waitUntil: 'domcontentloaded' });
      const deadline = Date.now() + 90000;
      let line;
      while (!line && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        const log = findFile(server.dataDir, 'SourceLens.log');
        if (log) line = fs.readFileSync(log, 'utf8').split('\n').find((l) => / activated in [\d.]+ ms/.test(l));
      }
      if (!line) throw new Error(`no "activated in" line in the SourceLens log under ${server.dataDir}`);
      times.push(Number(/activated in ([\d.]+) ms/.exec(line)[1]));
      if (i === 0) console.log(`  ${line.replace(/^.*\] /, '')}`);
    } finally {
      if (browser) await browser.close().catch(() => {});
      await server.stop();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
  times.sort((a, b) => a - b);
  row(`activate() in VS Code (median of ${runs} starts)`, times[Math.floor(times.length / 2)], 'ms', 20);
}

async function main() {
  console.log('\nStart-up and package');
  bundleSizes();
  await activation(Number(process.env.SOURCELENS_BENCH_STARTS || 3));
}

main().catch((e) => { console.error(`bench: ${e.stack || e}`); process.exit(1); });
