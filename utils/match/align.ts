/**
 * Claim alignment: for each claim of the article being read, the best-scoring claim of each
 * candidate article. Inside a story the scorer runs with its same-story prior, raised for claims
 * at similar relative positions of their articles (position.ts); an article reached
 * only through claim keys (another story) may link only verbatim or near copies of distinctive
 * claims. A cheap weighted-overlap filter (prefilter.ts) skips pairs that cannot match before
 * scoring, read from each stored claim's screened form: a claim is prepared for the scorer only
 * when some query claim passes it (claim-cache.ts). A stored sentence repeated across the targets
 * (a wire copy) is measured once per query claim.
 */
import type { StoredClaim } from '../library/types';
import type { PairJudgement } from './types';
import type { PreparedSentence } from './prepare';
import { finishedClaim, screenedClaim, type ReadSentence } from './claim-cache';
import { judgePrepared, type PairEvidence } from './score';
import { queryPrefilter } from './prefilter';
import { STORY_THRESHOLD } from './story';
import { relativePosition } from './position';

/** One candidate article and the claims of it to consider. */
export interface AlignTarget {
  articleId: number;
  claims: StoredClaim[];
  /** True when the story step judged it the same event. */
  sameStory: boolean;
  /** Story similarity (0 for articles reached through claim keys only). */
  similarity: number;
  /**
   * `claims` as read for the prefilter, when the reader already screened them (targets.ts does as
   * rows arrive): used as given, so a large match never screens or prepares a claim twice after
   * the cache of prepared claims evicted it.
   */
  screens?: readonly ReadSentence[];
}

/** The best match of one query claim in one candidate article. */
export interface AlignedMatch {
  queryIndex: number;
  articleId: number;
  claim: StoredClaim;
  judgement: PairJudgement;
}

/** Per query claim: skip it entirely (boilerplate), or allow it only inside stories (generic). */
export interface ClaimFlags {
  boilerplate: boolean;
  generic: boolean;
}

/** Fewest claims an article (or the query) needs for sentence order to count as evidence. */
export const MIN_ORDERED_CLAIMS = 6;

/** Story similarity from which the scorer's same-story prior applies fully. */
export const STRONG_STORY = 0.42;
/** Paraphrase score required at the story threshold (weakest accepted story). */
const WEAK_STORY_SCORE = 0.55;

/**
 * Score a paraphrase needs in a story of similarity `s`: the scorer's same-story decision for a
 * clearly shared story, rising linearly to {@link WEAK_STORY_SCORE} at the story threshold.
 */
export function paraphraseFloor(s: number): number {
  if (s >= STRONG_STORY) return 0;
  const f = Math.max(0, (STRONG_STORY - s) / (STRONG_STORY - STORY_THRESHOLD));
  return f * WEAK_STORY_SCORE;
}

/**
 * Matches per (query claim, target article), one-to-one within each article first: a claim of the
 * other article is given to the query claim it matches best, strongest pairs first; a query claim
 * left without a match may then share a claim already given, and a claim of the other article
 * left over may add a second match to a query claim, if their pair {@link standsAlone}.
 * `queryPositions` are the query claims' relative positions in their article ([0, 1], see
 * position.ts); by default their order in `query`, used only when it is a whole article (at least
 * {@link MIN_ORDERED_CLAIMS} claims: a short selection says nothing about order). An empty
 * `queryPositions` turns the order prior off (an excerpt whose place in its article is unknown).
 */
export function alignClaims(
  query: readonly PreparedSentence[], flags: readonly ClaimFlags[], targets: readonly AlignTarget[],
  queryPositions?: readonly number[],
): AlignedMatch[] {
  const out: AlignedMatch[] = [];
  const positions = queryPositions ?? (query.length >= MIN_ORDERED_CLAIMS ? query.map((_, i) => relativePosition(i, query.length)) : undefined);
  // Per query claim, by stored text: a sentence repeated across the targets (wire copy) is measured once.
  const evidence = query.map(() => new Map<string, PairEvidence>());
  const candidatesOf = queryPrefilter(query);
  const evidenceOf = (qi: number, p: PreparedSentence): PairEvidence => {
    let ev = evidence[qi].get(p.text);
    if (!ev) evidence[qi].set(p.text, (ev = {}));
    return ev;
  };
  for (const t of targets) {
    const screens = t.screens ?? t.claims.map(screenedClaim);
    // Prepared only when the prefilter leaves a query claim to score it against.
    const prepared: PreparedSentence[] = new Array(screens.length);
    const floor = t.sameStory ? paraphraseFloor(t.similarity) : Infinity;
    const pairs: { qi: number; ci: number; j: PairJudgement }[] = [];
    const count = t.claims.reduce((m, c) => Math.max(m, c.index + 1), 0);
    const ordered = t.sameStory && positions !== undefined && positions.length === query.length && count >= MIN_ORDERED_CLAIMS;
    screens.forEach((s, ci) => {
      const candidates = candidatesOf(s).filter((qi) => !flags[qi].boilerplate && (t.sameStory || !flags[qi].generic));
      if (candidates.length === 0) return;
      const p = (prepared[ci] = finishedClaim(t.claims[ci], s));
      for (const qi of candidates) {
        const q = query[qi];
        const gap = ordered ? Math.abs(positions[qi] - relativePosition(t.claims[ci].index, count)) : undefined;
        const j = judgePrepared(q, p, { sameStory: t.sameStory, otherStory: !t.sameStory, positionGap: gap, keepFrom: floor, evidence: evidenceOf(qi, p) });
        if (j.kind === 'none' || (j.kind === 'paraphrase' && j.score < floor)) continue;
        pairs.push({ qi, ci, j });
      }
    });
    pairs.sort((a, b) => b.j.score - a.j.score || a.qi - b.qi || a.ci - b.ci);
    const usedQ = new Set<number>();
    const usedC = new Set<number>();
    for (const p of pairs) {
      if (usedQ.has(p.qi) || usedC.has(p.ci)) continue;
      usedQ.add(p.qi);
      usedC.add(p.ci);
      out.push({ queryIndex: p.qi, articleId: t.articleId, claim: t.claims[p.ci], judgement: p.j });
    }
    // A claim that states two of the query's claims supports both, when each pair matches on its own.
    for (const p of pairs) {
      if (usedQ.has(p.qi) || !standsAlone(query[p.qi], prepared[p.ci], p.j, evidenceOf(p.qi, prepared[p.ci]))) continue;
      usedQ.add(p.qi);
      out.push({ queryIndex: p.qi, articleId: t.articleId, claim: t.claims[p.ci], judgement: p.j });
    }
    // An article that states a query claim twice (a lead restated lower down, a wire paragraph
    // repeated) reports it twice: each of its claims left over that matches on its own is an
    // entry of its own, given to the query claim it matches best.
    for (const p of pairs) {
      if (usedC.has(p.ci) || !standsAlone(query[p.qi], prepared[p.ci], p.j, evidenceOf(p.qi, prepared[p.ci]))) continue;
      usedC.add(p.ci);
      out.push({ queryIndex: p.qi, articleId: t.articleId, claim: t.claims[p.ci], judgement: p.j });
    }
  }
  return out;
}

/**
 * True when a pair is a match without the same-story prior (a copy, or a paraphrase by the strict
 * threshold): such a pair may reuse a claim of the other article already given to another claim.
 */
function standsAlone(q: PreparedSentence, p: PreparedSentence, j: PairJudgement, evidence?: PairEvidence): boolean {
  return j.kind === 'verbatim' || j.kind === 'near' || judgePrepared(q, p, { sameStory: false, keepFrom: 0, evidence }).kind !== 'none';
}
