/** The analysis worker, run as the editor runs it (a worker thread), without the editor. */
import * as assert from 'assert';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerRequest, WorkerResponse } from '../../src/extension/protocol';

const script = path.resolve(__dirname, '..', '..', 'src', 'extension', 'worker.js');

describe('the analysis worker', function () {
  this.timeout(60000);
  let worker: Worker;
  const replies: WorkerResponse[] = [];
  const next = (type: WorkerResponse['type']) => new Promise<WorkerResponse>((resolve) => {
    const look = () => { const i = replies.findIndex((r) => r.type === type); if (i >= 0) resolve(replies.splice(i, 1)[0]); else setTimeout(look, 10); };
    look();
  });
  const send = (m: WorkerRequest) => worker.postMessage(m);

  before(() => {
    worker = new Worker(script);
    worker.on('message', (m: WorkerResponse) => replies.push(m));
  });
  after(() => worker.terminate());

  it('lists the first 50 mentions of a large event in its summary, and gives all of them when asked', async () => {
    const docs = Array.from({ length: 60 }, (_, i) => ({
      uri: `file:///w/report-${String(i).padStart(2, '0')}.txt`, version: 1,
      text: `Report ${i}. The Ministry of Trade threatened to fine Globex over the merger on Monday.`,
    }));
    send({ type: 'set', seq: 1, docs });
    const summary = await next('summary');
    assert.ok(summary.type === 'summary');
    const big = summary.summary.events.find((e) => e.mentionCount !== undefined);
    assert.ok(big, 'an event with more mentions than the summary lists');
    assert.strictEqual(big.mentions.length, 50);
    assert.strictEqual(big.mentionCount, 60);
    // Events with fewer mentions are listed whole, without a count.
    assert.ok(summary.summary.events.filter((e) => e !== big).every((e) => e.mentionCount === undefined));
    send({ type: 'mentions', id: 7, event: big.id });
    const all = await next('mentions');
    assert.ok(all.type === 'mentions');
    assert.strictEqual(all.id, 7);
    assert.strictEqual(all.mentions.length, 60);
    assert.deepStrictEqual(all.mentions.slice(0, 50), big.mentions);
    assert.strictEqual(new Set(all.mentions.map((m) => m.uri)).size, 60);
  });

  it('answers an event that is gone with no mentions', async () => {
    send({ type: 'mentions', id: 8, event: 'event:threaten:nobody' });
    const reply = await next('mentions');
    assert.ok(reply.type === 'mentions');
    assert.deepStrictEqual(reply.mentions, []);
  });
});
