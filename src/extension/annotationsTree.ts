/**
 * The Annotations tree: the analyst's own annotations by document, and apart from them the
 * orphans, whose passage could not be found again, shown with their stored quote.
 */
import * as vscode from 'vscode';
import type { ManualAnnotation } from '../core/schema';
import { place } from '../core/store/anchor';
import type { AnnotationStore } from './store';

type Node = { section: 'placed' | 'orphans' } | { annotation: ManualAnnotation; start?: number; end?: number };

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache: { placed: Node[]; orphans: Node[] } | undefined;

  constructor(private readonly store: AnnotationStore) {}

  refresh(): void { this.cache = undefined; this.changed.fire(undefined); }

  private async compute(): Promise<{ placed: Node[]; orphans: Node[] }> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const placed: Node[] = [];
    const orphans: Node[] = [];
    for (const a of this.store.all()) {
      if (!folder) break;
      const uri = vscode.Uri.joinPath(folder.uri, a.doc);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let text: string | undefined;
      try { text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8').replace(/^\uFEFF/, ''); } catch { text = undefined; }
      const p = text === undefined ? { placed: false as const } : place(text, a.anchor);
      if (p.placed) placed.push({ annotation: a, start: p.start, end: p.end }); else orphans.push({ annotation: a });
    }
    return { placed, orphans };
  }

  async getChildren(node?: Node): Promise<Node[]> {
    this.cache = this.cache ?? await this.compute();
    if (!node) return [{ section: 'placed' }, { section: 'orphans' }];
    if ('section' in node) return node.section === 'placed' ? this.cache.placed : this.cache.orphans;
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('section' in node) {
      const n = node.section === 'placed' ? this.cache?.placed.length ?? 0 : this.cache?.orphans.length ?? 0;
      const item = new vscode.TreeItem(node.section === 'placed' ? 'Your annotations' : 'Orphaned annotations', vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(n);
      item.id = `section:${node.section}`;
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(`${a.kind}${a.value ? `: ${a.value}` : ''}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${a.doc} — “${a.anchor.exact.length > 60 ? `${a.anchor.exact.slice(0, 59)}…` : a.anchor.exact}”`;
    item.id = `annotation:${a.id}`;
    if (node.start !== undefined && vscode.workspace.workspaceFolders?.[0]) {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, a.doc);
      item.command = { command: 'sourcelens.openPassage', title: 'Open Passage', arguments: [uri.toString(), node.start, node.end] };
      item.iconPath = new vscode.ThemeIcon('tag');
    } else {
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = `This annotation's passage is no longer in ${a.doc}. Its quote: “${a.anchor.exact}”`;
    }
    return item;
  }
}
