/** Types of the local library (Dexie) and of the coverage report the engine produces from it. */
import type { MatchKind } from '../match/types';
import type { Claim } from '../claims/types';
import type { IntList } from './int-list';

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
  /** True once the reader renamed the outlet: captures then keep the reader's name. */
  renamed?: boolean;
}

/** Earlier wording of an article's claims, kept when the article came back with different text. */
export interface ArticleRevision {
  /** When the earlier wording was last seen (ms since epoch). */
  seenAt: number;
  /** When the changed wording was captured (ms since epoch). */
  changedAt: number;
  /**
   * Claims that changed: the earlier text and the new text; `after` is null when it was removed,
   * `before` null when it was added (revisions stored before additions were kept have none).
   */
  changes: { before: string | null; after: string | null }[];
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
  /** The text (paragraphs), compressed: read and written only through article-body.ts. */
  body: Uint8Array;
  /** Rows stored before schema v4 only: the paragraphs uncompressed (read through article-body.ts). */
  paragraphs?: string[];
  claimCount: number;
  truncated: boolean;
  /** Hash of the normalised text (detects silent edits). */
  textHash?: string;
  /** Earlier wordings, oldest first (silent edits). */
  revisions?: ArticleRevision[];
}

/** One claim of a stored article as read (text and selector context filled in), owned by an article. */
export interface StoredClaim {
  /** Unique claim number (`articleId × 2^20 + position`, see claim-rows.ts), e.g. a cache key. */
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
  /** Claim-level candidate keys (schema v1 rows only; v2 keeps them per article). */
  keys?: number[];
}

/**
 * The claims of one article as stored (schema v2): one row per article, offsets instead of text.
 * Only utils/library/claim-rows.ts reads or writes this shape (toClaimRows / fromClaimRows).
 */
export interface StoredClaimRow {
  /** Primary key: the article's id. */
  articleId: number;
  /** Per claim in article order: paragraph, start, end (three numbers per claim; packed since v4, int-list.ts). */
  spans: IntList;
  /** Positions of the claims that contain a direct quotation (packed since v4). */
  quotes: IntList;
  /** Candidate keys of all the article's claims (exact-text hashes and sketches); multiEntry-indexed until v5, in `keyPostings` since v6. */
  keys: number[];
  /** Position of the claim each key belongs to, aligned with `keys` (a key of two claims is listed twice; packed since v4). */
  keyClaims?: IntList;
  /** Claim ids, only when some id is not `c<position>` (imported files). */
  ids?: string[];
  /** Claim indexes, only when some index is not the position. */
  indexes?: number[];
  /** [text, prefix, suffix] by position, only for claims the article text does not give back. */
  texts?: Record<number, [string, string, string]>;
}

/** Another outlet's article as a report names and links it. */
export interface OtherArticle {
  articleId: number;
  outletId: string;
  /** Outlet display name. */
  outlet: string;
  domain: string | null;
  title: string;
  url: string | null;
  publishedTime: string | null;
  firstSeen: number;
  /** The other article's language (BCP 47), when known. */
  lang?: string | null;
}

/** Another outlet's statement matching one claim of the article being read. */
export interface CoverageOther extends OtherArticle {
  /** The matching claim's id within its own article. */
  claimId: string;
  text: string;
  kind: MatchKind;
  score: number;
  /**
   * True for a paraphrase found only thanks to the shared story (PairJudgement.tentative): shown
   * as a possible match. Absent in views kept by older versions, which reads as false.
   */
  tentative?: boolean;
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

/**
 * Another outlet's article judged to cover the same story in its own words: the story step ranks
 * it high (utils/library/same-story.ts), yet none of its statements matches one of this article's.
 */
export interface SameStoryArticle extends OtherArticle {
  /** Story similarity in [0, 1] (utils/match/story.ts). */
  similarity: number;
}

/** Everything the sidebar and the CLI need about one article's coverage. */
export interface CoverageReport {
  articleId: number | null;
  claims: ClaimCoverage[];
  outlets: OutletCoverage[];
  /**
   * Articles of other outlets covering the same story with no statement in common, most similar
   * first. Absent in views kept by older versions, which reads as none.
   */
  sameStory?: SameStoryArticle[];
}
