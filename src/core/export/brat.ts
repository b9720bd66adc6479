/**
 * brat standoff: for each document a `.ann` file of text-bound annotations (T lines, offsets
 * in code points, a span broken at line ends into fragments), with the canonical actor, the
 * event id and the rule as AnnotatorNotes, passages that corroborate or contradict one another in
 * the same document as relations (R lines), and an `annotation.conf` declaring the types, the
 * relations and the overlaps the spans make. brat relations stay inside one document, so
 * corroboration across documents is given as notes.
 */
import { EventType, type CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { ItemReader, relativeName, type ExportItem, type ExportLink } from './items';
import { LinkOrder, snapshotCorpus, type ExportCorpus } from './source';

const TYPES: Record<ExportItem['kind'], string> = { actor: 'Actor', threat: 'Threat', 'red-line': 'Red-line', event: 'Event', claim: 'Claim', note: 'Note' };

/** The types whose spans may hold an actor's name: an actor, then the passages. */
const PASSAGES = ['Actor', 'Threat', 'Red-line', 'Event', 'Claim'];
const ASSESSMENTS = ['corroborated', 'uncorroborated'];
const RELATIONS: Record<ExportLink['kind'], string> = { corroborates: 'Corroborates', contradicts: 'Contradicts' };

export const ANNOTATION_CONF = `[entities]
Actor
Threat
Red-line
Event
Claim
Note
Passage

[relations]
Corroborates\tArg1:Claim|Passage, Arg2:Claim|Passage
Contradicts\tArg1:Claim|Passage, Arg2:Claim|Passage
# Which spans may overlap (brat 1.3): Arg1 is the inner span, Arg2 the outer. An actor is a name
# inside a passage or a longer name; threats, red lines, events and claims are passages that may
# be the same, nest or cross; the analyst's notes and linked passages may lie anywhere.
<OVERLAP>\tArg1:Actor, Arg2:${PASSAGES.join('|')}, <OVL-TYPE>:contain
<OVERLAP>\tArg1:${PASSAGES.slice(1).join('|')}, Arg2:${PASSAGES.slice(1).join('|')}, <OVL-TYPE>:<ANY>
<OVERLAP>\tArg1:Note|Passage, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Assessment\tArg:Claim, Value:${ASSESSMENTS.join('|')}
EventType\tArg:Event, Value:${EventType.options.join('|')}
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
    // Items whose span has text here, numbered T1, T2…
    const spans = [...reader.documentItems(view), ...(manualItems.get(uri) ?? [])]
      .map((i) => ({ i, frags: fragments(cps, i.start, i.end) })).filter((x) => x.frags.length);
    // A link between two passages of this document is a relation between their claims, or
    // between passages of the analyst's own choosing (a Passage each); any other is a note.
    const ids = new Map<string, string>();
    spans.forEach(({ i }, k) => { if (i.kind === 'claim') ids.set(`${i.start}:${i.end}`, `T${k + 1}`); });
    const passages: string[] = [];
    const idOf = (p: ExportLink['a']) => {
      const key = `${p.start}:${p.end}`;
      let id = ids.get(key);
      if (!id) {
        const frags = fragments(cps, p.start, p.end);
        if (!frags.length) return undefined;
        id = `T${spans.length + passages.length + 1}`;
        passages.push(`${id}\tPassage ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ')}`);
        ids.set(key, id);
      }
      return id;
    };
    const relations: string[] = [];
    const noted = links.filter((l) => {
      const [a, b] = l.a.uri === uri && l.b.uri === uri ? [idOf(l.a), idOf(l.b)] : [];
      if (!a || !b) return true;
      relations.push(`R${relations.length + 1}\t${RELATIONS[l.kind]} Arg1:${a} Arg2:${b}`);
      return false;
    });
    const lines: string[] = [];
    let a = 0;
    spans.forEach(({ i, frags }, k) => {
      const fragText = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      const id = `T${k + 1}`;
      lines.push(`${id}\t${TYPES[i.kind]} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${fragText}`);
      if (i.kind === 'claim' && ASSESSMENTS.includes(i.value)) lines.push(`A${++a}\tAssessment ${id} ${i.value}`);
      if (i.kind === 'event' && EventType.safeParse(i.value).success) lines.push(`A${++a}\tEventType ${id} ${i.value}`);
      const claim = i.kind === 'claim';
      const note = [i.kind === 'actor' || i.kind === 'note' ? i.value : '', i.manual ? 'by the analyst' : '', i.confirmed ? 'confirmed' : '', i.actor ? `actor: ${i.actor}` : '', i.target ? `target: ${i.target}` : '', i.event ? `event: ${i.event}` : '', `rule: ${i.rule}`,
        ...(claim ? noted.filter((l) => l.a.uri === uri && l.a.start === i.start).map((l) => `${l.kind} ${relativeName(l.b.uri, root)}:${l.b.start}-${l.b.end}`) : []),
        ...(claim ? noted.filter((l) => l.b.uri === uri && l.b.start === i.start).map((l) => `${l.kind} ${relativeName(l.a.uri, root)}:${l.a.start}-${l.a.end}`) : [])]
        .filter(Boolean).join('; ').replace(/[\t\r\n]+/g, ' ');
      lines.push(`#${k + 1}\tAnnotatorNotes ${id}\t${note}`);
    });
    lines.push(...passages, ...relations);
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
