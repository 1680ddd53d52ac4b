/**
 * Word lists for diff marks (English first): hedges, attribution verbs,
 * negations and number words. Kept small and readable; multi-word cues are
 * matched on the lower-cased, space-normalised text.
 */

/** Words that weaken or distance a statement ("claimed", "reportedly", "may"). */
export const HEDGES = new Set([
  'claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'allegedly',
  'suggest', 'suggests', 'suggested', 'reportedly', 'purportedly', 'supposedly', 'apparently',
  'may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably',
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'believed', 'thought',
  'expected', 'projected', 'estimated', 'unconfirmed', 'unverified', 'insisted', 'insists', 'maintained',
]);

/** Multi-word hedges ("according to" is attribution, not a hedge: ATTRIBUTION_PHRASES). */
export const HEDGE_PHRASES = ['is said to', 'are said to', 'was said to', 'were said to'];

/** Verbs and phrases that attribute a statement to someone. */
export const ATTRIBUTION = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'states', 'stated',
  'assert', 'asserts', 'asserted', 'claim', 'claims', 'claimed', 'add', 'adds', 'added',
  'note', 'notes', 'noted', 'explain', 'explained', 'insist', 'insisted', 'argue', 'argued',
  'warn', 'warned', 'announce', 'announced', 'confirm', 'confirmed', 'report', 'reported',
  'write', 'wrote', 'tweeted', 'posted', 'acknowledged', 'admitted', 'declared', 'stressed',
  'emphasised', 'emphasized', 'remarked', 'commented', 'replied', 'responded', 'alleged',
  'suggested', 'maintained', 'contended', 'revealed', 'disclosed', 'spokesman', 'spokeswoman',
  'spokesperson',
]);

/**
 * Auxiliaries and adverbs that sit between a subject and its verb: a change among them alone
 * ("have been told" / "were told") changes tense or voice, not who is speaking.
 */
export const AUXILIARIES = new Set([
  'have', 'has', 'had', 'having', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'am',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did',
  'also', 'then', 'now', 'later', 'earlier', 'previously', 'already', 'again', 'further',
]);

/** Words before a plural "states" that make it a noun: "member states", "Gulf states", "12 states". */
const STATE_NOUN_BEFORE = new Set([
  'united', 'member', 'several', 'other', 'many', 'all', 'both', 'some', 'these', 'those', 'most', 'few',
  'gulf', 'baltic', 'arab', 'nordic', 'balkan', 'swing', 'battleground', 'neighbouring', 'neighboring',
  'nation', 'island', 'city', 'southern', 'northern', 'western', 'eastern', 'central', 'coastal', 'small',
  'sovereign', 'independent', 'rogue', 'failed', 'federal', 'border', 'key', 'individual', 'red', 'blue',
  'eu', 'us', 'u.s', 'european', 'african', 'asian', 'islamic', 'two', 'three', 'four', 'five', 'fifty',
]);
/** Words after a plural noun "states" ("the German states have agreed", "states of the bloc"). */
const AFTER_NOUN_STATES = /^(of|and|or|to|in|on|at|with|from|for|by|who|which|whose|where|such|across|around|including|\w+ed)$/;
/** Adverbs between a subject and its verb: "the lawsuit also states". */
const ADVERBS = new Set(['also', 'further', 'clearly', 'explicitly', 'specifically', 'simply', 'now', 'still', 'even', 'only', 'plainly', 'expressly']);
/** Determiners and pronouns that open a singular subject: "the report states", "it states". */
const SUBJECT_OPENER = /^(the|a|an|its|his|her|their|this|that|our|your)$/;

/**
 * `text` with every "states" that is a noun ("member states", "the Gulf states agreed", "in 12
 * states") blanked out, keeping the length. "States" reports a statement only when "that", a
 * colon or a quotation follows, after "it", or after a determiner or possessive and a noun ("the
 * suit states", "Smith's complaint also states"), or after an inserted clause ("The document, seen
 * by Reuters, states …"), when it ends its clause or what follows could be its object ("The suit
 * states Russia …", not "The German states have agreed"). "state" is never listed ("state media", "Secretary of State").
 */
