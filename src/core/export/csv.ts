/**
 * CSV export per RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). Every cell that starts with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe, as OWASP advises against formula injection in spreadsheets.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { exportItems, relativeName } from './items';

const HEADER = ['kind', 'document', 'start', 'end', 'text', 'value', 'actor', 'target', 'event', 'rule', 'other_document', 'other_start', 'other_end', 'score', 'origin'];

export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): string {
  const { items, links } = exportItems(snapshot, texts, manual);
  const rows: (string | number | undefined)[][] = [HEADER];
  const origin = (i: { manual?: boolean; confirmed?: boolean }) => (i.manual ? 'analyst' : i.confirmed ? 'confirmed' : 'automatic');
  for (const i of items) rows.push([i.kind, relativeName(i.uri, root), i.start, i.end, i.text, i.value, i.actor, i.target, i.event, i.rule, '', '', '', '', origin(i)]);
  for (const l of links) rows.push([l.kind, relativeName(l.a.uri, root), l.a.start, l.a.end, l.a.text, l.reason, '', '', '', '', relativeName(l.b.uri, root), l.b.start, l.b.end, l.score, l.score === 1 && l.reason === 'linked by the analyst' ? 'analyst' : 'automatic']);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
