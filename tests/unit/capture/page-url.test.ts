import { describe, expect, it } from 'vitest';
import { samePageUrl, withoutFragmentDirective } from '../../../utils/capture/page-url';

describe('withoutFragmentDirective', () => {
  it.each([
    ['https://a.test/story#:~:text=council', 'https://a.test/story'],
    ['https://a.test/story#top:~:text=council', 'https://a.test/story#top'],
    ['https://a.test/story#top', 'https://a.test/story#top'],
    ['https://a.test/story', 'https://a.test/story'],
    ['https://a.test/odd:~:path#x', 'https://a.test/odd:~:path#x'],
  ])('%s → %s', (url, expected) => {
    expect(withoutFragmentDirective(url)).toBe(expected);
  });
});

describe('samePageUrl', () => {
  it.each([
    ['a text fragment on the tab only', 'https://a.test/story#:~:text=council', 'https://a.test/story', true],
    ['the same address', 'https://a.test/story', 'https://a.test/story', true],
    ['another anchor', 'https://a.test/story#top', 'https://a.test/story#end', false],
    ['another page', 'https://a.test/story', 'https://a.test/other', false],
    ['another query', 'https://a.test/story?page=2', 'https://a.test/story', false],
  ])('%s: %s vs %s', (_name, a, b, expected) => {
    expect(samePageUrl(a, b)).toBe(expected);
    expect(samePageUrl(b, a)).toBe(expected);
  });
});
