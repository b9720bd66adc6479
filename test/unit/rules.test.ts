/**
 * Each rule family with sentences that must fire and sentences that must not. The sentences
 * are made up for these tests; none comes from the sample corpus.
 */
import * as assert from 'assert';
import { oneDocument as one } from './sample';
import { prepare } from '../../src/core/extract/context';
import { triggersOf } from '../../src/core/extract/events';


describe('threat rules', () => {
  const fire: [string, string, string][] = [
    ['The Treasury Department threatened sanctions against Rosneft.', 'threat.verb', 'sanctions'],
    ['Brussels warned that Meta could face fines of up to 6% of turnover.', 'threat.warn', 'sanctions'],
    ['The ministry issued an ultimatum to the carrier: comply by Monday or lose the licence.', 'threat.ultimatum', 'ultimatum'],
    ['Comply with the order, or face the consequences, the regulator told Vexcorp.', 'threat.or-else', 'ultimatum'],
    ['The Home Office is considering invoking emergency powers against the union.', 'threat.consider-step', 'law invoked'],
    ['Ministers tried to force the broadcaster into line by cutting its licence fee.', 'threat.force', 'force'],
    ['Officials said the firm could be blacklisted from public tenders.', 'threat.blacklist', 'designation'],
    ['The regulator imposed new restrictions on the lender.', 'threat.imposed', 'threat'],
    ['Beijing warned of retaliation against Canberra.', 'threat.warn', 'pressure'],
    ['The minister warned that the company would pay a heavy price.', 'threat.warn', 'pressure'],
    ['The regulator said it would revoke the carrier\'s licence if the fees were not paid.', 'threat.conditional', 'licence revoked'],
    ['The council will cancel the contract unless the builder finishes by May.', 'threat.conditional', 'contract cancelled'],
    ['The ministry gave the airline until Friday to hand over the records.', 'threat.deadline', 'ultimatum'],
  ];
  for (const [text, rule, what] of fire) {
    it(`fires ${rule} on "${text}"`, () => {
      const { a } = one(text);
      assert.strictEqual(a.threats.length, 1, JSON.stringify(a.threats));
      assert.strictEqual(a.threats[0].why.rule, rule);
      assert.strictEqual(a.threats[0].what, what);
    });
  }
  const silent = [
    'The minister did not threaten the company at any point.',
    'Climate change is a threat to coastal towns.',
    'The museum will close early if it snows.',
    'The regulator gave the carrier a medal for its safety record.',
    'The company warned investors about slower growth.',
    'Ministers met the union on Tuesday.',
    'The filter checks every request against a blacklist of words.',
    'The bank keeps to its self-imposed restrictions on lending.',
    'He posted a public letter warning that the world is in peril.',
    'The company warned that growth would slow.',
  ];
  for (const text of silent) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(one(text).a.threats, []));
  }
});

describe('red-line rules', () => {
  const fire: [string, string][] = [
    ['The union said pay cuts are a red line it will not cross.', 'redline.phrase'],
    ['We cannot in good conscience sign this agreement, the bishop wrote.', 'redline.conscience'],
    ['For Kyiv, the return of occupied territory is non-negotiable.', 'redline.non-negotiable'],
    ['Under no circumstances will we share patient records, the hospital said.', 'redline.no-circumstances'],
    ['Veltra refused to allow its satellites to be used for targeting.', 'redline.refuse-to-allow'],
    ['The carrier will not accept any cap on fares.', 'redline.will-not'],
    ['The bank would never hand over client records without a court order.', 'redline.not-without'],
    ['The sanctions do not change our position, the foreign ministry said.', 'redline.position'],
    ['The regulator drew a firm line on data transfers.', 'redline.firm'],
    ['The charter prohibits use of the funds for weapons.', 'redline.prohibits'],
  ];
  for (const [text, rule] of fire) {
    it(`fires ${rule} on "${text}"`, () => {
      const { a } = one(text);
      assert.strictEqual(a.redLines.length, 1, JSON.stringify(a.redLines));
      assert.strictEqual(a.redLines[0].why.rule, rule);
    });
  }
  const silent = [
    'The company refused to comment.',
    'The minister said she will decide next week.',
    'The line between the two parties is thin.',
    'The shop will not open on Sunday without staff.',
  ];
  for (const text of silent) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(one(text).a.redLines, []));
  }
  it('gives a red line to the actor who states it', () => {
    const { a, name } = one('Orbital Dynamics insisted that lethal uses were a red line.');
    assert.strictEqual(name(a.redLines[0].holder), 'Orbital Dynamics');
  });
});

