/**
 * W3C Web Annotation export (JSON-LD): one AnnotationCollection whose pages hold every tag as
 * an Annotation with TextualBody bodies and targets located by a TextPositionSelector (Unicode
 * code points, counted in the file as it is on disk, byte-order mark included) and a
 * TextQuoteSelector with prefix and suffix.
 */
import type { CorpusSnapshot, PassageRef } from '../schema';
import { SourceText } from '../text';

export interface ExportText { text: string; bom: number }

/** An analyst's annotation placed in its document (UTF-16 offsets), for exporting with the automatic ones. */
export interface PlacedManual {
  /** The annotation's id in the store, kept in the export so that an import gives it back. */
  id?: string;
  kind: string;
  uri: string;
  start: number;
  end: number;
  value?: string;
  other?: { uri: string; start: number; end: number };
  /** For confirm and reject: the automatic tag judged. */
  tag?: { kind: string; rule: string };
  /** For events and threats: who and to whom, as canonical names. */
  actor?: string;
  target?: string;
}

export interface W3cOptions {
  /** The analyst's own annotations: tags and links are added, rejected automatic tags left out. */
  manual?: readonly PlacedManual[];
  /** The collection's IRI. */
  id?: string;
  /** The IRI of a document, from its uri in the snapshot. */
  source?: (uri: string) => string;
  pageSize?: number;
}

type Json = Record<string, unknown>;
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32;

