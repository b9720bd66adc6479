/**
 * The Events tree: one item per real-world event (type, who → whom, how many mentions,
 * documents and outlets report it), and under it every passage that reports it. Selecting a
 * passage opens its document with the passage selected.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { EventCluster } from '../core/schema';
import { Names, explainWhy } from './labels';
import { readConfiguration } from './config';

export type EventNode =
  | { kind: 'event'; event: EventCluster }
  | { kind: 'mention'; event: EventCluster; index: number };

export class EventsTreeProvider implements vscode.TreeDataProvider<EventNode> {
  private readonly changed = new vscode.EventEmitter<EventNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly analysis: AnalysisService) {}

  refresh(): void { this.changed.fire(undefined); }

  getChildren(node?: EventNode): EventNode[] {
    const summary = this.analysis.summary;
    if (!summary || !readConfiguration().tags.events) return [];
    if (!node) return summary.events.map((event) => ({ kind: 'event', event }));
    if (node.kind === 'event') return node.event.mentions.map((_, index) => ({ kind: 'mention', event: node.event, index }));
    return [];
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const names = new Names(this.analysis.summary ?? { actors: [] });
    const e = node.event;
    if (node.kind === 'event') {
      const who = `${e.actor ? names.full(e.actor) : 'unattributed'}${e.target ? ` → ${names.full(e.target)}` : ''}`;
      const item = new vscode.TreeItem(`${e.type}: ${who}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = e.id;
      item.description = `${plural(e.mentions.length, 'mention')} · ${plural(e.docCount, 'document')} · ${plural(e.outletCount, 'outlet')}`;
      item.tooltip = new vscode.MarkdownString(`**${e.type}**${e.topic ? ` (${e.topic})` : ''}: ${who}\n\nReported by ${plural(e.docCount, 'document')}.`);
      item.contextValue = 'sourcelens.event';
      item.iconPath = new vscode.ThemeIcon('symbol-event');
      return item;
    }
    const m = e.mentions[node.index];
    const passage = m.excerpt;
    const item = new vscode.TreeItem(passage.length > 90 ? `${passage.slice(0, 89)}…` : passage, vscode.TreeItemCollapsibleState.None);
    item.id = `${e.id}#${node.index}`;
    item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(m.uri));
    const actors = (this.analysis.analysisOf(vscode.Uri.parse(m.uri))?.actorMentions ?? [])
      .filter((x) => x.start >= m.start && x.end <= m.end)
      .map((x) => `“${x.surface}” → ${names.full(x.key)}`);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(passage);
    tooltip.appendMarkdown(`\n\n**Why:** ${escapeMarkdown(explainWhy(m.why))}`);
    if (actors.length) tooltip.appendMarkdown(`\n\n**Actors:** ${escapeMarkdown([...new Set(actors)].join('; '))}`);
    item.tooltip = tooltip;
    item.command = { command: 'sourcelens.openPassage', title: 'Open Passage', arguments: [m.uri, m.start, m.end] };
    item.iconPath = new vscode.ThemeIcon('quote');
    return item;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
