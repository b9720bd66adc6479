/**
 * Turns a file's bytes into text, or says why it is not a text document. UTF-8 (with or without
 * a byte-order mark) and UTF-16 with a byte-order mark are read; a NUL byte in UTF-8 data, or
 * bytes that are not valid UTF-8, make the file "not text".
 */
export type Decoded =
  | { ok: true; text: string; bom: number; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: 1, encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: 1, encoding: 'utf-16be' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains a NUL byte)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom));
    return { ok: true, text, bom: bom ? 1 : 0, encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
