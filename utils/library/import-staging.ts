/**
 * The staging area of an import: a separate Dexie database beside the library, named
 * `<library>-import-staging`, opened with the library's own IndexedDB factory. Phase 1 writes the
 * validated articles here in batches; phase 2 reads them back in pages by primary key. Its one
 * store is declared in schema.ts; it is deleted after every import, success or failure.
 */
import Dexie, { type Table } from 'dexie';
import type { LibraryDb } from './db';
import { IMPORT_STAGING_STORES } from './schema';
import type { ExportedArticle } from './export-format';

/** One staged article, numbered in file order. */
export interface StagedArticle {
  seq?: number;
  /** Index of the article in the file (for messages). */
  index: number;
  article: ExportedArticle;
  /** Claims of the file left out because the article's text does not hold them (absent when none). */
  dropped?: number;
}

/** The staging database of one library. */
export class ImportStaging extends Dexie {
  articles!: Table<StagedArticle, number>;

  constructor(library: LibraryDb) {
    super(stagingName(library), {
      indexedDB: library._options.indexedDB,
      IDBKeyRange: library._options.IDBKeyRange,
    });
    this.version(1).stores(IMPORT_STAGING_STORES);
  }

  /** Up to `limit` staged articles after `afterSeq`, in file order. */
  page(afterSeq: number, limit: number): Promise<StagedArticle[]> {
    return this.articles.where(':id').above(afterSeq).limit(limit).toArray();
  }
}

/** Name of the staging database of `library`. */
export function stagingName(library: LibraryDb): string {
  return `${library.name}-import-staging`;
}

/** Deletes the staging database of `library` (a leftover of an interrupted import, or the current one). */
export async function deleteStaging(library: LibraryDb, staging?: ImportStaging): Promise<void> {
  const db = staging ?? new ImportStaging(library);
  db.close();
  await db.delete({ disableAutoOpen: true }).catch(() => undefined);
}

/** Name of the Web Lock an import holds from start to end (one import at a time per origin). */
export const IMPORT_LOCK = 'corroborate-library-import';

/** The Web Locks API where the runtime has it (extension pages and workers; not Node 20). */
function lockManager(): LockManager | undefined {
  return (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
}

/** Runs `fn` holding the import lock, waiting for another import (another tab) to finish first. */
export async function withImportLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(IMPORT_LOCK, fn) : fn();
}

/**
 * Cleans up after an import that was interrupted (the page closed, the browser stopped): the
 * library itself needs nothing, since phase 2 is one transaction that IndexedDB rolled back; only
 * the staging database may be left on disk. Does nothing, and returns false, while an import holds
 * the lock, so the background may call it at startup even while an options tab is importing.
 */
export async function recoverInterruptedImport(library: LibraryDb): Promise<boolean> {
  const locks = lockManager();
  if (!locks) {
    await deleteStaging(library);
    return true;
  }
  return locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock): Promise<boolean> => {
    if (!lock) return false;
    await deleteStaging(library);
    return true;
  });
}
