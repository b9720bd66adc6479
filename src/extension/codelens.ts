/**
 * CodeLens tags above each passage: the actors it names, its threats and its red lines, from the
 * latest analysis of the document (kept current by the analysis service). A lens's command
 * explains why the tag fired.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { readConfiguration } from './config';
import { tagLenses } from '../core/present';

export class TagLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly analysis: AnalysisService) {}

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readConfiguration(document.uri).codeLens) return [];
    const a = this.analysis.analysisOf(document.uri);
    const summary = this.analysis.summary;
    // Results for another version of the text would put lenses in the wrong place.
    if (!a || !summary || (a.version !== 0 && a.version !== document.version)) return [];
    return tagLenses(summary, a).map((l) => {
      const at = document.positionAt(l.offset);
      return new vscode.CodeLens(new vscode.Range(at, at), {
        title: l.title, tooltip: l.tooltip, command: 'sourcelens.explain', arguments: [document.uri, l.itemStart, l.kind],
      });
    });
  }
}
