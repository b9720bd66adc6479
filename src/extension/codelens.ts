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
import { tagLenses } from '../core/present';
import { placeAll } from './annotate';

export class TagLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly analysis: AnalysisService, private readonly store: AnnotationStore) {}

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readConfiguration(document.uri).codeLens) return [];
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
        if (verdict === 'reject') continue;
        const at = document.positionAt(l.offset);
        lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
          title: verdict === 'confirm' ? `✓ ${l.title}` : l.title, tooltip: l.tooltip, command: 'sourcelens.explain',
          arguments: [document.uri, l.itemStart, l.kind, l.itemEnd, l.rule],
        }));
      }
    }
    for (const p of placed) {
      const m = p.annotation;
      if (!p.range || m.kind === 'confirm' || m.kind === 'reject') continue;
      const what = m.kind === 'note' ? 'Note' : m.kind === 'red-line' ? 'Red line' : m.kind[0].toUpperCase() + m.kind.slice(1);
      const at = new vscode.Position(p.range.start.line, 0);
      lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
        title: `✎ ${what}${m.value ? `: ${m.value}` : ''}${m.other ? ` ↔ ${m.other.doc}` : ''}`, tooltip: 'Your annotation, kept in .sourcelens/annotations.jsonl',
        command: 'sourcelens.openPassage', arguments: [document.uri.toString(), document.offsetAt(p.range.start), document.offsetAt(p.range.end)],
      }));
    }
    return lenses;
  }
}
