/**
 * SourceLens in VS Code: wiring only. Activation starts the analysis worker and registers the
 * editor surfaces; the workspace scan starts after activation returns, off the critical path.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { TagLensProvider } from './codelens';
import { EventsTreeProvider } from './eventsTree';
import { ClaimDiagnostics } from './diagnostics';
import { WhyHoverProvider } from './hovers';
import { registerCommands } from './commands';
import { ClaimQuickFixes, Dismissals } from './quickfixes';
import { AnnotationStore } from './store';
import { AnnotationsTreeProvider } from './annotationsTree';
import { CorpusStatus } from './status';
import { StoryPanel } from './storyView';

export interface SourceLensApi {
  analysis: AnalysisService;
  events: EventsTreeProvider;
  store: AnnotationStore;
  annotations: AnnotationsTreeProvider;
  status: CorpusStatus;
  story: StoryPanel;
}

const SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): SourceLensApi {
  performance.mark('sourcelens_activate_start');
  const log = vscode.window.createOutputChannel('SourceLens', { log: true });
  performance.mark('sourcelens_activate_log');
  const analysis = new AnalysisService(context.extensionPath, log);
  performance.mark('sourcelens_activate_worker');
  const store = new AnnotationStore(log);
  const lenses = new TagLensProvider(analysis, store);
  const annotations = new AnnotationsTreeProvider(store, analysis);
  const status = new CorpusStatus(analysis);
  const events = new EventsTreeProvider(analysis, store);
  const story = new StoryPanel(context.extensionUri, analysis, log);
  const dismissals = new Dismissals(context.workspaceState);
  const diagnostics = new ClaimDiagnostics((uri, text) => dismissals.has(uri, text));
  performance.mark('sourcelens_activate_surfaces');
  context.subscriptions.push(
    log, analysis, diagnostics, store, status, story,
    vscode.commands.registerCommand('sourcelens.showStory', () => story.show()),
    analysis.onDidProgress((m) => status.busy(m)),
    vscode.window.createTreeView('sourcelens.annotations', { treeDataProvider: annotations }),
    store.onDidChange(() => { lenses.refresh(); annotations.refresh(); events.refresh(); }),
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
    vscode.languages.registerHoverProvider(SELECTOR, new WhyHoverProvider(analysis)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new ClaimQuickFixes(analysis), { providedCodeActionKinds: ClaimQuickFixes.kinds }),
    vscode.commands.registerCommand('sourcelens.dismissClaim', async (uri: vscode.Uri, text: string) => {
      await dismissals.add(uri.toString(), text);
      diagnostics.update(analysis.allViews());
    }),
    vscode.window.createTreeView('sourcelens.events', { treeDataProvider: events, showCollapseAll: true }),
    ...registerCommands({ analysis, log, store, extensionUri: context.extensionUri, globalStorageUri: context.globalStorageUri }),
    analysis.onDidChange(() => {
      lenses.refresh(); events.refresh(); annotations.refresh(); status.update(); diagnostics.update(analysis.allViews());
      // The Events view shows its welcome (open a folder, the walkthrough) when there is nothing to read.
      void vscode.commands.executeCommand('setContext', 'sourcelens.noDocuments', !analysis.summary?.documents.length);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('sourcelens')) return;
      if (e.affectsConfiguration('sourcelens.corpus')) void analysis.scanWorkspace();
      lenses.refresh();
      events.refresh();
      diagnostics.update(analysis.allViews());
    }),
  );
  setTimeout(() => {
    void analysis.scanWorkspace().catch((e) => log.error(`workspace scan failed: ${(e as Error).stack ?? e}`));
    void store.load().catch((e) => log.error(`reading the annotation store failed: ${(e as Error).stack ?? e}`));
  }, 0);
  performance.mark('sourcelens_activate_end');
  const phase = (from: string, to: string) => performance.measure(`sourcelens_${from}_${to}`, `sourcelens_activate_${from}`, `sourcelens_activate_${to}`).duration.toFixed(1);
  log.info(`activated in ${phase('start', 'end')} ms (log channel ${phase('start', 'log')} ms, analysis worker ${phase('log', 'worker')} ms, editor surfaces ${phase('worker', 'surfaces')} ms, registrations ${phase('surfaces', 'end')} ms)`);
  return { analysis, events, store, annotations, status, story };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
