/**
 * `xref compare --corpus DIR PAGE`: stores DIR as the library, stores PAGE, and reports for each
 * claim of PAGE the other outlets' matching claims with a word diff. PAGE is never matched
 * against itself: its own file is skipped in DIR, and its stored article is excluded.
 */
import { findCoverage } from '../../../utils/match/pipeline.ts';
import { saveArticle } from '../../../utils/library/articles.ts';
import type { CoverageOther, SameStoryArticle } from '../../../utils/library/types.ts';
import type { DiffOp } from '../../../utils/diff/types.ts';
import { wordDiff } from '../../../utils/diff/index.ts';
import { claimsOut } from './extract.ts';
import { corpusFiles, dropLibrary, openTempLibrary, fileIdentity, storeCorpus } from './library.ts';
import { resolveArg, shownPath } from './paths.ts';
import { readPage } from './read-page.ts';
import { CliError, type CompareOutput, type DiffOut, type OtherOut } from './types.ts';

/** Full compare result: the JSON output plus the marked diffs, for the human-readable view. */
export interface CompareResult {
  output: CompareOutput;
  /** Marked diff ops per match, parallel to `output.matches[i].others[j]`. */
  marked: DiffOp[][][];
  /** Per match, whether it is a possible paraphrase (CoverageOther.tentative), parallel to `marked`. */
  tentative: boolean[][];
  /** Number of corpus articles stored (PAGE excluded; files of the same article count once). */
  stored: number;
  /** Other outlets' articles of the same story with no claim in common (human output only: not in the JSON contract). */
  sameStory: SameStoryArticle[];
}

/** Runs compare; throws a {@link CliError} when PAGE or DIR cannot be read. */
export async function runCompare(page: string, corpus: string, baseDir: string, warn: (m: string) => void): Promise<CompareResult> {
  const pageAbs = resolveArg(baseDir, page);
  const dirAbs = resolveArg(baseDir, corpus);
  const show = (abs: string) => shownPath(baseDir, abs);
  const read = await readPage(pageAbs, show(pageAbs));
  if (!read.ok) throw new CliError(read.error, 1);
  const files = await corpusFiles(dirAbs, show(dirAbs));
  const db = await openTempLibrary();
  try {
    const corpus = await storeCorpus(db, files, await fileIdentity(pageAbs), warn, show);
    const { articleId } = await saveArticle(db, read.article, read.claims);
    // A DIR file of the same article as PAGE (same outlet, and same URL or text) is PAGE itself.
    const samePage = corpus.get(articleId);
    if (samePage !== undefined) warn(`${show(samePage)} is the same article as ${show(pageAbs)}: not compared with it`);
    const stored = corpus.size - (samePage === undefined ? 0 : 1);
    const report = await findCoverage(db, articleId);
    const byClaim = new Map(report.claims.map((c) => [c.claim.id, c.others.filter((o) => o.articleId !== articleId)]));
    const marked: DiffOp[][][] = [];
    const tentative: boolean[][] = [];
    const a = read.article;
    const output: CompareOutput = {
      article: { title: a.title || null, outlet: a.outlet.name, domain: a.outlet.domain, url: a.url ?? a.canonicalUrl, claims: claimsOut(read.claims) },
      matches: read.claims.map((claim) => {
        const others = byClaim.get(claim.id) ?? [];
        const diffs = others.map((o) => checkedDiff(claim.text, o.text));
        marked.push(diffs);
        tentative.push(others.map((o) => o.tentative === true));
        return { claim: claim.id, text: claim.text, others: others.map((o, i) => otherOut(o, diffs[i])) };
      }),
    };
    return { output, marked, tentative, stored, sameStory: report.sameStory ?? [] };
  } finally {
    await dropLibrary(db);
  }
}

/** One other outlet's match in the CLI's shape. */
function otherOut(o: CoverageOther, diff: DiffOp[]): OtherOut {
  return {
    outlet: o.outlet, domain: o.domain ?? null, title: o.title || null, url: o.url ?? null, text: o.text,
    kind: o.kind, score: clamp01(o.score), diff: diff.map((d): DiffOut => ({ op: d.op, text: d.text })),
  };
}

/**
 * The word diff from `a` to `b` when it honours the contract (equal+delete = a, equal+insert = b),
 * else the whole of a deleted and the whole of b inserted.
 */
export function checkedDiff(a: string, b: string): DiffOp[] {
  const ops = safe(() => wordDiff(a, b));
  if (ops && holds(a, b, ops)) return ops;
  return [...(a ? [{ op: 'delete' as const, text: a }] : []), ...(b ? [{ op: 'insert' as const, text: b }] : [])];
}

/** True when joining the diff's sides gives back `a` and `b`. */
export function holds(a: string, b: string, ops: readonly DiffOp[]): boolean {
  const side = (skip: DiffOp['op']) => ops.filter((o) => o.op !== skip).map((o) => o.text).join('');
  return side('insert') === a && side('delete') === b;
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
