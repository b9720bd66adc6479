import * as assert from 'assert';
import * as vscode from 'vscode';
import { docUri, ready, until, workspaceRoot } from './helpers';

const read = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');

describe('exports from the editor', () => {
  after(async () => {
    for (const name of ['zz-hostile.txt', 'first.jsonld', 'second.jsonld', 'export.csv', 'report.md', 'brat']) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), name), { recursive: true }).then(undefined, () => undefined);
    }
  });

  before(async () => {
    const api = await ready();
    // A document with emoji and a line a spreadsheet would run as a formula.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceRoot(), 'zz-hostile.txt'),
      Buffer.from('😀 Globex refused the demand from the Ministry of Trade 🇺🇸.\n=HYPERLINK("http://x") said Globex, and -2+3 was @home.\n'));
    await until(() => !!api.analysis.summary?.documents.some((d) => d.uri.endsWith('zz-hostile.txt')), 'the new document to be analysed');
    await api.analysis.whenIdle();
    const doc = await vscode.workspace.openTextDocument(docUri('zz-hostile.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('Ministry of Trade 🇺🇸');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'Ministry of Trade 🇺🇸'.length));
    const tagged = await vscode.commands.executeCommand<{ id: string } | undefined>('sourcelens.tagSelection', 'note', 'flag 🇺🇸 kept');
    assert.ok(tagged, 'tagging the selection failed');
    assert.ok(api.store.all().some((a) => a.value === 'flag 🇺🇸 kept'), 'the note is not in the store');
  });

  it('exports W3C, imports it into an empty store and exports the same bytes again', async () => {
    const api = await ready();
    const first = vscode.Uri.joinPath(workspaceRoot(), 'first.jsonld');
    const second = vscode.Uri.joinPath(workspaceRoot(), 'second.jsonld');
    const store = vscode.Uri.joinPath(workspaceRoot(), '.sourcelens/annotations.jsonl');
    const kept = await read(store);
    await vscode.commands.executeCommand('sourcelens.export', 'w3c', first);
    const a = await read(first);
    assert.match(a, /flag 🇺🇸 kept/);
    await vscode.workspace.fs.writeFile(store, Buffer.from(''));
    await api.store.load();
    assert.strictEqual(api.store.all().length, 0);
    const n = await vscode.commands.executeCommand<number>('sourcelens.importW3c', first);
    assert.ok(n >= 1);
    await vscode.commands.executeCommand('sourcelens.export', 'w3c', second);
    assert.strictEqual(await read(second), a);
    await vscode.workspace.fs.writeFile(store, Buffer.from(kept));
    await api.store.load();
  });

  it('exports CSV whose cells a spreadsheet will not run as formulas', async () => {
    const out = vscode.Uri.joinPath(workspaceRoot(), 'export.csv');
    await vscode.commands.executeCommand('sourcelens.export', 'csv', out);
    const csv = await read(out);
    assert.ok(csv.startsWith('kind,document,start,end,text,'));
    const rows = csv.split('\r\n');
    assert.ok(rows.some((r) => r.includes("'=HYPERLINK")), 'the formula line is not in the export, or not defused');
    for (const cell of csv.split(/,|\r\n/)) assert.ok(!/^"?[=+\-@\t\r]/.test(cell), `a cell starts like a formula: ${cell}`);
    assert.ok(rows.some((r) => r.startsWith('note,zz-hostile.txt,') && r.includes('analyst')), 'the analyst\'s note is missing');
  });

  it('exports brat standoff whose offsets give back each span\'s text', async () => {
    const out = vscode.Uri.joinPath(workspaceRoot(), 'brat');
    await vscode.workspace.fs.createDirectory(out);
    await vscode.commands.executeCommand('sourcelens.export', 'brat', out);
    assert.match(await read(vscode.Uri.joinPath(out, 'annotation.conf')), /\[entities\]\nActor/);
    for (const name of ['zz-hostile', '001_f9ff05c47ed3eb41']) {
      const text = [...await read(vscode.Uri.joinPath(out, `${name}.txt`))];
      const spans = (await read(vscode.Uri.joinPath(out, `${name}.ann`))).split('\n').filter((l) => l.startsWith('T'));
      assert.ok(spans.length > 0);
      for (const line of spans) {
        const [, typeAndSpans, covered] = line.split('\t');
        const frags = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.strictEqual(frags.map(([s, e]) => text.slice(s, e).join('')).join(' '), covered, line);
      }
    }
  });

  it('exports a Markdown report with the events, claims and contradictions', async () => {
    const out = vscode.Uri.joinPath(workspaceRoot(), 'report.md');
    await vscode.commands.executeCommand('sourcelens.export', 'md', out);
    const md = await read(out);
    for (const h of ['# SourceLens report', '## Events', '## Corroborated claims', '## Uncorroborated claims', '## Contradictions']) assert.ok(md.includes(h), h);
    assert.ok(!md.includes('=HYPERLINK("http://x")') || md.includes('=HYPERLINK\\("http://x"\\)'));
  });
});
