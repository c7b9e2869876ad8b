// The verb lexicon: words that state a relation between the names around them, mapped to ONTOLOGY predicates.
import type { EntityKind, Predicate } from "../model/ontology.ts";
import { wordTable } from "../shared/word-table.ts";

export interface Trigger {
  predicate: Predicate;
  /** The words of the trigger, lower-cased; inflections are generated from the first word. */
  words: readonly string[];
  /** Swap subject and object ("X is backed by Y" is handled apart; this is for "X hosted by" style nouns). */
  reverse?: boolean;
  /** A noun phrase ("condemnation of", "raids on"): its subject is its possessor or the subject of a light verb. */
  nominal?: boolean;
  /** The object is a topic, not a party ("A and B discussed Syria"): only the coordinated subjects are related. */
  topical?: boolean;
}

function inflect(verb: string): string[] {
  const forms = new Set([verb]);
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  forms.add(verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") ? `${verb}es` : `${verb}s`);
  forms.add(verb.endsWith("e") ? `${verb}d` : `${verb}ed`);
  forms.add(`${stem}ing`);
  if (verb.endsWith("y") && !/[aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ies`);
    forms.add(`${verb.slice(0, -1)}ied`);
  }
  return [...forms];
}

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  meet: ["met"], fight: ["fought"], lead: ["led"], hold: ["held"], seize: ["seized"], strike: ["struck"],
  take: ["took", "taken"], overthrow: ["overthrew", "overthrown"], drive: ["drove", "driven"], retake: ["retook", "retaken"], overrun: ["overran", "overrunning"], slay: ["slain", "slew"], kidnap: ["kidnapped", "kidnapping"], stab: ["stabbed"], wage: ["waged"], shoot: ["shot"], bring: ["brought"], sit: ["sat"],
};

/** Irregular past forms that are never nouns ("shot" is one: "a shot"). */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  Object.values(IRREGULAR).flat().filter((form) => !form.endsWith("ing") && form !== "shot"),
);

/**
 * Whether a trigger word is a verb's past form, which no noun is: "retook", "bombed". The part-of-speech tagger reads
 * rare ones as nouns ("forces retook the town").
 */
export function isPastForm(word: string): boolean {
  return word.endsWith("ed") || IRREGULAR_PASTS.has(word);
}

/** Every form of a verb the trigger lexicon knows: "head" → head, heads, headed, heading. */
export function verbForms(verb: string): string[] {
  return [...inflect(verb), ...(IRREGULAR[verb] ?? [])];
}

interface TriggerSpec {
  predicate: Predicate;
  verbs?: readonly string[];
  phrases?: readonly string[];
  nominal?: readonly string[];
  reverse?: boolean;
  topical?: boolean;
}

/** What is "used against" someone in an attack: "used chemical weapons against", "using force against". */
const WEAPONS = ["chemical weapons", "such weapons", "these weapons", "weapons", "force", "military force", "deadly force", "barrel bombs", "poison gas", "nerve agents", "live ammunition", "violence"];
const USE_OF_FORCE: readonly string[] = ["use", "uses", "used", "using"].flatMap((verb) => WEAPONS.map((w) => `${verb} ${w} against`));

/** "claimed responsibility for the attack on", "claims responsibility for attacks against". */
const CLAIMED_ATTACKS: readonly string[] = ["claimed", "claims", "claim", "claiming"].flatMap((verb) =>
  ["the attack", "attacks", "the attacks", "the bombing", "the bombings", "the assault"].flatMap((deed) =>
    ["on", "against"].map((to) => `${verb} responsibility for ${deed} ${to}`)));

const SPECS: readonly TriggerSpec[] = [
  { predicate: "meets", verbs: ["meet", "host talks", "visit"], phrases: ["held talks with", "holds talks with", "hold talks with", "talked with", "talked to", "spoke with", "spoke to", "spoken to", "spoken with", "phoned", "received", "met with", "sat down with", "held talks", "hold talks", "holds talks", "holding talks", "had talks", "discussed with", "discusses with", "discuss with", "discussing with", "held discussions with", "holds discussions with", "in discussions with"] },
  // "Canada and Norway discussed the crisis": those who discuss meet; what they discuss is no party.
  { predicate: "meets", verbs: ["discuss", "confer"], topical: true },
  { predicate: "agrees_with", verbs: ["agree", "sign"], phrases: ["reached an agreement with", "reached a deal with", "struck a deal with", "signed a deal with", "made a deal with", "sided with"] },
  { predicate: "supports", verbs: ["back", "support", "arm", "fund", "finance", "aid", "assist", "help", "train", "equip", "defend", "protect", "endorse", "sponsor", "advise", "praise", "thank", "welcome", "reinforce", "cooperate"], phrases: ["ally of", "allies of", "allied to", "allied with", "ally to", "work with", "works with", "worked with", "working with", "cooperate with", "cooperated with", "cooperating with", "grateful to", "grateful for", "in support of", "partnered with", "coordinate with", "coordinated with", "work closely with", "works closely with", "worked closely with", "working closely with", "cooperate closely with", "cooperated closely with", "cooperating closely with", "stands with", "stand with", "stood with", "standing with", "fought alongside", "fighting alongside", "fight alongside", "fights alongside"] },
  { predicate: "calls_on", verbs: ["urge", "press", "demand", "ask", "appeal", "implore"], phrases: ["call on", "calls on", "called on", "calling on", "call upon", "called upon", "calls for", "called for"] },
  { predicate: "participates_in", verbs: ["participate", "attend", "join"], phrases: ["take part in", "took part in", "takes part in", "taking part in"] },
  { predicate: "hosts", verbs: ["host"], phrases: ["play host to", "plays host to", "played host to", "playing host to"] },
  { predicate: "fights", verbs: ["fight", "battle", "attack", "strike", "bomb", "shell", "raid", "invade", "ambush", "kill", "target", "clash", "combat", "shoot", "assassinate", "murder", "execute", "defeat", "besiege", "storm", "stab", "behead", "kidnap", "abduct", "destroy", "slay", "topple", "overthrow", "depose", "oust"], phrases: ["slain by", "drove out", "driving out", "drive out", "drives out", "drove back", "pushed back", "assassin of", "murderer of", "killer of", "fighting against", "takes on", "took on", "take on", "taking on", "campaign against", "campaign to defeat", "war against", "war on", "offensive against", "offensive on", "war with", "at war with", "airstrikes on", "air strikes on", "strikes against", "opened fire on", "open fire on", "opens fire on", "opening fire on", "opened fire at", "fired on", "fired at", "firing on", "firing at", "fires on", "shot at", "shooting at"] },
  // "used chemical weapons against the villagers": turning arms on someone is an attack, whatever the arms are.
  { predicate: "fights", phrases: USE_OF_FORCE },
  // "claimed responsibility for the attack on the army": owning an attack is making it.
  { predicate: "fights", phrases: CLAIMED_ATTACKS },
  { predicate: "opposes", verbs: ["slam", "lambast", "oppose", "condemn", "criticise", "criticize", "denounce", "reject", "sanction", "accuse", "blame", "disarm", "remove", "expel", "ban", "boycott", "protest", "counter", "resist", "object"], phrases: ["object to", "objects to", "objected to", "stand against", "opposed to"] },
  { predicate: "threatens", verbs: ["threaten", "menace"], phrases: ["wipe out", "operation to wipe out", "vowed to destroy", "vow to destroy", "operation against", "threat to", "ultimatum to"] },
  { predicate: "controls", verbs: ["control", "dominate", "capture", "recapture", "retake", "seize", "occupy", "hold", "overrun", "govern", "administer", "run"], phrases: ["took control of", "take control of", "taken control of", "seized control of", "seize control of", "took over", "taken over", "in control of", "under the control of", "has control of", "had control of", "have control of", "having control of", "gained control of", "gains control of", "regained control of", "wrested control of", "assumed control of", "in full control of"] },
  { predicate: "located_in", phrases: ["born in", "lives in", "lived in", "living in", "based in", "native of", "resident of", "headquartered in", "residents of", "citizen of", "grew up in", "hometown of", "home in", "residing in", "resides in", "his native", "her native", "their native"] },
  { predicate: "supports", nominal: ["support for", "support to", "backing for", "assistance to", "aid to", "help for", "weapons to", "arms to", "ammunition to"] },
  // "the rebels received weapons from Turkey": the giver, named after the verb, supports the subject.
  { predicate: "supports", phrases: ["received weapons from", "receives weapons from", "receive weapons from", "receiving weapons from", "received arms from", "receives arms from", "received support from", "receives support from", "receive support from", "receiving support from", "received backing from", "receives backing from"], reverse: true },
  { predicate: "fights", nominal: ["strikes on", "airstrikes against", "air strikes against", "fight against", "attack on", "attacks on", "attacks against", "assault on", "raids on", "raids against", "operations against", "positions against", "offensive against", "offensive on"] },
  { predicate: "opposes", nominal: ["condemnation of", "criticism of", "opposition to", "sanctions on", "sanctions against"] },
  // "The coalition includes Jordan and Norway": the object is the member.
  { predicate: "member_of", verbs: ["include"], phrases: ["is made up of", "are made up of", "consists of", "comprises"], reverse: true },
  { predicate: "leads", verbs: ["lead", "head", "command", "chair", "rule", "found", "operate", "direct", "manage", "oversee"] },
  { predicate: "member_of", verbs: ["work for"], phrases: ["member of", "members of", "joined the", "part of the", "belongs to", "belong to", "belonged to", "works at", "worked at", "served in", "serves in", "serving in", "employee of", "employed by", "worked for", "works for", "working for", "taught at", "teaches at", "teach at", "teaching at", "lectured at", "lectures at", "assigned to", "attached to", "served with", "serving with", "serves with"] },
  { predicate: "affiliated_with", verbs: ["affiliate"], phrases: ["affiliated with", "affiliated to", "linked to", "linked with", "tied to", "tied with", "aligned with", "loyal to", "offshoot of", "branch of", "associated with", "connected to", "affiliate of", "affiliates of", "franchise of", "pledged allegiance to", "pledges allegiance to", "pledge allegiance to", "pledging allegiance to", "swore allegiance to", "sworn allegiance to", "swears allegiance to"] },
];

/**
 * Forms that are far more often another verb's: "found" is mostly the past of "find" ("the commission found X acted
 * alone"), not "found" as in establish, whose past "founded" is kept; "founding" mostly an adjective ("one of the
 * founding members of Y").
 */
const OTHER_VERBS_FORMS: ReadonlySet<string> = new Set(["found", "founds", "founding"]);

/** Every trigger as a list of lower-cased words, longest first so phrases win over their verbs. */
export const DEFAULT_TRIGGERS: readonly Trigger[] = SPECS.flatMap((spec) => {
  const out: Trigger[] = [];
  const flags = { ...(spec.reverse ? { reverse: true } : {}), ...(spec.topical ? { topical: true } : {}) };
  for (const verb of spec.verbs ?? []) {
    const [head, ...rest] = verb.split(" ");
    for (const form of verbForms(head as string)) {
      if (OTHER_VERBS_FORMS.has(form)) continue;
      out.push({ predicate: spec.predicate, words: [form, ...rest], ...flags });
    }
  }
  for (const phrase of spec.phrases ?? []) out.push({ predicate: spec.predicate, words: phrase.split(" "), ...flags });
  for (const phrase of spec.nominal ?? []) out.push({ predicate: spec.predicate, words: phrase.split(" "), nominal: true });
  return out;
}).sort((a, b) => b.words.length - a.words.length);

/** "X-backed Y": the word after the hyphen, with the predicate and which side is the subject. */
export const COMPOUND_TRIGGERS: Readonly<Record<string, { predicate: Predicate; subjectIsModifier: boolean }>> = wordTable({
  backed: { predicate: "supports", subjectIsModifier: true },
  supported: { predicate: "supports", subjectIsModifier: true },
  funded: { predicate: "supports", subjectIsModifier: true },
  sponsored: { predicate: "supports", subjectIsModifier: true },
  armed: { predicate: "supports", subjectIsModifier: true },
  trained: { predicate: "supports", subjectIsModifier: true },
  led: { predicate: "leads", subjectIsModifier: true },
  controlled: { predicate: "controls", subjectIsModifier: true },
  held: { predicate: "controls", subjectIsModifier: true },
  run: { predicate: "controls", subjectIsModifier: true },
  linked: { predicate: "affiliated_with", subjectIsModifier: false },
  affiliated: { predicate: "affiliated_with", subjectIsModifier: false },
  allied: { predicate: "affiliated_with", subjectIsModifier: false },
  aligned: { predicate: "affiliated_with", subjectIsModifier: false },
  inspired: { predicate: "affiliated_with", subjectIsModifier: false },
  // "the Frankfurt-based bank": the bank is located in Frankfurt.
  based: { predicate: "located_in", subjectIsModifier: false },
});

/** Passive participles that take "by X" as the subject: "Idlib, taken over by HTS". */
export const PASSIVE_TRIGGERS: Readonly<Record<string, Predicate>> = wordTable({
  backed: "supports", supported: "supports", funded: "supports", armed: "supports", sponsored: "supports",
  assisted: "supports", aided: "supports",
  led: "leads", headed: "leads", commanded: "leads", controlled: "controls", held: "controls", seized: "controls",
  captured: "controls", over: "controls", dominated: "controls", occupied: "controls", attacked: "fights",
  targeted: "fights", bombed: "fights", struck: "fights", shelled: "fights", killed: "fights", hosted: "hosts",
  condemned: "opposes", criticised: "opposes", criticized: "opposes", rejected: "opposes", threatened: "threatens",
  opposed: "opposes", shot: "fights", murdered: "fights", assassinated: "fights", slain: "fights", executed: "fights",
  defeated: "fights", kidnapped: "fights", founded: "leads", run: "controls", owned: "controls",
  // "the Regional Government of Vesta, represented by Prime Minister X": X acts for it.
  represented: "member_of",
});

/** Control triggers that state lasting command ("controls", "runs"), as opposed to taking ground or holding it. */
const COMMAND_VERBS: ReadonlySet<string> = new Set([
  "control", "controls", "controlled", "controlling", "dominate", "dominates", "dominated", "dominating", "govern",
  "governs", "governed", "governing", "administer", "administers", "administered", "administering", "run", "runs",
  "running",
]);

/**
 * The predicate a trigger states towards an object of the given kind. Control of a body rather than of ground is
 * leadership: "a command that controls three brigades", "seized control of the police".
 */
export function predicateTowards(trigger: Trigger, object: EntityKind): Predicate {
  if (trigger.predicate !== "controls" || (object !== "armed_group" && object !== "organization")) return trigger.predicate;
  const command = trigger.words.length > 1 ? trigger.words[1] === "control" : COMMAND_VERBS.has(trigger.words[0] as string);
  return command ? "leads" : trigger.predicate;
}
