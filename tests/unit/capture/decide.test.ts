import { describe, expect, it } from 'vitest';
import { decideCapture, type CaptureDecision, type CaptureTrigger } from '../../../utils/capture';
import { DEFAULT_SETTINGS, PAUSED_UNTIL_RESUMED, type CaptureSettings } from '../../../utils/settings';

const NOW = Date.UTC(2026, 10, 23, 12);
const HOUR = 3_600_000;

function settings(over: Partial<CaptureSettings> = {}): CaptureSettings {
  return { ...DEFAULT_SETTINGS, blocklist: ['paypal.com', 'mail.google.com', '*.bank'], ...over };
}

type Row = [string, string, CaptureTrigger, Partial<CaptureSettings>, boolean, CaptureDecision];

const cases: Row[] = [
  ['a news article, default settings', 'https://www.example-news.com/world/story', 'auto', {}, false, 'capture'],
  ['file:// page', 'file:///home/me/story.html', 'auto', {}, false, 'skip-unsupported'],
  ['chrome:// page even from the sidebar', 'chrome://settings/', 'sidebar', {}, false, 'skip-unsupported'],
  ['about:blank', 'about:blank', 'manual', {}, false, 'skip-unsupported'],
  ['data: URL', 'data:text/html,<p>hi</p>', 'auto', {}, false, 'skip-unsupported'],
  ['not a URL', 'nonsense', 'auto', {}, false, 'skip-unsupported'],
  ['incognito window', 'https://example-news.com/a', 'auto', {}, true, 'skip-unsupported'],
  ['incognito even when saved manually', 'https://example-news.com/a', 'manual', {}, true, 'skip-unsupported'],
  ['blocklisted domain', 'https://www.paypal.com/myaccount', 'auto', {}, false, 'skip-blocked'],
  ['blocklisted subdomain only', 'https://mail.google.com/mail/u/0', 'auto', {}, false, 'skip-blocked'],
  ['sibling of a blocked subdomain is fine', 'https://news.google.com/topics', 'auto', {}, false, 'capture'],
  ['wildcard *.bank', 'https://online.chase.bank/login', 'auto', {}, false, 'skip-blocked'],
  ['blocked even from the sidebar', 'https://www.paypal.com/news', 'sidebar', {}, false, 'skip-blocked'],
  ['"Save this page anyway" overrides the blocklist', 'https://www.paypal.com/news', 'manual', {}, false, 'capture'],
  ['lookalike domain is not blocked', 'https://notpaypal.com/a', 'auto', {}, false, 'capture'],
  ['paused for an hour', 'https://example-news.com/a', 'auto', { pausedUntil: NOW + HOUR }, false, 'skip-paused'],
  ['pause has expired', 'https://example-news.com/a', 'auto', { pausedUntil: NOW - 1 }, false, 'capture'],
  ['paused until resumed', 'https://example-news.com/a', 'auto', { pausedUntil: PAUSED_UNTIL_RESUMED }, false, 'skip-paused'],
  ['sidebar captures while paused', 'https://example-news.com/a', 'sidebar', { pausedUntil: PAUSED_UNTIL_RESUMED }, false, 'capture'],
  ['click-only mode skips page loads', 'https://example-news.com/a', 'auto', { mode: 'click' }, false, 'skip-mode'],
  ['click-only mode: the sidebar captures', 'https://example-news.com/a', 'sidebar', { mode: 'click' }, false, 'capture'],
  ['allowlist: listed site', 'https://news.bbc.co.uk/a', 'auto', { mode: 'allowlist', allowlist: ['bbc.co.uk'] }, false, 'capture'],
  ['allowlist: www entry means the site', 'https://bbc.co.uk/a', 'auto', { mode: 'allowlist', allowlist: ['www.bbc.co.uk'] }, false, 'capture'],
  ['allowlist: unlisted site', 'https://example-news.com/a', 'auto', { mode: 'allowlist', allowlist: ['bbc.co.uk'] }, false, 'skip-mode'],
  ['allowlist: empty list captures nothing automatically', 'https://bbc.co.uk/a', 'auto', { mode: 'allowlist', allowlist: [] }, false, 'skip-mode'],
  ['allowlist: the sidebar still captures', 'https://example-news.com/a', 'sidebar', { mode: 'allowlist', allowlist: [] }, false, 'capture'],
  ['allowlist does not beat the blocklist', 'https://paypal.com/a', 'auto', { mode: 'allowlist', allowlist: ['paypal.com'] }, false, 'skip-blocked'],
  ['pause checked before the mode', 'https://bbc.co.uk/a', 'auto', { mode: 'allowlist', allowlist: ['bbc.co.uk'], pausedUntil: NOW + 1 }, false, 'skip-paused'],
  ['local test outlet', 'http://outlet-a.test:8080/story.html', 'auto', {}, false, 'capture'],
];

// Regression (walkthrough of 2026-12-06): "Forget this page", then a reload, saved the page again
// straight away in automatic mode.
describe('decideCapture: pages forgotten this session', () => {
  it.each<[string, CaptureTrigger, Partial<CaptureSettings>, CaptureDecision]>([
    ['a page load', 'auto', {}, 'skip-forgotten'],
    ['the sidebar opening', 'sidebar', {}, 'skip-forgotten'],
    ['"Save this page anyway"', 'manual', {}, 'capture'],
    ['the blocklist is named first', 'auto', { blocklist: ['example-news.com'] }, 'skip-blocked'],
  ])('%s', (_name, trigger, over, expected) => {
    expect(decideCapture({ url: 'https://example-news.com/a', incognito: false, trigger, now: NOW, settings: settings(over), forgotten: true })).toBe(expected);
  });
});

describe('decideCapture', () => {
  it.each(cases)('%s', (_name, url, trigger, over, incognito, expected) => {
    expect(decideCapture({ url, incognito, trigger, now: NOW, settings: settings(over) })).toBe(expected);
  });

  it('blocks the default blocklist sites with the real defaults', () => {
    for (const url of ['https://mail.google.com/', 'https://www.chase.com/', 'https://www.nhs.uk/conditions/', 'https://mychart.example.org/']) {
      expect(decideCapture({ url, incognito: false, trigger: 'auto', now: NOW, settings: { ...DEFAULT_SETTINGS } })).toBe('skip-blocked');
    }
  });
});
