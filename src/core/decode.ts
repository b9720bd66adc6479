/**
 * Turns a file's bytes into text, or says why it is not a text document. UTF-8 (with or without
 * a byte-order mark) and UTF-16 with a byte-order mark are read; a NUL byte in UTF-8 data, or
 * bytes that are not valid UTF-8, make the file "not text".
 */
export type Decoded =
  | { ok: true; text: string; bom: number; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; truncated?: number }
  | { ok: false; reason: string };

/** Documents longer than this are analysed up to it (cut at a line break), with a warning. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** Decodes a document, cutting one over MAX_DOCUMENT_BYTES at the last line break before it. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length <= MAX_DOCUMENT_BYTES) return decodeBytes(bytes);
  let cut = bytes.lastIndexOf(10, MAX_DOCUMENT_BYTES);
  if (cut < MAX_DOCUMENT_BYTES / 2) cut = MAX_DOCUMENT_BYTES;
  // Never cut inside a UTF-8 sequence: step back over continuation bytes.
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
  const d = decodeBytes(bytes.subarray(0, cut));
  return d.ok ? { ...d, truncated: bytes.length } : d;
}

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
