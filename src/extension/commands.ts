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
import type { EventNode } from './eventsTree';
import type { ExportFormat } from './protocol';
import { importW3c, type ImportDoc } from '../core/export/w3cImport';
import { decodeDocument } from '../core/decode';
import { stripBom } from '../core/text';

export interface CommandContext {
  analysis: AnalysisService; log: vscode.LogOutputChannel; store: AnnotationStore;
  /** Where the extension is installed (its sample corpus) and where it may keep files of its own. */
  extensionUri: vscode.Uri; globalStorageUri: vscode.Uri;
}

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

/** Commands that write files (the annotation store, exports): not run in Restricted Mode. */
export const WRITING_COMMANDS: ReadonlySet<string> = new Set([
  'sourcelens.tagSelection', 'sourcelens.linkPassages', 'sourcelens.confirmTag', 'sourcelens.rejectTag',
  'sourcelens.confirmEvent', 'sourcelens.rejectEvent', 'sourcelens.export', 'sourcelens.exportW3c', 'sourcelens.importW3c',
]);

/** In Restricted Mode a writing command says why it does nothing and offers to manage trust. */
function trusted<A extends unknown[], R>(id: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    if (vscode.workspace.isTrusted) return fn(...args);
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('SourceLens writes no annotations or exports in Restricted Mode. Trust this folder to use “{0}”.', id.replace(/^sourcelens\./, '')), manage,
    ).then((choice) => { if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage'); });
    return undefined;
  };
}

export const COMMANDS: Record<string, Factory> = {
  'sourcelens.refresh': (ctx) => () => ctx.analysis.scanWorkspace(),
  'sourcelens.cancelAnalysis': (ctx) => () => {
    const stopping = ctx.analysis.cancel();
    if (stopping) ctx.log.info('cancelling the analysis');
    return stopping;
  },

  'sourcelens.openWalkthrough': () => () => vscode.commands.executeCommand('workbench.action.openWalkthrough', 'sourcelens.sourcelens#sourcelens.start', false),

  // A copy of the sample corpus the extension ships, opened as the workspace folder.
  'sourcelens.openSample': (ctx) => reported(ctx, async () => {
    const target = vscode.Uri.joinPath(ctx.globalStorageUri, 'sample-corpus');
    await vscode.workspace.fs.createDirectory(ctx.globalStorageUri);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(ctx.extensionUri, 'media', 'sample-corpus'), target, { overwrite: true });
    await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
    return target;
  }),

  'sourcelens.openPassage': () => async (uri: string, start: number, end: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc, { preview: true });
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  },

  'sourcelens.tagSelection': (ctx) => reported(ctx, (kind?: ManualKind, value?: string, actor?: string, target?: string) => tagSelection(ctx, kind, value, actor, target)),
  'sourcelens.linkPassages': (ctx) => reported(ctx, (kind?: 'corroborates' | 'contradicts') => linkPassages(ctx, kind)),
  'sourcelens.confirmTag': (ctx) => reported(ctx, (uri: vscode.Uri, start: number, end: number, kind: string, rule: string) => judgeTag(ctx, 'confirm', uri, start, end, kind, rule)),
  'sourcelens.rejectTag': (ctx) => reported(ctx, (uri: vscode.Uri, start: number, end: number, kind: string, rule: string) => judgeTag(ctx, 'reject', uri, start, end, kind, rule)),
  // From the Events tree's context menu: the node is the argument.
  'sourcelens.confirmEvent': (ctx) => reported(ctx, (node: EventNode) => judgeEvent(ctx, 'confirm', node)),
  'sourcelens.rejectEvent': (ctx) => reported(ctx, (node: EventNode) => judgeEvent(ctx, 'reject', node)),
  'sourcelens.nextCorroborating': (ctx) => () => stepCorroborating(ctx.analysis, 1),
  'sourcelens.previousCorroborating': (ctx) => () => stepCorroborating(ctx.analysis, -1),
  'sourcelens.peekCorroborating': (ctx) => (uri?: vscode.Uri, offset?: number, end?: number) => peekLinked(ctx.analysis, uri, offset, end),

  'sourcelens.explain': (ctx) => async (uri: vscode.Uri, offset: number, kind: string, end?: number, rule?: string, choices?: { start: number; end: number; rule: string; label: string }[]) => {
    // A lens for several threats (or red lines) of one passage: which one?
    if (choices?.length) {
      const pick = await vscode.window.showQuickPick(choices.map((c) => ({ label: c.label, choice: c })), { placeHolder: vscode.l10n.t('Which tag of this passage?') });
      if (!pick) return;
      ({ start: offset, end, rule } = pick.choice);
    }
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
    const confirm = vscode.l10n.t('Confirm');
    const choice = await vscode.window.showInformationMessage(text, confirm, vscode.l10n.t('Reject'));
    if (choice) await vscode.commands.executeCommand(choice === confirm ? 'sourcelens.confirmTag' : 'sourcelens.rejectTag', uri, offset, end, kind, rule);
  },

  'sourcelens.exportW3c': (ctx) => (target?: vscode.Uri) => exportCorpus(ctx, 'w3c', target),
  'sourcelens.export': (ctx) => reported(ctx, async (format?: ExportFormat, target?: vscode.Uri) => {
    format = format ?? (await vscode.window.showQuickPick(formats(), { placeHolder: vscode.l10n.t('Export as…') }))?.format;
    return format ? exportCorpus(ctx, format, target) : undefined;
  }),
  'sourcelens.importW3c': (ctx) => reported(ctx, async (source?: vscode.Uri) => {
    source = source ?? (await vscode.window.showOpenDialog({ filters: { 'W3C Web Annotation (JSON-LD)': ['jsonld', 'json'] }, openLabel: vscode.l10n.t('Import') }))?.[0];
    if (!source) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error(vscode.l10n.t('Open the folder of the documents before importing their annotations.'));
    const json: unknown = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8'));
    const known = new Map((ctx.analysis.summary?.documents ?? []).map((d) => [d.uri, d.uri]));
    const docs = new Map<string, ImportDoc | undefined>();
    for (const uri of known.keys()) {
      const decoded = decodeDocument(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      if (decoded.ok) docs.set(uri, { doc: ctx.store.docKey(vscode.Uri.parse(uri)), text: stripBom(decoded.text).text, bom: decoded.bom });
    }
    // Sources are matched by their path inside the workspace folder, whatever machine wrote them.
    const byName = new Map([...docs].map(([, d]) => [d!.doc, d]));
    const docOf = (s: string) => docs.get(s) ?? [...byName.entries()].find(([name]) => decodeURIComponent(s).endsWith(`/${name}`))?.[1];
    const { annotations, skipped } = importW3c(json, docOf);
    for (const a of annotations) await ctx.store.add(a);
    ctx.log.info(`imported ${annotations.length} annotations from ${source.toString()} (${skipped} automatic or unplaceable ones left)`);
    return annotations.length;
  }),
};

