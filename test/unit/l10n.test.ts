import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scan } = require(path.join(root, 'test', 'l10n', 'scan.js')) as {
  scan(dir?: string): { messages: string[]; violations: string[] };
};

function scanSource(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-l10n-'));
  try {
    fs.writeFileSync(path.join(dir, 'surface.ts'), source);
    return scan(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('localisation', () => {
  it('finds a user-facing literal that bypasses l10n.t, wherever a person reads it', () => {
    const { violations } = scanSource([
      "import * as vscode from 'vscode';",
      "void vscode.window.showInformationMessage('Nothing to read here');",
      "const item = new vscode.TreeItem(`${3} documents`);",
      "item.tooltip = 'Reported by many';",
      "const pick = { label: 'Markdown report', format: 'md' };",
      "throw new Error(cond ? 'Open a folder first' : vscode.l10n.t('fine'));",
    ].join('\n'));
    assert.deepStrictEqual(violations.map((v) => v.replace(/^.*surface\.ts:/, '')), [
      '2: "Nothing to read here"',
      '3: `… documents`',
      '4: "Reported by many"',
      '5: "Markdown report"',
      '6: "Open a folder first"',
    ]);
  });

  it('lets through localised text, identifiers, codicons and the product name', () => {
    const { violations, messages } = scanSource([
      "import * as vscode from 'vscode';",
      "void vscode.window.showWarningMessage(vscode.l10n.t('Select a passage first.'));",
      "const item = new vscode.TreeItem(vscode.l10n.t('{0} documents', 3));",
      "item.contextValue = 'sourcelens.event';",
      "item.text = `$(book) ${n}`;",
      "item.name = 'SourceLens';",
      "if (kind === 'note') run({ command: 'sourcelens.openPassage', title: vscode.l10n.t('Open Passage') });",
    ].join('\n'));
    assert.deepStrictEqual(violations, []);
    assert.deepStrictEqual(messages, ['Open Passage', 'Select a passage first.', '{0} documents']);
  });

  it('sends every user-facing string of the extension through vscode.l10n.t', () => {
    assert.deepStrictEqual(scan().violations, []);
  });

  it('exports the bundle to l10n/ with every message the extension uses (npm run l10n)', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8'));
    const { messages } = scan();
    assert.ok(messages.length > 50, `only ${messages.length} messages`);
    assert.deepStrictEqual(Object.keys(bundle).sort(), messages);
    for (const m of messages) assert.strictEqual(bundle[m], m);
  });

  it('takes every manifest string a person reads from package.nls.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
    assert.strictEqual(manifest.l10n, './l10n');
    const used = new Set<string>();
    const readable = new Set(['title', 'description', 'markdownDescription', 'name', 'contents', 'enumDescriptions', 'displayName']);
    const brand = new Set(['SourceLens']);
    const walk = (v: unknown, key: string, where: string) => {
      if (typeof v === 'string') {
        const m = /^%(.+)%$/.exec(v);
        if (m) { assert.ok(m[1] in nls, `${where}: ${m[1]} is not in package.nls.json`); used.add(m[1]); }
        else if (readable.has(key) && !brand.has(v)) assert.fail(`${where}: "${v}" is not localised`);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, key, `${where}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k === 'properties' ? '' : k, `${where}.${k}`);
    };
    walk(manifest.contributes, '', 'contributes');
    walk(manifest.capabilities, '', 'capabilities');
    walk(manifest.description, 'description', 'description');
    assert.deepStrictEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'keys no manifest entry uses');
  });
});
