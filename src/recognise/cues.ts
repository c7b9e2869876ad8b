// Context words that give a name its fine kind, and that mark titles before names. Data, lower-cased.
import { wordTable } from "../shared/word-table.ts";

/** Head words of armed groups: "Syrian Democratic Forces", "Free Syrian Army", "Nusra Front". */
export const ARMED_GROUP_HEADS: ReadonlySet<string> = new Set([
  "forces", "force", "army", "front", "brigade", "brigades", "militia", "militias", "battalion", "battalions",
  "legion", "guard", "guards", "units", "unit", "mujahideen", "mujahedeen", "jihad", "corps", "regiment",
  "division", "coalition", "taliban", "shabaab", "rebels", "militants", "insurgents", "tahrir", "sham", "jabhat",
  "hayat", "hay'at", "hay'et", "ansar", "jaish", "liwa", "kataib", "kataib", "ahrar", "faylaq",
]);

/**
 * First words of transliterated Arabic group names, which are no person's or place's: "Jaish al-Islam" (army),
 * "Jabhat al-Nusra" (front), "Liwa al-Quds" (brigade), "Kataib Hezbollah" (battalions), "Harakat Nour al-Din
 * al-Zenki" (movement), "Faylaq al-Rahman" (legion), "Saraya al-Salam" (companies), "Jund al-Aqsa" (soldiers).
 */
export const ARMED_GROUP_PREFIXES: ReadonlySet<string> = new Set([
  "jaish", "jaysh", "jabhat", "liwa", "liwaa", "kataib", "kata'ib", "harakat", "faylaq", "saraya", "jund", "ahrar",
  "hay'at", "hay'et",
]);

/** Words right after a name that say it is an armed group: "HTS fighters", "the X militia". */
export const ARMED_GROUP_CONTEXT: ReadonlySet<string> = new Set([
  "fighters", "militants", "militia", "militias", "rebels", "insurgents", "jihadists", "armed", "gunmen", "terrorists",
]);

/** Head nouns of processes: "Astana talks", "Sochi summit", "Minsk agreement". */
export const PROCESS_HEADS: ReadonlySet<string> = new Set([
  "process", "talks", "format", "track", "summit", "negotiations", "accord", "accords", "agreement", "agreements",
  "deal", "treaty", "conference", "initiative", "ceasefire", "truce", "dialogue", "framework", "roadmap", "memorandum",
]);

/** Institutions named by a demonym: "the Syrian government", "the Russian foreign ministry". */
export const INSTITUTION_HEADS: Readonly<Record<string, "organization" | "armed_group">> = wordTable({
  government: "organization",
  regime: "organization",
  administration: "organization",
  parliament: "organization",
  cabinet: "organization",
  ministry: "organization",
  presidency: "organization",
  embassy: "organization",
  opposition: "organization",
  army: "armed_group",
  military: "armed_group",
  forces: "armed_group",
  force: "armed_group",
  navy: "armed_group",
  troops: "armed_group",
  soldiers: "armed_group",
  fighters: "armed_group",
  militiamen: "armed_group",
  personnel: "armed_group",
  media: "organization",
  television: "organization",
});

/** Modifiers allowed between a demonym and an institution head: "Russian foreign ministry". */
export const INSTITUTION_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign", "defence", "defense", "interior", "armed", "federal", "central", "national", "transitional", "interim",
  "air", "special", "state", "military", "security",
]);

