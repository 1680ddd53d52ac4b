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
