/**
 * Quick fixes on SourceLens diagnostics: show the passages a contradiction involves (in a peek
 * view, like Find All References), and dismiss a claim's diagnostic. Dismissals are kept per
 * workspace and follow the claim's text, so an edit elsewhere in the document keeps them.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

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

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (d.relatedInformation?.length) {
        const show = new vscode.CodeAction('Show the conflicting passages', vscode.CodeActionKind.QuickFix);
        show.diagnostics = [d];
        show.command = {
          command: 'editor.action.peekLocations', title: show.title,
          arguments: [document.uri, d.range.start, d.relatedInformation.map((r) => r.location), 'peek'],
        };
        out.push(show);
      }
      const dismiss = new vscode.CodeAction('Dismiss for this claim', vscode.CodeActionKind.QuickFix);
      dismiss.diagnostics = [d];
      dismiss.command = { command: 'sourcelens.dismissClaim', title: dismiss.title, arguments: [document.uri, document.getText(d.range)] };
      out.push(dismiss);
    }
    return out;
  }
}
