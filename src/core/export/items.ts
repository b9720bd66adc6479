/**
 * The tags of a corpus as export items, in a stable order (document, then kind, then place),
 * with code-point offsets: what the tabular and plain-text exporters write.
 */
import type { Actor, ClaimLink, PassageRef } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { TextModels, type ExportView } from './source';

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
 * The tags of a corpus read as export items, a document at a time: the automatic tags less those
 * the analyst rejected (confirmed ones marked), then the analyst's own tags and links.
 */
export class ItemReader {
  private readonly names: Map<string, string>;
  private readonly verdicts = new Map<string, string>();
  readonly models: TextModels;

  constructor(actors: readonly Actor[], texts: ReadonlyMap<string, ExportText>, private readonly manual: readonly PlacedManual[] = []) {
    this.names = new Map(actors.map((a) => [a.id, a.canonical]));
    this.models = new TextModels(texts);
    for (const m of manual) if (m.tag) this.verdicts.set(`${m.uri}#${m.start}:${m.end}:${m.tag.kind}:${m.tag.rule}`, m.kind);
  }

  passage(p: PassageRef): ExportPassage {
    const m = this.models.get(p.uri);
    return { uri: p.uri, start: m.toCodePoint(p.start), end: m.toCodePoint(p.end), text: m.text.slice(p.start, p.end) };
  }

  link(l: ClaimLink): ExportLink {
    return { kind: l.kind, a: this.passage(l.a), b: this.passage(l.b), score: l.score, reason: l.reason };
  }

  /** One document's automatic tags: actors, threats, red lines, events, claims, each in order. */
  documentItems(view: ExportView): ExportItem[] {
    const { uri, analysis: a } = view;
    const name = (id?: string) => (id ? this.names.get(id) : undefined);
    const corroborated = new Map(view.claims.map((c) => [`${c.start}:${c.end}`, c.corroborated]));
    const items: ExportItem[] = [];
    const push = (span: { start: number; end: number }, rest: Omit<ExportItem, 'uri' | 'start' | 'end' | 'text'>) => {
      const verdict = this.verdicts.get(`${uri}#${span.start}:${span.end}:${rest.kind}:${rest.rule}`);
      if (verdict === 'reject') return;
      items.push({ ...this.passage({ uri, ...span }), ...rest, ...(verdict === 'confirm' ? { confirmed: true } : {}) });
    };
    for (const m of a.actorMentions) push(m, { kind: 'actor', value: name(m.key) ?? m.surface, rule: m.why.rule, words: m.why.words });
    for (const t of a.threats) push(t, { kind: 'threat', value: t.what, actor: name(t.actor), target: name(t.target), rule: t.why.rule, words: t.why.words });
    for (const r of a.redLines) push(r, { kind: 'red-line', value: r.what, actor: name(r.holder), rule: r.why.rule, words: r.why.words });
    for (const e of a.events) push(e, { kind: 'event', value: e.type, actor: name(e.actor), target: name(e.target), event: e.eventId, rule: e.why.rule, words: e.why.words });
    for (const c of a.claims) {
      const value = corroborated.get(`${c.start}:${c.end}`) ? 'corroborated' : 'uncorroborated';
      push(c, { kind: 'claim', value, rule: c.why.rule, words: c.why.words });
    }
    return items;
  }

  /** The analyst's own tags and notes (verdicts and links aside). */
  manualItems(): ExportItem[] {
    return this.manual.filter((m) => m.kind !== 'confirm' && m.kind !== 'reject' && !(m.other && (m.kind === 'corroborates' || m.kind === 'contradicts')))
      .map((m) => ({ ...this.passage(m), kind: m.kind as ItemKind, value: m.value ?? '', rule: 'manual', words: [], manual: true }));
  }

  /** The analyst's own links between passages. */
  manualLinks(): ExportLink[] {
    return this.manual.filter((m) => m.other && (m.kind === 'corroborates' || m.kind === 'contradicts'))
      .map((m) => ({ kind: m.kind as ExportLink['kind'], a: this.passage(m), b: this.passage(m.other!), score: 1, reason: 'linked by the analyst' }));
  }
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
