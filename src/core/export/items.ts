/**
 * The tags of a corpus as one flat list, in a stable order (document, then kind, then place),
 * with code-point offsets: what the tabular and plain-text exporters write.
 */
import type { CorpusSnapshot, PassageRef } from '../schema';
import { SourceText } from '../text';
import type { ExportText } from './w3c';

export type ItemKind = 'actor' | 'threat' | 'red-line' | 'event' | 'claim';

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
}

export interface ExportLink {
  kind: 'corroborates' | 'contradicts';
  a: ExportPassage;
  b: ExportPassage;
  score: number;
  reason: string;
}

export interface ExportPassage { uri: string; start: number; end: number; text: string }

export function exportItems(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>): { items: ExportItem[]; links: ExportLink[] } {
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
  const items: ExportItem[] = [];
  const push = (uri: string, span: { start: number; end: number }, rest: Omit<ExportItem, 'uri' | 'start' | 'end' | 'text'>) => {
    items.push({ ...passage({ uri, ...span }), ...rest });
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
  const links = snapshot.links.map((l) => ({ kind: l.kind, a: passage(l.a), b: passage(l.b), score: l.score, reason: l.reason }));
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
