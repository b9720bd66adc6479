/**
 * W3C Web Annotation export (JSON-LD): one AnnotationCollection whose pages hold every tag as
 * an Annotation with TextualBody bodies and targets located by a TextPositionSelector (Unicode
 * code points, counted in the file as it is on disk, byte-order mark included) and a
 * TextQuoteSelector with prefix and suffix.
 */
import type { CorpusSnapshot, PassageRef } from '../schema';
import { jsonAt, lineAt } from '../json';
import { LinkOrder, StringSink, TextModels, snapshotCorpus, type ExportCorpus, type ExportView, type TextSink } from './source';

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

type Tagged = { start: number; end: number; why: { rule: string; words: string[] } };

/**
 * Writes the export as it reads the corpus: every document's tags, then the analyst's
 * annotations, then the links between passages, each annotation serialised on its own. The
 * collection's total comes first, so the documents are read twice: once to count, once to write.
 */
export function writeW3c(corpus: ExportCorpus, texts: ReadonlyMap<string, ExportText>, opts: W3cOptions, out: TextSink): void {
  const id = opts.id ?? 'urn:sourcelens:export';
  const source = opts.source ?? ((u: string) => u);
  const manual = opts.manual ?? [];
  const models = new TextModels(texts);
  const target = (p: PassageRef, withPosition = true): Json => {
    const m = models.get(p.uri);
    const text = m.text;
    const bom = models.bom(p.uri);
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
  const actorNames = new Map(corpus.actors.map((a) => [a.id, a.canonical]));
  const name = (x: string | undefined) => (x ? actorNames.get(x) : undefined);
  const roles = (actor?: string, target?: string): Json => ({
    ...(name(actor) ? { 'sourcelens:actor': name(actor) } : {}), ...(name(target) ? { 'sourcelens:target': name(target) } : {}),
  });
  const why = (w: { rule: string; words: string[] }) => ({ 'sourcelens:rule': w.rule, 'sourcelens:words': w.words });

  const verdicts = new Map<string, string>();
  for (const m of manual) if (m.tag && (m.kind === 'confirm' || m.kind === 'reject')) verdicts.set(`${m.uri}#${m.start}:${m.end}:${m.tag.kind}:${m.tag.rule}`, m.kind);
  const verdict = (uri: string, x: Tagged, kind: string) => verdicts.get(`${uri}#${x.start}:${x.end}:${kind}:${x.why.rule}`);
  const keep = <T extends Tagged>(uri: string, xs: T[], kind: string) => (verdicts.size ? xs.filter((x) => verdict(uri, x, kind) !== 'reject') : xs);
  const confirmed = (uri: string, x: Tagged, kind: string) => (verdict(uri, x, kind) === 'confirm' ? { 'sourcelens:confirmed': true } : {});
  const kept = ({ uri, analysis: a }: ExportView) => ({
    actors: keep(uri, a.actorMentions, 'actor'), threats: keep(uri, a.threats, 'threat'), redLines: keep(uri, a.redLines, 'red-line'),
    events: keep(uri, a.events, 'event'), claims: keep(uri, a.claims, 'claim'),
  });

  const order = new LinkOrder();
  let total = 0;
  for (const view of corpus.views()) {
    order.add(view);
    const k = kept(view);
    total += k.actors.length + k.threats.length + k.redLines.length + k.events.length + k.claims.length;
  }
  for (const m of manual) if (m.tag || (m.kind !== 'confirm' && m.kind !== 'reject')) total++;
  total += order.links.length;

  const pages = new Pages(out, id, total, opts.pageSize ?? 5000);
  for (const view of corpus.views()) {
    const uri = view.uri;
    const k = kept(view);
    const status = new Map(view.claims.map((c) => [`${c.start}:${c.end}`, c.corroborated]));
    for (const m of k.actors) {
      pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'tagging', body: [tag('actor'), { type: 'TextualBody', purpose: 'identifying', value: actorNames.get(m.key) ?? m.surface }], target: target({ uri, ...m }), ...why(m.why) });
    }
    for (const t of k.threats) {
      pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'tagging', body: [tag('threat'), { type: 'TextualBody', purpose: 'describing', value: t.what }], target: target({ uri, ...t }), ...roles(t.actor, t.target), ...why(t.why), ...confirmed(uri, t, 'threat') });
    }
    for (const r of k.redLines) {
      pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'tagging', body: [tag('red-line'), { type: 'TextualBody', purpose: 'describing', value: r.what }], target: target({ uri, ...r }), ...roles(r.holder), ...why(r.why), ...confirmed(uri, r, 'red-line') });
    }
    for (const e of k.events) {
      pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'tagging', body: [tag('event'), { type: 'TextualBody', purpose: 'classifying', value: e.type }], target: target({ uri, ...e }), 'sourcelens:type': e.type, ...(e.eventId ? { 'sourcelens:event': e.eventId } : {}), ...roles(e.actor, e.target), ...why(e.why) });
    }
    for (const c of k.claims) {
      const corroborated = status.get(`${c.start}:${c.end}`) ?? false;
      pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'assessing', body: [tag('claim'), { type: 'TextualBody', purpose: 'assessing', value: corroborated ? 'corroborated' : 'uncorroborated' }], target: target({ uri, ...c }), ...why(c.why) });
    }
  }
  for (const m of manual) {
    const ids = m.id ? { 'sourcelens:id': m.id } : {};
    if (m.kind === 'confirm' || m.kind === 'reject') {
      // The verdict itself, so that an import restores it; the rejected tag is not exported.
      if (m.tag) pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'moderating', body: [tag(m.kind === 'confirm' ? 'confirmed' : 'rejected'), { type: 'TextualBody', purpose: 'classifying', value: `${m.tag.kind} ${m.tag.rule}` }], target: target(m), 'sourcelens:manual': true, ...ids });
      continue;
    }
    const body: Json[] = [tag(m.kind)];
    if (m.kind === 'actor' && m.value) body.push({ type: 'TextualBody', purpose: 'identifying', value: m.value });
    else if (m.kind === 'note' && m.value) body.push({ type: 'TextualBody', purpose: 'commenting', value: m.value });
    else if (m.kind === 'event' && m.value) body.push({ type: 'TextualBody', purpose: 'classifying', value: m.value });
    else if (m.kind === 'claim') body.push({ type: 'TextualBody', purpose: 'assessing', value: m.value ?? 'uncorroborated' });
    const targets = m.other ? [target(m), target(m.other)] : target(m);
    const who = { ...(m.actor ? { 'sourcelens:actor': m.actor } : {}), ...(m.target ? { 'sourcelens:target': m.target } : {}) };
    pages.add({ type: 'Annotation', id: pages.nextId(), motivation: m.other ? 'linking' : m.kind === 'note' ? 'commenting' : 'tagging', body, target: targets, 'sourcelens:manual': true, ...who, ...ids });
  }
  for (const l of order.links) {
    pages.add({ type: 'Annotation', id: pages.nextId(), motivation: 'linking', body: [tag(l.kind), { type: 'TextualBody', purpose: 'commenting', value: l.reason }], target: [target(l.a), target(l.b)], 'sourcelens:score': l.score });
  }
  pages.end();
}

