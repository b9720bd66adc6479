/**
 * Where a document comes from: its outlet and its date, read from a `sources.json` beside it,
 * else from its front matter (`outlet:` or `source:`, `date:`), else the outlet is its file name.
 */
import { SourcesFile } from './schema';

export interface DocumentMeta { outlet: string; date?: string }

/** The `key: value` lines of a front matter block (`---` … `---`) at the start of a text. */
export function frontMatter(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 4096));
  if (!m) return out;
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (kv && kv[2]) out.set(kv[1].toLowerCase(), kv[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return out;
}

/** A `sources.json` file's text, parsed; undefined (and the reason) when it is not one. */
export function parseSources(json: string): { sources?: SourcesFile; problem?: string } {
  let value: unknown;
  try { value = JSON.parse(json); } catch (e) { return { problem: (e as Error).message }; }
  const parsed = SourcesFile.safeParse(value);
  return parsed.success ? { sources: parsed.data } : { problem: parsed.error.issues[0]?.message ?? 'not a map of file names to outlets' };
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? uri);
}

/** A document's outlet when nothing names one: its file name without extension. */
export function defaultOutlet(uri: string): string {
  return fileName(uri).replace(/\.[^.]+$/, '');
}

/** A document's outlet and date, from the sources file of its folder, its front matter or its name. */
export function documentMeta(uri: string, text: string, sources?: SourcesFile): DocumentMeta {
  const entry = sources?.[fileName(uri)];
  const listed = typeof entry === 'string' ? { outlet: entry } : entry ? { outlet: entry.outlet ?? entry.source, date: entry.date } : {};
  const front = frontMatter(text);
  const outlet = listed.outlet ?? front.get('outlet') ?? front.get('source') ?? defaultOutlet(uri);
  const date = listed.date ?? front.get('date');
  return date ? { outlet, date } : { outlet };
}
