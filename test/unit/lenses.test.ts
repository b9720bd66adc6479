import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { Names, tagLenses } from '../../src/core/present';
import { MAX_LENS_TITLE, claimLensLabel, claimLenses, lensLabel } from '../../src/core/lenses';
import { phraseAt } from '../../src/core/phrase';
import { CORPORA, loadCorpus, viewOf } from './corpora';

/** Every tag lens title of a corpus, with the passage it stands above. */
function titlesOf(name: string): { title: string; kind: string; passage: string }[] {
  const { snapshot, texts } = loadCorpus(name);
  const names = new Names(snapshot);
  const out: { title: string; kind: string; passage: string }[] = [];
  for (const [uri, a] of Object.entries(snapshot.analyses)) {
    const text = texts.get(uri)!;
    for (const m of tagLenses(a)) {
      const l = lensLabel(m, names, text);
      if (l) out.push({ title: l.title, kind: m.kind, passage: text.slice(m.offset, m.end) });
    }
  }
  return out;
}

// Written for this test, apart from the code under test: words after which a phrase is still open,
// and words that may begin the next phrase.
const LEAVES_OPEN = new Set('a an the its their his her our my your this these those of in on at for from with by to and or but that which who can could will would should may might must is are was were be been has have had do does did not no very more most some any every each as than if'.split(' '));
const MAY_FOLLOW = new Set('it he she we they i less more of in on at for from with by to into and or nor but that which who whom whose when where while if unless because although though since after before until so as despite including amid than even once yet whether onto over under about against between through during without within toward towards across around beyond'.split(' '));

/** The object of a threat's or red line's title: what follows the holder, without a trailing "+N" or "…". */
function objectOf(title: string): string {
  const body = title.replace(/^(?:Threat|Red line) · /, '').replace(/ \+\d+$/, '').replace(/ …$/, '');
  const colon = body.indexOf(': ');
  return colon >= 0 ? body.slice(colon + 2) : body;
}

