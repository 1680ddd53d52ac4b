/**
 * Schema upgrade tests. Each row of UPGRADES opens the library at an old version, seeds rows in
 * that version's shape, reopens it at the next version and checks every row survived. When a
 * schema version is added to SCHEMA_VERSIONS, add its row here.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LibraryDb, LibraryVersionError } from '../../../utils/library/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/library/schema';
import { articleClaims } from '../../../utils/claims/index';
import type { Claim } from '../../../utils/claims/types';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { articleParagraphs } from '../../../utils/library/article-body';
import { fillClaimRows, packedClaimRow, toClaimRows } from '../../../utils/library/claim-rows';
import { withBody } from '../../../utils/library/article-body';
import { compactInts, intsOf } from '../../../utils/library/int-list';
import { KEY_BUCKETS, lookupPostings, termHash, TERM_BUCKETS } from '../../../utils/library/candidate-index';
import { splitTerms } from '../../../utils/library/upgrades';
import type { StoredClaim } from '../../../utils/library/types';
import { claimKeys, STORY_INDEX_TERMS, storyTerms } from '../../../utils/match/keys';
import { rowTerms } from '../../../utils/match/story';
import { findCoverage } from '../../../utils/match/pipeline';
import { freshDb, makeArticle } from './helpers';

interface UpgradeCase {
  name: string;
  from: number;
  to: number;
  seed: (db: LibraryDb) => Promise<void>;
}

/** A claim row as schema v1 stored it: the claim's text, prefix and suffix in every row. */
function v1Row(articleId: number, c: Claim) {
  return {
    articleId, cid: c.id, index: c.index, paragraph: c.paragraph, start: c.start, end: c.end, text: c.text,
    prefix: c.selector.prefix, suffix: c.selector.suffix, quote: c.quote, keys: claimKeys(c.text),
  };
}

/** How one old schema version stored an article's extra fields and its claims. */
interface OldShape {
  /** Extra fields of the n-th article row. */
  articleExtras?: (n: number) => Record<string, unknown>;
  /** The store holding the claims, and its rows for one article. */
  claimsTable: string;
  claimRows: (articleId: number, claims: Claim[], article: ExtractedArticle) => object[];
  /** v4: article text compressed, term weights packed (earlier: plain paragraphs and numbers). */
  packed?: boolean;
  /** v5: only the strongest story terms in the indexed `terms`, the rest in `more`. */
  split?: boolean;
}

/** Seeds rows of an old schema directly (its code is gone): outlets, articles with plain paragraphs, claims, terms. */
async function seedOldRows(db: LibraryDb, items: { article: ExtractedArticle; claims?: Claim[] }[], shape: OldShape): Promise<void> {
  await db.openLibrary();
  for (const [n, { article, claims = articleClaims(article) }] of items.entries()) {
    const outletId = article.outlet.domain!;
    await db.outlets.put({ id: outletId, name: article.outlet.name, domains: [outletId], wire: false, groups: [], firstSeen: 10, lastSeen: 10 });
    const row = {
      key: `${outletId}|u:${article.url}`, outletId, url: article.url, canonicalUrl: article.canonicalUrl, title: article.title,
      byline: null, publishedTime: null, lang: 'en', firstSeen: 10 + n, lastSeen: 10 + n, paragraphs: article.paragraphs,
      claimCount: claims.length, truncated: false, ...shape.articleExtras?.(n),
    };
    const id = (await db.table('articles').add(shape.packed ? withBody(row, article.paragraphs) : row)) as number;
    await db.table(shape.claimsTable).bulkAdd(shape.claimRows(id, claims, article));
    const story = storyTerms(article.title, article.paragraphs);
    const weights = shape.packed ? compactInts(story.weights) : story.weights;
    const terms = { articleId: id, outletId, terms: story.terms, weights, time: null };
    await db.terms.put(shape.split ? splitTerms(terms, story.terms) : terms);
  }
}

/** v1: full-text claim rows, one per claim. */
const seedRowsV1 = (db: LibraryDb, items: { article: ExtractedArticle; claims?: Claim[] }[]) =>
  seedOldRows(db, items, { claimsTable: 'claims', claimRows: (id, claims) => claims.map((c) => v1Row(id, c)) });

/** v2: claims as per-article rows in the interim `claimSets` store. */
const seedRowsV2 = (db: LibraryDb, items: { article: ExtractedArticle }[]) =>
  seedOldRows(db, items, { claimsTable: 'claimSets', claimRows: (id, claims, a) => toClaimRows(id, claims, a.paragraphs) });

/** v3: plain paragraphs in the article row, claim offsets and term weights as plain arrays. */
const seedRowsV3 = (db: LibraryDb, items: { article: ExtractedArticle; claims?: Claim[] }[]) => seedOldRows(db, items, {
  articleExtras: (n) => ({
    publishedTime: '2026-03-0' + (n + 1), textHash: `h${n}`,
    ...(n === 0 ? { revisions: [{ seenAt: 1, changedAt: 2, changes: [{ before: 'Earlier wording.', after: null }] }] } : {}),
  }),
  claimsTable: 'claims',
  claimRows: (id, claims, a) => toClaimRows(id, claims, a.paragraphs)
    .map((r) => ({ ...r, spans: [...r.spans], quotes: [...r.quotes], keyClaims: [...r.keyClaims!] })),
});

