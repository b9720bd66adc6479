/**
 * Compulsion written as measures, orders, conditions and deadlines, and limits written as
 * standing refusals: each rule with invented sentences that must fire and sentences that must
 * not. None of the sentences comes from a gold story.
 */
import * as assert from 'assert';
import { oneDocument as one } from './sample';

describe('threats written as compulsion', () => {
  const fire: [string, string][] = [
    ['The Ministry of Culture froze $40 million in grants to the Orvane Theatre.', 'threat.measure'],
    ['The regulator withheld the broadcaster’s licence for a second month.', 'threat.measure'],
    ['Velmar Shipping had its bank accounts frozen by the tax office on Monday.', 'threat.measure-passive'],
    ['The Trade Commission announced a sweeping ban on Kessler Foods imports.', 'threat.measure-announced'],
    ['A judge ordered the immediate suspension of the Pulsewire app.', 'threat.measure-announced'],
    ['Judge Ilse Marten ordered the mining company to hand over its records within a week.', 'threat.order'],
    ['The tribunal ruled to suspend the carrier from the national register.', 'threat.order'],
    ['Operators that ignore the rules could face suspension, the agency said.', 'threat.face'],
    ['The Port Authority gave the importers a ten-day period to clear the warehouses.', 'threat.period'],
    ['The app will remain blocked until the company names a local agent.', 'threat.until'],
    ['If the cooperative keeps selling the seed, inspectors could seize its stock.', 'threat.if-then'],
    ['Colleges must accept the new rules to keep their federal funding, the minister wrote.', 'threat.keep-means'],
    ['The governor said the hospital’s licence is contingent on new hiring.', 'threat.contingent'],
    ['The senator said the charity should lose its tax-exempt status.', 'threat.lose-means'],
    ['“We are prepared to strike for as long as it takes,” the drivers’ union said.', 'threat.harm'],
    ['“I will crush you,” the mayor told the developer.', 'threat.harm'],
  ];
  for (const [text, rule] of fire) {
    it(`fires ${rule} on "${text}"`, () => {
      const { a } = one(text);
      assert.strictEqual(a.threats.length, 1, JSON.stringify(a.threats));
      assert.strictEqual(a.threats[0].why.rule, rule);
    });
  }
  const silent = [
    'The drought threatens to ruin the harvest this year.',
    'The new tariff proposal threatens our way of doing business, the chamber said.',
    'The bakery halted its night shifts because of the heat.',
    'Kessler Foods announced the closure of two of its own shops.',
    'Investors moved their frozen assets to another bank.',
    'The minister did not order the suspension of the app.',
  ];
  for (const text of silent) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(one(text).a.threats, []));
  }
  it('keeps a threat whose subject is an event when the verb names a coercive step', () => {
    const { a } = one('The dispute threatened to exclude the Orvane Theatre from public tenders.');
    assert.strictEqual(a.threats.length, 1);
    assert.strictEqual(a.threats[0].why.rule, 'threat.verb');
  });
});

describe('red lines written as standing refusals', () => {
  const fire: [string, string][] = [
    ['The Orvane Theatre will not surrender its artistic independence.', 'redline.refusal'],
    ['The union said it would not “negotiate over pensions” under any deadline.', 'redline.refusal'],
    ['“We simply won’t sell the mill,” the Kessler Foods spokesman said.', 'redline.refusal'],
    ['The cabinet is not planning to invoke the emergency law.', 'redline.refusal'],
    ['The Harbour Council has no intention of selling the pier.', 'redline.refusal'],
    ['The cooperative refused to comply with the seizure order.', 'redline.refuse-to-yield'],
    ['For the federation, the stadium is not for sale.', 'redline.not-for-sale'],
    ['The ministry said the harassment of nurses is intolerable.', 'redline.not-for-sale'],
    ['No government should decide what a newspaper may print, the editor said.', 'redline.no-one-may'],
    ['“The employers must meet our demands before we return,” the union leader said.', 'redline.our-terms'],
  ];
  for (const [text, rule] of fire) {
    it(`fires ${rule} on "${text}"`, () => {
      const { a } = one(text);
      assert.strictEqual(a.redLines.length, 1, JSON.stringify(a.redLines));
      assert.strictEqual(a.redLines[0].why.rule, rule);
    });
  }
  const silent = [
    'The storm will not end before Friday.',
    'The talks would not be easy, the mediator said.',
    'The minister would not comment on the report.',
    'The festival will not take place this year.',
    'Kessler Foods refused to name its new supplier.',
    'The envoy’s refusal to the council came late.',
    '“We won’t do that,” the envoy said.',
  ];
  for (const text of silent) {
    it(`stays silent on "${text}"`, () => assert.deepStrictEqual(one(text).a.redLines, []));
  }
  it('gives a standing refusal to the actor who holds it', () => {
    const { a, name } = one('The Harbour Council said it would never sell the old pier.');
    assert.strictEqual(a.redLines.length, 1);
    assert.strictEqual(name(a.redLines[0].holder), 'Harbour Council');
  });
});
