/**
 * A document's text as the corpus keeps it for exporting: a text with characters past U+00FF
 * (a curly quotation mark is enough) takes two bytes per character as a string, so it is kept
 * as UTF-8 bytes instead, about half as much for text that is mostly Latin, and decoded when
 * read. A text that UTF-8 cannot carry as it is (an unpaired surrogate) stays a string.
 */
import type { ExportText } from './export/w3c';
import { narrow } from './strings';

const WIDE = /[^\u0000-\u00ff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The text as a string when that is as small, else as UTF-8 bytes. */
export type RawText = string | Uint8Array;

export function holdText(text: string): RawText {
  if (!WIDE.test(text)) return narrow(text);
  return LONE_SURROGATE.test(text) ? text : encoder.encode(text);
}

export function readText(raw: RawText): string {
  return typeof raw === 'string' ? raw : decoder.decode(raw);
}

export class HeldText implements ExportText {
  readonly raw: RawText;
  constructor(text: string | RawText, readonly bom = 0) {
    this.raw = typeof text === 'string' ? holdText(text) : text;
  }
  /** Decoded on each reading: readers that need it more than once keep it. */
  get text(): string { return readText(this.raw); }
}
