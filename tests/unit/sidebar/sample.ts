/** Inline sample data for sidebar and background tests (invented text). */
import type { Claim } from '../../../utils/claims/types';
import type { ClaimCoverage, CoverageOther, CoverageReport } from '../../../utils/library/types';
import type { ArticleInfo, TabView } from '../../../utils/messaging/protocol';

/** A claim with a trivial selector. */
export function claim(index: number, text: string): Claim {
  return { id: `c${index}`, index, paragraph: index, start: 0, end: text.length, text, selector: { exact: text, prefix: '', suffix: '' }, quote: false };
}

/** Another outlet's match, stating `text`. */
export function other(outlet: string, text: string, kind: CoverageOther['kind'], extra: Partial<CoverageOther> = {}): CoverageOther {
  return {
    articleId: outlet.length, outletId: outlet.toLowerCase().replace(/\W+/g, '-'), outlet, domain: `${outlet.toLowerCase().replace(/\W+/g, '')}.test`,
    title: `${outlet} story`, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.test/story`, publishedTime: null, firstSeen: 1000,
    claimId: 'c0', text, kind, score: kind === 'verbatim' ? 1 : kind === 'near' ? 0.9 : 0.7, syndicated: false, ...extra,
  };
}

/** A report over `items`, with outlet totals computed from them. */
export function report(items: ClaimCoverage[]): CoverageReport {
  const outlets = new Map<string, { outletId: string; name: string; domain: string | null; claimCount: number; syndicated: boolean; earliest: number | null }>();
  for (const it of items) {
    for (const o of it.others) {
      const e = outlets.get(o.outletId) ?? { outletId: o.outletId, name: o.outlet, domain: o.domain, claimCount: 0, syndicated: o.syndicated, earliest: o.firstSeen };
      e.claimCount++;
      outlets.set(o.outletId, e);
    }
  }
  return { articleId: 1, claims: items, outlets: [...outlets.values()] };
}

export const A0 = 'The council approved 300 new homes on Monday.';
export const A1 = 'The mayor said the plan would ease the housing shortage.';
export const A2 = 'Local shops will stay open during the building work.';

/** Three claims: one reported by two outlets (one changes the number), one by one outlet, one unique. */
export function sampleReport(): CoverageReport {
  return report([
    { claim: claim(0, A0), others: [other('Metro Wire', A0, 'verbatim', { syndicated: true }), other('Daily Lamp', 'The council approved 250 new homes on Monday.', 'near')] },
    { claim: claim(1, A1), others: [other('Daily Lamp', 'The mayor claimed the plan might ease the housing shortage.', 'paraphrase')] },
    { claim: claim(2, A2), others: [] },
  ]);
}

export const ARTICLE: ArticleInfo = {
  articleId: 1, title: 'Homes approved', outlet: 'The Town Crier', domain: 'towncrier.test', url: 'https://towncrier.test/homes',
  byline: 'A. Writer', publishedTime: '2026-01-05T09:00:00Z', saved: true, claimCount: 3,
};

/** A ready view over the sample report. */
export function readyView(rep: CoverageReport = sampleReport()): TabView {
  return { state: 'ready', url: 'https://towncrier.test/homes', article: ARTICLE, report: rep, timings: { extractMs: 5, matchMs: 7 } };
}

/** Text a sighted reader sees: `el`'s text without the screen-reader-only (`.sr-only`) spans. */
export function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return copy.textContent ?? '';
}
