/**
 * The export format and the storing code share one set of limits (field-limits.ts): each schema
 * field accepts exactly its constant, and each storing helper clamps to that same constant.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Claim } from '../../../utils/claims/types';
import { articleSchema, claimSchema, outletSchema } from '../../../utils/library/export-format';
import * as L from '../../../utils/library/field-limits';
import { articleKey, newOutletId } from '../../../utils/library/identity';
import { mergeOutlets } from '../../../utils/library/outlets';
import { freshDb, makeArticle } from './helpers';

const str = (n: number) => 'x'.repeat(n);
/** An http(s) URL of exactly `n` characters (article URLs must be http(s)). */
const url = (n: number) => `https://a.example/${str(n - 'https://a.example/'.length)}`;
const strs = (n: number) => Array.from({ length: n }, (_, i) => `d${i}.example`);

describe('each export-format limit is a field-limits constant', () => {
  it.each<[string, z.ZodType, number, (n: number) => unknown]>([
    ['outlet id', outletSchema.shape.id, L.MAX_OUTLET_ID_LENGTH, str],
    ['outlet name', outletSchema.shape.name, L.MAX_OUTLET_NAME_LENGTH, str],
    ['outlet domain', outletSchema.shape.domains, L.MAX_DOMAIN_LENGTH, (n) => [str(n)]],
    ['outlet domain count', outletSchema.shape.domains, L.MAX_OUTLET_DOMAINS, strs],
    ['group name', outletSchema.shape.groups, L.MAX_GROUP_NAME_LENGTH, (n) => [str(n)]],
    ['group count', outletSchema.shape.groups, L.MAX_GROUPS, strs],
    ['article key', articleSchema.shape.key, L.MAX_KEY_LENGTH, str],
    ['article outlet id', articleSchema.shape.outletId, L.MAX_OUTLET_ID_LENGTH, str],
    ['url', articleSchema.shape.url, L.MAX_URL_LENGTH, url],
    ['canonical url', articleSchema.shape.canonicalUrl, L.MAX_URL_LENGTH, url],
    ['title', articleSchema.shape.title, L.MAX_TITLE_LENGTH, str],
    ['byline', articleSchema.shape.byline, L.MAX_BYLINE_LENGTH, str],
    ['published time', articleSchema.shape.publishedTime, L.MAX_PUBLISHED_TIME_LENGTH, str],
    ['lang', articleSchema.shape.lang, L.MAX_LANG_LENGTH, str],
    ['paragraph', articleSchema.shape.paragraphs, L.MAX_PARAGRAPH_LENGTH, (n) => [str(n)]],
    ['paragraph count', articleSchema.shape.paragraphs, L.MAX_PARAGRAPHS, (n) => new Array<string>(n).fill('p')],
    ['text hash', articleSchema.shape.textHash, L.MAX_HASH_LENGTH, str],
    ['claim id', claimSchema.shape.cid, L.MAX_CLAIM_ID_LENGTH, str],
    ['claim prefix', claimSchema.shape.prefix, L.MAX_CLAIM_CONTEXT_LENGTH, str],
    ['claim suffix', claimSchema.shape.suffix, L.MAX_CLAIM_CONTEXT_LENGTH, str],
    ['claim text', claimSchema.shape.text, L.MAX_PARAGRAPH_LENGTH, str],
  ])('%s: accepts exactly its limit, refuses one more', (_name, schema, limit, make) => {
    expect(schema.safeParse(make(limit)).success).toBe(true);
    expect(schema.safeParse(make(limit + 1)).success).toBe(false);
  });

  it('a revision lists reworded, removed and added claims, never one with neither text', () => {
    const revisions = articleSchema.shape.revisions;
    const rev = (changes: unknown[]) => [{ seenAt: 1, changedAt: 2, changes }];
    expect(revisions.safeParse(rev([{ before: 'A.', after: 'B.' }, { before: 'C.', after: null }, { before: null, after: 'D.' }])).success).toBe(true);
    expect(revisions.safeParse(rev([{ before: null, after: null }])).success).toBe(false);
  });

  it('never lowers a limit older exports relied on', () => {
    expect([L.MAX_URL_LENGTH, L.MAX_OUTLET_NAME_LENGTH, L.MAX_KEY_LENGTH >= 5000, L.MAX_OUTLET_ID_LENGTH >= 300]).toEqual([5000, 300, true, true]);
  });
});

