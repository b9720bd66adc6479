/**
 * Closed-class English words that mark where a phrase may end, for naming the object of a
 * threat or a red line in a few words. Source: the closed word classes of any English grammar
 * (determiners, pronouns, prepositions, conjunctions, auxiliaries), e.g. Quirk et al.,
 * *A Comprehensive Grammar of the English Language* (1985), ch. 2 and 9, kept to common words.
 */

/** Words that open a new clause or an adjunct: a phrase ends before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'whereas', 'whether', 'if', 'unless',
  'because', 'although', 'though', 'since', 'after', 'before', 'until', 'so', 'but', 'yet', 'despite', 'as',
  'including', 'amid', 'even', 'once', 'than', 'sparking', 'prompting', 'according',
]);

/** Subject pronouns: after a noun they open a clause that describes it ("the agreement it proposed"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'it']);

/** Words before which a shorter phrase may stop: prepositions and coordinators. */
export const PHRASE_JOINS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'into', 'onto', 'over', 'under', 'about', 'against',
  'between', 'through', 'during', 'without', 'within', 'toward', 'towards', 'to', 'across', 'around', 'beyond',
  'and', 'or', 'nor',
]);

/** Words a phrase cannot end with: what they begin is still to come. */
export const OPEN_ENDED: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some',
  'any', 'every', 'each', 'no', 'all', 'both', 'such', 'another', 'other', 'more', 'most', 'less', 'very', 'not',
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'to', 'and', 'or', 'nor', 'but',
  'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'into', 'onto', 'over', 'under', 'about', 'against',
  'between', 'through', 'during', 'without', 'within', 'toward', 'towards', 'across', 'around', 'beyond',
  'than', 'as', 'if', 'unless', 'that', 'which', 'who', 'whose', 'when', 'where', 'while', 'including',
  'estimated', 'certain', 'two', 'three', 'several', 'many', 'few', 'further', 'new',
]);

/** Words that make a clause general rather than of one actor ("these", "it", "this"): not the subject a limit names. */
export const VAGUE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'they', 'these', 'those', 'which', 'there']);
