/**
 * The Story view's data and the messages between the editor and the view's webview, as zod
 * schemas: both sides parse what they receive, so a message of the wrong shape is refused, not
 * half-drawn. Document text travels here only as strings; the webview renders it as text.
 */
import * as z from 'zod';
import { ActorKind, EventType, PassageRef } from './schema';

/** A passage the view can open, with the outlet that carries it and its text, shortened. */
export const StoryPassage = PassageRef.extend({ outlet: z.string(), excerpt: z.string() });
export type StoryPassage = z.infer<typeof StoryPassage>;

export const StoryNode = z.object({
  /** The corpus actor id. */
  id: z.string(),
  label: z.string(),
  kind: ActorKind,
  /** How many edges start or end here, and how many outlets name the actor in them. */
  degree: z.number(),
  outlets: z.number(),
  /** The actor's first mention in an edge's passage. */
  passage: StoryPassage,
});
export type StoryNode = z.infer<typeof StoryNode>;

export const EdgeKind = z.enum(['threat', 'demand', 'red-line']);
export type EdgeKind = z.infer<typeof EdgeKind>;

/** One kind of pressure from one actor on another, with every passage that reports it. */
export const StoryEdge = z.object({
  id: z.string(),
  kind: EdgeKind,
  from: z.string(),
  /** For a red line: the actor it is drawn against (the one that threatens or demands most of its holder). */
  to: z.string().optional(),
  /** What is threatened, demanded or refused, as most passages put it. */
  label: z.string(),
  /** How many outlets report it: what the edge's width shows. */
  outlets: z.number(),
  /** How many passages report it; `passages` holds the first of them. */
  reports: z.number(),
  passages: z.array(StoryPassage).min(1),
});
export type StoryEdge = z.infer<typeof StoryEdge>;

export const TimelineEntry = z.object({
  eventId: z.string(),
  type: EventType,
  /** The lane: the event's actor id, or "" for an event nobody is named as doing. */
  lane: z.string(),
  label: z.string(),
  /** When it happened, as yyyy-mm-dd, when known. */
  date: z.string().optional(),
  /** Where the date comes from: a date in a passage that reports it, or the date of the document. */
  dateFrom: z.enum(['text', 'document']).optional(),
  /** The words the date was read from ("on Tuesday", "12 March"). */
  dateText: z.string().optional(),
  outlets: z.number(),
  passage: StoryPassage,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const CoverageCell = z.object({
  outlet: z.string(),
  mentions: z.number(),
  /** Other outlets whose passages on this event contradict this outlet's. */
  contradicts: z.array(z.string()),
  passage: StoryPassage,
});
export type CoverageCell = z.infer<typeof CoverageCell>;

export const CoverageRow = z.object({
  eventId: z.string(),
  label: z.string(),
  /** Carried by one outlet only while the corpus has several: a blind spot of the others. */
  blindSpot: z.boolean(),
  cells: z.array(CoverageCell),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const Story = z.object({
  nodes: z.array(StoryNode),
  edges: z.array(StoryEdge),
  lanes: z.array(z.object({ id: z.string(), label: z.string() })),
  timeline: z.array(TimelineEntry),
  outlets: z.array(z.string()),
  coverage: z.array(CoverageRow),
});
export type Story = z.infer<typeof Story>;

export const StoryPart = z.enum(['graph', 'timeline', 'coverage']);
export type StoryPart = z.infer<typeof StoryPart>;

/** What the webview drew, read back from its page: what a test compares with the story sent. */
export const RenderedStory = z.object({
  part: StoryPart,
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
  timeline: z.array(z.string()),
  /** The passages the timeline quotes, as the page shows them. */
  passages: z.array(z.string()),
  coverage: z.array(z.string()),
  /** Elements in the drawn story that document text could have made: none when text stays text. */
  markupElements: z.number(),
});
export type RenderedStory = z.infer<typeof RenderedStory>;

/** Labels of the page, translated by the editor. */
export const StoryStrings = z.record(z.string(), z.string());

export const ToWebview = z.discriminatedUnion('type', [
  z.object({ type: z.literal('story'), story: Story, strings: StoryStrings }),
  /** Activates an item as a click does (the editor's tests use it; so could a keyboard command). */
  z.object({ type: z.literal('activate'), item: z.string() }),
  z.object({ type: z.literal('show'), part: StoryPart }),
]);
export type ToWebview = z.infer<typeof ToWebview>;

export const FromWebview = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('open'), passage: PassageRef }),
  z.object({ type: z.literal('rendered'), rendered: RenderedStory }),
]);
export type FromWebview = z.infer<typeof FromWebview>;
