/**
 * The Events tree: one item per real-world event (type, who → whom, how many mentions,
 * documents and outlets report it), and under it every passage that reports it. Selecting a
 * passage opens its document with the passage selected.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { EventCluster } from '../core/schema';
import { Names, escapeMarkdown, explainWhy } from './labels';
import { readConfiguration } from './config';
import type { AnnotationStore } from './store';
import { placeAll } from './annotate';

export type EventNode =
  | { kind: 'event'; event: EventCluster }
  | { kind: 'mention'; event: EventCluster; index: number };

export class EventsTreeProvider implements vscode.TreeDataProvider<EventNode> {
  private readonly changed = new vscode.EventEmitter<EventNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly analysis: AnalysisService, private readonly store?: AnnotationStore) {}

  /** Event passages the analyst rejected, as `uri#start:end`, placed in their documents as they are now. */
  private async rejected(uris: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    if (!this.store) return out;
    for (const uri of new Set(uris)) {
      const mine = this.store.forDocument(vscode.Uri.parse(uri)).filter((a) => a.kind === 'reject' && a.tag?.kind === 'event');
      if (!mine.length) continue;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      for (const p of placeAll(doc, this.store)) {
        if (p.range && p.annotation.kind === 'reject' && p.annotation.tag?.kind === 'event') out.add(`${uri}#${doc.offsetAt(p.range.start)}:${doc.offsetAt(p.range.end)}`);
      }
    }
    return out;
  }

  refresh(): void { this.changed.fire(undefined); }

  async getChildren(node?: EventNode): Promise<EventNode[]> {
    const summary = this.analysis.summary;
    if (!summary || !readConfiguration().tags.events) return [];
    if (!node) return summary.events.map((event) => ({ kind: 'event', event }));
    if (node.kind === 'event') {
      // A large event's mentions are not all in the summary: they are asked for when shown.
      const mentions = await this.analysis.mentionsOf(node.event);
      const event = mentions === node.event.mentions ? node.event : { ...node.event, mentions };
      const rejected = await this.rejected(mentions.map((m) => m.uri));
      return mentions.map((_, index) => ({ kind: 'mention' as const, event, index }))
        .filter((n) => { const m = mentions[n.index]; return !rejected.has(`${m.uri}#${m.start}:${m.end}`); });
    }
    return [];
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const names = new Names(this.analysis.summary ?? { actors: [] });
    const e = node.event;
    if (node.kind === 'event') {
      const who = `${e.actor ? names.full(e.actor) : vscode.l10n.t('unattributed')}${e.target ? ` → ${names.full(e.target)}` : ''}`;
      const item = new vscode.TreeItem(`${e.type}: ${who}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = e.id;
      const mentionCount = e.mentionCount ?? e.mentions.length;
      item.description = [
        mentionCount === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentionCount),
        e.docCount === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', e.docCount),
        e.outletCount === 1 ? vscode.l10n.t('1 outlet') : vscode.l10n.t('{0} outlets', e.outletCount),
      ].join(' · ');
      const tooltip = new vscode.MarkdownString(`**${e.type}**${e.topic ? ` (${escapeMarkdown(e.topic)})` : ''}: ${escapeMarkdown(who)}\n\n`);
      tooltip.appendText(e.docCount === 1 ? vscode.l10n.t('Reported by 1 document.') : vscode.l10n.t('Reported by {0} documents.', e.docCount));
      item.tooltip = tooltip;
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
    tooltip.appendMarkdown(`\n\n**${escapeMarkdown(vscode.l10n.t('Why:'))}** ${escapeMarkdown(explainWhy(m.why))}`);
    if (actors.length) tooltip.appendMarkdown(`\n\n**${escapeMarkdown(vscode.l10n.t('Actors:'))}** ${escapeMarkdown([...new Set(actors)].join('; '))}`);
    item.tooltip = tooltip;
    item.command = { command: 'sourcelens.openPassage', title: vscode.l10n.t('Open Passage'), arguments: [m.uri, m.start, m.end] };
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'sourcelens.eventMention';
    return item;
  }
}
