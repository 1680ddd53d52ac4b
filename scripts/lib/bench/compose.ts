/**
 * Composes a benchmark library of a given size and its queries, deterministically:
 * 1. queries: real articles whose event is in the library: NewsWCL50 events (5 outlets each),
 *    AllSides events (2-3 outlets) and BBC articles retold by 3 synthetic outlets;
 * 2. the queries' events first, then the other real articles in a seeded shuffle;
 * 3. above the real corpus, synthetic variants (round robin over the real articles).
 * Without real data, the built-in seed events (seed-story.ts) and their variants are used.
 */
import { mulberry32, shuffled } from './prng';
import { seedEvent } from './seed-story';
import { makeVariant } from './synthetic';
import { isReal, type BenchArticle } from './types';

/** Real corpora by source (any may be empty). */
export type RealCorpus = Record<'bbc' | 'reuters' | 'newswcl50' | 'allsides', BenchArticle[]>;

/** A composed library and its queries (every query is also in `articles`). */
export interface Composition {
  articles: BenchArticle[];
  queries: BenchArticle[];
  /** Share of `articles` that is generated (synthetic variants and seed events). */
  syntheticFraction: number;
  /** True when no real data was found and the built-in seed corpus was used. */
  fallback: boolean;
}

/** Synthetic outlets retelling each BBC query (and each seed event). */
export const QUERY_VARIANTS = 3;

function take<T>(items: readonly T[], n: number): T[] {
  return items.slice(0, Math.max(0, n));
}

function groupByEvent(items: readonly BenchArticle[]): Map<string, BenchArticle[]> {
  const m = new Map<string, BenchArticle[]>();
  for (const a of items) m.set(a.event, [...(m.get(a.event) ?? []), a]);
  return m;
}

/** Library of `size` articles with up to `queryCount` queries (see module doc). */
export function composeLibrary(real: RealCorpus, size: number, queryCount = 30, seed = 1): Composition {
  const realCount = real.bbc.length + real.reuters.length + real.newswcl50.length + real.allsides.length;
  if (realCount === 0) return composeFallback(size, queryCount);
  const rng = mulberry32(seed);
  const third = Math.ceil(queryCount / 3);
  const chosen: BenchArticle[] = [];
  const queries: BenchArticle[] = [];
  const wcl = [...groupByEvent(real.newswcl50).values()];
  for (const [i, group] of take(wcl, third).entries()) {
    chosen.push(...group);
    queries.push(group[i % group.length]);
  }
  const sides = shuffled([...groupByEvent(real.allsides).values()].filter((g) => g.length >= 2), rng);
  for (const group of take(sides, third)) {
    chosen.push(...group);
    queries.push(group[0]);
  }
  const bbc = shuffled(real.bbc, rng);
  for (const a of take(bbc, queryCount - queries.length)) {
    chosen.push(a);
    for (let k = 0; k < QUERY_VARIANTS; k++) chosen.push(makeVariant(a, k));
    queries.push(a);
  }
  const used = new Set(chosen.map((a) => a.id));
  const rest = shuffled([...real.bbc, ...real.reuters, ...real.newswcl50, ...real.allsides].filter((a) => !used.has(a.id)), rng);
  const articles = take(chosen, size);
  for (const a of rest) {
    if (articles.length >= size) break;
    articles.push(a);
  }
  const bases = shuffled([...real.bbc, ...real.reuters, ...real.newswcl50, ...real.allsides], rng);
  const variantsMade = new Map<string, number>(chosen.filter((a) => !isReal(a)).map((a) => [a.id.split('~')[0], QUERY_VARIANTS]));
  for (let i = 0; articles.length < size; i = (i + 1) % bases.length) {
    const base = bases[i];
    const k = variantsMade.get(base.id) ?? 0;
    variantsMade.set(base.id, k + 1);
    articles.push(makeVariant(base, k));
  }
  const inLibrary = new Set(articles.map((a) => a.id));
  return finish(articles, interleave(queries.filter((q) => inLibrary.has(q.id))), false);
}

/** The seed-only library: seed events, each followed by its synthetic retellings. */
export function composeFallback(size: number, queryCount = 30): Composition {
  const articles: BenchArticle[] = [];
  const queries: BenchArticle[] = [];
  for (let n = 0; articles.length < size; n++) {
    const event = seedEvent(n);
    articles.push(event);
    if (queries.length < queryCount) queries.push(event);
    for (let k = 0; k < QUERY_VARIANTS && articles.length < size; k++) articles.push(makeVariant(event, k));
  }
  return finish(articles, queries, true);
}

/** Queries round-robin by source, so any prefix (the brute-force sample) mixes all kinds. */
export function interleave(queries: readonly BenchArticle[]): BenchArticle[] {
  const groups = [...groupByEvent(queries.map((q) => ({ ...q, event: q.source }))).values()];
  const ids = new Map(queries.map((q) => [q.id, q]));
  const out: BenchArticle[] = [];
  for (let i = 0; out.length < queries.length; i++) for (const g of groups) if (g[i]) out.push(ids.get(g[i].id)!);
  return out;
}

function finish(articles: BenchArticle[], queries: BenchArticle[], fallback: boolean): Composition {
  const synthetic = articles.filter((a) => !isReal(a)).length;
  return { articles, queries, syntheticFraction: articles.length ? synthetic / articles.length : 0, fallback };
}
