import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, showBadge } from '../../../extension/badge';
import type { TabView } from '../../../utils/messaging/protocol';
import type { SameStoryArticle } from '../../../utils/library/types';
import { readyView, report, claim } from '../sidebar/sample';

/** An article of `outletId` telling the story in other words. */
function same(outletId: string): SameStoryArticle {
  return { articleId: outletId.length, outletId, outlet: outletId, domain: null, title: 't', url: null, publishedTime: null, firstSeen: 0, similarity: 0.5 };
}

describe('badgeFor', () => {
  it.each<[string, TabView | null, string, RegExp]>([
    ['an article with coverage', readyView(), '2', /2 of 3 statements also reported by 2 other outlets in your library/],
    ['an article without coverage', readyView(report([{ claim: claim(0, 'Only here it was said.'), others: [] }])), '', /none of the 1 statement/],
    ['an article told in other words elsewhere', readyView({ ...report([{ claim: claim(0, 'Only here it was said.'), others: [] }]), sameStory: [same('radio'), same('radio'), same('herald')] }), '',
      /none of the 1 statement is in other outlets' coverage in your library yet; 2 other outlets covered the story in other words$/],
    ['a non-article', { state: 'not-article', message: '' }, '', /open the coverage sidebar/],
    ['no view', null, '', /open the coverage sidebar/],
    ['a selection lookup', { ...(readyView() as Extract<TabView, { state: 'ready' }>), selection: 'x' }, '', /open the coverage sidebar/],
  ])('%s', (_name, view, text, title) => {
    const b = badgeFor(view);
    expect(b.text).toBe(text);
    expect(b.title).toMatch(title);
  });
});

describe('showBadge', () => {
  beforeEach(() => fakeBrowser.reset());
  it('sets the text and title of the tab', async () => {
    await showBadge(7, readyView());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(/^Corroborate: 2 of 3/);
    await showBadge(7, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
