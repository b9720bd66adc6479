/**
 * Every data shape SourceLens passes between its parts or reads from disk, as zod schemas.
 * TypeScript types are inferred from these so that a shape is written once.
 * Offsets in these shapes are UTF-16 code units into the document text as the editor sees it
 * (no byte-order mark); exporters convert to code points.
 */
import * as z from 'zod';

export const ActorKind = z.enum(['person', 'organization', 'government', 'group', 'country']);
export type ActorKind = z.infer<typeof ActorKind>;

export const EventType = z.enum([
  'DEMAND', 'REJECT', 'THREATEN', 'COERCE', 'SANCTION', 'DESIGNATE', 'NEGOTIATE', 'AGREE',
  'COOPERATE', 'SUPPORT', 'DISAPPROVE', 'STATEMENT', 'MEET', 'RESIGN', 'APPOINT', 'OTHER',
]);
export type EventType = z.infer<typeof EventType>;

/** Why an automatic tag fired: the rule and the words of the text that triggered it. */
export const Why = z.object({
  rule: z.string(),
  words: z.array(z.string()),
  note: z.string().optional(),
});
export type Why = z.infer<typeof Why>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const ActorMention = Span.extend({
  /** Key of the actor within its document; resolved to a corpus-wide id by the index. */
  key: z.string(),
  surface: z.string(),
  kind: ActorKind,
  why: Why,
});
export type ActorMention = z.infer<typeof ActorMention>;

export const Threat = Span.extend({
  actor: z.string().optional(),
  target: z.string().optional(),
  what: z.string(),
  why: Why,
});
export type Threat = z.infer<typeof Threat>;

export const RedLine = Span.extend({
  holder: z.string().optional(),
  what: z.string(),
  why: Why,
});
export type RedLine = z.infer<typeof RedLine>;

export const EventMention = Span.extend({
  type: EventType,
  actor: z.string().optional(),
  target: z.string().optional(),
  /** What the event is about, as a normalised class ("designation", "contract"…), for grouping. */
  topic: z.string(),
  trigger: z.string(),
  /** The passage's text, shortened, for lists that show it without opening the document. */
  excerpt: z.string(),
  /** Id shared by every mention of one real-world event across the corpus (set by the index). */
  eventId: z.string().optional(),
  why: Why,
});
export type EventMention = z.infer<typeof EventMention>;

export const Claim = Span.extend({
  /** Content terms (stemmed, synonyms folded) used to find corroborating passages. */
  terms: z.array(z.string()),
  /** Actor keys named in the claim. */
  actors: z.array(z.string()),
  /** Normalised figures (money, counts, percentages) in the claim. */
  figures: z.array(z.string()),
  /** +1 asserts, -1 asserts a refusal or negation of its main predicate. */
  polarity: z.union([z.literal(1), z.literal(-1)]),
  /** Polarity-bearing predicate class, e.g. "accept" or "refuse", when the claim has one. */
  stance: z.string().optional(),
  /** The actors that take the stance: those named just before its verb. */
  stanceOf: z.array(z.string()),
  /** Event type of the clause's own predicate (its first event verb other than a verb of saying), when it has one. */
  predicate: z.string().optional(),
  /** A habitual or general statement ("a designation usually requires…"): background, not the report of an event. */
  generic: z.boolean().optional(),
  /** The claim's text, shortened. */
  excerpt: z.string(),
  why: Why,
});
export type Claim = z.infer<typeof Claim>;

/** An actor as the extractor saw it in one document, before corpus-wide resolution. */
export const LocalActor = z.object({
  key: z.string(),
  canonical: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  /** Lowercased name forms that identify this actor across documents. */
  matchKeys: z.array(z.string()),
  /** Decided by its own document, or waiting on evidence from the others. */
  sure: z.boolean(),
  /** Seen only as the first word of sentences. */
  initialOnly: z.boolean(),
  /** A single word: maybe the surname of a person named in full elsewhere. */
  single: z.boolean(),
  /** Person's organisation from a title ("Acme CEO Jane Doe"), as a local key. */
  affiliation: z.string().optional(),
  /** A generic reference ("the military") to be resolved to the body it stands for. */
  roleOf: z.string().optional(),
});
export type LocalActor = z.infer<typeof LocalActor>;

