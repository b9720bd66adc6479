#!/usr/bin/env node
'use strict';
// npm run eval: exports each gold set's corpus with the command line and prints the scorer's table.
// Gold sets: ../shared/eval (when it exists beside the project) and test/gold/*/ in the project.
// Each gold set is a folder with *.gold.json and its documents (docs/ inside it, or the
// matching ../shared/corpus/<name>/ folder). Says so and exits 0 when there is none.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const sharedEval = path.resolve(root, '..', 'shared', 'eval');
const scorerCandidates = [path.join(sharedEval, 'score.mjs')];

function goldSets() {
  const sets = [];
  if (fs.existsSync(sharedEval)) {
    for (const f of fs.readdirSync(sharedEval).filter((x) => x.endsWith('.gold.json'))) {
      const name = f.replace(/\.gold\.json$/, '');
      const docs = path.resolve(root, '..', 'shared', 'corpus', name);
      if (fs.existsSync(docs)) sets.push({ name: `shared/${name}`, gold: path.join(sharedEval, f), docs });
    }
  }
  const own = path.join(root, 'test', 'gold');
  if (fs.existsSync(own)) {
    for (const d of fs.readdirSync(own).sort()) {
      const dir = path.join(own, d);
      if (!fs.statSync(dir).isDirectory()) continue;
      const gold = fs.readdirSync(dir).find((x) => x.endsWith('.gold.json'));
      if (gold && fs.existsSync(path.join(dir, 'docs'))) sets.push({ name: `test/gold/${d}`, gold: path.join(dir, gold), docs: path.join(dir, 'docs') });
    }
  }
  return sets;
}

const scorer = scorerCandidates.find((p) => fs.existsSync(p));
const sets = goldSets();
if (!sets.length || !scorer) {
  console.log(!scorer ? 'eval: no scorer (../shared/eval/score.mjs) beside the project; nothing to score.' : 'eval: no gold sets found; nothing to score.');
  process.exit(0);
}
if (!fs.existsSync(cli)) { console.error('eval: dist/cli.js is missing; run `npm run build` first'); process.exit(2); }
let failed = false;
for (const s of sets) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-eval-')), 'export.json');
  const t0 = Date.now();
  const ex = spawnSync(process.execPath, [cli, 'export', s.docs, '--format', 'w3c', '--out', out], { encoding: 'utf8' });
  if (ex.status !== 0) { console.error(`eval: export of ${s.name} failed:\n${ex.stderr}`); failed = true; continue; }
  const ms = Date.now() - t0;
  const sc = spawnSync(process.execPath, [scorer, '--gold', s.gold, '--docs', s.docs, '--export', out], { encoding: 'utf8' });
  console.log(`\n== ${s.name} (export ${ms} ms)\n${sc.stdout}${sc.stderr}`);
  if (sc.status !== 0) failed = true;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
