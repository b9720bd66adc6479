/**
 * The analyst's own annotations from the editor: tag a selection, add a note, link two
 * passages, confirm or reject an automatic tag; and placing stored annotations in a document
 * as it is now (or finding that they are orphans).
 */
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import type { EventType, ManualAnnotation, ManualKind } from '../core/schema';
import { EventType as EventTypes } from '../core/schema';
import { anchorAt, place } from '../core/store/anchor';
import type { PlacedManual } from '../core/export/w3c';
import { placeManual } from '../core/store/placed';
import { stripBom } from '../core/text';
import type { AnalysisService } from './analysis';
import type { AnnotationStore } from './store';

export interface Placed { annotation: ManualAnnotation; range?: vscode.Range; otherRange?: vscode.Range }

/** Places a document's stored annotations in its current text; a missing range is an orphan. */
export function placeAll(doc: vscode.TextDocument, store: AnnotationStore): Placed[] {
  const key = store.docKey(doc.uri);
  const text = doc.getText();
  return store.forDocument(doc.uri).filter((a) => a.doc === key).map((annotation) => {
    const p = place(text, annotation.anchor);
    return { annotation, ...(p.placed ? { range: new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)) } : {}) };
  });
}

/** Every stored annotation placed in its document, for the export. */
export async function placeForExport(store: AnnotationStore): Promise<PlacedManual[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return [];
  const docs = new Map<string, { uri: string; text: string } | undefined>();
  for (const a of store.all()) {
    for (const doc of [a.doc, a.other?.doc]) {
      if (!doc || docs.has(doc)) continue;
      const uri = vscode.Uri.joinPath(folder.uri, doc);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      try {
        const text = open ? open.getText() : stripBom(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8')).text;
        docs.set(doc, { uri: uri.toString(), text });
      } catch { docs.set(doc, undefined); }
    }
  }
  return placeManual(store.all(), (doc) => docs.get(doc));
}

function newAnnotation(kind: ManualKind, doc: vscode.TextDocument, range: vscode.Range, store: AnnotationStore, extra: Partial<ManualAnnotation> = {}): ManualAnnotation {
  const text = doc.getText();
  return {
    id: randomUUID(), kind, doc: store.docKey(doc.uri), anchor: anchorAt(text, doc.offsetAt(range.start), doc.offsetAt(range.end)),
    created: new Date().toISOString(), ...extra,
  };
}

const kinds = (): (vscode.QuickPickItem & { tag: ManualKind })[] => [
  { label: vscode.l10n.t('Actor'), tag: 'actor' }, { label: vscode.l10n.t('Threat'), tag: 'threat' }, { label: vscode.l10n.t('Red line'), tag: 'red-line' },
  { label: vscode.l10n.t('Event'), tag: 'event' }, { label: vscode.l10n.t('Claim'), tag: 'claim' }, { label: vscode.l10n.t('Note'), tag: 'note' },
];

export interface AnnotateContext { analysis: AnalysisService; store: AnnotationStore }

/** Tags the selection; kind and value may be given (from a test or a keybinding) or are asked for. */
export async function tagSelection(ctx: AnnotateContext, kind?: ManualKind, value?: string, actor?: string, target?: string): Promise<ManualAnnotation | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) { void vscode.window.showWarningMessage(vscode.l10n.t('Select the passage to tag first.')); return undefined; }
  kind = kind ?? (await vscode.window.showQuickPick(kinds(), { placeHolder: vscode.l10n.t('Tag the selection as…') }))?.tag;
  if (!kind) return undefined;
  if (value === undefined && kind === 'actor') {
    const known = (ctx.analysis.summary?.actors ?? []).map((a) => ({ label: a.canonical, description: a.kind }));
    const fresh = { label: `$(add) ${vscode.l10n.t('New actor…')}`, description: '' };
    const picked = await vscode.window.showQuickPick([fresh, ...known], { placeHolder: vscode.l10n.t('Which actor is this?') });
    if (!picked) return undefined;
    value = picked === fresh ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Canonical name of the actor'), value: editor.document.getText(editor.selection) }) : picked.label;
    if (!value) return undefined;
  } else if (value === undefined && kind === 'event') {
    value = await vscode.window.showQuickPick([...EventTypes.options], { placeHolder: vscode.l10n.t('Event type') }) as EventType | undefined;
    if (!value) return undefined;
    // Who did it, to whom: chosen among the corpus's actors (or left open).
    const names = [vscode.l10n.t('(nobody named)'), ...(ctx.analysis.summary?.actors ?? []).map((a) => a.canonical)];
    const who = await vscode.window.showQuickPick(names, { placeHolder: vscode.l10n.t('Who did it?') });
    const whom = who === undefined ? undefined : await vscode.window.showQuickPick(names, { placeHolder: vscode.l10n.t('To whom?') });
    actor = who && who !== names[0] ? who : actor;
    target = whom && whom !== names[0] ? whom : target;
  } else if (value === undefined && kind === 'note') {
    value = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note') });
    if (!value) return undefined;
  }
  const a = newAnnotation(kind, editor.document, editor.selection, ctx.store, { ...(value ? { value } : {}), ...(actor ? { actor } : {}), ...(target ? { target } : {}) });
  await ctx.store.add(a);
  return a;
}

/** Confirms or rejects an automatic tag: its span and its rule identify it. */
export async function judgeTag(ctx: AnnotateContext, verdict: 'confirm' | 'reject', uri: vscode.Uri, start: number, end: number, kind: string, rule: string): Promise<ManualAnnotation> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const a = newAnnotation(verdict, doc, new vscode.Range(doc.positionAt(start), doc.positionAt(end)), ctx.store, { tag: { kind, rule } });
  await ctx.store.add(a);
  return a;
}

let pendingLink: { doc: vscode.TextDocument; range: vscode.Range } | undefined;

/** First call marks the selection; the second links it with the marked passage. */
export async function linkPassages(ctx: AnnotateContext, kind?: 'corroborates' | 'contradicts'): Promise<ManualAnnotation | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) { void vscode.window.showWarningMessage(vscode.l10n.t('Select a passage first.')); return undefined; }
  if (!pendingLink) {
    pendingLink = { doc: editor.document, range: editor.selection };
    void vscode.window.setStatusBarMessage(vscode.l10n.t('SourceLens: passage marked; select the other passage and run “Link Passages” again'), 8000);
    return undefined;
  }
  const relations: (vscode.QuickPickItem & { relation: 'corroborates' | 'contradicts' })[] = [
    { label: vscode.l10n.t('corroborate each other'), relation: 'corroborates' }, { label: vscode.l10n.t('contradict each other'), relation: 'contradicts' },
  ];
  kind = kind ?? (await vscode.window.showQuickPick(relations, { placeHolder: vscode.l10n.t('The two passages…') }))?.relation;
  if (!kind) return undefined;
  const first = pendingLink;
  pendingLink = undefined;
  const other = newAnnotation(kind, editor.document, editor.selection, ctx.store);
  const a = newAnnotation(kind, first.doc, first.range, ctx.store, { other: { doc: other.doc, anchor: other.anchor } });
  await ctx.store.add(a);
  return a;
}
