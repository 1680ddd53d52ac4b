/**
 * Keeps the change record of a long import transaction at a constant size. Dexie's observability
 * middleware notes every primary key and index value a read-write transaction writes (as
 * `mutatedParts` on the IndexedDB transaction) so that, at commit, `storagemutated` listeners and
 * live queries learn what changed. Over a large import that note grows with every article (about
 * 1.7 KB of JS heap per article in scripts/bench-import.ts, claim shingle keys included).
 * Marking each table and index as wholly changed when the transaction starts makes every later
 * note merge into that one range: the record stays constant, and the commit still reports the
 * tables as changed (which extension/library-generation.ts relies on). This touches a Dexie
 * internal; if it ever changes, nothing breaks, only the memory saving is lost.
 */
import Dexie, { RangeSet, type Table } from 'dexie';

/** An IndexedDB transaction as Dexie's observability middleware extends it. */
type ObservedTransaction = IDBTransaction & { mutatedParts?: Record<string, RangeSet> };

/** Marks every table in `tables` (rows, deletions and each index) as wholly changed by the current transaction. */
export function markWholeTablesChanged(db: Dexie, tables: readonly Table[]): void {
  const idbtrans = Dexie.currentTransaction?.idbtrans as ObservedTransaction | undefined;
  if (!idbtrans) return;
  const parts = idbtrans.mutatedParts ?? {};
  for (const table of tables) {
    for (const index of ['', ':dels', ...table.schema.indexes.map((i) => i.name)]) {
      parts[`idb://${db.name}/${table.name}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
    }
  }
  idbtrans.mutatedParts = parts;
}
