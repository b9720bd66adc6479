/**
 * brat standoff: for each document a `.ann` file of text-bound annotations (T lines, offsets
 * in code points, a span broken at line ends into fragments), with the canonical actor, the
 * event id and the rule as AnnotatorNotes, and an `annotation.conf` declaring the types.
 * brat relations stay inside one document, so cross-document corroboration is given as notes.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { ItemReader, relativeName, type ExportItem } from './items';
import { LinkOrder, snapshotCorpus, type ExportCorpus } from './source';

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
 * Writes, as it reads the corpus, `annotation.conf` and per document its text (as `.txt`, since
 * brat reads that name) and its `.ann`: `emit` is given each file's name and content in turn.
 */
export function writeBrat(corpus: ExportCorpus, texts: ReadonlyMap<string, ExportText>, emit: (name: string, content: string) => void, root?: string, manual: readonly PlacedManual[] = []): void {
  const reader = new ItemReader(corpus.actors, texts, manual);
  const order = new LinkOrder();
  const manualItems = new Map<string, ExportItem[]>();
  for (const i of reader.manualItems()) manualItems.set(i.uri, [...(manualItems.get(i.uri) ?? []), i]);
  const manualLinks = reader.manualLinks();
  emit('annotation.conf', ANNOTATION_CONF);
  for (const view of corpus.views()) {
    const uri = view.uri;
    // Every link with a passage here: the links of this document's claims, in the corpus's order, then the analyst's.
    const numbers = [...new Set(order.add(view).flat())].sort((x, y) => x - y);
    const links = [...numbers.map((n) => reader.link(order.links[n])), ...manualLinks.filter((l) => l.a.uri === uri || l.b.uri === uri)];
    const cps = [...reader.models.get(uri).text];
    const lines: string[] = [];
    let t = 0;
    let a = 0;
    let n = 0;
    for (const i of [...reader.documentItems(view), ...(manualItems.get(uri) ?? [])]) {
      const frags = fragments(cps, i.start, i.end);
      if (!frags.length) continue;
      const fragText = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      const id = `T${++t}`;
      lines.push(`${id}\t${TYPES[i.kind]} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${fragText}`);
      if (i.kind === 'claim') lines.push(`A${++a}\tAssessment ${id} ${i.value}`);
      if (i.kind === 'event') lines.push(`A${++a}\tEventType ${id} ${i.value}`);
      const claim = i.kind === 'claim';
      const note = [i.kind === 'actor' || i.kind === 'note' ? i.value : '', i.manual ? 'by the analyst' : '', i.confirmed ? 'confirmed' : '', i.actor ? `actor: ${i.actor}` : '', i.target ? `target: ${i.target}` : '', i.event ? `event: ${i.event}` : '', `rule: ${i.rule}`,
        ...(claim ? links.filter((l) => l.a.uri === uri && l.a.start === i.start).map((l) => `${l.kind} ${relativeName(l.b.uri, root)}:${l.b.start}-${l.b.end}`) : []),
        ...(claim ? links.filter((l) => l.b.uri === uri && l.b.start === i.start).map((l) => `${l.kind} ${relativeName(l.a.uri, root)}:${l.a.start}-${l.a.end}`) : [])]
        .filter(Boolean).join('; ').replace(/[\t\r\n]+/g, ' ');
      lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
    }
    const base = relativeName(uri, root).replace(/\.[^./]+$/, '');
    emit(`${base}.txt`, cps.join(''));
    emit(`${base}.ann`, lines.length ? `${lines.join('\n')}\n` : '');
  }
}

/** File name -> content, for a corpus small enough to hold its export. */
export function exportBrat(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): Map<string, string> {
  const files = new Map<string, string>();
  writeBrat(snapshotCorpus(snapshot), texts, (name, content) => files.set(name, content), root, manual);
  return files;
}
