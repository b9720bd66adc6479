/**
 * World knowledge that names do not carry on their face: metonyms for governments and their
 * departments, well-known institution acronyms, news outlets, countries with their demonyms
 * and capitals. Sources: Wikipedia's "List of metonyms" (politics section), the U.S. GPO Style
 * Manual's list of federal abbreviations, ISO 3166 country names with the CIA World Factbook's
 * nationality adjectives and capitals, and the Reuters Institute Digital News Report's outlets.
 */
import type { ActorKind } from '../schema';

export interface KnownActor {
  canonical: string; kind: ActorKind; aliases: string[];
  /** Aliases that every country's institution bears ("Supreme Court"): they name this one only in a document about `country`. */
  local?: { country: string; aliases: string[] };
}

/**
 * Institutions known by a building, a place or a second name, with the aliases that point to
 * them. The first alias of each is its fullest name.
 */
export const INSTITUTIONS: readonly KnownActor[] = [
  { canonical: 'U.S. Department of Defense', kind: 'government', aliases: ['Department of Defense', 'Defense Department', 'DoD', 'Pentagon', 'Department of War', 'War Department', 'U.S. military', 'US military', 'American military'] },
  { canonical: 'U.S. government', kind: 'government', aliases: ['White House', 'U.S. administration', 'US government', 'United States government', 'federal government', 'executive branch', 'Washington'], local: { country: 'United States', aliases: ['federal government', 'executive branch'] } },
  { canonical: 'U.S. Department of State', kind: 'government', aliases: ['State Department', 'Department of State', 'Foggy Bottom'] },
  { canonical: 'U.S. Department of Justice', kind: 'government', aliases: ['Justice Department', 'Department of Justice', 'DOJ'] },
  { canonical: 'U.S. Department of the Treasury', kind: 'government', aliases: ['Treasury Department', 'Department of the Treasury', 'U.S. Treasury'] },
  { canonical: 'U.S. Department of Commerce', kind: 'government', aliases: ['Commerce Department', 'Department of Commerce'] },
  { canonical: 'U.S. Department of Homeland Security', kind: 'government', aliases: ['Homeland Security Department', 'Department of Homeland Security', 'DHS'] },
  { canonical: 'U.S. Congress', kind: 'government', aliases: ['Congress', 'Capitol Hill'], local: { country: 'United States', aliases: ['Congress'] } },
  { canonical: 'U.S. Supreme Court', kind: 'government', aliases: ['Supreme Court'], local: { country: 'United States', aliases: ['Supreme Court'] } },
  { canonical: 'Federal Bureau of Investigation', kind: 'government', aliases: ['FBI'] },
  { canonical: 'Central Intelligence Agency', kind: 'government', aliases: ['CIA'] },
  { canonical: 'National Security Agency', kind: 'government', aliases: ['NSA'] },
  { canonical: 'Federal Trade Commission', kind: 'government', aliases: ['FTC'] },
  { canonical: 'Federal Communications Commission', kind: 'government', aliases: ['FCC'] },
  { canonical: 'Securities and Exchange Commission', kind: 'government', aliases: ['SEC'] },
  { canonical: 'U.S. intelligence community', kind: 'government', aliases: ['intelligence community', 'intelligence communities'] },
  { canonical: 'UK government', kind: 'government', aliases: ['Downing Street', 'Number 10', 'No 10', 'Whitehall', 'British government', 'HM Government'] },
  { canonical: 'UK Home Office', kind: 'government', aliases: ['Home Office'] },
  { canonical: 'UK Ministry of Defence', kind: 'government', aliases: ['Ministry of Defence', 'MoD'] },
  { canonical: 'Russian government', kind: 'government', aliases: ['Kremlin', 'Moscow'] },
  { canonical: 'Chinese government', kind: 'government', aliases: ['Beijing', 'Zhongnanhai', 'Chinese authorities'] },
  { canonical: 'French government', kind: 'government', aliases: ['Élysée', 'Elysee', 'Paris'] },
  { canonical: 'German government', kind: 'government', aliases: ['Berlin'] },
  { canonical: 'Japanese government', kind: 'government', aliases: ['Tokyo'] },
  { canonical: 'Indian government', kind: 'government', aliases: ['New Delhi'] },
  { canonical: 'European Commission', kind: 'government', aliases: ['Brussels', 'EU Commission'] },
  { canonical: 'European Union', kind: 'government', aliases: ['EU'] },
  { canonical: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  { canonical: 'North Atlantic Treaty Organization', kind: 'organization', aliases: ['NATO'] },
  { canonical: 'World Health Organization', kind: 'organization', aliases: ['WHO'] },
  { canonical: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'] },
  { canonical: 'World Trade Organization', kind: 'organization', aliases: ['WTO'] },
  { canonical: 'Holy See', kind: 'government', aliases: ['Vatican'] },
];

/** Generic institutional nouns that refer to the one such body a document is about. */
export const ROLE_REFERENCES: Readonly<Record<string, { head: string; fallback?: string }>> = {
  'the military': { head: 'defense' },
  'armed forces': { head: 'defense' },
  'the armed forces': { head: 'defense' },
  'the government': { head: 'government', fallback: 'government' },
  'the administration': { head: 'government' },
  'the executive branch': { head: 'government' },
  'the state': { head: 'government' },
  'the president': { head: 'government' },
};

/** News outlets, cited as sources. */
export const OUTLETS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'CNBC', 'NBC',
  'NBC News', 'ABC News', 'CBS News', 'Fox News', 'NPR', 'PBS', 'Al Jazeera', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'WSJ',
  'Financial Times', 'FT', 'The Guardian', 'Guardian', 'The Economist', 'Economist', 'Politico', 'Axios',
  'The Verge', 'Verge', 'Wired', 'TechCrunch', 'Ars Technica', 'Time', 'Newsweek', 'The Atlantic',
  'The Information', 'Semafor', 'Le Monde', 'Der Spiegel', 'Spiegel', 'Nikkei', 'Xinhua', 'TASS',
  'South China Morning Post', 'The Times', 'The Telegraph', 'Telegraph', 'The Independent', 'Sky News',
  'Deutsche Welle', 'DW', 'Forbes', 'Fortune', 'Business Insider', 'Insider', 'Vox', 'The Hill',
];

export interface Country { name: string; aliases: string[]; demonyms: string[] }

/** Countries as actors, with the adjectives that are not actors on their own. */
export const COUNTRIES: readonly Country[] = [
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'], demonyms: ['American', 'Americans', 'U.S.'] },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'] },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian', 'Ukrainians'] },
  { name: 'France', aliases: [], demonyms: ['French'] },
  { name: 'Germany', aliases: [], demonyms: ['German', 'Germans'] },
  { name: 'Italy', aliases: [], demonyms: ['Italian', 'Italians'] },
  { name: 'Spain', aliases: [], demonyms: ['Spanish'] },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'] },
  { name: 'India', aliases: [], demonyms: ['Indian', 'Indians'] },
  { name: 'Pakistan', aliases: [], demonyms: ['Pakistani', 'Pakistanis'] },
  { name: 'Iran', aliases: [], demonyms: ['Iranian', 'Iranians'] },
  { name: 'Iraq', aliases: [], demonyms: ['Iraqi', 'Iraqis'] },
  { name: 'Israel', aliases: [], demonyms: ['Israeli', 'Israelis'] },
  { name: 'Saudi Arabia', aliases: [], demonyms: ['Saudi', 'Saudis'] },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'] },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian', 'Egyptians'] },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'] },
  { name: 'South Korea', aliases: ['Republic of Korea'], demonyms: ['South Korean'] },
  { name: 'Taiwan', aliases: [], demonyms: ['Taiwanese'] },
  { name: 'Canada', aliases: [], demonyms: ['Canadian', 'Canadians'] },
  { name: 'Mexico', aliases: [], demonyms: ['Mexican', 'Mexicans'] },
  { name: 'Brazil', aliases: [], demonyms: ['Brazilian', 'Brazilians'] },
  { name: 'Argentina', aliases: [], demonyms: ['Argentine', 'Argentinian'] },
  { name: 'Australia', aliases: [], demonyms: ['Australian', 'Australians'] },
  { name: 'Netherlands', aliases: ['Holland'], demonyms: ['Dutch'] },
  { name: 'Belgium', aliases: [], demonyms: ['Belgian'] },
  { name: 'Switzerland', aliases: [], demonyms: ['Swiss'] },
  { name: 'Sweden', aliases: [], demonyms: ['Swedish'] },
  { name: 'Norway', aliases: [], demonyms: ['Norwegian'] },
  { name: 'Denmark', aliases: [], demonyms: ['Danish'] },
  { name: 'Finland', aliases: [], demonyms: ['Finnish'] },
  { name: 'Poland', aliases: [], demonyms: ['Polish'] },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian'] },
  { name: 'Greece', aliases: [], demonyms: ['Greek'] },
  { name: 'Ireland', aliases: [], demonyms: ['Irish'] },
  { name: 'Venezuela', aliases: [], demonyms: ['Venezuelan'] },
  { name: 'Cuba', aliases: [], demonyms: ['Cuban'] },
  { name: 'Syria', aliases: [], demonyms: ['Syrian'] },
  { name: 'Afghanistan', aliases: [], demonyms: ['Afghan'] },
  { name: 'Nigeria', aliases: [], demonyms: ['Nigerian'] },
  { name: 'South Africa', aliases: [], demonyms: ['South African'] },
  { name: 'Indonesia', aliases: [], demonyms: ['Indonesian'] },
  { name: 'Vietnam', aliases: [], demonyms: ['Vietnamese'] },
  { name: 'Philippines', aliases: [], demonyms: ['Filipino'] },
  { name: 'Qatar', aliases: [], demonyms: ['Qatari'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'] },
  { name: 'Venezuela', aliases: [], demonyms: [] },
  { name: 'Greenland', aliases: [], demonyms: ['Greenlandic'] },
  { name: 'Panama', aliases: [], demonyms: ['Panamanian'] },
  { name: 'Colombia', aliases: [], demonyms: ['Colombian'] },
  { name: 'Chile', aliases: [], demonyms: ['Chilean'] },
  { name: 'Belarus', aliases: [], demonyms: ['Belarusian'] },
  { name: 'Serbia', aliases: [], demonyms: ['Serbian'] },
  { name: 'Kenya', aliases: [], demonyms: ['Kenyan'] },
  { name: 'Ethiopia', aliases: [], demonyms: ['Ethiopian'] },
];

/** Places that are not actors: regions and landmarks named in passing. */
export const PLACES: readonly string[] = [
  'Silicon Valley', 'Wall Street', 'Hollywood', 'Middle East', 'Europe', 'Asia', 'Africa', 'Latin America',
  'Gulf', 'Arctic', 'Pacific', 'Atlantic', 'Balkans', 'Caribbean', 'Gaza', 'West Bank', 'Crimea', 'Donbas',
  'Kashmir', 'Hong Kong', 'Davos', 'Geneva', 'London', 'New York', 'California', 'Texas', 'Virginia',
];

/**
 * Collective nouns that name a group actor when counted or quantified ("over 200 engineers",
 * "all federal agencies"). Source: the collective PERSON/ORG nouns of the ACE 2005 entity
 * guidelines ("GPE.Population-Center" and "PER.Group" examples) frequent in news.
 */
export const COLLECTIVE_NOUNS: readonly string[] = [
  'engineers', 'employees', 'workers', 'staff', 'researchers', 'scientists', 'lawmakers', 'legislators',
  'senators', 'protesters', 'protestors', 'activists', 'investors', 'shareholders', 'doctors', 'nurses',
  'farmers', 'students', 'residents', 'voters', 'agencies', 'companies', 'governments', 'states',
  'countries', 'nations', 'allies', 'officers', 'soldiers', 'troops', 'judges', 'economists', 'executives',
  'signatories', 'unions', 'banks', 'firms', 'regulators', 'ministers', 'diplomats', 'members',
];

/** The states, district and territories of the United States, as the USPS lists them. */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'Puerto Rico', 'Guam', 'American Samoa', 'U.S. Virgin Islands', 'Northern Mariana Islands',
];

