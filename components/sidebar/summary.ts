/**
 * Pure facts behind the coverage summary: how many statements other outlets also
 * reported, how many outlets and independent wordings (syndicated copies counted
 * apart), which outlet published first, and the claim filters.
 */
import type { ClaimCoverage, CoverageReport, OutletCoverage } from '../../utils/library/types';
import type { ArticleInfo } from '../../utils/messaging/protocol';
import { parseTime, plural } from '../common/format';
import { sameStoryOutlets } from '../../utils/library/same-story';
import { differsElsewhere } from './change-flags';

/** The summary's numbers. */
export interface SummaryFacts {
  corroborated: number;
  /** Of the corroborated statements, those whose every match is a possible (tentative) paraphrase. */
  possiblyOnly: number;
  total: number;
  /** Other outlets with at least one matching statement. */
  otherOutlets: number;
  /** This outlet plus the others. */
  outlets: number;
  /** This article's wording plus every other outlet that is not a syndicated copy. */
  independentWordings: number;
  syndicatedCopies: number;
  /** Earliest known publication (published time, else first seen). */
  first: { name: string; ms: number; isThis: boolean } | null;
  /** Outlets by matched statements, most first. */
  chips: OutletCoverage[];
}

/** Computes the summary of a report for `article`. */
export function summarise(article: ArticleInfo, report: CoverageReport): SummaryFacts {
  const corroborated = report.claims.filter((c) => c.others.length > 0).length;
  const possiblyOnly = report.claims.filter((c) => c.others.length > 0 && c.others.every((o) => o.tentative)).length;
  const chips = [...report.outlets].filter((o) => o.claimCount > 0).sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name));
  const syndicatedCopies = chips.filter((o) => o.syndicated).length;
  let first: SummaryFacts['first'] = null;
  const own = parseTime(article.publishedTime);
  if (own !== null) first = { name: article.outlet, ms: own, isThis: true };
  for (const o of chips) {
    if (o.earliest !== null && (first === null || o.earliest < first.ms)) first = { name: o.name, ms: o.earliest, isThis: false };
  }
  return {
    corroborated,
    possiblyOnly,
    total: report.claims.length,
    otherOutlets: chips.length,
    outlets: chips.length + 1,
    independentWordings: 1 + chips.length - syndicatedCopies,
    syndicatedCopies,
    first: chips.length ? first : null,
    chips,
  };
}

/**
 * The summary sentence when no other outlet matched any statement: a plain sentence instead of
 * "0 of 14 statements also reported by 0 other outlets".
 */
export function noCoverageSentence(total: number, selection = false): string {
  const what = selection ? 'selected statement' : 'statement';
  if (total === 0) return `No ${what}s to compare yet`;
  if (total === 1) return `This ${what} was not found in other outlets you have read yet`;
  return `None of the ${total} ${what}s was found in other outlets you have read yet`;
}

/**
 * The parts of the summary sentence when other outlets matched: the figures ("9 of 16", shown in
 * bold), the rest ("statements also reported by 4 other outlets") and, when some statements are
 * matched only by a tentative paraphrase, "(2 of them only possibly)" (else '').
 */
export function summaryParts(f: SummaryFacts, selection = false): { figures: string; rest: string; possibly: string } {
  return {
    figures: `${f.corroborated} of ${f.total}`,
    rest: `${selection ? 'selected statements' : 'statements'} also reported by ${plural(f.otherOutlets, 'other outlet')}`,
    possibly: f.possiblyOnly > 0 ? `(${f.possiblyOnly} of them only possibly)` : '',
  };
}

/** The summary sentence as plain text, exactly as shown: the parts joined, or the no-coverage sentence. */
export function summaryText(f: SummaryFacts, selection = false): string {
  if (f.corroborated === 0) return noCoverageSentence(f.total, selection);
  const { figures, rest, possibly } = summaryParts(f, selection);
  return [figures, rest, possibly].filter(Boolean).join(' ');
}

/**
 * The sentence about outlets that told the story in other words (report.sameStory), counted by
 * outlet: "1 other outlet covered this story in other words"; '' when there is none.
 */
export function sameStoryLine(report: CoverageReport): string {
  const outlets = sameStoryOutlets(report);
  return outlets ? `${plural(outlets, 'other outlet')} covered this story in other words` : '';
}

/**
 * Claim list filters: all, those other outlets also reported, those only this outlet reports, and
 * those another outlet states with a different number, date or roles (change-flags.ts).
 */
export type ClaimFilter = 'all' | 'corroborated' | 'unique' | 'differs';

/** The claims a filter keeps, in article order. */
export function filterClaims(claims: ClaimCoverage[], filter: ClaimFilter): ClaimCoverage[] {
  if (filter === 'corroborated') return claims.filter((c) => c.others.length > 0);
  if (filter === 'unique') return claims.filter((c) => c.others.length === 0);
  if (filter === 'differs') return claims.filter(differsElsewhere);
  return claims;
}

/** How many claims each filter keeps, in one pass (the filter bar's counts). */
export function claimCounts(claims: ClaimCoverage[]): Record<ClaimFilter, number> {
  let corroborated = 0;
  let differs = 0;
  for (const c of claims) {
    if (c.others.length === 0) continue;
    corroborated++;
    if (differsElsewhere(c)) differs++;
  }
  return { all: claims.length, corroborated, unique: claims.length - corroborated, differs };
}

/** Distinct outlets of a claim's matches, strongest match per outlet first. */
export function outletsOf(claim: ClaimCoverage): ClaimCoverage['others'] {
  const best = new Map<string, ClaimCoverage['others'][number]>();
  for (const o of claim.others) {
    const prev = best.get(o.outletId);
    if (!prev || o.score > prev.score) best.set(o.outletId, o);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
