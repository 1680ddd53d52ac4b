/**
 * Storage and memory measures for the Node bench:
 * - stored bytes: UTF-8 size of every row serialised as JSON (binary values: their byteLength), plus, per index entry, the JSON
 *   size of its key and of the row's primary key (multiEntry indexes: one entry per value); a
 *   postings bucket (candidate-index.ts) counts its bytes and its key;
 * - raw bytes: UTF-8 size of the extracted article text (`paragraphs.join('\n\n')`);
 * - a heap sampler recording the peak `process.memoryUsage().heapUsed`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LibraryDb } from '../../../utils/library/db';

/** Runs a full garbage collection (exposing `gc` at run time), so heap deltas are not GC noise. */
export function forceGc(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * JSON size of `v`, except that binary values (Uint8Array and other typed arrays) count their
 * byteLength: JSON would write each byte as a decimal key/value pair and overstate them.
 */
function size(v: unknown): number {
  let binary = 0;
  let placeholders = 0;
  const json = JSON.stringify(v, (_k, x: unknown) => {
    if (!ArrayBuffer.isView(x)) return x;
    binary += x.byteLength;
    placeholders++;
    return 0;
  }) ?? '';
  return Buffer.byteLength(json, 'utf8') - placeholders + binary;
}

/** Index key paths per table (the Dexie schema's secondary indexes). */
const INDEXES: Record<'outlets' | 'articles' | 'claims' | 'terms', [string, boolean][]> = {
  outlets: [['domains', true]],
  articles: [['key', false], ['outletId', false], ['lastSeen', false], ['title', false]],
  claims: [],
  terms: [],
};

const PRIMARY: Record<keyof typeof INDEXES, string> = { outlets: 'id', articles: 'id', claims: 'articleId', terms: 'articleId' };

/** Tables whose rows are bytes under an outbound key (the candidate indexes' postings buckets). */
const BUCKETS = ['keyPostings', 'termPostings'] as const;

/** Stored bytes per part: `<table>` for rows, `<table>.<index>` for each index (see module doc). */
export async function storedBytesByPart(db: LibraryDb): Promise<Record<string, number>> {
  const parts: Record<string, number> = {};
  const add = (k: string, n: number) => (parts[k] = (parts[k] ?? 0) + n);
  for (const table of Object.keys(INDEXES) as (keyof typeof INDEXES)[]) {
    await db.table(table).each((row: Record<string, unknown>) => {
      add(table, size(row));
      const pk = size(row[PRIMARY[table]]);
      for (const [path, multi] of INDEXES[table]) {
        const v = row[path];
        if (v === undefined || v === null) continue;
        const values = multi && Array.isArray(v) ? v : [v];
        for (const x of values) add(`${table}.${path}`, size(x) + pk);
      }
    });
  }
  for (const table of BUCKETS) {
    await db.table(table).toCollection().each((bytes: Uint8Array, cursor) => add(table, bytes.byteLength + size(cursor.primaryKey)));
  }
  return parts;
}

/** Total stored bytes of the library (rows + index entries), per the module doc. */
export async function storedBytes(db: LibraryDb): Promise<number> {
  return Object.values(await storedBytesByPart(db)).reduce((s, n) => s + n, 0);
}

/** UTF-8 bytes of an article's extracted text. */
export function rawBytes(paragraphs: readonly string[]): number {
  return Buffer.byteLength(paragraphs.join('\n\n'), 'utf8');
}

/** Samples heapUsed every `everyMs` until stopped; `peakMb()` is the highest seen. */
export function heapSampler(everyMs = 25): { peakMb(): number; reset(): void; stop(): void } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), everyMs);
  timer.unref();
  return {
    peakMb: () => Math.max(peak, process.memoryUsage().heapUsed) / 1e6,
    reset: () => (peak = process.memoryUsage().heapUsed),
    stop: () => clearInterval(timer),
  };
}
