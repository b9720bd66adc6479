/**
 * Diagnostics: an uncorroborated claim worth checking (a figure, a date, a quotation, a named
 * actor doing something; `sourcelens.diagnostics.uncorroboratedClaims` sets the floor), and
 * each side of a contradiction, always a warning, with the other passage as related
 * information. The severity of uncorroborated claims follows `sourcelens.diagnostics.severity`;
 * `off` clears them all.
 */
import * as vscode from 'vscode';
import type { DocumentView } from '../core/schema';
import { uncorroboratedToReport, type CheckReason } from '../core/checkworthy';
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
    for (const v of views) {
      const config = readConfiguration(vscode.Uri.parse(v.analysis.uri));
      const severity = toSeverity(config.severity);
      if (severity === undefined || !config.tags.claims) continue;
      for (const { claim: c, reason } of uncorroboratedToReport(v, config.claimFloor)) {
        const doc = docs.get(c.uri);
        if (doc && this.dismissed(c.uri, doc.getText(rangeOf(c.uri, c.start, c.end)))) continue;
        const d = new vscode.Diagnostic(rangeOf(c.uri, c.start, c.end), uncorroboratedMessage(reason), severity);
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
        // Two sources disagreeing is where to look first: a warning, whatever the severity of uncorroborated claims.
        if (toSeverity(readConfiguration(vscode.Uri.parse(here.uri)).severity) === undefined) continue;
        const d = new vscode.Diagnostic(rangeOf(here.uri, here.start, here.end), vscode.l10n.t('Contradicted by another source: {0}.', l.reason), vscode.DiagnosticSeverity.Warning);
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

/** What the diagnostic says: what in the claim is worth checking. */
function uncorroboratedMessage(reason: CheckReason | undefined): string {
  switch (reason) {
    case 'figure': return vscode.l10n.t('Uncorroborated figure: no other document reports this.');
    case 'date': return vscode.l10n.t('Uncorroborated date: no other document reports this.');
    case 'quotation': return vscode.l10n.t('Uncorroborated quotation: no other document reports this.');
    default: return vscode.l10n.t('Uncorroborated claim: no other document reports this.');
  }
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
