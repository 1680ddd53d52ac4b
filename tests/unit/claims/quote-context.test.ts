/**
 * Regression (claims audit of 2026-12-07, 38 of 73 real news pages): a quotation going on after
 * its attribution ("…," she said. "It will take a year.") was listed without its speaker. The
 * claims stay apart (another outlet may quote either part); each such claim carries the
 * attribution it continues.
 */
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../../utils/claims/claims';
import { attributionOf, continuedAttributions, continuesQuote } from '../../../utils/claims/quote-context';

/** Each claim's text with the attribution it continues (or null). */
function continued(paragraphs: string[]): Array<[string, string | null]> {
  const claims = splitClaims(paragraphs);
  const said = continuedAttributions(claims);
  return claims.map((c, i) => [c.text, said[i]]);
}

describe('continuedAttributions', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['a quotation going on in the same paragraph', ['“We will rebuild the dam,” the minister said. “It will take a year. It will be done properly.”'], [
      ['“We will rebuild the dam,” the minister said.', null],
      ['“It will take a year.', 'the minister said'],
      ['It will be done properly.”', 'the minister said'],
    ]],
    ['a whole paragraph of quotation after the speaker\'s paragraph', ['Mayor Ines Calder said: "The bridge stays shut until it is safe."', '"Nobody will cross it before the engineers sign it off."'], [
      ['Mayor Ines Calder said: "The bridge stays shut until it is safe."', null],
      ['"Nobody will cross it before the engineers sign it off."', 'Mayor Ines Calder said'],
    ]],
    ['a quoted word opening a sentence is no continuation', ['"We will win," she said.', '"Rebuild" is the name of the new policy, officials added later on.'], [
      ['"We will win," she said.', null],
      ['"Rebuild" is the name of the new policy, officials added later on.', null],
    ]],
    ['a quotation with its own speaker is no continuation', ['"The dam is safe," the engineer said. "It is not," a resident replied angrily.'], [
      ['"The dam is safe," the engineer said.', null],
      ['"It is not," a resident replied angrily.', null],
    ]],
    ['a quotation two paragraphs after the speaker is no continuation', ['"The dam is safe," the engineer said on Monday.', 'Crews worked through the night on the spillway.', '"We are nearly done with the repairs."'], [
      ['"The dam is safe," the engineer said on Monday.', null],
      ['Crews worked through the night on the spillway.', null],
      ['"We are nearly done with the repairs."', null],
    ]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(continued(paragraphs)).toEqual(expected);
  });
});

describe('attributionOf and continuesQuote', () => {
  it.each([
    ['“We will rebuild the dam,” the minister said.', 'the minister said'],
    ['The minister said: "We will win."', 'The minister said'],
    ['No quotation here, the minister said.', null],
    ['"A quotation without a speaker."', null],
    ['"Yes," said the chair of the long-running public inquiry into the failure of the dam at Carrow last year.', null],
  ])('attributionOf(%j) = %j', (text, expected) => expect(attributionOf(text)).toBe(expected));

  it.each([
    ['“It will take a year.”', true],
    ['"It will take a year," she said.', false],
    ['It will take a year.', false],
  ])('continuesQuote(%j) = %j', (text, expected) => expect(continuesQuote(text)).toBe(expected));
});
