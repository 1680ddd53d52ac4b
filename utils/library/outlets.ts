/**
 * Outlet management for the options page: list with counts, rename, merge aliases (one outlet
 * under several registrable domains), wire flag, reader groups, and delete with its articles.
 * Names, groups and domain lists stay within the export limits (field-limits.ts).
 */
import type { LibraryDb } from './db';
import { articleParagraphs } from './article-body';
import { deleteArticleRows } from './articles';
import { fitGroups, fitOutletName, MAX_GROUPS, MAX_OUTLET_DOMAINS } from './field-limits';
import { articleKey } from './identity';
import type { StoredOutlet } from './types';

/** An outlet with the number of stored articles. */
export interface OutletSummary extends StoredOutlet {
  articleCount: number;
}

/**
 * `keep` with `other` folded in: both outlets' domains and groups, wire if either is, and the
 * wider first-seen / last-seen span. Used by alias merging and by import. Past the limits,
 * `keep`'s own domains and groups come first (merging refuses that case, see mergeOutlets).
 */
export function combinedOutlet(keep: StoredOutlet, other: StoredOutlet): StoredOutlet {
  return {
    ...keep,
    domains: [...new Set([...keep.domains, ...other.domains])].slice(0, MAX_OUTLET_DOMAINS),
    groups: [...new Set([...keep.groups, ...other.groups])].slice(0, MAX_GROUPS),
    wire: keep.wire || other.wire,
    firstSeen: Math.min(keep.firstSeen, other.firstSeen),
    lastSeen: Math.max(keep.lastSeen, other.lastSeen),
  };
}

/** All outlets with article counts, most recently seen first. */
export async function listOutlets(db: LibraryDb): Promise<OutletSummary[]> {
  return db.transaction('r', [db.outlets, db.articles], async () => {
    const outlets = await db.outlets.toArray();
    const counts = await Promise.all(outlets.map((o) => db.articles.where('outletId').equals(o.id).count()));
    return outlets.map((o, i) => ({ ...o, articleCount: counts[i] })).sort((a, b) => b.lastSeen - a.lastSeen);
  });
}

/** Number of stored articles of an outlet (for the delete confirmation). */
export async function countArticles(db: LibraryDb, outletId: string): Promise<number> {
  return db.articles.where('outletId').equals(outletId).count();
}

/** Whether two outlet names are the same to a reader: trimmed, ignoring case. */
export function sameOutletName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The other outlet (not `id`) already called `name` (see {@link sameOutletName}), if any. */
export function outletNamed<T extends Pick<StoredOutlet, 'id' | 'name'>>(outlets: readonly T[], name: string, id: string): T | undefined {
  return outlets.find((o) => o.id !== id && sameOutletName(o.name, name));
}

/** Thrown by {@link renameOutlet} when another outlet already has the name: two outlets one name is a merge. */
export class DuplicateOutletNameError extends Error {
  constructor(readonly existing: string) {
    super(`another outlet is already called ${existing}`);
    this.name = 'DuplicateOutletNameError';
  }
}

/**
 * Renames an outlet (the name trimmed and clamped to MAX_OUTLET_NAME_LENGTH, as `fitOutletName`
 * shows it); later captures keep this name. False when the outlet is unknown or the name empty.
 * Throws DuplicateOutletNameError, changing nothing, when another outlet already has that name.
 */
export async function renameOutlet(db: LibraryDb, id: string, name: string): Promise<boolean> {
  const clean = fitOutletName(name);
  if (!clean) return false;
  return db.transaction('rw', db.outlets, async () => {
    const all = await db.outlets.toArray();
    if (!all.some((o) => o.id === id)) return false;
    const taken = outletNamed(all, clean, id);
    if (taken) throw new DuplicateOutletNameError(taken.name);
    return (await db.outlets.update(id, { name: clean, renamed: true })) > 0;
  });
}

/** Marks an outlet as a wire service (copies of it count as syndication), or unmarks it. */
export async function setWire(db: LibraryDb, id: string, wire: boolean): Promise<boolean> {
  return (await db.outlets.update(id, { wire })) > 0;
}

/** Replaces an outlet's reader-assigned groups (trimmed, clamped, deduplicated, at most MAX_GROUPS). */
export async function setGroups(db: LibraryDb, id: string, groups: string[]): Promise<boolean> {
  const clean = fitGroups(groups);
  return (await db.outlets.update(id, { groups: clean })) > 0;
}

/**
 * Merges `sourceId` into `targetId`: the target takes the source's domains, groups and articles;
 * article keys are recomputed under the target, and a source article that turns out to be the
 * same as a target article is dropped (the target's copy keeps the earliest firstSeen).
 * Returns the number of articles moved, or null when either outlet is unknown. Throws, changing
 * nothing, when the two together have more than MAX_OUTLET_DOMAINS domains.
 */
export async function mergeOutlets(db: LibraryDb, targetId: string, sourceId: string): Promise<number | null> {
  if (targetId === sourceId) return null;
  return db.transaction('rw', [db.outlets, ...db.articleTables], async () => {
    const [target, source] = await Promise.all([db.outlets.get(targetId), db.outlets.get(sourceId)]);
    if (!target || !source) return null;
    const domains = new Set([...target.domains, ...source.domains]).size;
    if (domains > MAX_OUTLET_DOMAINS) {
      throw new Error(`an outlet can have at most ${MAX_OUTLET_DOMAINS} domains, and these two have ${domains} together`);
    }
    const merged = combinedOutlet(target, source);
    await db.outlets.delete(sourceId);
    await db.outlets.put(merged);
    const own = await db.articles.where('outletId').equals(targetId).toArray();
    const moving = await db.articles.where('outletId').equals(sourceId).toArray();
    const byKey = new Map<string, number>();
    for (const a of own) {
      const key = articleKey(targetId, merged.domains, a.canonicalUrl, articleParagraphs(a));
      byKey.set(key, a.id!);
      if (key !== a.key) await db.articles.update(a.id!, { key });
    }
    let moved = 0;
    for (const a of moving) {
      const key = articleKey(targetId, merged.domains, a.canonicalUrl, articleParagraphs(a));
      const twin = byKey.get(key);
      if (twin !== undefined) {
        const kept = (await db.articles.get(twin))!;
        await db.articles.update(twin, { firstSeen: Math.min(kept.firstSeen, a.firstSeen), lastSeen: Math.max(kept.lastSeen, a.lastSeen) });
        await deleteArticleRows(db, [a.id!]);
        continue;
      }
      byKey.set(key, a.id!);
      await db.articles.update(a.id!, { key, outletId: targetId });
      await db.terms.update(a.id!, { outletId: targetId });
      moved++;
    }
    return moved;
  });
}

/** Deletes an outlet and all its articles; returns the number of articles deleted. */
export async function deleteOutlet(db: LibraryDb, id: string): Promise<number> {
  return db.transaction('rw', [db.outlets, ...db.articleTables], async () => {
    const ids = await db.articles.where('outletId').equals(id).primaryKeys();
    await deleteArticleRows(db, ids);
    await db.outlets.delete(id);
    return ids.length;
  });
}
