/**
 * The annotation store on a local disk, shared by every window and process that opens the
 * folder. A save takes a lock file beside the store (created exclusively, so one writer at a
 * time), reads what is on disk, merges its own annotations in, and replaces the file through a
 * temporary file and a rename. Without the lock, two windows that read before either wrote
 * would each write a store without the other's new annotation.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ManualAnnotation } from '../core/schema';
import { mergeStores, parseStore, serializeStore, type StoreParse } from '../core/store/store';
import { writeFileAtomic } from './atomic';

export interface LockOptions {
  /** How long to wait for another writer before giving up. */
  timeoutMs: number;
  /** A lock older than this whose holder cannot be asked is taken as left behind by a crash. */
  staleMs: number;
}

const DEFAULT_LOCK: LockOptions = { timeoutMs: 10000, staleMs: 15000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Whether a lock file was left by a process that is gone (or is too old to be anyone's). */
function stale(lock: string, staleMs: number): boolean {
  let text: string;
  let age: number;
  try { text = fs.readFileSync(lock, 'utf8'); age = Date.now() - fs.statSync(lock).mtimeMs; } catch { return false; }
  const [host, pidText] = text.split('\n');
  const pid = Number(pidText);
  if (host === hostName() && Number.isInteger(pid) && pid > 0) return !alive(pid);
  return age > staleMs;
}

function hostName(): string {
  return os.hostname();
}

/** Runs `work` holding `<file>.lock`; waits for another holder, takes over a stale lock. */
export async function withFileLock<T>(file: string, work: () => T | Promise<T>, opts: Partial<LockOptions> = {}): Promise<T> {
  const { timeoutMs, staleMs } = { ...DEFAULT_LOCK, ...opts };
  const lock = `${file}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx');
      try { fs.writeSync(fd, `${hostName()}\n${process.pid}\n`); } finally { fs.closeSync(fd); }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (stale(lock, staleMs)) { try { fs.unlinkSync(lock); } catch { /* another writer took it over first */ } continue; }
      if (Date.now() > deadline) throw new Error(`${path.basename(file)} is locked by another window or process (${lock})`);
      await sleep(Math.min(50, 2 + attempt * 2) + Math.random() * 5);
    }
  }
  try {
    return await work();
  } finally {
    try { fs.unlinkSync(lock); } catch { /* already gone */ }
  }
}

export type SaveResult = { ok: true; annotations: ManualAnnotation[] } | { ok: false; parse: Extract<StoreParse, { ok: false }>; text: string };

/**
 * Saves `mine` into the store at `file`: under the lock, merged with what is on disk (minus the
 * ids in `deleted`). A store on disk that does not parse is left as it is.
 */
export function saveStoreFile(file: string, mine: readonly ManualAnnotation[], deleted: ReadonlySet<string>, opts?: Partial<LockOptions>): Promise<SaveResult> {
  return withFileLock(file, () => {
    let text = '';
    try { text = fs.readFileSync(file, 'utf8'); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; }
    const parsed = parseStore(text);
    if (!parsed.ok) return { ok: false, parse: parsed, text };
    const annotations = mergeStores(parsed.annotations, mine, deleted);
    writeFileAtomic(file, serializeStore(annotations));
    return { ok: true, annotations };
  }, opts);
}
