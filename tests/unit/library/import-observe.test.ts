import { describe, expect, it } from 'vitest';
import Dexie, { type ObservabilitySet } from 'dexie';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import { freshDb } from './helpers';
import { manyArticles } from './import-helpers';

type Node = { l?: Node | null; r?: Node | null } | null | undefined;
const nodes = (n: Node): number => (n ? 1 + nodes(n.l) + nodes(n.r) : 0);

/** Change records (`storagemutated` parts) of the library named `name` while `run` runs. */
async function changes(name: string, run: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const seen: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((k) => k.startsWith(`idb://${name}/`))) seen.push(parts);
  };
  Dexie.on('storagemutated', listener);
  try {
    await run();
  } finally {
    Dexie.on('storagemutated').unsubscribe(listener);
  }
  return seen;
}

describe('the import transaction’s change record', () => {
  it.each([20, 80])('stays one range per table and index for %i articles, and is still reported at commit', async (n) => {
    const file = await exportToString(await manyArticles(n));
    const db = freshDb();
    await db.open();
    const seen = await changes(db.name, async () => expect((await importLibrary(db, file, { batchSize: 7 })).ok).toBe(true));
    expect(seen).toHaveLength(1);
    const parts = Object.entries(seen[0]).filter(([k]) => k.startsWith(`idb://${db.name}/`));
    for (const table of ['outlets', 'articles', 'claims', 'terms', 'keyPostings', 'termPostings']) {
      expect(parts.some(([k]) => k === `idb://${db.name}/${table}/`)).toBe(true);
    }
    expect(parts.find(([k]) => k.endsWith('/articles/key'))).toBeDefined();
    expect(parts.map(([, set]) => nodes(set as Node))).toEqual(parts.map(() => 1));
  });
});
