// Generates data/lexicon/countries.json from the world-countries package plus the curated overrides below,
// so the country list stays complete and can be regenerated when the package updates.
// Run: node bin/run-ts.js scripts/build-lexicon.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { foldName } from "../src/lexicon/fold-name.ts";
import type { LexiconEntry } from "../src/lexicon/lexicon-entry.ts";

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const WORLD: WorldCountry[] = require("world-countries/countries.json");
const OUT = fileURLToPath(new URL("../data/lexicon/countries.json", import.meta.url));

/** Not sovereign by the package's flags, but states that act as actors in the news. */
const STATE_ACTORS = new Set(["PSE", "TWN", "UNK", "ESH"]);

/** Labels as the English-language press writes them, where the package differs. */
const LABELS: Record<string, string> = { TUR: "Turkey" };

/** Short forms and other English names the package lacks. */
const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
  TUR: ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
  ARE: ["UAE", "U.A.E.", "United Arab Emirates"],
  PRK: ["DPRK", "Democratic People's Republic of Korea"],
  KOR: ["Republic of Korea", "ROK"],
  CHN: ["PRC", "People's Republic of China", "Mainland China"],
  TWN: ["Republic of China", "Chinese Taipei"],
  COD: ["DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
  COG: ["Congo-Brazzaville", "Congo Republic"],
  PSE: ["State of Palestine", "Palestinian territories", "occupied Palestinian territories"],
  CZE: ["Czech Republic"],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ["Burma"],
  SWZ: ["Swaziland"],
  VAT: ["Holy See", "Vatican"],
  NLD: ["Holland", "The Netherlands"],
  CPV: ["Cabo Verde"],
  TLS: ["East Timor"],
  SAU: ["Kingdom of Saudi Arabia", "KSA"],
  BIH: ["Bosnia", "Bosnia-Herzegovina"],
  GMB: ["The Gambia"],
  BHS: ["The Bahamas"],
  SYR: ["Syrian Arab Republic"],
  IRN: ["Islamic Republic of Iran"],
  RUS: ["Russian Federation"],
  MKD: ["Macedonia"],
  KGZ: ["Kirghizia"],
  FSM: ["Federated States of Micronesia"],
  BRN: ["Brunei Darussalam"],
  VNM: ["Viet Nam"],
  STP: ["Sao Tome and Principe"],
  LAO: ["Lao PDR"],
};

/** Demonyms the package lacks: plurals it cannot derive, and common nouns for a country's people. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ["Americans"],
  GBR: ["Briton", "Britons", "Brits"],
  TUR: ["Turk", "Turks"],
  SAU: ["Saudi", "Saudis", "Saudi Arabians"],
  ARE: ["Emiratis"],
  POL: ["Pole", "Poles"],
  DNK: ["Dane", "Danes"],
  SWE: ["Swede", "Swedes"],
  FIN: ["Finn", "Finns"],
  ESP: ["Spaniard", "Spaniards"],
  CZE: ["Czechs"],
  NZL: ["New Zealanders"],
  NLD: ["Dutchman", "Dutchmen"],
  PHL: ["Filipinos", "Philippine"],
  KGZ: ["Kyrgyz"],
  TJK: ["Tajik", "Tajiks"],
  TKM: ["Turkmens"],
  UZB: ["Uzbek", "Uzbeks"],
  KAZ: ["Kazakh", "Kazakhs"],
  AZE: ["Azeri", "Azeris"],
  ISL: ["Icelandic", "Icelanders"],
  SVN: ["Slovenian", "Slovenes", "Slovenians"],
  SVK: ["Slovaks"],
  BIH: ["Bosnians"],
  ECU: ["Ecuadorian", "Ecuadorians"],
  CPV: ["Cape Verdean", "Cape Verdeans"],
  UNK: ["Kosovan", "Kosovans", "Kosovars"],
  LKA: ["Sri Lankans"],
  COM: ["Comorian", "Comorians"],
  MDV: ["Maldivian", "Maldivians"],
  NPL: ["Nepali", "Nepalis"],
  PSE: ["Palestinians"],
};

/** Demonyms that name no single country ("Congolese" is used for both Congos), or name something else. */
const DROP_DEMONYMS = new Set(["congolese", "dominican", "channel islander", "virgin islander", "indian ocean"]);

