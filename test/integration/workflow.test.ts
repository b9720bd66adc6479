import * as assert from 'assert';
import * as vscode from 'vscode';
import { docUri, ready, until, workspaceRoot } from './helpers';

const DOC_001 = '001_f9ff05c47ed3eb41.txt';
const DOC_004 = '004_07409d310ab2d6a3.txt';
const STORE = '.sourcelens/annotations.jsonl';

async function storeLines(): Promise<Record<string, unknown>[]> {
  try {
    const text = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), STORE))).toString('utf8');
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch { return []; }
}

async function select(name: string, quote: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(docUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  const at = doc.getText().indexOf(quote);
  assert.ok(at >= 0, `${quote} not in ${name}`);
  editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + quote.length));
  return editor;
}

async function lenses(uri: vscode.Uri): Promise<string[]> {
  const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return l.map((x) => x.command?.title ?? '');
}

describe('the analyst\'s workflow in a real VS Code', () => {
  it('walks to the next and previous corroborating passage across documents', async () => {
    await ready();
    const editor = await select(DOC_004, 'Anthropic refused the U.S. Department of Defense’s demand');
    editor.selection = new vscode.Selection(editor.selection.start, editor.selection.start);
    await vscode.commands.executeCommand('sourcelens.nextCorroborating');
    const first = vscode.window.activeTextEditor!;
    assert.ok(!first.document.uri.toString().endsWith(DOC_004), 'next stayed in the same document');
    const firstAt = `${first.document.uri}#${first.document.offsetAt(first.selection.start)}`;
    await vscode.commands.executeCommand('sourcelens.nextCorroborating');
    const second = vscode.window.activeTextEditor!;
    assert.notStrictEqual(`${second.document.uri}#${second.document.offsetAt(second.selection.start)}`, firstAt);
    await vscode.commands.executeCommand('sourcelens.previousCorroborating');
    const back = vscode.window.activeTextEditor!;
    assert.strictEqual(`${back.document.uri}#${back.document.offsetAt(back.selection.start)}`, firstAt);
  });

  it('lists every corroborating passage of the claim under the cursor in a peek view', async () => {
    await ready();
    const editor = await select(DOC_004, 'Anthropic refused the U.S. Department of Defense’s demand');
    editor.selection = new vscode.Selection(editor.selection.start, editor.selection.start);
    const n = await vscode.commands.executeCommand<number>('sourcelens.peekCorroborating');
    assert.ok(n >= 2, `only ${n} passages`);
  });

  it('tags a selection as an actor and keeps it in the store file beside the sources', async () => {
    await ready();
    await select(DOC_001, 'Silicon Valley');
    await vscode.commands.executeCommand('sourcelens.tagSelection', 'actor', 'Silicon Valley tech industry');
    const lines = await storeLines();
    const mine = lines.find((l) => l.kind === 'actor' && l.value === 'Silicon Valley tech industry');
    assert.ok(mine, JSON.stringify(lines));
    assert.strictEqual(mine.doc, DOC_001);
    assert.strictEqual((mine.anchor as { exact: string }).exact, 'Silicon Valley');
    await until(async () => (await lenses(docUri(DOC_001))).includes('✎ Actor: Silicon Valley tech industry'), 'the lens of the new tag');
  });

  it('rejects an automatic tag, which then is hidden, and confirms another, which is marked', async () => {
    await ready();
    const uri = docUri(DOC_001);
    const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const threats = all.filter((l) => l.command?.title.startsWith('Threat · '));
    assert.ok(threats.length >= 2);
    const [rejected, confirmed] = threats;
    const args = (l: vscode.CodeLens) => l.command!.arguments as [vscode.Uri, number, string, number, string];
    const [u1, s1, k1, e1, r1] = args(rejected);
    await vscode.commands.executeCommand('sourcelens.rejectTag', u1, s1, e1, k1, r1);
    const [u2, s2, k2, e2, r2] = args(confirmed);
    await vscode.commands.executeCommand('sourcelens.confirmTag', u2, s2, e2, k2, r2);
    await until(async () => {
      const titles = await lenses(uri);
      return !titles.includes(rejected.command!.title) && titles.includes(`✓ ${confirmed.command!.title}`);
    }, 'the rejected lens to go and the confirmed one to be marked');
    const exported = vscode.Uri.joinPath(workspaceRoot(), 'with-verdicts.jsonld');
    await vscode.commands.executeCommand('sourcelens.exportW3c', exported);
    const items = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(exported)).toString('utf8')).first.items as Record<string, unknown>[];
    assert.ok(items.some((i) => i['sourcelens:confirmed'] === true), 'the confirmed tag is not marked in the export');
    assert.ok(items.some((i) => i['sourcelens:manual'] === true), 'the manual tag is not in the export');
    await vscode.workspace.fs.delete(exported);
  });

  it('keeps annotations through an edit made outside the editor, and shows an orphan when its quote is deleted', async () => {
    const api = await ready();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes.txt');
    const original = 'The Ministry of Trade threatened to fine Globex. Globex said it would appeal the fine.\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(original));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const at = original.indexOf('would appeal');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'would appeal'.length));
    await vscode.commands.executeCommand('sourcelens.tagSelection', 'note', 'check the appeal');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Another program adds a sentence before the passage.
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`An opening line was added.\n${original}`));
    const moved = await vscode.workspace.openTextDocument(uri);
    await until(async () => moved.getText().startsWith('An opening'), 'the outside edit to reach the editor');
    await until(async () => (await lenses(uri)).includes('✎ Note: check the appeal'), 'the note to be placed again');
    api.annotations.refresh();
    const placed = await api.annotations.getChildren({ section: 'placed' });
    assert.ok(placed.some((n) => 'annotation' in n && n.annotation.value === 'check the appeal'));
    // Now the quote itself goes.
    await vscode.workspace.fs.writeFile(uri, Buffer.from('The Ministry of Trade threatened to fine Globex.\n'));
    await until(async () => {
      api.annotations.refresh();
      const orphans = await api.annotations.getChildren({ section: 'orphans' });
      return orphans.some((n) => 'annotation' in n && n.annotation.value === 'check the appeal');
    }, 'the note to become an orphan');
    const orphan = (await api.annotations.getChildren({ section: 'orphans' })).find((n) => 'annotation' in n && n.annotation.value === 'check the appeal')!;
    assert.match(String(api.annotations.getTreeItem(orphan).description), /would appeal/);
    assert.ok((await storeLines()).some((l) => l.value === 'check the appeal'), 'the orphan was dropped from the store');
  });

  it('reports a malformed store with a diagnostic, keeps a .bak and overwrites nothing', async () => {
    const api = await ready();
    const file = vscode.Uri.joinPath(workspaceRoot(), STORE);
    const good = await vscode.workspace.fs.readFile(file).then((b) => Buffer.from(b).toString('utf8'), () => '');
    const broken = `${good}{"id": "x", "kind": "bogus"}\nnot json at all\n`;
    await vscode.workspace.fs.writeFile(file, Buffer.from(broken));
    await api.store.load();
    const diags = vscode.languages.getDiagnostics(file).filter((d) => d.code === 'store-parse');
    assert.strictEqual(diags.length, 2);
    const bak = Buffer.from(await vscode.workspace.fs.readFile(file.with({ path: `${file.path}.bak` }))).toString('utf8');
    assert.strictEqual(bak, broken);
    await select(DOC_001, 'The Rationale');
    await vscode.commands.executeCommand('sourcelens.tagSelection', 'note', 'must not be written');
    assert.strictEqual(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'), broken, 'the broken store was written over');
    await vscode.workspace.fs.writeFile(file, Buffer.from(good));
    await api.store.load();
    assert.strictEqual(vscode.languages.getDiagnostics(file).filter((d) => d.code === 'store-parse').length, 0);
  });
});

