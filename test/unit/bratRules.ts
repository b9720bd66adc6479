/**
 * brat's own checks of a document's annotations against `annotation.conf`, as brat 1.3 states
 * them (nlplab/brat, server/src/verify_annotations.py, projectconfig.py, annotation.py), for the
 * kinds of annotation the export writes (text-bound entities, relations, attributes, notes):
 * - every text-bound and relation type is declared;
 * - every two entities whose spans overlap may do so: the same spans only if an <OVERLAP> rule
 *   for the two types (either way round) allows `equal`, one inside the other only if a rule with
 *   the inner type as Arg1 and the outer as Arg2 allows `contain` (or either way round `<ANY>`),
 *   crossing only if a rule either way round allows `cross`; `<ANY>` allows all three;
 * - a relation's arguments have the types a rule of its type declares, Arg1 and Arg2 in either order;
 * - an attribute is declared for its annotation's type, with one of its declared values;
 * - a text-bound annotation's text is the text its fragments cover, joined by spaces.
 */

interface Rule { type: string; args: [string, string[]][]; special: Map<string, string> }
export interface Conf { entities: string[]; relations: Rule[]; attributes: Rule[] }

export function parseConf(text: string): Conf {
  const conf: Conf = { entities: [], relations: [], attributes: [] };
  let section = '';
  for (const line of text.split('\n')) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const head = /^\[(\w+)\]$/.exec(line.trim());
    if (head) { section = head[1]; continue; }
    const [terms, rest = ''] = line.trim().split('\t');
    const type = terms.split('|')[0].trim();
    const rule: Rule = { type, args: [], special: new Map() };
    for (const a of rest.split(',').map((x) => x.trim()).filter(Boolean)) {
      const m = /^(\S*?):(\S*)$/.exec(a);
      if (!m) throw new Error(`cannot parse argument ${a} in "${line}"`);
      if (m[1].startsWith('<')) rule.special.set(m[1], m[2]);
      else rule.args.push([m[1], m[2].split('|')]);
    }
    if (section === 'entities') conf.entities.push(type);
    else if (section === 'relations') conf.relations.push(rule);
    else if (section === 'attributes') conf.attributes.push(rule);
  }
  return conf;
}

interface Textbound { id: string; type: string; spans: [number, number][]; text: string }

function matches(declared: string, type: string, conf: Conf): boolean {
  return declared === type || declared === '<ANY>' || type === '<ANY>' || (declared === '<ENTITY>' && conf.entities.includes(type));
}

/** The rules of a type whose first argument takes `from` and second `to` (by position, as brat reads them). */
function rulesFromTo(conf: Conf, from: string, to: string, special: boolean): Rule[] {
  return conf.relations.filter((r) => (r.type === '<OVERLAP>') === special && r.args.length === 2
    && r.args[0][1].some((t) => matches(t, from, conf)) && r.args[1][1].some((t) => matches(t, to, conf)));
}

function overlapTypes(conf: Conf, inner: string, outer: string): Set<string> {
  const out = new Set<string>();
  for (const r of rulesFromTo(conf, inner, outer, true)) for (const v of (r.special.get('<OVL-TYPE>') ?? '').split('|')) if (v) out.add(v);
  return out;
}

const allows = (s: Set<string>, kind: string) => s.has(kind) || s.has('<ANY>');
const canContain = (c: Conf, inner: string, outer: string) => allows(overlapTypes(c, inner, outer), 'contain') || overlapTypes(c, outer, inner).has('<ANY>');
const canBeEqual = (c: Conf, a: string, b: string) => allows(overlapTypes(c, a, b), 'equal') || allows(overlapTypes(c, b, a), 'equal');
const canCross = (c: Conf, a: string, b: string) => allows(overlapTypes(c, a, b), 'cross') || allows(overlapTypes(c, b, a), 'cross');

