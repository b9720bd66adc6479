/**
 * Diagnostics: a claim that no other document corroborates, and each side of a contradiction
 * with the other passages as related information. Severity follows the
 * `sourcelens.diagnostics.severity` setting; `off` clears them.
 */
import * as vscode from 'vscode';
import type { DocumentView } from '../core/schema';
import { readConfiguration, toSeverity } from './config';

export const DIAGNOSTIC_SOURCE = 'SourceLens';

export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcelens');

  constructor(private readonly dismissed: (uri: string, text: string) => boolean = () => false) {}

  update(views: readonly DocumentView[]): void {
    this.collection.clear();
    const byUri = new Map<string, vscode.Diagnostic[]>();
    const push = (uri: string, d: vscode.Diagnostic) => { if (!byUri.has(uri)) byUri.set(uri, []); byUri.get(uri)!.push(d); };
    const docs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const lineStarts = new Map(views.map((v) => [v.analysis.uri, v.analysis.lineStarts]));
    const rangeOf = (uri: string, start: number, end: number) => toRange(docs.get(uri), lineStarts.get(uri), start, end);
    const seen = new Set<string>();
    for (const v of views) for (const c of v.claims) {
      const config = readConfiguration(vscode.Uri.parse(c.uri));
      const severity = toSeverity(config.severity);
      if (severity === undefined || !config.tags.claims) continue;
      if (!c.corroborated) {
        const doc = docs.get(c.uri);
        if (doc && this.dismissed(c.uri, doc.getText(rangeOf(c.uri, c.start, c.end)))) continue;
        const d = new vscode.Diagnostic(rangeOf(c.uri, c.start, c.end), vscode.l10n.t('Uncorroborated claim: no other document reports this.'), severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'uncorroborated';
        push(c.uri, d);
      }
    }
    for (const v of views) for (const l of v.links) {
      if (l.kind !== 'contradicts') continue;
      const key = `${l.a.uri}#${l.a.start}|${l.b.uri}#${l.b.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const [here, there] of [[l.a, l.b], [l.b, l.a]] as const) {
        // Each side is reported in its own document's view, when the editor has that view.
        if (!lineStarts.has(here.uri) && !docs.has(here.uri)) continue;
        const severity = toSeverity(readConfiguration(vscode.Uri.parse(here.uri)).severity);
        if (severity === undefined) continue;
        const d = new vscode.Diagnostic(rangeOf(here.uri, here.start, here.end), vscode.l10n.t('Contradicted by another source: {0}.', l.reason), severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'contradiction';
        d.relatedInformation = [new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.parse(there.uri), rangeOf(there.uri, there.start, there.end)), vscode.l10n.t('the conflicting passage'))];
        push(here.uri, d);
      }
    }
    for (const [uri, list] of byUri) this.collection.set(vscode.Uri.parse(uri), list);
  }

  dispose(): void { this.collection.dispose(); }
}

/** A range from offsets: exact when the document is open, from line starts of the analysed text otherwise. */
function toRange(doc: vscode.TextDocument | undefined, lines: number[] | undefined, start: number, end: number): vscode.Range {
  if (doc) return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  if (!lines) return new vscode.Range(0, 0, 0, 0);
  const pos = (off: number) => {
    let lo = 0; let hi = lines.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lines[mid] <= off) lo = mid; else hi = mid - 1; }
    return new vscode.Position(lo, off - lines[lo]);
  };
  return new vscode.Range(pos(start), pos(end));
}
