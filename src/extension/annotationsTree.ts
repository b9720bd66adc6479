/**
 * The Annotations tree: the analyst's own annotations by document, and apart from them the
 * orphans, whose passage could not be found again, shown with their stored quote.
 */
import * as vscode from 'vscode';
import { manualKindLabel } from './labels';
import type { ManualAnnotation } from '../core/schema';
import { place } from '../core/store/anchor';
import type { AnnotationStore } from './store';
import type { AnalysisService } from './analysis';

type Node = { section: 'placed' | 'orphans' | 'uncorroborated' } | { annotation: ManualAnnotation; start?: number; end?: number }
  | { claim: { uri: string; start: number; end: number; text: string } };

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache: { placed: Node[]; orphans: Node[] } | undefined;

  constructor(private readonly store: AnnotationStore, private readonly analysis: AnalysisService) {}

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
    if (!node) return [{ section: 'uncorroborated' }, { section: 'placed' }, { section: 'orphans' }];
    if ('section' in node) {
      if (node.section === 'uncorroborated') return this.uncorroborated();
      return node.section === 'placed' ? this.cache.placed : this.cache.orphans;
    }
    return [];
  }

  /** Claims no other document reports, from the documents whose view the editor has. */
  private uncorroborated(): Node[] {
    const out: Node[] = [];
    for (const v of this.analysis.allViews()) {
      const excerpt = new Map(v.analysis.claims.map((c) => [c.start, c.excerpt]));
      for (const c of v.claims) if (!c.corroborated) out.push({ claim: { uri: c.uri, start: c.start, end: c.end, text: excerpt.get(c.start) ?? '' } });
    }
    return out;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('claim' in node) {
      const c = node.claim;
      const item = new vscode.TreeItem(c.text || `${vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri))} @${c.start}`, vscode.TreeItemCollapsibleState.None);
      item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri));
      item.command = { command: 'sourcelens.openPassage', title: vscode.l10n.t('Open Passage'), arguments: [c.uri, c.start, c.end] };
      item.iconPath = new vscode.ThemeIcon('question');
      return item;
    }
    if ('section' in node) {
      const n = node.section === 'placed' ? this.cache?.placed.length ?? 0 : node.section === 'orphans' ? this.cache?.orphans.length ?? 0 : this.uncorroborated().length;
      const label = { placed: vscode.l10n.t('Your annotations'), orphans: vscode.l10n.t('Orphaned annotations'), uncorroborated: vscode.l10n.t('Uncorroborated claims') }[node.section];
      const item = new vscode.TreeItem(label, node.section === 'uncorroborated' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(n);
      item.id = `section:${node.section}`;
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(`${manualKindLabel(a.kind)}${a.value ? `: ${a.value}` : ''}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${a.doc} — “${a.anchor.exact.length > 60 ? `${a.anchor.exact.slice(0, 59)}…` : a.anchor.exact}”`;
    item.id = `annotation:${a.id}`;
    if (node.start !== undefined && vscode.workspace.workspaceFolders?.[0]) {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, a.doc);
      item.command = { command: 'sourcelens.openPassage', title: vscode.l10n.t('Open Passage'), arguments: [uri.toString(), node.start, node.end] };
      item.iconPath = new vscode.ThemeIcon('tag');
    } else {
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = vscode.l10n.t('This annotation\'s passage is no longer in {0}. Its quote: “{1}”', a.doc, a.anchor.exact);
    }
    return item;
  }
}
