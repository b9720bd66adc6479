/**
 * The analysis worker: holds the corpus index off the extension host's main thread. The host
 * sends documents and asks for snapshots; a newer request supersedes an older one, so edits in
 * quick succession never queue up analyses that nobody will look at.
 */
import { parentPort } from 'worker_threads';
import { CorpusIndex } from '../core/corpus';
import type { WorkerRequest, WorkerResponse } from './protocol';

const index = new CorpusIndex();
let latest = 0;

function post(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

parentPort!.on('message', (msg: WorkerRequest) => {
  try {
    switch (msg.type) {
      case 'set': {
        latest = msg.seq;
        const started = Date.now();
        msg.docs.forEach((d, i) => {
          index.set(d.uri, d.text, d.version);
          if (msg.docs.length > 20 && (i + 1) % 50 === 0) post({ type: 'progress', seq: msg.seq, done: i + 1, total: msg.docs.length });
        });
        for (const uri of msg.deleted ?? []) index.delete(uri);
        // Another request is already waiting: let it produce the snapshot.
        setImmediate(() => {
          if (msg.seq !== latest) return;
          const snapshot = index.snapshot({ get isCancellationRequested() { return msg.seq !== latest; } });
          post({ type: 'snapshot', seq: msg.seq, snapshot, millis: Date.now() - started });
        });
        break;
      }
    }
  } catch (e) {
    if ((e as Error).name === 'CancelledError') return;
    post({ type: 'error', seq: msg.seq, message: (e as Error).stack ?? String(e) });
  }
});