/** Capitals too easily read as ordinary words or common names to match on their own. */
const SKIP_CAPITALS = new Set(["Malé", "Victoria", "City of Victoria", "The Valley", "West Island"]);

const CAPITAL_ALIASES: Record<string, string[]> = {
  "Washington D.C.": ["Washington", "Washington DC", "Washington, D.C."],
  Kyiv: ["Kiev"],
  Tehran: ["Teheran"],
  // Not "Sana": English news spells the city Sanaa, and "Sana" is Syria's state news agency (SANA) in the
  // style of Reuters and the BBC, which capital metonymy would turn into Yemen.
  "Sana'a": ["Sanaa"],
  Astana: ["Nur-Sultan"],
  "Ulan Bator": ["Ulaanbaatar"],
  "New Delhi": ["Delhi"],
  Beijing: ["Peking"],
  Naypyidaw: ["Nay Pyi Taw", "Naypyitaw"],
  "Brasília": ["Brasilia"],
  Bogotá: ["Bogota"],
  "Chișinău": ["Chisinau", "Kishinev"],
  "N'Djamena": ["Ndjamena"],
  Yaoundé: ["Yaounde"],
};
const CAPITAL_LABELS: Record<string, string> = { "Washington D.C.": "Washington, D.C." };

/** Wikidata ids of states, checked by hand; states not listed here simply carry none. */
const WIKIDATA: Record<string, string> = {
  AFG: "Q889", ALB: "Q222", DZA: "Q262", AND: "Q228", AGO: "Q916", ARG: "Q414", ARM: "Q399", AUS: "Q408",
  AUT: "Q40", AZE: "Q227", BHR: "Q398", BGD: "Q902", BRB: "Q244", BLR: "Q184", BEL: "Q31", BLZ: "Q242",
  BEN: "Q962", BTN: "Q917", BOL: "Q750", BIH: "Q225", BWA: "Q963", BRA: "Q155", BRN: "Q921", BGR: "Q219",
  BFA: "Q965", BDI: "Q967", KHM: "Q424", CMR: "Q1009", CAN: "Q16", CPV: "Q1011", CAF: "Q929", TCD: "Q657",
  CHL: "Q298", CHN: "Q148", COL: "Q739", COM: "Q970", COD: "Q974", COG: "Q971", CRI: "Q800", CIV: "Q1008",
  HRV: "Q224", CUB: "Q241", CYP: "Q229", CZE: "Q213", DNK: "Q35", DJI: "Q977", DOM: "Q786", ECU: "Q736",
  EGY: "Q79", SLV: "Q792", GNQ: "Q983", ERI: "Q986", EST: "Q191", SWZ: "Q1050", ETH: "Q115", FJI: "Q712",
  FIN: "Q33", FRA: "Q142", GAB: "Q1000", GMB: "Q1005", GEO: "Q230", DEU: "Q183", GHA: "Q117", GRC: "Q41",
  GTM: "Q774", GIN: "Q1006", GNB: "Q1007", GUY: "Q734", HTI: "Q790", HND: "Q783", HUN: "Q28", ISL: "Q189",
  IND: "Q668", IDN: "Q252", IRN: "Q794", IRQ: "Q796", IRL: "Q27", ISR: "Q801", ITA: "Q38", JAM: "Q766",
  JPN: "Q17", JOR: "Q810", KAZ: "Q232", KEN: "Q114", PRK: "Q423", KOR: "Q884", UNK: "Q1246", KWT: "Q817",
  KGZ: "Q813", LAO: "Q819", LVA: "Q211", LBN: "Q822", LSO: "Q1013", LBR: "Q1014", LBY: "Q1016",
  LIE: "Q347", LTU: "Q37", LUX: "Q32", MDG: "Q1019", MWI: "Q1020", MYS: "Q833", MDV: "Q826", MLI: "Q912",
  MLT: "Q233", MRT: "Q1025", MUS: "Q1027", MEX: "Q96", MDA: "Q217", MCO: "Q235", MNG: "Q711", MNE: "Q236",
  MAR: "Q1028", MOZ: "Q1029", MMR: "Q836", NAM: "Q1030", NPL: "Q837", NLD: "Q55", NZL: "Q664", NIC: "Q811",
  NER: "Q1032", NGA: "Q1033", MKD: "Q221", NOR: "Q20", OMN: "Q842", PAK: "Q843", PSE: "Q219060",
  PAN: "Q804", PNG: "Q691", PRY: "Q733", PER: "Q419", PHL: "Q928", POL: "Q36", PRT: "Q45", QAT: "Q846",
  ROU: "Q218", RUS: "Q159", RWA: "Q1037", SMR: "Q238", STP: "Q1039", SAU: "Q851", SEN: "Q1041",
  SRB: "Q403", SYC: "Q1042", SLE: "Q1044", SGP: "Q334", SVK: "Q214", SVN: "Q215", SOM: "Q1045",
  ZAF: "Q258", SSD: "Q958", ESP: "Q29", LKA: "Q854", SDN: "Q1049", SUR: "Q730", SWE: "Q34", CHE: "Q39",
  SYR: "Q858", TWN: "Q865", TJK: "Q863", TZA: "Q924", THA: "Q869", TLS: "Q574", TGO: "Q945", TTO: "Q754",
  TUN: "Q948", TUR: "Q43", TKM: "Q874", UGA: "Q1036", UKR: "Q212", ARE: "Q878", GBR: "Q145", USA: "Q30",
  URY: "Q77", UZB: "Q265", VAT: "Q237", VEN: "Q717", VNM: "Q881", YEM: "Q805", ZMB: "Q953", ZWE: "Q954",
  HKG: "Q8646", BHS: "Q778",
};

