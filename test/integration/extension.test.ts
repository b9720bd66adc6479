import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, docUri, lensTitles, ready, until } from './helpers';

const DOC_001 = '001_f9ff05c47ed3eb41.txt';
const DOC_004 = '004_07409d310ab2d6a3.txt';

describe('SourceLens in a real VS Code', () => {
  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(docUri(DOC_001)));
  });

  it('activates when a plain-text source document opens', async () => {
    const api = await ready();
    assert.strictEqual(api.analysis.summary?.documents.length, 5);
  });

  it('is the SourceLens under test: the installed package, or this folder in development', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    if (process.env.SOURCELENS_TEST_INSTALLED) assert.match(ext.extensionPath.replace(/\\/g, '/'), /\/extensions\/sourcelens\.sourcelens-\d+\.\d+\.\d+$/);
    else assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(__dirname, '..', '..', '..'));
  });

  it('shows actor, threat and red-line lenses above the passages of a document', async () => {
    await ready();
    const titles = await lensTitles(docUri(DOC_001));
    const actors = titles.filter((t) => t.startsWith('Actors: '));
    assert.ok(actors.some((t) => t.includes('Dario Amodei') && t.includes('U.S. Department of Defense')), `no actors lens names Amodei and the DoD: ${actors.join(' | ')}`);
    for (const expected of ['Threat · DoD: ultimatum', 'Red line · Dario Amodei: no mass surveillance', 'Red line · Anthropic: no fully autonomous lethal weapons']) {
      assert.ok(titles.includes(expected), `no “${expected}” lens: ${titles.join(' | ')}`);
    }
  });

  it('puts each lens on the first line of its passage', async () => {
    await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_001));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100);
    const threat = lenses.find((l) => l.command?.title === 'Threat · DoD: pressure +1');
    assert.ok(threat);
    const line = doc.lineAt(threat.range.start.line).text;
    assert.ok(line.startsWith('The Pentagon is applying significant pressure.'), line);
    assert.strictEqual(threat.range.start.character, 0);
  });

  it('reports an uncorroborated claim as an Information diagnostic and leaves corroborated ones alone', async () => {
    await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_004));
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'SourceLens' && d.code === 'uncorroborated');
    assert.ok(diags.length > 0, 'no uncorroborated-claim diagnostics in 004');
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const texts = diags.map((d) => doc.getText(d.range));
    assert.ok(texts.some((t) => t.startsWith('Over 200 engineers from top AI companies signed a letter')), `the single-source letter of the engineers is not flagged: ${texts.join(' | ')}`);
    const api = await ready();
    const corroborated = api.analysis.viewOf(doc.uri)!.claims.filter((c) => c.corroborated);
    assert.ok(corroborated.length > 0, 'no corroborated claims in 004');
    for (const c of corroborated) {
      assert.ok(!diags.some((d) => doc.offsetAt(d.range.start) === c.start), `corroborated claim at ${c.start} has a diagnostic`);
    }
  });

  it('reports a contradiction on both sides, each with the other passage as related information', async () => {
    await ready();
    const d000 = await vscode.workspace.openTextDocument(docUri('000_d9f46fcf171c8593.txt'));
    const d004 = await vscode.workspace.openTextDocument(docUri(DOC_004));
    const contradiction = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'contradiction');
    const here = contradiction(d000.uri).find((d) => d000.getText(d.range).includes('OpenAI, once a non-profit'));
    assert.ok(here, 'no contradiction on the passage of 000 that has OpenAI agreeing');
    const related = here.relatedInformation ?? [];
    assert.strictEqual(related.length, 1);
    assert.ok(related[0].location.uri.toString().endsWith(DOC_004));
    const other = await vscode.workspace.openTextDocument(related[0].location.uri);
    assert.match(other.getText(related[0].location.range), /OpenAI also refuses/);
    const back = contradiction(d004.uri).filter((d) => (d.relatedInformation ?? []).some((r) => r.location.uri.toString() === d000.uri.toString()));
    assert.ok(back.length > 0, 'the 004 side has no contradiction pointing back to 000');
  });

  it('offers quick fixes that show the conflicting passages and dismiss a claim', async () => {
    await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_004));
    const diag = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'uncorroborated' && doc.getText(d.range).startsWith('Over 200 engineers'))!;
    assert.ok(diag);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const dismiss = actions.find((a) => a.title === 'Dismiss for this claim');
    assert.ok(dismiss?.command, `no dismiss action: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'uncorroborated' && doc.getText(d.range).startsWith('Over 200 engineers')));
    assert.ok(vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'uncorroborated'), 'other claims lost their diagnostics');
    const conflict = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'contradiction')!;
    const onConflict = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, conflict.range, vscode.CodeActionKind.QuickFix.value);
    const show = onConflict.find((a) => a.title === 'Show the conflicting passages');
    assert.ok(show?.command);
    assert.strictEqual(show.command.command, 'editor.action.peekLocations');
    assert.ok((show.command.arguments?.[2] as vscode.Location[]).length >= 1);
  });

  it('lists events in the Events tree with the passages that report them', async () => {
    const api = await ready();
    const roots = await api.events.getChildren();
    assert.ok(roots.length > 5, `only ${roots.length} events`);
    const labels = roots.map((n) => String(api.events.getTreeItem(n).label));
    const reject = roots.find((n) => n.kind === 'event' && n.event.type === 'REJECT' && n.event.docCount >= 3);
    assert.ok(reject, `no REJECT event reported by three or more documents: ${labels.join(' | ')}`);
    const item = api.events.getTreeItem(reject);
    assert.match(String(item.label), /^REJECT: Anthropic → /);
    assert.match(String(item.description), /\d+ mentions · \d+ documents · \d+ outlets/);
    const children = await api.events.getChildren(reject);
    assert.strictEqual(children.length, reject.kind === 'event' ? reject.event.mentions.length : -1);
  });

  it('opens the document with the passage selected when a tree item is chosen', async () => {
    const api = await ready();
    const event = (await api.events.getChildren()).find((n) => n.kind === 'event' && n.event.mentions.some((m) => m.uri.endsWith(DOC_004)))!;
    const child = (await api.events.getChildren(event)).find((n) => n.kind === 'mention' && n.event.mentions[n.index].uri.endsWith(DOC_004))!;
    const item = api.events.getTreeItem(child);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(editor.document.uri.toString().endsWith(DOC_004));
    const m = child.kind === 'mention' ? child.event.mentions[child.index] : undefined;
    assert.ok(m);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), m.start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), m.end);
  });

  it('follows edits: a new threatening sentence gets its lens without saving', async () => {
    const api = await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_004));
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nThe Ministry of Finance threatened to fine Acme Corp.'));
    await until(async () => (await lensTitles(doc.uri)).some((t) => t === 'Threat · Ministry of Finance: fine Acme Corp'), 'the lens of the new threat');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await api.analysis.whenIdle();
  });

  it('honours the severity setting, down to off', async () => {
    await ready();
    const uri = docUri(DOC_004);
    const config = vscode.workspace.getConfiguration('sourcelens');
    try {
      await config.update('diagnostics.severity', 'warning', vscode.ConfigurationTarget.Workspace);
      await until(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'SourceLens' && d.severity === vscode.DiagnosticSeverity.Warning), 'warnings');
      await config.update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Workspace);
      await until(() => !vscode.languages.getDiagnostics(uri).some((d) => d.source === 'SourceLens'), 'no diagnostics');
    } finally {
      await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'SourceLens' && d.severity === vscode.DiagnosticSeverity.Information), 'information again');
  });

  it('exports W3C annotations of the workspace from the command', async () => {
    await ready();
    const out = vscode.Uri.joinPath(docUri(DOC_001), '..', 'export.jsonld');
    await vscode.commands.executeCommand('sourcelens.exportW3c', out);
    const json = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(out)).toString('utf8'));
    assert.strictEqual(json.type, 'AnnotationCollection');
    const kinds = new Set<string>(json.first.items.map((a: { body: { purpose: string; value: string }[] }) => a.body.find((b) => b.purpose === 'tagging')?.value));
    for (const k of ['actor', 'threat', 'red-line', 'event', 'claim', 'corroborates']) assert.ok(kinds.has(k), `no ${k} in the export`);
    await vscode.workspace.fs.delete(out);
  });
});

describe('the status bar', () => {
  it('shows the corpus at a glance and leads to the SourceLens views', async () => {
    const api = await ready();
    const s = api.analysis.summary!;
    await until(() => api.status.item.text.startsWith('$(book)'), 'the status to settle');
    assert.strictEqual(api.status.item.text, `$(book) ${s.documents.length} · $(question) ${s.uncorroboratedCount} · $(diff) ${s.contradictionCount}`);
    assert.match(String(api.status.item.tooltip), /documents analysed: \d+; uncorroborated claims: \d+; contradictions: \d+/);
    assert.strictEqual(api.status.item.command, 'workbench.view.extension.sourcelens');
    await vscode.commands.executeCommand(api.status.item.command as string);
  });
});
