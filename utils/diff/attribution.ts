/**
 * Who a sentence attributes its statement to, for the diff's "attribution" mark: a change of
 * speaker next to a reporting verb within one change block ({@link isSpeakerChange}), and the
 * reporting verbs and phrases of two whole sentences with their speakers ({@link sameAttributions}),
 * so that an attribution which only moved within the sentence is not marked as changed.
 */
import { ATTRIBUTION, NUMBER_WORDS, maskNounStates, maskNounStatesBetween, words } from './lexicon.ts';
import { SPEAKER_WORDS, isFiller, sameHeadedSpeaker, sameSpeaker, speaker, withPlainCountries } from './speaker.ts';

/** Forms of "be": a reporting verb after one is passive ("will be announced"), and the words before it are no speaker. */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
/** Where a speaker's phrase ends: a clause boundary (not a full stop, which abbreviations such as "U.S." carry). */
const CLAUSE = /[,;:!?"“”«»()[\]—–]/;

/** Context of a change block: the equal text right before and after it. */
export interface BlockContext {
  before: string;
  after: string;
}

/** The rest of a speaker's phrase before its verb: up to this many words ("finance minister said"). */
const SPEAKER_REST = SPEAKER_WORDS - 1;
/** An appositive between a speaker and the verb: "Smith, the finance minister, said". */
const APPOSITIVE = /^\s*,[^,;:"“”()]{1,60},\s*(\p{L}+)/u;

/**
 * A change of who is speaking: words changed in a speaker's phrase before a reporting verb ("the
 * minister has said" → "the mayor has said", "the finance minister said" → "the health minister
 * said", "Smith, the minister, said" → "Jones, the minister, said"), not before a passive one
 * ("the merger will be announced"); or right after "according to" or an inverted `…," said`. A
 * change of tense, time or article only is none.
 */
export function isSpeakerChange(rawDel: string, rawIns: string, rawCtx: BlockContext): boolean {
  const [del, ins, before, after] = [rawDel, rawIns, rawCtx.before, rawCtx.after].map(withPlainCountries);
  const ctx = { before, after };
  if (!/\p{L}/u.test(del + ins)) return false;
  if ([...words(del), ...words(ins)].every(isFiller)) return false;
  // Only the words after the block's last clause boundary can be the verb's speaker ("Prices rose, " is not).
  const lastClause = (s: string) => words(s.split(CLAUSE).pop() ?? '');
  const named = [...lastClause(del), ...lastClause(ins)].some((w) => !isFiller(w));
  const tail = ctx.before.slice(-40);
  const cued = /\baccording to\s*$/i.test(tail) || /[,"”»]\s*(said|says|added|asked|told)\s+$/i.test(tail);
  return cued || (named && speakerBeforeVerbChanged(del, ins, ctx));
}

/**
 * True when the block is part of a speaker's phrase that an active reporting verb ends, and the
 * phrase changed: another head word or other words ("finance" → "health minister"), not only
 * words added to it ("state media" → "state news media", "Trump" → "Mr. Trump").
 */
function speakerBeforeVerbChanged(del: string, ins: string, ctx: BlockContext): boolean {
  // The words after the block, with a noun "states" blanked in the context of the deleted side.
  const after = maskNounStatesBetween(ctx.before.slice(-60) + del, ctx.after.slice(0, 80));
  const appositive = APPOSITIVE.exec(after);
  let between: string[] = [];
  if (appositive) {
    if (!ATTRIBUTION.has(appositive[1].toLowerCase())) return false;
  } else {
    if (!/^\s*\p{L}/u.test(after)) return false;
    const following = words(after.split(CLAUSE)[0]);
    const k = following.findIndex((w) => ATTRIBUTION.has(w));
    between = following.slice(0, Math.max(0, k));
    if (k < 0 || countsNotReports(following[k], following[k + 1]) || between.some((w) => BE.has(w)) || between.filter((w) => !isFiller(w)).length > SPEAKER_REST) return false;
  }
  const phrase = (side: string) => speaker([...words((ctx.before + side).split(CLAUSE).pop() ?? ''), ...between], false);
  return !sameHeadedSpeaker(phrase(del), phrase(ins));
}

/**
 * Words that open an object of "added": a count, not a report ("Pell added a third", "the firm
 * added 300 jobs"). Not "the" or "his": "He added the team would appeal" reports.
 */
const ADDED_OBJECT = /^(?:a|an|another|\p{N}.*)$/u;

/** True when `verb` with the word after it adds something rather than reporting ("added a third goal"). */
function countsNotReports(verb: string, next: string | undefined): boolean {
  return /^add(?:s|ed)?$/.test(verb) && next !== undefined && (ADDED_OBJECT.test(next) || NUMBER_WORDS.has(next));
}

/** A reporting verb (or "according to", "in a statement") with the words of its speaker. */
interface Attribution {
  cue: string;
  speaker: string[];
}

/**
 * Each reporting verb of `text` with its speaker (the words before it in its clause, or after it
 * in the inverted `…," said the minister`), and each "according to X" with X.
 */
function attributions(text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const clause of maskNounStates(text).split(CLAUSE)) {
    const ws = words(clause);
    ws.forEach((w, i) => {
      if (w === 'according' && ws[i + 1] === 'to') out.push({ cue: 'according to', speaker: speaker(ws.slice(i + 2), true) });
      if (w === 'statement' && ws[i - 1] === 'a' && ws[i - 2] === 'in') out.push({ cue: 'in a statement', speaker: [] });
      if (!ATTRIBUTION.has(w)) return;
      const before = speaker(ws.slice(0, i), false);
      out.push({ cue: w, speaker: before.length > 0 ? before : speaker(ws.slice(i + 1), true) });
    });
  }
  return out;
}

/** Plain reporting cues: "X said", "X told …" and "according to X" attribute alike. */
const PLAIN_CUES = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'according to', 'add', 'adds', 'added']);

/** True when two cues attribute alike: the same cue, or two plain ones. */
function sameCue(a: string, b: string): boolean {
  return a === b || (PLAIN_CUES.has(a) && PLAIN_CUES.has(b));
}

/**
 * True when two sentences attribute their statement alike: the same reporting verbs and phrases,
 * each with the same speaker, wherever they stand. "…, the authority said.", "The water
 * authority said …" and "…, according to the authority." do; "the water authority" and "the
 * power authority" do not, nor "said" and "claimed".
 */
export function sameAttributions(a: string, b: string): boolean {
  const left = attributions(withPlainCountries(a));
  const right = attributions(withPlainCountries(b));
  if (left.length !== right.length) return false;
  const unmatched = [...right];
  return left.every((x) => {
    const j = unmatched.findIndex((y) => sameCue(x.cue, y.cue) && sameSpeaker(x.speaker, y.speaker));
    if (j < 0) return false;
    unmatched.splice(j, 1);
    return true;
  });
}