describe('event rules', () => {
  const fire: [string, string, string, string | undefined][] = [
    ['Globex refused the demand from the Ministry of Trade.', 'REJECT', 'Globex', 'Ministry of Trade'],
    ['The Ministry of Trade demanded access to Globex accounts.', 'DEMAND', 'Ministry of Trade', 'Globex'],
    ['Prime Minister Ana Ruiz met President Lee Chen in Madrid.', 'MEET', 'Ana Ruiz', 'Lee Chen'],
    ['Acme Corp signed a deal with the Department of Energy.', 'AGREE', 'Acme Corp', 'Department of Energy'],
    ['The European Commission fined Googol for breaching the rules.', 'SANCTION', 'European Commission', 'Googol'],
    ['Finance Minister Karl Benz resigned on Friday.', 'RESIGN', 'Karl Benz', undefined],
    ['Helios Labs said it would keep its models open.', 'STATEMENT', 'Helios Labs', undefined],
    ['The Federal Trade Commission designated Zentra a critical supplier.', 'DESIGNATE', 'Federal Trade Commission', 'Zentra'],
    ['The Ministry of Trade designated Globex a supply risk, effectively blacklisting it from public tenders.', 'DESIGNATE', 'Ministry of Trade', 'Globex'],
    ['The Ministry of Trade threatened to designate Globex a supply risk.', 'THREATEN', 'Ministry of Trade', 'Globex'],
    ['The Port Authority said it would revoke the licence of Carvex if the fees were not paid.', 'THREATEN', 'Port Authority', 'Carvex'],
  ];
  for (const [text, type, actor, target] of fire) {
    it(`types "${text}" as ${type}`, () => {
      const { a, name } = one(text);
      const e = a.events[0];
      assert.ok(e, 'no event');
      assert.strictEqual(e.type, type);
      assert.strictEqual(name(e.actor), actor);
      assert.strictEqual(name(e.target), target);
    });
  }
  const silent = [
    'The board would reject any bid below the asking price.',
    'We might see a scenario where the government simply seizes the assets of Globex.',
    'The Ministry of Trade must now decide whether to accept the safety rules of Globex or cut ties with one of the largest carriers.',
    'Will the minister resign?',
    'Prices rose sharply in March.',
  ];
  for (const text of silent) {
    it(`finds no event in "${text}"`, () => assert.deepStrictEqual(one(text).a.events, []));
  }
  it('reads "the ministry" as the ministry named before, not the last body of any kind', () => {
    const { a, name } = one('The Ministry of Fisheries wrote to Orvane on Monday. Norland backed the plan. The ministry said it would fine Orvane if the quota was broken.');
    const threat = a.threats.find((t) => t.why.rule === 'threat.conditional');
    assert.ok(threat, JSON.stringify(a.threats));
    assert.strictEqual(name(threat.actor), 'Ministry of Fisheries');
    assert.strictEqual(name(threat.target), 'Orvane');
  });

  it('takes no word for an event noun because every object has a property of that name', () => {
    for (const text of ['Globex’s constructor was late.', 'The Acme constructor and the Acme valueOf were fine.']) {
      const triggers = triggersOf(prepare(text).sentences[0]);
      assert.deepStrictEqual(triggers.filter((t) => typeof t.type !== 'string' || /^(?:constructor|valueof)$/.test(t.lemma)), [], text);
    }
  });

  it('keeps the event of a main clause when a hedge comes only after it', () => {
    assert.deepStrictEqual(one('Globex refused the demand, which may hurt its sales.').a.events.map((e) => e.type), ['REJECT']);
    assert.deepStrictEqual(one('The Ministry of Trade seized the assets of Globex.').a.events.map((e) => e.type), ['COERCE']);
  });

  it('reports one event per actor of a coordinated subject', () => {
    const { a, name } = one('Larkspur and Quillon have agreed to the new terms.');
    assert.deepStrictEqual(a.events.map((e) => [e.type, name(e.actor)]), [['AGREE', 'Quillon'], ['AGREE', 'Larkspur']]);
  });
});

describe('actor rules', () => {
  it('reads "the Company" of an announcement as the organisation the document names most', () => {
    const { a, name } = one('Velta Rail said on Monday that it had sold its depots. Velta Rail added: "The Company will keep its lines." Reuters reported the sale. The board of the Company met in Oslo.');
    const company = a.actorMentions.filter((m) => m.why.rule === 'actor.defined-term');
    assert.strictEqual(company.length, 2, JSON.stringify(a.actorMentions));
    assert.ok(company.every((m) => name(m.key) === 'Velta Rail'));
  });

  const cases: [string, [string, string][]][] = [
    ['Chancellor Olaf Brenner spoke to the Bundestag.', [['Bundestag', 'government'], ['Olaf Brenner', 'person']]],
    ['The Kremlin and Downing Street exchanged letters.', [['Russian government', 'government'], ['UK government', 'government']]],
    ['Ursula von der Lind met Tarvo Oy and Brightline Inc. in Helsinki.', [['Brightline Inc', 'organization'], ['Tarvo Oy', 'organization'], ['Ursula von der Lind', 'person']]],
    ['Dozens of lawmakers signed the letter to Nexora.', [['lawmakers', 'group'], ['Nexora', 'organization']]],
    ['France recalled its ambassador.', [['France', 'country']]],
    ['On Monday, in January, the Section Heading Style words were ignored by Vantor.', [['Vantor', 'organization']]],
    // A title word used as an adjective before an article is no title: "Company" is no person.
    ['Velta Rail said the major operating activities of the Company have ceased.', [['Velta Rail', 'organization']]],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected.map((e) => e[0]).join(', ')} in "${text}"`, () => {
      const { s } = one(text);
      assert.deepStrictEqual(s.actors.map((x) => [x.canonical, x.kind]).sort((x, y) => x[0].localeCompare(y[0])), expected);
    });
  }
});
