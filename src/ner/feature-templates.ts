// Template ids of the tagger's features: each feature key mixes its template id with the values it reads, so
// changing an id changes every key of that template (and needs a new FEATURE_SET_VERSION and model).
export const TEMPLATES = {
  bias: 0,
  word: 1,
  exact: 2,
  prev1: 3,
  next1: 4,
  prev2: 5,
  next2: 6,
  shape: 7,
  short: 8,
  prevShape: 9,
  nextShape: 10,
  shapeTrigram: 11,
  bigramPrev: 12,
  bigramNext: 13,
  prefix: 14, // 14..17
  suffix: 18, // 18..21
  startShape: 22,
  capsLineWord: 23,
  capsLineShape: 24,
  prevWordShape: 25,
  shapeNextWord: 26,
  flags: 27,
  gaz: 28,
  gazPrev: 29,
  gazNext: 30,
  gazWord: 31,
  prev2Bigram: 32,
  next2Bigram: 33,
  capRun: 34,
  capRunWord: 35,
} as const;
