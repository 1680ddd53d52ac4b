/**
 * The library's Dexie database: opens the schema history of schema.ts up to the requested
 * version, refuses a library written by a newer version, and types its tables.
 */
import Dexie, { type Table } from 'dexie';
import type { IntList } from './int-list';
import type { StoredArticle, StoredClaimRow, StoredOutlet } from './types';
import type { PostingsTable } from './candidate-index';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

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
