// Words around a name that say it names a person, whatever shape its letters have: an age ("14-year-old Karim"), a
// noun for a person in apposition ("one young girl, Hala, said") and an occupation right before it ("author
// al-Mardini"). Unfamiliar given names look like places or groups to the tagger. Data, lower-cased.

/** Nouns for a person that a name may follow in apposition: "a young girl, Hala,", "her brother, Sami,". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "girl", "boy", "man", "woman", "child", "teenager", "son", "daughter", "wife", "husband", "brother", "sister",
  "mother", "father", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather", "widow", "friend",
  "neighbour", "neighbor", "student", "pupil", "teacher", "farmer", "shopkeeper", "nurse", "doctor", "resident",
  "refugee", "survivor", "volunteer", "librarian", "mechanic", "driver", "worker", "labourer", "laborer",
]);

/** An age written before a name: "14-year-old", "a 35-year-old". */
export const AGE_BEFORE = /^(?:\d+|[a-z]+)-year-old$/;
