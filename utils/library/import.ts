/**
 * Import of an export file, streamed so a library of 100,000 articles moves without being held in
 * memory, in two phases:
 * 1. check (import-stage.ts): the file is parsed as a stream, every element is validated with zod
 *    and the articles are staged in batches in a separate staging database; the library is not
 *    touched, and the first problem refuses the file with a clear message;
 * 2. merge (import-merge.ts): one read-write transaction over the library reads the staging
 *    database page by page, so a failure halfway (a quota error, the page closing) rolls back.
 * The staging database is cleared before and deleted after every import, success or failure, and
 * imports hold a Web Lock so two tabs never share it.
 * Measured in Chromium (scripts/bench-import-browser.ts, live JS heap of the options page above
 * idle): 2,000 articles (4 MB) 4.4 MB; 20,000 (40 MB) 4.8 MB; 100,000 (200 MB) 7.8 MB, import
 * 408 s. In Node with fake-indexeddb: scripts/bench-import.ts.
 */
import type { LibraryDb } from './db';
import { ImportRefusal, stageFile } from './import-stage';
import { mergeStaged, type MergeCounts } from './import-merge';
import type { LeftOutStatements } from './import-messages';
import { deleteStaging, ImportStaging, withImportLock } from './import-staging';
import type { ImportSource } from './import-stream';

export type { ImportSource } from './import-stream';
export { recoverInterruptedImport } from './import-staging';

/**
 * Outcome of an import: the merge counts ({@link MergeCounts}: added, updated, unchanged, outlets)
 * and, when the file listed statements its articles' text does not hold, `leftOut` (they were not
 * imported); or `error`, a message for the reader.
 */
export type ImportResult =
  | ({ ok: true; leftOut?: LeftOutStatements } & MergeCounts)
  | { ok: false; error: string };

/** Where an import is: checking the file (articles checked so far), or importing (of `total`). */
export type ImportProgress =
  | { phase: 'checking'; articles: number }
  | { phase: 'importing'; articles: number; total: number };

/** Options of {@link importLibrary}. */
export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Articles per staging batch and per merge page (default {@link IMPORT_BATCH}). */
  batchSize?: number;
}

/** Articles per staging batch and per merge page. */
export const IMPORT_BATCH = 200;

/**
 * Validates `source` and merges it into the library; a failure changes nothing. Imports run one at
 * a time (a Web Lock, where the runtime has one): a second one waits for the first.
 */
export async function importLibrary(db: LibraryDb, source: ImportSource, opts: ImportOptions = {}): Promise<ImportResult> {
  return withImportLock(() => importNow(db, source, opts));
}

async function importNow(db: LibraryDb, source: ImportSource, opts: ImportOptions): Promise<ImportResult> {
  const batch = Math.max(1, opts.batchSize ?? IMPORT_BATCH);
  const progress = opts.onProgress ?? (() => {});
  let staging: ImportStaging | undefined;
  try {
    await deleteStaging(db);
    staging = new ImportStaging(db);
    await staging.articles.clear();
    const file = await stageFile(source, staging, batch, (articles) => progress({ phase: 'checking', articles }));
    const total = file.articles;
    progress({ phase: 'importing', articles: 0, total });
    const counts = await mergeStaged(db, staging, file.outlets, batch, (articles) => progress({ phase: 'importing', articles, total }));
    return { ok: true, ...counts, ...(file.leftOut ? { leftOut: file.leftOut } : {}) };
  } catch (err) {
    return { ok: false, error: failureMessage(err) };
  } finally {
    await deleteStaging(db, staging);
  }
}

/** The reader's message for a failed import. */
function failureMessage(err: unknown): string {
  if (err instanceof ImportRefusal) return err.message;
  const e = err as { name?: string; message?: string; inner?: { name?: string } } | null;
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError') {
    return 'The disk is full or the browser storage quota is used up. Free some space or delete old articles, then import again. Nothing was changed.';
  }
  if (e?.name === 'NotReadableError' || e?.name === 'NotFoundError') return `The file could not be read: ${e.message ?? e.name}. Nothing was changed.`;
  return `The import failed and nothing was changed: ${String(e?.message ?? err)}`;
}
