/**
 * Synonym classes folded to one term when passages are compared, so that paraphrases in
 * different outlets meet ("unfettered" = "unrestricted", "blacklist" = "exclude").
 * Source: WordNet 3.1 synsets of the verbs and adjectives most frequent in reporting on
 * coercion and negotiation, hand-merged where WordNet splits near-synonyms across senses.
 */
export const SYNONYM_CLASSES: readonly string[][] = [
  ['refuse', 'reject', 'decline', 'rebuff', 'spurn', 'refusal', 'rejection', 'resist', 'resistance'],
  ['demand', 'request', 'ask', 'call', 'require', 'want', 'ultimatum', 'insist'],
  ['unrestricted', 'unfettered', 'unlimited', 'unconstrained', 'full', 'broad', 'broader', 'unchecked'],
  ['blacklist', 'exclude', 'bar', 'cut', 'blacklisting', 'exclusion'],
  ['designate', 'label', 'classify', 'deem', 'designation', 'classification', 'brand', 'list'],
  ['threaten', 'threat', 'warn', 'warning', 'menace'],
  ['contract', 'deal', 'agreement', 'partnership', 'contractual'],
  ['company', 'firm', 'startup', 'lab', 'business', 'developer', 'provider', 'vendor'],
  ['military', 'defense', 'defence', 'armed', 'army'],
  ['government', 'administration', 'state', 'federal', 'executive'],
  ['surveillance', 'monitoring', 'spying', 'snooping', 'wiretapping'],
  ['weapon', 'weapons', 'arms', 'weaponry', 'lethal'],
  ['autonomous', 'self-directed', 'automated', 'autonomy'],
  ['remove', 'strip', 'eliminate', 'drop', 'removing'],
  ['cancel', 'terminate', 'end', 'scrap', 'cancellation'],
  ['agree', 'accept', 'acquiesce', 'consent', 'acquiescing', 'concede'],
  ['promise', 'commit', 'pledge', 'vow', 'guarantee'],
  ['safeguard', 'guardrail', 'restriction', 'protection', 'safety', 'filter', 'constraint'],
  ['model', 'system', 'technology', 'tool', 'tech'],
  ['citizen', 'people', 'public', 'civilian'],
  ['negotiate', 'renegotiate', 'negotiation', 'talk', 'discussion', 'discuss', 're-engage', 'communicate'],
  ['support', 'back', 'endorse', 'backing'],
  ['resign', 'quit', 'leave', 'depart', 'departure', 'resignation'],
  ['statement', 'letter', 'post', 'announcement', 'remark'],
  ['reliable', 'dependable', 'trustworthy'],
  ['invoke', 'use', 'apply', 'trigger'],
  ['force', 'compel', 'coerce', 'compliance'],
  ['transition', 'handover', 'switch'],
  ['continue', 'keep', 'remain'],
  ['fine', 'penalty', 'forfeiture', 'fines', 'penalties', 'settlement'],
  ['ban', 'denial', 'embargo', 'prohibition'],
  ['cease', 'halt', 'stop', 'suspend', 'shut'],
  ['main', 'principal', 'primary'],
  ['lift', 'reverse', 'overturn', 'rescind', 'repeal', 'reversal'],
  ['operation', 'activity'],
  ['impose', 'instate', 'enact', 'institute', 'activate', 'imposition', 'activation'],
  ['legal', 'judicial'],
  ['action', 'measure', 'step'],
  ['investor', 'trader', 'shareholder', 'stockholder'],
  ['sell', 'ship', 'export'],
  ['million', 'm'], ['billion', 'bn', 'b'],
];

/**
 * Verbs of opposite direction (WordNet antonyms of the verbs, with their near synonyms): a
 * passage that has one where the other passage has its opposite ("the rule undermines X",
 * "the rule defends X") does not assert the same thing, however many other words they share.
 */
export const OPPOSITE_CLASSES: readonly [string[], string[]][] = [
  [['undermine', 'weaken', 'erode', 'subvert', 'sabotage'], ['defend', 'protect', 'strengthen', 'uphold', 'bolster', 'reinforce', 'preserve']],
  [['increase', 'boost', 'expand', 'grow', 'rise'], ['reduce', 'decrease', 'shrink', 'slash']],
  [['win', 'gain'], ['lose']],
];
