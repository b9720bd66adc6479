/** Writing a file so that a crash leaves either the old or the new content, never a mix. */
import * as fs from 'fs';
import * as path from 'path';

/** Writes pieces of text through a temporary file, fsync and a rename, joining small pieces into larger writes. */
export function writePiecesAtomic(file: string, pieces: Iterable<string>): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    let buffer = '';
    for (const p of pieces) {
      buffer += p;
      if (buffer.length > 1 << 20) { fs.writeSync(fd, buffer); buffer = ''; }
    }
    fs.writeSync(fd, buffer);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  // The rename itself is durable once the folder's entry is on disk.
  try { const d = fs.openSync(dir, 'r'); fs.fsyncSync(d); fs.closeSync(d); } catch { /* not every platform syncs folders */ }
}
