import { describe, expect, it } from 'vitest';
import { alignClaims, type AlignTarget } from '../../../utils/match/align';
import { prepareSentence } from '../../../utils/match/prepare';
import type { StoredClaim } from '../../../utils/library/types';

const QUERY = 'The Tarlow city council voted to close the Brackwell library branch next spring.';
const OTHER = 'Brackwell library will shut its doors next spring after a vote by Tarlow councillors.';
const FILLER = [
  'Ferry services to Oskar Island resumed on Wednesday after a two-day strike.',
  'A new cycle lane along Harbour Road opened to the public on Monday.',
  'The regional orchestra announced its winter season of twelve concerts.',
  'Parking charges at Kelby hospital will fall by a third from April.',
  'Volunteers planted four hundred oak saplings in Wenlow park.',
  'The Tarlow marathon will start an hour earlier this year.',
];

function claim(articleId: number, index: number, text: string): StoredClaim {
  return { id: articleId * 100 + index, articleId, cid: `c${index}`, index, paragraph: index, start: 0, end: text.length, text, prefix: '', suffix: '', quote: false };
}

/** A seven-claim article with OTHER at position `at` (0..6), the rest filler. */
function target(at: number, sameStory: boolean): AlignTarget {
  const texts = [...FILLER];
  texts.splice(at, 0, OTHER);
  return { articleId: 7, claims: texts.map((t, i) => claim(7, i, t)), sameStory, similarity: 0.9 };
}

describe('alignClaims uses sentence order inside a story', () => {
  const query = [QUERY, ...FILLER.map((t) => t.replace(/\.$/, ' again.'))].map((t) => prepareSentence(t));
  const flags = query.map(() => ({ boilerplate: false, generic: false }));
  const linked = (t: AlignTarget, q = query, positions?: number[]) =>
    alignClaims(q, flags, [t], positions).some((m) => m.queryIndex === 0 && m.claim.text === OTHER);
  it.each([
    ['same position, same story', 0, true, true],
    ['opposite end, same story', FILLER.length, true, false],
    ['same position, other story', 0, false, false],
  ])('%s → linked %s', (_name, at, sameStory, expected) => {
    expect(linked(target(at as number, sameStory as boolean))).toBe(expected);
  });
  it('ignores order for a short selection, unless positions are given', () => {
    expect(linked(target(0, true), query.slice(0, 2))).toBe(false);
    expect(linked(target(0, true), query.slice(0, 2), [0, 0.1])).toBe(true);
    expect(linked(target(0, true), query, query.map(() => 1))).toBe(false);
  });
  it('ignores order for an excerpt (empty positions), however long', () => {
    expect(linked(target(0, true), query, [])).toBe(false);
  });
});
