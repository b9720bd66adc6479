/**
 * The `sources.json` files beside the documents, read once per folder through the workspace's
 * file system and forgotten when one changes: what names each document's outlet and date.
 */
import * as vscode from 'vscode';
import { documentMeta, parseSources, type DocumentMeta } from '../core/outlet';
import type { SourcesFile } from '../core/schema';

export const SOURCES_FILE = 'sources.json';

export class SourcesFiles {
  private readonly byFolder = new Map<string, Promise<SourcesFile | undefined>>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Whether a file is a sources file (after which the corpus is read anew). */
  static is(uri: vscode.Uri): boolean { return uri.path.endsWith(`/${SOURCES_FILE}`); }

  forget(): void { this.byFolder.clear(); }

  /** A document's outlet and date: its folder's sources file, its front matter, or its name. */
  async metaOf(uri: string, text: string): Promise<DocumentMeta> {
    const u = vscode.Uri.parse(uri);
    const folder = vscode.Uri.joinPath(u, '..');
    let sources = this.byFolder.get(folder.toString());
    if (!sources) { sources = this.read(vscode.Uri.joinPath(folder, SOURCES_FILE)); this.byFolder.set(folder.toString(), sources); }
    return documentMeta(uri, text, await sources);
  }

  private async read(file: vscode.Uri): Promise<SourcesFile | undefined> {
    let bytes: Uint8Array;
    try { bytes = await vscode.workspace.fs.readFile(file); } catch { return undefined; }
    const { sources, problem } = parseSources(Buffer.from(bytes).toString('utf8'));
    if (problem) this.log.warn(`${vscode.workspace.asRelativePath(file)}: not used (${problem})`);
    return sources;
  }
}
