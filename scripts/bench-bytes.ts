/**
 * `npx tsx scripts/bench-bytes.ts [--sizes 1000] [--data DIR]`
 * Where the stored bytes go: bulk-loads a benchmark library into fake-indexeddb and prints the
 * estimated bytes per article of each table's rows and of each index (JSON sizes, see
 * scripts/lib/bench/storage.ts), against the raw article text.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryDb } from '../utils/library/db';
import { parseBenchArgs } from './lib/bench/args';
import { articleClaims, toExtracted } from './lib/bench/article-input';
import { bulkSaveArticles } from './lib/bench/bulk-load';
import { composeLibrary } from './lib/bench/compose';
import { loadRealCorpus } from './lib/bench/corpus-load';
import { rawBytes, storedBytesByPart } from './lib/bench/storage';
import { resolveDataDir } from './lib/data-dir';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const data = resolveDataDir(argv);
const real = data.exists ? loadRealCorpus(data.dir) : { bbc: [], reuters: [], newswcl50: [], allsides: [] };
for (const size of args.sizes) {
  const comp = composeLibrary(real, size, args.queries);
  const db = await new LibraryDb(`bytes-${size}`, { indexedDB: new IDBFactory(), IDBKeyRange }).openLibrary();
  await bulkSaveArticles(db, comp.articles.map((a) => ({ article: toExtracted(a), claims: articleClaims(a) })));
  const parts = await storedBytesByPart(db);
  const raw = comp.articles.reduce((s, a) => s + rawBytes(a.paragraphs), 0) / comp.articles.length;
  const total = Object.values(parts).reduce((s, n) => s + n, 0) / comp.articles.length;
  console.log(`${size} articles: raw ${Math.round(raw)} B/article, stored ${Math.round(total)} B/article (${(total / raw).toFixed(2)}×)`);
  for (const [k, n] of Object.entries(parts).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${k.padEnd(18)} ${String(Math.round(n / comp.articles.length)).padStart(7)} B/article  ${(n / comp.articles.length / raw).toFixed(2)}×`);
  }
  db.close();
}
