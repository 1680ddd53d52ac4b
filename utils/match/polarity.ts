/**
 * Polarity of a sentence for the matcher: negative cues (explicit negations such as "not" and
 * "never", and verbs that negate what follows, "declined to", "refused", "denied", "banned"), and
 * antonym cues from a small hand-written list of reporting and outcome words (approved/rejected,
 * rose/fell, won/lost, allowed/banned, killed/injured, more/less, …). Two otherwise identical sentences that differ in
 * polarity ("approved" vs "rejected", "was disclosed" vs "was not disclosed") do not state the
 * same thing; two that negate in different words ("declined to say" vs "would not say") may.
 */
import { stem } from '../text/index';

/** Explicit negations ("not", "never", "without"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'none', 'without', 'cannot', 'nowhere']);
/** Words after a negation that make it a quantity bound or an intensifier, not a negation ("no more than 120"). */
export const NOT_NEGATING_NEXT: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'later', 'earlier', 'only', 'least', 'sooner']);
/** Stems that negate what follows wherever they occur. */
const NEGATIVE_STEMS = new Set(['refus', 'deni', 'unabl', 'ban', 'prohibit', 'forbid', 'forbidden', 'forbad', 'reject', 'lack']);
/** Stems that negate only before "to …" or "comment" ("declined to say", "failed to act"; not "sales declined 5%"). */
const NEGATIVE_BEFORE_TO = new Set(['declin', 'fail']);

/**
 * Antonym groups as [positive forms, negative forms] (word forms; stemmed when loaded): opposite
 * outcomes, and outcomes that exclude each other ("killed" / "injured"; not "fatally wounded").
 * A word may stand in several groups. "Beat" a rival is left out ("A beat B" / "B lost to A").
 */
const ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['approve approved approves approval accept accepted accepts backed endorse endorsed endorses sign signed signs',
    'reject rejected rejects rejection veto vetoed'],
  ['rise rose risen rising rises increase increased increases gain gained gains climb climbed jump jumped surge surged higher raise raised grow grew grown advance advanced create created creates hire hired hires',
    'fall fell fallen falling falls decrease decreased decreases drop dropped plunge plunged slump slumped lower lowered cut cuts reduce reduced shrink shrank retreat retreated shed axe axed eliminate eliminated'],
  ['win won wins winning', 'lose lost loses losing'],
  ['allow allowed allows permit permitted legal', 'ban banned bans prohibit prohibited forbid forbidden illegal'],
  ['confirm confirmed confirms admit admitted admits', 'deny denied denies'],
  ['support supported supports favour favor favoured favored', 'oppose opposed opposes'],
  ['acquit acquitted acquittal innocent', 'convict convicted conviction guilty'],
  ['uphold upheld upholds', 'overturn overturned overturns quash quashed quashes overrule overruled reverse reversed'],
  ['arrest arrested arrests detain detained', 'release released releases free freed frees'],
  ['open opened opens reopen reopened', 'close closed closes shut'],
  ['impose imposed imposes', 'lift lifted lifts'],
  ['agree agreed agrees', 'disagree disagreed disagrees'],
  ['profit profits', 'loss losses'],
  ['strengthen strengthened', 'weaken weakened'],
  ['likely', 'unlikely'],
  ['expand expanded expands', 'contract contracted'],
  ['beat beats beating', 'miss missed misses missing'],
  ['kill killed kills die died dies dead', 'injure injured injures wound wounded wounds'],
  ['more', 'less fewer'],
];

let antonymIndex: Map<string, number[]> | null = null;

/** Stem (and word form) → signed group ids (group + 1, negative for the second side). */
function antonyms(): Map<string, number[]> {
  if (antonymIndex !== null) return antonymIndex;
  const m = new Map<string, number[]>();
  const add = (w: string, g: number) => {
    for (const k of new Set([w, stem(w)])) {
      const list = m.get(k) ?? [];
      if (!list.includes(g)) m.set(k, [...list, g]);
    }
  };
  ANTONYMS.forEach(([pos, neg], g) => {
    for (const w of pos.split(' ')) add(w, g + 1);
    for (const w of neg.split(' ')) add(w, -(g + 1));
  });
  antonymIndex = m;
  return m;
}

/** Words before an outcome word that turn it into another ("fatally wounded" is killed; "no fewer than" is at least). */
const UNDOING = new Set(['fatally', 'mortally']);

/** True when the word before `word` undoes its antonym group ("fatally wounded", "no fewer than 30"). */
function outcomeUndone(before: string, word: string): boolean {
  return UNDOING.has(before) || (NEGATIONS.has(before) && NOT_NEGATING_NEXT.has(word));
}

/** Polarity cues of one sentence. */
export interface Polarity {
  /** Number of negative cues (explicit and implicit). */
  negative: number;
  /** Sorted unique signed antonym-group ids of the sentence's words. */
  antonyms: Int32Array;
}

/** Finds the polarity cues of a tokenised sentence (`stems` aligned with `tokens`). */
export function polarityOf(tokens: readonly string[], stems: readonly string[]): Polarity {
  let negative = 0;
  const groups = new Set<number>();
  const index = antonyms();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], s = stems[i], next = tokens[i + 1] ?? '';
    if (NEGATIONS.has(t)) { if (!NOT_NEGATING_NEXT.has(next)) negative++; } else if (NEGATIVE_STEMS.has(s)) negative++;
    else if (NEGATIVE_BEFORE_TO.has(s) && (next === 'to' || next === 'comment')) negative++;
    const gs = index.get(t) ?? index.get(s);
    if (gs !== undefined && !(NEGATIVE_BEFORE_TO.has(s) && next === 'to') && !outcomeUndone(tokens[i - 1] ?? '', t)) for (const g of gs) groups.add(g);
  }
  return { negative, antonyms: Int32Array.from(groups).sort() };
}

/** True when exactly one of the two sentences carries a negative cue. */
export function polarityClash(a: { polarity: Polarity }, b: { polarity: Polarity }): boolean {
  return (a.polarity.negative > 0) !== (b.polarity.negative > 0);
}

/** Number of antonym groups used on opposite sides by the two sentences (and not on both sides by either). */
export function antonymClashes(a: { polarity: Polarity }, b: { polarity: Polarity }): number {
  const x = a.polarity.antonyms, y = b.polarity.antonyms;
  let n = 0;
  for (const g of x) if (y.includes(-g) && !x.includes(-g) && !y.includes(g)) n++;
  return n;
}
