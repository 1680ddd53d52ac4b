/**
 * Finding or creating the outlet of a captured article, inside the caller's transaction.
 * An outlet is found by any of its alias domains, else (no domain) by its display name. Names
 * are stored clamped to MAX_OUTLET_NAME_LENGTH (field-limits.ts).
 */
import type { OutletRef } from '../extract/types';
import type { LibraryDb } from './db';
import { fitOutletName } from './field-limits';
import { newOutletId } from './identity';
import type { StoredOutlet } from './types';

/** Finds the outlet serving `ref` (by alias domain or name id), without writing. */
export async function findOutlet(db: LibraryDb, ref: OutletRef): Promise<StoredOutlet | undefined> {
  if (ref.domain) return db.outlets.where('domains').equals(ref.domain).first();
  return db.outlets.get(newOutletId(ref));
}

/** Finds or creates the outlet and bumps its lastSeen; keeps a name the reader chose. */
export async function upsertOutlet(db: LibraryDb, ref: OutletRef, now: number): Promise<StoredOutlet> {
  const found = await findOutlet(db, ref);
  const name = fitOutletName(ref.name);
  if (!found) {
    const created: StoredOutlet = {
      id: newOutletId(ref),
      name: name || ref.domain || 'Unknown',
      domains: ref.domain ? [ref.domain] : [],
      wire: false,
      groups: [],
      firstSeen: now,
      lastSeen: now,
    };
    await db.outlets.put(created);
    return created;
  }
  const better = !found.renamed && name && ref.name !== ref.domain && name !== found.name;
  const updated: StoredOutlet = {
    ...found,
    name: better ? name : found.name,
    lastSeen: Math.max(found.lastSeen, now),
    firstSeen: Math.min(found.firstSeen, now),
  };
  await db.outlets.put(updated);
  return updated;
}
