/**
 * Every Dexie store of Corroborate, in one module: the library's schema history (each version a
 * row of {@link SCHEMA_VERSIONS}; a later version adds a row, with a named upgrade function when
 * data must move, and tests/unit/library/migration.test.ts seeds the old shape and checks it
 * survives) and the import staging database's single store. Indexes exist only for fields that
 * are queried. db.ts opens the library with it.
 */
import type { Transaction } from 'dexie';
import { buildPostings, claimsPerArticle, copyStore, indexStrongestTerms, packRows } from './upgrades';

/** One schema version: Dexie store specs plus an optional data migration. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Why the data must move, and how; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * The schema history, oldest first. v1:
 * - outlets by id, and by each alias domain (`*domains`) for upserts;
 * - articles by identity `key` (unique), `outletId` (outlet pages, deletes), `lastSeen` (sorting,
 *   retention), `title` (sorting);
 * - claims by `articleId` (loading an article) and `*keys` (claim-level near-copy candidates);
 * - terms by `articleId` and `*terms` (story-level candidates).
 * v2, v3: claims as one row per article (by `articleId`, and `*keys`), read and written only
 *     through utils/library/claim-rows.ts (v2 moves them to `claimSets`, v3 back to `claims`).
 * v4: the same indexes; article text compressed (read and written only through article-body.ts),
 *     non-indexed integer lists packed in typed arrays (int-list.ts).
 * v5: the same indexes; only an article's strongest story terms indexed (`terms`), the others kept
 *     unindexed (`more`).
 * v6: the claim-key and story-term indexes leave IndexedDB's multiEntry indexes for bucket rows of
 *     packed postings (`keyPostings`, `termPostings`; candidate-index.ts): about 5 bytes a posting
 *     instead of about 22 an index entry, and one read per bucket instead of one query per key.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claims: '++id, articleId, *keys',
      terms: 'articleId, *terms',
    },
  },
  {
    // v2: one claims row per article (key: articleId), offsets instead of text; see claim-rows.ts.
    // IndexedDB cannot change a store's primary key: the rows move to `claimSets`, then (v3) back.
    version: 2,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claims: null,
      claimSets: 'articleId, *keys',
      terms: 'articleId, *terms',
    },
    upgrade: claimsPerArticle,
  },
  {
    // v3: the per-article claim rows under their usual name `claims`.
    version: 3,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claimSets: null,
      claims: 'articleId, *keys',
      terms: 'articleId, *terms',
    },
    upgrade: (tx) => copyStore(tx, 'claimSets', 'claims'),
  },
  {
    // v4: same stores and indexes; article text compressed (article-body.ts), claim offsets and
    // term weights packed (int-list.ts).
    version: 4,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claims: 'articleId, *keys',
      terms: 'articleId, *terms',
    },
    upgrade: packRows,
  },
  {
    // v5: same stores and indexes; a terms row indexes only its strongest STORY_INDEX_TERMS terms.
    version: 5,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claims: 'articleId, *keys',
      terms: 'articleId, *terms',
    },
    upgrade: indexStrongestTerms,
  },
  {
    // v6: the same rows; the candidate indexes move to bucket tables with outbound keys.
    version: 6,
    stores: {
      outlets: 'id, *domains',
      articles: '++id, &key, outletId, lastSeen, title',
      claims: 'articleId',
      terms: 'articleId',
      keyPostings: '',
      termPostings: '',
    },
    upgrade: buildPostings,
  },
];

/** The newest schema version this code knows. */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/**
 * The import staging database (import-staging.ts): staged articles numbered in file order. It is
 * deleted after every import, success or failure, so it is never upgraded: a change of shape
 * here needs only a new name.
 */
export const IMPORT_STAGING_STORES: Record<string, string> = { articles: '++seq' };