export function maskNounStates(text: string): string {
  return text.replace(/\bstates\b/gi, (word, at: number) => {
    const after = text.slice(at + word.length);
    if (/^\s*(that\b|:|["“])/i.test(after)) return word;
    const lead = text.slice(Math.max(0, at - 60), at);
    const [prev = '', beforePrev = ''] = words(lead).reverse().filter((w, i, ws) => !(ADVERBS.has(w) && i < ws.length - 2));
    if (prev === 'it') return word;
    const next = /^\s*([,.;!?"”)]|$)/.test(after) ? null : words(after.slice(0, 40))[0] ?? null;
    const objectNext = next === null || !(AUXILIARIES.has(next) || AFTER_NOUN_STATES.test(next));
    // "The document, seen by Reuters, states …": a subject closed by an inserted clause.
    if (/,\s*$/.test(lead) && next !== null && objectNext) return word;
    const opener = SUBJECT_OPENER.test(beforePrev) || /['’]s$/.test(beforePrev);
    const subject = opener && !STATE_NOUN_BEFORE.has(prev) && !/^\p{N}/u.test(prev);
    return subject && objectNext ? word : ' '.repeat(word.length);
  });
}

/** `middle` with its noun "states" blanked, judged with the text `before` and `after` it (a diff block's context). */
export function maskNounStatesBetween(before: string, middle: string, after = ''): string {
  return maskNounStates(before + middle + after).slice(before.length, before.length + middle.length);
}

/** Multi-word attribution cues. */
export const ATTRIBUTION_PHRASES = ['according to', 'in a statement', 'quoted as'];

/** Words that negate a statement. */
export const NEGATIONS = new Set([
  'not', 'no', 'never', 'cannot', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without',
  'deny', 'denies', 'denied', 'denying', 'refused', 'refuses', 'rejected', 'rejects',
  // Arabic and Hebrew particles of negation.
  'لا', 'لم', 'لن', 'ليس', 'ليست', 'לא', 'אין',
]);

/** Negation words of a text, and CJK negation characters (不, 没, 未, 非, 无…) for scripts without spaces. */
export function negationCount(text: string): number {
  return words(text).filter((w) => NEGATIONS.has(w)).length + (text.match(CJK_NEGATION) ?? []).length;
}

/** CJK negation characters. */
export const CJK_NEGATION = /[不没沒未非无無别別]/g;

/** Spelled-out numbers and magnitudes. */
export const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'dozen', 'dozens', 'half', 'quarter', 'percent',
  'double', 'doubled', 'tripled', 'twice', 'bn',
]);

/**
 * `ws` without a "one" that the other side writes as the article ("a third" / "one third", "a
 * million" / "one million"): the article counts one, so the pair states no other number.
 */
export function withoutArticleOne(ws: readonly string[], other: readonly string[]): readonly string[] {
  if (!other.includes('a') && !other.includes('an')) return ws;
  const i = ws.findIndex((w) => w.toLowerCase() === 'one');
  return i < 0 || other.includes('one') ? ws : [...ws.slice(0, i), ...ws.slice(i + 1)];
}

/** Lower-cased word tokens of a text; "don't" yields "do" and "n't"-style negation as "not". */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)) {
    const w = m[0];
    if (/n['’]t$/.test(w)) out.push(w.slice(0, -3), 'not');
    else out.push(w);
  }
  return out;
}

/** Which members of `set` (and which `phrases`) occur in a word list, sorted and joined. */
export function cues(ws: string[], set: Set<string>, phrases: string[]): string {
  const found = new Set(ws.filter((w) => set.has(w)));
  if (phrases.length && ws.length > 1) {
    const flat = ` ${ws.join(' ')} `;
    for (const p of phrases) if (flat.includes(` ${p} `)) found.add(p);
  }
  return found.size ? [...found].sort().join('|') : '';
}
