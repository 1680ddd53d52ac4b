import { describe, expect, it } from 'vitest';
import { isStopword, stem } from '../../../utils/text/index';

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

describe('isStopword', () => {
  it.each([['the', true], ['of', true], ['minister', false], ['tuesday', false]])('%s → %s', (w, expected) => {
    expect(isStopword(w)).toBe(expected);
  });
});
