import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/corpus';
import { buildStory } from '../../src/core/story';
import { documentMeta, parseSources } from '../../src/core/outlet';
import { Story } from '../../src/core/storySchema';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'media', 'sample-corpus');
const REFERENCE = new Date(Date.UTC(2026, 5, 1));

/** The shipped sample corpus, each document with the outlet its sources file gives it. */
function sampleStory() {
  const { sources } = parseSources(fs.readFileSync(path.join(SAMPLE, 'sources.json'), 'utf8'));
  const index = new CorpusIndex();
  const texts = new Map<string, string>();
  const dates = new Map<string, string | undefined>();
  for (const f of fs.readdirSync(SAMPLE).filter((x) => /\.(txt|md)$/.test(x)).sort()) {
    const uri = `file:///sample/${f}`;
    const text = fs.readFileSync(path.join(SAMPLE, f), 'utf8');
    const meta = documentMeta(uri, text, sources);
    texts.set(uri, text);
    dates.set(uri, meta.date);
    index.set(uri, text, 0, meta.outlet);
  }
  return buildStory(index.snapshot(), { textOf: (u) => texts.get(u), givenDateOf: (u) => dates.get(u), reference: REFERENCE });
}

describe('the story of a corpus', () => {
  const story = sampleStory();

  it('is a story as the webview protocol defines it', () => {
    assert.ok(Story.safeParse(story).success);
  });

  it('draws the ministry threatening Velta Rail, reported by two outlets, and Velta Rail holding a red line against the ministry, reported by three', () => {
    const threat = story.edges.find((e) => e.kind === 'threat')!;
    assert.deepStrictEqual([threat.from, threat.to, threat.label, threat.outlets], ['actor:ministry-of-transport', 'actor:velta-rail', 'licence revoked', 2]);
    assert.deepStrictEqual(threat.passages.map((p) => p.outlet), ['Coastal Times', 'Northern Ledger']);
    const redLine = story.edges.find((e) => e.kind === 'red-line')!;
    assert.deepStrictEqual([redLine.from, redLine.to, redLine.outlets], ['actor:velta-rail', 'actor:ministry-of-transport', 3]);
    assert.deepStrictEqual(story.nodes.map((n) => n.label).sort(), ['Ministry of Transport', 'Velta Rail']);
  });

  it('opens an edge on the passage that reports it', () => {
    const threat = story.edges.find((e) => e.kind === 'threat')!;
    const text = fs.readFileSync(path.join(SAMPLE, 'coastal-times.txt'), 'utf8');
    const p = threat.passages[0];
    assert.strictEqual(p.uri, 'file:///sample/coastal-times.txt');
    assert.match(text.slice(p.start, p.end), /threatened on Tuesday to revoke the operating licence/);
  });

  it('dates the threat by the Tuesday before the document\'s dateline of 12 March, and orders the timeline by date', () => {
    const threat = story.timeline.find((t) => t.type === 'THREATEN' && t.lane === 'actor:ministry-of-transport')!;
    assert.deepStrictEqual([threat.date, threat.dateFrom, threat.dateText], ['2026-03-10', 'text', 'on Tuesday']);
    const dates = story.timeline.map((t) => t.date ?? '~');
    assert.deepStrictEqual(dates, [...dates].sort());
    assert.ok(story.lanes.some((l) => l.id === 'actor:velta-rail' && l.label === 'Velta Rail'));
  });

  it('lists the outlets of the sources file as the coverage columns and marks an event only one outlet carries as a blind spot', () => {
    assert.deepStrictEqual(story.outlets, ['Coastal Times', 'Northern Ledger', 'Wire']);
    const threat = story.coverage.find((r) => r.label.startsWith('THREATEN: Ministry of Transport → Velta Rail'))!;
    assert.deepStrictEqual(threat.cells.map((c) => c.outlet), ['Coastal Times', 'Northern Ledger']);
    assert.strictEqual(threat.blindSpot, false);
    const single = story.coverage.filter((r) => r.blindSpot);
    assert.ok(single.length > 0 && single.every((r) => r.cells.length === 1));
  });

  it('marks two outlets whose passages on one event contradict each other', () => {
    const ix = new CorpusIndex();
    ix.set('file:///c/a.txt', 'Umbrella Corp agreed to the regulator\'s new licensing terms for its vaccine plants.', 0, 'Daily A');
    ix.set('file:///c/b.txt', 'Umbrella Corp refused the regulator\'s new licensing terms for its vaccine plants.', 0, 'Daily B');
    const snapshot = ix.snapshot();
    assert.deepStrictEqual(snapshot.links.map((l) => l.kind), ['contradicts']);
    const s = buildStory(snapshot, { textOf: () => undefined, reference: REFERENCE });
    const cells = s.coverage.flatMap((r) => r.cells).filter((c) => c.contradicts.length);
    assert.deepStrictEqual(cells.map((c) => [c.outlet, c.contradicts]), [['Daily A', ['Daily B']], ['Daily B', ['Daily A']]]);
  });

  it('keeps document text as it is written, markup and all, for the view to show as text', () => {
    const ix = new CorpusIndex();
    const text = 'The Ministry of Trade threatened to revoke the licence of Globex <img src=x onerror=alert(1)> <script>alert(2)</script>.';
    ix.set('file:///c/x.txt', text);
    const s = buildStory(ix.snapshot(), { textOf: () => text, reference: REFERENCE });
    for (const excerpts of [s.edges.flatMap((e) => e.passages).map((p) => p.excerpt), s.timeline.map((t) => t.passage.excerpt)]) {
      assert.ok(excerpts.some((x) => x.includes('<img src=x onerror=alert(1)>') && x.includes('<script>alert(2)</script>')), excerpts.join(' | '));
    }
  });
});
