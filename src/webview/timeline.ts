/**
 * The timeline: one lane per actor, one column per day something happened (in order), and a
 * last column for events whose day the text does not give, in the order the corpus reports them.
 */
import type { Story } from '../core/storySchema';
import { el, format, item, outletCount, passageTip, type Open } from './dom';

export function drawTimeline(story: Story, t: Record<string, string>, open: Open): HTMLElement {
  const root = el('div', 'timeline');
  if (!story.timeline.length) { root.append(el('p', 'empty', t.noEvents)); return root; }
  const dates = [...new Set(story.timeline.map((e) => e.date ?? ''))];
  const columns = dates.includes('') ? [...dates.filter(Boolean), ''] : dates;
  const grid = el('div', 'timeline-grid');
  grid.style.gridTemplateColumns = `minmax(9em, max-content) repeat(${columns.length}, minmax(13em, 1fr))`;
  grid.setAttribute('role', 'table');
  grid.append(el('div', 'lane-head corner'));
  for (const c of columns) grid.append(el('div', 'date-head', c || t.undated));
  for (const lane of story.lanes) {
    grid.append(el('div', 'lane-head', lane.label || t.unattributed));
    for (const c of columns) {
      const cell = el('div', 'lane-cell');
      for (const e of story.timeline.filter((x) => x.lane === lane.id && (x.date ?? '') === c)) {
        const chip = el('div', `entry ${e.type.toLowerCase()}`);
        chip.append(el('span', 'entry-label', e.label));
        const when = e.dateText ? (e.dateFrom === 'document' ? format(t.documentDate, e.dateText) : `“${e.dateText}”`) : '';
        chip.append(el('span', 'entry-meta', [when, outletCount(t, e.outlets)].filter(Boolean).join(' · ')));
        chip.append(el('span', 'entry-excerpt', e.passage.excerpt));
        chip.title = passageTip(e.passage);
        cell.append(item(chip, `event:${e.eventId}`, 'timeline', `${e.label}${e.date ? `, ${e.date}` : ''}`, e.passage, open));
      }
      grid.append(cell);
    }
  }
  root.append(grid);
  return root;
}
