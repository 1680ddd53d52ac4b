/**
 * Import of an export file: parse, validate with zod (nothing touched on failure), then merge in
 * one read-write transaction. Outlets merge by id, else by a shared alias domain; articles merge
 * by identity key (recomputed under the receiving outlet), the newer capture's content winning.
 */
import { claimKeys, storyTerms } from '../match/keys';
import { publishedMs } from './articles';
import type { LibraryDb } from './db';
import { exportSchema, EXPORT_FORMAT, EXPORT_VERSION, type ExportedArticle, type ExportFile } from './export-format';
import { articleKey } from './identity';
import type { StoredArticle, StoredOutlet } from './types';

/** Outcome of an import; `error` is a message for the reader. */
export type ImportResult =
  | { ok: true; outlets: number; added: number; updated: number }
  | { ok: false; error: string };

/** Validates `source` and merges it into the library; a failure changes nothing. */
export async function importLibrary(db: LibraryDb, source: string | AsyncIterable<string>): Promise<ImportResult> {
  const parsed = await parse(source);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', [db.outlets, db.articles, db.claims, db.terms], () => merge(db, parsed.file));
  } catch (err) {
    const name = (err as { name?: string; inner?: { name?: string } })?.inner?.name ?? (err as { name?: string })?.name;
    if (name === 'QuotaExceededError') {
      return { ok: false, error: 'The disk is full or the browser storage quota is used up. Free some space or delete old articles, then import again. Nothing was changed.' };
    }
    return { ok: false, error: `The import failed and nothing was changed: ${String((err as Error)?.message ?? err)}` };
  }
}

async function parse(source: string | AsyncIterable<string>): Promise<{ ok: true; file: ExportFile } | { ok: false; error: string }> {
  let text = '';
  try {
    if (typeof source === 'string') text = source;
    else for await (const chunk of source) text += chunk;
  } catch (err) {
    return { ok: false, error: `The file could not be read: ${String(err)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a Corroborate library file (it is not valid JSON).' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Corroborate library file.' };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return { ok: false, error: `This file was written by a newer version of Corroborate (format version ${head.version}). Update the extension to import it.` };
  }
  const result = exportSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: `The library file is damaged: ${issue.message} at ${issue.path.join('.') || 'the top level'}. Nothing was imported.` };
  }
  return { ok: true, file: result.data };
}

async function merge(db: LibraryDb, file: ExportFile): Promise<ImportResult> {
  const outletMap = new Map<string, StoredOutlet>();
  for (const o of file.outlets) outletMap.set(o.id, await mergeOutlet(db, o));
  let added = 0;
  let updated = 0;
  for (const a of file.articles) {
    const outlet = outletMap.get(a.outletId)!;
    const key = articleKey(outlet.id, outlet.domains, a.canonicalUrl, a.paragraphs);
    const existing = await db.articles.where('key').equals(key).first();
    if (existing && existing.lastSeen >= a.lastSeen) {
      await db.articles.update(existing.id!, { firstSeen: Math.min(existing.firstSeen, a.firstSeen) });
      updated++;
      continue;
    }
    const { claims, ...fields } = a;
    const row: StoredArticle = { ...fields, key, outletId: outlet.id, ...(existing ? { id: existing.id, firstSeen: Math.min(existing.firstSeen, a.firstSeen) } : {}) };
    const articleId = await db.articles.put(row);
    if (existing) await db.claims.where('articleId').equals(articleId).delete();
    await db.claims.bulkAdd(claims.map((c) => ({ ...c, articleId, keys: claimKeys(c.text) })));
    const story = storyTerms(a.title, a.paragraphs);
    await db.terms.put({ articleId, outletId: outlet.id, terms: story.terms, weights: story.weights, time: publishedMs(a.publishedTime) });
    if (existing) updated++;
    else added++;
  }
  return { ok: true, outlets: outletMap.size, added, updated };
}

/** The local outlet an imported one lands in: same id, else one sharing a domain, else a new one. */
async function mergeOutlet(db: LibraryDb, o: StoredOutlet): Promise<StoredOutlet> {
  let local = await db.outlets.get(o.id);
  for (const d of o.domains) {
    if (local) break;
    local = await db.outlets.where('domains').equals(d).first();
  }
  if (!local) {
    await db.outlets.put(o);
    return o;
  }
  const merged: StoredOutlet = {
    ...local,
    domains: [...new Set([...local.domains, ...o.domains])],
    groups: [...new Set([...local.groups, ...o.groups])],
    wire: local.wire || o.wire,
    firstSeen: Math.min(local.firstSeen, o.firstSeen),
    lastSeen: Math.max(local.lastSeen, o.lastSeen),
  };
  await db.outlets.put(merged);
  return merged;
}

export type { ExportedArticle };
