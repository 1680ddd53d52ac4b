/**
 * Assembles a CoverageReport from aligned claim matches: per claim the other outlets' statements
 * (best first), and per outlet the totals for the summary. Word diffs are not part of the report:
 * the sidebar diffs the comparisons a reader opens (utils/diff), so matching never pays for them.
 */
import type { Claim } from '../claims/types';
import type { AlignedMatch } from '../match/align';
import type { StoryMatch } from '../match/story';
import { publishedMs } from './articles';
import { otherArticle, sameStoryArticles } from './same-story';
import type { ClaimCoverage, CoverageOther, CoverageReport, OutletCoverage, StoredArticle, StoredOutlet } from './types';

/** Share of this article's claims another article must copy (verbatim or near) to be "the same text". */
export const SYNDICATION_SHARE = 0.6;

export { toClaim } from './claim-rows';

/** Ids of other articles that are copies of this one's text, or come from wire outlets. */
export function syndicatedArticles(
  claimCount: number, matches: readonly AlignedMatch[], articles: Map<number, StoredArticle>, outlets: Map<string, StoredOutlet>,
): Set<number> {
  // Copied claims of this article, counted once however often the other article repeats them.
  const copies = new Map<number, Set<number>>();
  for (const m of matches) {
    if (m.judgement.kind !== 'verbatim' && m.judgement.kind !== 'near') continue;
    const set = copies.get(m.articleId) ?? new Set<number>();
    copies.set(m.articleId, set.add(m.queryIndex));
  }
  const out = new Set<number>();
  for (const [id, a] of articles) {
    const n = copies.get(id)?.size ?? 0;
    const need = Math.max(1, SYNDICATION_SHARE * Math.min(claimCount, a.claimCount));
    if (n >= need || outlets.get(a.outletId)?.wire) out.add(id);
  }
  return out;
}

/**
 * Builds the report; `claims` are the article's claims in order, matches from alignClaims,
 * `stories` the story step's choice (for the same-story articles with no shared statement).
 */
export function buildReport(
  articleId: number | null, claims: readonly Claim[], matches: readonly AlignedMatch[],
  articles: Map<number, StoredArticle>, outlets: Map<string, StoredOutlet>, stories: readonly StoryMatch[] = [],
): CoverageReport {
  const syndicated = syndicatedArticles(claims.length, matches, articles, outlets);
  const perClaim: CoverageOther[][] = claims.map(() => []);
  for (const m of matches) {
    const a = articles.get(m.articleId);
    if (!a) continue;
    perClaim[m.queryIndex].push({
      ...otherArticle(m.articleId, a, outlets.get(a.outletId)),
      claimId: m.claim.cid, text: m.claim.text, kind: m.judgement.kind as CoverageOther['kind'], score: m.judgement.score,
      tentative: m.judgement.tentative === true, syndicated: syndicated.has(m.articleId),
    });
  }
  const coverage: ClaimCoverage[] = claims.map((claim, i) => ({
    claim,
    others: perClaim[i].sort((x, y) => y.score - x.score || x.articleId - y.articleId),
  }));
  const linked = new Set(matches.map((m) => m.articleId));
  return { articleId, claims: coverage, outlets: summarise(coverage), sameStory: sameStoryArticles(stories, articles, outlets, linked) };
}

function summarise(coverage: readonly ClaimCoverage[]): OutletCoverage[] {
  const byOutlet = new Map<string, OutletCoverage & { allSyndicated: boolean }>();
  for (const c of coverage) {
    const seen = new Set<string>();
    for (const o of c.others) {
      let s = byOutlet.get(o.outletId);
      if (!s) {
        s = { outletId: o.outletId, name: o.outlet, domain: o.domain, claimCount: 0, syndicated: true, earliest: null, allSyndicated: true };
        byOutlet.set(o.outletId, s);
      }
      if (!seen.has(o.outletId)) s.claimCount++;
      seen.add(o.outletId);
      s.allSyndicated &&= o.syndicated;
      const t = publishedMs(o.publishedTime) ?? o.firstSeen;
      s.earliest = s.earliest === null ? t : Math.min(s.earliest, t);
    }
  }
  return [...byOutlet.values()]
    .map(({ allSyndicated, ...s }) => ({ ...s, syndicated: allSyndicated }))
    .sort((a, b) => b.claimCount - a.claimCount || (a.earliest ?? Infinity) - (b.earliest ?? Infinity) || a.name.localeCompare(b.name));
}
