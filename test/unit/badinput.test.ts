/** The command line on a folder of broken and hostile inputs: each has its defined outcome. */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeCorpus } = require(path.resolve(__dirname, '..', '..', '..', 'test', 'badinput', 'make-corpus.js')) as { makeCorpus: (dir: string) => Record<string, string> };
const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

describe('bad input through the command line', function () {
  this.timeout(180000);
  let dir: string;
  let outcomes: Record<string, string>;
  let stderr = '';
  let sources: Set<string>;
  let took = 0;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-bad-'));
    outcomes = makeCorpus(dir);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [cli, 'export', dir, '--format', 'w3c', '--out', path.join(os.tmpdir(), `bad-${process.pid}.json`)], { encoding: 'utf8', timeout: 170000 });
    took = Date.now() - t0;
    assert.strictEqual(r.status, 0, r.stderr);
    stderr = r.stderr;
    const json = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), `bad-${process.pid}.json`), 'utf8'));
    const items: { target: { source: string } | { source: string }[] }[] = [];
    for (let page = json.first; page; page = page.next) items.push(...page.items);
    sources = new Set(items.flatMap((a: { target: { source: string } | { source: string }[] }) => [a.target].flat().map((t) => decodeURIComponent(t.source.replace('urn:sourcelens:corpus/', '')))));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every input its outcome: analysed, skipped with a warning, or truncated with a warning', () => {
    const rows: string[] = [];
    for (const [name, outcome] of Object.entries(outcomes)) {
      const rel = name.split(path.sep).join('/');
      const warned = stderr.split('\n').filter((l) => l.includes(rel));
      if (outcome === 'skipped') assert.ok(warned.some((l) => /skipped/.test(l)) && !sources.has(rel), `${rel} was not skipped with a warning`);
      if (outcome === 'truncated') assert.ok(warned.some((l) => /truncated/.test(l)) && sources.has(rel), `${rel} was not truncated with a warning`);
      if (outcome === 'analysed') assert.ok(!warned.some((l) => /skipped|truncated/.test(l)), `${rel} got a warning: ${warned.join(' ')}`);
      rows.push(`${outcome}: ${rel}`);
    }
    assert.ok(sources.has('utf16-bom.txt') && sources.has('crlf.txt') && sources.has('name with spaces é ü 文.txt'));
    console.log(`      (${Object.keys(outcomes).length} inputs, all outcomes as defined; ${took} ms)`);
  });

  it('reads a folder that links back to its parent once and says so', () => {
    if (!fs.existsSync(path.join(dir, 'loop', 'back-to-top'))) return;
    assert.match(stderr, /back-to-top: skipped, a link back to a folder already read/);
    assert.match(stderr, /dangling\.txt: skipped, a broken link/);
  });
});

describe('files that vanish while the command line reads the folder', function () {
  this.timeout(120000);

  it('skips each vanished file with a warning, analyses the rest, and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-vanish-'));
    try {
      const names = Array.from({ length: 300 }, (_, i) => `doc-${String(i).padStart(3, '0')}.txt`);
      const story = 'The Ministry of Trade threatened to fine Globex over the merger. Globex refused the demand. '.repeat(8);
      for (const n of names) fs.writeFileSync(path.join(dir, n), story);
      const out = path.join(dir, '..', `${path.basename(dir)}.json`);
      const child = spawn(process.execPath, [cli, 'export', dir, '--format', 'w3c', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      const exited = new Promise<number>((r) => child.on('exit', (code) => r(code ?? 1)));
      // Odd-numbered files vanish while the reader works through the folder.
      const gone: string[] = [];
      for (let i = names.length - 1; i >= 0; i -= 2) {
        await new Promise((r) => setTimeout(r, 1));
        fs.rmSync(path.join(dir, names[i]), { force: true });
        gone.push(names[i]);
      }
      assert.strictEqual(await exited, 0, stderr);
      const json = JSON.parse(fs.readFileSync(out, 'utf8'));
      fs.rmSync(out);
      const items: { target: { source: string } | { source: string }[] }[] = [];
      for (let page = json.first; page; page = page.next) items.push(...page.items);
      const sources = new Set(items.flatMap((a) => [a.target].flat().map((t) => t.source.replace('urn:sourcelens:corpus/', ''))));
      for (const n of names.filter((x) => !gone.includes(x))) assert.ok(sources.has(n), `${n} was never removed but is not in the export`);
      const warned = stderr.split('\n').filter((l) => /skipped/.test(l));
      for (const l of warned) assert.match(l, /doc-\d+\.txt: skipped, it vanished before it could be read/);
      console.log(`      (${gone.length} of ${names.length} files removed during the run; ${warned.length} vanished mid-read and were skipped with a warning)`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
