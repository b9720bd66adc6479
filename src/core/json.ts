/**
 * JSON text as `JSON.stringify(value, null, 1)` gives it, for a value written inside a larger
 * document at a given depth: the same bytes as that document's JSON.stringify with an indent of
 * one would have there, so that a writer can put out a document larger than the longest string
 * there is, one value at a time.
 */
export function jsonAt(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 1) ?? 'null';
  return depth ? text.replaceAll('\n', lineAt(depth)) : text;
}

const lines: string[] = [];

/** A line break and the indent of a value `depth` levels down. */
export function lineAt(depth: number): string {
  return lines[depth] ??= `\n${' '.repeat(depth)}`;
}
