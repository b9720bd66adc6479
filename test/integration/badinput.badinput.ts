/**
 * SourceLens on the bad-input corpus (test/badinput/make-corpus.js, written by the runner): every
 * file gets the outcome the command line gives it — analysed, skipped with a warning, or
 * truncated with a warning — and the editor keeps working.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension/extension';
import { EXTENSION_ID, until, workspaceRoot } from './helpers';

const outcomes = JSON.parse(process.env.SOURCELENS_BADINPUT || '{}') as Record<string, 'analysed' | 'skipped' | 'truncated'>;

function uriOf(name: string): string {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split(/[\\/]/)).toString();
}

async function settled(): Promise<SourceLensApi> {
  const api = await vscode.extensions.getExtension<SourceLensApi>(EXTENSION_ID)!.activate();
  const expected = Object.values(outcomes).filter((o) => o !== 'skipped').length;
  await until(() => (api.analysis.summary?.documents.length ?? 0) >= expected, `${expected} documents to be analysed`, 120000);
  await api.analysis.whenIdle();
  return api;
}

describe('SourceLens on broken and hostile input', function () {
  this.timeout(180000);

  it('was given the bad-input corpus', () => {
    assert.ok(Object.keys(outcomes).length >= 12, JSON.stringify(outcomes));
  });

  it('gives every file its outcome: analysed, skipped with a warning, or truncated with a warning', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.sourcelens');
    const api = await settled();
    const analysed = new Set(api.analysis.summary!.documents.map((d) => d.uri));
    const rows: string[] = [];
    for (const [name, outcome] of Object.entries(outcomes)) {
      const uri = uriOf(name);
      const problem = api.analysis.readProblems.get(uri);
      if (outcome === 'analysed') assert.ok(analysed.has(uri) && !problem, `${name}: expected analysed, got ${problem ? JSON.stringify(problem) : 'nothing'}`);
      if (outcome === 'skipped') assert.ok(!analysed.has(uri) && problem?.outcome === 'skipped', `${name}: expected skipped with a warning, got ${JSON.stringify(problem)}`);
      if (outcome === 'truncated') assert.ok(analysed.has(uri) && problem?.outcome === 'truncated', `${name}: expected truncated with a warning, got ${JSON.stringify(problem)}`);
      rows.push(`${outcome}: ${name}${problem ? ` (${problem.reason})` : ''}`);
    }
    console.log(`      ${rows.join('\n      ')}`);
    assert.match(String(api.status.item.tooltip), /Files skipped or cut: \d+/);
  });

  it('lists every mention of an event reported more times than the summary lists', async () => {
    const api = await settled();
    const roots = await api.events.getChildren();
    // The wire copies' event: reported by sixty documents and more.
    const big = roots.find((n) => n.kind === 'event' && n.event.mentionCount !== undefined && n.event.docCount >= 60);
    assert.ok(big && big.kind === 'event', 'an event of the wire copies whose mentions the summary lists only in part');
    const count = big.event.mentionCount!;
    assert.ok(count > big.event.mentions.length && count >= 60, `${count} mentions, ${big.event.mentions.length} listed`);
    assert.match(String(api.events.getTreeItem(big).description), new RegExp(`^${count} mentions · `));
    const children = await api.events.getChildren(big);
    assert.strictEqual(children.length, count);
    const uris = new Set(children.map((c) => (c.kind === 'mention' ? c.event.mentions[c.index].uri : '')));
    assert.ok([...uris].filter((u) => /\/wire\/copy-\d+\.txt$/.test(u)).length === 60, `${uris.size} documents`);
  });

  it('follows a link back to a parent folder at most once and skips a broken link', async () => {
    const api = await settled();
    const uris = api.analysis.summary!.documents.map((d) => d.uri);
    assert.ok(!uris.some((u) => /back-to-top\/.*back-to-top\//.test(u)), 'a link loop was followed round');
    assert.ok(!uris.some((u) => u.endsWith('/dangling.txt')), 'a broken link was analysed');
  });

  it('keeps the editor responsive on the 1 MB line: lenses and an edit', async () => {
    const api = await settled();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriOf('one-line-1mb.txt')));
    const editor = await vscode.window.showTextDocument(doc);
    const t0 = Date.now();
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Initech refused. '));
    const took = Date.now() - t0;
    await until(() => api.analysis.analysisOf(doc.uri)?.version === doc.version, 'the edited line to be analysed again', 60000);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(lenses.length > 0);
    console.log(`      (an edit applied in ${took} ms while the 1 MB line was being analysed)`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shrugs off a file that vanishes as soon as it appears', async () => {
    const api = await settled();
    const file = vscode.Uri.joinPath(workspaceRoot(), 'vanishing.txt');
    for (let i = 0; i < 5; i++) {
      fs.writeFileSync(file.fsPath, 'The Ministry of Trade threatened to fine Globex.');
      fs.rmSync(file.fsPath);
    }
    await new Promise((r) => setTimeout(r, 1500));
    await api.analysis.whenIdle();
    assert.ok(!api.analysis.summary!.documents.some((d) => d.uri === file.toString()), 'a vanished file is still in the corpus');
    const problem = api.analysis.readProblems.get(file.toString());
    if (problem) assert.match(problem.reason, /vanished/);
    await vscode.commands.executeCommand('sourcelens.refresh');
    await api.analysis.whenIdle();
    assert.ok(api.analysis.summary!.documents.length > 5);
  });

  it('cancels a long analysis on request and keeps the corpus as it was', async () => {
    const api = await settled();
    const before = api.analysis.summary!.documents.length;
    // Three hundred documents moved in at once (one event for the folder), then a re-scan.
    const staging = fs.mkdtempSync(`${workspaceRoot().fsPath}-staging-`);
    const story = 'The Ministry of Trade threatened to fine Globex over the merger. Globex refused the demand on Monday. '.repeat(200);
    for (let i = 0; i < 300; i++) fs.writeFileSync(`${staging}/bulk-${i}.txt`, `Report ${i}. ${story}`);
    const bulk = vscode.Uri.joinPath(workspaceRoot(), 'bulk');
    fs.renameSync(staging, bulk.fsPath);
    try {
      await vscode.commands.executeCommand('sourcelens.refresh');
      assert.ok(api.analysis.analysing, 'the re-scan did not start an analysis');
      await until(() => String(api.status.item.text).includes('sync~spin'), 'the status bar to show the analysis');
      assert.strictEqual(api.status.item.command, 'sourcelens.cancelAnalysis');
      assert.strictEqual(await vscode.commands.executeCommand('sourcelens.cancelAnalysis'), true);
      await api.analysis.whenIdle();
      assert.strictEqual(api.analysis.wasCancelled, true);
      assert.strictEqual(api.analysis.summary!.documents.length, before, 'a cancelled analysis changed the corpus');
      await until(() => String(api.status.item.text).includes('circle-slash'), 'the status bar to say the analysis was cancelled');
      assert.strictEqual(api.status.item.command, 'sourcelens.refresh');
      assert.strictEqual(await vscode.commands.executeCommand('sourcelens.cancelAnalysis'), false, 'nothing left to cancel');
    } finally {
      fs.rmSync(bulk.fsPath, { recursive: true, force: true });
    }
    await vscode.commands.executeCommand('sourcelens.refresh');
    await api.analysis.whenIdle();
    assert.strictEqual(api.analysis.wasCancelled, false);
    assert.strictEqual(api.analysis.summary!.documents.length, before);
  });
});
