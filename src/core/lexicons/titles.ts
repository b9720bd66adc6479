/**
 * Titles and roles that stand before (or in apposition to) a person's name.
 * Source: the AP Stylebook's "titles" entry (government, military, religious, corporate and
 * academic titles), with the heads that combine with a portfolio ("Defense Secretary",
 * "Foreign Minister", "Chief Executive") listed once as heads and once as modifiers.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'under-secretary',
  'chancellor', 'premier', 'governor', 'mayor', 'senator', 'sen.', 'representative', 'rep.', 'congressman',
  'congresswoman', 'lawmaker', 'speaker', 'ambassador', 'envoy', 'commissioner', 'attorney', 'general', 'gen.',
  'admiral', 'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant',
  'judge', 'justice', 'chief', 'ceo', 'cto', 'cfo', 'coo', 'founder', 'co-founder', 'cofounder', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'director', 'head', 'lead', 'leader', 'spokesperson', 'spokesman',
  'spokeswoman', 'executive', 'officer', 'official', 'president-elect', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'sheikh', 'dr.', 'dr', 'prof.', 'professor', 'mr.', 'mr',
  'mrs.', 'mrs', 'ms.', 'ms', 'sir', 'dame', 'lord', 'lady', 'gov.', 'deputy', 'assistant', 'associate',
  'administrator', 'superintendent', 'inspector', 'auditor', 'comptroller', 'treasurer', 'prosecutor',
  'magistrate', 'regulator', 'economist', 'analyst', 'researcher', 'engineer', 'partner', 'manager',
  'chief executive', 'managing director', 'vp', 'svp', 'evp',
]);

/** Words that modify a title: its portfolio or standing ("Defense", "Foreign", "former"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'foreign', 'home', 'interior', 'finance', 'treasury', 'commerce', 'trade', 'state',
  'energy', 'health', 'justice', 'labor', 'labour', 'education', 'transport', 'transportation', 'agriculture',
  'homeland', 'security', 'war', 'army', 'navy', 'air', 'force', 'safety', 'policy', 'technology', 'science',
  'digital', 'economy', 'economic', 'culture', 'environment', 'climate', 'industry', 'business', 'legal',
  'press', 'communications', 'operating', 'financial', 'technical', 'research', 'product', 'information',
  'former', 'acting', 'interim', 'incoming', 'outgoing', 'deputy', 'vice', 'senior', 'junior', 'assistant',
  'general', 'chief', 'executive', 'managing', 'national', 'federal', 'regional', 'top', 'then',
  'u.s.', 'us', 'uk', 'eu', 'white', 'house', 'majority', 'minority', 'supreme', 'court', 'district',
]);
