/**
 * Claim rules: which sentences are claims, where a sentence is cut into clauses, and which
 * passages in two documents are linked as corroborating. The sentences are made up for these
 * tests; none comes from a gold corpus.
 */
import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { ClaimIndex, type LinkClaim } from '../../src/core/link';
import { SYNONYM_CLASSES } from '../../src/core/lexicons/synonyms';
import { clausesOf, contentTerms, interpretsOnly, multiwordNames, realisAfterCondition, speculativeAfterCondition } from '../../src/core/extract/claims';

function claimsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.set('file:///t/doc.txt', text);
  return index.snapshot().analyses['file:///t/doc.txt'].claims.map((c) => text.slice(c.start, c.end));
}

const clauseTexts = (text: string) => clausesOf(text).map((c) => text.slice(c.start, c.end));

describe('claim rules', () => {
  describe('clauses', () => {
    const cut: [string, string[]][] = [
      ['Globex emphasized its record on safety but argued that the new rules are not workable for small plants.',
        ['Globex emphasized its record on safety', 'but argued that the new rules are not workable for small plants.']],
      ['The regulator fined Initech twice, and the ministry later revoked its licence for the northern plant.',
        ['The regulator fined Initech twice', 'and the ministry later revoked its licence for the northern plant.']],
      ['She offered to keep the plant open through the winter and promised a refund to every customer.',
        ['She offered to keep the plant open through the winter', 'and promised a refund to every customer.']],
      ['The ministry cancelled the licence, which would leave the carrier without a northern route.',
        ['The ministry cancelled the licence', 'which would leave the carrier without a northern route.']],
      ['The mayor backed the strikers, stating that the city also refuses to cut their pensions.',
        ['The mayor backed the strikers', 'stating that the city also refuses to cut their pensions.']],
      ['Vexcorp was put on the export list—a label used before only for hostile states.',
        ['Vexcorp was put on the export list', 'a label used before only for hostile states.']],
      ['The union resumed talks with the railway after the previous round collapsed in March.',
        ['The union resumed talks with the railway', 'after the previous round collapsed in March.']],
      ['Despite a contract worth $40 million with the ministry, Globex insisted that the two uses were off limits.',
        ['Despite a contract worth $40 million with the ministry', 'Globex insisted that the two uses were off limits.']],
      ['The chief executive of the bank, despite being summoned to the ministry on Friday, refused to sign the new terms.',
        ['The chief executive of the bank', 'despite being summoned to the ministry on Friday', 'refused to sign the new terms.']],
      // A comma set inside the closing quotation mark still ends the clause before a participle.
      ['The regulator listed the bank as a ‘high-risk lender,’ effectively barring it from the state bond programme.',
        ['The regulator listed the bank as a ‘high-risk lender', 'effectively barring it from the state bond programme.']],
      ['The ministry called the merger "a hostile takeover," effectively freezing the talks with the union.',
        ['The ministry called the merger "a hostile takeover', 'effectively freezing the talks with the union.']],
    ];
    for (const [text, parts] of cut) it(`cuts "${text}"`, () => assert.deepStrictEqual(clauseTexts(text), parts));

    const whole = [
      // A contrast without a clause of its own.
      'The board saw the merger not as a rescue, but as an opportunity.',
      // A list of gerunds is one clause.
      'The filters stop the model from writing malware, designing toxins, or planning attacks.',
      // A cut inside a quotation is not taken.
      'The minister said "we will review the tariffs, and the ministry will publish the results" on Monday.',
      // A clause of time at the head of a sentence.
      'Less than a month after the ban was announced, the carrier shut its stores.',
      // Too short a side.
      'Globex refused, and Initech agreed.',
      // No clause before the participle: it is the subject.
      'For a bank holding deposits, using an outside vendor for its servers presents risks.',
      // A noun phrase after "and", with no verb of its own.
      'The audit covers the accounts of the bank, and the ability of its staff to detect fraud.',
    ];
    it('cuts a long line in time that grows with its length', () => {
      const line = 'Despite the rules of Globex and Initech the ministry refused and warned whereas the board agreed '.repeat(8000);
      const t = Date.now();
      clausesOf(line);
      clausesOf(`${line.replace(/ the /g, ', despite the ')}.`);
      assert.ok(Date.now() - t < 3000, `${Date.now() - t} ms`);
    });
    for (const text of whole) it(`keeps "${text}" whole`, () => assert.strictEqual(clausesOf(text).length, 1, JSON.stringify(clauseTexts(text))));
  });

  describe('what is a claim', () => {
    const claims = [
      'Globex refused the request from the Ministry of Trade.',
      'The regulator fined the carrier over a complicated scheme.',
      'Initech hired 40 engineers in Lisbon last year.',
      'The ministry said the audit showed no missing funds.',
      'Reports indicate the regulator has threatened to revoke the licence.',
      'This unusual step marks the first time a domestic bank has been fined.',
      // A grading word beside a reported event or a figure.
      'The regulator threatened severe penalties against the carrier.',
      'Globex signed a letter urging lawmakers to keep critical safeguards.',
      'The carrier faces a significant fine of $40 million.',
    ];
    for (const text of claims) it(`takes "${text}" as a claim`, () => assert.strictEqual(claimsOf(text).length, 1, JSON.stringify(claimsOf(text))));

    const notClaims = [
      // Copular description after an opening adverbial.
      'However, his objection is technical and ethical.',
      'Technically, the bank\'s concern is a matter of control.',
      // Negated copula with a curly apostrophe.
      'The departure wasn’t an isolated incident.',
      // Interpretation with no named actor as subject.
      'It shows that a small lender can act as a check on the central bank.',
      'This reversal highlights the pressure on carriers to cut fares.',
      // Grading with no event, figure or source.
      'The regulator is applying significant pressure.',
      'For the carrier, the path forward involves substantial risk.',
      // Judging how involved a matter is, with no event, figure or source.
      'Technically, the regulator\'s "market abuse" concern is multifaceted.',
      'The dispute between the two carriers is complicated.',
    ];
    for (const text of notClaims) it(`does not take "${text}" as a claim`, () => assert.deepStrictEqual(claimsOf(text), []));

    it('takes the main clause after a condition as a report when it says what was done', () => {
      assert.deepStrictEqual(claimsOf('If the ministry revokes the licence, the carrier has promised a refund to every customer.'),
        ['If the ministry revokes the licence, the carrier has promised a refund to every customer.']);
      assert.strictEqual(realisAfterCondition('if the ministry revokes the licence, the carrier has promised a refund.'), true);
    });
    it('leaves a foreseen consequence out even when the condition holds a past tense', () => {
      assert.deepStrictEqual(claimsOf('If Initech grants the access Globex refused, it will change the market for every vendor.'), []);
      assert.strictEqual(speculativeAfterCondition('if initech grants the access globex refused, it will change the market.'), true);
      assert.strictEqual(speculativeAfterCondition('if the ministry objects, the carrier said it would appeal.'), false);
    });
    it('leaves a condition with a consequence in the future or the present out', () => {
      assert.deepStrictEqual(claimsOf('If Globex sues the ministry, the hearings will be long.'), []);
      assert.strictEqual(realisAfterCondition('if the board wins, it sends a message to every lender.'), false);
    });

    it('takes a clause that only names someone as the subject of the clauses after it, not as a claim', () => {
      const index = new CorpusIndex();
      const text = 'Globex Corp chief Jane Doe, despite being summoned to the ministry on Friday, refused to sign the new terms.';
      index.set('file:///t/doc.txt', text);
      const snap = index.snapshot();
      const claims = snap.analyses['file:///t/doc.txt'].claims;
      assert.deepStrictEqual(claims.map((c) => text.slice(c.start, c.end)), ['despite being summoned to the ministry on Friday', 'refused to sign the new terms.']);
      const names = (ids: string[]) => ids.map((id) => snap.actors.find((a) => a.id === id)?.canonical).sort();
      assert.deepStrictEqual(names(claims[1].actors), names(claims[0].actors));
      assert.ok(claims[1].actors.length >= 1);
    });

    it('does not cut a quotation at its semicolon', () => {
      assert.deepStrictEqual(claimsOf('The minister said: “One rule bans the imports; the other subsidises them.”').length, 1);
    });

    it('cuts a sentence that asserts two things into two claims', () => {
      assert.deepStrictEqual(claimsOf('The regulator fined Initech twice, and the ministry later revoked its licence for the northern plant.'),
        ['The regulator fined Initech twice', 'and the ministry later revoked its licence for the northern plant.']);
    });

    it('leaves out the clause an evaluative word colours and keeps the quotation after it', () => {
      assert.deepStrictEqual(claimsOf('The ministry’s reply was short and brutal: “We will not renew the licence of Globex.”'),
        ['“We will not renew the licence of Globex.”']);
    });
    it('does not take a manner adverb after a verb of saying for an opinion', () => {
      assert.strictEqual(claimsOf('Globex stated clearly that it works with the ministry on export controls.').length, 1);
    });
    it('takes a sentence in the first person outside quotation as an opinion, whatever its clauses', () => {
      assert.deepStrictEqual(claimsOf('I think the merger failed, and the ministry later revoked the licence of Globex.'), []);
    });

    it('drops an interpreting clause and keeps the reporting one', () => {
      assert.deepStrictEqual(claimsOf('The court fined Globex $5 million on Monday, signaling a harder line on cartels.'),
        ['The court fined Globex $5 million on Monday']);
    });
  });

  describe('interpretation', () => {
    it('takes an actor as subject of an interpreting verb as a report', () => {
      const text = 'Globex showed the inspectors its books.';
      assert.strictEqual(interpretsOnly(text, [{ start: 0, end: 6 }]), false);
    });
    it('takes an interpreting verb in what a source said as a report', () => {
      assert.strictEqual(interpretsOnly('The ministry said the audit showed no missing funds.', []), false);
    });
    it('takes a clause of interpretation with no subject as commentary', () => {
      assert.strictEqual(interpretsOnly('signaling a harder line on cartels.', []), true);
    });
    it('does not take an actor that only owns the subject as the subject', () => {
      const text = 'Globex’s refusal highlights a rift in the industry.';
      assert.strictEqual(interpretsOnly(text, [{ start: 0, end: 6 }]), true);
    });
  });

  describe('terms', () => {
    it('leaves the words of named actors out', () => {
      assert.deepStrictEqual(contentTerms('Globex refused the audit', [{ start: 0, end: 6 }]), contentTerms('refused the audit'));
    });
    it('takes inflected forms to their synonym class', () => {
      assert.deepStrictEqual(contentTerms('agreed'), contentTerms('accepting'));
      assert.deepStrictEqual(contentTerms('refused'), contentTerms('rejects'));
      // A paraphrase in another outlet: "halted its main operations" / "ceased its major activities".
      assert.deepStrictEqual(contentTerms('halted its main operations'), contentTerms('ceased its principal activities'));
      assert.deepStrictEqual(contentTerms('to have the ban lifted'), contentTerms('to have the ban reversed'));
      assert.deepStrictEqual(contentTerms('imposed an embargo'), contentTerms('instated the ban'));
      assert.deepStrictEqual(contentTerms('would take legal action'), contentTerms('would take judicial measures'));
    });
    it('has each word of the synonym lexicon in one class only', () => {
      const seen = new Map<string, number>();
      SYNONYM_CLASSES.forEach((cls, i) => cls.forEach((w) => {
        assert.ok(!seen.has(w), `"${w}" is in classes ${seen.get(w)} and ${i}`);
        seen.set(w, i);
      }));
    });
    it('does not fold a derived word into the class of its stem', () => {
      assert.notDeepStrictEqual(contentTerms('department'), contentTerms('depart'));
    });
    it('leaves the past and participle of a verb of saying out: it frames a statement', () => {
      assert.deepStrictEqual(contentTerms('Globex pointed out that the audit failed', [{ start: 0, end: 6 }]), contentTerms('that the audit failed'));
      assert.deepStrictEqual(contentTerms('noting the fine'), contentTerms('the fine'));
    });
    it('takes a name of several capitalised words that is no actor as one term', () => {
      const text = 'The regulator invoked the Emergency Powers Act against the Bank of Lyon.';
      assert.deepStrictEqual(multiwordNames(text).map((n) => text.slice(n.start, n.end)), ['Emergency Powers Act', 'Bank of Lyon']);
      const terms = contentTerms(text);
      assert.ok(terms.includes('name:emergency-powers-act') && terms.includes('name:bank-of-lyon'), JSON.stringify(terms));
      assert.ok(!terms.some((t) => /^(?:emergency|power|act)$/.test(t)), JSON.stringify(terms));
    });
    it('leaves a name inside an actor span to the actor', () => {
      const text = 'Bank of Lyon refused the Emergency Powers Act.';
      assert.ok(!contentTerms(text, [{ start: 0, end: 12 }]).some((t) => t.includes('bank')));
    });
    it('drops titles and trailing quote marks', () => {
      assert.deepStrictEqual(contentTerms('the chief executive’s ‘access’'), contentTerms('access'));
    });
  });

  describe('corroboration', () => {
    function linksOf(docs: string[]) {
      const index = new CorpusIndex();
      docs.forEach((t, i) => index.set(`file:///t/${i}.txt`, t));
      const snap = index.snapshot();
      const text = (p: { uri: string; start: number; end: number }) => docs[Number(/(\d+)\.txt$/.exec(p.uri)![1])].slice(p.start, p.end);
      return snap.links.filter((l) => l.kind === 'corroborates').map((l) => [text(l.a), text(l.b)]);
    }

    it('links a paraphrase in which the actor is named differently and the verb is a synonym', () => {
      const links = linksOf([
        'Globex rejected the request of the Ministry of Trade to open its accounts to inspectors.',
        'The Ministry of Trade asked Globex to open its accounts to inspectors, and Globex refused the request.',
      ]);
      assert.ok(links.some(([a, b]) => a.startsWith('Globex rejected') && b.includes('Globex refused')), JSON.stringify(links));
    });

    it('does not link a threat to do something with the report that it was done', () => {
      const links = linksOf([
        'The regulator threatened to revoke the licence of the Vexcorp plant in Lyon.',
        'The regulator revoked the licence of the Vexcorp plant in Lyon.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('does not link how things usually go with the report of one event, but links two reports', () => {
      const general = linksOf([
        'Revoking the licence of a carrier usually requires a hearing before the transport tribunal.',
        'The ministry revoked the licence of the Vexcorp carrier after a hearing before the transport tribunal.',
      ]);
      assert.deepStrictEqual(general, []);
      const reports = linksOf([
        'The ministry revoked the licence of the Vexcorp carrier after a hearing before the transport tribunal.',
        'After a hearing before the transport tribunal, the ministry revoked the licence of the Vexcorp carrier.',
      ]);
      assert.ok(reports.some(([x, y]) => x.includes('ministry revoked') && y.includes('ministry revoked')), JSON.stringify(reports));
    });

    it('does not find a two-word claim inside any long passage that shares its verb', () => {
      const links = linksOf([
        'Globex expanded.',
        'Globex expanded its depots in Lisbon and Porto after the merger with Initech was approved by the courts.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('does not link two passages that share only an actor', () => {
      const links = linksOf([
        'Initech opened a new factory in Porto in March.',
        'Initech paid a fine of $3 million to the tax office.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('does not link the same stance taken by two different actors', () => {
      const links = linksOf([
        'Globex Corp refused the new licensing terms of the regulator.',
        'Umbrella Corp also refused the new licensing terms of the regulator.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('does not link a passage with a verb to one with its opposite, but links the same verb', () => {
      const opposite = linksOf([
        'The union said the new shift rota undermines the safety record of the northern depots.',
        'The union said the new shift rota protects the safety record of the northern depots.',
      ]);
      assert.deepStrictEqual(opposite, []);
      // One passage with both verbs ("weakens rather than strengthens") is opposed to the one with only the second.
      const contrast = linksOf([
        'The council argued that the levy weakens, rather than strengthens, the local bus network of Porto.',
        'The mayor stressed that the levy strengthens the local bus network of Porto.',
      ]);
      assert.deepStrictEqual(contrast, []);
      const same = linksOf([
        'The union said the new shift rota undermines the safety record of the northern depots.',
        'The union argued that the new shift rota undermines the safety record of the northern depots.',
      ]);
      assert.strictEqual(same.length, 1, JSON.stringify(same));
    });

    it('does not link a passage whose only content is a name', () => {
      const links = linksOf([
        'Compare this with Initech.',
        'Initech opened a new factory in Porto in March.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('reads a bare verb after "do" as the predicate: a wish is not the refusal it mentions', () => {
      const links = linksOf([
        'The ministry doesn’t want a carrier that refuses inspections of its fleet.',
        'Globex refused the ministry demand for inspections of its fleet.',
      ]);
      assert.deepStrictEqual(links, []);
    });

    it('ties a clause to an event it overlaps only when the event is the clause’s own predicate', () => {
      const index = new CorpusIndex();
      const a = 'The Ministry of Trade banned the imports of steel after Globex Corp violated the earlier settlement.';
      index.set('file:///t/0.txt', a);
      index.set('file:///t/1.txt', 'The Ministry of Trade banned steel imports on Monday, according to officials in Lyon.');
      const snap = index.snapshot();
      const after = snap.analyses['file:///t/0.txt'].claims.find((c) => a.slice(c.start, c.end).startsWith('after'));
      assert.ok(after);
      assert.deepStrictEqual(snap.links.filter((l) => l.a.start === after.start || l.b.start === after.start).filter((l) => [l.a.uri, l.b.uri].includes('file:///t/0.txt')), []);
      assert.strictEqual(snap.links.filter((l) => l.kind === 'corroborates').length, 1);
    });

    it('scores a first reading of a corpus with the rarities of all its documents, whatever their order', () => {
      const docs = [
        'Globex rejected the request of the Ministry of Trade to open its accounts.',
        'Initech hired 40 engineers in Lisbon.',
        'Globex refused the Ministry of Trade request to open its accounts.',
      ];
      const forward = linksOf(docs).map((p) => p.sort().join(' | '));
      const backward = linksOf([...docs].reverse()).map((p) => p.sort().join(' | '));
      assert.deepStrictEqual(forward.sort(), backward.sort());
      assert.strictEqual(forward.length, 1);
    });
  });

  it('names the two passages of a link in the order of their keys, uris that begin alike included', () => {
    const ix = new ClaimIndex({ corroborateAt: 0.3, contradictAt: 0.05, completeAt: 0.3 });
    const uris = ['doc', 'doc-2', 'doc10', 'doc1', 'do', 'doc!'];
    const starts = [5, 40, 100, 9, 1000];
    ix.addDocs(uris.map((uri) => ({
      uri,
      claims: starts.map((start) => ({ uri, doc: uri, outlet: uri, start, end: start + 4, terms: ['alpha', 'beta', 'gamma', `t${start}`], actors: [], figures: [], stanceOf: [] })),
    })));
    let links = 0;
    for (const uri of uris) for (const start of starts) {
      for (const l of ix.linksOf(`${uri}#${start}`)) {
        links++;
        assert.ok(`${l.a.uri}#${l.a.start}` < `${l.b.uri}#${l.b.start}`, `${l.a.uri}#${l.a.start} before ${l.b.uri}#${l.b.start}`);
      }
    }
    assert.ok(links > 0);
  });

  describe('completion', () => {
    const mk = (doc: string, terms: string[]): LinkClaim => ({ uri: doc, doc, outlet: doc, start: 0, end: 10, terms, actors: [], figures: [], stanceOf: [] });
    const build = (completeAt: number) => {
      const ix = new ClaimIndex({ corroborateAt: 0.6, contradictAt: 0.05, completeAt });
      ix.addDocs([
        { uri: 'a', claims: [mk('a', ['p', 'q', 'r', 's', 'x1'])] },
        { uri: 'b', claims: [mk('b', ['p', 'q', 'r', 's', 't', 'u', 'v'])] },
        { uri: 'c', claims: [mk('c', ['r', 's', 't', 'u', 'v', 'x2'])] },
        { uri: 'd', claims: [mk('d', ['z1', 'z2'])] },
      ]);
      return ix;
    };
    const pairs = (ix: ClaimIndex, k: string) => ix.linksOf(k).map((l) => `${l.a.uri}-${l.b.uri}`).sort();

    it('links two passages that both corroborate a third at the lower threshold', () => {
      const ix = build(0.3);
      assert.deepStrictEqual(pairs(ix, 'a#0'), ['a-b', 'a-c']);
      assert.match(ix.linksOf('a#0').find((l) => l.b.uri === 'c')!.reason, /third passage/);
    });
    it('does not link them when their own score is under that threshold', () => {
      assert.deepStrictEqual(pairs(build(0.6), 'a#0'), ['a-b']);
    });
    it('drops a completed link with the passage that supported it', () => {
      const ix = build(0.3);
      ix.removeDoc('b');
      assert.deepStrictEqual(pairs(ix, 'a#0'), []);
      assert.deepStrictEqual(pairs(ix, 'c#0'), []);
    });
  });
});
