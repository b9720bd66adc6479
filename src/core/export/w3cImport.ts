/**
 * Reads a W3C Web Annotation export back into the analyst's store: the annotations marked as
 * the analyst's own (tags, notes, links and verdicts on automatic tags). Automatic tags are not
 * imported, since the engine finds them again; so exporting, importing and exporting again
 * gives the same bytes. The JSON is parsed through a lenient zod schema of the W3C model.
 */
import * as z from 'zod';
import type { ManualAnnotation, ManualKind } from '../schema';
import { SourceText } from '../text';

const Selector = z.object({ type: z.string(), exact: z.string().optional(), prefix: z.string().optional(), suffix: z.string().optional(), start: z.number().optional(), end: z.number().optional() }).passthrough();
const Target = z.object({ source: z.string(), selector: z.union([Selector, z.array(Selector)]) }).passthrough();
const Body = z.object({ purpose: z.string().optional(), value: z.string() }).passthrough();
const Annotation = z.object({
  body: z.union([Body, z.array(Body)]),
  target: z.union([Target, z.array(Target)]),
  'sourcelens:manual': z.boolean().optional(),
  'sourcelens:id': z.string().optional(),
  'sourcelens:actor': z.string().optional(),
  'sourcelens:target': z.string().optional(),
}).passthrough();
const Page: z.ZodType<{ items: unknown[]; next?: unknown }> = z.object({ items: z.array(z.unknown()), next: z.unknown().optional() }).passthrough();
const Collection = z.object({ first: Page }).passthrough();

/** A document the import can place annotations in: its path in the store and its text (no BOM). */
export interface ImportDoc { doc: string; text: string; bom: number }

export type ImportResult = { annotations: ManualAnnotation[]; skipped: number };

function pages(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const c = Collection.safeParse(json);
  let page: unknown = c.success ? c.data.first : json;
  const items: unknown[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    const p = Page.safeParse(page);
    if (!p.success) break;
    items.push(...p.data.items);
    if (!p.data.next || typeof p.data.next !== 'object') break;
    page = p.data.next;
  }
  return items;
}

/** Tag -> kind, as a map: a tag such as "constructor" must not find what every object inherits. */
const KINDS: ReadonlyMap<string, ManualKind> = new Map(Object.entries({
  actor: 'actor', threat: 'threat', 'red-line': 'red-line', event: 'event', claim: 'claim', note: 'note',
  corroborates: 'corroborates', contradicts: 'contradicts', confirmed: 'confirm', rejected: 'reject',
} satisfies Record<string, ManualKind>));

export function importW3c(json: unknown, docOf: (source: string) => ImportDoc | undefined, now = new Date().toISOString()): ImportResult {
  const out: ManualAnnotation[] = [];
  let skipped = 0;
  pages(json).forEach((raw, n) => {
    const a = Annotation.safeParse(raw);
    if (!a.success || !a.data['sourcelens:manual']) { skipped++; return; }
    const bodies = [a.data.body].flat();
    const kind = KINDS.get(bodies.find((b) => b.purpose === 'tagging')?.value ?? '');
    const targets = [a.data.target].flat().map((t) => anchorOf(t, docOf));
    if (!kind || targets.some((t) => !t)) { skipped++; return; }
    const [first, second] = targets as NonNullable<ReturnType<typeof anchorOf>>[];
    const value = bodies.find((b) => b.purpose !== 'tagging')?.value;
    const annotation: ManualAnnotation = { id: a.data['sourcelens:id'] ?? `imported-${n + 1}`, kind, doc: first.doc, anchor: first.anchor, created: now };
    if (second) annotation.other = { doc: second.doc, anchor: second.anchor };
    if (a.data['sourcelens:actor']) annotation.actor = a.data['sourcelens:actor'];
    if (a.data['sourcelens:target']) annotation.target = a.data['sourcelens:target'];
    if (kind === 'confirm' || kind === 'reject') {
      const [tagKind, rule] = (value ?? '').split(' ');
      if (!tagKind || !rule) { skipped++; return; }
      annotation.tag = { kind: tagKind, rule };
    } else if (value !== undefined && !second) {
      annotation.value = value;
    }
    out.push(annotation);
  });
  return { annotations: out, skipped };
}

function anchorOf(t: z.infer<typeof Target>, docOf: (source: string) => ImportDoc | undefined): { doc: string; anchor: ManualAnnotation['anchor'] } | undefined {
  const d = docOf(t.source);
  if (!d) return undefined;
  const selectors = [t.selector].flat();
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  const m = new SourceText(d.text);
  let start: number | undefined;
  if (p && typeof p.start === 'number' && typeof p.end === 'number') {
    // Positions in the export count the byte-order mark; the store's do not.
    start = m.fromCodePoint(p.start - d.bom);
    const end = m.fromCodePoint(p.end - d.bom);
    if (q?.exact === undefined || d.text.slice(start, end) === q.exact) {
      return { doc: d.doc, anchor: { exact: d.text.slice(start, end), prefix: q?.prefix ?? '', suffix: q?.suffix ?? '', start: p.start - d.bom, end: p.end - d.bom } };
    }
  }
  if (!q?.exact) return undefined;
  const at = d.text.indexOf(q.exact);
  if (at < 0) return undefined;
  return { doc: d.doc, anchor: { exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '', start: m.toCodePoint(at), end: m.toCodePoint(at + q.exact.length) } };
}
