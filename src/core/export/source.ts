/**
 * What the exporters read and where they write. They read a corpus one document at a time (its
 * resolved analysis, claim statuses and links) and write text a piece at a time, so that an
 * export of a large corpus is never held whole: neither the resolved corpus nor the output.
 */
import type { CancellationToken, CorpusIndex } from '../corpus';
import { claimKey } from '../link';
import type { Actor, ClaimLink, ClaimStatus, CorpusSnapshot, DocumentAnalysis, EventCluster } from '../schema';
import { SourceText } from '../text';
import type { ExportText } from './w3c';

/** Where an exporter writes. */
export interface TextSink { write(text: string): void }

/** A sink that keeps everything written, for callers that want the export as one string. */
export class StringSink implements TextSink {
  text = '';
  write(text: string): void { this.text += text; }
}

/** One document as the exporters read it; claims are in the order of the analysis's claims. */
export interface ExportView {
  uri: string;
  analysis: DocumentAnalysis;
  claims: readonly ClaimStatus[];
  /** What the claims' `links` indices point into. */
  links: readonly ClaimLink[];
}

export interface ExportCorpus {
  readonly documents: readonly { uri: string; outlet: string }[];
  readonly actors: readonly Actor[];
  readonly events: readonly EventCluster[];
  /** Every document's view, in the order of `documents`; each call reads them anew. */
  views(): Iterable<ExportView>;
}

/** A corpus index read for an export, a document at a time. */
export function indexCorpus(index: CorpusIndex, token?: CancellationToken): ExportCorpus {
  const { documents, actors, events } = index.summary(token);
  return { documents, actors, events, views: () => index.views(token) };
}

/** A snapshot read as the exporters read a corpus index. */
export function snapshotCorpus(snapshot: CorpusSnapshot): ExportCorpus {
  return {
    documents: snapshot.documents, actors: snapshot.actors, events: snapshot.events,
    *views() {
      const claims = new Map<string, ClaimStatus[]>();
      for (const c of snapshot.claims) {
        let list = claims.get(c.uri);
        if (!list) claims.set(c.uri, list = []);
        list.push(c);
      }
      for (const d of snapshot.documents) {
        const analysis = snapshot.analyses[d.uri];
        if (analysis) yield { uri: d.uri, analysis, claims: claims.get(d.uri) ?? [], links: snapshot.links };
      }
    },
  };
}

/**
 * The corpus's links, each once, numbered in the order a snapshot lists them: as the documents'
 * claims first name them.
 */
export class LinkOrder {
  readonly links: ClaimLink[] = [];
  private readonly at = new Map<string, number>();

  /** Numbers the links of a view's claims; gives, for each claim, the numbers of its links. */
  add(view: ExportView): number[][] {
    return view.claims.map((c) => c.links.map((i) => {
      const l = view.links[i];
      const key = pairKey(l);
      let n = this.at.get(key);
      if (n === undefined) { n = this.links.push(l) - 1; this.at.set(key, n); }
      return n;
    }));
  }
}

function pairKey(l: ClaimLink): string {
  const a = claimKey(l.a); const b = claimKey(l.b);
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Documents' texts with their offset tables, made when asked for and kept for the few documents
 * read last: an export reads one document at a time, and each link's other passage now and then.
 */
export class TextModels {
  private readonly models = new Map<string, SourceText>();
  constructor(private readonly texts: ReadonlyMap<string, ExportText>, private readonly keep = 64) {}

  get(uri: string): SourceText {
    let m = this.models.get(uri);
    if (m) {
      this.models.delete(uri);
    } else {
      m = new SourceText(this.texts.get(uri)?.text ?? '');
      if (this.models.size >= this.keep) this.models.delete(this.models.keys().next().value!);
    }
    this.models.set(uri, m);
    return m;
  }

  bom(uri: string): number { return this.texts.get(uri)?.bom ?? 0; }
}
