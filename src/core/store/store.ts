/**
 * The annotation store's file format: JSON Lines, one annotation a line, in a stable order
 * (document, position, id) with keys in a fixed order, so that git diffs and merges read well.
 * Every line is parsed through the zod schema; a store with any bad line is reported whole,
 * line by line, and is never rewritten by a caller that honours `ok: false`.
 */
import { ManualAnnotation } from '../schema';

export type StoreParse =
  | { ok: true; annotations: ManualAnnotation[] }
  | { ok: false; errors: { line: number; message: string }[] };

export function parseStore(text: string): StoreParse {
  const annotations: ManualAnnotation[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try { json = JSON.parse(raw); } catch (e) { errors.push({ line: i + 1, message: `not JSON: ${(e as Error).message}` }); return; }
    const r = ManualAnnotation.safeParse(json);
    if (r.success) annotations.push(r.data);
    else errors.push({ line: i + 1, message: r.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ') });
  });
  return errors.length ? { ok: false, errors } : { ok: true, annotations };
}

const KEY_ORDER = ['id', 'kind', 'doc', 'anchor', 'other', 'value', 'actor', 'target', 'tag', 'created'] as const;
const ANCHOR_ORDER = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;

function ordered(a: ManualAnnotation): Record<string, unknown> {
  const anchor = (x: ManualAnnotation['anchor']) => Object.fromEntries(ANCHOR_ORDER.map((k) => [k, x[k]]));
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = a[k];
    if (v === undefined) continue;
    if (k === 'anchor') out[k] = anchor(a.anchor);
    else if (k === 'other' && a.other) out[k] = { doc: a.other.doc, anchor: anchor(a.other.anchor) };
    else if (k === 'tag' && a.tag) out[k] = { kind: a.tag.kind, rule: a.tag.rule };
    else out[k] = v;
  }
  return out;
}

export function compareAnnotations(a: ManualAnnotation, b: ManualAnnotation): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function serializeStore(annotations: readonly ManualAnnotation[]): string {
  return [...annotations].sort(compareAnnotations).map((a) => `${JSON.stringify(ordered(a))}\n`).join('');
}

/**
 * Merges a store as read from disk with the changes of this session: annotations are kept by
 * id, this session's version winning, and ids this session deleted are left out. Two windows
 * that write the same store thus keep each other's annotations.
 */
export function mergeStores(onDisk: readonly ManualAnnotation[], mine: readonly ManualAnnotation[], deleted: ReadonlySet<string>): ManualAnnotation[] {
  const byId = new Map<string, ManualAnnotation>();
  for (const a of onDisk) if (!deleted.has(a.id)) byId.set(a.id, a);
  for (const a of mine) if (!deleted.has(a.id)) byId.set(a.id, a);
  return [...byId.values()].sort(compareAnnotations);
}