/** Role titles that can stand before a name: "Defence Minister Sergei Shoigu", "President Putin". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "ministers", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "chief", "leader", "commander", "general", "gen", "gen.", "ambassador", "envoy", "king", "queen", "prince",
  "emir", "sheikh", "chancellor", "premier", "speaker", "senator", "sen.", "governor", "mayor", "chairman",
  "chairwoman", "chair", "director", "head", "counterpart", "deputy", "foreign", "defence", "defense", "interior",
  "finance", "economy", "justice", "health", "energy", "trade", "affairs", "state", "security", "intelligence",
  "supreme", "ayatollah", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "admiral", "adm.", "marshal",
  "captain", "capt.", "sergeant", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "rep.", "representative",
  "special", "national", "top", "senior", "former", "acting", "first", "lady", "pope", "archbishop", "cleric",
  "officer", "official", "adviser", "advisor", "ceo", "founder", "executive", "army", "military", "staff",
  "commissioner", "high", "representative", "coordinator", "delegate", "attorney", "judge", "minister-president",
  "of", "the", "for", "and", "ministry", "foreign-affairs", "gov.", "gov", "sen", "rep", "lt", "gen", "col", "capt",
  "sgt.", "sgt", "adm", "maj", "cpl.", "spc.", "rev.", "insp.", "boss",
]);

/** Title words that, alone before a capitalised name, mark it as a person. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier",
  "king", "queen", "prince", "emir", "sheikh", "ambassador", "envoy", "general", "gen.", "senator", "sen.",
  "governor", "mayor", "chairman", "chairwoman", "director", "commander", "leader", "counterpart", "ayatollah",
  "colonel", "col.", "lieutenant", "admiral", "marshal", "captain", "capt.", "mr", "mr.", "mrs", "mrs.", "ms",
  "ms.", "dr", "dr.", "rep.", "pope", "cleric", "adviser", "advisor", "ceo", "founder",
]);

/** Head nouns of geographic features and sites: a name that ends in one is a place ("Kessel Barrage", "Red Sea"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "lake", "river", "dam", "barrage", "reservoir", "mountain", "mountains", "valley", "desert", "sea", "gulf", "bay",
  "island", "islands", "strait", "straits", "canal", "peninsula", "plateau", "oasis", "crossing", "airport", "airbase",
  "mosque", "square", "bridge", "ocean", "district", "province", "governorate", "municipality", "prefecture",
  "oblast", "township", "hospital", "stadium", "prison",
]);

/** First words that make a short name a place: "Lake Varro", "Mount Hermon", "Fort Harlan", "Camp Ashraf". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(["lake", "mount", "mt", "mt.", "fort", "camp", "cape", "port"]);

/** Prepositions that begin a sentence and are no part of the name after them: "Near Tel Marun, three strikes ...". */
export const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set([
  "near", "in", "at", "from", "outside", "inside", "across", "along", "around", "during", "after", "before", "since",
  "on", "into", "under", "over", "between", "throughout", "within", "beyond", "toward", "towards",
]);

/** Conjunctions a sentence may open with, which the tagger joins to the name after them: "And Varnell agreed". */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but", "or", "nor", "yet"]);

/** Adverbs that open a sentence, which the tagger may read as a name or join to the name after them. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  "later", "earlier", "meanwhile", "however", "eventually", "finally", "moreover", "nevertheless", "instead",
  "recently", "previously", "initially", "originally", "ironically", "additionally", "separately", "elsewhere",
  "yesterday", "afterwards", "subsequently", "consequently",
]);

/**
 * Words that may open a name ("The Hague") or stand inside one, but never end one. Not "a" or "an": "An" is a given
 * name, and ends Vietnamese ones ("Nguyen Van An").
 */
export const NEVER_LAST_WORDS: ReadonlySet<string> = new Set(["the", "of", "and"]);

/** First words of names that are not actors: military operations ("Operation Inherent Resolve") and ships ("USS
 * Calloway", "HMS Ocean"). Such a name is kept as a MISC name, never as a person or organisation. */
export const NON_ACTOR_PREFIXES: ReadonlySet<string> = new Set([
  "operation", "uss", "hms", "hmas", "hmcs", "fs", "ins", "rfs", "usns", "tcg", "ors",
]);

/**
 * Head nouns of offices and public bodies, which take their remit after "for", "of" or "on": "High Commissioner for
 * Human Rights", "Ministry of Defence", "Committee on Foreign Relations", "Agency for International Development",
 * and of parties and armed groups named so: "Party of Regions", "Army of the Faithful Dawn", "Front for Liberation".
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  "office", "ministry", "department", "commission", "commissioner", "council", "committee", "agency", "organisation",
  "organization", "bureau", "fund", "programme", "program", "secretariat", "directorate", "authority", "tribunal",
  "court", "institute", "board", "mission", "union", "league", "federation", "association", "assembly", "centre",
  "center", "foundation", "society", "chamber", "academy", "bank", "movement", "alliance", "administration",
  "government", "party", "army", "front", "brigade", "brigades",
]);

/** Prepositions that join an office to its remit inside one name. */
export const OFFICE_LINKS: ReadonlySet<string> = new Set(["for", "of", "on"]);

/** Lower-case words that join the words of a remit: "Coordination of Humanitarian Affairs", "Trade and Industry". */
export const REMIT_CONNECTORS: ReadonlySet<string> = new Set(["and", "of", "for", "the", "&"]);

