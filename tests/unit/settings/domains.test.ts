import { describe, expect, it } from 'vitest';
import {
  isHostAllowed,
  isHostBlocked,
  normaliseDomainEntry,
  normaliseDomainList,
  parseDomainList,
} from '../../../utils/settings';

describe('normaliseDomainEntry', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['www.com', 'www.com'],
    ['https://www.bbc.co.uk/news/world?x=1#top', 'bbc.co.uk'],
    ['http://user:pw@mail.example.org:8443/inbox', 'mail.example.org'],
    ['example.com.', 'example.com'],
    ['example.com/path', 'example.com'],
    ['*.bank', '*.bank'],
    ['mychart.*', 'mychart.*'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['*', null],
    ['*.*', null],
    ['not a domain!', null],
    ['exa mple', null],
    ['-bad-.com', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseDomainEntry(input)).toBe(expected);
  });
});

describe('parseDomainList', () => {
  it.each([
    ['one per line', 'a.com\nb.org\n', ['a.com', 'b.org'], []],
    ['commas, spaces and semicolons', 'a.com, b.org; c.net  d.io', ['a.com', 'b.org', 'c.net', 'd.io'], []],
    ['comments', '# banks\npaypal.com # payments\n', ['paypal.com'], []],
    ['duplicates after normalising', 'a.com\nwww.a.com\nhttps://a.com/x', ['a.com'], []],
    ['invalid tokens are reported', 'a.com\n!!\n*', ['a.com'], ['!!', '*']],
    ['Windows line endings', 'a.com\r\nb.com\r\n', ['a.com', 'b.com'], []],
    ['empty text', '   \n\n', [], []],
  ])('%s', (_name, text, entries, invalid) => {
    expect(parseDomainList(text)).toEqual({ entries, invalid, bare: [] });
    expect(normaliseDomainList(text)).toEqual(entries);
  });
});

// Regression (user audit): "not a domain" was saved as three entries without a word of warning.
describe('parseDomainList points out single-word entries', () => {
  it.each([
    ['words typed instead of a domain', 'not a domain', ['not', 'a', 'domain']],
    ['a site name without its ending', 'bbc\nnytimes.com', ['bbc']],
    ['localhost is a real host name', 'localhost', []],
    ['patterns are meant', 'mybank.*\n*.bank', []],
  ])('%s', (_name, text, bare) => {
    expect(parseDomainList(text).bare).toEqual(bare);
  });
});

describe('isHostBlocked', () => {
  const list = ['paypal.com', 'mail.google.com', '*.bank', 'mychart.*'];
  it.each([
    ['paypal.com', true],
    ['www.paypal.com', true],
    ['PAYPAL.COM.', true],
    ['notpaypal.com', false],
    ['paypal.com.evil.example', false],
    ['mail.google.com', true],
    ['eu.mail.google.com', true],
    ['news.google.com', false],
    ['chase.bank', true],
    ['bank', false],
    ['mychart.partners.org', true],
    ['www.mychart.org', false],
    ['', false],
  ])('%j → %s', (host, expected) => {
    expect(isHostBlocked(host, list)).toBe(expected);
  });
});

describe('isHostAllowed', () => {
  const list = ['bbc.co.uk', 'news.example.com', '*.gov'];
  it.each([
    ['www.bbc.co.uk', true],
    ['bbc.co.uk', true],
    ['bbc.com', false],
    ['co.uk', false],
    ['www.example.com', true], // same registrable domain as news.example.com
    ['example.org', false],
    ['www.whitehouse.gov', true],
  ])('%j → %s', (host, expected) => {
    expect(isHostAllowed(host, list)).toBe(expected);
  });
});
