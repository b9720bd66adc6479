#!/usr/bin/env node
/**
 * sourcelens: the command line over the same engine as the editor.
 *   sourcelens export <folder> --format w3c [--out FILE]
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CorpusIndex } from './core/corpus';
import { MAX_DOCUMENT_BYTES, decodeDocument } from './core/decode';
import { writeW3c, type ExportText, type PlacedManual } from './core/export/w3c';
import { parseStore } from './core/store/store';
import { placeManual } from './core/store/placed';
import { writeCsv } from './core/export/csv';
import { writeMarkdown } from './core/export/markdown';
import { writeBrat } from './core/export/brat';
import { indexCorpus, type TextSink } from './core/export/source';
import { DEFAULT_BASE, sourceIri } from './core/export/items';
import { stripBom } from './core/text';
import { findSourceFiles } from './node/walk';
import { BufferedWriter, writeAtomic, writeFileAtomic } from './node/atomic';
import { HeldText } from './core/held';
import { tuneHeapForCorpus } from './node/heap';
import { analyzeParallel, isExtractionHelper, type SourceDoc } from './node/parallel';

const USAGE = `usage: sourcelens export <folder> [--format w3c|csv|md|brat] [--out FILE|DIR] [--base IRI|file]

Reads every .txt and .md file under <folder>, analyses them together and writes what it
found (actors, threats, red lines, events, claims, corroborating and contradicting passages).
  --format w3c   W3C Web Annotation JSON-LD, code-point offsets (the default)
  --format csv   one row per tag or link (RFC 4180, safe to open in a spreadsheet)
  --format md    a report to read: events, corroborated and uncorroborated claims, contradictions
  --format brat  brat standoff: a .txt and .ann per document and annotation.conf (needs --out DIR)
  --out FILE     write to FILE (a folder for brat) instead of standard output
  --base IRI     the IRI documents are named under in a W3C export, joined with their path in
                 the folder (default ${DEFAULT_BASE}); "file" names them by their file URI,
                 which shows where they are on this machine
  -h, --help     show this help`;

const FORMATS = ['w3c', 'csv', 'md', 'brat'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Options { folder: string; format: Format; out?: string; base?: string }

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('missing command (expected "export")');
  if (command !== 'export') throw new UsageError(`unknown command "${command}" (expected "export")`);
  let folder: string | undefined;
  let format: string | undefined;
  let out: string | undefined;
  let base: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format') format = value();
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--out' || a === '-o') out = value();
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--base') base = value();
    else if (a.startsWith('--base=')) base = a.slice(7);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (folder === undefined) folder = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  if (!folder) throw new UsageError('missing <folder>');
  format = format ?? 'w3c';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (expected one of: ${FORMATS.join(', ')})`);
  if (format === 'brat' && !out) throw new UsageError('--format brat writes a folder: give it with --out DIR');
  if (base !== undefined && base !== 'file' && !/^[a-z][a-z0-9+.-]*:/i.test(base)) throw new UsageError(`--base must be an absolute IRI (with a scheme, like https: or urn:) or "file"`);
  return { folder, format: format as Format, out, ...(base ? { base } : {}) };
}

/**
 * The analyst's annotations kept beside the sources (`.sourcelens/annotations.jsonl`), placed in
 * the documents; undefined (after a one-line error) when the store does not parse.
 */
function readStore(root: string, texts: ReadonlyMap<string, ExportText>): PlacedManual[] | undefined {
  const file = path.join(root, '.sourcelens', 'annotations.jsonl');
  if (!fs.existsSync(file)) return [];
  const parsed = parseStore(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    process.stderr.write(`sourcelens: ${path.relative(process.cwd(), file)} does not parse (line ${parsed.errors[0].line}: ${parsed.errors[0].message})\n`);
    return undefined;
  }
  // Each document's text is decoded once, however many annotations it has.
  const decoded = new Map<string, { uri: string; text: string } | undefined>();
  return placeManual(parsed.annotations, (doc) => {
    const uri = pathToFileURL(path.join(root, doc)).href;
    if (!decoded.has(uri)) { const t = texts.get(uri); decoded.set(uri, t && { uri, text: t.text }); }
    return decoded.get(uri);
  });
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rsourcelens: analysed ${done}/${total} documents`);
  if (done === total) process.stderr.write('\n');
}

export async function run(argv: string[]): Promise<number> {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`sourcelens: ${e.message} (see sourcelens --help)\n`); return 2; }
    throw e;
  }
  if (opts === 'help') { process.stdout.write(`${USAGE}\n`); return 0; }
  const root = path.resolve(opts.folder);
  let stat: fs.Stats;
  try { stat = fs.statSync(root); } catch { process.stderr.write(`sourcelens: no such folder: ${opts.folder}\n`); return 2; }
  if (!stat.isDirectory()) { process.stderr.write(`sourcelens: not a folder: ${opts.folder}\n`); return 2; }

  const { files, warnings } = findSourceFiles(root);
  for (const w of warnings) process.stderr.write(`sourcelens: warning: ${w}\n`);
  const texts = new Map<string, ExportText>();
  const docs: SourceDoc[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try { bytes = fs.readFileSync(file); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`sourcelens: warning: ${path.relative(root, file)}: skipped, ${code === 'ENOENT' ? 'it vanished before it could be read' : code ?? (e as Error).message}\n`);
      continue;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) { process.stderr.write(`sourcelens: warning: ${path.relative(root, file)}: skipped, ${decoded.reason}\n`); continue; }
    if (decoded.truncated) process.stderr.write(`sourcelens: warning: ${path.relative(root, file)}: truncated, only its first ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB of ${(decoded.truncated / 1024 / 1024).toFixed(0)} MB are analysed\n`);
    const uri = pathToFileURL(file).href;
    const { text } = stripBom(decoded.text);
    // Kept compact for the export; the helpers that analyse it decode it themselves.
    const held = new HeldText(text, decoded.bom);
    texts.set(uri, held);
    docs.push({ uri, text: held.raw });
  }
  const index = new CorpusIndex();
  for (const a of await analyzeParallel(docs, __filename, undefined, progress)) index.put(a);
  const rootUri = pathToFileURL(root).href;
  const manual = readStore(root, texts);
  if (manual === undefined) return 2;
  // Each format is written as the corpus is read, a document at a time.
  const corpus = indexCorpus(index);
  if (opts.format === 'brat') {
    writeBrat(corpus, texts, (name, content) => writeFileAtomic(path.join(opts.out!, name), content), rootUri, manual);
    return 0;
  }
  const write = (out: TextSink) => {
    if (opts.format === 'csv') writeCsv(corpus, texts, out, rootUri, manual);
    else if (opts.format === 'md') writeMarkdown(corpus, texts, out, rootUri, manual);
    else writeW3c(corpus, texts, { manual, source: (u) => sourceIri(u, rootUri, opts.base) }, out);
  };
  if (opts.out) writeAtomic(opts.out, write);
  else {
    const out = new BufferedWriter(1);
    write(out);
    out.flush();
  }
  return 0;
}

if (require.main === module && !isExtractionHelper) {
  tuneHeapForCorpus();
  // A reader that stops early ("| head") is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
    process.stderr.write(`sourcelens: error: ${e.message}\n`);
    process.exitCode = 1;
  });
}
