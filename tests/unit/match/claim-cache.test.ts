import { describe, expect, it } from 'vitest';
import { alignClaims, type AlignTarget } from '../../../utils/match/align';
import { finishedClaim, screenedClaim } from '../../../utils/match/claim-cache';
import { finishSentence, prepareSentence, screenSentence, type ScreenedSentence } from '../../../utils/match/prepare';
import type { StoredClaim } from '../../../utils/library/types';

const SENTENCES = [
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  '"We will not accept a real-terms pay cut for our members," said union leader Dana Orrick.',
  'Heavy rain is forecast for the weekend across the north.',
  'Yes.',
  '',
];

const claim = (id: number, text: string, index = 0): StoredClaim => ({
  id, articleId: 1, cid: `c${index}`, index, paragraph: 0, start: 0, end: text.length, text, prefix: '', suffix: '', quote: false,
});

describe('screenSentence', () => {
  it.each(SENTENCES)('reads like the prepared sentence, and finishes into it: %s', (text) => {
    const full = prepareSentence(text);
    const screen = screenSentence(text);
    expect([screen.text, screen.key, [...screen.content], screen.mass, [...screen.quoteShingles]])
      .toEqual([full.text, full.key, [...full.content], full.mass, [...full.quoteShingles]]);
    expect([...screen.shingles]).toEqual([...full.shingles]);
    expect(finishSentence(screen)).toEqual(full);
    expect(finishSentence(screen)).toBe(finishSentence(screen));
  });
});

describe('claim cache', () => {
  it('gives the cached prepared form once a screened claim was finished', () => {
    const c = claim(9_001, SENTENCES[0]);
    const screen = screenedClaim(c);
    expect('analysis' in screen).toBe(true);
    const prepared = finishedClaim(c, screen);
    expect(screenedClaim(c)).toBe(prepared);
    // Another text under the same id (the claim was edited) is not the cached one.
    expect(screenedClaim(claim(9_001, SENTENCES[2]))).not.toBe(prepared);
  });
});

describe('alignClaims', () => {
  it('prepares only the stored claims the prefilter leaves to score (regression: every claim of a long article was prepared)', () => {
    // The second query claim quotes somebody, so every stored claim is checked for its quotation
    // (regression: that check prepared the whole stored claim to read its shingles).
    const query = [
      prepareSentence('Ferry crews in Lowmere went on strike on Monday over a 3% pay offer.'),
      prepareSentence('"We will not accept a real-terms pay cut for our members," Orrick told the rally.'),
    ];
    const claims = [claim(9_101, SENTENCES[0], 0), claim(9_102, SENTENCES[2], 1)];
    const screens = claims.map((c) => screenSentence(c.text));
    const target: AlignTarget = { articleId: 1, claims, sameStory: true, similarity: 0.6, screens };
    const found = alignClaims(query, query.map(() => ({ boilerplate: false, generic: false })), [target]);
    expect(found.map((m) => m.claim.text)).toEqual([SENTENCES[0]]);
    expect(screens.map((s: ScreenedSentence) => s.prepared !== null)).toEqual([true, false]);
  });
});
