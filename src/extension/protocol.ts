/** Messages between the extension host and the analysis worker. */
import type { CorpusSummary, DocumentView, EventCluster } from '../core/schema';
import type { PlacedManual } from '../core/export/w3c';
import type { Story } from '../core/storySchema';

/** A document to analyse; its outlet and date when its sources file or front matter give them. */
export interface SourceDocument { uri: string; text: string; version: number; bom?: number; outlet?: string; date?: string }

export type WorkerRequest =
  | { type: 'set'; seq: number; docs: SourceDocument[]; deleted?: string[] }
  /** The documents the editor shows: their views come with every summary. */
  | { type: 'focus'; uris: string[] }
  | { type: 'export'; id: number; format: ExportFormat; manual: PlacedManual[]; root?: string }
  /** Every mention of one event (the summary lists the first few of a large event's). */
  | { type: 'mentions'; id: number; event: string }
  /** The Story view's data; `reference` (ms) gives the year of dates written without one. */
  | { type: 'story'; id: number; reference: number }
  /** Stops the analysis under way (and any queued before this message). */
  | { type: 'cancel' };

export type ExportFormat = 'w3c' | 'csv' | 'md' | 'brat';

export type WorkerResponse =
  | { type: 'summary'; seq: number; summary: CorpusSummary; views: DocumentView[]; millis: number }
  | { type: 'views'; views: DocumentView[] }
  | { type: 'progress'; seq: number; done: number; total: number }
  /** The export: one file's text, or (brat) file name -> text. */
  | { type: 'export'; id: number; files: [string, string][] }
  /** An event's mentions (empty: the event is gone). */
  | { type: 'mentions'; id: number; mentions: EventCluster['mentions'] }
  | { type: 'story'; id: number; story: Story }
  | { type: 'error'; seq: number; message: string }
  /** The change was cancelled; the corpus is as it was before it (its summary when known). */
  | { type: 'cancelled'; seq: number; summary?: CorpusSummary; views?: DocumentView[] };
