/**
 * Capitalised words that are not names: closed-class words that open sentences, calendar
 * words, and frequent generic nouns of news prose written in title case in headings.
 * Source: the closed word classes of the Penn Treebank tag set (determiners, pronouns,
 * prepositions, conjunctions, modals, wh-words), plus months and days.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(`
a an the this that these those there here it its it's they them their theirs we us our ours you your yours he him
his she her hers i me my mine who whom whose which what when where why how whether if then than so because since
as at by for from in into of off on onto out over to under up with within without about above across after
against along among around before behind below beneath beside between beyond but despite down during except
inside like near past per through throughout toward towards until unto upon via and or nor yet also not no
all any both each either every few many more most much neither none one other others several some such
can could may might must shall should will would do does did done have has had having be is am are was were been
being get got let lets
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
mr mrs ms dr
while whilst less unlike although though whereas amid amidst following ahead rather despite until unless
however meanwhile moreover furthermore nevertheless nonetheless instead still even just only already
yes okay ok oh well now later earlier once again finally first second third last next new
nothing everything something anything nobody everyone everybody someone somebody god
according reports report sources source officials official critics experts analysts people
read related subscribe share follow click discover more sign advertisement photo video image caption
denial notice filing release statement
key takeaways summary update updated breaking exclusive analysis opinion editorial comment
`.split(/\s+/).filter(Boolean));

/** Words that make a sentence hedged or speculative rather than an assertion of fact. */
export const HEDGES: ReadonlySet<string> = new Set([
  'might', 'may', 'likely', 'unlikely', 'perhaps', 'possibly', 'probably', 'maybe',
  'potentially', 'seemingly', 'apparently', 'suggest', 'suggests', 'suggested', 'speculate', 'speculated',
]);

/** Conditionals that make a sentence speculative unless a source is reported as saying it. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['could', 'would', 'will', "won't", 'if']);

/**
 * Verbs by which a writer interprets rather than reports ("It shows that…", "This highlights…",
 * "…, signaling a rift"): without a named actor as their subject, the clause is commentary.
 * Source: the evaluative "cognition" and "discourse" process verbs of Hyland's classification of
 * reporting verbs (Hyland 2002, "Activity and evaluation"), in their inflected forms.
 */
export const INTERPRETIVE_VERBS: ReadonlySet<string> = new Set(`
show shows showed shown showing highlight highlights highlighted highlighting underscore underscores underscored
underscoring underline underlines underlined underlining illustrate illustrates illustrated illustrating reflect
reflects reflected reflecting signal signals signaled signalled signaling signalling frame frames framed framing
encompass encompasses encompassed encompassing demonstrate demonstrates demonstrated demonstrating exemplify
exemplifies exemplified exemplifying imply implies implied implying
`.split(/\s+/).filter(Boolean));

/**
 * Adjectives that grade importance or intensity ("significant pressure", "inherent risks") or
 * judge how involved a matter is ("the dispute is complex"): in a clause that reports no event,
 * no figure and no source, they mark the writer's assessment. Source: the intensifying, valuing
 * and composition (complexity) adjectives of the Appraisal framework (Martin & White 2005, "The
 * Language of Evaluation", graduation; appreciation: valuation, composition).
 */
export const EVALUATIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'significant', 'substantial', 'considerable', 'unacceptable', 'inherent', 'critical', 'crucial', 'serious',
  'stark', 'intense', 'massive', 'huge', 'enormous', 'tremendous', 'dramatic', 'favorable',
  'favourable', 'profound', 'existential',
  'complex', 'complicated', 'multifaceted', 'intricate', 'convoluted', 'nuanced', 'murky',
]);

/** Words that mark opinion or rhetoric rather than a checkable proposition. */
export const OPINION_MARKERS: ReadonlySet<string> = new Set([
  'i', 'my', 'we', "we've", "we're", 'you', 'your', "let's", 'think', 'believe', 'feel', 'should', 'must',
  'arguably', 'clearly', 'obviously', 'surely', 'undoubtedly', 'frankly', 'honestly', 'wild',
  'brutal', 'devastating', 'terrifying', 'stunning', 'shocking', 'hypocrisy', 'bravery', 'suicide',
]);

/**
 * The opinion markers that speak for the writer (first and second person, verbs of belief,
 * modals of obligation): they make a whole sentence an opinion, where an evaluative word only
 * colours its own clause. Source: the personal pronouns, mental verbs and modals of obligation
 * among OPINION_MARKERS above (Biber et al. 1999, stance markers, 12.2).
 */
export const PERSONAL_OPINION_MARKERS: ReadonlySet<string> = new Set([
  'i', 'my', 'we', "we've", "we're", 'you', 'your', "let's", 'think', 'believe', 'feel', 'should', 'must',
]);

/**
 * Function words left out of a passage's content terms.
 * Source: the SMART stop-word list (Salton, Cornell), trimmed to its most frequent entries.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(`
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can cannot could did do does doing down during each even ever every few for from further
had has have having he her here hers herself him himself his how however i if in into is it its itself just
let me more most my myself no nor not now of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those through
to too under until up upon us very was we were what when where which while who whom whose why will with
within without would yet you your yours also said says say stated told according reported reportedly
one two new its it's that's there's who's what's mr mrs ms dr
`.split(/\s+/).filter(Boolean));

/** Common nouns written with a capital in filings and quotations ("the Company"), never a name alone. */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'corporation', 'firm', 'group', 'government', 'agency', 'bureau', 'board', 'committee', 'court',
  'parties', 'party', 'respondent', 'plaintiff', 'defendant', 'client', 'buyer', 'seller', 'issuer',
  'university', 'college', 'school', 'institute', 'institution', 'union', 'hospital', 'council', 'commission',
  'ministry', 'agency', 'administration', 'association', 'federation', 'organization', 'organisation',
]);

/**
 * Acronyms of common words, never an actor on their own. Source: the most frequent
 * all-capital tokens of business and technology news that are not names.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'ai', 'ceo', 'cto', 'cfo', 'coo', 'llm', 'llms', 'api', 'gdp', 'usb', 'pdf', 'faq', 'hq', 'ipo', 'etf', 'ngo',
  'gps', 'it', 'pr', 'tv', 'ok', 'vpn', 'ip', 'ev', 'evs', 'esg', 'm&a', 'r&d', 'b2b', 'saas', 'os', 'ui', 'ux',
  'cpu', 'gpu', 'ram', 'ssd', 'dna', 'rna', 'covid', 'hiv', 'ppe', 'vat', 'eta', 'pm', 'am', 'ad', 'bc', 'id',
]);
