/**
 * The Story view: a webview panel that shows the corpus's story (who coerces whom, the timeline,
 * outlet coverage). The story is computed by the analysis worker and sent to the page as typed
 * messages; the page's script (dist/webview/story.js) is only loaded when the panel opens. A
 * click in the page comes back as a message and opens the passage. The page keeps its own state
 * while hidden (no retained context) and gets the story anew whenever the analysis changes.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { FromWebview, type RenderedStory, type StoryPart, type ToWebview } from '../core/storySchema';

export class StoryPanel implements vscode.Disposable {
  static readonly viewType = 'sourcelens.story';
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedStory>();
  /** What the page said it drew, each time it draws. */
  readonly onDidRender = this.rendered.event;
  /** The last message sent to the page and the last drawing it reported (what tests read). */
  lastSent: ToWebview | undefined;
  lastRendered: RenderedStory | undefined;
  private sending = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly analysis: AnalysisService, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(this.rendered, analysis.onDidChange(() => { if (this.panel) void this.sendStory(); }));
  }

  get visible(): boolean { return !!this.panel; }

  show(): void {
    if (this.panel) { this.panel.reveal(); return; }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel(StoryPanel.viewType, vscode.l10n.t('SourceLens Story'), vscode.ViewColumn.Active, {
      enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [dist],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'sourcelens.svg');
    this.panel = panel;
    panel.webview.html = this.html(panel.webview, dist);
    panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m), undefined, this.disposables);
    panel.onDidDispose(() => { this.panel = undefined; this.lastRendered = undefined; }, undefined, this.disposables);
  }

  /** Closes the panel (it opens again with the command). */
  close(): void { this.panel?.dispose(); }

  /** Shows one part of the story. */
  showPart(part: StoryPart): void { this.post({ type: 'show', part }); }

  /** Activates an item of the page by its key, as a click on it does. */
  activate(item: string): void { this.post({ type: 'activate', item }); }

  private post(m: ToWebview): void {
    this.lastSent = m;
    void this.panel?.webview.postMessage(m);
  }

  private receive(raw: unknown): void {
    const parsed = FromWebview.safeParse(raw);
    if (!parsed.success) { this.log.warn(`story view: a message of unknown shape was ignored (${parsed.error.issues[0]?.message})`); return; }
    const m = parsed.data;
    if (m.type === 'ready') void this.sendStory();
    else if (m.type === 'open') void vscode.commands.executeCommand('sourcelens.openPassage', m.passage.uri, m.passage.start, m.passage.end);
    else { this.lastRendered = m.rendered; this.rendered.fire(m.rendered); }
  }

  private async sendStory(): Promise<void> {
    const n = ++this.sending;
    await this.analysis.whenIdle();
    const story = await this.analysis.story();
    // A newer request (the analysis changed again) sends its own.
    if (n !== this.sending || !this.panel) return;
    this.post({ type: 'story', story, strings: strings() });
  }

  private html(webview: vscode.Webview, dist: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'story.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'style.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${vscode.l10n.t('SourceLens Story')}</title>
</head>
<body>
<div id="story"><p>${vscode.l10n.t('Reading the corpus…')}</p></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The page's words, in the editor's language. */
function strings(): Record<string, string> {
  return {
    graph: vscode.l10n.t('Who coerces whom'), timeline: vscode.l10n.t('Timeline'), coverage: vscode.l10n.t('Coverage'),
    threat: vscode.l10n.t('threat'), demand: vscode.l10n.t('demand'), 'red-line': vscode.l10n.t('red line'),
    outlet: vscode.l10n.t('1 outlet'), outlets: vscode.l10n.t('{0} outlets'), widthNote: vscode.l10n.t('An arrow is as wide as the number of outlets that report it.'),
    undated: vscode.l10n.t('date not given'), unattributed: vscode.l10n.t('unattributed'), documentDate: vscode.l10n.t('reported {0}'),
    event: vscode.l10n.t('Event'), blindSpot: vscode.l10n.t('one outlet only'), contradictedBy: vscode.l10n.t('contradicted by {0}'),
    noGraph: vscode.l10n.t('No threats, demands or red lines between named actors in this corpus.'), noEvents: vscode.l10n.t('No events in this corpus.'),
  };
}
