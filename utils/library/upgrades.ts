/**
 * Data migrations run by the schema versions in schema.ts, inside Dexie's upgrade transaction. Each
 * works in pages, so a large library upgrades without being loaded into memory at once.
 */
import type { Transaction } from 'dexie';
import { articleParagraphs, withBody } from './article-body';
import { packedClaimRow, toClaim, toClaimRows } from './claim-rows';
import type { StoredTerms } from './db';
import { IndexEdits, type PostingsTable } from './candidate-index';
import { compactInts, intsOf } from './int-list';
import { STORY_INDEX_TERMS } from '../match/keys';
import type { StoredArticle, StoredClaim, StoredClaimRow } from './types';

/** Rows (articles, or claim rows) moved per step of an upgrade. */
const UPGRADE_BATCH = 200;

/** Copies every row of store `from` into store `to`, in pages by primary key. */
export async function copyStore(tx: Transaction, from: string, to: string): Promise<void> {
  let last: number | null = null;
  for (;;) {
    const source = tx.table<StoredClaimRow, number>(from);
    const page: StoredClaimRow[] = await (last === null ? source.orderBy(':id') : source.where(':id').above(last)).limit(UPGRADE_BATCH).toArray();
    if (page.length === 0) return;
    await tx.table(to).bulkAdd(page);
    last = page[page.length - 1].articleId;
  }
}

/**
 * v3 → v4: each article's paragraphs compressed into `body` (article-body.ts); claim offsets and
 * story-term weights packed into typed arrays (int-list.ts). Indexed fields are untouched.
 */
export async function packRows(tx: Transaction): Promise<void> {
  await rewriteRows<StoredArticle>(tx, 'articles', (a) => a.id!, (a) => (a.body ? a : withBody(a, articleParagraphs(a))));
  await rewriteRows<StoredClaimRow>(tx, 'claims', (r) => r.articleId, packedClaimRow);
  await rewriteRows<StoredTerms>(tx, 'terms', (r) => r.articleId, (r) => ({ ...r, weights: compactInts(intsOf(r.weights)) }));
}

/**
 * v4 → v5: of each article's story terms only the strongest {@link STORY_INDEX_TERMS} stay in the
 * indexed `terms`; the rest move to the unindexed `more` (same order, weights unchanged).
 */
export async function indexStrongestTerms(tx: Transaction): Promise<void> {
  await rewriteRows<StoredTerms>(tx, 'terms', (r) => r.articleId, (r) => (r.more ? r : splitTerms(r, r.terms)));
}

/** Rows read per step while building the postings: a bucket is rewritten once per step, so big steps. */
const POSTINGS_BATCH = 5000;

/**
 * v5 → v6: the postings of every claims row's keys and every terms row's indexed terms, written
 * in steps of {@link POSTINGS_BATCH} rows (the multiEntry indexes themselves are dropped by the
 * schema change).
 */
export async function buildPostings(tx: Transaction): Promise<void> {
  const tables = { keyPostings: tx.table('keyPostings') as PostingsTable, termPostings: tx.table('termPostings') as PostingsTable };
  await forEachPage<StoredClaimRow>(tx, 'claims', (r) => r.articleId, POSTINGS_BATCH, async (page) => {
    const edits = new IndexEdits();
    for (const r of page) edits.add(r.articleId, r, undefined);
    await edits.apply(tables);
  });
  await forEachPage<StoredTerms>(tx, 'terms', (r) => r.articleId, POSTINGS_BATCH, async (page) => {
    const edits = new IndexEdits();
    for (const r of page) edits.add(r.articleId, undefined, r);
    await edits.apply(tables);
  });
}

/** A terms row with `terms` (strongest first) split into its indexed and unindexed parts. */
export function splitTerms<T extends object>(row: T, terms: readonly string[]): T & { terms: string[]; more: string[] } {
  return { ...row, terms: terms.slice(0, STORY_INDEX_TERMS), more: terms.slice(STORY_INDEX_TERMS) };
}

/** Replaces every row of `table` (numeric primary key `idOf`) by `convert(row)`, in pages by key. */
async function rewriteRows<T>(tx: Transaction, table: string, idOf: (row: T) => number, convert: (row: T) => T): Promise<void> {
  await forEachPage<T>(tx, table, idOf, UPGRADE_BATCH, (page) => tx.table<T, number>(table).bulkPut(page.map(convert)));
}

/** Calls `visit` with every row of `table` (numeric primary key `idOf`), in pages of `size` by key. */
async function forEachPage<T>(tx: Transaction, table: string, idOf: (row: T) => number, size: number, visit: (page: T[]) => Promise<unknown>): Promise<void> {
  const rows = tx.table<T, number>(table);
  let last: number | null = null;
  for (;;) {
    const page: T[] = await (last === null ? rows.orderBy(':id') : rows.where(':id').above(last)).limit(size).toArray();
    if (page.length === 0) return;
    await visit(page);
    last = idOf(page[page.length - 1]);
  }
}

/** v1 → v2: every article's claim rows (text in each) become one row of offsets, article by article. */
export async function claimsPerArticle(tx: Transaction): Promise<void> {
  const articles = tx.table<StoredArticle, number>('articles');
  const oldClaims = tx.table<StoredClaim, number>('claims');
  const claimSets = tx.table<StoredClaimRow, number>('claimSets');
  const ids = await articles.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const batch = ids.slice(i, i + UPGRADE_BATCH);
    const [rows, lists] = await Promise.all([
      articles.bulkGet(batch),
      Promise.all(batch.map((id) => oldClaims.where('articleId').equals(id).sortBy('index'))),
    ]);
    const sets = rows.flatMap((a, j) => (a ? toClaimRows(a.id!, lists[j].map(toClaim), articleParagraphs(a)) : []));
    if (sets.length > 0) await claimSets.bulkAdd(sets);
  }
}
