// Words around a name that say it names a company, club or other organisation, whatever shape its letters have.
// The tagger learnt names from 1996 wire stories, so a company it has never seen ("Rosneft", "Inbev") is guessed
// from its shape, often as a person or a place. Data, lower-cased.

/**
 * Nouns that describe an organisation when they stand right before its name: "carmaker Fiat", "search engine
 * Google", "Premiership side Chelsea", "news agency Reuters". Nouns that often describe people as well
 * ("producer", "publisher", "developer", "owner", "rival", "broadcaster") are left out.
 */
export const ORGANISATION_DESCRIPTORS: ReadonlySet<string> = new Set([
  "firm", "firms", "company", "companies", "corporation", "conglomerate", "group", "giant", "giants", "maker",
  "carmaker", "automaker", "chipmaker", "planemaker", "winemaker", "drugmaker", "steelmaker", "toymaker", "brewer",
  "distiller", "retailer", "supermarket", "grocer", "chain", "bank", "lender", "insurer", "airline", "carrier",
  "operator", "network", "channel", "station", "studio", "studios", "label", "newspaper", "paper", "tabloid",
  "magazine", "agency", "exchange", "bourse", "regulator", "watchdog", "manufacturer", "provider", "supplier",
  "exporter", "importer", "consultancy", "utility", "engine", "website", "club", "side", "team", "rivals", "outfit",
  "band", "subsidiary", "unit", "franchise", "miner", "refiner", "explorer", "consortium", "partnership", "fund",
  "employer", "brokerage", "telecoms", "telco", "union", "charity",
]);

/** Plural nouns that lead a list of organisations: "firms including Suma", "companies such as Veltra and Orbix". */
export const LIST_HEADS: ReadonlySet<string> = new Set([
  "firms", "companies", "corporations", "groups", "giants", "makers", "carmakers", "manufacturers", "retailers",
  "supermarkets", "chains", "banks", "lenders", "insurers", "airlines", "carriers", "operators", "broadcasters",
  "networks", "channels", "studios", "labels", "newspapers", "papers", "agencies", "exchanges", "suppliers",
  "providers", "brands", "clubs", "teams", "sides", "bands", "brewers", "businesses", "multinationals",
  "conglomerates", "publishers", "developers", "utilities", "miners", "websites", "unions", "charities",
]);

/**
 * Compounds whose last word is a descriptor but which describe a person or a ship: "film-maker Ines Calloway", "aircraft
 * carrier Enterprise". Hyphenated or two words.
 */
export const NON_ORGANISATION_COMPOUNDS: ReadonlySet<string> = new Set([
  "film-maker", "movie-maker", "policy-maker", "decision-maker", "peace-maker", "king-maker", "trouble-maker",
  "match-maker", "film-makers", "policy-makers", "aircraft carrier", "aircraft carriers", "troop carrier",
  "personnel carrier", "helicopter carrier",
]);

/** Legal forms of companies, written after the name: "Kelbex Ltd", "Arvan Resources Corp". */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  "inc", "inc.", "corp", "corp.", "corporation", "plc", "ltd", "ltd.", "llc", "co", "co.", "ag", "sa", "nv", "bv",
  "spa", "gmbh",
]);

/**
 * Last words of company names: "Samsung Electronics", "Tarsk Finance Group", "Oil & Natural Gas Corp", "Sony
 * Pictures". A name of two words or more that ends in one is an organisation.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS, "group", "holdings", "holding", "electronics", "airlines", "airways", "motors", "bank", "bancorp",
  "industries", "pharmaceuticals", "pharma", "telecom", "telecoms", "communications", "systems", "technologies",
  "technology", "entertainment", "pictures", "studios", "records", "petroleum", "oil", "steel", "securities",
  "insurance", "foods", "brewery", "breweries", "stores", "networks", "software", "ventures", "enterprises",
  "investments", "capital", "finance", "media", "mining", "motor", "resources", "partners", "associates",
]);

/**
 * Nouns of business and sport that, right after a bare name, say the name is an organisation's: "Pernod shares",
 * "Fiat chairman", "Chelsea winger Tomas Verhulst". Nouns a person's name also takes ("a Blair spokesman") are left out.
 */
export const ORGANISATION_ATTRIBUTES: ReadonlySet<string> = new Set([
  "shares", "stock", "shareholders", "investors", "board", "boardroom", "profits", "revenues", "earnings",
  "turnover", "subsidiary", "subsidiaries", "headquarters", "customers", "subscribers", "workforce", "employees",
  "factories", "factory", "plants", "stores", "dividend", "executives", "bosses", "chairman", "chief", "boss",
  "winger", "striker", "midfielder", "defender", "goalkeeper", "keeper", "manager", "physio", "squad", "fans",
  "supporters", "unit", "parent",
]);

/**
 * Nouns that, after a name and its "'s", belong only to an organisation: "Fiat's board", "Southcorp's shareholders".
 * A person has shares, a stake, a takeover, staff and a spokesman too ("Glazer's stake"), so those are left out.
 */
export const POSSESSED_ATTRIBUTES: ReadonlySet<string> = new Set([
  "board", "boardroom", "profits", "profit", "revenues", "revenue", "earnings", "turnover", "subsidiary",
  "subsidiaries", "headquarters", "customers", "subscribers", "workforce", "employees", "factories", "factory",
  "plants", "stores", "shareholders", "dividend", "valuation", "executives", "bosses", "squad", "operations",
  "products", "pre-tax", "market", "share", "parent", "shareholding", "shareholdings",
]);

/**
 * Words before a name that say it is a company in the market: "shares in Nokia", "a stake in Southcorp", "the
 * takeover of Yukos". Each entry is the two words before the name.
 */
export const MARKET_PHRASES: ReadonlySet<string> = new Set([
  "shares in", "shares of", "stake in", "stakes in", "takeover of", "acquisition of", "buyout of", "flotation of",
  "shareholders in", "shareholders of", "investors in", "subsidiary of", "unit of", "division of", "owners of",
  "stock of", "bid for", "offer for", "merger with", "listing of", "privatisation of", "privatization of",
]);

/**
 * Words right after a name that show it is spoken of as a thing, never a person: "Pernod said its", "Boeing and
 * its rivals", "Umbro, which". Each entry is the one or two words after the name.
 */
export const NON_PERSON_FOLLOWERS: ReadonlySet<string> = new Set([
  ", which", "and its", "said its", "says its", "reported its", "posted its", "announced its", "has its",
  "expects its", "saw its", "raised its", "cut its", "lifted its", "increased its", "boosted its",
]);
