/**
 * Export and import of the library as versioned JSON. Export streams: articles are read and
 * written in batches, one article per line, so the whole library is never in memory at once.
 * Import validates the whole file with zod before touching the database, then merges it in one
 * read-write transaction: nothing is duplicated, and a failure halfway changes nothing.
 */
import type { LibraryDb } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedArticle } from './export-format';
import type { StoredArticle, StoredClaim, StoredOutlet } from './types';

export { importLibrary, type ImportResult } from './import';

/** Articles read per batch while exporting. */
export const EXPORT_BATCH = 200;

/** Writes the library (or one outlet) to `sink` in chunks; returns the number of articles. */
export async function exportLibrary(
  db: LibraryDb, opts: { outletId?: string; now?: number }, sink: (chunk: string) => void | Promise<void>,
): Promise<number> {
  const { outlets, ids } = await db.transaction('r', [db.outlets, db.articles], async () => ({
    outlets: opts.outletId ? ((await db.outlets.get(opts.outletId)) ? [(await db.outlets.get(opts.outletId))!] : []) : await db.outlets.toArray(),
    ids: opts.outletId
      ? await db.articles.where('outletId').equals(opts.outletId).primaryKeys()
      : await db.articles.orderBy(':id').primaryKeys(),
  }));
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: opts.now ?? Date.now(), outlets: outlets.map(exportOutlet) };
  await sink(`${JSON.stringify(header).slice(0, -1)},\n"articles":[`);
  let written = 0;
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const batch = await readBatch(db, ids.slice(i, i + EXPORT_BATCH));
    if (batch.length === 0) continue;
    await sink(batch.map((a, j) => `${written + j === 0 ? '' : ','}\n${JSON.stringify(a)}`).join(''));
    written += batch.length;
  }
  await sink('\n]}\n');
  return ids.length;
}

/** Collects an export into one string (small libraries, tests). */
export async function exportToString(db: LibraryDb, opts: { outletId?: string; now?: number } = {}): Promise<string> {
  const parts: string[] = [];
  await exportLibrary(db, opts, (c) => {
    parts.push(c);
  });
  return parts.join('');
}

async function readBatch(db: LibraryDb, ids: number[]): Promise<ExportedArticle[]> {
  return db.transaction('r', [db.articles, db.claims], async () => {
    const [articles, claims] = await Promise.all([
      db.articles.bulkGet(ids),
      Promise.all(ids.map((id) => db.claims.where('articleId').equals(id).sortBy('index'))),
    ]);
    const out: ExportedArticle[] = [];
    articles.forEach((a, i) => {
      if (a) out.push({ ...exportArticle(a), claims: claims[i].map(exportClaim) });
    });
    return out;
  });
}

function exportOutlet(o: StoredOutlet): StoredOutlet {
  return { ...o };
}

function exportArticle(a: StoredArticle): Omit<ExportedArticle, 'claims'> {
  const { id: _id, ...rest } = a;
  return rest;
}

function exportClaim(c: StoredClaim): ExportedArticle['claims'][number] {
  const { id: _id, articleId: _a, keys: _k, ...rest } = c;
  return rest;
}
