/**
 * News briefs: a two- or three-sentence item (a wire flash, a local "in brief") is too short for
 * Readability's readerability check and for the minimum body length (html-article.ts), yet it is
 * exactly what wires syndicate word for word. A short body is still accepted when the page declares itself an
 * article in its metadata (Open Graph, article:published_time, or a JSON-LD article type) and the
 * body holds a real sentence. A short page without such metadata is still "not an article".
 */
import { endsLikeSentence, wordCount } from './normalise.ts';

/** Shortest body (characters) a declared article may have. */
export const MIN_BRIEF_CHARS = 100;
/** Longest body (characters) judged as a brief: a longer page must pass the usual checks. */
export const MAX_BRIEF_CHARS = 1_000;
/** Words a sentence-ending paragraph of the brief needs at least. */
export const MIN_BRIEF_WORDS = 12;

/** schema.org types of article pages (NewsArticle, ReportageNewsArticle, BlogPosting, Report, …). */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/i;

/** True when the page's metadata says it is an article. */
export function declaresArticle(meta: ReadonlyMap<string, string>, jsonLd: readonly Record<string, unknown>[]): boolean {
  if (meta.get('og:type')?.toLowerCase() === 'article' || meta.has('article:published_time')) return true;
  return jsonLd.some((o) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)));
}

/**
 * True when `paragraphs` (the cleaned body) are a news brief: {@link MIN_BRIEF_CHARS} to
 * {@link MAX_BRIEF_CHARS} characters with a sentence of at least {@link MIN_BRIEF_WORDS} words, on a page that
 * {@link declaresArticle}.
 */
export function isNewsBrief(
  paragraphs: readonly string[], meta: ReadonlyMap<string, string>, jsonLd: readonly Record<string, unknown>[],
): boolean {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_BRIEF_CHARS || chars >= MAX_BRIEF_CHARS) return false;
  if (!paragraphs.some((p) => endsLikeSentence(p) && wordCount(p) >= MIN_BRIEF_WORDS)) return false;
  return declaresArticle(meta, jsonLd);
}
