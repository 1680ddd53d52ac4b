/**
 * Repair rules for sentence boundaries that `Intl.Segmenter` gets wrong:
 * titles (Mr., Dr.), initials (J. K. Rowling), initialisms (U.S.), other
 * abbreviations followed by a number or lower-case word (No. 10, Jan. 5, e.g.), and in German
 * text dates, ordinals and abbreviations (am 1. Juli, der 2. Bürgermeister, z. B.),
 * and a quotation followed by its attribution ("Is it over?" asked the minister).
 */

/** Abbreviations that precede a name: they end a sentence only before a common sentence starter. */
const TITLES = new Set(
  'mr mrs ms messrs mme mlle dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres st mt ft supt insp det cpl pvt pfc pte spc lieut atty msgr fr gens sens reps brig'.split(' '),
);

/** Abbreviations that end a sentence unless a number (or a lower-case word) follows. */
const SOFT = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc approx est ave blvd rd fig figs p pp vol vols art para ch sec dept univ assn intl govt mins hrs'.split(' '),
);

/** Company and name suffixes ("Acme Inc. shares", "King Jr. Day"): like titles, they end a sentence only before a sentence starter. */
const SUFFIXES = new Set('inc corp ltd co plc llc bros jr sr'.split(' '));

/** Abbreviations that are always followed by more of the same sentence (German ones too: "5 Mio. Euro", "bzw."). */
const ALWAYS = new Set([
  'e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'ca', 'approx',
  'mio', 'mrd', 'tsd', 'bzw', 'vgl', 'evtl', 'ggf', 'inkl', 'zzgl', 'bspw', 'sog', 'nr',
]);

/** German month names: "am 1. Juli" is a date, not a sentence ending in "1.". */
const GERMAN_MONTHS = new Set('januar jänner februar märz april mai juni juli august september oktober november dezember'.split(' '));
/** A German ordinal after an article or a contracted preposition: "der 2. Bürgermeister", "zum 50. Geburtstag". */
const GERMAN_ORDINAL = /(?:^|[\s(])(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|ins|seinem|seiner|ihrem|ihrer)\s+\p{N}{1,3}\.$/iu;

/** Words that commonly start an English sentence; after "U.S." they signal a real break. */
const STARTERS = new Set(
  ('the a an he she it they we i you this that these those there but and or so yet in on at for as if when while after before ' +
    'its his her their our my some many most all yes what why how who however meanwhile still then now last earlier later ' +
    'officials police authorities one two three').split(' '),
);

/** Verbs of saying that may follow a quotation, after an adverb or not: `"We won!" Smith (proudly) said.` */
const SAY = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:\p{Ll}+ly\s+)?(?:said|says|added|asked|told|wrote|insisted|declared|explained|replied|warned|stated)\b/u;

/** The last word of a text, without leading quotes or brackets, and only its part after a slash or hyphen ("PeopleSoft/J.D."). */
function lastWord(text: string): string {
  const m = /([^\s/(\[“"‘'«„—–-]+)$/.exec(text);
  return m ? m[1] : '';
}

/** The first word of a text, without leading quotes or brackets. */
function firstWord(text: string): string {
  const m = /^[\s("“‘'«„\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text);
  return m ? m[1] : '';
}

/**
 * True when the boundary between `prev` (the sentence so far) and `next` (the
 * following segment) is false and the two belong to one sentence.
 */
export function shouldJoin(prev: string, next: string, lang?: string | null): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p || !n) return true;
  // A segment of closing punctuation only, e.g. a stray ” or ).
  if (!/[\p{L}\p{N}]/u.test(n)) return true;
  // Lower-case continuation: after an abbreviation, an ellipsis, or a quotation ("…?" asked the minister).
  // Words like "iPhone" or "eBay" may start a sentence, so the whole first word must be lower case.
  const head = firstWord(n);
  if (/^\p{Ll}/u.test(head) && !/\p{Lu}/u.test(head)) return true;
  if (!/\.$/.test(p)) return isQuoteAttribution(p, n);
  // No space after the period: a ticker or code (".IXIC", "JWN.N", "<0001.HK>"), not a sentence end.
  if (prev === p && /^[\p{L}\p{N}]/u.test(next)) return true;
  const word = lastWord(p).slice(0, -1); // without the final period
  const lower = word.toLowerCase();
  const next1 = firstWord(n);
  const startsDigit = /^\p{N}/u.test(next1);
  const starter = STARTERS.has(next1.toLowerCase());
  if (ALWAYS.has(lower)) return true;
  // In German: dates and ordinals ("ab dem 1. Juli", "der 2. Bürgermeister"), and one-letter
  // abbreviations ("z. B.", "d. h."). Not in English: "The toll rose to 12. November was …".
  if (/^de\b/i.test(lang ?? '')) {
    if (/^\p{N}{1,3}$/u.test(word) && (GERMAN_MONTHS.has(next1.toLowerCase()) || GERMAN_ORDINAL.test(p))) return true;
    if (/^\p{Ll}$/u.test(word)) return true;
  }
  if (TITLES.has(lower) || SUFFIXES.has(lower)) return !starter; // "St. Louis", but "on Main St. The talks…" ends there
  // Initials ("J. K. Rowling", "George W. Bush", "Alfred P. Murrah"): a single capital letter.
  if (/^\p{Lu}$/u.test(word)) return !starter && /^\p{Lu}/u.test(next1);
  if (SOFT.has(lower)) return startsDigit;
  // Initialisms ("U.S.", "U.N.", "a.m."): continue unless a sentence starter follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !starter || startsDigit;
  return isQuoteAttribution(p, n);
}

/** `"We will win!" Smith said.`: an exclamation or question inside quotes, then who said it. */
function isQuoteAttribution(p: string, n: string): boolean {
  return /[!?…]["”’»]$/.test(p) && SAY.test(n);
}
