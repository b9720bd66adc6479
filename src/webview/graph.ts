/**
 * Who coerces whom: actors as circles, threats, demands and red lines as arrows between them,
 * each arrow as wide as the number of outlets that report it. d3-force places the actors (a
 * force layout keeps linked actors close and the others apart, which hand-placed positions
 * cannot do for any corpus); the drawing is plain SVG.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Story, StoryEdge } from '../core/storySchema';
import { el, item, outletCount, passageTip, svg, type Open } from './dom';

interface Placed extends SimulationNodeDatum { id: string; r: number }

/** A label's box in the picture's coordinates, kept so that no two labels are drawn over each other. */
interface Box { x0: number; y0: number; x1: number; y1: number }

/** The box of a centred line of text: its width estimated from its length at the label's size. */
const textBox = (x: number, y: number, text: string, size = 13): Box => {
  const w = text.length * size * 0.55;
  return { x0: x - w / 2, y0: y - size, x1: x + w / 2, y1: y + 3 };
};
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const WIDTH = 900;
const HEIGHT = 520;

const radius = (outlets: number) => 12 + 3 * Math.min(outlets, 8);
const width = (outlets: number) => 1.5 + 2 * Math.min(outlets, 8);

export function drawGraph(story: Story, t: Record<string, string>, open: Open): HTMLElement {
  const root = el('div', 'graph');
  if (!story.nodes.length) { root.append(el('p', 'empty', t.noGraph)); return root; }
  const placed: Placed[] = story.nodes.map((n) => ({ id: n.id, r: radius(n.outlets) }));
  const byId = new Map(placed.map((p) => [p.id, p]));
  // One spring per pair of actors however many edges join them, so that a busy pair is not pulled into one point.
  const pairs = new Map(story.edges.filter((e) => e.to && byId.has(e.from) && byId.has(e.to)).map((e) => [[e.from, e.to!].sort().join('|'), { source: e.from, target: e.to! }]));
  const links = [...pairs.values()];
  // The layout is run to its end before drawing: the same story always gives the same picture.
  forceSimulation(placed)
    .force('link', forceLink<Placed, { source: string; target: string }>(links).id((d) => d.id).distance(320).strength(0.6))
    .force('charge', forceManyBody().strength(-700))
    .force('x', forceX(WIDTH / 2).strength(0.08))
    .force('y', forceY(HEIGHT / 2).strength(0.12))
    .force('collide', forceCollide<Placed>((d) => d.r + 70))
    .stop().tick(300);
  fit(placed);

  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'graph-svg', role: 'group', 'aria-label': t.graph });
  const defs = svg('defs');
  for (const kind of ['threat', 'demand', 'red-line']) {
    const marker = svg('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 14, markerHeight: 14, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrowhead ${kind}` }));
    defs.append(marker);
  }
  picture.append(defs);
  const edgeLayer = svg('g');
  const nodeLayer = svg('g');
  picture.append(edgeLayer, nodeLayer);

  // Actors and their names are placed first; each edge's label then takes the nearest free place.
  const taken: Box[] = story.nodes.flatMap((n) => {
    const p = byId.get(n.id)!;
    return [{ x0: p.x! - p.r, y0: p.y! - p.r, x1: p.x! + p.r, y1: p.y! + p.r }, textBox(p.x!, p.y! + p.r + 16, n.label, 15)];
  });
  // Edges between one pair of actors bend apart so that each can be seen and clicked.
  const pairCount = new Map<string, number>();
  for (const e of story.edges) {
    const from = byId.get(e.from);
    if (!from) continue;
    const pair = [e.from, e.to ?? ''].sort().join('|');
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    edgeLayer.append(drawEdge(e, from, e.to ? byId.get(e.to) : undefined, nth, taken, t, open));
  }
  for (const n of story.nodes) {
    const p = byId.get(n.id)!;
    const g = svg('g', { class: `node ${n.kind}`, transform: `translate(${p.x!.toFixed(1)},${p.y!.toFixed(1)})` });
    g.append(svg('circle', { r: p.r }), svg('text', { class: 'node-label', y: p.r + 16, 'text-anchor': 'middle' }, n.label));
    g.append(svg('title', {}, `${n.label} · ${outletCount(t, n.outlets)}\n${passageTip(n.passage)}`));
    nodeLayer.append(item(g, `node:${n.id}`, 'node', `${n.label}, ${outletCount(t, n.outlets)}`, n.passage, open));
  }
  root.append(picture, legend(t));
  return root;
}

