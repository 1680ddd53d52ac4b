/**
 * News briefs: a two- or three-sentence item (a wire flash, a local "in brief") is shorter than
 * the minimum body length (html-article.ts), yet it is exactly what wires syndicate word for word.
 * A body under that length (or, on a page Readability's quick check refuses, up to
 * {@link MAX_BRIEF_CHARS}) is still accepted when the page declares itself an article in its
 * metadata (Open Graph, article:published_time, or a JSON-LD article type) and the body is prose:
 * a few paragraphs, mostly ending like sentences, one of them at least 12 words long, and none of
 * them a cookie, JavaScript or "page not found" notice (which sites carry word for word, so they
 * would "corroborate" each other). A short page without such metadata is still "not an article".
 */
import { endsLikeSentence, wordCount } from './normalise.ts';
import { hasJsonLdType } from './metadata.ts';

/** Shortest body (characters) a declared article may have. */
export const MIN_BRIEF_CHARS = 100;
/**
 * Longest body (characters) the brief rule applies to: under the minimum article length a body
 * must be a brief, and up to this length a brief is also accepted where Readability's quick check
 * and the two-prose-paragraph test refuse it (two short paragraphs of a flash).
 */
export const MAX_BRIEF_CHARS = 1_000;
/** A brief has at most this many paragraphs (a longer list of short lines is a listing). */
export const MAX_BRIEF_PARAGRAPHS = 4;
/** Share of a brief's characters in paragraphs that end like a sentence. */
export const MIN_PROSE_SHARE = 0.7;
/** Words the brief's longest sentence-ending paragraph needs at least. */
export const MIN_BRIEF_WORDS = 12;

/** schema.org types of article pages (NewsArticle, ReportageNewsArticle, BlogPosting, Report, …). */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/i;
/** Site notices that are no news: cookie walls, "enable JavaScript", "page not found". */
const SITE_NOTICE =
  /\b(?:(?:we|this (?:site|website)|our partners) uses? cookies|cookie (?:policy|settings|preferences)|(?:enable|turn on|requires?|without) javascript|error 404|404 (?:error|not found)|page not found|(?:page|article) you (?:were|are) looking for|(?:page|article|content) (?:could|can) ?not be found)\b/i;

/** True when the page's metadata says it is an article. */
export function declaresArticle(meta: ReadonlyMap<string, string>, jsonLd: readonly Record<string, unknown>[]): boolean {
  if (meta.get('og:type')?.toLowerCase() === 'article' || meta.has('article:published_time')) return true;
  return hasJsonLdType(jsonLd, ARTICLE_TYPE);
}

/**
 * True when `paragraphs` (a cleaned body shorter than the minimum article length) are a news
 * brief on a page that {@link declaresArticle} (see the module comment for the rule).
 */
export function isNewsBrief(
  paragraphs: readonly string[], meta: ReadonlyMap<string, string>, jsonLd: readonly Record<string, unknown>[],
): boolean {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_BRIEF_CHARS || chars > MAX_BRIEF_CHARS || paragraphs.length > MAX_BRIEF_PARAGRAPHS) return false;
  const prose = paragraphs.filter(endsLikeSentence);
  if (prose.reduce((n, p) => n + p.length, 0) < MIN_PROSE_SHARE * chars) return false;
  if (!prose.some((p) => wordCount(p) >= MIN_BRIEF_WORDS) || paragraphs.some((p) => SITE_NOTICE.test(p))) return false;
  return declaresArticle(meta, jsonLd);
}
