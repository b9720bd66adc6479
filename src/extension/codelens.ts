/**
 * CodeLens tags above each passage: the actors it names, its threats and its red lines.
 * Lenses are computed from the latest analysis of the document, which the analysis service
 * keeps current; a lens's command explains why the tag fired.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { readConfiguration } from './config';
import { Names, explainWhy } from './labels';
import { segment } from '../core/segment';

export class TagLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly analysis: AnalysisService) {}

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readConfiguration(document.uri).codeLens) return [];
    const a = this.analysis.analysisOf(document.uri);
    const snapshot = this.analysis.snapshot;
    if (!a || !snapshot) return [];
    const names = new Names(snapshot);
    const text = document.getText();
    // Results for an older version of the text would put lenses in the wrong place.
    if (a.version !== 0 && a.version !== document.version) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const block of segment(text).blocks) {
      if (block.kind === 'heading') continue;
      const range = new vscode.Range(document.positionAt(block.start), document.positionAt(block.start));
      const inBlock = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= block.start && x.start < block.end);
      const actors: string[] = [];
      for (const m of inBlock(a.actorMentions)) if (!actors.includes(m.key)) actors.push(m.key);
      if (actors.length) {
        lenses.push(new vscode.CodeLens(range, {
          title: `Actors: ${actors.map((id) => names.full(id)).join(' · ')}`,
          command: 'sourcelens.explain',
          arguments: [document.uri, block.start, 'actors'],
          tooltip: 'Actors named in this passage',
        }));
      }
      for (const t of inBlock(a.threats)) {
        lenses.push(new vscode.CodeLens(range, {
          title: `Threat: ${names.short(t.actor)}${t.target ? ` → ${names.short(t.target)}` : ''}: ${t.what}`,
          command: 'sourcelens.explain', arguments: [document.uri, t.start, 'threat'], tooltip: explainWhy(t.why),
        }));
      }
      for (const r of inBlock(a.redLines)) {
        lenses.push(new vscode.CodeLens(range, {
          title: `Red line: ${names.full(r.holder)}${r.what ? `: ${r.what}` : ''}`,
          command: 'sourcelens.explain', arguments: [document.uri, r.start, 'red-line'], tooltip: explainWhy(r.why),
        }));
      }
    }
    return lenses;
  }
}
