/**
 * Moving between passages that corroborate (or contradict) one another: next and previous
 * across documents, and a peek view listing them all, like Find All References.
 */
import * as vscode from 'vscode';
import type { ClaimLink, PassageRef } from '../core/schema';
import type { AnalysisService } from './analysis';

/**
 * The claim at the cursor and the passages linked to it, in document order. With `end`, every
 * claim that starts in [offset, end) (a passage's claims lens): the first is the claim.
 */
export function linkedPassages(analysis: AnalysisService, uri: vscode.Uri, offset: number, kinds: ClaimLink['kind'][] = ['corroborates'], end?: number): { claim?: PassageRef; passages: PassageRef[] } {
  const view = analysis.viewOf(uri);
  if (!view) return { passages: [] };
  // A lens names its claim by where it starts; a cursor is in a claim, or just after its end.
  const claims = end !== undefined ? view.claims.filter((c) => c.start >= offset && c.start < end && c.links.length)
    : [view.claims.find((c) => c.start === offset) ?? view.claims.find((c) => c.start <= offset && offset < c.end)
      ?? view.claims.find((c) => c.start <= offset && offset <= c.end)].filter((c) => !!c);
  const claim = claims[0];
  if (!claim) return { passages: [] };
  const passages = claims.flatMap((c) => {
    const here = (p: PassageRef) => p.uri === c.uri && p.start === c.start;
    return c.links.map((i) => view.links[i]).filter((l) => kinds.includes(l.kind)).map((l) => (here(l.a) ? l.b : l.a));
  });
  const unique = [...new Map(passages.map((p) => [`${p.uri}#${p.start}`, p])).values()];
  unique.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
  return { claim, passages: unique };
}

async function reveal(p: PassageRef): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(p.uri));
  const editor = await vscode.window.showTextDocument(doc);
  const range = new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Next (or previous) corroborating passage. The walk stays on one claim's passages: from the
 * claim to its first corroboration, then from there on to the following one, wrapping around.
 */
let walk: { origin: PassageRef; passages: PassageRef[]; index: number } | undefined;

export async function stepCorroborating(analysis: AnalysisService, direction: 1 | -1): Promise<PassageRef | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const uri = editor.document.uri.toString();
  const offset = editor.document.offsetAt(editor.selection.active);
  const onWalk = walk && [walk.origin, ...walk.passages].some((p) => p.uri === uri && p.start <= offset && offset <= p.end);
  if (!onWalk) {
    const { claim, passages } = linkedPassages(analysis, editor.document.uri, offset);
    if (!claim || !passages.length) { void vscode.window.setStatusBarMessage(vscode.l10n.t('SourceLens: no corroborating passage for the claim here'), 4000); walk = undefined; return undefined; }
    walk = { origin: claim, passages, index: direction === 1 ? -1 : passages.length };
  }
  const w = walk!;
  w.index = (w.index + direction + w.passages.length) % w.passages.length;
  const target = w.passages[w.index];
  await reveal(target);
  return target;
}

/** Peeks every passage that corroborates or contradicts the claim at the cursor (or, with `end`, the claims of a passage). */
export async function peekLinked(analysis: AnalysisService, uri?: vscode.Uri, offset?: number, end?: number): Promise<number> {
  if (uri && offset !== undefined) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const ed = await vscode.window.showTextDocument(doc);
    ed.selection = new vscode.Selection(doc.positionAt(offset), doc.positionAt(offset));
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return 0;
  const { passages } = linkedPassages(analysis, editor.document.uri, editor.document.offsetAt(editor.selection.active), ['corroborates', 'contradicts'], end);
  const locations: vscode.Location[] = [];
  for (const p of passages) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(p.uri));
    locations.push(new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end))));
  }
  if (!locations.length) { void vscode.window.setStatusBarMessage(vscode.l10n.t('SourceLens: nothing corroborates or contradicts the claim here'), 4000); return 0; }
  await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.active, locations, 'peek');
  return locations.length;
}
