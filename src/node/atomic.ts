/** Writing a file so that a crash leaves either the old or the new content, never a mix. */
import * as fs from 'fs';
import * as path from 'path';
import type { TextSink } from '../core/export/source';

/** Text written to a file descriptor in writes of about a megabyte. */
export class BufferedWriter implements TextSink {
  private buffer = '';
  constructor(private readonly fd: number, private readonly size = 1 << 20) {}

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= this.size) this.flush();
  }

  flush(): void {
    if (!this.buffer) return;
    const bytes = Buffer.from(this.buffer);
    this.buffer = '';
    for (let at = 0; at < bytes.length;) at += fs.writeSync(this.fd, bytes, at);
  }
}

function temporary(file: string): { dir: string; tmp: string } {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  return { dir, tmp: path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`) };
}

function replace(tmp: string, file: string, dir: string): void {
  fs.renameSync(tmp, file);
  // The rename itself is durable once the folder's entry is on disk.
  try { const d = fs.openSync(dir, 'r'); fs.fsyncSync(d); fs.closeSync(d); } catch { /* not every platform syncs folders */ }
}

/**
 * Writes a file as `write` makes it, through a buffer, a temporary file, fsync and a rename; if
 * `write` throws, the temporary file goes and the file is left as it was.
 */
export function writeAtomic(file: string, write: (out: TextSink) => void): void {
  const { dir, tmp } = temporary(file);
  const fd = fs.openSync(tmp, 'w');
  try {
    const out = new BufferedWriter(fd);
    write(out);
    out.flush();
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  replace(tmp, file, dir);
}

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const { dir, tmp } = temporary(file);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  replace(tmp, file, dir);
}
