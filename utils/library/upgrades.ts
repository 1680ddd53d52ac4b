/**
 * Data migrations run by the schema versions in db.ts, inside Dexie's upgrade transaction. Each
 * works in pages, so a large library upgrades without being loaded into memory at once.
 */
import type { Transaction } from 'dexie';
import { toClaim, toClaimRows } from './claim-rows';
import type { StoredArticle, StoredClaim, StoredClaimRow } from './types';

/** Rows (articles, or claim rows) moved per step of an upgrade. */
const UPGRADE_BATCH = 200;

/** Copies every row of store `from` into store `to`, in pages by primary key. */
export async function copyStore(tx: Transaction, from: string, to: string): Promise<void> {
  let last: number | null = null;
  for (;;) {
    const source = tx.table<StoredClaimRow, number>(from);
    const page: StoredClaimRow[] = await (last === null ? source.orderBy(':id') : source.where(':id').above(last)).limit(UPGRADE_BATCH).toArray();
    if (page.length === 0) return;
    await tx.table(to).bulkAdd(page);
    last = page[page.length - 1].articleId;
  }
}

/** v1 → v2: every article's claim rows (text in each) become one row of offsets, article by article. */
export async function claimsPerArticle(tx: Transaction): Promise<void> {
  const articles = tx.table<StoredArticle, number>('articles');
  const oldClaims = tx.table<StoredClaim, number>('claims');
  const claimSets = tx.table<StoredClaimRow, number>('claimSets');
  const ids = await articles.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const batch = ids.slice(i, i + UPGRADE_BATCH);
    const [rows, lists] = await Promise.all([
      articles.bulkGet(batch),
      Promise.all(batch.map((id) => oldClaims.where('articleId').equals(id).sortBy('index'))),
    ]);
    const sets = rows.flatMap((a, j) => (a ? toClaimRows(a.id!, lists[j].map(toClaim), a.paragraphs) : []));
    if (sets.length > 0) await claimSets.bulkAdd(sets);
  }
}
