/**
 * Diff marks: labels each change block (adjacent delete/insert segments) with
 * what kind of wording change it carries (number, date, quote, hedge, attribution,
 * negation, roles: two names swapped, roles.ts), so the sidebar can make it stand out. Both sides of a block get
 * the same marks. Trivial (style-only) changes get none.
 */
import type { DiffMark, DiffOp } from './types.ts';
import { ATTRIBUTION, ATTRIBUTION_PHRASES, CJK_NEGATION, HEDGES, HEDGE_PHRASES, NEGATIONS, NUMBER_WORDS, cues, maskNounStatesBetween, withoutArticleOne, words } from './lexicon.ts';
import { isSpeakerChange, sameAttributions } from './attribution.ts';
import { diffSide } from './side.ts';
import { QuoteScanner, hasQuoteMark } from './quotes.ts';
import { dateReplacedIn } from './dates.ts';
import { swappedRoles } from './roles.ts';

const NO_PHRASES: string[] = [];

/** True when a text (with its word list) mentions a number: digits, %, currency, or a number word. */
function hasNumber(text: string, ws: readonly string[] = words(text)): boolean {
  return /[\p{N}%$€£¥]/u.test(text) || ws.some((w) => NUMBER_WORDS.has(w));
}

/** Marks for one change block, given its two sides and the equal text around it. */
interface BlockContext {
  before: string;
  after: string;
  inQuote: boolean;
  /** Whether the two whole sentences attribute alike (an attribution only moved). */
  attributedAlike: () => boolean;
  /** The names whose roles the other sentence swaps, if any. */
  swapped: () => { first: string; second: string } | null;
}

function blockMarks(del: string, ins: string, ctx: BlockContext): DiffMark[] {
  const marks: DiffMark[] = [];
  const wd = words(del);
  const wi = words(ins);
  const differ = (set: Set<string>, phrases: string[]) => cues(wd, set, phrases) !== cues(wi, set, phrases);
  // "a third" → "one third" is no number change: the article counts one.
  if (hasNumber(del, withoutArticleOne(wd, wi)) || hasNumber(ins, withoutArticleOne(wi, wd))) marks.push('number');
  if (dateReplacedIn(del, ins, ctx)) marks.push('date');
  if (hasQuoteMark(del) || hasQuoteMark(ins) || ctx.inQuote) marks.push('quote');
  if (cues(hedgeWords(del, ctx.before), HEDGES, HEDGE_PHRASES) !== cues(hedgeWords(ins, ctx.before), HEDGES, HEDGE_PHRASES)) marks.push('hedge');
  // Each side with a noun "states" blanked, judged with the equal text around it.
  const reporting = (side: string) => cues(words(maskNounStatesBetween(ctx.before.slice(-60), side, ctx.after.slice(0, 60))), ATTRIBUTION, ATTRIBUTION_PHRASES);
  const attributionChanged = reporting(del) !== reporting(ins);
  if ((attributionChanged && !ctx.attributedAlike()) || isSpeakerChange(del, ins, ctx)) marks.push('attribution');
  if (differ(NEGATIONS, NO_PHRASES) || cjkNegation(del) !== cjkNegation(ins)) marks.push('negation');
  const swap = ctx.swapped();
  if (swap && [swap.first, swap.second].some((name) => del.includes(name) || ins.includes(name))) marks.push('roles');
  return marks;
}

/**
 * A block side's words for the hedge test: a capitalised "May" after the sentence's start is the
 * month or a name ("in May", "Theresa May"), not the modal "may".
 */
function hedgeWords(side: string, before: string): string[] {
  const atStart = before.trim() === '';
  return words(side.replace(/\bMay\b/g, (m: string, at: number) => (atStart && side.slice(0, at).trim() === '' ? m : '')));
}

/** CJK negation characters in a text (不, 没, 未, 非, 无…), for scripts without spaces. */
function cjkNegation(text: string): string {
  return (text.match(CJK_NEGATION) ?? []).sort().join('');
}

/** Returns a copy of `ops` with marks set on every non-trivial insert/delete segment. */
export function annotateDiff(ops: DiffOp[]): DiffOp[] {
  const out = ops.map((o) => ({ ...o, marks: undefined as DiffMark[] | undefined }));
  // An attribution that only moved within the sentence is no change (attribution.ts); the whole
  // sentences are compared only once a block's reporting words differ.
  let alike: boolean | undefined;
  const attributedAlike = () => (alike ??= sameAttributions(diffSide(ops, 'a'), diffSide(ops, 'b')));
  let swap: ReturnType<typeof swappedRoles> | undefined;
  const swapped = () => (swap === undefined ? (swap = swappedRoles(diffSide(ops, 'a'), diffSide(ops, 'b'))) : swap);
  const qa = new QuoteScanner();
  const qb = new QuoteScanner();
  let i = 0;
  while (i < out.length) {
    if (out[i].op === 'equal') {
      qa.feed(out[i].text);
      qb.feed(out[i].text);
      i++;
      continue;
    }
    let j = i;
    let del = '';
    let ins = '';
    const inQuote = qa.inside() || qb.inside();
    while (j < out.length && out[j].op !== 'equal') {
      const o = out[j++];
      (o.op === 'delete' ? qa : qb).feed(o.text);
      if (o.trivial) continue;
      if (o.op === 'delete') del += o.text;
      else ins += o.text;
    }
    const ctx = { before: out[i - 1]?.text ?? '', after: out[j]?.text ?? '', inQuote, attributedAlike, swapped };
    const marks = del || ins ? blockMarks(del, ins, ctx) : [];
    for (let k = i; k < j; k++) if (marks.length && !out[k].trivial) out[k].marks = [...marks];
    i = j;
  }
  for (const o of out) if (!o.marks) delete o.marks;
  return out;
}
