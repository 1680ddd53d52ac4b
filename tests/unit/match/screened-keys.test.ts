/**
 * The matcher looks up the query's claim keys from its screened sentences (screenedClaimKeys)
 * while the library was indexed with claimKeys of the text: a difference would silently lose
 * every copy of that claim, so the two must agree on every kind of token.
 */
import { describe, expect, it } from 'vitest';
import { claimKeys } from '../../../utils/match/keys';
import { screenedClaimKeys, screenSentence } from '../../../utils/match/prepare';

const CASES: [string, string][] = [
  ['plain sentence', 'The harbour authority approved a new breakwater for Port Ellery on Monday.'],
  ['one-letter tokens and a number', 'Plan B costs 5 m dollars, a rise of 7 percent on plan A.'],
  ['abbreviations and decimals', 'The U.S. envoy said output rose 3.5% to 1,204 tonnes in Jan. 2026.'],
  ['quotation with attribution', '"We will not reopen the mine before the inquiry ends," the minister said.'],
  ['curly quotes and dashes', '“It’s a setback — not a defeat,” said Dr. Okafor–Reyes of the council.'],
  ['few content words', 'He said so.'],
  ['stopwords only', 'It is what it is.'],
  ['CJK and Latin mixed', '東京の市場は3%上昇した, traders in Tokyo said.'],
  ['apostrophes and possessives', "The mayor's office didn't confirm the council's figures."],
  ['empty', ''],
];

describe('screenedClaimKeys', () => {
  it.each(CASES)('gives claimKeys of the text: %s', (_name, text) => {
    expect(screenedClaimKeys(screenSentence(text))).toEqual(claimKeys(text));
  });
});
