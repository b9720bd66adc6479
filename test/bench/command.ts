/**
 * The command line as users run it: `node dist/cli.js export <folder> --format F --out …` as a
 * process of its own on a corpus written to disk, timed from outside with its peak RSS, the way
 * `/usr/bin/time -v` reports them (and through it when it is there; else the process reports
 * its own peak through a module preloaded with `node -r`, test/bench/rusage.js).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const FORMATS = ['csv', 'w3c', 'md', 'brat'] as const;
export type Format = typeof FORMATS[number];

const TIME = '/usr/bin/time';
const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const RUSAGE = path.resolve(__dirname, '..', '..', '..', 'test', 'bench', 'rusage.js');

export interface Timed {
  /** Wall time in seconds, and peak resident set size in MB. */
  wall: number;
  rss: number;
  /** Stopped at the time limit: `wall` is then the limit. */
  stopped: boolean;
  /** The exit code, and the end of what the command wrote to standard error when it failed. */
  code: number | null;
  error?: string;
}

export const hasTime = (): boolean => fs.existsSync(TIME);

/** Writes a corpus's documents as files of a new folder. */
export function writeCorpus(dir: string, docs: Iterable<string>): { files: number; bytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const text of docs) {
    const b = Buffer.from(text);
    fs.writeFileSync(path.join(dir, `doc-${String(files).padStart(5, '0')}.txt`), b);
    files++;
    bytes += b.length;
  }
  return { files, bytes };
}

/** Parses what `/usr/bin/time -v` writes: wall clock as [h:]m:ss.ss, peak RSS in kilobytes. */
export function parseTimeV(stderr: string): { wall: number; rss: number } | undefined {
  const wall = /Elapsed \(wall clock\) time(?: \([^)]*\))?:\s*(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  if (!wall || !rss) return undefined;
  return { wall: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rss: Number(rss[1]) / 1024 };
}

/** Runs one export of `folder` into `out`, stopped after `limit` seconds. */
export function timeExport(folder: string, format: Format, out: string, limit: number): Promise<Timed> {
  const viaTime = hasTime();
  const node = [CLI, 'export', folder, '--format', format, '--out', out];
  const [cmd, args] = viaTime ? [TIME, ['-v', process.execPath, ...node]] : [process.execPath, ['-r', RUSAGE, ...node]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // A process group of its own, so that the command and its helpers stop together at the limit.
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr = (stderr + s).slice(-20_000); });
    let stopped = false;
    const timer = setTimeout(() => { stopped = true; try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ } }, limit * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const measured = performance.now() - t0;
      const own = /sourcelens-bench-rusage (\{.*\})/.exec(stderr);
      const parsed = viaTime ? parseTimeV(stderr) : own ? { wall: measured / 1000, rss: (JSON.parse(own[1]) as { maxRSS: number }).maxRSS / 1024 } : undefined;
      const exit = viaTime ? Number(/Exit status:\s*(\d+)/.exec(stderr)?.[1] ?? code) : code;
      const failed = !stopped && exit !== 0;
      resolve({
        wall: stopped ? limit : parsed?.wall ?? measured / 1000, rss: parsed?.rss ?? NaN, stopped, code: exit,
        ...(failed ? { error: stderr.split('\n').filter((l) => l && !/^\s/.test(l)).slice(-3).join(' | ') } : {}),
      });
    });
  });
}