/** Wikidata ids of capitals, checked by hand. */
const CAPITAL_WIKIDATA: Record<string, string> = {
  Moscow: "Q649", London: "Q84", Paris: "Q90", Berlin: "Q64", Beijing: "Q956", Kyiv: "Q1899",
  Ankara: "Q3640", Tehran: "Q3616", Damascus: "Q3766", "Washington D.C.": "Q61", Tokyo: "Q1490",
  Rome: "Q220", Madrid: "Q2807", Baghdad: "Q1530", Cairo: "Q85", Riyadh: "Q3692", Beirut: "Q3820",
};

/** Alternative spellings in the package are often native names ("Island" for Iceland); keep English forms. */
const ENGLISH_FORM = /^(Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Islamic|Democratic|Federal|People's|United|Hashemite|Union|Independent|Plurinational|Bolivarian|Socialist|Oriental|Co-operative|Great)\b/;

function slug(s: string): string {
  return foldName(s).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function plural(demonym: string): string | undefined {
  if (/(sh|ch|ese|ss|s|x|z|i?er)$/.test(demonym) && !/i$/.test(demonym)) return undefined;
  return /(an|i|ean|ot|ak|ek|ab|ine)$/.test(demonym) ? `${demonym}s` : undefined;
}

function uniq(xs: readonly string[], exclude: readonly string[]): string[] {
  const seen = new Set(exclude.map(foldName));
  const out: string[] = [];
  for (const x of xs) {
    const k = foldName(x);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

function ordered(e: LexiconEntry): LexiconEntry {
  const out: LexiconEntry = { id: e.id, label: e.label, kind: e.kind, aliases: e.aliases };
  if (e.demonyms?.length) out.demonyms = e.demonyms;
  if (e.capitals?.length) out.capitals = e.capitals;
  if (e.capitalOf) out.capitalOf = e.capitalOf;
  if (e.country) out.country = e.country;
  if (e.wikidata) out.wikidata = e.wikidata;
  return out;
}

function build(): LexiconEntry[] {
  const isState = (c: WorldCountry): boolean => c.unMember || c.independent === true || STATE_ACTORS.has(c.cca3);
  // Sovereign states claim shared demonyms and capital slugs before territories do.
  const world = [...WORLD].sort((a, b) => Number(isState(b)) - Number(isState(a)) || a.cca3.localeCompare(b.cca3));
  const demonymOwners = new Map<string, string[]>();
  for (const c of world) {
    const own = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    for (const d of own.flatMap((x) => x.split(/, | or /))) {
      const k = foldName(d);
      const list = demonymOwners.get(k) ?? [];
      if (!list.includes(c.cca3) && isState(c)) list.push(c.cca3);
      demonymOwners.set(k, list);
    }
  }
  const claimed = new Set<string>();
  const entries: LexiconEntry[] = [];
  const placeIds = new Set<string>();
  for (const c of world) {
    const label = LABELS[c.cca3] ?? c.name.common;
    const id = `${isState(c) ? "country" : "place"}:${slug(label)}`;
    const names = [label, c.name.common, c.name.official, ...c.altSpellings.filter((a) => ENGLISH_FORM.test(a) && !a.includes(",")), ...(EXTRA_ALIASES[c.cca3] ?? [])];
    const aliases = uniq(names, [label]);
    const raw = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f].flatMap((x) => x.split(/, | or /)) : [];
    const singles = raw.filter((d) => {
      const k = foldName(d);
      if (DROP_DEMONYMS.has(k) || aliases.some((a) => foldName(a) === k) || foldName(label) === k) return false;
      const owners = demonymOwners.get(k);
      // A demonym that two states share names neither; a territory never takes a state's demonym.
      if (owners && (owners.length > 1 || (owners.length === 1 && owners[0] !== c.cca3))) return false;
      return !claimed.has(k);
    });
    const plurals = singles.map(plural).filter((x): x is string => x !== undefined);
    const demonyms = uniq([...singles, ...plurals, ...(EXTRA_DEMONYMS[c.cca3] ?? [])], []);
    for (const d of demonyms) claimed.add(foldName(d));
    const entry: LexiconEntry = { id, label, kind: isState(c) ? "country" : "place", aliases, demonyms };
    const wikidata = WIKIDATA[c.cca3];
    if (wikidata) entry.wikidata = wikidata;
    if (isState(c)) {
      const capitals: string[] = [];
      for (const cap of c.capital) {
        if (SKIP_CAPITALS.has(cap)) continue;
        const capLabel = CAPITAL_LABELS[cap] ?? cap;
        let capId = `place:${slug(capLabel)}`;
        // Two states can share a capital's name only in the package's data for territories; keep ids unique anyway.
        if (placeIds.has(capId)) capId = `place:${slug(capLabel)}-${slug(label)}`;
        placeIds.add(capId);
        capitals.push(capId);
        const capEntry: LexiconEntry = {
          id: capId,
          label: capLabel,
          kind: "place",
          aliases: uniq([cap, ...(CAPITAL_ALIASES[cap] ?? [])], [capLabel]),
          capitalOf: id,
          country: id,
        };
        const q = CAPITAL_WIKIDATA[cap];
        if (q) capEntry.wikidata = q;
        entries.push(capEntry);
      }
      entry.capitals = capitals;
    }
    entries.push(entry);
  }
  return entries.map(ordered).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const entries = build();
const file = {
  description:
    "Sovereign states, other state actors and dependent territories, with official names, short forms, demonyms and capitals. Generated by scripts/build-lexicon.ts from the world-countries npm package plus curated overrides; do not edit by hand.",
  entries,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
console.log(`build-lexicon: wrote ${entries.length} entries to ${OUT}`);
