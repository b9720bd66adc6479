import * as assert from 'assert';
import * as vscode from 'vscode';
import { docUri, ready, until } from './helpers';
import type { SourceLensApi } from '../../src/extension/extension';
import type { RenderedStory, Story } from '../../src/core/storySchema';

/** The story last sent to the page, and what the page then said it drew of it. */
async function shown(api: SourceLensApi, test: (story: Story, r: RenderedStory) => boolean = () => true): Promise<{ story: Story; rendered: RenderedStory }> {
  let story: Story | undefined;
  await until(() => {
    const sent = api.story.lastSent;
    story = sent?.type === 'story' ? sent.story : undefined;
    const r = api.story.lastRendered;
    return !!story && !!r && r.nodes.length === story.nodes.length && r.timeline.length === story.timeline.length && test(story, r);
  }, 'the story view to draw the story', 60000);
  return { story: story!, rendered: api.story.lastRendered! };
}

const DOD = 'actor:u-s-department-of-defense';
const ANTHROPIC = 'actor:anthropic';

describe('the Story view', () => {
  after(() => {
    const api = vscode.extensions.getExtension<SourceLensApi>('sourcelens.sourcelens')!.exports;
    api.story.close();
  });

  it('is a command and a button in the title bar of the Events view', () => {
    const pkg = vscode.extensions.getExtension('sourcelens.sourcelens')!.packageJSON;
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'sourcelens.showStory'));
    assert.ok(pkg.contributes.menus['view/title'].some((m: { command: string; when: string }) => m.command === 'sourcelens.showStory' && m.when === 'view == sourcelens.events'));
  });

  it('draws the actors of the sample corpus, the Pentagon\'s threat of a designation against Anthropic reported by three outlets, and Anthropic\'s red line', async () => {
    const api = await ready();
    await vscode.commands.executeCommand('sourcelens.showStory');
    const { story, rendered } = await shown(api);
    assert.deepStrictEqual(rendered.nodes, story.nodes.map((n) => n.label));
    for (const name of ['Anthropic', 'DoD', 'Dario Amodei', 'OpenAI']) assert.ok(rendered.nodes.includes(name), `${name} is not drawn: ${rendered.nodes.join(', ')}`);
    const threat = story.edges.find((e) => e.kind === 'threat' && e.from === DOD && e.to === ANTHROPIC);
    assert.ok(threat, `no DoD → Anthropic threat: ${story.edges.map((e) => e.id).join(', ')}`);
    assert.deepStrictEqual([threat.label, threat.outlets], ['designation', 3]);
    assert.ok(story.edges.some((e) => e.kind === 'red-line' && e.from === ANTHROPIC && e.to === DOD));
    assert.ok(story.edges.some((e) => e.kind === 'demand' && e.from === DOD && e.to === ANTHROPIC));
    assert.strictEqual(rendered.edges.length, story.edges.length);
    assert.ok(rendered.edges.includes('threat: designation'), rendered.edges.join(' | '));
  });

  it('lists every event on the timeline in its actor\'s lane, and the coverage of each event by the five outlets', async () => {
    const api = await ready();
    const { story, rendered } = await shown(api);
    assert.deepStrictEqual([...rendered.timeline].sort(), story.timeline.map((t) => t.label).sort());
    assert.ok(rendered.timeline.includes('REJECT: Anthropic → DoD'));
    assert.ok(story.lanes.some((l) => l.id === ANTHROPIC && l.label === 'Anthropic'));
    assert.strictEqual(story.outlets.length, 5);
    const reject = story.coverage.find((r) => r.label === 'REJECT: Anthropic → DoD')!;
    assert.deepStrictEqual(reject.cells.map((c) => [c.outlet, c.mentions]), [['000_d9f46fcf171c8593', 2], ['001_f9ff05c47ed3eb41', 1], ['003_381298010349f2df', 1], ['004_07409d310ab2d6a3', 3]]);
    assert.strictEqual(reject.blindSpot, false);
    assert.strictEqual(rendered.coverage.length, story.coverage.reduce((n, r) => n + r.cells.length, 0));
    assert.ok(rendered.coverage.includes('REJECT: Anthropic → DoD, 004_07409d310ab2d6a3: 3'), rendered.coverage.slice(0, 5).join(' | '));
    assert.ok(story.coverage.some((r) => r.blindSpot && r.cells.length === 1));
  });

  it('opens the passage of an arrow clicked in the view, with the passage selected', async () => {
    const api = await ready();
    const { story } = await shown(api);
    const threat = story.edges.find((e) => e.kind === 'threat' && e.from === DOD && e.to === ANTHROPIC)!;
    const p = threat.passages[0];
    api.story.activate(`edge:${threat.id}`);
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === p.uri, 'the passage to open');
    const editor = vscode.window.activeTextEditor!;
    assert.deepStrictEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [p.start, p.end]);
  });

  it('keeps the part it showed when it is hidden and shown again', async () => {
    const api = await ready();
    await vscode.commands.executeCommand('sourcelens.showStory');
    await shown(api);
    api.story.showPart('coverage');
    await until(() => api.story.lastRendered?.part === 'coverage', 'the coverage tab');
    // Hidden behind a document, the page is unloaded (no retained context) and drawn again from its state.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(docUri('000_d9f46fcf171c8593.txt')), vscode.ViewColumn.Active);
    api.story.lastRendered = undefined;
    await vscode.commands.executeCommand('sourcelens.showStory');
    const { rendered } = await shown(api);
    assert.strictEqual(rendered.part, 'coverage');
  });

  it('shows an article\'s <script> and <img onerror> as the characters they are, and updates when the analysis changes', async () => {
    const api = await ready();
    await vscode.commands.executeCommand('sourcelens.showStory');
    const uri = docUri('markup.txt');
    const markup = 'The Ministry of Trade threatened to revoke the licence of Globex <img src=x onerror=alert(1)> <script>alert(2)</script>.';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`${markup}\n`, 'utf8'));
    try {
      const { rendered } = await shown(api, (_, r) => r.passages.some((x) => x.includes('<img src=x onerror=alert(1)>')));
      assert.ok(rendered.passages.some((x) => x.includes('<script>alert(2)</script>')), rendered.passages.join(' | '));
      assert.strictEqual(rendered.markupElements, 0);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await until(() => (api.analysis.summary?.documents.length ?? 0) === 5, 'the markup document to leave the corpus');
      await api.analysis.whenIdle();
    }
  });
});
