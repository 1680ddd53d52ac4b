/** The list of pages forgotten this session (utils/capture/forgotten.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_FORGOTTEN, isForgotten, updateForgotten } from '../../../utils/capture/forgotten';

describe('forgotten pages', () => {
  it.each([
    ['the same address', 'https://a.test/story', 'https://a.test/story', true],
    ['another fragment', 'https://a.test/story#comments', 'https://a.test/story', true],
    ['a text fragment from the sidebar', 'https://a.test/story', 'https://a.test/story#:~:text=Prices%20rose', true],
    ['another query', 'https://a.test/story?page=2', 'https://a.test/story', false],
    ['another page', 'https://a.test/story', 'https://a.test/other', false],
  ])('%s', (_name, forgotten, visited, expected) => {
    expect(isForgotten(updateForgotten([], forgotten, true), visited)).toBe(expected);
  });

  it('takes a page off the list, and keeps only the newest pages', () => {
    expect(isForgotten(updateForgotten(updateForgotten([], 'https://a.test/x', true), 'https://a.test/x#top', false), 'https://a.test/x')).toBe(false);
    let list: string[] = [];
    for (let i = 0; i <= MAX_FORGOTTEN; i++) list = updateForgotten(list, `https://a.test/${i}`, true);
    expect(list).toHaveLength(MAX_FORGOTTEN);
    expect(isForgotten(list, 'https://a.test/0')).toBe(false);
    expect(isForgotten(list, `https://a.test/${MAX_FORGOTTEN}`)).toBe(true);
  });
});
