/** The store's annotations placed in their documents as they are now, for the exporters. */
import type { ManualAnnotation } from '../schema';
import type { PlacedManual } from '../export/w3c';
import { place } from './anchor';

/** `docOf` gives a store path's document uri and text (without byte-order mark), when it is in the corpus. */
export function placeManual(annotations: readonly ManualAnnotation[], docOf: (doc: string) => { uri: string; text: string } | undefined): PlacedManual[] {
  const out: PlacedManual[] = [];
  for (const a of annotations) {
    const d = docOf(a.doc);
    const p = d && place(d.text, a.anchor);
    if (!d || !p?.placed) continue;
    let other: PlacedManual['other'];
    if (a.other) {
      const o = docOf(a.other.doc);
      const q = o && place(o.text, a.other.anchor);
      if (!o || !q?.placed) continue;
      other = { uri: o.uri, start: q.start, end: q.end };
    }
    out.push({
      id: a.id, kind: a.kind, uri: d.uri, start: p.start, end: p.end, ...(a.value ? { value: a.value } : {}),
      ...(a.actor ? { actor: a.actor } : {}), ...(a.target ? { target: a.target } : {}), ...(other ? { other } : {}), ...(a.tag ? { tag: a.tag } : {}),
    });
  }
  return out;
}
