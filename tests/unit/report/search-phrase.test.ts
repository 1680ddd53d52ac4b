/**
 * The search phrase offered when nothing in the library matches (utils/report/search-phrase.ts).
 * Regression (user audit): the phrase was the first words of the first statement, so a page whose
 * first statement was a table row offered "Industry Open-source software".
 */
import { describe, expect, it } from 'vitest';
import { searchPhrase } from '../../../utils/report/search-phrase';

describe('searchPhrase', () => {
  it.each<[string, string, string[], string]>([
    ['the headline and lead\'s names, rare words and numbers, in reading order', 'Bridge collapse in Marrowdale kills 12',
      ['A road bridge over the Tessel River in Marrowdale collapsed on Tuesday, killing 12 people and injuring 31, regional officials said.'],
      'Bridge collapse Marrowdale kills 12 Tessel River 31'],
    ['a generic lead yields to the headline', 'Hollin Valley orders water restrictions as Carrow reservoir falls',
      ['On Tuesday, officials said the measures would take effect from Monday.'],
      'Hollin Valley orders water restrictions Carrow reservoir falls'],
    ['possessives and quotation marks are dropped', 'Mayor’s “rebuild” pledge', ['"We will rebuild," Mayor Ines Okafor said.'], 'Mayor rebuild pledge Ines Okafor'],
    ['a selection alone', '', ['The Orlen ferry terminal will close for eleven weeks from 3 March.'], 'Orlen ferry terminal close eleven 3'],
    ['only stopwords: the first words of the lead', '', ['It is what it is.'], 'It is what it is.'],
    ['nothing at all', '', [], ''],
  ])('%s', (_name, title, claims, phrase) => {
    expect(searchPhrase(title, claims)).toBe(phrase);
  });

  it('keeps at most the given number of words', () => {
    expect(searchPhrase('Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett', []).split(' ')).toHaveLength(8);
  });
});
