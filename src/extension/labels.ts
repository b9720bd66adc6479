import * as vscode from 'vscode';

/** The editor uses the engine's own presentation of names and explanations. */
export { Names, explainWhy } from '../core/present';

/** Document text inside a Markdown tooltip or hover: shown as written, never as links or HTML. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** The name of an annotation's kind, as the editor shows it. */
export function manualKindLabel(kind: string): string {
  switch (kind) {
    case 'actor': return vscode.l10n.t('Actor');
    case 'threat': return vscode.l10n.t('Threat');
    case 'red-line': return vscode.l10n.t('Red line');
    case 'event': return vscode.l10n.t('Event');
    case 'claim': return vscode.l10n.t('Claim');
    case 'note': return vscode.l10n.t('Note');
    case 'corroborates': return vscode.l10n.t('Corroborates');
    case 'contradicts': return vscode.l10n.t('Contradicts');
    case 'confirm': return vscode.l10n.t('Confirmed');
    case 'reject': return vscode.l10n.t('Rejected');
    default: return kind;
  }
}
