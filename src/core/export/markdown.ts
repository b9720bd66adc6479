/**
 * A Markdown report a person reads: every event with the passages and outlets that report it,
 * every claim others corroborate with who does, the claims nobody else reports, and the
 * contradictions. Document text is escaped so that it cannot inject links, images or HTML.
 */
import type { CorpusSnapshot } from '../schema';
import type { ExportText, PlacedManual } from './w3c';
import { ItemReader, relativeName, type ExportItem, type ExportLink } from './items';
import { LinkOrder, StringSink, snapshotCorpus, type ExportCorpus, type ExportView, type TextSink } from './source';

/**
 * Escapes text for the middle of a Markdown line: the punctuation that makes emphasis, code,
 * links, images, tables and headings, and HTML's angle brackets and ampersands. Line breaks
 * become spaces, so that text can never start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&');
}

/**
 * Writes the report as it reads the corpus: the documents are read three times (to count the
 * claims and number the links, for the corroborated claims, for the uncorroborated ones), and
 * none is held once read.
 */
export function writeMarkdown(corpus: ExportCorpus, texts: ReadonlyMap<string, ExportText>, out: TextSink, root?: string, manual: readonly PlacedManual[] = []): void {
  const reader = new ItemReader(corpus.actors, texts, manual);
  const names = new Map(corpus.actors.map((a) => [a.id, a.canonical]));
  const doc = (uri: string) => `\`${relativeName(uri, root).replace(/`/g, "'")}\``;
  const quote = (t: string) => `“${escapeMarkdown(t.length > 300 ? `${t.slice(0, 299)}…` : t)}”`;
  const line = (...lines: string[]) => { for (const l of lines) out.write(`${l}\n`); };
  const claimsOf = (view: ExportView) => reader.documentItems(view).filter((i) => i.kind === 'claim');
  const manualClaims = reader.manualItems().filter((i) => i.kind === 'claim');
  const manualLinks = reader.manualLinks();
  const order = new LinkOrder();
  let claimCount = manualClaims.length;
  for (const view of corpus.views()) {
    order.add(view);
    claimCount += claimsOf(view).length;
  }
  line('# SourceLens report', '', `${corpus.documents.length} documents, ${corpus.actors.length} actors, ${corpus.events.length} events, ${claimCount} claims.`, '');

  line('## Events', '');
  for (const e of corpus.events) {
    const who = `${escapeMarkdown(names.get(e.actor ?? '') ?? 'unattributed')}${e.target ? ` → ${escapeMarkdown(names.get(e.target) ?? '?')}` : ''}`;
    line(`### ${e.type}: ${who}`, '', `Reported in ${e.mentions.length} passages of ${e.docCount} documents from ${e.outletCount} outlets.`, '');
    for (const m of e.mentions) line(`- ${doc(m.uri)}: ${quote(m.excerpt)}`);
    line('');
  }

  line('## Corroborated claims', '');
  const touches = (l: ExportLink, c: ExportItem) => (l.a.uri === c.uri && l.a.start === c.start) || (l.b.uri === c.uri && l.b.start === c.start);
  const corroborated = (c: ExportItem, by: ExportLink[]) => {
    line(`- ${doc(c.uri)}: ${quote(c.text)}`);
    for (const l of by) {
      if (l.kind !== 'corroborates') continue;
      const other = l.a.uri === c.uri && l.a.start === c.start ? l.b : l.a;
      line(`  - corroborated by ${doc(other.uri)}: ${quote(other.text)} (${escapeMarkdown(l.reason)})`);
    }
  };
  for (const view of corpus.views()) {
    // The links of every claim that starts where an item starts, in the order of the corpus's links.
    const numbers = order.add(view);
    const model = reader.models.get(view.uri);
    const at = new Map<number, number[]>();
    view.claims.forEach((c, i) => {
      const start = model.toCodePoint(c.start);
      at.set(start, [...(at.get(start) ?? []), ...numbers[i]]);
    });
    for (const c of claimsOf(view)) {
      if (c.value !== 'corroborated') continue;
      const own = [...new Set(at.get(c.start) ?? [])].sort((x, y) => x - y).map((n) => reader.link(order.links[n]));
      corroborated(c, [...own.filter((l) => touches(l, c)), ...manualLinks.filter((l) => touches(l, c))]);
    }
  }
  for (const c of manualClaims) {
    if (c.value === 'corroborated') corroborated(c, [...order.links.map((l) => reader.link(l)), ...manualLinks].filter((l) => touches(l, c)));
  }
  line('', '## Uncorroborated claims', '');
  for (const view of corpus.views()) for (const c of claimsOf(view)) if (c.value === 'uncorroborated') line(`- ${doc(c.uri)}: ${quote(c.text)}`);
  for (const c of manualClaims) if (c.value === 'uncorroborated') line(`- ${doc(c.uri)}: ${quote(c.text)}`);
  line('', '## Contradictions', '');
  let conflicts = 0;
  for (const l of [...order.links.filter((x) => x.kind === 'contradicts').map((x) => reader.link(x)), ...manualLinks.filter((x) => x.kind === 'contradicts')]) {
    line(`- ${escapeMarkdown(l.reason)}`, `  - ${doc(l.a.uri)}: ${quote(l.a.text)}`, `  - ${doc(l.b.uri)}: ${quote(l.b.text)}`);
    conflicts++;
  }
  if (!conflicts) line('None found.');
}

export function exportMarkdown(snapshot: CorpusSnapshot, texts: ReadonlyMap<string, ExportText>, root?: string, manual: readonly PlacedManual[] = []): string {
  const out = new StringSink();
  writeMarkdown(snapshotCorpus(snapshot), texts, out, root, manual);
  return out.text;
}
