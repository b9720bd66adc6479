/**
 * Commands, as a table of small factories: each takes what it needs and returns its handler,
 * so that a handler can be read and tested on its own.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { Names, explainWhy } from './labels';

export interface CommandContext { analysis: AnalysisService; log: vscode.LogOutputChannel }

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

  'sourcelens.explain': (ctx) => async (uri: vscode.Uri, offset: number, kind: string) => {
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
    if (text) void vscode.window.showInformationMessage(text);
  },

  'sourcelens.exportW3c': (ctx) => async (target?: vscode.Uri) => {
    await ctx.analysis.whenIdle();
    if (!ctx.analysis.summary?.documents.length) { void vscode.window.showWarningMessage('SourceLens has not analysed any document yet.'); return; }
    const out = target ?? await vscode.window.showSaveDialog({ filters: { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] }, saveLabel: 'Export' });
    if (!out) return;
    const json = await ctx.analysis.exportW3c();
    await vscode.workspace.fs.writeFile(out, Buffer.from(json, 'utf8'));
    ctx.log.info(`exported the corpus to ${out.toString()}`);
    return out;
  },
};

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx) as (...args: unknown[]) => unknown));
}
