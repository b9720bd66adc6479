/**
 * SourceLens in Restricted Mode: the runner opens the sample corpus untrusted, with a folder
 * setting that would empty the corpus (`sourcelens.corpus.include`). Reading and analysing go
 * on; the folder's restricted settings are not applied; nothing is written.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { docUri, lensTitles, ready, until, workspaceRoot } from './helpers';

const DOC = '001_f9ff05c47ed3eb41.txt';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

describe('SourceLens in Restricted Mode', () => {
  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(docUri(DOC)));
  });

  it('runs in an untrusted folder', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('ignores the folder\'s own corpus globs and analyses every document', async () => {
    const settings = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json'))).toString('utf8');
    assert.deepStrictEqual(JSON.parse(settings)['sourcelens.corpus.include'], ['**/no-such-document.txt'], 'the runner did not write the folder setting');
    const api = await ready();
    assert.strictEqual(api.analysis.summary?.documents.length, 5);
    const titles = await lensTitles(docUri(DOC));
    assert.ok(titles.some((t) => t.startsWith('Actors: ')), titles.join(' | '));
  });

  it('writes no annotation and no export, and says why', async () => {
    const api = await ready();
    const editor = await vscode.window.showTextDocument(docUri(DOC));
    editor.selection = new vscode.Selection(0, 0, 0, 20);
    const tagged = await vscode.commands.executeCommand('sourcelens.tagSelection', 'note', 'must not be written');
    assert.strictEqual(tagged, undefined);
    const target = vscode.Uri.joinPath(workspaceRoot(), 'restricted-export.jsonld');
    assert.strictEqual(await vscode.commands.executeCommand('sourcelens.exportW3c', target), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('sourcelens.export', 'csv', target), undefined);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(await exists(vscode.Uri.joinPath(workspaceRoot(), '.sourcelens', 'annotations.jsonl')), false);
    assert.strictEqual(await exists(target), false);
    assert.strictEqual(api.store.all().length, 0);
  });

  it('still navigates: the events tree and the passages behind it', async () => {
    const api = await ready();
    await until(async () => (await api.events.getChildren()).length > 0, 'events in the tree');
  });
});
