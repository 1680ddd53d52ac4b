/**
 * Silent-edit detection: when an article comes back with different text, which claims changed.
 * A removed claim is paired with an added one only when they are plausibly the same statement
 * (the matcher's judgement, or the closeness rules); the rest are listed as removed or added. No revision is recorded for live blogs or
 * when either capture was cut short (paywall, partial load), since those differ for reasons other
 * than an edit.
 */
import { verbatimKey } from '../text/index';
import { prepareSentence, type PreparedSentence } from '../match/prepare';
import { judgePrepared } from '../match/score';
import { closeness, isNear } from '../match/classify';
import type { ExtractedArticle } from '../extract/types';
import type { ArticleRevision, StoredArticle } from './types';

/** At most this many revisions are kept per article (oldest dropped first). */
export const MAX_REVISIONS = 10;

/** Above this many removed × added pairs, only the cheap closeness rule pairs them (no model). */
export const MAX_JUDGED_PAIRS = 2500;

/** One changed claim: reworded (both texts), removed (`after` null) or added (`before` null). */
export type ClaimChange = ArticleRevision['changes'][number];

/**
 * Pairs of (removed index, added index) that state the same thing, best first, each text used
 * once. Sentences that are not plausibly one statement are never paired, whatever their positions.
 */
export function pairRewordings(removed: readonly string[], added: readonly string[]): [number, number][] {
  if (removed.length === 0 || added.length === 0) return [];
  const a = removed.map((t) => prepareSentence(t)), b = added.map((t) => prepareSentence(t));
  const judged = removed.length * added.length <= MAX_JUDGED_PAIRS;
  const candidates: { i: number; j: number; score: number }[] = [];
  a.forEach((x, i) => b.forEach((y, j) => {
    const score = sameStatement(x, y, judged);
    if (score > 0) candidates.push({ i, j, score });
  }));
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>(), usedB = new Set<number>(), pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i); usedB.add(j); pairs.push([i, j]);
  }
  return pairs;
}

/**
 * The pair's score when it is plausibly one statement reworded, else 0: the matcher's judgement,
 * or, within one article, a lexically near pair even when the edit flipped its meaning ("was
 * arrested" → "was not arrested"), which the matcher rightly calls no match between articles.
 */
function sameStatement(x: PreparedSentence, y: PreparedSentence, judged: boolean): number {
  const c = closeness(x, y);
  if (judged) {
    const j = judgePrepared(x, y, { keepFrom: 0, evidence: { closeness: c } });
    if (j.kind !== 'none') return j.score;
  }
  return isNear(c) ? 0.5 + 0.5 * c.lcsLong : 0;
}

/**
 * The changed claims between two versions: reworded and removed claims in their earlier order,
 * then added claims in their new order. Regression: an edit that only added paragraphs gave no
 * notice, and removed claims were paired with added ones by position.
 */
export function changedClaims(before: readonly string[], after: readonly string[]): ClaimChange[] {
  const oldKeys = new Set(before.map(verbatimKey));
  const newKeys = new Set(after.map(verbatimKey));
  const removed = before.filter((t) => !newKeys.has(verbatimKey(t)));
  const added = after.filter((t) => !oldKeys.has(verbatimKey(t)));
  const partner = new Map(pairRewordings(removed, added));
  const paired = new Set(partner.values());
  return [
    ...removed.map((text, i): ClaimChange => ({ before: text, after: partner.has(i) ? added[partner.get(i)!] : null })),
    ...added.filter((_, j) => !paired.has(j)).map((text): ClaimChange => ({ before: null, after: text })),
  ];
}

/** True for pages that change by design (live blogs, live updates). */
export function isLivePage(article: Pick<ExtractedArticle, 'title' | 'url' | 'canonicalUrl'>): boolean {
  const urls = `${article.url ?? ''} ${article.canonicalUrl ?? ''}`;
  return /\blive\b/i.test(article.title) || /[/_-]live(?:[/_-]|blog|-updates?)/i.test(urls);
}

/** The revision list after an update with these changes, or the old list when it should not be recorded. */
export function nextRevisions(
  existing: StoredArticle, incoming: ExtractedArticle, changes: readonly ClaimChange[], now: number,
): ArticleRevision[] | undefined {
  if (existing.truncated || incoming.truncated || isLivePage(incoming) || isLivePage(existing)) return existing.revisions;
  if (changes.length === 0) return existing.revisions;
  const list = [...(existing.revisions ?? []), { seenAt: existing.lastSeen, changedAt: now, changes: [...changes] }];
  return list.slice(-MAX_REVISIONS);
}
