/**
 * Nothing lost when a process dies mid-save: a child process saves the annotation store over and
 * over, alternating two versions, and is killed at random moments; after each kill the file must
 * parse and be exactly one of the two versions.
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseStore, serializeStore } from '../../src/core/store/store';
import type { ManualAnnotation } from '../../src/core/schema';

const atomic = path.resolve(__dirname, '..', '..', 'src', 'node', 'atomic.js');

function version(n: number): string {
  const list: ManualAnnotation[] = Array.from({ length: 200 + n * 50 }, (_, i) => ({
    id: `v${n}-${i}`, kind: 'note', doc: 'a.txt', value: `note ${i} of version ${n} ${'x'.repeat(100)}`, created: '2026-01-01T00:00:00.000Z',
    anchor: { exact: 'Globex', prefix: '', suffix: '', start: i, end: i + 6 },
  }));
  return serializeStore(list);
}

describe('the store under a crash', function () {
  this.timeout(120000);

  it('is always the old or the new version, never a mix, whenever the writer is killed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-crash-'));
    const file = path.join(dir, 'annotations.jsonl');
    const versions = [version(0), version(1)];
    fs.writeFileSync(file, versions[0]);
    fs.writeFileSync(path.join(dir, 'v0'), versions[0]);
    fs.writeFileSync(path.join(dir, 'v1'), versions[1]);
    const script = `const { writeFileAtomic } = require(${JSON.stringify(atomic)});
const fs = require('fs'); const v = [fs.readFileSync(${JSON.stringify(path.join(dir, 'v0'))}, 'utf8'), fs.readFileSync(${JSON.stringify(path.join(dir, 'v1'))}, 'utf8')];
for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(file)}, v[i % 2]);`;
    let kills = 0;
    let lost = 0;
    for (let round = 0; round < 40; round++) {
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 80)));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      kills++;
      const now = fs.readFileSync(file, 'utf8');
      if (now !== versions[0] && now !== versions[1]) lost++;
      assert.ok(parseStore(now).ok, `round ${round}: the store does not parse`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(lost, 0, `${lost} of ${kills} kills left a mixed file`);
    console.log(`      (${kills} kills survived, 0 annotations lost)`);
  });
});