/**
 * Common nouns and adjectives that name a field of public work. They are capitalised in the remit of an office
 * ("Commissioner for Human Rights", "Minister of Finance"), but no person is named by them: a tagged person that
 * starts with them has the remit glued on ("Refugees Amina Hadid"), and one made only of them is no person.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "human", "rights", "affairs", "refugees", "refugee", "relations", "foreign", "finance", "defence", "defense",
  "trade", "industry", "health", "education", "energy", "environment", "agriculture", "transport", "transportation",
  "labour", "labor", "employment", "culture", "tourism", "welfare", "interior", "commerce", "migration",
  "immigration", "investment", "housing", "planning", "resources", "communications", "information", "coordination",
  "reconstruction", "disarmament", "humanitarian", "development", "cooperation", "co-operation", "security",
  "economy", "economic", "social", "homeland", "statistics", "infrastructure", "fisheries", "aviation", "justice",
]);

/** Days and months: capitalised, but no part of a name next to them ("the Office for Syria on Tuesday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

/**
 * Head nouns of organised bodies: a name that ends in one is an organisation or armed group whatever type the tagger
 * gave it ("Valley Defenders Brigades", "Karsan Liberation Group", "the 5th Fleet", "the Coalition").
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  "group", "brigade", "brigades", "battalion", "battalions", "regiment", "corps", "fleet", "command", "coalition",
  "army", "front", "forces", "militia", "militias", "legion", "party", "movement", "council", "committee",
  "cabinet", "parliament", "senate", "congress", "assembly", "government", "ministry", "commission", "agency",
  "authority",
]);

/**
 * Religions, sects and peoples. A name made only of these ("Sunni Arabs", "Shia Muslim", "Kurds") is a group
 * identity, MISC as in CoNLL-2003, never a person, place or organisation.
 */
export const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  "muslim", "muslims", "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "christian",
  "christians", "jew", "jews", "jewish", "arab", "arabs", "kurd", "kurds", "yazidi", "yazidis", "alawite", "alawites",
  "druze", "sufi", "sufis", "salafi", "salafis", "catholic", "catholics", "protestant", "protestants", "hindu",
  "hindus", "sikh", "sikhs", "buddhist", "buddhists", "orthodox", "evangelical", "evangelicals", "bedouin", "bedouins",
  "turkmen", "pashtun", "pashtuns", "tajik", "tajiks", "hazara", "hazaras",
]);

/** Quantifiers a sentence can start with, which the tagger may glue onto the name after them ("Many Arab citizens"). */
export const LEADING_QUANTIFIERS: ReadonlySet<string> = new Set(["many", "some", "most", "all", "few", "several", "both"]);

/**
 * The leading quantifiers that are never the first word of a name, and so are cut off any name ("Many Labour MPs",
 * "Most Spaniards"). "All" and "Both" open names ("All Blacks", "All Saints").
 */
export const GLUED_QUANTIFIERS: ReadonlySet<string> = new Set([...LEADING_QUANTIFIERS].filter((q) => q !== "all" && q !== "both"));

/** Words right before a name that place it on a map: "near Qarsa", "outside Hama", "around Kobani". */
export const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(["near", "outside", "around"]);

/** Nouns that take "of" before a place: "north of Aleppo", "the outskirts of Mosul", "the village of Dabir". */
export const LOCATIVE_OF: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "village", "town",
  "city", "province", "district", "suburb", "suburbs", "governorate", "region", "streets", "centre", "center",
]);

/** Lower-case geographic nouns after a name that make it a place: "the Anbar province", "the Varro depression". */
export const GEOGRAPHIC_AFTER: ReadonlySet<string> = new Set([
  "province", "district", "region", "governorate", "village", "town", "area", "border", "countryside", "suburb",
  "neighbourhood", "neighborhood", "depression", "valley", "basin", "plain", "plains", "outskirts", "airspace",
  "frontier", "regulator", "oilfield", "crossing",
]);

/** Military ranks and forms of address that stand before a person's name; a tagged name that starts with them is a
 * person ("Staff Major Hadi Sarraf", "Brig. Gen. Coe", "Ambassador Varnell"). */
export const RANK_TITLES: ReadonlySet<string> = new Set([
  "ambassador", "colonel", "col.", "col", "lieutenant", "lt.", "lt", "brig.", "brig", "brigadier", "gen.", "major",
  "maj.", "captain", "capt.", "sergeant", "sgt.", "admiral", "adm.", "rear", "vice", "staff", "senator", "sen.",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "secretary", "minister", "envoy", "spokesman",
  "spokeswoman", "spokesperson", "governor", "mayor", "sheikh", "ayatollah", "imam", "chancellor",
]);

