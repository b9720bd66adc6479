/** Hovers that say why a passage was tagged: which rule fired on which words, which alias meant which actor. */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { Names, escapeMarkdown, explainWhy } from './labels';
import { lensLabel } from '../core/lenses';
import type { LensModel } from '../core/present';
import type { RedLine, Threat } from '../core/schema';

export class WhyHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const a = this.analysis.analysisOf(document.uri);
    const summary = this.analysis.summary;
    if (!a || !summary || (a.version !== 0 && a.version !== document.version)) return undefined;
    const off = document.offsetAt(position);
    const names = new Names(summary);
    const at = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start <= off && off < x.end);
    const lines: string[] = [];
    const line = (kind: string, text: string) => `**${escapeMarkdown(kind)}** ${escapeMarkdown(text)}`;
    for (const m of at(a.actorMentions)) lines.push(line(vscode.l10n.t('Actor'), `“${m.surface}”${names.known(m.key) ? ` → ${names.known(m.key)}` : ''} (${m.kind}): ${explainWhy(m.why)}`));
    // The same words as the lens, in full; an actor not resolved is left out rather than shown as "?".
    const text = document.getText();
    const full = (kind: 'threat' | 'red-line', x: Threat | RedLine) => lensLabel({ kind, offset: x.start, end: x.end, items: [x] } as LensModel, names, text)?.tooltip.replace(/^[^·]*· /, '') ?? '';
    for (const t of at(a.threats)) lines.push(line(vscode.l10n.t('Threat'), full('threat', t)));
    for (const r of at(a.redLines)) lines.push(line(vscode.l10n.t('Red line'), full('red-line', r)));
    for (const e of at(a.events)) {
      const who = [names.known(e.actor), names.known(e.target)].filter(Boolean).join(' → ');
      lines.push(line(vscode.l10n.t('Event'), `${e.type}${who ? `: ${who}` : ''} — ${explainWhy(e.why)}`));
    }
    if (!lines.length) return undefined;
    const md = new vscode.MarkdownString(lines.join('\n\n'));
    md.isTrusted = false;
    return new vscode.Hover(md);
  }
}
