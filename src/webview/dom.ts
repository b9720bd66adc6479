/**
 * Building the page from data: every piece of document text goes in through `textContent` or
 * an attribute value, never through markup, so an article's `<script>` is shown, not run.
 */
import type { StoryPassage } from '../core/storySchema';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What a click or Enter on an item does: open its passage. */
export type Open = (p: StoryPassage) => void;

/**
 * Makes an element an item of the story: focusable, named for screen readers, and opening its
 * passage on a click, Enter or Space. `key` identifies it (the editor's tests activate items by it).
 */
export function item<E extends Element & { tabIndex: number }>(e: E, key: string, kind: string, label: string, passage: StoryPassage, open: Open): E {
  e.setAttribute('data-item', key);
  e.setAttribute('data-kind', kind);
  e.setAttribute('role', 'button');
  e.setAttribute('aria-label', label);
  e.tabIndex = 0;
  e.addEventListener('click', () => open(passage));
  e.addEventListener('keydown', (ev) => {
    const k = (ev as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') { ev.preventDefault(); open(passage); }
  });
  return e;
}

/** A passage as a tooltip: where it is and what it says. */
export function passageTip(p: StoryPassage): string {
  return `${p.outlet}: “${p.excerpt}”`;
}

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** "1 outlet", "3 outlets". */
export function outletCount(t: Record<string, string>, n: number): string {
  return n === 1 ? t.outlet : format(t.outlets, n);
}
