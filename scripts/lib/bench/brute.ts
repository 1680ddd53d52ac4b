/**
 * The brute-force baseline: every stored claim scored against every query claim with the same
 * `judgePrepared` (no story context, so the strict threshold). Stored claims are streamed in
 * chunks and prepared once per run (their preparation is not timed: the most favourable brute
 * force, with prepared forms already in memory). Two figures per query:
 * - time: full scoring of all pairs, timed over a sample of stored claims and scaled linearly
 *   to the whole library when the library is larger than the sample;
 * - matches: every (query claim, other article) pair brute force links, found by scoring all
 *   pairs that share at least one content term (pairs sharing none are checked on the timing
 *   sample: `filterMisses` counts brute-force matches the shortcut would have lost).
 */
import type { LibraryDb } from '../../../utils/library/db';
import { countClaims } from '../../../utils/library/articles';
import { fillClaimRows } from '../../../utils/library/claim-rows';
import type { StoredClaim, StoredClaimRow } from '../../../utils/library/types';
import { prepareSentence, type PreparedSentence } from '../../../utils/match/prepare';
import { judgePrepared } from '../../../utils/match/score';

/** One query for the baseline. */
export interface BruteQuery {
  prepared: PreparedSentence[];
  /** Stored articles never counted as matches (the query itself, its own outlet's articles). */
  exclude: (articleId: number) => boolean;
  /** Measure the full-scoring time for this query (false: matches only). */
  timed: boolean;
}

/** Result per query. */
export interface BruteResult {
  /** Matches as `queryIndex:articleId`. */
  matches: Set<string>;
  /** The subset of `matches` judged verbatim or near (copies, which claim keys must find in any story). */
  copies: Set<string>;
  /** Full-scoring time of the whole library, ms (measured, or scaled from the sample). */
  ms: number;
  extrapolated: boolean;
  filterMisses: number;
}

const CHUNK = 2_500;

function shares(a: PreparedSentence, b: PreparedSentence): boolean {
  let i = 0;
  let j = 0;
  while (i < a.content.length && j < b.content.length) {
    if (a.content[i] === b.content[j]) return true;
    if (a.content[i] < b.content[j]) i++;
    else j++;
  }
  return false;
}

/** Claim rows with their text, read from their articles. */
async function withText(db: LibraryDb, rows: StoredClaimRow[]): Promise<StoredClaim[]> {
  const ids = [...new Set(rows.map((r) => r.articleId))];
  const articles = await db.articles.bulkGet(ids);
  return fillClaimRows(rows, new Map(ids.flatMap((id, i) => (articles[i] ? [[id, articles[i]!] as const] : []))));
}

/** Runs the baseline for all `queries` in one pass over the claims table. */
export async function bruteForce(db: LibraryDb, queries: readonly BruteQuery[], timingSample = 3000): Promise<BruteResult[]> {
  const total = await countClaims(db);
  const results: BruteResult[] = queries.map((q) => ({ matches: new Set(), copies: new Set(), ms: q.timed ? 0 : NaN, extrapolated: total > timingSample, filterMisses: 0 }));
  const unions = queries.map((q) => new Set(q.prepared.flatMap((p) => [...p.content])));
  let seen = 0;
  let timed = 0;
  let lastKey = -Infinity;
  for (;;) {
    const stored = await db.claims.where(':id').above(lastKey).limit(CHUNK).toArray();
    if (stored.length === 0) break;
    lastKey = stored[stored.length - 1].articleId;
    const rows = await withText(db, stored);
    const prepared = rows.map((r) => prepareSentence(r.text));
    const timeCount = Math.min(rows.length, Math.max(0, timingSample - timed));
    queries.forEach((q, qn) => {
      const res = results[qn];
      const t0 = performance.now();
      for (let c = 0; q.timed && c < timeCount; c++) {
        for (let qi = 0; qi < q.prepared.length; qi++) {
          const j = judgePrepared(q.prepared[qi], prepared[c], { sameStory: false });
          if (j.kind !== 'none' && !q.exclude(rows[c].articleId) && !shares(q.prepared[qi], prepared[c])) res.filterMisses++;
        }
      }
      res.ms += performance.now() - t0;
      for (let c = 0; c < rows.length; c++) {
        const row = rows[c];
        if (q.exclude(row.articleId)) continue;
        const p = prepared[c];
        let any = false;
        for (const h of p.content) if (unions[qn].has(h)) { any = true; break; }
        if (!any) continue;
        for (let qi = 0; qi < q.prepared.length; qi++) {
          if (p.key !== q.prepared[qi].key && !shares(q.prepared[qi], p)) continue;
          const kind = judgePrepared(q.prepared[qi], p, { sameStory: false }).kind;
          if (kind !== 'none') res.matches.add(`${qi}:${row.articleId}`);
          if (kind === 'verbatim' || kind === 'near') res.copies.add(`${qi}:${row.articleId}`);
        }
      }
    });
    timed += timeCount;
    seen += rows.length;
  }
  if (timed > 0 && timed < seen) for (const r of results) r.ms *= seen / timed;
  return results;
}
