/** Types of the local library (Dexie) and of the coverage report the engine produces from it. */
import type { MatchKind } from '../match/types';
import type { DiffOp } from '../diff/types';
import type { Claim } from '../claims/types';

/** One outlet: a display name over one or more registrable domains. */
export interface StoredOutlet {
  /** Primary key: the first registrable domain seen, or `name:<display name>` when no domain is known. */
  id: string;
  name: string;
  /** All registrable domains merged into this outlet (aliases). */
  domains: string[];
  /** Marked by the reader as a wire service: copies of it count as syndication. */
  wire: boolean;
  /** Reader-assigned groups, e.g. "wire", "local", "state media". */
  groups: string[];
  firstSeen: number;
  lastSeen: number;
}

/** One article as stored. */
export interface StoredArticle {
  id?: number;
  /** Identity: outletId + canonical URL on the outlet's own site, else outletId + text hash. Unique. */
  key: string;
  outletId: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  firstSeen: number;
  lastSeen: number;
  paragraphs: string[];
  claimCount: number;
  truncated: boolean;
}

/** One claim as stored, owned by an article. */
export interface StoredClaim {
  id?: number;
  articleId: number;
  /** The claim id within its article (`Claim.id`). */
  cid: string;
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  quote: boolean;
}

/** Another outlet's statement matching one claim of the article being read. */
export interface CoverageOther {
  articleId: number;
  outletId: string;
  /** Outlet display name. */
  outlet: string;
  domain: string | null;
  title: string;
  url: string | null;
  publishedTime: string | null;
  firstSeen: number;
  /** The matching claim's id within its own article. */
  claimId: string;
  text: string;
  kind: MatchKind;
  score: number;
  /** From this article's claim to the other claim. */
  diff: DiffOp[];
  /** True when the other article is a syndicated copy (same text, or a wire outlet's copy). */
  syndicated: boolean;
}

/** Coverage of one claim of the article being read, in article order. */
export interface ClaimCoverage {
  claim: Claim;
  others: CoverageOther[];
}

/** Per-outlet totals for the coverage summary. */
export interface OutletCoverage {
  outletId: string;
  name: string;
  domain: string | null;
  /** Claims of this article the outlet also reported. */
  claimCount: number;
  /** True when every match from this outlet is a verbatim copy of the same text (syndication). */
  syndicated: boolean;
  /** Earliest known time: publishedTime if known, else first seen (ms since epoch). */
  earliest: number | null;
}

/** Everything the sidebar and the CLI need about one article's coverage. */
export interface CoverageReport {
  articleId: number | null;
  claims: ClaimCoverage[];
  outlets: OutletCoverage[];
}
