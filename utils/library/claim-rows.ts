/**
 * The one conversion between claims and rows of the claims table. Since schema v2 an article's
 * claims are ONE row keyed by the article id: per claim only its offsets (paragraph, start, end)
 * and quote flag, plus the candidate keys of all claims (indexed in `keyPostings`). A claim's text is
 * `paragraphs[paragraph].slice(start, end)` and its selector context is cut from the article text
 * (paragraphs joined by blank lines, as utils/claims builds it), so the article's words are stored
 * once. A claim whose id, text or context cannot be rebuilt that way (an imported file with its
 * own wording) keeps them in the row: the conversion is lossless for any input.
 */
import { CONTEXT_CHARS } from '../claims/selector';
import type { Claim } from '../claims/types';
import { claimKeys } from '../match/keys';
import { articleParagraphs, type ArticleTextSource } from './article-body';
import { compactInts, intsOf } from './int-list';
import type { StoredClaim, StoredClaimRow } from './types';

/** Synthetic claim ids: `articleId × CLAIM_ID_SPAN + position` (a cache key; claims have no row of their own). */
export const CLAIM_ID_SPAN = 2 ** 20;

interface ArticleText {
  joined: string;
  starts: number[];
}

/** The article text and where each paragraph starts in it. */
function articleText(paragraphs: readonly string[]): ArticleText {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return { joined: paragraphs.join('\n\n'), starts };
}

/** Text, prefix and suffix of the span, cut from the article text ('' outside it). */
function rebuild(t: ArticleText, paragraph: number, start: number, end: number): [string, string, string] {
  const base = t.starts[paragraph];
  if (base === undefined || start < 0 || end < start) return ['', '', ''];
  const a = base + start;
  const b = base + end;
  return [t.joined.slice(a, b), t.joined.slice(Math.max(0, a - CONTEXT_CHARS), a), t.joined.slice(b, b + CONTEXT_CHARS)];
}

/**
 * The claims row(s) of article `articleId` with `paragraphs`: one row holding every claim (none
 * when there are no claims). Text, prefix and suffix are kept only when the article does not give
 * them back identically; ids and indexes only when they are not `c<i>` and `i`.
 */
export function toClaimRows(articleId: number, claims: readonly Claim[], paragraphs: readonly string[]): StoredClaimRow[] {
  if (claims.length === 0) return [];
  const t = articleText(paragraphs);
  const sorted = [...claims].sort((a, b) => a.index - b.index);
  const row: StoredClaimRow = { articleId, spans: [], quotes: [], keys: [] };
  const spans: number[] = [];
  const quotes: number[] = [];
  const keyClaims: number[] = [];
  sorted.forEach((c, i) => {
    spans.push(c.paragraph, c.start, c.end);
    if (c.quote) quotes.push(i);
    for (const k of new Set(claimKeys(c.text))) {
      row.keys.push(k);
      keyClaims.push(i);
    }
    if (c.id !== `c${i}` || c.index !== i) {
      (row.ids ??= sorted.map((x) => x.id));
      (row.indexes ??= sorted.map((x) => x.index));
    }
    const [text, prefix, suffix] = rebuild(t, c.paragraph, c.start, c.end);
    if (text !== c.text || prefix !== c.selector.prefix || suffix !== c.selector.suffix) {
      (row.texts ??= {})[i] = [c.text, c.selector.prefix, c.selector.suffix];
    }
  });
  return [{ ...row, spans: compactInts(spans), quotes: compactInts(quotes), keyClaims: compactInts(keyClaims) }];
}

/**
 * Claims of one article as read (text, prefix and suffix filled in), in article order; `rows` are
 * the article's rows (one since v2).
 */
export function fromClaimRows(rows: readonly StoredClaimRow[], article: ArticleTextSource): StoredClaim[] {
  const t = articleText(articleParagraphs(article));
  return rows.flatMap((row) => fill(row, t)).sort((a, b) => a.index - b.index);
}

/**
 * Claims of the rows of many articles, row by row; `articles` must hold the article of every row
 * (a row whose article is missing keeps only the wording it stores).
 */
export function fillClaimRows(rows: readonly StoredClaimRow[], articles: ReadonlyMap<number, ArticleTextSource>): StoredClaim[] {
  return rows.flatMap((row) => fill(row, articleText(articleParagraphs(articles.get(row.articleId) ?? {}))));
}

function fill(row: StoredClaimRow, t: ArticleText): StoredClaim[] {
  const quotes = new Set(row.quotes);
  const out: StoredClaim[] = [];
  for (let i = 0; i * 3 < row.spans.length; i++) {
    const [paragraph, start, end] = [row.spans[i * 3], row.spans[i * 3 + 1], row.spans[i * 3 + 2]];
    const [text, prefix, suffix] = row.texts?.[i] ?? rebuild(t, paragraph, start, end);
    out.push({
      id: row.articleId * CLAIM_ID_SPAN + i, articleId: row.articleId, cid: row.ids?.[i] ?? `c${i}`, index: row.indexes?.[i] ?? i,
      paragraph, start, end, text, prefix, suffix, quote: quotes.has(i),
    });
  }
  return out;
}

/** A claim as read from the library, in the shape the claims module produces. */
export function toClaim(c: StoredClaim): Claim {
  return {
    id: c.cid, index: c.index, paragraph: c.paragraph, start: c.start, end: c.end, text: c.text,
    selector: { exact: c.text, prefix: c.prefix, suffix: c.suffix }, quote: c.quote,
  };
}

/** A row stored before v4 with its offsets, quote positions and key owners packed (int-list.ts). */
export function packedClaimRow(row: StoredClaimRow): StoredClaimRow {
  const { spans, quotes, keyClaims } = row;
  return { ...row, spans: compactInts(intsOf(spans)), quotes: compactInts(intsOf(quotes)), ...(keyClaims ? { keyClaims: compactInts(intsOf(keyClaims)) } : {}) };
}

/** Number of claims a row holds. */
export function rowClaimCount(row: StoredClaimRow): number {
  return row.spans.length / 3;
}

/** Positions of the row's claims that carry one of `keys` (every claim when the row does not say). */
export function claimsWithKeys(row: StoredClaimRow, keys: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  if (!row.keyClaims) {
    for (let i = 0; i < rowClaimCount(row); i++) out.add(i);
    return out;
  }
  row.keys.forEach((k, j) => {
    if (keys.has(k)) out.add(row.keyClaims![j]);
  });
  return out;
}
