/** Claim rows (schema v2): offsets only when the article gives the text back, lossless otherwise. */
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../../utils/claims/index';
import type { Claim } from '../../../utils/claims/types';
import { claimsWithKeys, fillClaimRows, fromClaimRows, toClaim, toClaimRows } from '../../../utils/library/claim-rows';
import { claimKeys } from '../../../utils/match/keys';

const paragraphs = [
  'Storm warning for the coast',
  'Forecasters warned of gales along the northern coast on Tuesday. Ferries were cancelled.',
  '"We expect winds of 120 km/h," the agency said. Schools stay open.',
];

const edit = (c: Claim, patch: Partial<Claim>): Claim => ({ ...c, ...patch, selector: { ...c.selector, ...(patch.selector ?? {}) } });

describe('toClaimRows / fromClaimRows', () => {
  const claims = splitClaims(paragraphs, 'en', [0]);
  it.each([
    { name: 'split claims (a heading skipped)', input: claims, stored: [] as string[] },
    { name: 'reordered input comes back in article order', input: [...claims].reverse(), stored: [] },
    { name: 'a wording its article does not contain', input: [claims[0], edit(claims[1], { text: 'Ferries were called off.', selector: { ...claims[1].selector, exact: 'Ferries were called off.' } })], stored: ['texts'] },
    { name: 'a selector context of its own', input: [edit(claims[0], { selector: { exact: claims[0].text, prefix: 'elsewhere ', suffix: '' } })], stored: ['texts'] },
    { name: 'ids and indexes of an imported file', input: [edit(claims[1], { id: 'q9', index: 5 })], stored: ['ids', 'indexes'] },
  ])('$name', ({ input, stored }) => {
    const rows = toClaimRows(7, input, paragraphs);
    expect(rows.map((r) => [r.articleId, r.spans.length / 3, r.keys.length > 0])).toEqual([[7, input.length, true]]);
    expect((['ids', 'indexes', 'texts'] as const).filter((k) => rows[0][k] !== undefined)).toEqual(stored);
    const back = fromClaimRows(rows, { paragraphs }).map(toClaim);
    expect(back).toEqual([...input].sort((a, b) => a.index - b.index));
  });

  it.each([
    { name: 'the claim carrying a key', pick: [1], expected: [1] },
    { name: 'claims carrying any of the keys', pick: [0, 1], expected: [0, 1] },
    { name: 'no claim for a foreign key', pick: [], expected: [] },
  ])('claimsWithKeys: $name', ({ pick, expected }) => {
    const [row] = toClaimRows(1, claims, paragraphs);
    const keys = new Set([...pick.map((i) => claimKeys(claims[i].text)[0]), 12345]);
    expect([...claimsWithKeys(row, keys)].sort()).toEqual(expected);
  });

  it('stores no row for an article without claims', () => {
    expect(toClaimRows(3, [], paragraphs)).toEqual([]);
  });

  it('fills rows of several articles in the given order', () => {
    const other = ['Another article entirely, with one sentence only.'];
    const rows = [...toClaimRows(2, splitClaims(other), other), ...toClaimRows(1, claims, paragraphs)];
    const filled = fillClaimRows(rows, new Map([[1, { paragraphs }], [2, { paragraphs: other }]]));
    expect(filled.map((c) => [c.articleId, c.text])).toEqual([[2, other[0]], ...claims.map((c) => [1, c.text])]);
  });
});
