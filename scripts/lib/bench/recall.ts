/** Recall of the indexed path against the brute-force baseline, overall and within the query's event. */

/** Matches are `queryIndex:articleId` strings. */
export interface RecallCount {
  found: number;
  total: number;
}

/** How many of `reference`'s matches `found` contains (optionally only those `keep` accepts). */
export function recallCount(reference: ReadonlySet<string>, found: ReadonlySet<string>, keep: (articleId: number) => boolean = () => true): RecallCount {
  let hit = 0;
  let total = 0;
  for (const m of reference) {
    if (!keep(Number(m.slice(m.indexOf(':') + 1)))) continue;
    total++;
    if (found.has(m)) hit++;
  }
  return { found: hit, total };
}

/** Sums counts; recall is null when there was nothing to find. */
export function recallOf(counts: readonly RecallCount[]): number | null {
  const total = counts.reduce((s, c) => s + c.total, 0);
  const found = counts.reduce((s, c) => s + c.found, 0);
  return total === 0 ? null : Math.round((found / total) * 10_000) / 10_000;
}

/** Matches of a coverage report as `queryIndex:articleId`. */
export function reportMatches(report: { claims: { others: { articleId: number }[] }[] }): Set<string> {
  const out = new Set<string>();
  report.claims.forEach((c, qi) => c.others.forEach((o) => out.add(`${qi}:${o.articleId}`)));
  return out;
}

/**
 * Folds matches of repeated query claims onto the first claim with the same text: queries padded
 * to 40 claims repeat their text, and the engine aligns one-to-one within an article, so only
 * distinct claim texts are comparable with brute force.
 */
export function foldRepeats(matches: ReadonlySet<string>, texts: readonly string[]): Set<string> {
  const first = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!first.has(t)) first.set(t, i);
  });
  const out = new Set<string>();
  for (const m of matches) {
    const cut = m.indexOf(':');
    const qi = Number(m.slice(0, cut));
    out.add(`${first.get(texts[qi]) ?? qi}${m.slice(cut)}`);
  }
  return out;
}
