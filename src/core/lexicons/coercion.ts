/**
 * Coercion written as legal, economic or official compulsion rather than as an open threat, and
 * limits stated as standing refusals. The word classes follow CAMEO's 16x (reduce relations:
 * halt aid, freeze assets, impose sanctions) and 17x (coerce: seize, arrest, impose restrictions)
 * entries and its 13x conditional threats; the refusal forms are English modal negation ("will
 * not", "would never", "has no intention of") as grammars describe it (Quirk et al., 1985,
 * §4.56 on volitional "will"; Palmer, Mood and Modality, 2001), and evaluative adjectives of
 * prohibition from the Appraisal framework's judgement of propriety (Martin and White, 2005).
 * Each list names a category of language, never a story.
 */

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Verbs of taking a coercive measure against someone's means: every form a news sentence uses. */
export const MEASURE_VERBS: readonly string[] = [
  'freeze', 'freezes', 'froze', 'frozen', 'freezing', 'withhold', 'withholds', 'withheld', 'withholding',
  'suspend', 'suspends', 'suspended', 'suspending', 'block', 'blocks', 'blocked', 'blocking',
  'halt', 'halts', 'halted', 'halting', 'pull', 'pulls', 'pulled', 'pulling', 'cut', 'cuts', 'cutting',
  'strip', 'strips', 'stripped', 'stripping', 'revoke', 'revokes', 'revoked', 'revoking',
  'seize', 'seizes', 'seized', 'seizing', 'confiscate', 'confiscates', 'confiscated', 'confiscating',
  'sanction', 'sanctions', 'sanctioned', 'sanctioning', 'terminate', 'terminates', 'terminated', 'terminating',
  'cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'rescind', 'rescinds', 'rescinded',
  'claw back', 'clawed back', 'review', 'reviews', 'reviewed', 'reviewing', 'investigate', 'investigates', 'investigated',
];

/** What such a measure takes away: money, accounts, contracts, licences, standing, access. */
export const MEANS_NOUNS: readonly string[] = [
  'funds', 'funding', 'fund', 'grants', 'grant', 'contracts', 'contract', 'accounts', 'account', 'assets',
  'payments', 'aid', 'money', 'subsidies', 'loans', 'licence', 'license', 'licences', 'licenses', 'permit',
  'permits', 'visas', 'status', 'accreditation', 'certification', 'access', 'exports', 'imports', 'shipments', 'financing', 'budget', 'salaries', 'benefits',
];

/** Nouns that name a coercive measure announced, ordered or faced. */
export const MEASURE_NOUNS: readonly string[] = [
  'freeze', 'suspension', 'ban', 'block', 'blockade', 'hold', 'sanctions', 'sanction', 'fine', 'fines',
  'tariff', 'tariffs', 'embargo', 'penalty', 'penalties', 'seizure', 'shutdown', 'moratorium',
  'injunction', 'review', 'investigation', 'probe', 'audit', 'arrest', 'arrests', 'prosecution', 'charges',
  'imprisonment', 'jail', 'expulsion', 'deportation', 'restrictions', 'cuts', 'cutoff', 'blacklisting',
];

/** Participles of a measure, after an order ("ordered X suspended") or a state that lasts ("remain blocked"). */
const MEASURE_PARTICIPLES = ['suspended', 'blocked', 'banned', 'frozen', 'closed', 'shut down', 'shut', 'halted', 'removed', 'seized', 'taken offline'];

/** Harm a speaker promises to do himself ("I will cripple you"): CAMEO 13's threats of force. */
const HARM_VERBS = ['cripple', 'crush', 'destroy', 'ruin', 'punish', 'bankrupt', 'shut down', 'retaliate', 'strike back', 'hit back', 'make you pay', 'bring down'];

/** Acts a party declares itself ready to carry on against another (a strike, a fight). */
const HOSTILE_ACTS = ['fight', 'strike', 'retaliate', 'escalate', 'shut down', 'walk out', 'go to war', 'use force', 'take action', 'stay out'];

