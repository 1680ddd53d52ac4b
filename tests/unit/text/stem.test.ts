import { describe, expect, it } from 'vitest';
import { isStopword, stem } from '../../../utils/text/index';
import { STEM_MEMO_LIMIT } from '../../../utils/text/stem';

describe('stem conflates inflections', () => {
  it.each([
    ['reports', 'reported'], ['reporting', 'report'], ['agencies', 'agency'], ['officials', 'official'],
    ['hopping', 'hop'], ['ministers', 'minister'], ['announced', 'announces'],
  ])('%s ~ %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
  it.each([['police', 'policy'], ['new', 'news2'], ['general', 'generous']])('%s ≠ %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
  it.each(['3.5', 'москва', 'tax'])('leaves %s unchanged', (w) => {
    expect(stem(w)).toBe(w);
  });
});

describe('stem memo', () => {
  it.each([['reported', 'report'], ['agencies', 'agenci'], ["minister's", 'minister'], ['москва', 'москва']])('%s → %s, the same when remembered', (w, expected) => {
    expect(stem(w)).toBe(expected);
    expect(stem(w)).toBe(expected);
  });
  it('stays correct once its memo has been emptied at the limit', () => {
    const words = Array.from({ length: STEM_MEMO_LIMIT + 10 }, (_, i) => `report${String.fromCharCode(97 + (i % 26))}${i.toString(36)}ing`);
    const first = words.map(stem);
    expect(words.map(stem)).toEqual(first);
    expect(stem('reported')).toBe('report');
  });
});

describe('isStopword', () => {
  it.each([['the', true], ['of', true], ['minister', false], ['tuesday', false]])('%s → %s', (w, expected) => {
    expect(isStopword(w)).toBe(expected);
  });
});
