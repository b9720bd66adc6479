/**
 * A Markdown report a person reads: every event with the passages and outlets that report it,
 * every claim others corroborate with who does, the claims nobody else reports, and the
 * contradictions. Document text is escaped so that it cannot inject links, images or HTML.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { exportItems, relativeName } from './items';

/**
 * Escapes text for the middle of a Markdown line: the punctuation that makes emphasis, code,
 * links, images, tables and headings, and HTML's angle brackets and ampersands. Line breaks
 * become spaces, so that text can never start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&');
}

export function exportMarkdown(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): string {
  const { items, links } = exportItems(snapshot, texts, manual);
  const names = new Map(snapshot.actors.map((a) => [a.id, a.canonical]));
  const doc = (uri: string) => `\`${relativeName(uri, root).replace(/`/g, "'")}\``;
  const quote = (t: string) => `“${escapeMarkdown(t.length > 300 ? `${t.slice(0, 299)}…` : t)}”`;
  const out: string[] = ['# SourceLens report', ''];
  out.push(`${snapshot.documents.length} documents, ${snapshot.actors.length} actors, ${snapshot.events.length} events, ${items.filter((i) => i.kind === 'claim').length} claims.`, '');

  out.push('## Events', '');
  for (const e of snapshot.events) {
    const who = `${escapeMarkdown(names.get(e.actor ?? '') ?? 'unattributed')}${e.target ? ` → ${escapeMarkdown(names.get(e.target) ?? '?')}` : ''}`;
    out.push(`### ${e.type}: ${who}`, '', `Reported in ${e.mentions.length} passages of ${e.docCount} documents from ${e.outletCount} outlets.`, '');
    for (const m of e.mentions) out.push(`- ${doc(m.uri)}: ${quote(m.excerpt)}`);
    out.push('');
  }

  const claims = items.filter((i) => i.kind === 'claim');
  out.push('## Corroborated claims', '');
  for (const c of claims.filter((x) => x.value === 'corroborated')) {
    const by = links.filter((l) => l.kind === 'corroborates' && ((l.a.uri === c.uri && l.a.start === c.start) || (l.b.uri === c.uri && l.b.start === c.start)));
    out.push(`- ${doc(c.uri)}: ${quote(c.text)}`);
    for (const l of by) {
      const other = l.a.uri === c.uri && l.a.start === c.start ? l.b : l.a;
      out.push(`  - corroborated by ${doc(other.uri)}: ${quote(other.text)} (${escapeMarkdown(l.reason)})`);
    }
  }
  out.push('', '## Uncorroborated claims', '');
  for (const c of claims.filter((x) => x.value === 'uncorroborated')) out.push(`- ${doc(c.uri)}: ${quote(c.text)}`);
  out.push('', '## Contradictions', '');
  const conflicts = links.filter((l) => l.kind === 'contradicts');
  if (!conflicts.length) out.push('None found.');
  for (const l of conflicts) {
    out.push(`- ${escapeMarkdown(l.reason)}`, `  - ${doc(l.a.uri)}: ${quote(l.a.text)}`, `  - ${doc(l.b.uri)}: ${quote(l.b.text)}`);
  }
  return `${out.join('\n')}\n`;
}
