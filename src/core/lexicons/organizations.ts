/**
 * Institution patterns: the head nouns of organisation names and the suffixes of company names.
 * Source: the ORG heads used by the MUC-7 and CoNLL-2003 named-entity guidelines, the legal
 * entity suffixes of ISO 20275 (Entity Legal Forms) in their common English spellings, and the
 * names of government bodies in the CIA World Factbook's "Government" sections.
 */

/** Heads that make a name a government body. */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'agency', 'office', 'commission', 'court', 'parliament', 'senate', 'congress',
  'assembly', 'council', 'bureau', 'administration', 'cabinet', 'government', 'directorate', 'inspectorate',
  'authority', 'police', 'army', 'navy', 'guard', 'forces', 'military', 'command', 'tribunal', 'legislature',
  'house', 'treasury', 'reserve', 'secretariat', 'duma', 'knesset', 'bundestag', 'diet', 'regulator',
  'prosecutor', 'judiciary', 'embassy', 'consulate', 'mission', 'junta', 'state', 'republic', 'kingdom',
]);

/** Heads that make a name an organisation (not necessarily governmental). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'university', 'college', 'institute', 'institution', 'foundation', 'association', 'federation', 'union',
  'committee', 'society', 'party', 'coalition', 'alliance', 'league', 'network', 'organization',
  'organisation', 'center', 'centre', 'bank', 'fund', 'group', 'company', 'corporation', 'consortium',
  'board', 'trust', 'club', 'church', 'school', 'hospital', 'laboratory', 'laboratories', 'lab', 'labs',
  'press', 'times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'magazine', 'media',
  'studios', 'airlines', 'airways', 'motors', 'industries', 'technologies', 'systems', 'partners',
  'holdings', 'capital', 'ventures', 'energy', 'pharmaceuticals', 'telecom', 'communications', 'watch',
  'initiative', 'project', 'movement', 'front', 'brigade', 'cartel', 'dynamics', 'robotics', 'aerospace',
  'analytics', 'solutions', 'networks', 'semiconductor', 'semiconductors', 'electronics', 'logistics',
  'petroleum', 'mining', 'steel', 'insurance', 'pharma', 'biotech', 'therapeutics', 'foods', 'brands',
  'rail', 'railway', 'railways', 'shipping', 'airline', 'motor', 'software', 'games', 'pictures', 'records',
]);

/** Bodies named by one word ("the Bundestag"), which are government bodies on their own. */
export const SINGLE_WORD_GOVERNMENTS: ReadonlySet<string> = new Set([
  'bundestag', 'bundesrat', 'knesset', 'duma', 'riksdag', 'sejm', 'storting', 'folketing', 'majlis', 'parliament',
  'senate', 'assembly', 'cabinet', 'politburo', 'eduskunta', 'althing', 'oireachtas', 'dáil', 'seanad',
]);

/** Legal-form suffixes of companies. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'llp', 'plc', 'ag', 'sa', 's.a.',
  'gmbh', 'nv', 'n.v.', 'bv', 'b.v.', 'se', 'spa', 's.p.a.', 'oy', 'ab', 'as', 'asa', 'kk', 'pty',
  'limited', 'incorporated', 'corporation',
]);

/**
 * Heads of names that are not actors: laws, documents, programmes, doctrines and events.
 * "Project" is here as a first word only (see NON_ACTOR_FIRST_WORDS).
 */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'act', 'acts', 'law', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'declaration', 'convention',
  'protocol', 'doctrine', 'directive', 'amendment', 'code', 'charter', 'constitution', 'regulation',
  'ordinance', 'statute', 'order', 'resolution', 'rights', 'plan', 'program', 'programme', 'strategy',
  'war', 'summit', 'conference', 'crisis', 'award', 'prize', 'index', 'day', 'week', 'year', 'era',
  'valley', 'street', 'avenue', 'road', 'square', 'river', 'sea', 'ocean', 'mountains', 'island',
  'islands', 'peninsula', 'strait', 'gulf', 'bay', 'region', 'province', 'county', 'city',
  'ai', 'model', 'models', 'framework', 'cloud', 'platform', 'app', 'software', 'chip', 'chips',
  'coast', 'coasts', 'coastline', 'seaboard', 'shore', 'contract', 'contracts', 'pact', 'deal', 'proposal',
  'memo', 'memorandum', 'ruling', 'policy',
]);

/** First words of places and storms ("Port Newark", "Hurricane Helene"); a name that ends in an institution's head ("Port Authority") is still one. */
export const NON_ACTOR_FIRST_WORDS: ReadonlySet<string> = new Set(['project', 'operation', 'mount', 'lake', 'cape', 'fort', 'port', 'hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/**
 * Common nouns that, right after a name, show the name is a product or brand rather than an
 * actor ("the Galaxy phones", "Azure cloud services").
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'model', 'models', 'framework', 'app', 'apps', 'platform', 'software', 'chatbot', 'assistant', 'device',
  'devices', 'phone', 'phones', 'service', 'services', 'cloud', 'chip', 'chips', 'engine', 'browser',
  'console', 'car', 'cars', 'vehicle', 'drone', 'drones', 'jet', 'jets', 'missile', 'missiles', 'system',
  'systems', 'api', 'tool', 'tools', 'product', 'products', 'brand', 'version', 'update', 'release',
  'methodology', 'technique', 'principles', 'safety', 'weights', 'outputs', 'code',
]);

/** Connectors allowed inside a multi-word name ("Department of Defense", "Bank of England"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'bin', 'on']);

/** Particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'abu']);