/** Capitalised titles that, right before a name tagged as a place or organisation, make it a person's name. */
export const TITLES_BEFORE_NAME: ReadonlySet<string> = new Set([
  "ambassador", "colonel", "col.", "lieutenant", "lt.", "brig.", "brigadier", "gen.", "captain", "capt.", "sergeant",
  "sgt.", "admiral", "adm.", "senator", "sen.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
  "secretary", "minister", "envoy", "spokesman", "spokeswoman", "governor", "mayor", "sheikh", "ayatollah", "imam",
  "chancellor", "premier",
]);

/**
 * Occupations written before a name, capitalised at the start of a sentence ("Sprinter Dana Whitlow",
 * "Composer Elias"): no part of the name. Words that are also common surnames (Baker, Singer, Cook) are left out.
 */
export const OCCUPATION_WORDS: ReadonlySet<string> = new Set([
  "sprinter", "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "quarterback", "jockey",
  "cyclist", "swimmer", "skier", "golfer", "boxer", "wrestler", "athlete", "composer", "novelist", "playwright",
  "author", "actor", "actress", "poet", "painter", "sculptor", "pianist", "violinist", "guitarist", "rapper",
  "comedian", "filmmaker", "economist", "analyst", "historian", "physicist", "scientist", "lawyer", "journalist",
  "reporter", "photographer", "activist", "businessman", "businesswoman", "billionaire", "tycoon", "dissident",
  "professor", "writer", "referee", "presenter", "broadcaster", "frenchman", "welshman", "englishman", "scotsman",
  "irishman", "dutchman", "briton", "spaniard",
]);

/**
 * Occupations and titles that are no part of a person's name before it, but no sign that a one-word name after them
 * is a person's: they also name things ("steel producer Varco", "the new model Corolla", "a nerve agent") or an
 * office as often as its holder ("the state comptroller's audit").
 */
export const THING_OCCUPATION_WORDS: ReadonlySet<string> = new Set([
  "producer", "model", "agent", "coach", "designer", "comptroller",
]);

/** Parties written before a member's name: "Tory Piet Dorn", "Labour MP Ann Varga". */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  "tory", "tories", "labour", "conservative", "liberal", "democrat", "democrats", "lib", "dem", "dems", "republican",
  "unionist", "nationalist",
]);

/** Seats in an assembly, written before a member's name: "MP Ann Varga", "Labour MEP Piet Dorn". */
export const SEAT_WORDS: ReadonlySet<string> = new Set(["mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas"]);

/**
 * Acronyms of things, not actors, that the tagger takes for organisations: weapons and devices ("a VBIED", "two
 * IEDs", "a new PC"), media and formats ("on DVD", "HD TV", "R&B"), services, figures and offices ("SMS", "GDP",
 * "the PM", "MPs").
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  "ied", "ieds", "vbied", "vbieds", "svbied", "svbieds", "rpg", "rpgs", "uav", "uavs", "manpads", "atgm", "atgms",
  "icbm", "icbms", "gps", "mri", "cctv", "suv", "suvs",
  "pc", "pcs", "pda", "pdas", "cpu", "cpus", "usb", "lcd", "lcds", "dvd", "dvds", "cd", "cds", "cd-rom", "cd-roms",
  "vhs", "vcr", "vcrs", "dvr", "dvrs", "pvr", "pvrs", "mp3", "mp3s", "tv", "tvs", "hd", "hdtv", "dtt", "umd",
  "r&b", "dj", "djs", "sms", "mms", "gprs", "3g", "wi-fi", "wifi", "voip", "dsl", "adsl", "rfid", "uwb", "url", "urls",
  "id", "ceo", "ceos", "cfo", "ipo", "ipos", "gdp", "gnp", "vat", "atm", "atms",
  "pm", "obe", "mbe", "cbe", ...SEAT_WORDS,
]);

/** Words that make a name the title of a book or scripture: "the Book of Revelation", "the Grey Book". */
export const WORK_WORDS: ReadonlySet<string> = new Set(["book", "books", "gospel", "gospels", "psalms", "testament", "scrolls"]);

/**
 * Last words of the names of laws, resolutions and conventions: "Patriot Act", "Security Council Resolutions", "Geneva
 * Convention". Texts are no actors (MISC, as in CoNLL-2003). Treaties and accords are processes (PROCESS_HEADS).
 */
export const LEGAL_TEXT_HEADS: ReadonlySet<string> = new Set([
  "act", "acts", "resolution", "resolutions", "convention", "conventions", "protocol", "protocols", "charter",
  "constitution", "directive", "statute",
]);

/** Nouns that describe a place in an apposition after its name: "Zahra, an area outside Damascus". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "area", "town", "village", "city", "suburb", "district", "region", "neighbourhood", "neighborhood", "province",
  "hamlet", "settlement", "enclave", "port", "island",
]);
