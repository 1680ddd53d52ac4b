/**
 * Diff marks: labels each change block (adjacent delete/insert segments) with
 * what kind of wording change it carries (number, quote, hedge, attribution,
 * negation), so the sidebar can make it stand out. Both sides of a block get
 * the same marks. Trivial (style-only) changes get none.
 */
import type { DiffMark, DiffOp } from './types.ts';
import { ATTRIBUTION, ATTRIBUTION_PHRASES, AUXILIARIES, HEDGES, HEDGE_PHRASES, NEGATIONS, NUMBER_WORDS, cues, words } from './lexicon.ts';
import { QuoteScanner, hasQuoteMark } from './quotes.ts';

const NO_PHRASES: string[] = [];

/** Words skipped between a speaker and the verb: articles, and time phrases ("Trump late on Thursday tweeted"). */
const SPEAKER_SKIP = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'on', 'late', 'early', 'last', 'this', 'yesterday', 'today',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday',
]);

/** True when a text (with its word list) mentions a number: digits, %, currency, or a number word. */
function hasNumber(text: string, ws: string[] = words(text)): boolean {
  return /[\p{N}%$€£¥]/u.test(text) || ws.some((w) => NUMBER_WORDS.has(w));
}

/** Marks for one change block, given its two sides and the equal text around it. */
function blockMarks(del: string, ins: string, ctx: { before: string; after: string; inQuote: boolean; sameAttributions: boolean }): DiffMark[] {
  const marks: DiffMark[] = [];
  const wd = words(del);
  const wi = words(ins);
  const differ = (set: Set<string>, phrases: string[]) => cues(wd, set, phrases) !== cues(wi, set, phrases);
  if (hasNumber(del, wd) || hasNumber(ins, wi)) marks.push('number');
  if (hasQuoteMark(del) || hasQuoteMark(ins) || ctx.inQuote) marks.push('quote');
  if (differ(HEDGES, HEDGE_PHRASES)) marks.push('hedge');
  if ((differ(ATTRIBUTION, ATTRIBUTION_PHRASES) && !ctx.sameAttributions) || isSpeakerChange(del, ins, ctx)) marks.push('attribution');
  if (differ(NEGATIONS, NO_PHRASES) || cjkNegation(del) !== cjkNegation(ins)) marks.push('negation');
  return marks;
}

/** CJK negation characters in a text (不, 没, 未, 非, 无…), for scripts without spaces. */
function cjkNegation(text: string): string {
  return (text.match(/[不没沒未非无無别別]/g) ?? []).sort().join('');
}

/**
 * A change of who is speaking: words changed right before "said", "told" (past auxiliaries such
 * as "has"), or right after "according to" or an inverted `…," said`.
 */
function isSpeakerChange(del: string, ins: string, ctx: { before: string; after: string }): boolean {
  if (!/\p{L}/u.test(del + ins)) return false;
  // "have been told" → "were told", "said" → "on Monday said": the tense, voice or time changed.
  if ([...words(del), ...words(ins)].every((w) => AUXILIARIES.has(w) || SPEAKER_SKIP.has(w))) return false;
  // Only words right next to the verb: "the minister said" → "a spokesman said", "according to AP" → "… Reuters".
  // After the verb only in "according to X" and the inverted form `…," said X`, not "said 12 people".
  // The next word, past any auxiliaries: "the minister has said" → "a spokesman has said".
  const following = /^\s*[\p{L}]/u.test(ctx.after) ? words(ctx.after.slice(0, 80)) : [];
  const next = following.find((w) => !AUXILIARIES.has(w)) ?? '';
  const tail = ctx.before.slice(-40);
  return ATTRIBUTION.has(next) || /\baccording to\s*$/i.test(tail) || /[,"”»]\s*(said|says|added|asked|told)\s+$/i.test(tail);
}


/**
 * Each reporting verb of a text with its speaker (the nearest word before it, past auxiliaries,
 * articles and time phrases), and each attribution phrase ("in a statement"), sorted: "…, the authority said." and "The water authority said …" both give
 * "said:authority", so an attribution that only moved within the sentence is not a change.
 */
function attributions(text: string): string {
  const ws = words(text);
  const out: string[] = [];
  ws.forEach((w, i) => {
    if (!ATTRIBUTION.has(w)) return;
    let k = i - 1;
    while (k >= 0 && (AUXILIARIES.has(ws[k]) || SPEAKER_SKIP.has(ws[k]))) k--;
    out.push(`${w}:${ws[k] ?? ''}`);
  });
  const flat = ` ${ws.join(' ')} `;
  for (const p of ATTRIBUTION_PHRASES) if (flat.includes(` ${p} `)) out.push(p);
  return out.sort().join('|');
}

/** Returns a copy of `ops` with marks set on every non-trivial insert/delete segment. */
export function annotateDiff(ops: DiffOp[]): DiffOp[] {
  const out = ops.map((o) => ({ ...o, marks: undefined as DiffMark[] | undefined }));
  const side = (skip: DiffOp['op']) => ops.filter((o) => o.op !== skip).map((o) => o.text).join('');
  const sameAttributions = attributions(side('insert')) === attributions(side('delete'));
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
    const ctx = { before: out[i - 1]?.text ?? '', after: out[j]?.text ?? '', inQuote, sameAttributions };
    const marks = del || ins ? blockMarks(del, ins, ctx) : [];
    for (let k = i; k < j; k++) if (marks.length && !out[k].trivial) out[k].marks = [...marks];
    i = j;
  }
  for (const o of out) if (!o.marks) delete o.marks;
  return out;
}
