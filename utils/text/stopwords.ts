/** English function words that carry little meaning on their own (articles, pronouns, auxiliaries, prepositions). */

const WORDS =
  'a about above after again against all also am an and any are as at be because been before being below ' +
  'between both but by can could did do does doing down during each few for from further had has have having he ' +
  'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
  'not now of off on once only or other our ours ourselves out over own same she should so some such than that ' +
  'the their theirs them themselves then there these they this those through to too under until up very was we ' +
  'were what when where which while who whom why will with would you your yours yourself yourselves ' +
  "s t d ll m re ve 's may might must shall upon us via per among amid its' yet whether";

const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(' '));

/** True for an English stopword (expects a lower-cased token). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
