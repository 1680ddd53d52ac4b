/**
 * Claims: an article's paragraphs cut into statements. Sentences come from
 * `splitSentences`; a quotation that runs over several sentences is kept together
 * with its attribution (`"We will not back down. We never have," the minister
 * said.`); fragments of fewer than four words join a neighbour; over-long claims are
 * cut (see long.ts); a wire dateline is left out (dateline.ts); each claim gets a
 * text-quote selector over the article text (paragraphs joined by blank lines).
 */
import type { Claim } from './types.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { splitSentences, type Span } from './segment.ts';
import { CLOSED, advanceQuotes, hasAttribution, hasQuotation, isOpen, opensQuote } from './quotes.ts';
import { makeSelector } from './selector.ts';
import { splitLong } from './long.ts';
import { datelineLength } from './dateline.ts';
import { isFragment, trailingPostLink } from './fragment.ts';
import { wordCount } from './word-count.ts';

export { wordCount };
import { verbatimKey } from '../text/normalize.ts';

/** At most this many sentences are kept together as one quotation. */
const MAX_QUOTE_SENTENCES = 5;
/** Paragraphs giving claims that may open with a wire dateline (dateline.ts). */
const OPENING_PARAGRAPHS = 3;
/** Claims with fewer words than this join a neighbouring claim. */
const MIN_WORDS = 4;

/**
 * Joins the sentences of a quotation into one claim:
 * - a quotation left open until a later sentence, when the group names a speaker
 *   (`"We will not back down. We never have," the minister said.`);
 * - a paragraph that is one quotation from its first word to its last, without a speaker (it goes
 *   on quoting the previous paragraph's speaker).
 * A quotation that goes on after its attribution in the same paragraph (`"We will rebuild," the
 * minister said. "It will take a year."`) stays a claim of its own: another outlet may quote just
 * that part, and joining it would lose the copy (NewsWCL50 lost 25 links, verbatim ones among them);
 * the sidebar names its speaker instead (quote-context.ts).
 */
function groupQuotes(para: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  while (k < spans.length) {
    let state = advanceQuotes(para.slice(spans[k].start, spans[k].end), CLOSED);
    let end = k;
    if (isOpen(state)) {
      for (let m = k + 1; m < spans.length && m - k < MAX_QUOTE_SENTENCES; m++) {
        state = advanceQuotes(para.slice(spans[m].start, spans[m].end), state);
        if (!isOpen(state)) {
          if (hasAttribution(para.slice(spans[k].start, spans[m].end)) || (k === 0 && m === spans.length - 1 && wholeQuote(para))) end = m;
          break;
        }
      }
    }
    out.push({ start: spans[k].start, end: spans[end].end });
    k = end + 1;
  }
  return out;
}

/** True when `text` (a paragraph, or sentences of one) is one quotation: it opens with a quotation mark and ends with one. */
function wholeQuote(text: string): boolean {
  return opensQuote(text) && /["”»“」』]\s*$/.test(text);
}

/** Joins claims of fewer than MIN_WORDS words to the previous claim (or the next, at a paragraph start). */
function mergeShort(para: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let lastWords = 0;
  for (const s of spans) {
    const last = out[out.length - 1];
    const words = wordCount(para.slice(s.start, s.end));
    if (last && (words < MIN_WORDS || lastWords < MIN_WORDS)) {
      last.end = s.end;
      lastWords += words;
    } else {
      out.push({ ...s });
      lastWords = words;
    }
  }
  return out;
}

/**
 * Splits paragraphs into claims with paragraph offsets and text-quote selectors.
 * Paragraphs listed in `skip` (sub-headings), and labels and stamps (fragment.ts), give no claims but
 * keep their place in the offsets.
 */
export function splitClaims(paragraphs: string[], lang?: string | null, skip: readonly number[] = []): Claim[] {
  const claims: Claim[] = [];
  const article = paragraphs.join('\n\n');
  const skipped = new Set(skip);
  let base = 0;
  let opening = 0;
  paragraphs.forEach((para, p) => {
    if (skipped.has(p) || isFragment(para)) {
      base += para.length + 2;
      return;
    }
    // A wire dateline ("LIMA, March 14 (Reuters) - ") is no part of the first claim (dateline.ts).
    // Only an opening paragraph carries one: one of the first three that give claims (a standfirst
    // and a headline kept in the text may come before the lead).
    const dateline = opening < OPENING_PARAGRAPHS ? datelineLength(para) : 0;
    const spans = mergeShort(para, groupQuotes(para, splitSentences(para, lang)))
      .flatMap((s) => splitLong(para, s))
      .filter((s) => s.end > dateline)
      .map((s) => (s.start < dateline ? { ...s, start: dateline } : s))
      .map((s) => ({ ...s, end: s.end - trailingPostLink(para.slice(s.start, s.end)) }));
    if (spans.length > 0) opening++;
    for (const s of spans) {
      const text = para.slice(s.start, s.end);
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const index = claims.length;
      claims.push({
        id: `c${index}`,
        index,
        paragraph: p,
        start: s.start,
        end: s.end,
        text,
        selector: makeSelector(article, base + s.start, base + s.end),
        quote: hasQuotation(text),
      });
    }
    base += para.length + 2;
  });
  return claims;
}

/**
 * The claims of an extracted article: its paragraphs split in its language, sub-headings skipped,
 * and a statement the article repeats word for word (a pull quote, a summary box, a list of
 * snippets) kept once, where it first appears, so the sidebar does not list it twice.
 */
export function articleClaims(article: Pick<ExtractedArticle, 'paragraphs' | 'lang' | 'headings'>): Claim[] {
  return withoutRepeats(splitClaims(article.paragraphs, article.lang, article.headings ?? []));
}

/** `claims` without later word-for-word repeats (same verbatim key), renumbered in order. */
function withoutRepeats(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const kept = claims.filter((c) => {
    const key = verbatimKey(c.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length === claims.length ? claims : kept.map((c, i) => ({ ...c, id: `c${i}`, index: i }));
}