async function judgeEvent(ctx: CommandContext, verdict: 'confirm' | 'reject', node: EventNode) {
  if (node?.kind !== 'mention') return undefined;
  const m = node.event.mentions[node.index];
  return judgeTag(ctx, verdict, vscode.Uri.parse(m.uri), m.start, m.end, 'event', m.why.rule);
}

const formats = (): (vscode.QuickPickItem & { format: ExportFormat })[] => [
  { label: vscode.l10n.t('W3C Web Annotation (JSON-LD)'), format: 'w3c' }, { label: vscode.l10n.t('CSV'), format: 'csv' },
  { label: vscode.l10n.t('Markdown report'), format: 'md' }, { label: vscode.l10n.t('brat standoff (a folder)'), format: 'brat' },
];
const EXTENSIONS: Record<Exclude<ExportFormat, 'brat'>, string> = { w3c: 'jsonld', csv: 'csv', md: 'md' };

async function exportCorpus(ctx: CommandContext, format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  await ctx.analysis.whenIdle();
  if (!ctx.analysis.summary?.documents.length) { void vscode.window.showWarningMessage(vscode.l10n.t('SourceLens has not analysed any document yet.')); return undefined; }
  const out = target ?? (format === 'brat'
    ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export here') }))?.[0]
    : await vscode.window.showSaveDialog({ filters: { [formats().find((f) => f.format === format)!.label]: [EXTENSIONS[format]] }, saveLabel: vscode.l10n.t('Export') }));
  if (!out) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  const files = await ctx.analysis.exportAs(format, await placeForExport(ctx.store), root);
  for (const [name, content] of files) {
    await vscode.workspace.fs.writeFile(name ? vscode.Uri.joinPath(out, name) : out, Buffer.from(content, 'utf8'));
  }
  ctx.log.info(`exported the corpus as ${format} to ${out.toString()}`);
  return out;
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => {
    const handler = factory(ctx) as (...args: unknown[]) => unknown;
    return vscode.commands.registerCommand(id, WRITING_COMMANDS.has(id) ? trusted(id, handler) : handler);
  });
}