/** The export as one string (with its final line break), for a corpus small enough to hold it. */
export function exportW3c(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, opts: W3cOptions = {}): string {
  const out = new StringSink();
  writeW3c(snapshotCorpus(snapshot), texts, opts, out);
  return out.text;
}

/**
 * The collection and its pages, written as annotations arrive: the same text as JSON.stringify
 * with an indent of one gives for the collection whose first page embeds the next, and so on.
 * Page n is n levels down, its annotations two further.
 */
class Pages {
  private count = 0;
  private page = 0;

  constructor(private readonly out: TextSink, private readonly id: string, private readonly total: number, private readonly size: number) {
    out.write(`{${lineAt(1)}"@context": ${JSON.stringify(CONTEXT)},${lineAt(1)}"id": ${JSON.stringify(id)},${lineAt(1)}"type": "AnnotationCollection",`
      + `${lineAt(1)}"label": "SourceLens export",${lineAt(1)}"total": ${total},${lineAt(1)}"first": `);
    this.open();
  }

  nextId(): string { return `${this.id}:${this.count + 1}`; }

  add(annotation: Json): void {
    if (this.count && this.count % this.size === 0) {
      this.out.write(`${lineAt(this.page + 1)}],${lineAt(this.page + 1)}"next": `);
      this.open();
    }
    const depth = this.page + 2;
    this.out.write(`${this.count % this.size ? ',' : ''}${lineAt(depth)}${jsonAt(annotation, depth)}`);
    this.count++;
  }

  end(): void {
    this.out.write(this.count ? `${lineAt(this.page + 1)}]` : ']');
    let close = '';
    for (let d = this.page; d >= 1; d--) close += `${lineAt(d)}}`;
    this.out.write(`${close}\n}\n`);
  }

  private open(): void {
    const d = ++this.page + 1;
    this.out.write(`{${lineAt(d)}"id": ${JSON.stringify(`${this.id}:page${this.page}`)},${lineAt(d)}"type": "AnnotationPage",`
      + `${lineAt(d)}"partOf": {${lineAt(d + 1)}"id": ${JSON.stringify(this.id)},${lineAt(d + 1)}"total": ${this.total}${lineAt(d)}},`
      + `${lineAt(d)}"startIndex": ${this.count},${lineAt(d)}"items": [`);
  }
}

/** A slice that does not cut a surrogate pair in half. */
function safeSlice(text: string, start: number, end: number): string {
  if (start > 0 && isLow(text.charCodeAt(start))) start++;
  if (end < text.length && isLow(text.charCodeAt(end))) end--;
  return text.slice(start, Math.max(start, end));
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
