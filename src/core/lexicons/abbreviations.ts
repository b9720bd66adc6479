/**
 * Abbreviations after which a full stop does not end a sentence.
 * Source: the abbreviation lists of the Punkt sentence tokenizer's English model and the
 * AP Stylebook's titles, states and company suffixes, lowercased and without the final dot.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'atty',
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'govt', 'intl',
  'vs', 'etc', 'al', 'approx', 'est', 'no', 'nos', 'vol', 'fig', 'p', 'pp', 'ed', 'eds', 'cf', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c', 'u.s.a',
]);
