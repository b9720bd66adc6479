/**
 * CodeLens tags above each passage, one lens per kind: its actors, its threats, its red lines
 * and its claims that other documents corroborate or contradict, each title short (the rest in
 * its tooltip). `provideCodeLenses` only places the lenses; `resolveCodeLens` writes their
 * titles when the editor shows them. The analyst's verdicts apply (a rejected tag is left out,
 * a confirmed one marked ✓), and the analyst's own tags have lenses of their own. Clicking a
 * tag's lens explains it and offers to confirm or reject it; a claims lens peeks the others.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { AnnotationStore } from './store';
import { readConfiguration } from './config';
import { Names, tagLenses, type LensModel } from '../core/present';
import { claimLensLabel, claimLenses, lensLabel, type ClaimLensModel } from '../core/lenses';
import type { RedLine, Threat } from '../core/schema';
import { placeAll } from './annotate';
import { manualKindLabel } from './labels';

type Shown = { kind: 'tag'; model: LensModel; confirmed: boolean } | { kind: 'claims'; model: ClaimLensModel };

/** A lens placed by `provideCodeLenses`, with what `resolveCodeLens` needs to write its title. */
class SourceLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly document: vscode.TextDocument, readonly shown: Shown) { super(range); }
}

export class TagLensProvider implements vscode.CodeLensProvider<vscode.CodeLens> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly analysis: AnalysisService, private readonly store: AnnotationStore) {}

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const config = readConfiguration(document.uri);
    if (!config.codeLens) return [];
    const shown = { actors: config.tags.actors, threat: config.tags.threats, 'red-line': config.tags.redLines };
    const view = this.analysis.viewOf(document.uri);
    const summary = this.analysis.summary;
    const placed = placeAll(document, this.store);
    const verdicts = new Map<string, string>();
    for (const p of placed) {
      if (!p.range || !p.annotation.tag) continue;
      verdicts.set(`${document.offsetAt(p.range.start)}:${document.offsetAt(p.range.end)}:${p.annotation.tag.kind}:${p.annotation.tag.rule}`, p.annotation.kind);
    }
    const lenses: vscode.CodeLens[] = [];
    const at = (offset: number) => { const p = document.positionAt(offset); return new vscode.Range(p, p); };
    // Results for another version of the text would put lenses in the wrong place.
    if (view && summary && (view.analysis.version === 0 || view.analysis.version === document.version)) {
      const names = new Names(summary);
      for (const m of tagLenses(view.analysis)) {
        if (!shown[m.kind]) continue;
        if (m.kind === 'actors') {
          // An actor not resolved is left out; a passage that names only such actors has no actors lens.
          if (m.actors.some((id) => names.known(id))) lenses.push(new SourceLens(at(m.offset), document, { kind: 'tag', model: m, confirmed: false }));
          continue;
        }
        const verdict = (x: Threat | RedLine) => verdicts.get(`${x.start}:${x.end}:${m.kind}:${x.why.rule}`);
        const items = (m.items as (Threat | RedLine)[]).filter((x) => verdict(x) !== 'reject');
        if (!items.length) continue;
        const model = { ...m, items } as LensModel;
        lenses.push(new SourceLens(at(m.offset), document, { kind: 'tag', model, confirmed: verdict(items[0]) === 'confirm' }));
      }
      if (config.tags.claims) for (const m of claimLenses(view)) lenses.push(new SourceLens(at(m.offset), document, { kind: 'claims', model: m }));
    }
    for (const p of placed) {
      const m = p.annotation;
      if (!p.range || m.kind === 'confirm' || m.kind === 'reject') continue;
      const what = manualKindLabel(m.kind);
      const start = new vscode.Position(p.range.start.line, 0);
      lenses.push(new vscode.CodeLens(new vscode.Range(start, start), {
        title: `✎ ${what}${m.value ? `: ${m.value}` : ''}${m.other ? ` ↔ ${m.other.doc}` : ''}`, tooltip: vscode.l10n.t('Your annotation, kept in {0}', '.sourcelens/annotations.jsonl'),
        command: 'sourcelens.openPassage', arguments: [document.uri.toString(), document.offsetAt(p.range.start), document.offsetAt(p.range.end)],
      }));
    }
    return lenses;
  }

  resolveCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
    if (!(lens instanceof SourceLens) || lens.command) return lens;
    const { document, shown } = lens;
    const uri = document.uri;
    const text = document.getText();
    if (shown.kind === 'claims') {
      const label = claimLensLabel(shown.model, text);
      const title = label.corroborated && label.contradicted ? vscode.l10n.t('Corroborated by {0} · contradicted by {1}', label.corroborated, label.contradicted)
        : label.contradicted ? vscode.l10n.t('Contradicted by {0}', label.contradicted) : vscode.l10n.t('Corroborated by {0}', label.corroborated);
      lens.command = { title, tooltip: label.tooltip, command: 'sourcelens.peekCorroborating', arguments: [uri, shown.model.offset, shown.model.end] };
      return lens;
    }
    const m = shown.model;
    const label = lensLabel(m, new Names(this.analysis.summary ?? { actors: [] }), text);
    if (!label) { lens.command = { title: '', command: '' }; return lens; }
    const title = kindTitle(m.kind, label.body);
    if (m.kind === 'actors') {
      lens.command = { title, tooltip: label.tooltip, command: 'sourcelens.explain', arguments: [uri, m.offset, m.kind, m.end, 'actors'] };
      return lens;
    }
    const first = m.items[0];
    // Several items of one kind in a passage: the click asks which one to explain.
    const choices = m.items.length > 1 ? m.items.map((x, i) => ({ start: x.start, end: x.end, rule: x.why.rule, label: label.tooltip.split('\n')[i] ?? x.why.rule })) : undefined;
    lens.command = {
      title: shown.confirmed ? `✓ ${title}` : title, tooltip: label.tooltip, command: 'sourcelens.explain',
      arguments: [uri, first.start, m.kind, first.end, first.why.rule, ...(choices ? [choices] : [])],
    };
    return lens;
  }
}

function kindTitle(kind: LensModel['kind'], body: string): string {
  switch (kind) {
    case 'actors': return vscode.l10n.t('Actors: {0}', body);
    case 'threat': return vscode.l10n.t('Threat · {0}', body);
    case 'red-line': return vscode.l10n.t('Red line · {0}', body);
  }
}
