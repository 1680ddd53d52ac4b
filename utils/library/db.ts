/**
 * The library's Dexie schema: one versioned module. Every schema version is a row of
 * {@link SCHEMA_VERSIONS}; a later version adds a row (with a named upgrade function when data
 * must move), and tests/unit/library/migration.test.ts seeds the old shape and checks it survives.
 * Indexes exist only for fields that are queried.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { IntList } from './int-list';
import type { StoredArticle, StoredClaimRow, StoredOutlet } from './types';
import type { PostingsTable } from './candidate-index';
import { buildPostings, claimsPerArticle, copyStore, indexStrongestTerms, packRows } from './upgrades';

/** Story-level candidate index: an article's most distinctive terms (see utils/match/keys.ts). */
export interface StoredTerms {
  /** Primary key: the article's id. */
  articleId: number;
  outletId: string;
  /** The strongest distinctive terms (stems, names, numbers), the ones indexed (STORY_INDEX_TERMS; in `termPostings` since v6). */
  terms: string[];
  /** The weaker distinctive terms, not indexed (since v5; read both through `rowTerms`, story.ts). */
  more?: string[];
  /** Weight of each term in thousandths (integers; v1 rows: fractions), aligned with `terms` then `more`; packed since v4 (int-list.ts). */
  weights: IntList;
  /** publishedTime in ms when the page states it, for time proximity. */
  time: number | null;
}

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

/** Options for opening the library; tests pass fake-indexeddb and an older schema version. */
export interface LibraryDbOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Open at this schema version (default: the latest). */
  schemaVersion?: number;
}

/** Raised when the stored library was written by a newer version of Corroborate. */
export class LibraryVersionError extends Error {
  constructor(cause?: unknown) {
    super('This library was created by a newer version of Corroborate. Update the extension to open it; nothing was changed.');
    this.name = 'LibraryVersionError';
    this.cause = cause;
  }
}

/** The local library: outlets, articles, claims, story terms and the two candidate indexes. */
export class LibraryDb extends Dexie {
  outlets!: Table<StoredOutlet, string>;
  articles!: Table<StoredArticle, number>;
  claims!: Table<StoredClaimRow, number>;
  terms!: Table<StoredTerms, number>;
  /** Claim key → articles, as bucket rows (since v6; candidate-index.ts). */
  keyPostings!: PostingsTable;
  /** Indexed story term → articles, as bucket rows (since v6). */
  termPostings!: PostingsTable;

  constructor(name = 'corroborate', opts: LibraryDbOptions = {}) {
    super(name, {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    const target = opts.schemaVersion ?? LATEST_SCHEMA_VERSION;
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > target) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Dexie 4 opens a database of a higher version than declared; refuse instead of guessing its shape.
    this.on('ready', (db) => {
      if (installedVersion(db as Dexie) > target) {
        throw new LibraryVersionError();
      }
    }, true);
  }

  /** Every table an article's rows live in (article, claims, story terms, both candidate indexes): the scope of writes that add or delete articles. */
  get articleTables(): Table[] {
    return [this.articles, this.claims, this.terms, this.keyPostings, this.termPostings];
  }

  /** Opens the database, turning Dexie's VersionError into a clear {@link LibraryVersionError}. */
  async openLibrary(): Promise<this> {
    try {
      await this.open();
      return this;
    } catch (err) {
      if (err instanceof LibraryVersionError) throw err;
      const inner = (err as { inner?: unknown }).inner;
      if (inner instanceof LibraryVersionError) throw inner;
      if (isVersionError(err)) throw new LibraryVersionError(err);
      throw err;
    }
  }
}

/** Schema version of the database on disk (Dexie stores version × 10 in IndexedDB). */
function installedVersion(db: Dexie): number {
  return Math.floor(db.backendDB().version / 10);
}

function isVersionError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'VersionError' || e?.inner?.name === 'VersionError';
}
