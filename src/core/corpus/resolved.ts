/**
 * A document's analysis in corpus terms: actor keys of the document replaced by the corpus's
 * actor ids, and what the actor tables read of a document.
 */
import type { DocumentAnalysis } from '../schema';
import type { ActorSource, Resolution } from '../resolve';
import { isStored, storedActors, type StoredAnalysis } from '../stored';

/** What the actor tables read of a document. */
export function actorSource(a: DocumentAnalysis | StoredAnalysis): ActorSource {
  return isStored(a) ? { uri: a.uri, actors: storedActors(a), products: a.products, countries: a.countries } : a;
}

/** A document's analysis with actor keys replaced by corpus actor ids, unconfirmed actors dropped. */
export function resolveDocument(a: DocumentAnalysis, r: Resolution): DocumentAnalysis {
  const ids = r.idsFor(a.uri);
  const id = (k: string | undefined) => (k === undefined ? undefined : ids.get(k));
  const opt = <K extends string>(name: K, v: string | undefined) => (v === undefined ? {} : { [name]: v } as Record<K, string>);
  return {
    ...a,
    actors: a.actors.filter((x) => ids.has(x.key)).map((x) => ({ ...x, key: ids.get(x.key)!, canonical: r.byId.get(ids.get(x.key)!)!.canonical })),
    actorMentions: a.actorMentions.filter((m) => ids.has(m.key)).map((m) => ({ ...m, key: ids.get(m.key)!, kind: r.byId.get(ids.get(m.key)!)!.kind })),
    threats: a.threats.map(({ actor, target, ...t }) => ({ ...t, ...opt('actor', id(actor)), ...opt('target', id(target)) })),
    redLines: a.redLines.map(({ holder, ...t }) => ({ ...t, ...opt('holder', id(holder)) })),
    events: a.events.map(({ actor, target, ...e }) => ({ ...e, ...opt('actor', id(actor)), ...opt('target', id(target)) })),
    claims: a.claims.map((c) => ({ ...c, actors: mapIds(c.actors, ids), stanceOf: mapIds(c.stanceOf, ids) })),
  };
}

function mapIds(keys: string[], ids: Map<string, string>): string[] {
  return [...new Set(keys.map((k) => ids.get(k)).filter((x): x is string => !!x))];
}
