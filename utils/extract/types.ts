/** Types for article extraction: what the engine knows about one page after Readability and boilerplate removal. */

/** A news outlet, identified by its registrable domain when known. */
export interface OutletRef {
  /** Registrable domain (eTLD+1 via tldts), e.g. `bbc.co.uk`; null when unknown (a .txt file). */
  domain: string | null;
  /** Display name: og:site_name, application-name, else the domain, else the file name. */
  name: string;
}

/** One extracted article, body already cleaned of boilerplate. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** ISO 8601 string when the page states it, else null. */
  publishedTime: string | null;
  /** BCP 47 language tag from the page (`<html lang>`), else null. */
  lang: string | null;
  /** The URL the page was read from (null for files without one). */
  url: string | null;
  /** link[rel=canonical], then og:url, then the page URL; only http(s); null when none. */
  canonicalUrl: string | null;
  outlet: OutletRef;
  /** Body paragraphs in reading order, after boilerplate removal. */
  paragraphs: string[];
  /** `paragraphs.join('\n\n')`. */
  text: string;
  /** True when the body looks cut short (paywall, partial load); used to suppress revision alarms. */
  truncated: boolean;
  /** Indexes into `paragraphs` that are sub-headings (context, not statements); absent when unknown. */
  headings?: number[];
}

/** Why a page yields no article. */
export type ExtractFailure = 'not-article' | 'too-large' | 'empty' | 'unreadable';

/** Result of extraction: never throws for bad input. */
export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };
