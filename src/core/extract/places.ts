/**
 * Places that read like names: cities (the GeoNames gazetteer's larger ones), U.S. states,
 * regions and the hand-kept places of the gazetteer. A place is where something happens, not
 * who acts, so a name that is one is no actor.
 */
import { PLACES, REGIONS, US_STATES, GROUP_ADJECTIVES } from '../lexicons/gazetteer';
import { GEONAMES_CITIES } from '../lexicons/generated/places';
import { norm as key } from './known';

const NAMED_PLACES = new Set([...PLACES, ...US_STATES, ...REGIONS].map(key));
const CITIES = new Set(GEONAMES_CITIES.map(key));
const ADJECTIVES = new Set(GROUP_ADJECTIVES.map(key));

/**
 * Is `name` (a name's words, already lower-cased and spaced by `norm`) a place? A city that is
 * one word may be a surname too, so it counts as a place only where the caller has no sign that
 * it acts (`acts`: a verb of speech or action, or a possessive, right after it).
 */
export function isPlaceName(name: string, acts: boolean): boolean {
  if (NAMED_PLACES.has(name)) return true;
  return CITIES.has(name) && (name.includes(' ') || !acts);
}

/** "Jewish", "Catholic": adjectives of a group, not a group. */
export function isGroupAdjective(name: string): boolean {
  return ADJECTIVES.has(name);
}