describe('lens titles on the sample corpus and the news stories', () => {
  for (const name of CORPORA) {
    it(`keep every title of ${name} within ${MAX_LENS_TITLE} characters and never show an unresolved actor as "?"`, () => {
      const titles = titlesOf(name);
      assert.ok(titles.length > 10, `only ${titles.length} lenses`);
      for (const { title } of titles) {
        assert.ok(title.length <= MAX_LENS_TITLE, `${title.length}: ${title}`);
        assert.ok(!title.includes('?'), title);
        assert.ok(!/: *$|→ *:|^[^·]*· *:/.test(title), `an empty name: ${title}`);
      }
    });

    it(`names each threat and red line of ${name} by a whole phrase of its passage, never a clipped fragment`, () => {
      for (const { title, kind, passage } of titlesOf(name)) {
        if (kind === 'actors') continue;
        const object = objectOf(title);
        const words = object.replace(/[“”"‘’]/g, '').split(/\s+/);
        assert.ok(!LEAVES_OPEN.has(words[words.length - 1].toLowerCase()), `ends open: ${title}`);
        // Taken from the passage as written: the passage goes on with a boundary, not the rest of a phrase.
        const plain = object.replace(/^(?:won't|cannot|no use (?:for|of|in|as)|no use|never|against|only with|to) /, '');
        const at = passage.indexOf(plain);
        if (at < 0) continue;
        const next = passage.slice(at + plain.length);
        const nextWord = /^\s+([\p{L}’'-]+)/u.exec(next)?.[1]?.toLowerCase();
        const boundary = next === '' || /^[\s]*[,;:.!?)\]—–”’"(]/.test(next) || /^\s*\n/.test(next) || (nextWord !== undefined && (MAY_FOLLOW.has(nextWord) || /^\p{Lu}/u.test(next.trim()) || /(?:ed|ing)$/.test(nextWord)));
        assert.ok(boundary, `cut inside a phrase: “${title}” continues “${next.slice(0, 30)}”`);
        assert.ok(!/^[\p{L}\p{N}]/u.test(next), `cut inside a word: ${title}`);
      }
    });
  }

  it('names red lines and threats of the sample by holder and object', () => {
    const titles = titlesOf('standoff').map((t) => t.title);
    for (const expected of [
      'Red line · Dario Amodei: no mass surveillance',
      'Red line · Anthropic: no fully autonomous lethal weapons',
      'Red line · Anthropic: cannot accede to their request',
      'Red line · Dario Amodei: two specific red lines',
      'Threat · DoD → Anthropic: force compliance',
      'Threat · U.S. government: crush you',
      'Threat · DoD: ultimatum',
    ]) assert.ok(titles.includes(expected), `no “${expected}” in ${titles.join(' | ')}`);
  });

  it('gives one lens per kind to a passage, the others of its kind counted and listed in the tooltip', () => {
    const index = new CorpusIndex();
    const text = 'The Pentagon is applying significant pressure on Anthropic. The Pentagon also threatened to cancel Anthropic’s existing contract.';
    index.set('file:///t/a.txt', text);
    const s = index.snapshot();
    const lenses = tagLenses(s.analyses['file:///t/a.txt']);
    assert.deepStrictEqual(lenses.map((l) => l.kind), ['actors', 'threat']);
    const label = lensLabel(lenses[1], new Names(s), text)!;
    assert.strictEqual(label.title, 'Threat · U.S. Department of Defense → Anthropic: pressure +1');
    assert.deepStrictEqual(label.tooltip.split('\n').map((l) => l.replace(/ \(rule.*$/, '')), [
      'Threat · U.S. Department of Defense → Anthropic: pressure',
      'Threat · U.S. Department of Defense → Anthropic: cancel Anthropic’s existing contract',
    ]);
  });

  it('leaves out an actor it could not resolve instead of showing "?"', () => {
    const index = new CorpusIndex();
    const text = 'This designation is a serious barrier, effectively threatening to ice the company out of all future defense-related work.';
    index.set('file:///t/a.txt', text);
    const s = index.snapshot();
    const [threat] = tagLenses(s.analyses['file:///t/a.txt']).filter((l) => l.kind === 'threat');
    assert.strictEqual(lensLabel(threat, new Names(s), text)!.title, 'Threat · ice the company out');
  });

  it('lists the actors of a passage while they fit, then how many more', () => {
    const index = new CorpusIndex();
    const text = 'Acme Corporation, Globex Corporation, Initech Holdings, Umbrella Corporation and Hooli Incorporated met the Ministry of Finance.';
    index.set('file:///t/a.txt', text);
    const s = index.snapshot();
    const [actors] = tagLenses(s.analyses['file:///t/a.txt']);
    const label = lensLabel(actors, new Names(s), text)!;
    assert.ok(label.title.length <= MAX_LENS_TITLE, label.title);
    assert.match(label.title, /^Actors: Acme Corporation · Globex Corporation(?: · [^+]+)? \+\d$/);
    assert.ok(label.tooltip.includes('Ministry of Finance'), label.tooltip);
  });
});

describe('phrases cut where a phrase ends', () => {
  const s = 'Anthropic prohibits the use of its AI in weapons systems that can select and engage targets.';
  const from = s.indexOf('of its');

  it('runs to the clause boundary when it fits', () => {
    assert.strictEqual(phraseAt(s, from)!.text, 'of its AI in weapons systems');
  });

  it('stops before a preposition when shorter is needed, never on an open word', () => {
    assert.strictEqual(phraseAt(s, from, (p) => p.length <= 20)!.text, 'of its AI');
    assert.strictEqual(phraseAt(s, from, (p) => p.length <= 5), undefined);
  });

  it('keeps a quotation whole, with its marks paired', () => {
    const q = 'the DoD has threatened to designate Anthropic a “supply chain risk”, a classification.';
    assert.strictEqual(phraseAt(q, q.indexOf('designate'))!.text, 'designate Anthropic a “supply chain risk”');
    assert.strictEqual(phraseAt(q, q.indexOf('designate'), (p) => p.length < 30), undefined);
  });

  it('ends before a relative clause, a dash and a sentence run into it', () => {
    const r = 'Harvard will not accept the agreement it proposed and more.';
    assert.strictEqual(phraseAt(r, r.indexOf('the agreement'))!.text, 'the agreement');
    assert.strictEqual(phraseAt('despite the blacklist—it proves', 12)!.text, 'blacklist');
    assert.strictEqual(phraseAt('attempts to force compliance The Department of Defense', 12)!.text, 'force compliance');
  });

  it('marks a list it cut short', () => {
    const l = 'rejecting use for mass surveillance and fully autonomous weapons.';
    assert.strictEqual(phraseAt(l, l.indexOf('mass'), (p) => p.length <= 30)!.text, 'mass surveillance …');
  });
});

describe('claim-link lenses', () => {
  it('give a passage one lens counting the other passages its claims are linked to', () => {
    const { snapshot, texts } = loadCorpus('standoff');
    for (const [uri, text] of texts) {
      const view = viewOf(snapshot, uri);
      const lenses = claimLenses(view);
      assert.strictEqual(new Set(lenses.map((l) => l.offset)).size, lenses.length, 'two claim lenses on one passage');
      for (const l of lenses) {
        const label = claimLensLabel(l, text);
        assert.ok(label.title.length <= MAX_LENS_TITLE, label.title);
        assert.match(label.title, /^(?:Corroborated by \d+(?: · contradicted by \d+)?|Contradicted by \d+)$/);
        assert.strictEqual(label.tooltip.split('\n').length, l.claims.length);
        for (const c of l.claims) assert.ok(c.start >= l.offset && c.start < l.end);
      }
    }
  });

  it('count each other passage once and tell corroborating from contradicting ones', () => {
    const index = new CorpusIndex();
    index.set('file:///c/a.txt', 'Umbrella Corp agreed to the regulator\'s new licensing terms for its vaccine plants.');
    index.set('file:///c/b.txt', 'Umbrella Corp refused the regulator\'s new licensing terms for its vaccine plants.');
    const s = index.snapshot();
    const [lens] = claimLenses(viewOf(s, 'file:///c/a.txt'));
    assert.strictEqual(claimLensLabel(lens, 'Umbrella Corp agreed to the regulator\'s new licensing terms for its vaccine plants.').title, 'Contradicted by 1');
  });
});