describe('the storing side clamps to the same constants', () => {
  it.each([
    ['short text unchanged', 'Herald', 10, 'Herald'],
    ['cut at a late space', 'aaaa bbbb cccc', 12, 'aaaa bbbb…'],
    ['cut mid-word without a late space', 'abcdefghijkl', 6, 'abcde…'],
    ['never splits a surrogate pair', 'ab😀cd', 4, 'ab…'],
  ])('clampText: %s', (_name, text, max, want) => {
    expect(L.clampText(text, max)).toBe(want);
    expect(L.clampText(text, max).length).toBeLessThanOrEqual(max);
  });

  it.each([
    ['a long outlet name', () => newOutletId({ domain: null, name: str(5000) }).length, L.MAX_OUTLET_ID_LENGTH],
    ['a renamed outlet', () => L.fitOutletName(` ${str(5000)} `).length, L.MAX_OUTLET_NAME_LENGTH],
    ['a key by long canonical URL', () => articleKey(newOutletId({ domain: null, name: str(999) }), ['a.example'], `https://a.example/${str(L.MAX_URL_LENGTH - 19)}`, ['p']).length, L.MAX_KEY_LENGTH],
    ['groups', () => Math.max(L.fitGroups([str(999)])[0].length, L.fitGroups(strs(500)).length), Math.max(L.MAX_GROUP_NAME_LENGTH, L.MAX_GROUPS)],
  ])('%s stays within its limit', (_name, measure, limit) => {
    expect(measure()).toBeLessThanOrEqual(limit);
  });

  it('fitCapture drops over-long URLs and cuts over-long paragraphs with their claims', () => {
    const long = str(L.MAX_PARAGRAPH_LENGTH + 5);
    const claim = (paragraph: number, start: number, end: number, i: number): Claim => ({
      id: `c${i}`, index: i, paragraph, start, end, text: '', selector: { exact: '', prefix: str(2000), suffix: '' }, quote: false,
    });
    const article = makeArticle({ domain: 'a.example', name: ' A ' }, 'T', ['short', long], { url: `https://a.example/${str(L.MAX_URL_LENGTH)}` });
    const fitted = L.fitCapture(article, [claim(0, 0, 5, 0), claim(1, 0, 10, 1), claim(1, L.MAX_PARAGRAPH_LENGTH, L.MAX_PARAGRAPH_LENGTH + 5, 2)]);
    expect([fitted.article.url, fitted.article.canonicalUrl, fitted.article.outlet.name, fitted.article.truncated]).toEqual([null, null, 'A', true]);
    expect(fitted.article.paragraphs.map((p) => p.length)).toEqual([5, L.MAX_PARAGRAPH_LENGTH]);
    expect(fitted.claims.map((c) => [c.id, c.selector.prefix.length])).toEqual([['c0', L.MAX_CLAIM_CONTEXT_LENGTH], ['c1', L.MAX_CLAIM_CONTEXT_LENGTH]]);
  });

  it('merging refuses an outlet with more than MAX_OUTLET_DOMAINS domains and changes nothing', async () => {
    const db = freshDb();
    const outlet = (id: string, domains: string[]) => ({ id, name: id, domains, wire: false, groups: [], firstSeen: 1, lastSeen: 1 });
    await db.outlets.bulkPut([outlet('a.example', strs(60)), outlet('b.example', strs(120).slice(60))]);
    await expect(mergeOutlets(db, 'a.example', 'b.example')).rejects.toThrow(/at most 100 domains/);
    expect(await db.outlets.count()).toBe(2);
  });
});