/** Scales the layout into the picture, keeping room for the labels. */
function fit(placed: Placed[]): void {
  const pad = 90;
  const xs = placed.map((p) => p.x!);
  const ys = placed.map((p) => p.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((WIDTH - 2 * pad) / Math.max(x1 - x0, 1), (HEIGHT - 2 * pad) / Math.max(y1 - y0, 1), 1.5);
  for (const p of placed) {
    p.x = WIDTH / 2 + (p.x! - (x0 + x1) / 2) * s;
    p.y = HEIGHT / 2 + (p.y! - (y0 + y1) / 2) * s;
  }
}

function drawEdge(e: StoryEdge, from: Placed, to: Placed | undefined, nth: number, taken: Box[], t: Record<string, string>, open: Open): SVGGElement {
  const g = svg('g', { class: `edge ${e.kind}` });
  const kind = t[e.kind] ?? e.kind;
  let d: string;
  let lx: number;
  let ly: number;
  if (to) {
    const dx = to.x! - from.x!;
    const dy = to.y! - from.y!;
    const len = Math.hypot(dx, dy) || 1;
    // Alternate sides and grow the bend with each further edge of the pair.
    const bend = (nth % 2 ? -1 : 1) * (46 + 46 * Math.floor(nth / 2)) * (from.id < to.id ? 1 : -1);
    const mx = (from.x! + to.x!) / 2 - (dy / len) * bend;
    const my = (from.y! + to.y!) / 2 + (dx / len) * bend;
    const start = toward(from, mx, my, from.r);
    const end = toward(to, mx, my, to.r + 4);
    d = `M${start[0].toFixed(1)},${start[1].toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${end[0].toFixed(1)},${end[1].toFixed(1)}`;
    [lx, ly] = [(start[0] + 2 * mx + end[0]) / 4, (start[1] + 2 * my + end[1]) / 4];
  } else {
    // A red line held against nobody named: a short bar under its holder.
    const y = from.y! + from.r + 28 + 18 * nth;
    d = `M${from.x! - 30},${y} L${from.x! + 30},${y}`;
    [lx, ly] = [from.x!, y + 14];
  }
  g.append(svg('path', { d, class: 'edge-line', 'stroke-width': width(e.outlets), ...(to ? { 'marker-end': `url(#arrow-${e.kind})` } : {}) }));
  // A wide transparent stroke: the arrow is easy to hit.
  g.append(svg('path', { d, class: 'edge-hit' }));
  const label = `${kind}${e.label ? `: ${e.label.length > 40 ? `${e.label.slice(0, 39)}…` : e.label}` : ''}`;
  ly = freeLine(lx, ly, label, taken);
  g.append(svg('text', { class: 'edge-label', x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': 'middle' }, label));
  g.append(svg('title', {}, `${kind}: ${e.label} · ${outletCount(t, e.outlets)}\n${e.passages.slice(0, 3).map(passageTip).join('\n')}`));
  return item(g, `edge:${e.id}`, 'edge', `${label}, ${outletCount(t, e.outlets)}`, e.passages[0], open);
}

/** The height nearest to `y` at which `text`, centred on `x`, overlaps no label or actor placed before it. */
function freeLine(x: number, y: number, text: string, taken: Box[]): number {
  for (let step = 0; step < 24; step++) {
    const dy = (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 8;
    const box = textBox(x, y + dy, text);
    if (box.y0 < 0 || box.y1 > HEIGHT) continue;
    if (!taken.some((b) => overlaps(b, box))) { taken.push(box); return y + dy; }
  }
  taken.push(textBox(x, y, text));
  return y;
}

function toward(p: Placed, x: number, y: number, by: number): [number, number] {
  const dx = x - p.x!;
  const dy = y - p.y!;
  const len = Math.hypot(dx, dy) || 1;
  return [p.x! + (dx / len) * by, p.y! + (dy / len) * by];
}

function legend(t: Record<string, string>): HTMLElement {
  const l = el('div', 'legend');
  for (const kind of ['threat', 'demand', 'red-line']) {
    const k = el('span', `legend-item ${kind}`);
    k.append(el('span', 'swatch'), document.createTextNode(t[kind]));
    l.append(k);
  }
  l.append(el('span', 'legend-note', t.widthNote));
  return l;
}
