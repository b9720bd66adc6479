/**
 * npm run bench: speed and memory of the engine on synthetic corpora, each figure printed with
 * its goal and the ratio to it (a ratio above 1 misses the goal). Each corpus size runs in a
 * child process of its own so that its peak RSS is its own.
 */
import { execFileSync } from 'child_process';
import { Worker } from 'worker_threads';
import * as path from 'path';
import * as v8 from 'v8';
import { CorpusIndex, MENTIONS_IN_SUMMARY, withMentionsUpTo } from '../../src/core/corpus';
import { analyzeDocument } from '../../src/core/analyze';
import { tagLenses } from '../../src/core/present';
import { corpusDocs, makeCorpus, sampleSentences } from './corpus';
import { analyzeParallel } from '../../src/node/parallel';
import { HeldText } from '../../src/core/held';
import { restoreHeapDefaults, tuneHeapForCorpus } from '../../src/node/heap';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'standoff');
const SIZES = (process.env.SOURCELENS_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

interface Row { what: string; value: number; unit: string; goal?: number; better: 'lower' | 'higher' }

function print(rows: Row[]): void {
  for (const r of rows) {
    const ratio = r.goal === undefined ? '' : r.better === 'lower' ? (r.value / r.goal).toFixed(2) : (r.goal / r.value).toFixed(2);
    const goal = r.goal === undefined ? '' : `${r.better === 'lower' ? '<' : '>'} ${r.goal} ${r.unit}`;
    console.log(`${r.what.padEnd(46)} ${r.value.toFixed(r.value < 10 ? 2 : 0).padStart(10)} ${r.unit.padEnd(5)} ${goal.padEnd(14)} ${ratio ? `ratio ${ratio}` : ''}`);
  }
}

/** How long a fresh thread takes to read a serialised value. */
function readElsewhere(bytes: Buffer): Promise<number> {
  const reader = new Worker(`
    const { parentPort } = require('worker_threads');
    const v8 = require('v8');
    parentPort.once('message', (b) => { const t = performance.now(); v8.deserialize(Buffer.from(b)); parentPort.postMessage(performance.now() - t); });
  `, { eval: true });
  return new Promise((resolve, reject) => {
    reader.once('message', (ms: number) => { void reader.terminate(); resolve(ms); });
    reader.once('error', reject);
    const copy = new Uint8Array(bytes);
    reader.postMessage(copy, [copy.buffer]);
  });
}

/** One corpus size, in this process: whole analysis time (all threads) and peak RSS. */
async function oneSize(n: number): Promise<Row[]> {
  // The texts are made one at a time and kept for exporting, as the command line reads files
  // and keeps them: the time to make them is not counted, the time to keep them is.
  let bytes = 0;
  let made = 0;
  const held: HeldText[] = [];
  for (const text of corpusDocs(sampleSentences(CORPUS), n, 7)) {
    const t = performance.now();
    bytes += Buffer.byteLength(text);
    held.push(new HeldText(text));
    made += performance.now() - t;
  }
  const t0 = performance.now() - made;
  const index = new CorpusIndex();
  const analyses = await analyzeParallel(held.map((t, i) => ({ uri: `file:///bench/${i}.txt`, text: t.raw })), require.resolve('../../src/node/parallel'));
  for (const a of analyses) index.put(a);
  analyses.length = 0;
  const tExtract = performance.now();
  const summary = index.summary();
  const ms = performance.now() - t0;
  const rss = process.resourceUsage().maxRSS / 1024;
  // What follows measures the editor's side (a change, a summary), whose worker keeps V8's defaults.
  restoreHeapDefaults();
  // What the editor's worker copies to the extension host after each change, and the time a
  // thread of its own (as the host is) takes to read it.
  const copied = v8.serialize(withMentionsUpTo(summary, MENTIONS_IN_SUMMARY));
  const readMs = await readElsewhere(copied);
  const rows: Row[] = [
    { what: `${n} documents (${(bytes / 1e6).toFixed(1)} MB): whole analysis`, value: ms / 1000, unit: 's', goal: n === 10000 ? 30 : undefined, better: 'lower' },
    { what: `${n} documents: of which extraction (threads)`, value: (tExtract - t0) / 1000, unit: 's', better: 'lower' },
    { what: `${n} documents: peak RSS (main thread's process)`, value: rss, unit: 'MB', goal: n === 10000 ? 600 : undefined, better: 'lower' },
    { what: `${n} documents: claims`, value: summary.claimCount, unit: 'claims', better: 'higher' },
    { what: `${n} documents: of which uncorroborated`, value: summary.uncorroboratedCount, unit: 'claims', better: 'higher' },
    { what: `${n} documents: events`, value: summary.events.length, unit: 'events', better: 'higher' },
    { what: `${n} documents: summary copied to the editor`, value: copied.length / 1e6, unit: 'MB', better: 'lower' },
    { what: `${n} documents: time the editor takes to read it`, value: readMs, unit: 'ms', better: 'lower' },
  ];
  // Re-link after an edit of one 100 KB document.
  const big = makeCorpus(sampleSentences(CORPUS), 1, 99, 100_000)[0];
  index.set('file:///bench/big.txt', big);
  index.summary();
  const edited = big.replace('.', '. The Ministry of Trade threatened to fine Globex.');
  const t1 = performance.now();
  index.set('file:///bench/big.txt', edited);
  const tAnalysed = performance.now();
  index.refresh();
  index.documentView('file:///bench/big.txt');
  const t2 = performance.now();
  rows.push({ what: `${n} documents: re-analyse an edited 100 KB document`, value: tAnalysed - t1, unit: 'ms', better: 'lower' });
  rows.push({ what: `${n} documents: re-link it (resolve, link, view)`, value: t2 - tAnalysed, unit: 'ms', goal: 100, better: 'lower' });
  index.summary();
  rows.push({ what: `${n} documents: publish the corpus summary after it`, value: performance.now() - t2, unit: 'ms', better: 'lower' });
  // What an export reads back, held to the end as the command line holds it.
  rows.push({ what: `${n} documents: texts as held for export`, value: held.reduce((a, t) => a + (typeof t.raw === 'string' ? t.raw.length : t.raw.byteLength), 0) / 1e6, unit: 'MB', better: 'lower' });
  return rows;
}

async function main(): Promise<void> {
  const child = process.argv[2];
  // Each size runs as the command line runs, with its heap settings.
  if (child) { tuneHeapForCorpus(); print(await oneSize(Number(child))); return; }
  console.log('SourceLens benchmark (each row: figure, goal, ratio to goal; a ratio above 1 misses it)\n');
  // Extraction throughput on 200 documents.
  const docs = makeCorpus(sampleSentences(CORPUS), 200, 3);
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
  const t0 = performance.now();
  docs.forEach((d, i) => analyzeDocument(`file:///x/${i}.txt`, d));
  const secs = (performance.now() - t0) / 1000;
  // CodeLens on a 100 KB document: the lens models the provider turns into CodeLens objects.
  const big = makeCorpus(sampleSentences(CORPUS), 1, 5, 100_000)[0];
  const index = new CorpusIndex();
  index.set('file:///x/big.txt', big);
  const snap = index.snapshot();
  const runs = 50;
  const t1 = performance.now();
  for (let i = 0; i < runs; i++) tagLenses(snap.analyses['file:///x/big.txt']);
  print([
    { what: 'extraction throughput', value: bytes / 1e6 / secs, unit: 'MB/s', better: 'higher' },
    { what: 'lenses for a 100 KB document', value: (performance.now() - t1) / runs, unit: 'ms', goal: 5, better: 'lower' },
  ]);
  // Adversarial single lines of 1 MB: each shape stresses one part of the engine.
  const MB = 1 << 20;
  const lines: Record<string, string> = {
    'capitalised names': 'Alpha Beta Gamma Delta and Epsilon of Zeta '.repeat(MB / 43),
    initials: 'A. B. C. '.repeat(MB / 9),
    quotations: '“a ”"b" ‘c’ '.repeat(MB / 13),
    'one word': 'x'.repeat(MB),
    'full stops': '.'.repeat(MB),
    abbreviations: 'U.S. Dr. Inc. vs. '.repeat(MB / 18),
    'tags everywhere': 'Globex, the Ministry of Trade and Initech refused, warned, threatened and agreed, '.repeat(MB / 82),
    figures: '$1,000,000.00 12% 3.5bn '.repeat(MB / 24),
  };
  print(Object.entries(lines).map(([name, line]) => {
    const t = performance.now();
    analyzeDocument('file:///x/line.txt', line);
    return { what: `a 1 MB line of ${name}`, value: (performance.now() - t) / 1000, unit: 's', goal: 1, better: 'lower' as const };
  }));
  for (const n of SIZES) {
    process.stdout.write(execFileSync(process.execPath, [__filename, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] }));
  }
}

void main();
