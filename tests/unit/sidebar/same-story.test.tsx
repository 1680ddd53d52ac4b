// @vitest-environment happy-dom
/** The sidebar's "Same story, in other words" list, and the no-coverage panel beside it. */
import { describe, expect, it } from 'vitest';
import { NoCoverage } from '../../../components/sidebar/NoCoverage';
import { SameStory, sameStoryNote } from '../../../components/sidebar/SameStory';
import type { SameStoryArticle } from '../../../utils/library/types';
import { useMount } from '../mount';

const mount = useMount();

function story(outlet: string, extra: Partial<SameStoryArticle> = {}): SameStoryArticle {
  return {
    articleId: outlet.length, outletId: outlet.toLowerCase(), outlet, domain: null, title: `${outlet} on the flood`,
    url: `https://${outlet.toLowerCase()}.test/flood`, publishedTime: '2026-03-10T09:00:00Z', firstSeen: 0, similarity: 0.6, ...extra,
  };
}

describe('SameStory', () => {
  it.each([
    ['no list in views kept by older versions', undefined],
    ['no list when there is none', []],
  ])('%s', (_name, articles) => {
    expect(mount(<SameStory articles={articles} />).querySelector('.same-story')).toBeNull();
  });

  it('names each outlet and links its article, with a heading and a note', () => {
    const el = mount(<SameStory articles={[story('Radio'), story('Herald', { lang: 'de' })]} />);
    expect(el.querySelector('h2')?.textContent).toBe('Same story, in other words');
    expect(el.querySelector('p')?.textContent).toBe(sameStoryNote(2));
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Radio on the flood', 'https://radio.test/flood', 'noopener noreferrer'],
      ['Herald on the flood', 'https://herald.test/flood', 'noopener noreferrer'],
    ]);
    expect(links[1].getAttribute('lang')).toBe('de');
    expect(el.querySelector('.same-story-outlet')?.textContent).toBe('Radio');
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['no URL', null],
  ])('shows the title as text, not a link, for %s', (_name, url) => {
    const el = mount(<SameStory articles={[story('Radio', { url, title: '<img src=x onerror=alert(1)>' })]} />);
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    [1, 'This article covers the same story, but none of its statements matches one here.'],
    [3, 'These 3 articles cover the same story, but none of their statements matches one here.'],
  ])('note for %i', (n, text) => expect(sameStoryNote(n)).toBe(text));
});

describe('NoCoverage beside same-story articles', () => {
  it.each([
    [false, "No other coverage in your library yet: read more outlets' versions of this story"],
    [true, 'No statement here is repeated in the coverage you have read yet'],
  ])('sameStory=%s heading', (sameStory, heading) => {
    const el = mount(<NoCoverage phrase="Tessel flood" onCopy={async () => true} sameStory={sameStory} />);
    expect(el.querySelector('h2')?.textContent).toBe(heading);
  });
});
