// Capitalised names that are no actor, and the words that mark them: holidays, awards, and works (films, books,
// albums) named after the noun for them. The tagger reads "Christmas" as a place and "Silver Harbour" as a
// person; they are kept as MISC names. Data, lower-cased.

/** Holidays and seasons of the calendar, and the words that may end their names ("Christmas Eve", "Boxing Day"). */
export const HOLIDAY_WORDS: ReadonlySet<string> = new Set([
  "christmas", "xmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "chanukah", "thanksgiving", "passover",
  "halloween", "lent", "advent", "hogmanay", "yom", "kippur", "rosh", "hashanah", "pentecost", "whitsun",
  "epiphany", "boxing", "new", "year", "year's", "years", "eve", "day", "al-fitr", "al-adha", "navratri", "holi",
  "valentine's", "valentines", "st", "st.", "patrick's", "shrove", "tuesday", "good", "friday", "monday",
]);

/** Words of HOLIDAY_WORDS that name a holiday on their own: a name needs one of them to be a holiday. */
export const HOLIDAY_CORES: ReadonlySet<string> = new Set([
  "christmas", "xmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "chanukah", "thanksgiving", "passover",
  "halloween", "lent", "advent", "hogmanay", "kippur", "hashanah", "pentecost", "whitsun", "epiphany", "boxing",
  "navratri", "valentine's", "valentines", "shrove",
]);

/** Holidays named by words that are not holidays on their own. */
export const HOLIDAY_PHRASES: ReadonlySet<string> = new Set([
  "new year", "new year's", "new year's day", "new year's eve", "good friday", "easter monday", "boxing day",
  "st patrick's day", "valentine's day", "yom kippur", "rosh hashanah", "mother's day", "father's day",
]);

/** Names of prizes: "an Oscar", "the best foreign language Oscar", "three Grammys". */
export const AWARD_NAMES: ReadonlySet<string> = new Set([
  "oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "grammies", "emmy", "emmys", "emmies", "tony", "tonys",
  "golden globe", "golden globes", "brit", "brits", "mercury", "booker", "pulitzer", "palme d'or", "nobel", "razzie",
  "razzies", "olivier", "oliviers",
]);

/**
 * Award names that end a longer name of the prize ("Best Foreign Language Oscar", "the Kelby Music Awards", "the
 * Varn Prize") and are nobody's surname; "Marlon T. Quist" and "Lena Mercury" are people.
 */
export const AWARD_HEADS: ReadonlySet<string> = new Set([
  "oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "grammies", "emmy", "emmys", "emmies", "globe", "globes",
  "razzie", "razzies", "award", "awards", "prize", "prizes",
]);

/** Words around an award name that show the prize is meant, not a person of that name ("Oscar nominations"). */
export const AWARD_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  "an", "the", "best", "language", "supporting", "honorary", "two", "three", "four", "five", "six", "seven",
  "eight", "nine", "ten", "eleven", "first", "second", "his", "her", "their", "its", "won", "win", "winning",
  "wins", "scooped", "picked", "collected", "received", "lifetime",
]);

export const AWARD_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  "nomination", "nominations", "nominee", "nominees", "nominated", "winner", "winners", "winning", "win", "wins",
  "ceremony", "ceremonies", "night", "glory", "race", "hopes", "award", "awards", "prize", "statuette", "success",
  "for", "-", "voters", "academy", "contender", "contenders", "bid", "favourite", "favourites",
]);

/** Nouns for works that stand right before a work's title: "the film Silver Harbour", "the album Glass Orchard". */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film", "films", "movie", "movies", "novel", "novels", "book", "books", "album", "albums", "single", "song",
  "songs", "track", "play", "musical", "opera", "ballet", "series", "sitcom", "drama", "documentary", "soap",
  "show", "game", "games", "epic", "biopic", "thriller", "comedy", "sequel", "hit", "video", "anthem",
  "painting", "poem", "memoir", "autobiography", "cartoon", "programme",
]);

/**
 * Party nicknames and adjectives: "the Tories", "Tory leader". They name the party, an organisation, and, like
 * "Republicans" in CoNLL-2003, their coarse type is MISC.
 */
export const PARTY_NICKNAMES: ReadonlySet<string> = new Set(["tory", "tories"]);
