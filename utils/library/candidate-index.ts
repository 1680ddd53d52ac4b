/**
 * The two candidate indexes of schema v6, kept as bucket rows of postings (postings.ts): claim
 * keys → articles (copies, boilerplate) in `keyPostings`, and an article's indexed story terms →
 * articles (same event) in `termPostings`. Writers note what each article carried before and
 * after in an {@link IndexEdits} and apply it once, inside their read-write transaction over the
 * postings tables; readers look hashes up with {@link lookupPostings}.
 */
import type { Table } from 'dexie';
import { hashString } from '../text/index';
import type { StoredTerms } from './db';
import { appendToBucket, bucketOf, decodeBucket, encodeBucket, scanBucket, type BucketSpec, type Posting } from './postings';
import type { StoredClaimRow } from './types';

/** Claim keys: 8,192 buckets (about 26 postings each at 10k articles, 260 at 100k). */
export const KEY_BUCKETS: BucketSpec = { bucketBits: 13 };
/** Story terms: 4,096 buckets (an article indexes 12 terms to its claims' 21 keys). */
export const TERM_BUCKETS: BucketSpec = { bucketBits: 12 };

/** A bucket table: raw posting bytes under the bucket number (an outbound key). */
export type PostingsTable = Table<Uint8Array, number>;

/** The 32-bit hash a story term is indexed under (a collision only adds a candidate to score). */
export function termHash(term: string): number {
  return hashString(term);
}

/** The hashes an article's claims row and terms row put in the two indexes. */
export function indexedHashes(claims: Pick<StoredClaimRow, 'keys'> | undefined, terms: Pick<StoredTerms, 'terms'> | undefined): { keys: number[]; terms: number[] } {
  return { keys: claims?.keys ?? [], terms: (terms?.terms ?? []).map(termHash) };
}

/** Pending changes to one bucket table: articles to drop from buckets, postings to add. */
export class BucketEdits {
  private readonly edits = new Map<number, { drop: Set<number>; add: Posting[] }>();

  constructor(readonly spec: BucketSpec) {}

  private at(hash: number): { drop: Set<number>; add: Posting[] } {
    const b = bucketOf(this.spec, hash);
    let e = this.edits.get(b);
    if (!e) this.edits.set(b, (e = { drop: new Set(), add: [] }));
    return e;
  }

  /** Removes article `articleId`'s postings from the buckets of `hashes` (those it was stored with), pending ones included. */
  drop(articleId: number, hashes: readonly number[]): void {
    for (const h of hashes) {
      const e = this.at(h);
      e.drop.add(articleId);
      if (e.add.some((p) => p.articleId === articleId)) e.add = e.add.filter((p) => p.articleId !== articleId);
    }
  }

  /** Adds a posting of `articleId` for each of `hashes`. */
  add(articleId: number, hashes: readonly number[]): void {
    for (const h of hashes) this.at(h).add.push({ articleId, hash: h | 0 });
  }

  /** Writes the pending changes (one bulk read, one bulk write) and forgets them. */
  async apply(table: PostingsTable): Promise<void> {
    if (this.edits.size === 0) return;
    const buckets = [...this.edits.keys()];
    const stored = await table.bulkGet(buckets);
    const putKeys: number[] = [];
    const puts: Uint8Array[] = [];
    const gone: number[] = [];
    buckets.forEach((b, i) => {
      const bytes = this.rewrite(b, stored[i]);
      if (bytes) {
        putKeys.push(b);
        puts.push(bytes);
      } else if (stored[i]) gone.push(b);
    });
    this.edits.clear();
    await Promise.all([table.bulkPut(puts, putKeys), gone.length ? table.bulkDelete(gone) : undefined]);
  }

  /** The new bytes of bucket `b` (stored as `old`), or null when it ends empty. */
  private rewrite(b: number, old: Uint8Array | undefined): Uint8Array | null {
    const { drop, add } = this.edits.get(b)!;
    if (old && drop.size === 0) {
      const appended = appendToBucket(this.spec, b, old, add);
      if (appended) return appended;
    }
    const all = (old ? decodeBucket(this.spec, b, old).filter((p) => !drop.has(p.articleId)) : []).concat(add);
    return all.length > 0 ? encodeBucket(this.spec, all) : null;
  }
}

/** Pending changes to both candidate indexes. */
export class IndexEdits {
  readonly keys = new BucketEdits(KEY_BUCKETS);
  readonly terms = new BucketEdits(TERM_BUCKETS);

  /** Forgets what `articleId` was indexed under (its stored claims row and terms row). */
  drop(articleId: number, claims: Pick<StoredClaimRow, 'keys'> | undefined, terms: Pick<StoredTerms, 'terms'> | undefined): void {
    const h = indexedHashes(claims, terms);
    this.keys.drop(articleId, h.keys);
    this.terms.drop(articleId, h.terms);
  }

  /** Indexes `articleId` under its new claims row and terms row. */
  add(articleId: number, claims: Pick<StoredClaimRow, 'keys'> | undefined, terms: Pick<StoredTerms, 'terms'> | undefined): void {
    const h = indexedHashes(claims, terms);
    this.keys.add(articleId, h.keys);
    this.terms.add(articleId, h.terms);
  }

  /** Writes both; call inside a read-write transaction over both postings tables. */
  async apply(tables: { keyPostings: PostingsTable; termPostings: PostingsTable }): Promise<void> {
    await Promise.all([this.keys.apply(tables.keyPostings), this.terms.apply(tables.termPostings)]);
  }
}

/**
 * Ids of the articles indexed under each of `hashes`, ascending (a hash found nowhere is absent):
 * one bulk read of their buckets. Call inside a transaction over `table`.
 */
export async function lookupPostings(table: PostingsTable, spec: BucketSpec, hashes: readonly number[]): Promise<Map<number, number[]>> {
  const wanted = new Set(hashes.map((h) => h | 0));
  const buckets = [...new Set([...wanted].map((h) => bucketOf(spec, h)))];
  const stored = await table.bulkGet(buckets);
  const out = new Map<number, number[]>();
  buckets.forEach((b, i) => {
    const bytes = stored[i];
    if (!bytes) return;
    scanBucket(spec, b, bytes, (articleId, hash) => {
      if (!wanted.has(hash)) return;
      const list = out.get(hash);
      if (list) list.push(articleId);
      else out.set(hash, [articleId]);
    });
  });
  return out;
}
