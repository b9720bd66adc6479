/**
 * Commands, as a table of small factories: each takes what it needs and returns its handler,
 * so that a handler can be read and tested on its own.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { Names, explainWhy } from './labels';
import type { AnnotationStore } from './store';
import { judgeTag, linkPassages, placeForExport, tagSelection } from './annotate';
import { peekLinked, stepCorroborating } from './navigation';
import type { ManualKind } from '../core/schema';

export interface CommandContext { analysis: AnalysisService; log: vscode.LogOutputChannel; store: AnnotationStore }

/** Runs a command's work and reports a failure to the person, instead of a silent rejection. */
function reported<A extends unknown[], R>(ctx: CommandContext, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try { return await fn(...args); } catch (e) {
      ctx.log.error((e as Error).stack ?? String(e));
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  };
}

type Factory = (ctx: CommandContext) => (...args: never[]) => unknown;

export const COMMANDS: Record<string, Factory> = {
  'sourcelens.refresh': (ctx) => () => ctx.analysis.scanWorkspace(),

  'sourcelens.openPassage': () => async (uri: string, start: number, end: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc, { preview: true });
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  },

  'sourcelens.tagSelection': (ctx) => reported(ctx, (kind?: ManualKind, value?: string) => tagSelection(ctx, kind, value)),
  'sourcelens.linkPassages': (ctx) => reported(ctx, (kind?: 'corroborates' | 'contradicts') => linkPassages(ctx, kind)),
  'sourcelens.confirmTag': (ctx) => reported(ctx, (uri: vscode.Uri, start: number, end: number, kind: string, rule: string) => judgeTag(ctx, 'confirm', uri, start, end, kind, rule)),
  'sourcelens.rejectTag': (ctx) => reported(ctx, (uri: vscode.Uri, start: number, end: number, kind: string, rule: string) => judgeTag(ctx, 'reject', uri, start, end, kind, rule)),
  'sourcelens.nextCorroborating': (ctx) => () => stepCorroborating(ctx.analysis, 1),
  'sourcelens.previousCorroborating': (ctx) => () => stepCorroborating(ctx.analysis, -1),
  'sourcelens.peekCorroborating': (ctx) => () => peekLinked(ctx.analysis),

  'sourcelens.explain': (ctx) => async (uri: vscode.Uri, offset: number, kind: string, end?: number, rule?: string) => {
    const a = ctx.analysis.analysisOf(uri);
    const summary = ctx.analysis.summary;
    if (!a || !summary) return;
    const names = new Names(summary);
    let text = '';
    if (kind === 'actors') {
      const block = a.actorMentions.filter((m) => m.start >= offset).slice(0, 12);
      text = block.map((m) => `“${m.surface}” → ${names.full(m.key)} (${explainWhy(m.why)})`).join('; ');
    } else {
      const item = (kind === 'threat' ? a.threats : a.redLines).find((t) => t.start === offset);
      if (item) text = explainWhy(item.why);
    }
    if (!text) return;
    if (kind === 'actors' || end === undefined || !rule) { void vscode.window.showInformationMessage(text); return; }
    const choice = await vscode.window.showInformationMessage(text, 'Confirm', 'Reject');
    if (choice) await vscode.commands.executeCommand(choice === 'Confirm' ? 'sourcelens.confirmTag' : 'sourcelens.rejectTag', uri, offset, end, kind, rule);
  },

  'sourcelens.exportW3c': (ctx) => async (target?: vscode.Uri) => {
    await ctx.analysis.whenIdle();
    if (!ctx.analysis.summary?.documents.length) { void vscode.window.showWarningMessage('SourceLens has not analysed any document yet.'); return; }
    const out = target ?? await vscode.window.showSaveDialog({ filters: { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] }, saveLabel: 'Export' });
    if (!out) return;
    const json = await ctx.analysis.exportW3c(await placeForExport(ctx.store));
    await vscode.workspace.fs.writeFile(out, Buffer.from(json, 'utf8'));
    ctx.log.info(`exported the corpus to ${out.toString()}`);
    return out;
  },
};

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx) as (...args: unknown[]) => unknown));
}
