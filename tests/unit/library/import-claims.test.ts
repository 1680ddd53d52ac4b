/**
 * Regression (QA walkthrough, qa9): an export whose claims were not in the article's own text was
 * imported as it was. A claim's text changed to "…said 999 deckhands joined", offsets past the end
 * of the body and `claimCount: 50` gave an 8-sentence article 50 claims in the Articles table, and
 * the invented wording was stored and matched as the outlet's. A claim is now kept only when its
 * paragraph holds its text (at its offsets, else offsets corrected); `claimCount` is the number
 * kept; the summary names what was left out; a copy that lost statements never replaces a stored one.
 */
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../utils/library/article-body';
import { getArticleClaims } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import { freshDb } from './helpers';
import { dump, seeded, snapshot } from './import-helpers';

type FileClaim = { cid: string; index: number; paragraph: number; start: number; end: number; text: string };
type FileArticle = { title: string; lastSeen: number; claimCount: number; claims: FileClaim[] };

const FIRST = 'Dock workers in Loxley ended a ten-day strike on Friday.';
const QUOTE = '"We won," said union leader Mara Quill.';
const LEFT_OUT = { statements: 1, articles: 1, named: [{ title: 'Port strike ends', statements: 1 }] };

/** The seeded export with `edit` applied to its first article ("Port strike ends": FIRST, QUOTE). */
async function edited(edit: (a: FileArticle) => void): Promise<string> {
  const file = JSON.parse(await exportToString(await seeded()));
  edit(file.articles[0]);
  return JSON.stringify(file);
}

/** Claim texts and claimCount of "Port strike ends" in `db`; every claim's text must be its paragraph's span. */
async function portStrike(db: LibraryDb): Promise<{ texts: string[]; claimCount: number }> {
  const a = (await db.articles.where('title').equals('Port strike ends').first())!;
  const claims = await getArticleClaims(db, a.id!);
  const paragraphs = articleParagraphs(a);
  for (const c of claims) expect(paragraphs[c.paragraph].slice(c.start, c.end)).toBe(c.text);
  expect(claims.map((c) => c.index)).toEqual(claims.map((_, i) => i));
  return { texts: claims.map((c) => c.text), claimCount: a.claimCount };
}

describe('regression: imported claims not in the article text were stored, counts trusted (qa9)', () => {
  it.each<[string, (a: FileArticle) => void, string[], typeof LEFT_OUT | undefined]>([
    ['an invented claim text', (a) => { a.claims[1].text = 'The Maritime Workers Guild said 999 deckhands joined.'; }, [FIRST], LEFT_OUT],
    ['a claim in a paragraph the article lacks', (a) => { a.claims[1].paragraph = 7; }, [FIRST], LEFT_OUT],
    ['a claim with no words', (a) => { a.claims[1].text = ' '; a.claims[1].end = 1; }, [FIRST], LEFT_OUT],
    ['offsets past the end of the body (text found: offsets corrected)', (a) => { a.claims[1].start = 99999; a.claims[1].end = 100010; }, [FIRST, QUOTE], undefined],
    ['claimCount 50', (a) => { a.claimCount = 50; }, [FIRST, QUOTE], undefined],
    ['a claim listed twice', (a) => { a.claims.push({ ...a.claims[0], cid: 'c2', index: 2 }); a.claimCount = 3; }, [FIRST, QUOTE], undefined],
    ['two claims with index 0', (a) => { a.claims[1].index = 0; a.claims.reverse(); }, [FIRST, QUOTE], undefined],
  ])('%s', async (_name, edit, texts, leftOut) => {
    const db = freshDb();
    const result = await importLibrary(db, await edited(edit));
    expect(result).toEqual({ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0, ...(leftOut ? { leftOut } : {}) });
    expect(await portStrike(db)).toEqual({ texts, claimCount: texts.length });
  });

  it('a newer copy with an invented claim leaves the stored article as it was', async () => {
    const db = await seeded();
    const before = (await dump(db)) as { claims: unknown[]; terms: unknown[] };
    const file = await edited((a) => { a.claims[0].text = 'Dock workers said 999 deckhands joined.'; a.lastSeen = 9000; });
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3, leftOut: LEFT_OUT });
    const after = (await dump(db)) as typeof before;
    expect([after.claims, after.terms]).toEqual([before.claims, before.terms]);
    expect(await portStrike(db)).toEqual({ texts: [FIRST, QUOTE], claimCount: 2 });
  });

});

describe('the library\'s own exports still import unchanged', () => {
  it.each([1, 2])('the library\'s own export (format version %i) imports as it was, leaving nothing out', async (version) => {
    const source = await seeded();
    const file = JSON.stringify({ ...JSON.parse(await exportToString(source)), version });
    const fresh = freshDb();
    expect(await importLibrary(fresh, file)).toEqual({ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0 });
    expect(await snapshot(fresh)).toEqual(await snapshot(source));
    expect(await importLibrary(source, file)).toEqual({ ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3 });
  });
});

describe('regression: a file listing an article twice counted it twice ("5 articles already up to date" of 4)', () => {
  it.each<[string, boolean, { added: number; unchanged: number }]>([
    ['into the library it came from', true, { added: 0, unchanged: 3 }],
    ['into an empty library', false, { added: 3, unchanged: 0 }],
  ])('%s', async (_name, same, counts) => {
    const source = await seeded();
    const file = JSON.parse(await exportToString(source));
    file.articles.push(file.articles[0]);
    const db = same ? source : freshDb();
    expect(await importLibrary(db, JSON.stringify(file))).toEqual({ ok: true, outlets: 2, updated: 0, ...counts });
    expect(await db.articles.count()).toBe(3);
  });
});
