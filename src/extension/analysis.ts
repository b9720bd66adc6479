/**
 * Keeps the corpus analysis of the workspace current: scans the workspace's source documents,
 * feeds them (and every edit, debounced) to the analysis worker, tells it which documents the
 * editor shows, and publishes what comes back: a summary of the corpus and the full view of the
 * documents shown. Nothing here runs the engine on the extension host's main thread.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { CorpusSummary, DocumentAnalysis, DocumentView, EventCluster } from '../core/schema';
import { MAX_DOCUMENT_BYTES, decodeDocument } from '../core/decode';
import { stripBom } from '../core/text';
import { corpusGlobs } from './config';
import type { ExportFormat, SourceDocument, WorkerRequest, WorkerResponse } from './protocol';
import type { PlacedManual } from '../core/export/w3c';
import type { Story } from '../core/storySchema';
import { SourcesFiles } from './sources';

const EDIT_DEBOUNCE_MS = 300;
const SOURCE_LANGUAGES = new Set(['plaintext', 'markdown']);

export function isSourceDocument(doc: vscode.TextDocument): boolean {
  return SOURCE_LANGUAGES.has(doc.languageId) && doc.uri.scheme !== 'output' && !doc.uri.path.includes('/.sourcelens/');
}

export class AnalysisService implements vscode.Disposable {
  private thread: Worker | undefined;

  /** The analysis worker, started when first needed: activation does not wait for a thread. */
  private get worker(): Worker {
    if (!this.thread) {
      this.thread = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
      this.thread.on('message', (m: WorkerResponse) => this.onMessage(m));
      this.thread.on('error', (e) => this.log.error(`analysis worker failed: ${e.stack ?? e}`));
    }
    return this.thread;
  }
  private seq = 0;
  private requestSeq = 0;
  private currentSummary: CorpusSummary | undefined;
  private readonly views = new Map<string, DocumentView>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly progressed = new vscode.EventEmitter<string>();
  /** A message while an analysis runs ("analysing 50/100"). */
  readonly onDidProgress = this.progressed.event;
  private readonly pending = new Map<string, vscode.TextDocument>();
  /** Whether the last analysis was cancelled (until the next one starts). */
  wasCancelled = false;
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private busy = false;
  private readonly exports = new Map<number, (files: [string, string][]) => void>();
  private readonly mentionRequests = new Map<number, (mentions: EventCluster['mentions']) => void>();
  private readonly storyRequests = new Map<number, (story: Story) => void>();
  private readonly sources: SourcesFiles;
  private readonly disposables: vscode.Disposable[] = [];
  private progress: { report(v: { message?: string }): void; done(): void } | undefined;

  constructor(private readonly extensionPath: string, private readonly log: vscode.LogOutputChannel) {
    this.sources = new SourcesFiles(log);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (isSourceDocument(e.document) && e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidOpenTextDocument((d) => { if (isSourceDocument(d)) { this.schedule(d); this.sendFocus(); } }),
      vscode.workspace.onDidCloseTextDocument(() => this.sendFocus()),
      this.changed, this.progressed,
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(watcher,
      watcher.onDidCreate((u) => { if (SourcesFiles.is(u)) this.sourcesChanged(); else if (this.inCorpus(u)) void this.readAndSend([u]); }),
      watcher.onDidChange((u) => { if (SourcesFiles.is(u)) this.sourcesChanged(); else if (this.inCorpus(u) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) void this.readAndSend([u]); }),
      watcher.onDidDelete((u) => { if (SourcesFiles.is(u)) this.sourcesChanged(); else if (this.known(u)) this.send([], [u.toString()]); }));
  }

  get summary(): CorpusSummary | undefined { return this.currentSummary; }

  /** The views the worker sent: every document's in a small corpus, else those the editor shows. */
  allViews(): DocumentView[] { return [...this.views.values()]; }

  viewOf(uri: vscode.Uri | string): DocumentView | undefined {
    return this.views.get(uri.toString());
  }

  analysisOf(uri: vscode.Uri | string): DocumentAnalysis | undefined {
    return this.viewOf(uri)?.analysis;
  }

  private corpus = new Set<string>();
  private readonly unread = new Map<string, { outcome: 'skipped' | 'truncated'; reason: string }>();

  /** Files of the corpus that were skipped or cut, and why (the log says so too). */
  get readProblems(): ReadonlyMap<string, { outcome: 'skipped' | 'truncated'; reason: string }> { return this.unread; }

  private warn(uri: vscode.Uri, outcome: 'skipped' | 'truncated', reason: string): void {
    this.unread.set(uri.toString(), { outcome, reason });
    this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${outcome}, ${reason}`);
  }

  private known(u: vscode.Uri): boolean {
    return this.corpus.has(u.toString()) || !!this.currentSummary?.documents.some((d) => d.uri === u.toString());
  }

  /** Whether a file belongs to the corpus: as the last scan found, or by its extension for new files. */
  private inCorpus(u: vscode.Uri): boolean {
    return this.known(u) || (/\.(?:txt|md|markdown)$/i.test(u.path) && !/\/(?:\.sourcelens|\.git|node_modules)\//.test(u.path));
  }

  /** A sources file changed: the outlets and dates it gives are read anew, with the corpus. */
  private sourcesChanged(): void {
    this.sources.forget();
    void this.scanWorkspace();
  }

  /** Scans the workspace folders and analyses every source document in them. */
  async scanWorkspace(): Promise<void> {
    const { include, exclude } = corpusGlobs();
    const uris = await vscode.workspace.findFiles(include, exclude);
    this.corpus = new Set(uris.map((u) => u.toString()));
    this.unread.clear();
    this.log.info(`found ${uris.length} source documents in the workspace`);
    this.sendFocus();
    await this.readAndSend(uris, true);
  }

  private sendFocus(): void {
    const uris = vscode.workspace.textDocuments.filter(isSourceDocument).map((d) => d.uri.toString());
    this.worker.postMessage({ type: 'focus', uris } satisfies WorkerRequest);
  }

  private async readAndSend(uris: vscode.Uri[], reset = false): Promise<void> {
    const docs: SourceDocument[] = [];
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) { docs.push({ uri: uri.toString(), text: open.getText(), version: open.version }); continue; }
      const key = uri.toString();
      this.unread.delete(key);
      try {
        const decoded = decodeDocument(await vscode.workspace.fs.readFile(uri));
        if (!decoded.ok) { this.warn(uri, 'skipped', decoded.reason); continue; }
        if (decoded.truncated) this.warn(uri, 'truncated', `only its first ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB of ${(decoded.truncated / 1024 / 1024).toFixed(0)} MB are analysed`);
        docs.push({ uri: key, text: stripBom(decoded.text).text, version: 0, bom: decoded.bom });
      } catch (e) {
        const gone = e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
        this.warn(uri, 'skipped', gone ? 'it vanished before it could be read' : (e as Error).message);
      }
    }
    const known = this.currentSummary?.documents.map((d) => d.uri) ?? [];
    const deleted = reset ? known.filter((u) => !docs.some((d) => d.uri === u)) : [];
    this.send(await this.withMeta(docs), deleted);
  }

  private schedule(doc: vscode.TextDocument): void {
    this.pending.set(doc.uri.toString(), doc);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const docs = [...this.pending.values()].map((d) => ({ uri: d.uri.toString(), text: d.getText(), version: d.version }));
      this.pending.clear();
      // Busy already while the sources files are read, so that nobody sees the corpus idle in between.
      this.busy = true;
      void this.withMeta(docs).then((withMeta) => this.send(withMeta));
    }, EDIT_DEBOUNCE_MS);
  }

  /** The documents with the outlet and date that their sources file or front matter give them. */
  private async withMeta(docs: SourceDocument[]): Promise<SourceDocument[]> {
    return Promise.all(docs.map(async (d) => ({ ...d, ...(await this.sources.metaOf(d.uri, d.text)) })));
  }

  private send(docs: SourceDocument[], deleted: string[] = []): void {
    this.busy = true;
    this.wasCancelled = false;
    void vscode.commands.executeCommand('setContext', 'sourcelens.analysing', true);
    this.progressed.fire(vscode.l10n.t('analysing…'));
    if (!this.progress) this.startProgress();
    this.worker.postMessage({ type: 'set', seq: ++this.seq, docs, deleted } satisfies WorkerRequest);
  }

  private startProgress(): void {
    let finish!: () => void;
    const finished = new Promise<void>((r) => { finish = r; });
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'SourceLens' }, (p) => {
      this.progress = { report: (v) => p.report(v), done: finish };
      p.report({ message: vscode.l10n.t('analysing…') });
      return finished;
    });
  }

  private onMessage(m: WorkerResponse): void {
    switch (m.type) {
      case 'progress': {
        const message = vscode.l10n.t('analysing {0}/{1}', m.done, m.total);
        this.progress?.report({ message }); this.progressed.fire(message); return;
      }
      case 'export': this.exports.get(m.id)?.(m.files); this.exports.delete(m.id); return;
      case 'mentions': this.mentionRequests.get(m.id)?.(m.mentions); this.mentionRequests.delete(m.id); return;
      case 'story': this.storyRequests.get(m.id)?.(m.story); this.storyRequests.delete(m.id); return;
      case 'views': this.setViews(m.views); this.changed.fire(); return;
      case 'error': this.log.error(`analysis failed: ${m.message}`); break;
      case 'cancelled':
        if (m.seq !== this.seq) return;
        this.log.info('analysis cancelled; the corpus is as it was before');
        if (m.summary) { this.currentSummary = m.summary; this.setViews(m.views ?? []); }
        this.wasCancelled = true;
        this.changed.fire();
        break;
      case 'summary':
        if (m.seq !== this.seq) return;
        this.currentSummary = m.summary;
        this.setViews(m.views);
        this.log.info(`analysed ${m.summary.documents.length} documents in ${m.millis} ms`);
        this.changed.fire();
        break;
    }
    if (m.seq !== this.seq) return;
    this.busy = false;
    void vscode.commands.executeCommand('setContext', 'sourcelens.analysing', false);
    this.progress?.done();
    this.progress = undefined;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  private setViews(views: DocumentView[]): void {
    const known = new Set(this.currentSummary?.documents.map((d) => d.uri));
    for (const uri of [...this.views.keys()]) if (!known.has(uri)) this.views.delete(uri);
    for (const v of views) this.views.set(v.analysis.uri, v);
  }

  /** Whether an analysis is under way. */
  get analysing(): boolean { return this.busy; }

  /** Stops the analysis under way; the corpus stays as it was before it. */
  cancel(): boolean {
    if (!this.busy || !this.thread) return false;
    this.thread.postMessage({ type: 'cancel' } satisfies WorkerRequest);
    return true;
  }

  /** An export of the whole corpus, made by the worker: one file's text, or (brat) named files. */
  exportAs(format: ExportFormat, manual: PlacedManual[] = [], root?: string): Promise<[string, string][]> {
    const id = ++this.requestSeq;
    return new Promise((resolve) => {
      this.exports.set(id, resolve);
      this.worker.postMessage({ type: 'export', id, format, manual, ...(root ? { root } : {}) } satisfies WorkerRequest);
    });
  }

  /**
   * Every mention of an event: those the summary lists when it lists them all, else all of
   * them from the worker.
   */
  mentionsOf(event: EventCluster): Promise<EventCluster['mentions']> {
    if (event.mentionCount === undefined || event.mentionCount <= event.mentions.length) return Promise.resolve(event.mentions);
    const id = ++this.requestSeq;
    return new Promise((resolve) => {
      this.mentionRequests.set(id, resolve);
      this.worker.postMessage({ type: 'mentions', id, event: event.id } satisfies WorkerRequest);
    });
  }

  /** The Story view's data for the corpus as it is once the changes sent so far are analysed. */
  story(): Promise<Story> {
    const id = ++this.requestSeq;
    return new Promise((resolve) => {
      this.storyRequests.set(id, resolve);
      this.worker.postMessage({ type: 'story', id, reference: Date.now() } satisfies WorkerRequest);
    });
  }

  /** Resolves once every change sent so far has been analysed and published. */
  whenIdle(): Promise<void> {
    if (!this.busy && !this.timer && this.currentSummary) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.progress?.done();
    void this.thread?.terminate();
    for (const d of this.disposables) d.dispose();
  }
}
