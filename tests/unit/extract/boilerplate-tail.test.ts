import { describe, expect, it } from 'vitest';
import { isTrailingFurniture, removeBoilerplate } from '../../../utils/extract/boilerplate.ts';
import { isReporterBio } from '../../../utils/extract/boilerplate-tail.ts';
import { STORY } from './fixtures.ts';

const QUOTE = '“It is over,” she said.';

describe('isReporterBio', () => {
  it.each([
    ['is a … reporter', 'Jo Lindqvist is a Metro reporter covering transport and city hall.', true],
    ['in capitals', 'JO LINDQVIST IS THE GAZETTE’S TRANSPORT EDITOR', true],
    ['has covered … since', 'Sam D. Ortiz has covered the harbour since 2012. Previously, he wrote about shipping.', true],
    ['joined … in', 'Priya Nair joined the Gazette in 2015 as a features writer.', true],
    ['a source, not the author', 'Mara Okafor said the bridge would reopen in May.', false],
    ['lower-case start', 'the reporter is a local woman.', false],
  ])('%s', (_name, text, expected) => {
    expect(isReporterBio(text)).toBe(expected);
  });
});

describe('isTrailingFurniture', () => {
  it.each([
    ['follow with handle', 'Follow her on Twitter @jolindqvist.', true],
    ['coverage link', 'Follow our full coverage of the harbour at https://www.example.com/harbour', true],
    ['e-mail contact', 'Have a tip? Jo Lindqvist can be reached at jo@example.com.', true],
    ['link strip', 'Order Reprints | Today’s Paper | Subscribe', true],
    ['embedded post attribution', '— Harbour Gazette (@harbourgazette) March 4, 2024', false],
    ['short quote', QUOTE, false],
  ])('%s', (_name, text, expected) => {
    expect(isTrailingFurniture(text)).toBe(expected);
  });
});

describe('removeBoilerplate: the tail after the last long paragraph', () => {
  it('claims audit of 2026-12-07: a bio and a print-edition block split into fragments all go', () => {
    const tail = [
      'Jo Lindqvist is a Metro reporter covering transport and city hall. She joined the Gazette in 2015. @jolindqvist • Facebook',
      'A version of this article appears in print on', ', on Page', 'B', '7', 'of the Harbour edition', 'with the headline:',
      'Bridge Shuts to Lorries. Order Reprints | Today’s Paper | Subscribe',
    ];
    expect(removeBoilerplate([...STORY, QUOTE, ...tail])).toEqual([...STORY, QUOTE]);
  });

  it.each([
    ['a bio in capitals', ['JO LINDQVIST IS THE GAZETTE’S TRANSPORT EDITOR']],
    ['a contact line after a kept quote', [QUOTE, 'Reach the reporter on Twitter at https://example.com/jolindqvist'], [QUOTE]],
    ['a gallery counter and a syndication note', ['1 / 5', 'This piece was originally published by the Harbour Review.']],
  ])('%s', (_name, tail, kept: string[] = []) => {
    expect(removeBoilerplate([...STORY, ...tail])).toEqual([...STORY, ...kept]);
  });

  it('keeps a long list after the last long paragraph, even its short last items', () => {
    const list = Array.from({ length: 12 }, (_, i) => `Stop ${i + 1}: Quay ${String.fromCharCode(65 + i)}`);
    expect(removeBoilerplate([...STORY, ...list])).toEqual([...STORY, ...list]);
  });

  it('keeps an embedded post and its attribution', () => {
    const post = ['Ferry back on Monday, finally! https://t.co/abc123', '— Harbour Gazette (@harbourgazette) March 4, 2024'];
    expect(removeBoilerplate([...STORY, ...post])).toEqual([...STORY, ...post]);
  });

  it('drops a trailing note sentence from a paragraph', () => {
    const last = 'The ferry will resume on Monday, the operator said. This story has been updated with comment from the operator.';
    expect(removeBoilerplate([...STORY, last]).at(-1)).toBe('The ferry will resume on Monday, the operator said.');
  });

  it('drops a photographer name after a photo-viewer label', () => {
    expect(removeBoilerplate([STORY[0], 'View photo', '.', 'Jane Roe', STORY[1]])).toEqual([STORY[0], STORY[1]]);
  });
});