export function exportW3c(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, opts: W3cOptions = {}): Json {
  const id = opts.id ?? 'urn:sourcelens:export';
  const source = opts.source ?? ((u: string) => u);
  const pageSize = opts.pageSize ?? 5000;
  const models = new Map<string, SourceText>();
  const model = (uri: string) => {
    let m = models.get(uri);
    if (!m) { m = new SourceText(texts.get(uri)?.text ?? ''); models.set(uri, m); }
    return m;
  };
  const items: Json[] = [];
  const next = () => `${id}:${items.length + 1}`;
  const target = (p: PassageRef, withPosition = true): Json => {
    const t = texts.get(p.uri);
    const m = model(p.uri);
    const text = m.text;
    const bom = t?.bom ?? 0;
    const quote: Json = {
      type: 'TextQuoteSelector', exact: text.slice(p.start, p.end),
      prefix: safeSlice(text, Math.max(0, p.start - AFFIX), p.start), suffix: safeSlice(text, p.end, Math.min(text.length, p.end + AFFIX)),
    };
    const selectors: Json[] = [];
    if (withPosition) selectors.push({ type: 'TextPositionSelector', start: m.toCodePoint(p.start) + bom, end: m.toCodePoint(p.end) + bom });
    selectors.push(quote);
    return { source: source(p.uri), selector: selectors };
  };
  const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const actorName = (idOrUndef: string | undefined) => idOrUndef && snapshot.actors.find((a) => a.id === idOrUndef)?.canonical;
  const actorNames = new Map(snapshot.actors.map((a) => [a.id, a.canonical]));
  const name = (x: string | undefined) => (x ? actorNames.get(x) ?? actorName(x) : undefined);
  const roles = (actor?: string, target?: string): Json => ({
    ...(name(actor) ? { 'sourcelens:actor': name(actor) } : {}), ...(name(target) ? { 'sourcelens:target': name(target) } : {}),
  });
  const why = (w: { rule: string; words: string[] }) => ({ 'sourcelens:rule': w.rule, 'sourcelens:words': w.words });

  const statusOf = new Map(snapshot.claims.map((c) => [`${c.uri}#${c.start}:${c.end}`, c.corroborated]));
  const verdicts = new Map<string, string>();
  for (const m of opts.manual ?? []) if (m.tag && (m.kind === 'confirm' || m.kind === 'reject')) verdicts.set(`${m.uri}#${m.start}:${m.end}:${m.tag.kind}:${m.tag.rule}`, m.kind);
  const verdict = (uri: string, x: { start: number; end: number; why: { rule: string } }, kind: string) => verdicts.get(`${uri}#${x.start}:${x.end}:${kind}:${x.why.rule}`);
  const keep = <T extends { start: number; end: number; why: { rule: string } }>(uri: string, xs: T[], kind: string) => xs.filter((x) => verdict(uri, x, kind) !== 'reject');
  const confirmed = (uri: string, x: { start: number; end: number; why: { rule: string } }, kind: string) => (verdict(uri, x, kind) === 'confirm' ? { 'sourcelens:confirmed': true } : {});
  for (const doc of snapshot.documents) {
    const a = snapshot.analyses[doc.uri];
    if (!a) continue;
    for (const m of keep(doc.uri, a.actorMentions, 'actor')) {
      items.push({ type: 'Annotation', id: next(), motivation: 'tagging', body: [tag('actor'), { type: 'TextualBody', purpose: 'identifying', value: actorNames.get(m.key) ?? m.surface }], target: target({ uri: doc.uri, ...m }), ...why(m.why) });
    }
    for (const t of keep(doc.uri, a.threats, 'threat')) {
      items.push({ type: 'Annotation', id: next(), motivation: 'tagging', body: [tag('threat'), { type: 'TextualBody', purpose: 'describing', value: t.what }], target: target({ uri: doc.uri, ...t }), ...roles(t.actor, t.target), ...why(t.why), ...confirmed(doc.uri, t, 'threat') });
    }
    for (const r of keep(doc.uri, a.redLines, 'red-line')) {
      items.push({ type: 'Annotation', id: next(), motivation: 'tagging', body: [tag('red-line'), { type: 'TextualBody', purpose: 'describing', value: r.what }], target: target({ uri: doc.uri, ...r }), ...roles(r.holder), ...why(r.why), ...confirmed(doc.uri, r, 'red-line') });
    }
    for (const e of keep(doc.uri, a.events, 'event')) {
      items.push({ type: 'Annotation', id: next(), motivation: 'tagging', body: [tag('event'), { type: 'TextualBody', purpose: 'classifying', value: e.type }], target: target({ uri: doc.uri, ...e }), 'sourcelens:type': e.type, ...(e.eventId ? { 'sourcelens:event': e.eventId } : {}), ...roles(e.actor, e.target), ...why(e.why) });
    }
    for (const c of keep(doc.uri, a.claims, 'claim')) {
      const corroborated = statusOf.get(`${doc.uri}#${c.start}:${c.end}`) ?? false;
      items.push({ type: 'Annotation', id: next(), motivation: 'assessing', body: [tag('claim'), { type: 'TextualBody', purpose: 'assessing', value: corroborated ? 'corroborated' : 'uncorroborated' }], target: target({ uri: doc.uri, ...c }), ...why(c.why) });
    }
  }
  for (const m of opts.manual ?? []) {
    const ids = m.id ? { 'sourcelens:id': m.id } : {};
    if (m.kind === 'confirm' || m.kind === 'reject') {
      // The verdict itself, so that an import restores it; the rejected tag is not exported.
      if (m.tag) items.push({ type: 'Annotation', id: next(), motivation: 'moderating', body: [tag(m.kind === 'confirm' ? 'confirmed' : 'rejected'), { type: 'TextualBody', purpose: 'classifying', value: `${m.tag.kind} ${m.tag.rule}` }], target: target(m), 'sourcelens:manual': true, ...ids });
      continue;
    }
    const body: Json[] = [tag(m.kind)];
    if (m.kind === 'actor' && m.value) body.push({ type: 'TextualBody', purpose: 'identifying', value: m.value });
    else if (m.kind === 'note' && m.value) body.push({ type: 'TextualBody', purpose: 'commenting', value: m.value });
    else if (m.kind === 'event' && m.value) body.push({ type: 'TextualBody', purpose: 'classifying', value: m.value });
    else if (m.kind === 'claim') body.push({ type: 'TextualBody', purpose: 'assessing', value: m.value ?? 'uncorroborated' });
    const targets = m.other ? [target(m), target(m.other)] : target(m);
    const who = { ...(m.actor ? { 'sourcelens:actor': m.actor } : {}), ...(m.target ? { 'sourcelens:target': m.target } : {}) };
    items.push({ type: 'Annotation', id: next(), motivation: m.other ? 'linking' : m.kind === 'note' ? 'commenting' : 'tagging', body, target: targets, 'sourcelens:manual': true, ...who, ...ids });
  }
  for (const l of snapshot.links) {
    items.push({ type: 'Annotation', id: next(), motivation: 'linking', body: [tag(l.kind), { type: 'TextualBody', purpose: 'commenting', value: l.reason }], target: [target(l.a), target(l.b)], 'sourcelens:score': l.score });
  }
  return collection(id, items, pageSize);
}

function collection(id: string, items: Json[], pageSize: number): Json {
  const pages: Json[] = [];
  for (let i = 0; i < Math.max(1, items.length); i += pageSize) {
    pages.push({ id: `${id}:page${pages.length + 1}`, type: 'AnnotationPage', partOf: { id, total: items.length }, startIndex: i, items: items.slice(i, i + pageSize) });
  }
  for (let i = pages.length - 2; i >= 0; i--) pages[i].next = pages[i + 1];
  return { '@context': CONTEXT, id, type: 'AnnotationCollection', label: 'SourceLens export', total: items.length, first: pages[0] };
}

/** A slice that does not cut a surrogate pair in half. */
function safeSlice(text: string, start: number, end: number): string {
  if (start > 0 && isLow(text.charCodeAt(start))) start++;
  if (end < text.length && isLow(text.charCodeAt(end))) end--;
  return text.slice(start, Math.max(start, end));
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
