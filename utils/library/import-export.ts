/**
 * Export and import of the library as versioned JSON, both streamed in batches so a library of
 * 100,000 articles moves without being held in memory. Export reads articles by primary-key pages
 * and writes one article per line to a sink. Import (import.ts) parses the file as a stream,
 * validates it with zod into a staging database before touching the library, then merges it in
 * one read-write transaction: nothing is duplicated, and a failure halfway changes nothing.
 */
import { articleParagraphs } from './article-body';
import { fromClaimRows } from './claim-rows';
import type { LibraryDb } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedArticle } from './export-format';
import type { StoredArticle, StoredClaim, StoredOutlet } from './types';
import {
  clampText, fitGroups, fitOutletName, MAX_BYLINE_LENGTH, MAX_DOMAIN_LENGTH, MAX_KEY_LENGTH, MAX_LANG_LENGTH, MAX_OUTLET_DOMAINS,
  MAX_OUTLET_ID_LENGTH, MAX_OUTLET_NAME_LENGTH, MAX_PUBLISHED_TIME_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH, orNull,
} from './field-limits';
import { toHttpUrl } from '../extract/metadata';
import { articleKey, newOutletId, rekey } from './identity';

export {
  importLibrary, recoverInterruptedImport, IMPORT_BATCH,
  type ImportOptions, type ImportProgress, type ImportResult, type ImportSource,
} from './import';

/** Articles read per batch while exporting. */
export const EXPORT_BATCH = 200;

/**
 * Writes the library (or one outlet) to `sink` in chunks, one per batch of articles; returns the
 * number of articles. Articles saved after the export started are left out, so every article in
 * the file has its outlet in the header.
 */
export async function exportLibrary(
  db: LibraryDb, opts: { outletId?: string; now?: number }, sink: (chunk: string) => void | Promise<void>,
): Promise<number> {
  const { outlets, pages } = await db.transaction('r', [db.outlets, db.articles], async () => {
    if (opts.outletId) {
      const outlet = await db.outlets.get(opts.outletId);
      const ids = outlet ? await db.articles.where('outletId').equals(opts.outletId).primaryKeys() : [];
      return { outlets: outlet ? [outlet] : [], pages: listPages(ids) };
    }
    const lastId = (await db.articles.orderBy(':id').lastKey()) as number | undefined;
    return { outlets: await db.outlets.toArray(), pages: keyPages(db, lastId ?? 0) };
  });
  const exported = outlets.map(exportOutlet);
  // Outlet ids too long for the format (made by versions before field-limits.ts) and their new ones.
  const renamed = new Map(outlets.map((o, i) => [o.id, exported[i].id] as const).filter(([from, to]) => from !== to));
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: opts.now ?? Date.now(), outlets: exported };
  await sink(`${JSON.stringify(header).slice(0, -1)},\n"articles":[`);
  let written = 0;
  for await (const ids of pages) {
    const batch = await readBatch(db, ids, renamed);
    if (batch.length === 0) continue;
    await sink(batch.map((a, j) => `${written + j === 0 ? '' : ','}\n${JSON.stringify(a)}`).join(''));
    written += batch.length;
  }
  await sink('\n]}\n');
  return written;
}

/** Pages of article ids up to `lastId`, read by primary key (the whole library). */
async function* keyPages(db: LibraryDb, lastId: number): AsyncGenerator<number[]> {
  let after = 0;
  while (after < lastId) {
    const ids = await db.articles.where(':id').between(after, lastId, false, true).limit(EXPORT_BATCH).primaryKeys();
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1];
  }
}

/** Pages of a list of ids already known (one outlet's articles). */
async function* listPages(ids: number[]): AsyncGenerator<number[]> {
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) yield ids.slice(i, i + EXPORT_BATCH);
}

/** Collects an export into one string (small libraries, tests). */
export async function exportToString(db: LibraryDb, opts: { outletId?: string; now?: number } = {}): Promise<string> {
  const parts: string[] = [];
  await exportLibrary(db, opts, (c) => {
    parts.push(c);
  });
  return parts.join('');
}

async function readBatch(db: LibraryDb, ids: number[], renamed: ReadonlyMap<string, string>): Promise<ExportedArticle[]> {
  return db.transaction('r', [db.articles, db.claims], async () => {
    const [articles, rows] = await Promise.all([
      db.articles.bulkGet(ids),
      Promise.all(ids.map((id) => db.claims.where('articleId').equals(id).toArray())),
    ]);
    const out: ExportedArticle[] = [];
    articles.forEach((a, i) => {
      if (a) out.push({ ...exportArticle(a, renamed), claims: fromClaimRows(rows[i], a).map(exportClaim) });
    });
    return out;
  });
}

/**
 * An outlet as exported. Versions before field-limits.ts could store an id, name, alias domains or
 * groups beyond the import's limits: they are fitted (an over-long `name:` id becomes the id of
 * the fitted name, as a capture now makes it).
 */
function exportOutlet(o: StoredOutlet): StoredOutlet {
  const name = fitOutletName(o.name) || o.id.slice(0, MAX_OUTLET_NAME_LENGTH);
  const id = o.id.length <= MAX_OUTLET_ID_LENGTH ? o.id : newOutletId({ domain: null, name });
  const domains = o.domains.filter((d) => d.length <= MAX_DOMAIN_LENGTH).slice(0, MAX_OUTLET_DOMAINS);
  return { ...o, id, name, domains, groups: fitGroups(o.groups) };
}

/**
 * The exported fields of an article, in the export format's order (the text decompressed). Rows
 * stored before field-limits.ts may hold a URL, key, title or byline longer than the import
 * accepts: they are fitted as a capture now is (an over-long or non-http(s) URL dropped, the key
 * then by text), so a library always imports from its own export.
 */
function exportArticle(a: StoredArticle, renamed: ReadonlyMap<string, string>): Omit<ExportedArticle, 'claims'> {
  const { id: _id, body: _body, paragraphs: _plain, key: storedKey, outletId: storedOutlet, url, canonicalUrl, title, byline, publishedTime, lang, firstSeen, lastSeen, ...tail } = a;
  const paragraphs = [...articleParagraphs(a)];
  const outletId = renamed.get(storedOutlet) ?? storedOutlet;
  // The import recomputes every key under its receiving outlet: the exported one only has to fit.
  const key = rekey(storedKey, storedOutlet, outletId);
  return {
    key: key.length <= MAX_KEY_LENGTH ? key : articleKey(outletId, [], null, paragraphs), outletId,
    url: httpOrNull(url), canonicalUrl: httpOrNull(canonicalUrl),
    title: clampText(title, MAX_TITLE_LENGTH), byline: byline === null ? null : clampText(byline, MAX_BYLINE_LENGTH),
    publishedTime: orNull(publishedTime, MAX_PUBLISHED_TIME_LENGTH), lang: orNull(lang, MAX_LANG_LENGTH),
    firstSeen, lastSeen, paragraphs, ...tail,
  };
}

/** A stored URL as exported: null when over-long or not http(s) (the import accepts no other). */
function httpOrNull(url: string | null): string | null {
  return url !== null && toHttpUrl(url) !== null ? orNull(url, MAX_URL_LENGTH) : null;
}

function exportClaim(c: StoredClaim): ExportedArticle['claims'][number] {
  const { id: _id, articleId: _a, keys: _k, ...rest } = c;
  return rest;
}
