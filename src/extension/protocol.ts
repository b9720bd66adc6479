/** Messages between the extension host and the analysis worker. */
import type { CorpusSnapshot } from '../core/schema';

export interface SourceDocument { uri: string; text: string; version: number }

export type WorkerRequest =
  | { type: 'set'; seq: number; docs: SourceDocument[]; deleted?: string[] };

export type WorkerResponse =
  | { type: 'snapshot'; seq: number; snapshot: CorpusSnapshot; millis: number }
  | { type: 'progress'; seq: number; done: number; total: number }
  | { type: 'error'; seq: number; message: string };
