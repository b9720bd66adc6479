/**
 * The Story view's page: draws the story the editor sends (who coerces whom, the timeline, the
 * coverage matrix) in three tabs, opens a passage when an item is clicked or Enter is pressed
 * on it, and tells the editor what it drew. It talks to the editor only through the typed
 * messages of storySchema.ts; its state (the story and the tab) survives being hidden.
 */
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import { FromWebview, StoryPart, ToWebview, type RenderedStory, type Story } from '../core/storySchema';
import { drawGraph } from './graph';
import { drawTimeline } from './timeline';
import { drawCoverage } from './coverage';
import { el } from './dom';

interface VsCodeApi { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

interface State { part: StoryPart; story?: Story; strings?: Record<string, string> }

const vscode = acquireVsCodeApi();
const PARTS = StoryPart.options;
let state: State = { part: 'graph', ...(vscode.getState() as State | undefined) };

function post(m: FromWebview): void { vscode.postMessage(FromWebview.parse(m)); }

function texts(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function render(): void {
  const root = document.getElementById('story')!;
  const { story, strings: t } = state;
  if (!story || !t) return;
  const open = (p: { uri: string; start: number; end: number }) => post({ type: 'open', passage: { uri: p.uri, start: p.start, end: p.end } });
  const tabs = el('vscode-tabs' as 'div');
  tabs.setAttribute('panel', '');
  tabs.setAttribute('selected-index', String(PARTS.indexOf(state.part)));
  const names: Record<StoryPart, string> = { graph: t.graph, timeline: t.timeline, coverage: t.coverage };
  const bodies: Record<StoryPart, HTMLElement> = { graph: drawGraph(story, t, open), timeline: drawTimeline(story, t, open), coverage: drawCoverage(story, t, open) };
  for (const part of PARTS) {
    const header = el('vscode-tab-header' as 'div', undefined, names[part]);
    header.setAttribute('slot', 'header');
    header.setAttribute('data-part', part);
    const panel = el('vscode-tab-panel' as 'div');
    panel.append(bodies[part]);
    tabs.append(header, panel);
  }
  tabs.addEventListener('vsc-tabs-select', (e) => {
    state = { ...state, part: PARTS[(e as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex] ?? 'graph' };
    vscode.setState(state);
    report();
  });
  root.replaceChildren(tabs);
  report();
}

/** What the page shows, read back from it. */
function report(): void {
  const rendered: RenderedStory = {
    part: state.part,
    nodes: texts('[data-kind="node"] .node-label'),
    edges: texts('[data-kind="edge"] .edge-label'),
    timeline: texts('[data-kind="timeline"] .entry-label'),
    passages: texts('[data-kind="timeline"] .entry-excerpt'),
    coverage: [...document.querySelectorAll('[data-kind="coverage"]')].map((e) => e.getAttribute('aria-label') ?? ''),
    markupElements: document.querySelectorAll('#story script, #story img, #story iframe, #story object, #story embed, #story [onerror]').length,
  };
  post({ type: 'rendered', rendered });
}

function show(part: StoryPart): void {
  const tabs = document.querySelector('vscode-tabs') as (HTMLElement & { selectedIndex: number }) | null;
  state = { ...state, part };
  vscode.setState(state);
  if (tabs) tabs.selectedIndex = PARTS.indexOf(part);
  report();
}

window.addEventListener('message', (e: MessageEvent) => {
  const parsed = ToWebview.safeParse(e.data);
  if (!parsed.success) return;
  const m = parsed.data;
  if (m.type === 'story') {
    state = { ...state, story: m.story, strings: m.strings };
    vscode.setState(state);
    render();
  } else if (m.type === 'show') show(m.part);
  else if (m.type === 'activate') {
    const target = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-item]')].find((x) => x.getAttribute('data-item') === m.item);
    target?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }
});

// Drawn at once from the state kept while hidden; the editor sends the current story on "ready".
render();
post({ type: 'ready' });
