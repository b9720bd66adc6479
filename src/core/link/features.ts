/**
 * The features a claim is linked by (the terms of its wording, the names among them, its actors
 * as @actor and its figures as #figure), numbered as they first come, so that a claim's features
 * are a sorted list of integers and two claims are compared by merging two such lists.
 */
import { OPPOSITE_TERMS } from '../extract/claims';

/** What a feature is: a term of the wording, a name among the terms, an actor, a figure. */
export const enum FeatureKind { Term, Name, Actor, Figure }

/** How many distinct actors and figures are remembered with their feature numbers before starting afresh. */
const NAMES_LIMIT = 1_000_000;

export class Features {
  /** name -> number, and number -> name, kind and whether it is a term with an opposite (OPPOSITE_TERMS). */
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly kinds: FeatureKind[] = [];
  readonly opposable: boolean[] = [];
  /** actor or figure -> its feature number. */
  private readonly actorFeatures = new Map<string, number>();
  private readonly figureFeatures = new Map<string, number>();

  /** How many features are numbered. */
  get count(): number { return this.names.length; }

  /**
   * A claim's features (terms, @actors, #figures) as feature numbers, ascending, without
   * repeats. The claim's terms become the index's copies of the same strings.
   */
  numbersOf(c: { terms: string[]; actors: readonly string[]; figures: readonly string[] }): number[] {
    const all = new Array<number>(c.terms.length + c.actors.length + c.figures.length);
    let n = 0;
    for (let i = 0; i < c.terms.length; i++) {
      const f = this.id(c.terms[i]);
      c.terms[i] = this.names[f];
      all[n++] = f;
    }
    for (const a of c.actors) all[n++] = this.prefixed('@', a);
    for (const f of c.figures) all[n++] = this.prefixed('#', f);
    all.sort((x, y) => x - y);
    let m = 0;
    for (let i = 0; i < all.length; i++) if (!m || all[i] !== all[m - 1]) all[m++] = all[i];
    all.length = m;
    return all;
  }

  /** A feature's number, given when it first comes. */
  private id(name: string): number {
    let f = this.ids.get(name);
    if (f === undefined) {
      f = this.names.push(name) - 1;
      this.kinds.push(name.startsWith('@') ? FeatureKind.Actor : name.startsWith('#') ? FeatureKind.Figure : name.startsWith('name:') ? FeatureKind.Name : FeatureKind.Term);
      this.opposable.push(OPPOSITE_TERMS.has(name));
      this.ids.set(name, f);
    }
    return f;
  }

  /** An actor's or a figure's feature number, its name made once per actor or figure. */
  private prefixed(prefix: '@' | '#', s: string): number {
    const made = prefix === '@' ? this.actorFeatures : this.figureFeatures;
    let f = made.get(s);
    if (f === undefined) {
      if (made.size >= NAMES_LIMIT) made.clear();
      f = this.id(prefix + s);
      made.set(s, f);
    }
    return f;
  }
}
