/** Test helpers: a fresh fake-indexeddb library per test, and inline articles split into claims. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LibraryDb } from '../../../utils/library/db';
import { articleClaims } from '../../../utils/claims/index';
import type { Claim } from '../../../utils/claims/types';
import type { ExtractedArticle } from '../../../utils/extract/types';

let counter = 0;

/** A new, empty library under a unique name. */
export function freshDb(schemaVersion?: number, name = `test-${Date.now()}-${counter++}`): LibraryDb {
  return new LibraryDb(name, { indexedDB, IDBKeyRange, ...(schemaVersion ? { schemaVersion } : {}) });
}

/** An article from inline paragraphs. */
export function makeArticle(
  outlet: { domain: string | null; name: string }, title: string, paragraphs: string[],
  extra: Partial<ExtractedArticle> = {},
): ExtractedArticle {
  const url = extra.url ?? (outlet.domain ? `https://www.${outlet.domain}/news/${slug(title)}` : null);
  return {
    title, byline: null, publishedTime: null, lang: 'en', url, canonicalUrl: url, outlet, paragraphs,
    text: paragraphs.join('\n\n'), truncated: false, ...extra,
  };
}

/** The article with its claims. */
export function withClaims(article: ExtractedArticle): [ExtractedArticle, Claim[]] {
  return [article, articleClaims(article)];
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
