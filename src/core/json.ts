/**
 * JSON text in pieces: the same bytes as JSON.stringify(value, null, indent), produced a piece at
 * a time, so that an export larger than the longest string a JavaScript engine allows can still
 * be written.
 */
export function* jsonPieces(value: unknown, indent = 1, depth = 0): Generator<string> {
  const pad = (d: number) => '\n' + ' '.repeat(indent * d);
  if (Array.isArray(value)) {
    if (!value.length) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield pad(depth + 1);
      const v = value[i];
      if (v === undefined || typeof v === 'function') yield 'null';
      else yield* jsonPieces(v, indent, depth + 1);
      if (i < value.length - 1) yield ',';
    }
    yield `${pad(depth)}]`;
    return;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (!entries.length) { yield '{}'; return; }
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      yield `${pad(depth + 1)}${JSON.stringify(entries[i][0])}: `;
      yield* jsonPieces(entries[i][1], indent, depth + 1);
      if (i < entries.length - 1) yield ',';
    }
    yield `${pad(depth)}}`;
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}