/**
 * Regions named by a compass point or a historical name ("the East Coast", "New England",
 * "the Midwest"): places, never actors. Source: the U.S. Census Bureau's regions and divisions,
 * and the compass words of English place names.
 */
export const REGIONS: readonly string[] = [
  'East', 'West', 'North', 'South', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Midwest', 'Mid-Atlantic',
  'New England', 'Deep South', 'Sun Belt', 'Rust Belt', 'Great Plains', 'Great Lakes', 'Pacific Northwest',
  'Mountain West', 'Appalachia', 'South America', 'North America', 'Central America', 'Southeast Asia',
  'East Asia', 'South Asia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Scandinavia', 'Oceania',
  'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Sahel',
];

/**
 * Adjectives of religion and ethnicity, which modify a group ("Jewish students") and are never an
 * actor on their own. Source: the religion and race categories of the U.S. Census Bureau and the
 * Pew Research Center's religious groups.
 */
export const GROUP_ADJECTIVES: readonly string[] = [
  'Jewish', 'Muslim', 'Christian', 'Catholic', 'Protestant', 'Evangelical', 'Orthodox', 'Hindu', 'Sikh',
  'Buddhist', 'Mormon', 'Sunni', 'Shia', 'Shiite', 'Arab', 'Hispanic', 'Latino', 'Latina', 'Latinx', 'Black',
  'White', 'Asian', 'Indigenous', 'Aboriginal', 'Native', 'Kurdish',
];