export const DocumentAnalysis = z.object({
  uri: z.string(),
  version: z.number(),
  actors: z.array(LocalActor),
  actorMentions: z.array(ActorMention),
  threats: z.array(Threat),
  redLines: z.array(RedLine),
  events: z.array(EventMention),
  claims: z.array(Claim),
  /** Names this document uses as products or brands. */
  products: z.array(z.string()),
  /** Paragraphs and bullets (headings left out) as [start, end) pairs: where lenses stand. */
  passages: z.array(z.tuple([z.number(), z.number()])),
  /** Offsets where lines start, so that positions can be given without the text. */
  lineStarts: z.array(z.number()),
  /** Countries the document speaks of, most mentioned first. */
  countries: z.array(z.string()),
});
export type DocumentAnalysis = z.infer<typeof DocumentAnalysis>;

/** A passage in a document, as carried by corpus-level results. */
export const PassageRef = Span.extend({ uri: z.string() });
export type PassageRef = z.infer<typeof PassageRef>;

export const Actor = z.object({
  id: z.string(),
  canonical: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  docs: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;

export const EventCluster = z.object({
  id: z.string(),
  type: EventType,
  actor: z.string().optional(),
  target: z.string().optional(),
  topic: z.string(),
  mentions: z.array(PassageRef.extend({ trigger: z.string(), excerpt: z.string(), why: Why })),
  /** How many mentions the event has, when `mentions` holds only the first of them (the editor's summary of a large corpus). */
  mentionCount: z.number().optional(),
  docCount: z.number(),
  outletCount: z.number(),
});
export type EventCluster = z.infer<typeof EventCluster>;

export const ClaimLink = z.object({
  kind: z.enum(['corroborates', 'contradicts']),
  a: PassageRef,
  b: PassageRef,
  score: z.number(),
  reason: z.string(),
});
export type ClaimLink = z.infer<typeof ClaimLink>;

export const ClaimStatus = PassageRef.extend({
  corroborated: z.boolean(),
  /** Indices into the snapshot's links. */
  links: z.array(z.number()),
});
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** One document as the editor shows it: its resolved analysis, its claims and their links. */
export const DocumentView = z.object({
  analysis: DocumentAnalysis,
  claims: z.array(ClaimStatus),
  links: z.array(ClaimLink),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** What the editor keeps of the whole corpus: small enough to send on every change. */
export const CorpusSummary = z.object({
  documents: z.array(z.object({ uri: z.string(), outlet: z.string() })),
  actors: z.array(Actor),
  events: z.array(EventCluster),
  claimCount: z.number(),
  uncorroboratedCount: z.number(),
  contradictionCount: z.number(),
});
export type CorpusSummary = z.infer<typeof CorpusSummary>;

/** What the corpus index hands to the editor and the exporters: plain, serialisable data. */
export const CorpusSnapshot = z.object({
  documents: z.array(z.object({ uri: z.string(), outlet: z.string() })),
  actors: z.array(Actor),
  /** document uri -> its analysis, with actor keys already resolved to corpus actor ids. */
  analyses: z.record(z.string(), DocumentAnalysis),
  events: z.array(EventCluster),
  links: z.array(ClaimLink),
  claims: z.array(ClaimStatus),
});
export type CorpusSnapshot = z.infer<typeof CorpusSnapshot>;

/** Where a manual annotation stands: its quote with some context, and its code-point position. */
export const Anchor = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Anchor = z.infer<typeof Anchor>;

export const ManualKind = z.enum(['actor', 'threat', 'red-line', 'event', 'claim', 'note', 'corroborates', 'contradicts', 'confirm', 'reject']);
export type ManualKind = z.infer<typeof ManualKind>;

/** One line of `.sourcelens/annotations.jsonl`: the analyst's own tag, link, note or verdict. */
export const ManualAnnotation = z.object({
  id: z.string().min(1),
  kind: ManualKind,
  /** The document, relative to the workspace folder, with forward slashes. */
  doc: z.string().min(1),
  anchor: Anchor,
  /** For links: the other passage. */
  other: z.object({ doc: z.string().min(1), anchor: Anchor }).optional(),
  /** The canonical actor, the event type, the claim's assessment or the note's text. */
  value: z.string().optional(),
  actor: z.string().optional(),
  target: z.string().optional(),
  /** For confirm and reject: the automatic tag they judge. */
  tag: z.object({ kind: z.string(), rule: z.string() }).optional(),
  created: z.string(),
}).strict();
export type ManualAnnotation = z.infer<typeof ManualAnnotation>;

/**
 * `sources.json` beside the documents: each document's outlet (and, when known, its date), by
 * file name: `{ "wire-report.txt": "Wire", "ledger.md": { "outlet": "Northern Ledger", "date": "2026-03-12" } }`.
 */
export const SourcesFile = z.record(z.string(), z.union([
  z.string().min(1),
  z.object({ outlet: z.string().min(1).optional(), source: z.string().min(1).optional(), date: z.string().optional() }),
]));
export type SourcesFile = z.infer<typeof SourcesFile>;
