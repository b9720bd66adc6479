/**
 * Keeps the corpus analysis of the workspace current: scans the workspace's source documents,
 * feeds them (and every edit, debounced) to the analysis worker, and publishes each snapshot.
 * Nothing here runs the engine on the extension host's main thread.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { CorpusSnapshot, DocumentAnalysis } from '../core/schema';
import { decodeBytes } from '../core/decode';
import { stripBom } from '../core/text';
import { EXCLUDE_GLOB, SOURCE_GLOB } from './config';
import type { SourceDocument, WorkerRequest, WorkerResponse } from './protocol';

const EDIT_DEBOUNCE_MS = 300;
const SOURCE_LANGUAGES = new Set(['plaintext', 'markdown']);

export function isSourceDocument(doc: vscode.TextDocument): boolean {
  return (doc.uri.scheme === 'file' || doc.uri.scheme === 'vscode-remote' || doc.uri.scheme === 'vscode-vfs')
    && SOURCE_LANGUAGES.has(doc.languageId) && !doc.uri.path.includes('/.sourcelens/');
}

export class AnalysisService implements vscode.Disposable {
  private readonly worker: Worker;
  private seq = 0;
  private current: CorpusSnapshot | undefined;
  private readonly changed = new vscode.EventEmitter<CorpusSnapshot>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<string, vscode.TextDocument>();
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private busy = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private progress: { report(v: { message?: string }): void; done(): void } | undefined;

  constructor(extensionPath: string, private readonly log: vscode.LogOutputChannel) {
    this.worker = new Worker(path.join(extensionPath, 'dist', 'worker.js'));
    this.worker.on('message', (m: WorkerResponse) => this.onMessage(m));
    this.worker.on('error', (e) => this.log.error(`analysis worker failed: ${e.stack ?? e}`));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (isSourceDocument(e.document) && e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidOpenTextDocument((d) => { if (isSourceDocument(d)) this.schedule(d); }),
      this.changed,
    );
    const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
    this.disposables.push(watcher,
      watcher.onDidCreate((u) => void this.readAndSend([u])),
      watcher.onDidChange((u) => { if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) void this.readAndSend([u]); }),
      watcher.onDidDelete((u) => this.send([], [u.toString()])));
  }

  get snapshot(): CorpusSnapshot | undefined { return this.current; }

  analysisOf(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.current?.analyses[uri.toString()];
  }

  /** Scans the workspace folders and analyses every source document in them. */
  async scanWorkspace(): Promise<void> {
    const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB);
    this.log.info(`found ${uris.length} source documents in the workspace`);
    await this.readAndSend(uris, true);
  }

  private async readAndSend(uris: vscode.Uri[], reset = false): Promise<void> {
    const docs: SourceDocument[] = [];
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) { docs.push({ uri: uri.toString(), text: open.getText(), version: open.version }); continue; }
      try {
        const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
        if (!decoded.ok) { this.log.warn(`${vscode.workspace.asRelativePath(uri)}: skipped, ${decoded.reason}`); continue; }
        docs.push({ uri: uri.toString(), text: stripBom(decoded.text).text, version: 0 });
      } catch (e) {
        this.log.warn(`${vscode.workspace.asRelativePath(uri)}: skipped, ${(e as Error).message}`);
      }
    }
    const deleted = reset && this.current ? this.current.documents.map((d) => d.uri).filter((u) => !docs.some((d) => d.uri === u)) : [];
    this.send(docs, deleted);
  }

  private schedule(doc: vscode.TextDocument): void {
    this.pending.set(doc.uri.toString(), doc);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const docs = [...this.pending.values()].map((d) => ({ uri: d.uri.toString(), text: d.getText(), version: d.version }));
      this.pending.clear();
      this.send(docs);
    }, EDIT_DEBOUNCE_MS);
  }

  private send(docs: SourceDocument[], deleted: string[] = []): void {
    const msg: WorkerRequest = { type: 'set', seq: ++this.seq, docs, deleted };
    this.busy++;
    if (!this.progress) this.startProgress();
    this.worker.postMessage(msg);
  }

  private startProgress(): void {
    let finish!: () => void;
    const finished = new Promise<void>((r) => { finish = r; });
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'SourceLens' }, (p) => {
      this.progress = { report: (v) => p.report(v), done: finish };
      p.report({ message: 'analysing…' });
      return finished;
    });
  }

  private onMessage(m: WorkerResponse): void {
    if (m.type === 'progress') { this.progress?.report({ message: `analysing ${m.done}/${m.total}` }); return; }
    this.busy = Math.max(0, this.busy - 1);
    if (m.type === 'error') this.log.error(`analysis failed: ${m.message}`);
    if (m.type === 'snapshot' && m.seq === this.seq) {
      this.current = m.snapshot;
      this.log.info(`analysed ${m.snapshot.documents.length} documents in ${m.millis} ms`);
      this.changed.fire(m.snapshot);
    }
    if (m.seq === this.seq || this.busy === 0) {
      this.busy = 0;
      this.progress?.done();
      this.progress = undefined;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
    }
  }

  /** Resolves once every change sent so far has been analysed and published. */
  whenIdle(): Promise<void> {
    if (this.busy === 0 && !this.timer && this.current) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.progress?.done();
    void this.worker.terminate();
    for (const d of this.disposables) d.dispose();
  }
}
