import { describe, expect, it } from 'vitest';
import {
  isNumberToken, normalize, normalizeBoth, normalizeKeepCase, tokenize, tokenizeNormalized, verbatimKey, verbatimKeyOfNormalized,
} from '../../../utils/text/index';

describe('normalize', () => {
  it.each([
    ['  The “Big”  Deal—Now ', 'the "big" deal-now'],
    ['ﬁnal ‘word’', "final 'word'"],
    ['Tabs\tand\nlines', 'tabs and lines'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('verbatimKey', () => {
  it.each([
    ['He said: “We will win.”', 'He said: "We will win"'],
    ['The rate rose to 3.5% .', 'the rate rose to 3.5%'],
    ["The court's ruling", "The court’s ruling"],
  ])('%j equals %j', (a, b) => {
    expect(verbatimKey(a)).toBe(verbatimKey(b));
  });
  it('differs when a word differs', () => {
    expect(verbatimKey('The rate rose.')).not.toBe(verbatimKey('The rate fell.'));
  });
});

describe('tokenize', () => {
  it.each([
    ['The firm lost $1.2bn last year.', ['the', 'firm', 'lost', '1.2', 'billion', 'last', 'year']],
    ['Prices rose 5% to 1,200,000', ['prices', 'rose', '5', 'percent', 'to', '1200000']],
    ["She didn't say; they can't.", ['she', 'did', 'not', 'say', 'they', 'can', 'not']],
    ["The mayor's well-known plan", ['the', 'mayor', 'well', 'known', 'plan']],
    ['Ölpreis steigt um 3,5 Prozent', ['ölpreis', 'steigt', 'um', '3.5', 'prozent']],
    ['Москва заявила', ['москва', 'заявила']],
    ['東京都', ['東京', '京都']],
    ['In the 1990s, 20m people', ['in', 'the', '1990', '20', 'million', 'people']],
  ])('%j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe('isNumberToken', () => {
  it.each([['3.5', true], ['1200', true], ['abc', false], ['3a', false]])('%s → %s', (t, expected) => {
    expect(isNumberToken(t)).toBe(expected);
  });
});

describe('the shared-normalisation variants equal the plain functions (prepareSentence normalises once)', () => {
  const inputs = ['  The “Big”  Deal—Now ', 'ﬁnal ‘word’ İstanbul', 'ΑΣ′Β and ΟΔΟΣ', 'Tabs\tand\nlines: $1.2bn, 5% "quoted".', ''];
  it.each(inputs)('%j', (text) => {
    const both = normalizeBoth(text);
    expect(both).toEqual({ lower: normalize(text), keepCase: normalizeKeepCase(text) });
    expect(tokenizeNormalized(both.lower)).toEqual(tokenize(text));
    expect(verbatimKeyOfNormalized(both.lower)).toBe(verbatimKey(text));
  });
});
