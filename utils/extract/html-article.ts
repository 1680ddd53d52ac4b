/**
 * `extractArticle`: Readability on a clone of the document, gated by size
 * bounds and readerability (and refusing pages of search results, search-page.ts, and pages that
 * list other articles' teasers, index-page.ts; a short page that declares itself an article is a
 * news brief, news-brief.ts),
 * followed by DOM and line-level boilerplate removal and metadata reading. Never
 * throws and never mutates the live document.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { isSearchResultsUrl } from './search-page';
import { declaresCollection, isIndexPage, linkProfile } from './index-page';
import type { ExtractResult } from './types.ts';
import { DEFAULT_LIMITS, measureDocument, type ExtractLimits } from './limits.ts';
import { readCanonicalUrl, readJsonLd, readLang, readMetaTags, readPublishedTime, toHttpUrl } from './metadata.ts';
import { cleanByline } from './byline.ts';
import { readOutlet } from './outlet.ts';
import { cleanTitle } from './title.ts';
import { readBlocks, stripFurniture } from './content.ts';
import { captionKeys, isBoilerplate, removeBoilerplate } from './boilerplate.ts';
import { looksTruncated } from './truncation.ts';
import { declaresArticle, isNewsBrief } from './news-brief.ts';
import { endsLikeSentence, isProseHeading, normaliseSpace, wordCount } from './normalise.ts';

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /** URL the page was read from; defaults to the document's own http(s) URL. */
  url?: string;
  /** File the page came from, used as the last outlet-name fallback. */
  fileName?: string;
  maxElements?: number;
  maxTextChars?: number;
  /**
   * The reader asked to save this page ("Save this page anyway"): keep whatever text Readability
   * finds, without the tests that judge whether it is an article (a list of other articles, a
   * short body, Readability's quick check). Empty, unreadable and too-large pages still fail.
   */
  acceptAnyBody?: boolean;
}

/** Minimum body length (characters) for a page to count as an article. */
export const MIN_ARTICLE_CHARS = 250;

const fail = (reason: 'not-article' | 'too-large' | 'empty' | 'unreadable', message: string): ExtractResult => ({ ok: false, reason, message });

/**
 * Second chance for pages Readability's quick check rejects: accept them only
 * when the extracted body holds at least two real prose paragraphs.
 */
function hasProseBody(paragraphs: string[]): boolean {
  const prose = paragraphs.filter((p) => endsLikeSentence(p) && wordCount(p) >= 15);
  return prose.length >= 2 && prose.reduce((n, p) => n + p.length, 0) >= 400;
}

/**
 * Headline: og:title or <title>, cleaned of site names and breadcrumbs;
 * Readability's shorter title when it is a clean part of it, unless that only
 * dropped a "Topic:" prefix (which Readability removes from real headlines).
 */
function chooseTitle(raw: string, readabilityTitle: string, siteNames: string[]): string {
  const base = cleanTitle(raw || readabilityTitle, siteNames);
  const short = normaliseSpace(readabilityTitle);
  const at = short ? base.indexOf(short) : -1;
  if (at < 0 || short === base) return base || short;
  if (at === 0) return /^\s*[|\-–—·•:»›\/]/.test(base.slice(short.length)) ? short : base;
  return short.split(' ').length >= 4 && !/:\s*$/.test(base.slice(0, at)) ? short : base;
}

/** Extract the article of `doc`; see the module comment. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    if (!doc || !doc.documentElement) return fail('empty', 'The page is empty');
    const limits: ExtractLimits = {
      ...DEFAULT_LIMITS,
      ...(opts.maxElements ? { maxElements: opts.maxElements } : {}),
      ...(opts.maxTextChars ? { maxTextChars: opts.maxTextChars } : {}),
    };
    const size = measureDocument(doc, limits);
    if (size.tooLarge) return fail('too-large', 'Article too large to analyse');
    if (!normaliseSpace(doc.body?.textContent ?? '')) return fail('empty', 'The page is empty');
    const readerable = isProbablyReaderable(doc);
    if (isSearchResultsUrl(toHttpUrl(opts.url) ?? toHttpUrl(doc.URL))) {
      return fail('not-article', 'This is a page of search results, not an article');
    }

    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, maxElemsToParse: limits.maxElements, keepClasses: true }).parse();
    if (!parsed?.content) return fail('not-article', 'No article text found on this page');

    const pageUrl = toHttpUrl(opts.url) ?? toHttpUrl(doc.URL) ?? toHttpUrl(doc.documentURI);
    const meta = readMetaTags(doc);
    const jsonLd = readJsonLd(doc);
    const declaredArticle = declaresArticle(meta, jsonLd) && !declaresCollection(jsonLd);
    if (!opts.acceptAnyBody && !declaredArticle && isIndexPage(linkProfile(parsed.content, pageUrl))) {
      return fail('not-article', 'This is a page of links to other articles, not an article');
    }
    const outlet = readOutlet(meta, pageUrl, opts.fileName);
    const siteNames = [outlet.name, outlet.domain ?? '', (outlet.domain ?? '').split('.')[0]].filter(Boolean);
    const title = chooseTitle(meta.get('og:title') || doc.title || '', parsed.title ?? '', siteNames);
    const byline = cleanByline(parsed.byline, meta);

    stripFurniture(parsed.content);
    const blocks = readBlocks(parsed.content);
    const headingTexts = new Set(blocks.filter((b) => b.heading).map((b) => b.text));
    const captions = captionKeys(Array.from(doc.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt') ?? ''));
    const ctx = { title, byline, siteName: outlet.name, headings: headingTexts, captions };
    const raw = blocks.map((b) => b.text);
    const paragraphs = removeBoilerplate(raw, ctx);
    // Furniture seen on the way (incl. the tail of Readability's text, before widget removal) feeds the paywall check.
    const removed = [...raw.filter((p) => isBoilerplate(p, ctx)), (parsed.textContent ?? '').slice(-1500)];
    // Sub-headings give no claims; a lead sentence set as a heading does (normalise.ts isProseHeading).
    const headings = paragraphs.flatMap((p, i) => (headingTexts.has(p) && !isProseHeading(p) ? [i] : []));
    const text = paragraphs.join('\n\n');
    // A body under the minimum length is an article only as a news brief (news-brief.ts), and a
    // short body Readability's quick check refuses may be one too.
    const brief = (text.length < MIN_ARTICLE_CHARS || !readerable) && isNewsBrief(paragraphs, meta, jsonLd);
    if (!text) return fail('not-article', 'No article text found on this page');
    if (!opts.acceptAnyBody && text.length < MIN_ARTICLE_CHARS && !brief) return fail('not-article', 'Too little article text on this page');
    if (!opts.acceptAnyBody && !readerable && !brief && !hasProseBody(paragraphs)) return fail('not-article', 'This page does not look like an article');

    return {
      ok: true,
      article: {
        title,
        byline,
        publishedTime: readPublishedTime(doc, meta, jsonLd, parsed.publishedTime),
        lang: readLang(doc),
        url: pageUrl,
        canonicalUrl: readCanonicalUrl(doc, meta, pageUrl),
        outlet,
        paragraphs,
        text,
        truncated: looksTruncated(paragraphs, removed, jsonLd),
        headings,
      },
    };
  } catch (err) {
    return fail('unreadable', `Could not extract this page: ${err instanceof Error ? err.message : String(err)}`);
  }
}
