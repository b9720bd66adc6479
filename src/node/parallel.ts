/**
 * Analyses documents on several threads: a large corpus is shared among helper threads (running
 * this same file), one per thread allowed, while this thread gathers their analyses; a small
 * one, or a single thread, is analysed here. Each document's analysis is independent of the
 * others, so the split changes nothing in the result; the corpus-wide steps run afterwards on
 * one thread.
 * When helpers share the work (a large corpus), analyses come back in the compact form the
 * corpus index keeps, packed where they are made.
 */
import * as os from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { analyzeDocument } from '../core/analyze';
import type { DocumentAnalysis } from '../core/schema';
import { shareStrings, storeAnalysis, type StoredAnalysis } from '../core/stored';
import { CancelledError, type CancellationToken } from '../core/corpus';
import { StringPool } from '../core/strings';
import { readText, type RawText } from '../core/held';

/** A document to analyse; its text may be held as UTF-8 bytes (see HeldText). */
export interface SourceDoc { uri: string; text: RawText; version?: number }

const ROLE = 'sourcelens-extract';
/** Below this many documents a helper thread costs more than it saves. */
const MIN_DOCS_FOR_HELPERS = 64;
/** How many documents a helper is sent at a time. */
const BATCH = 32;
/**
 * A helper's heap limit. A helper holds a few documents and their analyses at a time, far
 * below this; V8 lets a heap with a lower limit grow less past what it holds before collecting
 * (a factor of about 1.6 instead of 4), which keeps each helper's memory near what it uses.
 */
const HELPER_HEAP_MB = 1024;
/** How many distinct strings are shared before sharing starts afresh. */
const NAMES_LIMIT = 200_000;

export function defaultThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/**
 * Analyses every document; `script` is the file helper threads run (the bundle or module that
 * contains this code). When `token` asks for it, the work stops (helpers are ended) and the
 * promise rejects with a CancelledError.
 */
export async function analyzeParallel(docs: SourceDoc[], script: string, threads = defaultThreads(),
  onProgress?: (done: number, total: number) => void, token?: CancellationToken): Promise<(DocumentAnalysis | StoredAnalysis)[]> {
  const out: (DocumentAnalysis | StoredAnalysis)[] = new Array(docs.length);
  // With helpers, this thread only gathers their analyses: its heap holds what is kept, not
  // what extraction leaves behind.
  const helpers = docs.length >= MIN_DOCS_FOR_HELPERS && threads > 1 ? threads : 0;
  let done = 0;
  const report = () => onProgress?.(done, docs.length);
  // Interleaved shares keep the threads' loads alike whatever the order of sizes; shares[0] is this thread's.
  const shares: number[][] = Array.from({ length: helpers + 1 }, () => []);
  docs.forEach((_, i) => shares[helpers ? 1 + (i % helpers) : 0].push(i));
  const workers: Worker[] = [];
  // The short strings that recur across documents are shared as the analyses arrive.
  const names = new StringPool(NAMES_LIMIT);
  const jobs = shares.slice(1).map((share) => new Promise<void>((resolve, reject) => {
    const w = new Worker(script, { workerData: { role: ROLE }, resourceLimits: { maxOldGenerationSizeMb: HELPER_HEAP_MB } });
    workers.push(w);
    // A helper is sent its share a few documents at a time, so that it holds few texts at once;
    // it has the next batch at hand while it works on one.
    let next = 0;
    let sent = 0;
    const send = () => {
      if (next >= share.length) return;
      w.postMessage(share.slice(next, next + BATCH).map((i) => ({ index: i, doc: docs[i] })));
      next += BATCH;
      sent++;
    };
    w.on('message', (m: { index: number; analysis: StoredAnalysis } | { end: true }) => {
      if ('end' in m) {
        sent--;
        send();
        if (!sent) { void w.terminate(); resolve(); }
        return;
      }
      shareStrings(m.analysis, names.share);
      out[m.index] = m.analysis;
      done++;
      if (done % 100 === 0) report();
    });
    w.on('error', reject);
    // Ended early (cancelled): nothing more comes from it.
    w.on('exit', () => resolve());
    send();
    send();
    if (!sent) { void w.terminate(); resolve(); }
  }));
  const stop = async () => {
    await Promise.all(workers.map((w) => w.terminate()));
    throw new CancelledError();
  };
  for (const i of shares[0]) {
    if (token?.isCancellationRequested) return stop();
    out[i] = analyzeDocument(docs[i].uri, readText(docs[i].text), docs[i].version ?? 0);
    done++;
    if (done % 100 === 0) report();
  }
  // The helpers are asked how far they are now and then.
  const poll = token && helpers ? setInterval(() => { if (token.isCancellationRequested) void Promise.all(workers.map((w) => w.terminate())); }, 50) : undefined;
  try {
    await Promise.all(jobs);
  } finally {
    if (poll) clearInterval(poll);
  }
  if (token?.isCancellationRequested) return stop();
  report();
  return out;
}

/** True in a helper thread started by analyzeParallel: the host file must then do nothing else. */
export const isExtractionHelper = !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;

if (isExtractionHelper) {
  parentPort!.on('message', (jobs: ({ index: number; doc: SourceDoc } | undefined)[]) => {
    for (let i = 0; i < jobs.length; i++) {
      const { index, doc } = jobs[i]!;
      // Each job leaves the list as it is taken, so that its text can go once analysed.
      jobs[i] = undefined;
      const analysis = storeAnalysis(analyzeDocument(doc.uri, readText(doc.text), doc.version ?? 0));
      parentPort!.postMessage({ index, analysis }, [analysis.actors.nums.buffer as ArrayBuffer, analysis.events.nums.buffer as ArrayBuffer, analysis.rest.buffer as ArrayBuffer, analysis.claims.nums.buffer as ArrayBuffer]);
    }
    // This batch is done.
    parentPort!.postMessage({ end: true });
  });
}
