/** Which claims changed when a stored article is captured again with different text (invented text). */
import { describe, expect, it } from 'vitest';
import { changedClaims, nextRevisions, pairRewordings, type ClaimChange } from '../../../utils/library/revisions';
import { makeArticle } from './helpers';
import type { StoredArticle } from '../../../utils/library/types';

const FLOOD = 'Floods forced 9,000 people from their homes in the river valley, officials said.';
const FLOOD_NOW = 'Floods forced 12,000 people from their homes in the river valley, officials said.';
const DAM = 'The regional governor said the dam had been inspected in the spring.';
const SHELTER = 'Schools in three towns have been turned into shelters for the displaced.';
const CORRECTION = 'Correction: an earlier version of this article misstated the name of the river.';
const AID = 'On Thursday the government announced an emergency aid package of 40 million euros.';
const RAIN = 'More heavy rain is forecast for the weekend.';

describe('changedClaims', () => {
  it.each<[string, string[], string[], ClaimChange[]]>([
    // Regression: an edit that only added paragraphs gave no notice.
    ['only additions', [FLOOD, SHELTER], [FLOOD, SHELTER, CORRECTION, AID],
      [{ before: null, after: CORRECTION }, { before: null, after: AID }]],
    ['only removals', [FLOOD, DAM, SHELTER], [FLOOD, SHELTER], [{ before: DAM, after: null }]],
    ['a reworded number', [FLOOD, SHELTER], [FLOOD_NOW, SHELTER], [{ before: FLOOD, after: FLOOD_NOW }]],
    // Regression: the removed quote was paired by position with an unrelated added sentence, and one addition was lost.
    ['the mixed edit: number changed, sentence removed, two added', [FLOOD, DAM, SHELTER], [FLOOD_NOW, SHELTER, CORRECTION, AID],
      [{ before: FLOOD, after: FLOOD_NOW }, { before: DAM, after: null }, { before: null, after: CORRECTION }, { before: null, after: AID }]],
    ['an unrelated sentence replacing a removed one', [FLOOD, DAM], [FLOOD, RAIN], [{ before: DAM, after: null }, { before: null, after: RAIN }]],
    ['a reversal of the same sentence', [FLOOD, 'Police said the driver was arrested at the scene.'], [FLOOD, 'Police said the driver was not arrested at the scene.'],
      [{ before: 'Police said the driver was arrested at the scene.', after: 'Police said the driver was not arrested at the scene.' }]],
    ['no change', [FLOOD, SHELTER], [FLOOD, SHELTER], []],
  ])('%s', (_name, before, after, expected) => {
    expect(changedClaims(before, after)).toEqual(expected);
  });

  it('pairs a rewording with its own statement, not with the one at its position', () => {
    expect(pairRewordings([DAM, FLOOD], [AID, FLOOD_NOW])).toEqual([[1, 1]]);
  });
});

describe('nextRevisions', () => {
  const stored = { lastSeen: 100, truncated: false, title: 'Floods', url: null, canonicalUrl: null } as unknown as StoredArticle;

  it('records an edit that only added claims', () => {
    const changes = changedClaims([FLOOD], [FLOOD, AID]);
    expect(nextRevisions(stored, makeArticle({ domain: 'a.example', name: 'A' }, 'Floods', [FLOOD, AID]), changes, 200))
      .toEqual([{ seenAt: 100, changedAt: 200, changes: [{ before: null, after: AID }] }]);
  });

  it('keeps the old list when nothing changed', () => {
    expect(nextRevisions(stored, makeArticle({ domain: 'a.example', name: 'A' }, 'Floods', [FLOOD]), [], 200)).toBeUndefined();
  });
});