/** v4: compressed text, packed claim offsets and term weights; all story terms in the indexed `terms`. */
const seedRowsV4 = (db: LibraryDb, items: { article: ExtractedArticle; claims?: Claim[] }[]) => seedOldRows(db, items, {
  packed: true, articleExtras: (n) => ({ publishedTime: '2026-04-0' + (n + 1), textHash: `h${n}` }),
  claimsTable: 'claims', claimRows: (id, claims, a) => toClaimRows(id, claims, a.paragraphs).map(packedClaimRow),
});

/** v5: as v4, with the story terms split into the indexed `terms` and the unindexed `more`. */
const seedRowsV5 = (db: LibraryDb, items: { article: ExtractedArticle; claims?: Claim[] }[]) => seedOldRows(db, items, {
  packed: true, split: true, articleExtras: (n) => ({ publishedTime: '2026-05-0' + (n + 1), textHash: `h${n}` }),
  claimsTable: 'claims', claimRows: (id, claims, a) => toClaimRows(id, claims, a.paragraphs).map(packedClaimRow),
});

const harbour = makeArticle({ domain: 'harbour.example', name: 'Harbour News' }, 'Ferry delayed', [
  'The morning ferry to Orlen Island was delayed by fog.', 'Crews said the ferry would sail again at noon. Passengers were given vouchers.',
]);
const isle = makeArticle({ domain: 'isle.example', name: 'Isle Post' }, 'Fog delays ferry', [
  'The morning ferry to Orlen Island was delayed by fog.', 'Passengers waited three hours.',
]);
/** Long enough for more story terms than are indexed. */
const council = makeArticle({ domain: 'ledger.example', name: 'Marrow Ledger' }, 'Marrowdale council approves Tessel bridge budget', [
  'Marrowdale council voted 7 to 4 on Thursday to spend 18 million crowns on the Tessel bridge.',
  'Mayor Ines Okafor said contractors from Brelin and Stavik would start in March.',
  'Opposition leader Piet Varga called the tender rushed and asked the auditor, Lotte Henning, to review it.',
]);
/** An imported claim whose wording is not in its article's paragraphs: its row must keep the text. */
const foreign = makeArticle({ domain: 'quay.example', name: 'Quay Times' }, 'Quay reopens', ['The quay reopened on Monday after repairs.']);
const foreignClaims: Claim[] = [{
  id: 'c0', index: 0, paragraph: 0, start: 0, end: 41, text: 'The quay reopened on Monday after repair work.', quote: false,
  selector: { exact: 'The quay reopened on Monday after repair work.', prefix: 'x', suffix: '' },
}];

const UPGRADES: UpgradeCase[] = [
  {
    name: 'v1 claim rows become per-article offset rows in the interim store', from: 1, to: 2,
    seed: (db) => seedRowsV1(db, [{ article: harbour }, { article: foreign, claims: foreignClaims }]),
  },
  {
    name: 'the interim per-article rows move back under the name claims', from: 2, to: 3,
    seed: (db) => seedRowsV2(db, [{ article: isle }, { article: harbour }]),
  },
  {
    name: 'rewrites v1 claim rows as offsets and reads every claim back identically', from: 1, to: LATEST_SCHEMA_VERSION,
    seed: (db) => seedRowsV1(db, [{ article: harbour }, { article: isle }]),
  },
  {
    name: 'keeps the text of a v1 row that its article does not contain', from: 1, to: LATEST_SCHEMA_VERSION,
    seed: (db) => seedRowsV1(db, [{ article: foreign, claims: foreignClaims }, { article: isle }, { article: harbour }]),
  },
  {
    name: 'compresses v3 article text and packs claim offsets and term weights, reading all back identically', from: 3, to: 4,
    seed: (db) => seedRowsV3(db, [{ article: harbour }, { article: foreign, claims: foreignClaims }, { article: isle }]),
  },
  {
    name: 'keeps only the strongest story terms indexed, the rest unindexed, all in order', from: 4, to: 5,
    seed: (db) => seedRowsV4(db, [{ article: isle }, { article: council }, { article: harbour }, { article: foreign, claims: foreignClaims }]),
  },
  {
    name: 'moves the claim-key and story-term indexes into postings buckets that find every article by each key and indexed term', from: 5, to: 6,
    seed: (db) => seedRowsV5(db, [{ article: council }, { article: isle }, { article: foreign, claims: foreignClaims }, { article: harbour }]),
  },
];

/** The per-article claim rows: `claimSets` at v2, `claims` from v3. */
const claimTable = (db: LibraryDb) => (db.verno === 2 ? db.table('claimSets') : db.claims) as LibraryDb['claims'];

/**
 * The library as readers see it: articles with their text (article-body.ts), term weights as plain
 * numbers, claims filled in (v1 rows hold everything, later rows are filled from their articles).
 */
