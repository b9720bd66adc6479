import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('the sourcelens command line', function () {
  // Each test starts the command line as its own process, which takes longer on a busy machine.
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'The Ministry of Trade threatened to fine Globex. Globex refused.');
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '# Notes\n\nGlobex rejected the demand from the Ministry of Trade.\n');
    fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'd.txt'), Buffer.from([0xc3, 0x28, 0x41]));
    fs.writeFileSync(path.join(dir, 'ignored.json'), '{}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports the W3C annotations of every text and Markdown file, recursively', () => {
    const r = run('export', dir, '--format', 'w3c');
    assert.strictEqual(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    const sources = new Set<string>(json.first.items.flatMap((a: { target: { source: string } | { source: string }[] }) => [a.target].flat().map((t) => path.basename(t.source))));
    assert.deepStrictEqual([...sources].sort(), ['a.txt', 'b.md']);
  });

  it('names documents by their path in the folder, not where they are on this machine, unless asked', () => {
    const r = run('export', dir, '--format', 'w3c');
    assert.ok(!r.stdout.includes(dir), 'the export shows the folder\'s absolute path');
    assert.match(r.stdout, /"source": "urn:sourcelens:corpus\/sub\/b\.md"/);
    assert.ok(run('export', dir, '--base', 'file').stdout.includes(`file://${dir}`));
    assert.match(run('export', dir, '--base', 'https://example.org/corpus/').stdout, /"source": "https:\/\/example\.org\/corpus\/a\.txt"/);
    for (const format of ['csv', 'md']) assert.ok(!run('export', dir, '--format', format).stdout.includes(dir), format);
  });

  it('skips binary and undecodable files with a warning each', () => {
    const r = run('export', dir, '--format', 'w3c', '--out', path.join(dir, 'out.json'));
    assert.strictEqual(r.status, 0);
    assert.match(r.stderr, /c\.txt: skipped, binary file/);
    assert.match(r.stderr, /d\.txt: skipped, not valid UTF-8/);
    assert.ok(fs.existsSync(path.join(dir, 'out.json')));
  });

  it('exports the analyst\'s annotations kept beside the sources, and refuses a store that does not parse', () => {
    const text = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
    const at = text.indexOf('Globex refused');
    const note = { id: 'n1', kind: 'note', doc: 'a.txt', anchor: { exact: 'Globex refused', prefix: text.slice(0, at), suffix: '.', start: at, end: at + 14 }, value: 'check', created: 'x' };
    fs.mkdirSync(path.join(dir, '.sourcelens'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.sourcelens', 'annotations.jsonl'), `${JSON.stringify(note)}\n`);
    const r = run('export', dir, '--format', 'csv');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(r.stdout.split('\r\n').some((row) => row.startsWith(`note,a.txt,${at},${at + 14},Globex refused,check,`) && row.endsWith(',analyst')), r.stdout);
    fs.writeFileSync(path.join(dir, '.sourcelens', 'annotations.jsonl'), '{broken\n');
    const bad = run('export', dir, '--format', 'csv');
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /annotations\.jsonl does not parse \(line 1/);
    fs.rmSync(path.join(dir, '.sourcelens'), { recursive: true });
  });

  it('writes the same bytes to standard output as to a file, in every format', function () {
    this.timeout(20_000);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-cli-out-'));
    for (const format of ['w3c', 'csv', 'md']) {
      const file = path.join(outDir, `out.${format}`);
      assert.strictEqual(run('export', dir, '--format', format, '--out', file).status, 0);
      const r = spawnSync(process.execPath, [cli, 'export', dir, '--format', format]);
      assert.strictEqual(r.status, 0);
      assert.ok(r.stdout.length > 100, format);
      assert.ok(Buffer.compare(r.stdout, fs.readFileSync(file)) === 0, format);
    }
  });

  it('exits 2 with one line on a missing folder or bad usage', () => {
    for (const args of [['export', path.join(dir, 'nope')], ['export'], ['frobnicate', dir], ['export', dir, '--format', 'xml']]) {
      const r = run(...args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^sourcelens: /);
    }
  });
});
