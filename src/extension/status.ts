/**
 * The status bar item: the corpus at a glance (documents, uncorroborated claims,
 * contradictions), a spinner while the analysis runs; a click shows the SourceLens views.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';

export class CorpusStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('sourcelens.status', vscode.StatusBarAlignment.Left, 10);

  constructor(private readonly analysis: AnalysisService) {
    this.item.name = 'SourceLens';
    this.item.command = 'workbench.view.extension.sourcelens';
    this.busy();
    this.item.show();
  }

  busy(message = vscode.l10n.t('analysing…')): void {
    this.item.text = `$(sync~spin) ${vscode.l10n.t('SourceLens: {0}', message)}`;
    this.item.tooltip = vscode.l10n.t('SourceLens is analysing the workspace. Click to cancel.');
    this.item.command = 'sourcelens.cancelAnalysis';
  }

  update(): void {
    const s = this.analysis.summary;
    if (this.analysis.wasCancelled) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('SourceLens: cancelled')}`;
      this.item.tooltip = vscode.l10n.t('The analysis was cancelled; the corpus is as it was before. Click to analyse the workspace again.');
      this.item.command = 'sourcelens.refresh';
      return;
    }
    this.item.command = 'workbench.view.extension.sourcelens';
    if (!s) return;
    const docs = s.documents.length;
    this.item.text = `$(book) ${docs} · $(question) ${s.uncorroboratedCount} · $(diff) ${s.contradictionCount}`;
    const tooltip = vscode.l10n.t('SourceLens: documents analysed: {0}; uncorroborated claims: {1}; contradictions: {2}. Click to show the SourceLens views.', docs, s.uncorroboratedCount, s.contradictionCount);
    const problems = this.analysis.readProblems.size;
    this.item.tooltip = problems ? `${tooltip}\n${vscode.l10n.t('Files skipped or cut: {0} (the SourceLens log says which and why).', problems)}` : tooltip;
  }

  dispose(): void { this.item.dispose(); }
}
