import { describe, expect, it } from 'vitest';
import { safeHttpUrl, textDirective, textFragmentUrl } from '../../../components/common/links';

describe('safeHttpUrl', () => {
  it.each([
    ['https://a.test/x', 'https://a.test/x'],
    ['http://a.test/', 'http://a.test/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (input, expected) => expect(safeHttpUrl(input)).toBe(expected));
});

describe('text fragments', () => {
  it.each([
    ['Short claim, with comma-dash.', 'Short%20claim%2C%20with%20comma%2Ddash.'],
    ['One two three four five six seven eight nine ten eleven twelve', 'One%20two%20three%20four,nine%20ten%20eleven%20twelve'],
    ['  spaced   out  ', 'spaced%20out'],
  ])('directive for %j', (sentence, expected) => expect(textDirective(sentence)).toBe(expected));

  it.each([
    ['https://a.test/p#old', 'Hello world', 'https://a.test/p#:~:text=Hello%20world'],
    ['javascript:alert(1)', 'Hello world', null],
    ['https://a.test/p', '', 'https://a.test/p'],
  ])('url %s + %j', (url, sentence, expected) => expect(textFragmentUrl(url, sentence)).toBe(expected));
});
