/**
 * The background's handle on the library: opens the Dexie database once, saves an
 * extracted article (one transaction) and computes its coverage (one read transaction).
 */
import { LibraryDb } from '../utils/library/db';
import { forgetArticle, saveArticle } from '../utils/library/articles';
import { findCoverage, findCoverageFor } from '../utils/match/pipeline';
import type { ExtractedArticle } from '../utils/extract/types';
import type { Claim } from '../utils/claims/types';
import type { CoverageReport } from '../utils/library/types';

/** What the background needs from the library; tests pass a fake. */
export interface LibraryPort {
  /** Stores the article and its claims; returns the stored article's id. */
  save(article: ExtractedArticle, claims: Claim[]): Promise<number>;
  /** Coverage of a stored article. */
  coverage(articleId: number): Promise<CoverageReport>;
  /** Coverage of an unsaved text (a selection), without storing it. */
  coverageFor(article: ExtractedArticle, claims: Claim[]): Promise<CoverageReport>;
  /** Deletes a stored article with its claims; false when it was not there. */
  forget(articleId: number): Promise<boolean>;
  /** Number of stored articles (for the debug hook). */
  count(): Promise<number>;
}

let db: LibraryDb | null = null;

/** The shared database, opened on first use. */
export async function openDb(): Promise<LibraryDb> {
  if (!db) db = await new LibraryDb().openLibrary();
  return db;
}

/** The real library port over IndexedDB. */
export const dexieLibrary: LibraryPort = {
  async save(article, claims) {
    return (await saveArticle(await openDb(), article, claims)).articleId;
  },
  async coverage(articleId) {
    return findCoverage(await openDb(), articleId);
  },
  async coverageFor(article, claims) {
    return findCoverageFor(await openDb(), { article, claims });
  },
  async forget(articleId) {
    return forgetArticle(await openDb(), articleId);
  },
  async count() {
    return (await openDb()).articles.count();
  },
};
