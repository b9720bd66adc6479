/**
 * CSV export per RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). Every cell that starts with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe, as OWASP advises against formula injection in spreadsheets.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { ItemReader, relativeName, type ExportItem, type ExportLink } from './items';
import { LinkOrder, StringSink, snapshotCorpus, type ExportCorpus, type TextSink } from './source';

const HEADER = ['kind', 'document', 'start', 'end', 'text', 'value', 'actor', 'target', 'event', 'rule', 'other_document', 'other_start', 'other_end', 'score', 'origin'];

export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the CSV as it reads the corpus: each document's rows, the analyst's, then the links. */
export function writeCsv(corpus: ExportCorpus, texts: ReadonlyMap<string, ExportText>, out: TextSink, root?: string, manual: readonly PlacedManual[] = []): void {
  const reader = new ItemReader(corpus.actors, texts, manual);
  const order = new LinkOrder();
  const row = (cells: (string | number | undefined)[]) => out.write(`${cells.map(csvCell).join(',')}\r\n`);
  const origin = (i: { manual?: boolean; confirmed?: boolean }) => (i.manual ? 'analyst' : i.confirmed ? 'confirmed' : 'automatic');
  const item = (i: ExportItem) => row([i.kind, relativeName(i.uri, root), i.start, i.end, i.text, i.value, i.actor, i.target, i.event, i.rule, '', '', '', '', origin(i)]);
  const link = (l: ExportLink) => row([l.kind, relativeName(l.a.uri, root), l.a.start, l.a.end, l.a.text, l.reason, '', '', '', '', relativeName(l.b.uri, root), l.b.start, l.b.end, l.score, l.score === 1 && l.reason === 'linked by the analyst' ? 'analyst' : 'automatic']);
  row(HEADER);
  for (const view of corpus.views()) {
    order.add(view);
    for (const i of reader.documentItems(view)) item(i);
  }
  for (const i of reader.manualItems()) item(i);
  for (const l of order.links) link(reader.link(l));
  for (const l of reader.manualLinks()) link(l);
}

export function exportCsv(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): string {
  const out = new StringSink();
  writeCsv(snapshotCorpus(snapshot), texts, out, root, manual);
  return out.text;
}
