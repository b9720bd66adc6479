/**
 * The analysis worker: holds the corpus index off the extension host's main thread. The host
 * sends documents and the list of documents it shows; the worker answers with a summary of the
 * corpus (actors, events, counts) and the full view of the documents shown. A newer change
 * supersedes an older one, so edits in quick succession never queue up analyses nobody reads.
 */
import { parentPort } from 'worker_threads';
import { CorpusIndex, MENTIONS_IN_SUMMARY, withMentionsUpTo } from '../core/corpus';
import { exportW3c, type ExportText } from '../core/export/w3c';
import { exportCsv } from '../core/export/csv';
import { exportMarkdown } from '../core/export/markdown';
import { exportBrat } from '../core/export/brat';
import { sourceIri } from '../core/export/items';
import type { DocumentView } from '../core/schema';
import { HeldText } from '../core/held';
import { analyzeParallel, isExtractionHelper } from '../node/parallel';
import { buildStory } from '../core/story';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Up to this many documents the editor gets every document's view (for the Problems panel). */
const ALL_VIEWS_UP_TO = 300;

const index = new CorpusIndex();
const texts = new Map<string, ExportText>();
/** Documents' dates as their sources file or front matter give them. */
const givenDates = new Map<string, string>();
let focus = new Set<string>();
let latest = 0;
/** The newest change the host asked to cancel (every change up to it stops). */
let cancelled = 0;
let queue: Promise<void> = Promise.resolve();

function post(msg: WorkerResponse): void {
  parentPort!.postMessage(msg);
}

function views(): DocumentView[] {
  const uris = index.size <= ALL_VIEWS_UP_TO ? index.uris() : [...focus].filter((u) => texts.has(u));
  return uris.map((u) => index.documentView(u)).filter((v): v is DocumentView => !!v);
}

async function handle(msg: WorkerRequest): Promise<void> {
  if (msg.type === 'focus') {
    focus = new Set(msg.uris);
    if (index.size > ALL_VIEWS_UP_TO) post({ type: 'views', views: views() });
    return;
  }
  if (msg.type === 'mentions') {
    post({ type: 'mentions', id: msg.id, mentions: index.eventMentions(msg.event) ?? [] });
    return;
  }
  if (msg.type === 'export') {
    const snapshot = index.snapshot();
    const files: [string, string][] = msg.format === 'brat' ? [...exportBrat(snapshot, texts, msg.root, msg.manual)]
      : [['', msg.format === 'csv' ? exportCsv(snapshot, texts, msg.root, msg.manual)
        : msg.format === 'md' ? exportMarkdown(snapshot, texts, msg.root, msg.manual)
          : exportW3c(snapshot, texts, { manual: msg.manual, source: (u) => sourceIri(u, msg.root) })]];
    post({ type: 'export', id: msg.id, files });
    return;
  }
  if (msg.type === 'story') {
    const story = buildStory(index.snapshot(), { textOf: (u) => texts.get(u)?.text, givenDateOf: (u) => givenDates.get(u), reference: new Date(msg.reference) });
    post({ type: 'story', id: msg.id, story });
    return;
  }
  if (msg.type === 'cancel') return;
  const started = Date.now();
  const stopped = { get isCancellationRequested() { return cancelled >= msg.seq; } };
  let analyses;
  try {
    analyses = await analyzeParallel(msg.docs, __filename, undefined,
      (done, total) => { if (total > 20) post({ type: 'progress', seq: msg.seq, done, total }); }, stopped);
  } catch (e) {
    if ((e as Error).name !== 'CancelledError') throw e;
    // Cancelled: the corpus stays as it was before this change.
    post({ type: 'cancelled', seq: msg.seq, summary: withMentionsUpTo(index.summary(), MENTIONS_IN_SUMMARY), views: views() });
    return;
  }
  const outlets = new Map<string, string | undefined>();
  for (const d of msg.docs) {
    texts.set(d.uri, new HeldText(d.text, d.bom ?? 0));
    outlets.set(d.uri, d.outlet);
    if (d.date) givenDates.set(d.uri, d.date); else givenDates.delete(d.uri);
  }
  for (const a of analyses) index.put(a, outlets.get(a.uri));
  for (const uri of msg.deleted ?? []) { index.delete(uri); texts.delete(uri); givenDates.delete(uri); }
  // Let a newer change arrive; only the latest one publishes.
  await new Promise((r) => setImmediate(r));
  if (msg.seq !== latest) return;
  const token = { get isCancellationRequested() { return msg.seq !== latest || cancelled >= msg.seq; } };
  const summary = index.summary(token);
  post({ type: 'summary', seq: msg.seq, summary: withMentionsUpTo(summary, MENTIONS_IN_SUMMARY), views: views(), millis: Date.now() - started });
}

if (!isExtractionHelper) {
  parentPort!.on('message', (msg: WorkerRequest) => {
    // A cancel acts at once, not after the work it cancels.
    if (msg.type === 'cancel') { cancelled = latest; return; }
    if (msg.type === 'set') latest = msg.seq;
    queue = queue.then(() => handle(msg)).catch((e: Error) => {
      if (e.name !== 'CancelledError') post({ type: 'error', seq: 'seq' in msg ? msg.seq : 0, message: e.stack ?? String(e) });
      else if (msg.type === 'set' && cancelled >= msg.seq) post({ type: 'cancelled', seq: msg.seq });
    });
  });
}
