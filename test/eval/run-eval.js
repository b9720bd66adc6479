#!/usr/bin/env node
'use strict';
// npm run eval: exports each gold set's corpus with the command line, scores it, and prints one
// table: a row per metric, a column per story, then the minimum and mean of each metric (and of
// each story), so that a regression on any story shows at once.
// Gold sets: ../shared/eval (when it exists beside the project) and test/gold/*/ in the project.
// Each gold set is a folder with *.gold.json and its documents (docs/ inside it, or the
// matching ../shared/corpus/<name>/ folder). Says so and exits 0 when there is none.
//   npm run eval [-- --verbose]   --verbose: also each story's full scorer report
//   npm run eval -- --json FILE   also writes the scores as JSON (to compare two runs)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const sharedEval = path.resolve(root, '..', 'shared', 'eval');
const scorer = path.join(sharedEval, 'score.mjs');
const METRICS = ['actors', 'threats', 'red-lines', 'events', 'event-clusters', 'corroboration', 'uncorroborated', 'contradictions'];

function goldSets() {
  const sets = [];
  if (fs.existsSync(sharedEval)) {
    for (const f of fs.readdirSync(sharedEval).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.replace(/\.gold\.json$/, '');
      const docs = path.resolve(root, '..', 'shared', 'corpus', name);
      if (fs.existsSync(docs)) sets.push({ name, gold: path.join(sharedEval, f), docs });
    }
  }
  const own = path.join(root, 'test', 'gold');
  if (fs.existsSync(own)) {
    for (const d of fs.readdirSync(own).sort()) {
      const dir = path.join(own, d);
      if (!fs.statSync(dir).isDirectory()) continue;
      const gold = fs.readdirSync(dir).find((x) => x.endsWith('.gold.json'));
      if (gold && fs.existsSync(path.join(dir, 'docs'))) sets.push({ name: d, gold: path.join(dir, gold), docs: path.join(dir, 'docs') });
    }
  }
  return sets;
}

/** Exports one story with the command line and scores it; the metrics' F1 (null where n/a). */
function score(set, verbose) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-eval-'));
  const out = path.join(dir, 'export.json');
  try {
    const ex = spawnSync(process.execPath, [cli, 'export', set.docs, '--format', 'w3c', '--out', out], { encoding: 'utf8' });
    if (ex.status !== 0) throw new Error(`export of ${set.name} failed:\n${ex.stderr}`);
    const sc = spawnSync(process.execPath, [scorer, '--gold', set.gold, '--docs', set.docs, '--export', out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (sc.status !== 0) throw new Error(`scoring ${set.name} failed:\n${sc.stderr}`);
    if (verbose) console.log(`\n== ${set.name}\n${sc.stderr}`);
    const metrics = JSON.parse(sc.stdout).metrics;
    const f1 = {};
    for (const m of METRICS) {
      const r = metrics[m];
      // A story without a gold unit of a kind is skipped for that kind.
      f1[m] = !r || !r.gold || typeof r.f1 !== 'number' ? null : r.f1;
    }
    return f1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
const mean = (xs) => { const v = xs.filter((x) => x !== null); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null; };
const min = (xs) => { const v = xs.filter((x) => x !== null); return v.length ? Math.min(...v) : null; };

function table(sets, scores) {
  const cols = [...sets.map((s) => s.name), 'min', 'mean'];
  const widths = cols.map((c) => Math.max(c.length, 4) + 2);
  const line = (label, cells) => label.padEnd(16) + cells.map((c, i) => c.padStart(widths[i])).join('');
  const rule = '-'.repeat(16 + widths.reduce((a, b) => a + b, 0));
  const rows = [line('metric', cols), rule];
  for (const m of METRICS) {
    const vs = scores.map((s) => s[m]);
    rows.push(line(m, [...vs.map(fmt), fmt(min(vs)), fmt(mean(vs))]));
  }
  const storyMeans = scores.map((s) => mean(METRICS.map((m) => s[m])));
  rows.push(rule);
  rows.push(line('story mean', [...storyMeans.map(fmt), fmt(min(storyMeans)), fmt(mean(storyMeans))]));
  return rows.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const jsonAt = args.indexOf('--json');
  const sets = goldSets();
  if (!sets.length || !fs.existsSync(scorer)) {
    console.log(!fs.existsSync(scorer) ? 'eval: no scorer (../shared/eval/score.mjs) beside the project; nothing to score.' : 'eval: no gold sets found; nothing to score.');
    return 0;
  }
  if (!fs.existsSync(cli)) { console.error('eval: dist/cli.js is missing; run `npm run build` first'); return 2; }
  const scores = [];
  for (const s of sets) {
    try { scores.push(score(s, verbose)); } catch (e) { console.error(`eval: ${e.message}`); return 1; }
  }
  console.log(table(sets, scores));
  if (jsonAt >= 0 && args[jsonAt + 1]) {
    const out = Object.fromEntries(sets.map((s, i) => [s.name, scores[i]]));
    fs.writeFileSync(args[jsonAt + 1], JSON.stringify(out, null, 2) + '\n');
  }
  return 0;
}

process.exit(main());
