/**
 * Verbs and phrases that carry events, threats, red lines and stances.
 * Event types follow the top level of the CAMEO event codebook (Schrodt, 2012: 01 make
 * statement, 04 consult, 06 cooperate, 10 demand, 12 reject, 13 threaten, 16 reduce relations,
 * 17 coerce), with its verb dictionaries reduced to lemmas; modal and future auxiliaries are
 * never triggers. Threat and red-line phrases come from the same codebook's 13x and 12x
 * entries and from common wording of refusals in news prose.
 */
import type { EventType } from '../schema';

export interface VerbEntry { lemma: string; type: EventType; forms?: string[] }

/** Lemmas with their CAMEO-like type. Regular inflections are generated; irregular ones listed. */
export const EVENT_VERBS: readonly VerbEntry[] = [
  // STATEMENT (CAMEO 01): speech acts.
  ...['say', 'state', 'note', 'argue', 'stress', 'emphasize', 'emphasise', 'explain', 'claim', 'tell', 'add',
    'highlight', 'announce', 'declare', 'insist', 'assert', 'acknowledge', 'admit', 'publish', 'write',
    'post', 'tweet', 'comment', 'describe', 'express', 'point', 'raise', 'reiterate', 'suggest', 'contend',
    'maintain', 'observe', 'remark', 'caution', 'predict', 'confirm']
    .map((lemma) => ({ lemma, type: 'STATEMENT' as const, forms: lemma === 'say' ? ['said', 'says', 'saying'] : lemma === 'tell' ? ['told', 'tells', 'telling'] : lemma === 'write' ? ['wrote', 'written', 'writes', 'writing'] : undefined })),
  // MEET (CAMEO 04).
  ...['meet', 'summon', 'host', 'visit', 'convene'].map((lemma) => ({ lemma, type: 'MEET' as const, forms: lemma === 'meet' ? ['met', 'meets', 'meeting'] : undefined })),
  // NEGOTIATE (CAMEO 04/03).
  ...['negotiate', 'renegotiate', 're-engage', 'reengage', 'discuss', 'bargain', 'mediate', 'pursue', 'seek', 'vie', 'court', 'explore'].map((lemma) => ({ lemma, type: 'NEGOTIATE' as const, forms: lemma === 'seek' ? ['sought', 'seeks', 'seeking'] : lemma === 'vie' ? ['vied', 'vies', 'vying'] : undefined })),
  // AGREE (CAMEO 05/08).
  ...['agree', 'accept', 'sign', 'acquiesce', 'concede', 'approve', 'settle', 'comply', 'yield', 'relent'].map((lemma) => ({ lemma, type: 'AGREE' as const })),
  // COOPERATE (CAMEO 06).
  ...['cooperate', 'collaborate', 'partner', 'offer', 'promise', 'commit', 'pledge', 'provide', 'supply', 'deploy', 'integrate', 'invest'].map((lemma) => ({ lemma, type: 'COOPERATE' as const })),
  // SUPPORT (CAMEO 05).
  ...['support', 'back', 'endorse', 'defend', 'praise', 'applaud', 'champion'].map((lemma) => ({ lemma, type: 'SUPPORT' as const })),
  // DEMAND (CAMEO 10).
  ...['demand', 'require', 'urge', 'want', 'request', 'ask', 'press'].map((lemma) => ({ lemma, type: 'DEMAND' as const })),
  // DISAPPROVE (CAMEO 11).
  ...['criticize', 'criticise', 'condemn', 'denounce', 'accuse', 'blame', 'slam', 'attack', 'protest', 'revolt', 'object', 'question', 'face'].map((lemma) => ({ lemma, type: 'DISAPPROVE' as const })),
  // REJECT (CAMEO 12).
  ...['refuse', 'reject', 'decline', 'rebuff', 'resist', 'defy', 'veto', 'oppose', 'deny', 'spurn', 'collapse'].map((lemma) => ({ lemma, type: 'REJECT' as const })),
  // THREATEN (CAMEO 13).
  ...['threaten', 'warn', 'consider'].map((lemma) => ({ lemma, type: 'THREATEN' as const })),
  // DESIGNATE (CAMEO 16/17: listing as a risk or an adversary).
  ...['designate', 'label', 'classify', 'deem', 'brand', 'blacklist', 'list'].map((lemma) => ({ lemma, type: 'DESIGNATE' as const })),
  // SANCTION (CAMEO 16).
  ...['sanction', 'ban', 'fine', 'penalize', 'penalise', 'embargo', 'boycott', 'suspend', 'cancel', 'terminate', 'revoke', 'expel', 'bar', 'exclude', 'direct', 'order', 'prohibit'].map((lemma) => ({ lemma, type: 'SANCTION' as const, forms: lemma === 'bar' ? ['barred', 'bars', 'barring'] : undefined })),
  // COERCE (CAMEO 17).
  ...['force', 'compel', 'coerce', 'seize', 'commandeer', 'invoke', 'pressure'].map((lemma) => ({ lemma, type: 'COERCE' as const })),
  // RESIGN / APPOINT.
  ...['resign', 'quit', 'depart'].map((lemma) => ({ lemma, type: 'RESIGN' as const, forms: lemma === 'quit' ? ['quits', 'quitting'] : undefined })),
  ...['appoint', 'nominate', 'hire', 'name'].map((lemma) => ({ lemma, type: 'APPOINT' as const })),
];

