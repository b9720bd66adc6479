/**
 * Two windows writing one store: two processes save the same `.sourcelens/annotations.jsonl`
 * at once, each adding its own annotations one save at a time, the way the extension saves.
 * Every annotation of both must be in the file at the end; a lock left by a dead process is
 * taken over, and one held by a live process is waited for.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseStore } from '../../src/core/store/store';
import { saveStoreFile } from '../../src/node/storeFile';

const storeFile = path.resolve(__dirname, '..', '..', 'src', 'node', 'storeFile.js');

function writer(file: string, name: string, saves: number): Promise<number> {
  const script = `const { saveStoreFile } = require(${JSON.stringify(storeFile)});
(async () => {
  const mine = [];
  for (let i = 0; i < ${saves}; i++) {
    mine.push({ id: '${name}-' + i, kind: 'note', doc: 'a.txt', value: 'note ' + i, created: '2026-01-01T00:00:00.000Z',
      anchor: { exact: 'Globex', prefix: '', suffix: '', start: i, end: i + 6 } });
    const r = await saveStoreFile(${JSON.stringify(file)}, mine, new Set());
    if (!r.ok) throw new Error('the store did not parse');
    mine.splice(0, mine.length, ...r.annotations.filter((a) => a.id.startsWith('${name}-')));
  }
})().catch((e) => { console.error(e); process.exit(1); });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

describe('two writers on one store', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-writers-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loses no annotation of either when both save at once, over and over', async () => {
    const file = path.join(dir, '.sourcelens', 'annotations.jsonl');
    const saves = 60;
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      fs.rmSync(path.join(dir, '.sourcelens'), { recursive: true, force: true });
      const codes = await Promise.all([writer(file, 'left', saves), writer(file, 'right', saves)]);
      assert.deepStrictEqual(codes, [0, 0]);
      const parsed = parseStore(fs.readFileSync(file, 'utf8'));
      assert.ok(parsed.ok);
      const ids = new Set(parsed.annotations.map((a) => a.id));
      const missing = [...Array(saves).keys()].flatMap((i) => [`left-${i}`, `right-${i}`]).filter((id) => !ids.has(id));
      assert.deepStrictEqual(missing, [], `round ${round}: annotations lost`);
      assert.ok(!fs.existsSync(`${file}.lock`), 'the lock was left behind');
    }
    console.log(`      (${rounds} rounds of 2 × ${saves} concurrent saves, 0 annotations lost)`);
  });

  it('takes over a lock left by a process that died', async () => {
    const file = path.join(dir, 'annotations.jsonl');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(`${file}.lock`, `${os.hostname()}\n${dead}\n`);
    const r = await saveStoreFile(file, [{ id: 'x', kind: 'note', doc: 'a.txt', created: '2026-01-01T00:00:00.000Z', anchor: { exact: 'G', prefix: '', suffix: '', start: 0, end: 1 } }], new Set(), { timeoutMs: 2000 });
    assert.ok(r.ok);
    assert.strictEqual(parseStore(fs.readFileSync(file, 'utf8')).ok, true);
  });

  it('waits for a lock a live process holds, then gives up with a clear error and writes nothing', async () => {
    const file = path.join(dir, 'annotations.jsonl');
    fs.writeFileSync(`${file}.lock`, `${os.hostname()}\n${process.pid}\n`);
    await assert.rejects(
      saveStoreFile(file, [], new Set(), { timeoutMs: 300 }),
      /annotations\.jsonl is locked by another window or process/,
    );
    assert.ok(!fs.existsSync(file));
  });
});
