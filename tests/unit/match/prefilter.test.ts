import { describe, expect, it } from 'vitest';
import { prepareSentence, screenSentence } from '../../../utils/match/prepare';
import { mayMatch, PREFILTER_SHARE, queryPrefilter, sharedMass } from '../../../utils/match/prefilter';

/** Query claims: a plain statement, a quote with its attribution, a generic line, a duplicate, a short line. */
const QUERY = [
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  '"We will not accept a real-terms pay cut for our members," said union leader Dana Orrick.',
  'Police said the investigation was continuing.',
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  'Yes.',
];
/** Stored claims: a copy, an edit, a paraphrase, the quote under another attribution, unrelated lines. */
const STORED = [
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  'Ferry crews in Lowmere went on strike on Monday over a 3% pay offer.',
  'A pay offer of three percent led Lowmere ferry workers to strike.',
  'Orrick told reporters: "We will not accept a real-terms pay cut for our members."',
  'Heavy rain is forecast for the weekend across the north.',
  'Police said the investigation was continuing.',
  'Yes.',
  '',
];

describe('queryPrefilter', () => {
  const query = QUERY.map(prepareSentence);
  const candidatesOf = queryPrefilter(query);
  it.each(STORED)('finds exactly the query claims mayMatch passes for: %s', (text) => {
    const p = prepareSentence(text);
    const expected = query.flatMap((q, qi) => (mayMatch(q, p) ? [qi] : []));
    expect(candidatesOf(p)).toEqual(expected);
    expect(candidatesOf(prepareSentence(text))).toEqual(expected);
    // A screened sentence (a stored claim not yet prepared) gives the same answer, from a fresh memo.
    expect(queryPrefilter(query)(screenSentence(text))).toEqual(expected);
  });
  it('passes the copy, the edit and the re-attributed quote, not the unrelated line', () => {
    expect(STORED.slice(0, 5).map((t) => candidatesOf(prepareSentence(t)).length > 0)).toEqual([true, true, true, true, false]);
  });
});

describe('mayMatch', () => {
  // Regression (scoring work spent on related sentences): at a share of 0.2 a third of the pairs
  // scored in long articles shared 0.2–0.3 of the lighter sentence's weight, and the links they
  // gave were sentences of one story that state different things.
  it('does not pass two sentences of one story that share under 0.3 of the lighter one\'s weight', () => {
    const a = prepareSentence('Dock workers voted on Friday to extend their strike into a third week after pay talks with port managers collapsed.');
    const b = prepareSentence('The port said on Friday that cargo volumes had fallen to their lowest level in a decade as the strike went on.');
    const share = sharedMass(a, b) / Math.min(a.mass, b.mass);
    expect(sharedMass(a, b)).toBeGreaterThanOrEqual(1);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(PREFILTER_SHARE);
    expect([mayMatch(a, b), mayMatch(b, a)]).toEqual([false, false]);
  });
});