describe('settings and reading aids in a real VS Code', () => {
  it('turns tag kinds and the lenses off and on at once', async () => {
    await ready();
    const uri = docUri(DOC_001);
    const config = vscode.workspace.getConfiguration('sourcelens');
    try {
      await config.update('tags.threats', false, vscode.ConfigurationTarget.Workspace);
      await until(async () => !(await lenses(uri)).some((t) => /^(?:✓ )?Threat · /.test(t)), 'threat lenses to go');
      assert.ok((await lenses(uri)).some((t) => t.startsWith('Actors:')), 'actor lenses went too');
      await config.update('codeLens.visibility', 'off', vscode.ConfigurationTarget.Workspace);
      await until(async () => (await lenses(uri)).length === 0, 'every lens to go');
    } finally {
      await config.update('tags.threats', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('codeLens.visibility', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(async () => (await lenses(uri)).some((t) => /^(?:✓ )?Threat · /.test(t)), 'threat lenses to come back');
  });

  it('leads from a claim\'s lens to the passages that corroborate it', async () => {
    await ready();
    const uri = docUri(DOC_004);
    const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const lens = all.find((l) => /Corroborated by \d+$/.test(l.command?.title ?? ''));
    assert.ok(lens?.command, 'no lens for a corroborated claim');
    const n = await vscode.commands.executeCommand<number>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.strictEqual(n, Number(/Corroborated by (\d+)$/.exec(lens.command.title)![1]), lens.command.title);
  });

  it('gives each passage one claim-links lens, its claims listed in the tooltip', async () => {
    await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_001));
    const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100);
    const claimLenses = all.filter((l) => l.command?.command === 'sourcelens.peekCorroborating');
    assert.ok(claimLenses.length > 0, 'no claim-links lens');
    const lines = claimLenses.map((l) => l.range.start.line);
    assert.strictEqual(new Set(lines).size, lines.length, 'two claim-links lenses above one passage');
    const several = claimLenses.find((l) => (l.command!.tooltip ?? '').split('\n').length > 1);
    assert.ok(several, 'no passage with two linked claims in this document');
    for (const line of several.command!.tooltip!.split('\n')) assert.match(line, /^“[^”]+”: (?:corroborated|contradicted) by \d+/);
    for (const l of claimLenses) assert.match(l.command!.title, /^(?:Corroborated by \d+(?: · contradicted by \d+)?|Contradicted by \d+)$/);
  });

  it('lists uncorroborated claims in their own tree section', async () => {
    const api = await ready();
    const items = await api.annotations.getChildren({ section: 'uncorroborated' });
    assert.ok(items.length > 5);
    const item = api.annotations.getTreeItem(items[0]);
    assert.strictEqual(item.command?.command, 'sourcelens.openPassage');
  });
});

