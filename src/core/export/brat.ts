/**
 * brat standoff: for each document a `.ann` file of text-bound annotations (T lines, offsets
 * in code points, a span broken at line ends into fragments), with the canonical actor, the
 * event id and the rule as AnnotatorNotes, and an `annotation.conf` declaring the types.
 * brat relations stay inside one document, so cross-document corroboration is given as notes.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { exportItems, relativeName, type ExportItem } from './items';

const TYPES: Record<ExportItem['kind'], string> = { actor: 'Actor', threat: 'Threat', 'red-line': 'Red-line', event: 'Event', claim: 'Claim', note: 'Note' };

export const ANNOTATION_CONF = `[entities]
Actor
Threat
Red-line
Event
Claim
Note

[relations]

[events]

[attributes]
Assessment\tArg:Claim, Value:corroborated|uncorroborated
EventType\tArg:Event, Value:DEMAND|REJECT|THREATEN|COERCE|SANCTION|DESIGNATE|NEGOTIATE|AGREE|COOPERATE|SUPPORT|DISAPPROVE|STATEMENT|MEET|RESIGN|APPOINT|OTHER
`;

/** Splits a code-point span into fragments that do not cross a line break. */
function fragments(cps: string[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (cps[i] === '\n' || cps[i] === '\r') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out;
}

/**
 * File name -> content: per document its text (as `.txt`, since brat reads that name) and its
 * `.ann`, and `annotation.conf`.
 */
export function exportBrat(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): Map<string, string> {
  const { items, links } = exportItems(snapshot, texts, manual);
  const files = new Map<string, string>([['annotation.conf', ANNOTATION_CONF]]);
  for (const d of snapshot.documents) {
    const cps = [...(texts.get(d.uri)?.text ?? '')];
    const lines: string[] = [];
    let t = 0;
    let a = 0;
    let n = 0;
    for (const i of items.filter((x) => x.uri === d.uri)) {
      const frags = fragments(cps, i.start, i.end);
      if (!frags.length) continue;
      const fragText = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      const id = `T${++t}`;
      lines.push(`${id}\t${TYPES[i.kind]} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${fragText}`);
      if (i.kind === 'claim') lines.push(`A${++a}\tAssessment ${id} ${i.value}`);
      if (i.kind === 'event') lines.push(`A${++a}\tEventType ${id} ${i.value}`);
      const note = [i.kind === 'actor' || i.kind === 'note' ? i.value : '', i.manual ? 'by the analyst' : '', i.confirmed ? 'confirmed' : '', i.actor ? `actor: ${i.actor}` : '', i.target ? `target: ${i.target}` : '', i.event ? `event: ${i.event}` : '', `rule: ${i.rule}`,
        ...links.filter((l) => (l.a.uri === d.uri && l.a.start === i.start && i.kind === 'claim')).map((l) => `${l.kind} ${relativeName(l.b.uri, root)}:${l.b.start}-${l.b.end}`),
        ...links.filter((l) => (l.b.uri === d.uri && l.b.start === i.start && i.kind === 'claim')).map((l) => `${l.kind} ${relativeName(l.a.uri, root)}:${l.a.start}-${l.a.end}`)]
        .filter(Boolean).join('; ').replace(/[\t\r\n]+/g, ' ');
      lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
    }
    const base = relativeName(d.uri, root).replace(/\.[^./]+$/, '');
    files.set(`${base}.txt`, cps.join(''));
    files.set(`${base}.ann`, lines.length ? `${lines.join('\n')}\n` : '');
  }
  return files;
}
