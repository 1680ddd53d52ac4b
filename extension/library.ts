/**
 * The background's handle on the library: opens the Dexie database once, saves an
 * extracted article (one transaction, which also reads back its silent-edit revisions)
 * and computes its coverage (one read transaction).
 */
import { LibraryDb } from '../utils/library/db';
import { forgetArticle, saveArticle } from '../utils/library/articles';
import { findSavedArticle } from '../utils/library/find-saved';
import { findCoverage, findCoverageFor } from '../utils/match/pipeline';
import type { ExtractedArticle } from '../utils/extract/types';
import type { Claim } from '../utils/claims/types';
import type { ArticleRevision, CoverageReport } from '../utils/library/types';
import type { RevisionInfo } from '../utils/messaging/protocol';

/** A stored article's id, its outlet's stored name and, when it was silently edited since first read, the edit. */
export interface SavedArticle {
  articleId: number;
  /** The library's name for the article's outlet, which a page without og:site_name does not give. */
  outletName?: string;
  revision: RevisionInfo | null;
}

/** What the background needs from the library; tests pass a fake. */
export interface LibraryPort {
  /** Stores the article and its claims; returns the stored article's id. */
  save(article: ExtractedArticle, claims: Claim[]): Promise<number>;
  /** Like `save`, also returning the article's revisions read in the same transaction. */
  saveWithRevision?(article: ExtractedArticle, claims: Claim[]): Promise<SavedArticle>;
  /** Coverage of a stored article. */
  coverage(articleId: number): Promise<CoverageReport>;
  /** Coverage of an unsaved text without storing it: a selection (the default, `excerpt`), or a whole article. */
  coverageFor(article: ExtractedArticle, claims: Claim[], opts?: { excerpt: boolean }): Promise<CoverageReport>;
  /** Deletes a stored article with its claims; false when it was not there. */
  forget(articleId: number): Promise<boolean>;
  /** The stored article of the page at `url` found without reading it (`known`: a likely id), else null (find-saved.ts). */
  findSaved?(url: string, known: number | null): Promise<number | null>;
  /** Number of stored articles (for the debug hook). */
  count(): Promise<number>;
}

/**
 * The revisions of an article as one edit from first-read to current wording: chains of
 * edits to the same claim (A→B, then B→C) collapse to A→C, an added claim edited later stays
 * added (∅→B→C is ∅→C), and reverted ones (A→B→A, a removal re-added, an addition removed) drop out.
 */
export function revisionInfo(revisions: readonly ArticleRevision[] | undefined): RevisionInfo | null {
  if (!revisions?.length) return null;
  const changes: RevisionInfo['changes'] = [];
  for (const rev of revisions) {
    for (const c of rev.changes) {
      const earlier = c.before !== null
        ? changes.find((e) => e.after !== null && e.after === c.before)
        : changes.find((e) => e.after === null && e.before === c.after);
      if (earlier) earlier.after = c.after;
      else changes.push({ ...c });
    }
  }
  const kept = changes.filter((c) => c.before !== c.after);
  if (kept.length === 0) return null;
  return { firstSeen: Math.min(...revisions.map((r) => r.seenAt)), changedAt: Math.max(...revisions.map((r) => r.changedAt)), changes: kept };
}

/** The IndexedDB name of the library in the extension's origin. */
export const LIBRARY_DB_NAME = 'corroborate';

let opening: Promise<LibraryDb> | null = null;

/**
 * The shared database, opened on first use. The opening itself is shared, so callers that arrive
 * while it is still opening get the same connection (regression: the background's two start-up
 * tasks each opened one, and one was never closed); a failed opening is tried again next time.
 */
export function openDb(): Promise<LibraryDb> {
  opening ??= new LibraryDb(LIBRARY_DB_NAME).openLibrary().catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

/** The real library port over IndexedDB. */
export const dexieLibrary: LibraryPort = {
  async save(article, claims) {
    return (await saveArticle(await openDb(), article, claims)).articleId;
  },
  async saveWithRevision(article, claims) {
    const d = await openDb();
    // saveArticle's transaction nests inside this one, so the read-back costs no extra transaction.
    return d.transaction('rw', [d.outlets, ...d.articleTables], async () => {
      const saved = await saveArticle(d, article, claims);
      const row = saved.created ? undefined : await d.articles.get(saved.articleId);
      return { articleId: saved.articleId, outletName: saved.outletName, revision: revisionInfo(row?.revisions) };
    });
  },
  async coverage(articleId) {
    return findCoverage(await openDb(), articleId);
  },
  async coverageFor(article, claims, opts = { excerpt: true }) {
    return findCoverageFor(await openDb(), { article, claims, excerpt: opts.excerpt });
  },
  async forget(articleId) {
    return forgetArticle(await openDb(), articleId);
  },
  async findSaved(url, known) {
    return findSavedArticle(await openDb(), url, known);
  },
  async count() {
    return (await openDb()).articles.count();
  },
};
