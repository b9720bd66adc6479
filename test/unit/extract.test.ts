import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';

function analyse(docs: Record<string, string>) {
  const index = new CorpusIndex();
  for (const [name, text] of Object.entries(docs)) index.set(`file:///c/${name}`, text);
  return index.snapshot();
}

const actorNames = (docs: Record<string, string>) => analyse(docs).actors.map((a) => a.canonical).sort();

describe('actor extraction', () => {
  it('splits a title from the name and ties the person to the organisation before it', () => {
    const s = analyse({ 'a.txt': 'Acme CEO Jane Doe refused the offer. Doe said it was too low.' });
    assert.deepStrictEqual(s.actors.map((a) => [a.canonical, a.kind]).sort(), [['Acme', 'organization'], ['Jane Doe', 'person']]);
    const doe = s.analyses['file:///c/a.txt'].actorMentions.filter((m) => m.surface === 'Doe');
    assert.strictEqual(doe.length, 1);
    assert.strictEqual(doe[0].key, s.actors.find((a) => a.canonical === 'Jane Doe')!.id);
  });

  it('resolves a surname to the full name met in another document', () => {
    const s = analyse({ 'a.txt': 'Foreign Minister Ivo Kral met the press.', 'b.txt': 'On Monday the envoy spoke, and Kral agreed to talks.' });
    const b = s.analyses['file:///c/b.txt'].actorMentions;
    assert.deepStrictEqual(b.map((m) => [m.surface, s.actors.find((a) => a.id === m.key)!.canonical]), [['Kral', 'Ivo Kral']]);
  });

  it('resolves an acronym to the expansion the text gives and a metonym to its institution', () => {
    const s = analyse({ 'a.txt': 'The Department of Energy (DoE) wrote to the company. Later the DoE said more, and the White House agreed.' });
    const names = s.analyses['file:///c/a.txt'].actorMentions.map((m) => [m.surface, s.actors.find((a) => a.id === m.key)!.canonical]);
    assert.deepStrictEqual(names, [['Department of Energy', 'Department of Energy'], ['DoE', 'Department of Energy'], ['DoE', 'Department of Energy'], ['White House', 'U.S. government']]);
  });

  it('does not take laws, products, places, months or sentence-initial words for actors', () => {
    const names = actorNames({
      'a.txt': 'Regulators invoked the Digital Markets Act in March. Widgetco said its Zeta models run in Silicon Valley. Consider this.',
    });
    assert.deepStrictEqual(names, ['Widgetco']);
  });

  it('gives one identity to the same institution across documents', () => {
    const s = analyse({ 'a.txt': 'The U.S. Department of Defense refused.', 'b.txt': 'The Pentagon said the Department of Defense would decide.' });
    const dod = s.actors.filter((a) => /Defense/.test(a.canonical));
    assert.strictEqual(dod.length, 1);
    assert.strictEqual(dod[0].canonical, 'U.S. Department of Defense');
    assert.deepStrictEqual(dod[0].docs.length, 2);
  });
});

describe('threats, red lines and events', () => {
  const doc = [
    'The Ministry of Trade threatened to fine Globex over the merger.',
    'Globex said it will not accept any cap on prices.',
    'Officials did not threaten anyone at the meeting.',
    'Globex rejected the demand from the Ministry of Trade.',
  ].join('\n');
  const s = analyse({ 'a.txt': doc });
  const a = s.analyses['file:///c/a.txt'];
  const name = (id?: string) => s.actors.find((x) => x.id === id)?.canonical;

  it('finds a threat with its actor, target and the coercive step', () => {
    assert.strictEqual(a.threats.length, 1);
    const t = a.threats[0];
    assert.strictEqual(doc.slice(t.start, t.end), 'The Ministry of Trade threatened to fine Globex over the merger.');
    assert.deepStrictEqual([name(t.actor), name(t.target), t.what, t.why.rule], ['Ministry of Trade', 'Globex', 'sanctions', 'threat.verb']);
  });

  it('does not take a negated threat for a threat', () => {
    assert.ok(!a.threats.some((t) => doc.slice(t.start, t.end).startsWith('Officials did not')));
  });

  it('finds a red line with its holder', () => {
    assert.strictEqual(a.redLines.length, 1);
    assert.strictEqual(doc.slice(a.redLines[0].start, a.redLines[0].end), 'Globex said it will not accept any cap on prices.');
    assert.strictEqual(name(a.redLines[0].holder), 'Globex');
    assert.strictEqual(a.redLines[0].why.rule, 'redline.will-not');
  });

  it('types events by their main predicate, never a modal', () => {
    const types = a.events.map((e) => [doc.slice(e.start, e.end).split(' ').slice(0, 3).join(' '), e.type, name(e.actor), name(e.target)]);
    assert.deepStrictEqual(types[0], ['The Ministry of', 'THREATEN', 'Ministry of Trade', 'Globex']);
    assert.deepStrictEqual(types[types.length - 1], ['Globex rejected the', 'REJECT', 'Globex', 'Ministry of Trade']);
    const modal = analyse({ 'b.txt': 'The court would blacklist Initech next year.' }).analyses['file:///c/b.txt'].events;
    assert.deepStrictEqual(modal, []);
  });
});
