/**
 * The analyst's annotations, kept in `.sourcelens/annotations.jsonl` in each workspace folder.
 * Reads parse through the store schema; a store that does not parse gets a diagnostic on the
 * file, a copy beside it as `.bak`, and is never written over. Writes merge with what is on
 * disk (another window may have written since) and go through a temporary file and a rename.
 */
import * as vscode from 'vscode';
import type { ManualAnnotation } from '../core/schema';
import { mergeStores, parseStore, serializeStore } from '../core/store/store';
import { saveStoreFile } from '../node/storeFile';

export const STORE_PATH = '.sourcelens/annotations.jsonl';

export class AnnotationStore implements vscode.Disposable {
  private annotations: ManualAnnotation[] = [];
  private readonly deleted = new Set<string>();
  private broken = false;
  private readonly problems = vscode.languages.createDiagnosticCollection('sourcelens-store');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;
  /** Reads and writes one at a time, so that a read started before a write never undoes it. */
  private queue: Promise<unknown> = Promise.resolve();

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${STORE_PATH}`);
    this.watcher.onDidChange(() => void this.load());
    this.watcher.onDidCreate(() => void this.load());
    this.watcher.onDidDelete(() => void this.load());
  }

  private get file(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, STORE_PATH);
  }

  all(): readonly ManualAnnotation[] { return this.annotations; }

  /** The document path the store uses for a URI: relative to the workspace folder. */
  docKey(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  }

  forDocument(uri: vscode.Uri): ManualAnnotation[] {
    const key = this.docKey(uri);
    return this.annotations.filter((a) => a.doc === key || a.other?.doc === key);
  }

  load(): Promise<void> {
    return this.serial(() => this.read());
  }

  private async read(): Promise<void> {
    const file = this.file;
    if (!file) return;
    let text = '';
    try { text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'); } catch { text = ''; }
    const parsed = parseStore(text);
    if (!parsed.ok) {
      this.broken = true;
      const bak = file.with({ path: `${file.path}.bak` });
      await vscode.workspace.fs.writeFile(bak, Buffer.from(text, 'utf8'));
      this.problems.set(file, parsed.errors.map((e) => {
        const d = new vscode.Diagnostic(new vscode.Range(e.line - 1, 0, e.line - 1, 1000), vscode.l10n.t('This annotation does not parse: {0}. SourceLens will not write this file until it parses; a copy is in {1}.', e.message, `${STORE_PATH}.bak`), vscode.DiagnosticSeverity.Error);
        d.source = 'SourceLens';
        d.code = 'store-parse';
        return d;
      }));
      this.log.error(`${STORE_PATH} does not parse (${parsed.errors.length} bad lines); kept a copy as .bak and will not write it`);
    } else {
      this.broken = false;
      this.problems.clear();
      this.annotations = parsed.annotations;
    }
    this.changed.fire();
  }

  add(a: ManualAnnotation): Promise<void> {
    return this.serial(async () => {
      this.annotations = [...this.annotations.filter((x) => x.id !== a.id), a];
      await this.save();
    });
  }

  remove(id: string): Promise<void> {
    return this.serial(async () => {
      this.deleted.add(id);
      this.annotations = this.annotations.filter((x) => x.id !== id);
      await this.save();
    });
  }

  private async save(): Promise<void> {
    const file = this.file;
    if (!file) throw new Error(vscode.l10n.t('SourceLens keeps annotations in a workspace folder; open a folder first.'));
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('SourceLens writes no annotations in Restricted Mode.'));
    if (this.broken) throw new Error(vscode.l10n.t('{0} does not parse; fix it (see Problems) before adding annotations.', STORE_PATH));
    if (file.scheme === 'file') {
      // On a local disk: under a lock shared with other windows and processes, merged with
      // what is on disk, through a temporary file, fsync and a rename.
      const saved = await saveStoreFile(file.fsPath, this.annotations, this.deleted);
      if (!saved.ok) { await this.read(); throw new Error(vscode.l10n.t('{0} changed on disk and no longer parses; nothing was written.', STORE_PATH)); }
      this.annotations = saved.annotations;
    } else {
      let onDisk: ManualAnnotation[] = [];
      try {
        const parsed = parseStore(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
        if (parsed.ok) onDisk = parsed.annotations;
        else { await this.read(); throw new Error(vscode.l10n.t('{0} changed on disk and no longer parses; nothing was written.', STORE_PATH)); }
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError)) throw e;
      }
      this.annotations = mergeStores(onDisk, this.annotations, this.deleted);
      const tmp = file.with({ path: `${file.path}.${Date.now()}.tmp` });
      await vscode.workspace.fs.writeFile(tmp, Buffer.from(serializeStore(this.annotations), 'utf8'));
      await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
    }
    this.changed.fire();
  }

  dispose(): void {
    this.watcher.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
