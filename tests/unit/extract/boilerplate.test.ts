import { describe, expect, it } from 'vitest';
import { isBoilerplate, removeBoilerplate } from '../../../utils/extract/boilerplate.ts';

describe('isBoilerplate: page furniture is dropped', () => {
  it.each([
    ['share counter', '1.2k shares'],
    ['view counter', '4,501 views'],
    ['share prompt', 'Share this article'],
    ['social buttons', 'Facebook Twitter WhatsApp Email'],
    ['newsletter prompt', 'Sign up for our newsletter'],
    ['newsletter prompt, second person', 'Get the best stories of the week delivered straight to your inbox every Friday.'],
    ['follow prompt', 'Follow the Harbour Gazette on Twitter and Instagram.'],
    ['advert label', 'Advertisement'],
    ['continue label', 'Story continues below advertisement'],
    ['related label', 'Related stories'],
    ['read more label', 'Read more:'],
    ['most read label', 'Most read'],
    ['editor credit', 'Reporting by Ana Silva in Lisbon; Editing by Tom Baker'],
    ['editor credit, parenthesised', '(Writing by Lee Park; Editing by Sam Ortiz and Jo Rey)'],
    ['contributed credit', 'Priya Nair contributed reporting from Mumbai.'],
    ['photo credit', '(Photo: Getty Images)'],
    ['image copyright', 'Image copyright Harbour Gazette'],
    ['caption with credit', 'Councillors leave the town hall after the vote (AP Photo/Jane Roe)'],
    ['credit line', 'Credit: Jane Roe/Harbour Gazette'],
    ['byline in body', 'By Jo Lindqvist'],
    ['dateline', 'Updated 14:05 GMT, 3 March 2024'],
    ['relative time', '5 hours ago'],
    ['cookie notice', 'We use cookies to improve your browsing experience. By continuing you accept our cookie policy.'],
    ['comment prompt', 'Leave a comment'],
    ['comment form notice', 'Your email address will not be published. Required fields are marked *'],
    ['breadcrumb', 'Home > News > Local'],
    ['caps label', 'EXCLUSIVE'],
    ['taxonomy', 'Filed under: Transport, Riverside'],
    ['teaser link', 'Mayor cuts ribbon on new ferry terminal [VIDEO]'],
    ['bare url', 'https://www.example.com/news/bridge-2'],
    ['paywall prompt', 'Subscribe to continue reading. Already a subscriber? Log in to your account.'],
    ['related teaser with colon', 'Related coverage: Ferry fares to rise in June'],
    ['comment moderation note', 'Note: we are moderating all comments while we deal with spam.'],
    ['double dateline', 'Updated Mar. 3, 2024 8:21 am ET / Original Mar. 3, 2024 8:02 am ET'],
    ['support prompt', 'If you enjoyed this article, please consider supporting our journalism.'],
    ['reprints label', 'Order Reprints'],
  ])('%s', (_name, text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('isBoilerplate: real sentences survive', () => {
  it.each([
    ['mentions sharing', 'Shares in the ferry operator fell 4% after the council announced the closure.'],
    ['share of a budget', 'The town’s share of the repair bill will be decided in April, officials said.'],
    ['mentions a newsletter', 'The plan was first revealed in the council’s own newsletter, which is posted to every household.'],
    ['mentions subscribers', 'The local paper said its subscribers had written more letters about the bridge than about any other issue.'],
    ['edited by as prose', 'Edited by a retired engineer, the report runs to more than 300 pages and includes detailed drawings.'],
    ['follow as prose', 'Officials will follow the advice of the engineers, the mayor said on Twitter.'],
    ['advertisement as prose', 'An advertisement for the new ferry service will run in local papers from next week.'],
    ['short quote', '"It is a sad day," she said.'],
    ['sentence ending in parentheses', 'The council approved the budget (by a narrow margin).'],
    ['cookies as prose', 'The bakery on the quay has sold cookies to bridge workers for thirty years.'],
    ['comment as prose', 'The minister declined to comment on the cost of the repairs.'],
    ['by as prose', 'By the end of the year, the bridge will carry only cars and bicycles.'],
    ['more as prose', 'More than 300 residents attended the meeting: the largest crowd in years.'],
    ['short real sentence', 'The vote was 9 to 4.'],
    ['date inside prose', 'The bridge opened on March 3, 1924, and has carried traffic ever since.'],
  ])('%s', (_name, text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('isBoilerplate with page context', () => {
  it.each([
    ['repeated byline', 'Jo Lindqvist, Transport Reporter', { byline: 'Jo Lindqvist' }, true],
    ['repeated title', 'Harbour bridge to close to lorries', { title: 'Harbour bridge to close to lorries' }, true],
    ['sentence naming the author', 'Jo Lindqvist has covered the harbour for a decade and broke the original story.', { byline: 'Jo Lindqvist' }, false],
  ])('%s', (_name, text, ctx, expected) => {
    expect(isBoilerplate(text, ctx)).toBe(expected);
  });
});

describe('removeBoilerplate', () => {
  it('keeps order, drops furniture and exact repeats', () => {
    const body = 'The council voted to close the bridge to lorries from next spring, citing corrosion in the supports.';
    const out = removeBoilerplate(['Advertisement', body, 'Share this article', 'The vote was 9 to 4.', body]);
    expect(out).toEqual([body, 'The vote was 9 to 4.']);
  });
});