const first = (t: Textbound) => Math.min(...t.spans.map(([s]) => s));
const last = (t: Textbound) => Math.max(...t.spans.map(([, e]) => e));
const sameSpan = (a: Textbound, b: Textbound) => {
  const key = (t: Textbound) => [...new Set(t.spans.map(([s, e]) => `${s}-${e}`))].sort().join(';');
  return key(a) === key(b);
};
/** Every fragment of `inner` lies inside a fragment of `outer`. */
const contains = (outer: Textbound, inner: Textbound) => inner.spans.every(([s, e]) => outer.spans.some(([os, oe]) => s >= os && e <= oe));

/** The issues brat finds in one `.ann` file (with its document's text), as "<id>: <what>". */
export function bratIssues(conf: Conf, ann: string, text: string): string[] {
  const issues: string[] = [];
  const cps = [...text];
  const textbounds = new Map<string, Textbound>();
  const rest: string[][] = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const fields = line.split('\t');
    if (fields[0].startsWith('T')) {
      const [type, ...spans] = fields[1].split(/ (?=\d)/);
      const t: Textbound = { id: fields[0], type, spans: spans.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]), text: fields[2] };
      textbounds.set(t.id, t);
      const covered = t.spans.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      if (covered !== t.text) issues.push(`${t.id}: text "${t.text}" is not the text of its span, "${covered}"`);
      if (!conf.entities.includes(type)) issues.push(`${t.id}: ${type} is not a known textbound type`);
    } else {
      rest.push(fields);
    }
  }
  const entities = [...textbounds.values()];
  for (const a1 of entities) {
    for (const a2 of entities) {
      if (a1 === a2 || !(first(a2) < last(a1) && last(a2) > first(a1))) continue;
      if (sameSpan(a1, a2)) { if (!canBeEqual(conf, a1.type, a2.type)) issues.push(`${a1.id}: ${a1.type} cannot have identical span with ${a2.type} ${a2.id}`); }
      else if (contains(a2, a1)) { if (!canContain(conf, a1.type, a2.type)) issues.push(`${a1.id}: ${a1.type} cannot be contained in ${a2.type} (${a2.id})`); }
      else if (contains(a1, a2)) { if (!canContain(conf, a2.type, a1.type)) issues.push(`${a1.id}: ${a1.type} cannot contain ${a2.type} (${a2.id})`); }
      else if (!canCross(conf, a1.type, a2.type)) issues.push(`${a1.id}: annotation cannot have crossing span with ${a2.id}`);
    }
  }
  for (const [id, body] of rest) {
    const words = body.split(' ');
    if (id.startsWith('R')) {
      const [type, arg1, arg2] = words;
      const [l1, t1] = arg1.split(':');
      const [l2, t2] = arg2.split(':');
      const a = textbounds.get(t1);
      const b = textbounds.get(t2);
      if (!conf.relations.some((r) => r.type === type && r.type !== '<OVERLAP>')) { issues.push(`${id}: ${type} is not a known relation type`); continue; }
      if (!a || !b) { issues.push(`${id}: an argument is not a text-bound annotation here`); continue; }
      const fits = (x: Textbound, lx: string, y: Textbound, ly: string) => rulesFromTo(conf, x.type, y.type, false)
        .some((r) => r.type === type && r.args[0][0] === lx && r.args[1][0] === ly);
      if (!fits(a, l1, b, l2) && !fits(b, l2, a, l1)) issues.push(`${id}: ${type} relation ${l1}:${a.type} ${l2}:${b.type} not allowed`);
    } else if (id.startsWith('A')) {
      const [type, target, value] = words;
      const t = textbounds.get(target);
      const rule = conf.attributes.find((r) => r.type === type);
      if (!t) issues.push(`${id}: ${target} is not a text-bound annotation here`);
      else if (!rule || !rule.args.find(([k]) => k === 'Arg')?.[1].some((x) => matches(x, t.type, conf))) issues.push(`${id}: ${t.type} cannot take a ${type} attribute`);
      else if (!rule.args.find(([k]) => k === 'Value')?.[1].includes(value)) issues.push(`${id}: ${value} is not a value of ${type}`);
    } else if (id.startsWith('#')) {
      if (!textbounds.has(words[1])) issues.push(`${id}: a note on ${words[1]}, which is not here`);
    } else {
      issues.push(`${id}: not a line the export writes`);
    }
  }
  return issues;
}
