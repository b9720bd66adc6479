/**
 * CodeLens tags above each passage: the actors it names, its threats and its red lines, from the
 * latest analysis of the document, with the analyst's verdicts applied (a rejected tag is
 * hidden, a confirmed one marked ✓) and the analyst's own tags. Clicking a lens explains it and
 * offers to confirm or reject it.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { AnnotationStore } from './store';
import { readConfiguration } from './config';
import { tagLenses, type LensKind } from '../core/present';
import { placeAll } from './annotate';
import { manualKindLabel } from './labels';

export class TagLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly analysis: AnalysisService, private readonly store: AnnotationStore) {}

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const config = readConfiguration(document.uri);
    if (!config.codeLens) return [];
    const shown = { actors: config.tags.actors, threat: config.tags.threats, 'red-line': config.tags.redLines };
    const a = this.analysis.analysisOf(document.uri);
    const summary = this.analysis.summary;
    const placed = placeAll(document, this.store);
    const verdicts = new Map<string, string>();
    for (const p of placed) {
      if (!p.range || !p.annotation.tag) continue;
      verdicts.set(`${document.offsetAt(p.range.start)}:${document.offsetAt(p.range.end)}:${p.annotation.tag.kind}:${p.annotation.tag.rule}`, p.annotation.kind);
    }
    const lenses: vscode.CodeLens[] = [];
    // Results for another version of the text would put lenses in the wrong place.
    if (a && summary && (a.version === 0 || a.version === document.version)) {
      for (const l of tagLenses(summary, a)) {
        const verdict = verdicts.get(`${l.itemStart}:${l.itemEnd}:${l.kind}:${l.rule}`);
        if (verdict === 'reject' || !shown[l.kind]) continue;
        const at = document.positionAt(l.offset);
        const title = lensTitle(l.kind, l.body);
        lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
          title: verdict === 'confirm' ? `✓ ${title}` : title, tooltip: l.kind === 'actors' ? vscode.l10n.t('Actors named in this passage') : l.tooltip, command: 'sourcelens.explain',
          arguments: [document.uri, l.itemStart, l.kind, l.itemEnd, l.rule],
        }));
      }
    }
    // Claims that others corroborate or contradict: the lens leads to those passages.
    const view = this.analysis.viewOf(document.uri);
    if (view && config.tags.claims && (view.analysis.version === 0 || view.analysis.version === document.version)) {
      // Several claims of one line each get their first words, so that their lenses can be told apart.
      const linked = view.claims.filter((c) => c.links.length);
      const perLine = new Map<number, number>();
      for (const c of linked) { const line = document.positionAt(c.start).line; perLine.set(line, (perLine.get(line) ?? 0) + 1); }
      for (const c of view.claims) {
        const kinds = c.links.map((i) => view.links[i].kind);
        const n = new Set(c.links.map((i) => { const l = view.links[i]; return l.a.uri === c.uri && l.a.start === c.start ? `${l.b.uri}#${l.b.start}` : `${l.a.uri}#${l.a.start}`; })).size;
        if (!n) continue;
        const against = kinds.filter((k) => k === 'contradicts').length;
        const at = new vscode.Position(document.positionAt(c.start).line, 0);
        const counts = [n - against ? vscode.l10n.t('Corroborated by {0}', n - against) : '', against ? vscode.l10n.t('Contradicted by {0}', against) : ''].filter(Boolean).join(' · ');
        lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
          title: (perLine.get(at.line) ?? 0) > 1 ? vscode.l10n.t('“{0}”: {1}', firstWords(document.getText(new vscode.Range(document.positionAt(c.start), document.positionAt(c.end)))), counts) : counts,
          tooltip: vscode.l10n.t('Show the passages of other documents'), command: 'sourcelens.peekCorroborating', arguments: [document.uri, c.start],
        }));
      }
    }
    for (const p of placed) {
      const m = p.annotation;
      if (!p.range || m.kind === 'confirm' || m.kind === 'reject') continue;
      const what = manualKindLabel(m.kind);
      const at = new vscode.Position(p.range.start.line, 0);
      lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
        title: `✎ ${what}${m.value ? `: ${m.value}` : ''}${m.other ? ` ↔ ${m.other.doc}` : ''}`, tooltip: vscode.l10n.t('Your annotation, kept in {0}', '.sourcelens/annotations.jsonl'),
        command: 'sourcelens.openPassage', arguments: [document.uri.toString(), document.offsetAt(p.range.start), document.offsetAt(p.range.end)],
      }));
    }
    return lenses;
  }
}

function lensTitle(kind: LensKind, body: string): string {
  switch (kind) {
    case 'actors': return vscode.l10n.t('Actors: {0}', body);
    case 'threat': return vscode.l10n.t('Threat: {0}', body);
    case 'red-line': return vscode.l10n.t('Red line: {0}', body);
  }
}

/** The first few words of a passage, to tell its lens from others on the same line. */
function firstWords(text: string, words = 4): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
