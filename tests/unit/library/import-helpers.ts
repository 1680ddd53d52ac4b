/**
 * Helpers of the import tests: a seeded library, a full dump of every row (ids included) to prove
 * "nothing changed", synthetic libraries of many articles, and write faults injected at the
 * IndexedDB level (fake-indexeddb's object store), as a full disk would raise them.
 */
import { vi } from 'vitest';
import { IDBObjectStore, indexedDB } from 'fake-indexeddb';
import { saveArticle, saveArticles } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db';
import { exportToString } from '../../../utils/library/import-export';
import { stagingName } from '../../../utils/library/import-staging';
import { mergeOutlets, renameOutlet, setGroups, setWire } from '../../../utils/library/outlets';
import { freshDb, makeArticle, withClaims } from './helpers';

export const A = { domain: 'alpha.example', name: 'Alpha' };
export const B = { domain: 'beta.example', name: 'Beta' };
const A2 = { domain: 'alpha-news.example', name: 'Alpha News' };

/** Three articles over two outlets (one merged alias, one renamed wire outlet, groups). */
export async function seeded(): Promise<LibraryDb> {
  const db = freshDb();
  await saveArticle(db, ...withClaims(makeArticle(A, 'Port strike ends', ['Dock workers in Loxley ended a nine-day strike on Friday.', '"We won," said union leader Mara Quill.'],
    { publishedTime: '2024-05-03T10:00:00Z', byline: 'Sam Reed' })), { now: 1000 });
  await saveArticle(db, ...withClaims(makeArticle(A, 'Port strike ends', ['Dock workers in Loxley ended a ten-day strike on Friday.', '"We won," said union leader Mara Quill.'])), { now: 2000 });
  await saveArticle(db, ...withClaims(makeArticle(B, 'Loxley dockers return', ['Dock workers in Loxley ended a nine-day strike on Friday.'], { url: null, canonicalUrl: null })), { now: 3000 });
  await saveArticle(db, ...withClaims(makeArticle(A2, 'Weather', ['Storms are expected on the coast.'])), { now: 4000 });
  await mergeOutlets(db, 'alpha.example', 'alpha-news.example');
  await renameOutlet(db, 'beta.example', 'Beta Daily');
  await setWire(db, 'beta.example', true);
  await setGroups(db, 'alpha.example', ['local']);
  return db;
}

/** A library of `n` synthetic articles over three outlets (Greek-letter towns, counted events). */
export async function manyArticles(n: number, db = freshDb()): Promise<LibraryDb> {
  const outlets = [A, B, { domain: 'gamma.example', name: 'Gamma' }];
  const towns = ['Arden', 'Brill', 'Corvo', 'Dunmore', 'Ebbing'];
  const items = Array.from({ length: n }, (_, i) => withClaims(makeArticle(outlets[i % 3], `Report ${i} from ${towns[i % 5]}`, [
    `Council members in ${towns[i % 5]} approved budget ${i} on Tuesday after ${i % 7 + 2} hours of debate.`,
    `"This is a fair plan," said councillor number ${i}.`,
  ])));
  await saveArticles(db, items.map(([article, claims]) => ({ article, claims })), { now: 5000 });
  return db;
}

/** The export without its timestamp: a complete, id-free picture of the library. */
export async function snapshot(db: LibraryDb): Promise<unknown> {
  return JSON.parse(await exportToString(db, { now: 0 }));
}

/** Every row of every table, ids and derived keys included. */
export async function dump(db: LibraryDb): Promise<unknown> {
  return {
    outlets: await db.outlets.toArray(), articles: await db.articles.toArray(),
    claims: await db.claims.toArray(), terms: await db.terms.toArray(),
  };
}

/** True while the staging database of `db` exists. */
export async function stagingExists(db: LibraryDb): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === stagingName(db));
}

/**
 * Makes the `after`+1-th and later writes (add or put) to `store` of databases whose name ends
 * with `dbSuffix` throw a QuotaExceededError, as a full disk does; returns the call counter.
 */
export function quotaAfter(dbSuffix: string, store: string, after: number): { writes: number } {
  const counter = { writes: 0 };
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (this.name === store && this.transaction.db.name.endsWith(dbSuffix) && ++counter.writes > after) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
  }
  return counter;
}