/** Nouns that report an event as strongly as a verb ("the minister's ultimatum", "the union's refusal"). */
export const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  ultimatum: 'THREATEN', threat: 'THREATEN', threats: 'THREATEN', refusal: 'REJECT', rejection: 'REJECT',
  demand: 'DEMAND', demands: 'DEMAND', directive: 'SANCTION', sanctions: 'SANCTION', ban: 'SANCTION',
  designation: 'DESIGNATE', negotiations: 'NEGOTIATE', talks: 'NEGOTIATE', discussions: 'NEGOTIATE',
  deal: 'AGREE', agreement: 'AGREE', partnership: 'COOPERATE', meeting: 'MEET', statement: 'STATEMENT',
  letter: 'STATEMENT', resignation: 'RESIGN', support: 'SUPPORT', maneuvering: 'NEGOTIATE', manoeuvring: 'NEGOTIATE',
};

/** Multi-word predicates, matched on lowercased text; each maps to an event type. */
export const EVENT_PHRASES: readonly { pattern: string; type: EventType }[] = [
  { pattern: 'point out', type: 'STATEMENT' }, { pattern: 'pointed out', type: 'STATEMENT' },
  { pattern: 'raised concerns', type: 'STATEMENT' }, { pattern: 'turned down', type: 'REJECT' },
  { pattern: 'on board', type: 'AGREE' }, { pattern: 'signed a deal', type: 'AGREE' },
  { pattern: 'struck a deal', type: 'AGREE' }, { pattern: 'reached a deal', type: 'AGREE' },
  { pattern: 'announced a deal', type: 'AGREE' }, { pattern: 'returned to negotiations', type: 'NEGOTIATE' },
  { pattern: 'in direct discussions', type: 'NEGOTIATE' }, { pattern: 'in talks', type: 'NEGOTIATE' },
  { pattern: 'stepped down', type: 'RESIGN' }, { pattern: 'step down', type: 'RESIGN' },
  { pattern: 'cut ties', type: 'SANCTION' }, { pattern: 'talks collapsed', type: 'OTHER' }, { pattern: 'said no', type: 'REJECT' }, { pattern: 'issued an ultimatum', type: 'THREATEN' },
  { pattern: 'issued a directive', type: 'SANCTION' }, { pattern: 'issued a warning', type: 'THREATEN' },
  { pattern: 'drew a firm line', type: 'REJECT' }, { pattern: 'drew a line', type: 'REJECT' },
];