const MEANS = alt(MEANS_NOUNS);
const MEASURE = alt(MEASURE_NOUNS);
/** Up to `n` words (money, names, possessives) between a verb and what it governs. */
const gap = (n: number) => `(?:[\\w$€£¥%.,'’“”"-]+ ){0,${n}}?`;

/** Threat triggers for compulsion; tried after the open-threat patterns of predicates.ts. */
export const COMPULSION_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  // "froze $2 billion in grants", "withheld its funding", "blocked the bank accounts of", "strip X of its status".
  // A participle after a determiner is an adjective ("its frozen assets"), not a measure taken.
  { id: 'threat.measure', pattern: new RegExp(`(?<!\\b(?:its|their|the|his|her|our|of|all|with) )\\b(?:${alt(MEASURE_VERBS)}) ${gap(6)}(?:${MEANS})\\b`) },
  // "had its accounts frozen", "funding was suspended".
  { id: 'threat.measure-passive', pattern: new RegExp(`\\b(?:${MEANS}) (?:(?:were|was|have been|has been|had been|are|is|being) )?(?:frozen|blocked|suspended|withheld|seized|revoked|cancell?ed|terminated|halted|pulled|confiscated|sanctioned)\\b`) },
  // "announced a total ban on", "ordered the suspension of", "began a review of $9 billion".
  { id: 'threat.measure-announced', pattern: new RegExp(`\\b(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|order(?:s|ed|ing)?|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|issu(?:e|es|ed|ing)|slapp(?:ed|ing)|imposed|imposing|began|begins|opened) (?:a |an |the |its |their )?${gap(5)}(?:${MEASURE})\\b`) },
  // "ordered X to choose a representative", "ordered the platform suspended", "ruled to suspend".
  { id: 'threat.order', pattern: new RegExp(`\\b(?:order(?:s|ed|ing)?|direct(?:s|ed)|instruct(?:s|ed)|mandat(?:es|ed)|compell(?:s|ed)) (?:[\\w'’.-]+ ){1,6}?(?:to (?:block|ban|suspend|remove|shut|halt|close|cease|stop|pay|comply|hand|choose|name|appoint|freeze|seize|introduce|delete|take down)|(?:be )?(?:${alt(MEASURE_PARTICIPLES)}))\\b|\\bruled? (?:to|that) (?:\\w+ )?(?:suspend|block|ban|freeze|seize|carry out an investigation|investigate|arrest|remove|shut)\\b`) },
  // "has given companies a five-day period to remove the app", "gave the firm 24 hours to comply".
  { id: 'threat.period', pattern: /\b(?:gave|given|give|gives|giving|granted|grants) (?:[\w'’.,-]+ ){0,6}?(?:a |an )?(?:[\w-]+ )?(?:period|deadline|window|days|hours|weeks) to\b/ },
  // "could face suspension", "faces fines of up to", "risks a ban".
  { id: 'threat.face', pattern: new RegExp(`\\b(?:face|faces|facing|faced|risk|risks|risking) (?:a |an |the |possible |potential |hefty |heavy |daily |further |new |total )?(?:\\w+ )?(?:${MEASURE})\\b`) },
  // "will remain blocked until", "the ban will stay in effect until X complies".
  { id: 'threat.until', pattern: new RegExp(`\\b(?:remain|remains|stay|stays|will be|would be|to be) (?:\\w+ )?(?:${alt(MEASURE_PARTICIPLES)}|in effect|in force|in place)\\b[^.;!?]{0,100}?\\buntil\\b`) },
  // "If X keeps operating, officials could seize its equipment."
  { id: 'threat.if-then', pattern: new RegExp(`^\\W*(?:if|unless|should)\\b[^.;!?]{3,140}?, [^.;!?]{0,60}?\\b(?:could|would|will|may|might|can) (?:\\w+ )?(?:${alt(MEASURE_VERBS)}|lose|face|ban|fine|arrest|expel|sue|bar|shut)\\b`) },
  // "must comply to keep its funding", "if they wish to continue receiving taxpayer support".
  { id: 'threat.keep-means', pattern: new RegExp(`\\b(?:to|so as to|in order to|if (?:it|they|he|she|you|we) (?:wish|wishes|want|wants|hope|hopes) to) (?:maintain|keep|retain|preserve|continue receiving|continue to receive) ${gap(4)}(?:${MEANS}|support|relationship)\\b`) },
  // "is contingent on acting in the public interest", "conditional on compliance".
  { id: 'threat.contingent', pattern: new RegExp(`\\b(?:${MEANS})\\b[^.;!?]{0,40}?\\b(?:contingent|conditional|conditioned) (?:up)?on\\b`) },
  // "should lose its tax-exempt status", "would lose its licence".
  { id: 'threat.lose-means', pattern: new RegExp(`\\b(?:should|would|will|could|must) (?:\\w+ )?lose ${gap(3)}(?:${MEANS})\\b`) },
  // "I will cripple you", "we are prepared to fight as long as necessary".
  { id: 'threat.harm', pattern: new RegExp(`\\b(?:i|we) (?:will|shall|['’]ll|are going to|am going to) (?:\\w+ )?(?:${alt(HARM_VERBS)})\\b|\\b(?:prepared|ready|willing|determined) to (?:${alt(HOSTILE_ACTS)})\\b`) },
];

/**
 * Verbs that a negated future never makes a limit of ("it will not be easy", "the strike will
 * not end"); "do" is a pro-verb, which names no act of its own ("we won't do that").
 */
const NOT_VOLITIONAL = ['do', 'be', 'become', 'have', 'happen', 'occur', 'last', 'end', 'matter', 'work', 'help', 'hurt', 'affect', 'need', 'seem', 'appear', 'know', 'see', 'expect', 'take', 'come', 'get', 'go', 'say', 'comment', 'disclose', 'elaborate', 'speculate', 'respond', 'reply', 'confirm', 'change', 'receive', 'run', 'stand'];

/** Words after "to" that make it a preposition ("refusal to the Pentagon"), not an infinitive's mark. */
const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'all'];

/** Red-line triggers for standing refusals and limits, tried after those of predicates.ts. */
export const REFUSAL_PATTERNS: readonly { id: string; pattern: RegExp; volitional?: boolean }[] = [
  // "will not surrender its independence", "we won’t do that", "would never agree", "is not going to".
  { id: 'redline.refusal', volitional: true, pattern: new RegExp(`\\b(?:will not|would not|shall not|won['’]t|wouldn['’]t|will never|would never|never will|is not going to|are not going to|am not going to|(?:is|are|am|['’]re|['’]m) not planning to|ha(?:s|ve) no (?:plans?|intention) (?:to|of))(?: (?:simply|ever|now|again|also|still|be forced to|be pressured into|be made to))? [“"‘]?(?!(?:${alt(NOT_VOLITIONAL)}|${alt(DETERMINERS)})\\b)[a-z]+`) },
  // "refused to comply with the order", "its refusal to surrender": refusing to yield, not refusing a request.
  { id: 'redline.refuse-to-yield', pattern: /\brefus(?:e|es|ed|ing|al) to (?:comply|surrender|yield|submit|give in|bow|cave|capitulate|relinquish|obey|hand over)\b/ },
  // "is not for sale", "remains non-negotiable", "is unacceptable", "is intolerable", "off the table".
  { id: 'redline.not-for-sale', pattern: /\b(?:is|are|was|were|remains?|be) (?:\w+ )?(?:not for sale|not negotiable|not up for (?:negotiation|debate|discussion)|off the table|out of the question|unacceptable|intolerable|a non-starter)\b/ },
  // "No government should dictate what …", "no court may order".
  { id: 'redline.no-one-may', pattern: /\bno (?:government|one|court|administration|president|official|authority|country|state|company|politician|party|foreign power)\b[^.;!?]{0,60}?\b(?:should|shall|may|can|must|has the right to)\b/ },
  // "they must meet our demands", "have to accept our terms".
  { id: 'redline.our-terms', pattern: /\b(?:must|have to|has to|need to|needs to) (?:meet|accept|agree to|comply with|satisfy) (?:our|my) (?:demands|terms|conditions)\b/ },
];
