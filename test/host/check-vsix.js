#!/usr/bin/env node
'use strict';
// Checks the VSIX that `npm run package` wrote: under 1 MB, everything the extension needs at
// run time inside, and no sources, tests, source maps or node_modules. Prints the contents.
//   node test/host/check-vsix.js [FILE]      (default: <name>-<version>.vsix in the project)
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const file = path.resolve(process.argv[2] || path.join(root, `${manifest.name}-${manifest.version}.vsix`));

/** The names in a zip file's central directory. */
function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    out.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), size });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

const REQUIRED = [
  'extension/package.json', 'extension/package.nls.json', 'extension/dist/extension.js', 'extension/dist/worker.js',
  'extension/dist/webview/story.js', 'extension/dist/webview/style.css', 'extension/media/sample-corpus/sources.json',
  'extension/l10n/bundle.l10n.json', 'extension/media/icon.png', 'extension/media/sourcelens.svg',
  'extension/syntaxes/sourcelens.injection.json', 'extension/media/sample-corpus/wire-report.txt', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt',
  ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => `extension/${s.media.markdown}`)),
];
const FORBIDDEN = [/^extension\/(src|test|out|node_modules|\.ci)\//, /\.ts$/, /\.map$/, /\.vsix$/, /(^|\/)\.sourcelens\//];

const buf = fs.readFileSync(file);
const entries = zipEntries(buf);
const names = new Set(entries.map((e) => e.name));
const lower = new Set(entries.map((e) => e.name.toLowerCase()));
const problems = [];
if (buf.length >= 1024 * 1024) problems.push(`${path.basename(file)} is ${(buf.length / 1024).toFixed(0)} KB, over 1 MB`);
for (const r of REQUIRED) if (!names.has(r) && !lower.has(r.toLowerCase())) problems.push(`missing: ${r}`);
for (const e of entries) if (FORBIDDEN.some((re) => re.test(e.name))) problems.push(`must not ship: ${e.name}`);
for (const e of entries) console.log(`${String(e.size).padStart(9)}  ${e.name}`);
console.log(`${path.basename(file)}: ${entries.length} files, ${(buf.length / 1024).toFixed(1)} KB`);
// Activation loads dist/extension.js: the Story view's page code (its custom elements, its graph
// layout) must stay in its own bundle, loaded only when the panel opens.
for (const bundle of ['extension.js', 'worker.js']) {
  const code = fs.readFileSync(path.join(root, 'dist', bundle), 'utf8');
  for (const mark of ['vscode-tab-header', 'forceSimulation', 'acquireVsCodeApi']) if (code.includes(mark)) problems.push(`dist/${bundle} holds the Story view's page code (${mark})`);
}
for (const p of problems) console.error(`check-vsix: ${p}`);
process.exit(problems.length ? 1 : 0);
