import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'sourcelens.sourcelens';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (a copy of the sample corpus)');
  return folder.uri;
}

export function docUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Activates SourceLens by opening a document, and waits until the workspace is analysed. */
export async function ready(): Promise<SourceLensApi> {
  const ext = vscode.extensions.getExtension<SourceLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = await ext.activate();
  await until(() => (api.analysis.summary?.documents.length ?? 0) >= 5, 'the sample corpus to be analysed');
  await api.analysis.whenIdle();
  return api;
}

export async function until(test: () => boolean | Promise<boolean>, what: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return lenses.map((l) => l.command?.title ?? '').filter(Boolean);
}