describe('verdicts and links from every place they are offered', () => {
  it('offers to confirm or reject a threat from a quick fix', async () => {
    await ready();
    const doc = await vscode.workspace.openTextDocument(docUri(DOC_004));
    const at = doc.getText().indexOf('The Pentagon also threatened to cancel');
    const range = new vscode.Range(doc.positionAt(at + 5), doc.positionAt(at + 5));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const reject = actions.find((a) => /^Reject the threat/.test(a.title));
    assert.ok(reject?.command, actions.map((a) => a.title).join(', '));
    assert.ok(actions.some((a) => /^Confirm the threat/.test(a.title)));
    // That passage has three threats under one lens: the rejected one leaves its tooltip and its count.
    const tooltips = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100))
      .filter((l) => /^(?:✓ )?Threat · /.test(l.command?.title ?? '')).map((l) => l.command!.tooltip ?? '');
    assert.ok((await tooltips()).some((t) => t.includes('cancel Anthropic’s existing contract')), (await tooltips()).join(' | '));
    await vscode.commands.executeCommand(reject.command.command, ...(reject.command.arguments ?? []));
    await until(async () => !(await tooltips()).some((t) => t.includes('cancel Anthropic’s existing contract')), 'the rejected threat to leave its lens');
  });

  it('rejects an event passage from the Events tree, which then leaves the tree', async () => {
    const api = await ready();
    const events = await api.events.getChildren();
    const event = events.find((n) => n.kind === 'event' && n.event.mentions.length >= 3)!;
    const mentions = await api.events.getChildren(event);
    const victim = mentions[0];
    await vscode.commands.executeCommand('sourcelens.rejectEvent', victim);
    await until(async () => (await api.events.getChildren(event)).length === mentions.length - 1, 'the rejected passage to leave the tree');
  });

  it('links two passages as corroborating and keeps the link in the store', async () => {
    await ready();
    await select(DOC_001, 'The Pentagon is applying significant pressure.');
    await vscode.commands.executeCommand('sourcelens.linkPassages');
    await select(DOC_004, 'The DoD responded with a series of escalating threats.');
    await vscode.commands.executeCommand('sourcelens.linkPassages', 'corroborates');
    const link = (await storeLines()).find((l) => l.kind === 'corroborates');
    assert.ok(link);
    assert.strictEqual(link.doc, DOC_001);
    assert.deepStrictEqual([(link.other as { doc: string }).doc, ((link.other as { anchor: { exact: string } }).anchor.exact)], [DOC_004, 'The DoD responded with a series of escalating threats.']);
  });
});