async function dump(db: LibraryDb) {
  const rows = await db.articles.toArray();
  const byId = new Map(rows.map((a) => [a.id!, a]));
  const claims = db.verno < 2
    ? ((await db.table('claims').orderBy('articleId').toArray()) as StoredClaim[]).map(({ id: _id, keys: _keys, ...c }) => c)
    : fillClaimRows(await claimTable(db).toArray(), byId).map(({ id: _id, keys: _keys, ...c }) => c);
  const articles = rows.map(({ body: _body, paragraphs: _plain, ...a }) => ({ ...a, paragraphs: articleParagraphs({ body: _body, paragraphs: _plain }) }));
  const terms = (await db.terms.toArray()).map(({ more: _more, ...t }) => ({ ...t, terms: rowTerms({ terms: t.terms, more: _more }), weights: intsOf(t.weights) }));
  return { outlets: await db.outlets.toArray(), articles, terms, claims };
}

describe('schema history', () => {
  it('is an explicit, increasing list', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('has an upgrade test for every step from one version to the next', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    const steps = versions.slice(1).map((to, i) => `${versions[i]}→${to}`);
    const tested = new Set(UPGRADES.map((u) => `${u.from}→${u.to}`));
    expect(steps.filter((step) => !tested.has(step))).toEqual([]);
  });

  it.each(UPGRADES)('$name (v$from → v$to)', async ({ from, to, seed }) => {
    const old = freshDb(from);
    await seed(old);
    const before = await dump(old);
    old.close();
    const upgraded = await new LibraryDb(old.name, { indexedDB, IDBKeyRange, schemaVersion: to }).openLibrary();
    expect(upgraded.verno).toBe(to);
    expect(await dump(upgraded)).toEqual(before);
    // One row per article, without the text its article holds (only the foreign wording stays).
    const rows = await claimTable(upgraded).toArray();
    expect(rows.map((r) => r.articleId)).toEqual(before.articles.map((a) => a.id));
    const kept = rows.flatMap((r) => Object.values(r.texts ?? {}).map((t) => t[0]));
    const foreignSeeded = before.claims.some((c) => c.text === foreignClaims[0].text);
    expect(kept).toEqual(foreignSeeded ? [foreignClaims[0].text] : []);
    // From v4 the text is stored only compressed, and the non-indexed integer lists packed.
    if (to >= 4) {
      const stored = await upgraded.articles.toArray();
      expect(stored.every((a) => a.body instanceof Uint8Array && a.paragraphs === undefined)).toBe(true);
      expect(rows.every((r) => !Array.isArray(r.spans) && !Array.isArray(r.keyClaims))).toBe(true);
      expect((await upgraded.terms.toArray()).every((t) => !Array.isArray(t.weights))).toBe(true);
    }
    // From v5 only the strongest story terms are indexed; the index finds an article by them.
    if (to >= 5) {
      const split = (await upgraded.terms.toArray()).map((t) => [t.terms, t.more]);
      expect(split).toEqual(before.terms.map((t) => [t.terms.slice(0, STORY_INDEX_TERMS), t.terms.slice(STORY_INDEX_TERMS)]));
      const long = before.terms.find((t) => t.terms.length > STORY_INDEX_TERMS);
      const articlesOf = async (term: string) => (to >= 6
        ? (await lookupPostings(upgraded.termPostings, TERM_BUCKETS, [termHash(term)])).get(termHash(term)) ?? []
        : upgraded.terms.where('terms').equals(term).primaryKeys());
      // Only the council article has more story terms than are indexed: a seed that has it must exercise the split.
      expect(long !== undefined).toBe(before.articles.some((a) => a.outletId === 'ledger.example'));
      if (long) {
        expect(await articlesOf(long.terms[0])).toContain(long.articleId);
        expect(await articlesOf(long.terms.at(-1)!)).not.toContain(long.articleId);
      }
    }
    // From v6 the postings buckets list every article under each of its claim keys and indexed terms, and nothing else.
    if (to >= 6) {
      const keyed = rows.flatMap((r) => r.keys.map((k) => [k, r.articleId] as const));
      const termed = (await upgraded.terms.toArray()).flatMap((t) => t.terms.map((term) => [termHash(term), t.articleId] as const));
      for (const [table, spec, pairs] of [[upgraded.keyPostings, KEY_BUCKETS, keyed], [upgraded.termPostings, TERM_BUCKETS, termed]] as const) {
        const found = await lookupPostings(table, spec, pairs.map((p) => p[0]));
        const listed = [...found].flatMap(([h, ids]) => ids.map((id) => `${h}:${id}`)).sort();
        expect(listed).toEqual([...new Set(pairs.map(([h, id]) => `${h}:${id}`))].sort());
      }
    }
    // The upgraded library still matches (at the latest version, which the engine reads).
    if (to !== LATEST_SCHEMA_VERSION) return upgraded.close();
    const isleId = before.articles.find((a) => a.outletId === 'isle.example')!.id!;
    const report = await findCoverage(upgraded, isleId);
    expect(report.claims[0].others.map((o) => o.outletId)).toEqual(['harbour.example']);
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
