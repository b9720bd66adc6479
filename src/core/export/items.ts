/**
 * The tags of a corpus as one flat list, in a stable order (document, then kind, then place),
 * with code-point offsets: what the tabular and plain-text exporters write.
 */
import type { CorpusSnapshot, PassageRef } from '../schema';
import { SourceText } from '../text';
import type { ExportText, PlacedManual } from './w3c';

export type ItemKind = 'actor' | 'threat' | 'red-line' | 'event' | 'claim' | 'note';

export interface ExportItem {
  kind: ItemKind;
  uri: string;
  /** Code points into the text as analysed (no byte-order mark). */
  start: number;
  end: number;
  text: string;
  /** The actor's canonical name, the threat's step, the red line's limit, the event's type, the claim's assessment. */
  value: string;
  actor?: string;
  target?: string;
  event?: string;
  rule: string;
  words: string[];
  /** The analyst's own annotation, or an automatic tag the analyst confirmed. */
  manual?: boolean;
  confirmed?: boolean;
}

export interface ExportLink {
  kind: 'corroborates' | 'contradicts';
  a: ExportPassage;
  b: ExportPassage;
  score: number;
  reason: string;
}

export interface ExportPassage { uri: string; start: number; end: number; text: string }

/**
 * The automatic tags less those the analyst rejected (confirmed ones marked), then the analyst's
 * own tags and links.
 */
export function exportItems(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, manual: readonly PlacedManual[] = []): { items: ExportItem[]; links: ExportLink[] } {
  const names = new Map(snapshot.actors.map((a) => [a.id, a.canonical]));
  const name = (id?: string) => (id ? names.get(id) : undefined);
  const models = new Map<string, SourceText>();
  const model = (uri: string) => {
    let m = models.get(uri);
    if (!m) { m = new SourceText(texts.get(uri)?.text ?? ''); models.set(uri, m); }
    return m;
  };
  const passage = (p: PassageRef): ExportPassage => {
    const m = model(p.uri);
    return { uri: p.uri, start: m.toCodePoint(p.start), end: m.toCodePoint(p.end), text: m.text.slice(p.start, p.end) };
  };
  const corroborated = new Map(snapshot.claims.map((c) => [`${c.uri}#${c.start}:${c.end}`, c.corroborated]));
  const verdicts = new Map<string, string>();
  for (const m of manual) if (m.tag) verdicts.set(`${m.uri}#${m.start}:${m.end}:${m.tag.kind}:${m.tag.rule}`, m.kind);
  const items: ExportItem[] = [];
  const push = (uri: string, span: { start: number; end: number }, rest: Omit<ExportItem, 'uri' | 'start' | 'end' | 'text'>) => {
    const verdict = verdicts.get(`${uri}#${span.start}:${span.end}:${rest.kind}:${rest.rule}`);
    if (verdict === 'reject') return;
    items.push({ ...passage({ uri, ...span }), ...rest, ...(verdict === 'confirm' ? { confirmed: true } : {}) });
  };
  for (const doc of snapshot.documents) {
    const a = snapshot.analyses[doc.uri];
    if (!a) continue;
    for (const m of a.actorMentions) push(doc.uri, m, { kind: 'actor', value: name(m.key) ?? m.surface, rule: m.why.rule, words: m.why.words });
    for (const t of a.threats) push(doc.uri, t, { kind: 'threat', value: t.what, actor: name(t.actor), target: name(t.target), rule: t.why.rule, words: t.why.words });
    for (const r of a.redLines) push(doc.uri, r, { kind: 'red-line', value: r.what, actor: name(r.holder), rule: r.why.rule, words: r.why.words });
    for (const e of a.events) push(doc.uri, e, { kind: 'event', value: e.type, actor: name(e.actor), target: name(e.target), event: e.eventId, rule: e.why.rule, words: e.why.words });
    for (const c of a.claims) {
      const value = corroborated.get(`${doc.uri}#${c.start}:${c.end}`) ? 'corroborated' : 'uncorroborated';
      push(doc.uri, c, { kind: 'claim', value, rule: c.why.rule, words: c.why.words });
    }
  }
  const links: ExportLink[] = snapshot.links.map((l) => ({ kind: l.kind, a: passage(l.a), b: passage(l.b), score: l.score, reason: l.reason }));
  for (const m of manual) {
    if (m.kind === 'confirm' || m.kind === 'reject') continue;
    if (m.other && (m.kind === 'corroborates' || m.kind === 'contradicts')) {
      links.push({ kind: m.kind, a: passage(m), b: passage(m.other), score: 1, reason: 'linked by the analyst' });
      continue;
    }
    items.push({ ...passage(m), kind: m.kind as ItemKind, value: m.value ?? '', rule: 'manual', words: [], manual: true });
  }
  return { items, links };
}

/** A document's name relative to the corpus folder (its file name when no folder is given). */
export function relativeName(uri: string, root?: string): string {
  const path = decodeURIComponent(uri.replace(/^file:\/\//, '').replace(/[?#].*$/, ''));
  if (root) {
    const base = decodeURIComponent(root.replace(/^file:\/\//, '')).replace(/\/?$/, '/');
    if (path.startsWith(base)) return path.slice(base.length);
  }
  return path.split('/').pop() ?? path;
}

/** The IRI under which exports name documents unless told otherwise: no path of the analyst's machine. */
export const DEFAULT_BASE = 'urn:sourcelens:corpus/';

/**
 * A document's IRI in an export: the base joined with its path inside the corpus folder, or
 * (base "file") its own file URI.
 */
export function sourceIri(uri: string, root: string | undefined, base: string = DEFAULT_BASE): string {
  if (base === 'file') return uri;
  return base + relativeName(uri, root).split('/').map(encodeURIComponent).join('/');
}
