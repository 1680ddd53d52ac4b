/**
 * The search-library baseline: MiniSearch as the candidate generator over all stored claims
 * (the 300 most common words dropped, as MATCHING.md suggests), then the same `judgePrepared`
 * on its top hits. Reports build time, heap growth, per-query time and the matches found.
 */
import MiniSearch from 'minisearch';
import { fillClaimRows } from '../../../utils/library/claim-rows';
import type { LibraryDb } from '../../../utils/library/db';
import type { StoredClaim } from '../../../utils/library/types';
import { forceGc } from './storage';
import { prepareSentence, type PreparedSentence } from '../../../utils/match/prepare';
import { judgePrepared } from '../../../utils/match/score';

/** Most common words dropped from the index and the queries. */
export const COMMON_WORDS = 300;
/** Hits per query claim passed to the scorer. */
export const TOP_HITS = 20;

/** The built baseline. */
export interface MiniSearchBaseline {
  buildMs: number;
  heapMb: number;
  /** Matches (`queryIndex:articleId`) and time (ms) of one query. */
  query(prepared: readonly PreparedSentence[], texts: readonly string[], exclude: (articleId: number) => boolean): { matches: Set<string>; ms: number };
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every stored claim with its text (the baseline is an in-memory index of everything). */
async function readAllClaims(db: LibraryDb): Promise<StoredClaim[]> {
  const [rows, articles] = await Promise.all([db.claims.toArray(), db.articles.toArray()]);
  return fillClaimRows(rows, new Map(articles.map((a) => [a.id!, a])));
}

/** Builds the baseline over every stored claim of `db`. */
export async function buildMiniSearch(db: LibraryDb): Promise<MiniSearchBaseline> {
  forceGc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const rows = await readAllClaims(db);
  const df = new Map<string, number>();
  for (const r of rows) for (const w of new Set(words(r.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const common = new Set([...df.entries()].sort((a, b) => b[1] - a[1]).slice(0, COMMON_WORDS).map((e) => e[0]));
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: words,
    processTerm: (t) => (common.has(t) ? null : t),
  });
  const articleOf = new Map<number, number>();
  const textOf = new Map<number, string>();
  for (const r of rows) {
    articleOf.set(r.id!, r.articleId);
    textOf.set(r.id!, r.text);
  }
  index.addAll(rows.map((r) => ({ id: r.id!, text: r.text })));
  rows.length = 0;
  const buildMs = performance.now() - t0;
  forceGc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const cache = new Map<number, PreparedSentence>();
  return {
    buildMs, heapMb,
    query(prepared, texts, exclude) {
      const t = performance.now();
      const matches = new Set<string>();
      texts.forEach((text, qi) => {
        const hits = index.search(text, { combineWith: 'OR' }).slice(0, TOP_HITS);
        for (const h of hits) {
          const articleId = articleOf.get(h.id as number)!;
          if (exclude(articleId)) continue;
          let p = cache.get(h.id as number);
          if (!p) cache.set(h.id as number, (p = prepareSentence(textOf.get(h.id as number)!)));
          if (judgePrepared(prepared[qi], p, { sameStory: false }).kind !== 'none') matches.add(`${qi}:${articleId}`);
        }
      });
      return { matches, ms: performance.now() - t };
    },
  };
}