/** Coercive steps, each with the words that name it: the "what" of a threat and the topic of its event. */
export const COERCIVE_STEPS: readonly { step: string; words: string[] }[] = [
  { step: 'designation', words: ['designate', 'designated', 'designating', 'designation', 'label', 'labeled', 'labelled', 'labels', 'blacklist', 'blacklisted', 'blacklisting', 'classify', 'classified', 'deeming', 'deemed', 'risk'] },
  { step: 'law invoked', words: ['invoke', 'invoked', 'invoking', 'invocation', 'act', 'emergency powers'] },
  { step: 'contract cancelled', words: ['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling', 'terminate', 'terminated'] },
  { step: 'licence revoked', words: ['revoke', 'revoked', 'revoking', 'licence', 'license', 'permit'] },
  { step: 'exclusion', words: ['exclude', 'excluded', 'shut out', 'cut off', 'bar', 'barred', 'cease', 'expel'] },
  { step: 'sanctions', words: ['sanction', 'sanctions', 'sanctioned', 'embargo', 'tariff', 'tariffs', 'fine', 'fines', 'fined', 'penalty', 'penalties', 'ban', 'banned'] },
  { step: 'ultimatum', words: ['ultimatum', 'deadline', 'or face', 'until'] },
  { step: 'force', words: ['force', 'forced', 'compel', 'compelled', 'coerce', 'seize', 'seizes', 'commandeer', 'crush', 'destroy', 'strangle', 'military action', 'strike'] },
  { step: 'pressure', words: ['pressure', 'consequences', 'threats', 'threat', 'retaliation', 'retaliate', 'retaliatory', 'reprisal', 'reprisals', 'punish', 'punishment', 'punitive', 'pay a price', 'pay a heavy price', 'pay the price', 'action', 'countermeasures'] },
];

