/**
 * Coverage: which outlets carry which event. A row carried by one outlet only is a blind spot
 * of the others; a cell whose passage another outlet contradicts is marked with that outlet.
 */
import type { Story } from '../core/storySchema';
import { el, format, item, passageTip, type Open } from './dom';

export function drawCoverage(story: Story, t: Record<string, string>, open: Open): HTMLElement {
  const root = el('div', 'coverage');
  if (!story.coverage.length) { root.append(el('p', 'empty', t.noEvents)); return root; }
  const table = el('table', 'coverage-table');
  const head = el('tr');
  head.append(el('th', 'event-head', t.event));
  for (const o of story.outlets) { const th = el('th', 'outlet-head', o); th.scope = 'col'; head.append(th); }
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of story.coverage) {
    const tr = el('tr', row.blindSpot ? 'blind-spot' : undefined);
    const th = el('th', 'event-label');
    th.scope = 'row';
    th.append(el('span', undefined, row.label));
    if (row.blindSpot) th.append(el('span', 'badge', t.blindSpot));
    tr.append(th);
    for (const o of story.outlets) {
      const td = el('td');
      const c = row.cells.find((x) => x.outlet === o);
      if (c) {
        const mark = el('span', `cell${c.contradicts.length ? ' contradicted' : ''}`, `${c.mentions}${c.contradicts.length ? ' ≠' : ''}`);
        const said = c.contradicts.length ? format(t.contradictedBy, c.contradicts.join(', ')) : '';
        mark.title = [said, passageTip(c.passage)].filter(Boolean).join('\n');
        td.append(item(mark, `cell:${row.eventId}:${o}`, 'coverage', `${row.label}, ${o}: ${c.mentions}${said ? `, ${said}` : ''}`, c.passage, open));
      } else td.append(el('span', 'none', '·'));
      tr.append(td);
    }
    table.tBodies[0].append(tr);
  }
  root.append(table);
  return root;
}
