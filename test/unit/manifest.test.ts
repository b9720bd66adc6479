import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the extension manifest', () => {
  it('activates on documents, the view or a command, never on everything', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });

  it('gives every contributed command a title and every walkthrough step its media', () => {
    for (const c of manifest.contributes.commands) assert.ok(c.title && c.command.startsWith('sourcelens.'), JSON.stringify(c));
    for (const w of manifest.contributes.walkthroughs) {
      for (const step of w.steps) assert.ok(fs.existsSync(path.join(root, step.media.markdown)), step.media.markdown);
    }
  });

  it('binds every keybinding and menu entry to a contributed command', () => {
    const ids = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    for (const k of manifest.contributes.keybindings) assert.ok(ids.has(k.command), k.command);
    for (const list of Object.values(manifest.contributes.menus) as { command: string }[][]) for (const m of list) assert.ok(ids.has(m.command), m.command);
  });
});