/** Threat triggers: regular expressions over the sentence (lowercased). Each is checked for safety by the test suite. */
export const THREAT_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  { id: 'threat.verb', pattern: /\bthreat(?:en|ens|ened|ening)\b/ },
  { id: 'threat.warn', pattern: /\bwarn(?:s|ed|ing)? (?:that|of)\b/ },
  { id: 'threat.ultimatum', pattern: /\bultimatum\b/ },
  { id: 'threat.or-else', pattern: /\bor (?:face|we will|else|risk)\b/ },
  { id: 'threat.pressure', pattern: /\b(?:apply|applying|applied|exert|exerting|exerted|mount|mounting|piling) (?:\w+ )?pressure\b/ },
  { id: 'threat.escalating', pattern: /\b(?:escalating|series of|veiled|explicit) threats?\b/ },
  { id: 'threat.consider-step', pattern: /\b(?:consider|considers|considered|considering|weigh|weighs|weighed|weighing|mull|mulls|mulled|mulling) (?:invoking|using|imposing|designating|cancell?ing|banning|blacklisting|sanctioning|cutting|excluding|seizing)\b/ },
  { id: 'threat.force', pattern: /\b(?:tried|trying|tries|attempt(?:ed|ing|s)?|sought|seeking|seeks|moved|moving) to (?:force|compel|coerce|pressure)\b/ },
  // "a blacklist of words" is a list, not a threat.
  { id: 'threat.blacklist', pattern: /\bblacklist(?:ing|ed|(?! of\b))\b/ },
  { id: 'threat.could-be', pattern: /\bcould be (?:labell?ed|designated|blacklisted|banned|sanctioned|excluded|fined)\b/ },
  { id: 'threat.step-or', pattern: /\bor invoking\b/ },
  { id: 'threat.imposed', pattern: /\b(?:impos|plac|instat|activat|slapp|levi|levy|enforc)(?:e|es|ed|ing|y|ies)? (?:a |an |the |new |its |their )?(?:[\w-]+ ){0,3}?(?:ban|bans|sanctions?|embargo|denial|tariffs?|fines?|penalt(?:y|ies)|blacklist|restrictions)\b/ },
  { id: 'threat.ban', pattern: /\bbann(?:ed|ing) (?:[\w.-]+ ){0,4}?from\b/ },
  { id: 'threat.cut-off', pattern: /\bcut(?:s|ting)? (?:\w+ )?off\b/ },
  { id: 'threat.conditional', pattern: /\b(?:would|will|could|might) (?:\w+ )?(?:revoke|cancel|terminate|suspend|withdraw|strip|ban|bar|fine|sanction|sue|expel|seize|exclude|blacklist|designate)\b[^.;!?]{0,160}?\b(?:if|unless)\b/ },
  { id: 'threat.deadline', pattern: /\b(?:gave|give|gives|giving) (?:[\w'’.-]+ ){1,4}?until\b|\b(?:set|sets|setting|imposed|issued) (?:a |an )?(?:\w+ )?deadline\b/ },
  { id: 'threat.legal', pattern: /\b(?:take|takes|taking|took) (?:legal action|judicial measures|(?:\w+ )?to court)\b|\b(?:threatened|vowed|pledged) to sue\b/ },
];

/** Red-line triggers: a limit an actor says it will not cross or allow. */
export const RED_LINE_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  { id: 'redline.phrase', pattern: /\bred[- ]lines?\b/ },
  { id: 'redline.conscience', pattern: /\b(?:cannot|can ?not|can't|could not|couldn't) (?:\W?in good conscience|in all conscience)/ },
  { id: 'redline.non-negotiable', pattern: /\bnon-?negotiable\b/ },
  { id: 'redline.no-circumstances', pattern: /\bunder no circumstances\b/ },
  { id: 'redline.refuse-to-allow', pattern: /\brefus(?:e|es|ed|ing) to (?:allow|permit|let|concede|accept|budge|compromise|cross|back down|give up)\b/ },
  { id: 'redline.reject-use', pattern: /\breject(?:s|ed|ing)? (?:any |the )?use (?:for|of|in)\b/ },
  { id: 'redline.will-not', pattern: /\b(?:will not|won't|would never|will never|shall not) (?:allow|permit|accept|cross|compromise|back down|budge|agree|support|build|provide|let|tolerate)\b/ },
  { id: 'redline.not-without', pattern: /\b(?:will not|won't|would not|wouldn't|will never|would never|shall not) (?:\w+ )?(?:share|hand|give|release|disclose|sell|allow|provide|sign|deploy|supply|open|unlock)\b[^.;!?]{0,120}?\bwithout (?:a |an |the |their |its )?(?:court|warrant|consent|permission|approval|order|oversight|safeguards?|guarantees?)\b/ },
  { id: 'redline.position', pattern: /\b(?:do|does|did|will) not change (?:our|its|their|his|her|my) (?:position|stance|mind|view)\b/ },
  { id: 'redline.firm', pattern: /\b(?:drew|draw|draws|drawing) a (?:firm |clear |hard )?line\b|\bfirm stance against\b/ },
  { id: 'redline.prohibits', pattern: /\bprohibits? (?:the )?use\b/ },
  { id: 'redline.safeguards', pattern: /\b(?:safeguards|guardrails|restrictions|protections|conditions) (?:\w+ )?in place\b/ },
  { id: 'redline.no-bullet', pattern: /^no [^:]{3,80}:/ },
];

/** Predicates whose polarity can clash across sources: an actor accepting versus refusing. */
export const STANCES: readonly { stance: 'accept' | 'refuse'; pattern: RegExp }[] = [
  { stance: 'accept', pattern: /\b(?:agree[sd]?|agreeing|accept(?:s|ed|ing)?|acquiesc(?:e|es|ed|ing)|signed a deal|comply|complied|complying)\b/ },
  { stance: 'refuse', pattern: /\b(?:refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|declin(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?)\b/ },
];
