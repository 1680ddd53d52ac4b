/**
 * Schema upgrade tests. Each row of UPGRADES opens the library at an old version, seeds rows in
 * that version's shape, reopens it at the next version and checks every row survived. When a
 * schema version is added to SCHEMA_VERSIONS, add its row here.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LATEST_SCHEMA_VERSION, LibraryDb, LibraryVersionError, SCHEMA_VERSIONS } from '../../../utils/library/db';
import { saveArticle } from '../../../utils/library/articles';
import { findCoverage } from '../../../utils/match/pipeline';
import { freshDb, makeArticle, withClaims } from './helpers';

interface UpgradeCase {
  name: string;
  from: number;
  to: number;
  seed: (db: LibraryDb) => Promise<void>;
}

const seedV1 = async (db: LibraryDb) => {
  const outlet = { domain: 'harbour.example', name: 'Harbour News' };
  await saveArticle(db, ...withClaims(makeArticle(outlet, 'Ferry delayed', ['The morning ferry to Orlen Island was delayed by fog.'])), { now: 10 });
  await saveArticle(db, ...withClaims(makeArticle({ domain: 'isle.example', name: 'Isle Post' }, 'Fog delays ferry',
    ['The morning ferry to Orlen Island was delayed by fog.', 'Passengers waited three hours.'])), { now: 20 });
};

const UPGRADES: UpgradeCase[] = [
  { name: 'reopens a v1 library with the current code and keeps every row', from: 1, to: LATEST_SCHEMA_VERSION, seed: seedV1 },
];

async function dump(db: LibraryDb) {
  return {
    outlets: await db.outlets.toArray(), articles: await db.articles.toArray(),
    claims: await db.claims.toArray(), terms: await db.terms.toArray(),
  };
}

describe('schema history', () => {
  it('is an explicit, increasing list', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it.each(UPGRADES)('$name (v$from → v$to)', async ({ from, to, seed }) => {
    const old = freshDb(from);
    await seed(old);
    const before = await dump(old);
    old.close();
    const upgraded = await new LibraryDb(old.name, { indexedDB, IDBKeyRange, schemaVersion: to }).openLibrary();
    expect(upgraded.verno).toBe(to);
    expect(await dump(upgraded)).toEqual(before);
    // The upgraded library still matches.
    const report = await findCoverage(upgraded, before.articles[0].id!);
    expect(report.claims[0].others.map((o) => o.outletId)).toEqual(['isle.example']);
    upgraded.close();
  });

  it('reports a library written by a newer version clearly, without touching it', async () => {
    const name = `newer-${Date.now()}`;
    const newer = new Dexie(name, { indexedDB, IDBKeyRange });
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ ...SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores, notes: '++id' });
    await newer.open();
    await newer.table('outlets').put({ id: 'future.example', name: 'Future', domains: ['future.example'], wire: false, groups: [], firstSeen: 1, lastSeen: 1 });
    newer.close();
    const current = new LibraryDb(name, { indexedDB, IDBKeyRange });
    await expect(current.openLibrary()).rejects.toBeInstanceOf(LibraryVersionError);
    await expect(current.openLibrary()).rejects.toThrow(/newer version of Corroborate/);
    const again = new Dexie(name, { indexedDB, IDBKeyRange });
    again.version(LATEST_SCHEMA_VERSION + 1).stores({ ...SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores, notes: '++id' });
    expect(await again.table('outlets').count()).toBe(1);
    again.close();
  });
});
