/**
 * Quick fixes on SourceLens diagnostics: show the passages a contradiction involves (in a peek
 * view, like Find All References), and dismiss a claim's diagnostic. Dismissals are kept per
 * workspace and follow the claim's text, so an edit elsewhere in the document keeps them.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { AnalysisService } from './analysis';

const DISMISSED_KEY = 'sourcelens.dismissedClaims';

export class Dismissals {
  constructor(private readonly state: vscode.Memento) {}

  private key(uri: string, text: string): string {
    return `${uri}\u0000${text.replace(/\s+/g, ' ').trim()}`;
  }

  has(uri: string, text: string): boolean {
    return this.state.get<string[]>(DISMISSED_KEY, []).includes(this.key(uri, text));
  }

  async add(uri: string, text: string): Promise<void> {
    const all = new Set(this.state.get<string[]>(DISMISSED_KEY, []));
    all.add(this.key(uri, text));
    await this.state.update(DISMISSED_KEY, [...all].sort());
  }
}

export class ClaimQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analysis?: AnalysisService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    // Confirm or reject the automatic threat or red line at the cursor.
    const a = this.analysis?.analysisOf(document.uri);
    if (a && (a.version === 0 || a.version === document.version)) {
      const off = document.offsetAt(range.start);
      const tags = [...a.threats.map((t) => ({ ...t, kind: 'threat', what: t.what })), ...a.redLines.map((r) => ({ ...r, kind: 'red-line', what: '' }))]
        .filter((t) => t.start <= off && off <= t.end);
      for (const t of tags) {
        for (const verdict of ['confirm', 'reject'] as const) {
          const action = new vscode.CodeAction(tagActionTitle(verdict, t.kind, t.what), vscode.CodeActionKind.QuickFix);
          action.command = { command: verdict === 'confirm' ? 'sourcelens.confirmTag' : 'sourcelens.rejectTag', title: action.title, arguments: [document.uri, t.start, t.end, t.kind, t.why.rule] };
          out.push(action);
        }
      }
    }
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (d.relatedInformation?.length) {
        const show = new vscode.CodeAction(vscode.l10n.t('Show the conflicting passages'), vscode.CodeActionKind.QuickFix);
        show.diagnostics = [d];
        show.command = {
          command: 'editor.action.peekLocations', title: show.title,
          arguments: [document.uri, d.range.start, d.relatedInformation.map((r) => r.location), 'peek'],
        };
        out.push(show);
      }
      const dismiss = new vscode.CodeAction(vscode.l10n.t('Dismiss for this claim'), vscode.CodeActionKind.QuickFix);
      dismiss.diagnostics = [d];
      dismiss.command = { command: 'sourcelens.dismissClaim', title: dismiss.title, arguments: [document.uri, document.getText(d.range)] };
      out.push(dismiss);
    }
    return out;
  }
}

function tagActionTitle(verdict: 'confirm' | 'reject', kind: string, what: string): string {
  if (kind === 'threat') return verdict === 'confirm' ? vscode.l10n.t('Confirm the threat ({0}) tag', what) : vscode.l10n.t('Reject the threat ({0}) tag', what);
  return verdict === 'confirm' ? vscode.l10n.t('Confirm the red line tag') : vscode.l10n.t('Reject the red line tag');
}
