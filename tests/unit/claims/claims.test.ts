import { describe, expect, it } from 'vitest';
import { articleClaims, splitClaims } from '../../../utils/claims/index.ts';

/** Claim texts of a single paragraph. */
const texts = (para: string, lang?: string) => splitClaims([para], lang).map((c) => c.text);

describe('splitClaims: quote and attribution units', () => {
  it.each([
    ['one-sentence quote with attribution', '"We will not back down," the minister said. Officials declined to comment further.', ['"We will not back down," the minister said.', 'Officials declined to comment further.']],
    ['multi-sentence quote, attribution at the end', '"We will not back down. We never have," the minister said. Officials declined to comment further.', ['"We will not back down. We never have," the minister said.', 'Officials declined to comment further.']],
    ['curly multi-sentence quote', '“Prices will rise. Wages will not,” the governor told reporters on Monday.', ['“Prices will rise. Wages will not,” the governor told reporters on Monday.']],
    ['colon introduces a multi-sentence quote', 'The minister said: "We will win. We never lose." Then he left the room early.', ['The minister said: "We will win. We never lose."', 'Then he left the room early.']],
    ['German quotes', 'Der Minister sagte: „Wir geben nicht auf. Niemals.“ Dann ging er nach Hause.', ['Der Minister sagte: „Wir geben nicht auf. Niemals.“', 'Dann ging er nach Hause.']],
    ['quote without attribution stays split', '"Prices will rise sharply. Wages will not keep pace." That was the warning issued on Monday.', ['"Prices will rise sharply.', 'Wages will not keep pace."', 'That was the warning issued on Monday.']],
    ['quote left open (continues next paragraph) stays split', '“Prices will rise sharply this year, she said. Wages will not keep pace with them.', ['“Prices will rise sharply this year, she said.', 'Wages will not keep pace with them.']],
    ['short tail quote joins the claim before', '"We will not back down," the minister said. "Not now."', ['"We will not back down," the minister said. "Not now."']],
    // Regressions (claims audit of 2026-12-07, real news pages):
    ['a paragraph that is one quotation stays one claim', '“It is very emotional. We have waited a long time for this day. We need to listen now.”', ['“It is very emotional. We have waited a long time for this day. We need to listen now.”']],
    ['a quotation opened curly and closed straight', '“We are coming in. Open the door now," an officer said at the house.', ['“We are coming in. Open the door now," an officer said at the house.']],
    ['an adverb before the verb of saying', '“Can I give it to James?” Brooke tearfully asked her mother at the door.', ['“Can I give it to James?” Brooke tearfully asked her mother at the door.']],
    ['short fragment joins previous', 'The bill passed the Senate on Tuesday evening. Barely. It now goes to the House.', ['The bill passed the Senate on Tuesday evening. Barely.', 'It now goes to the House.']],
    ['short fragment at paragraph start joins next', 'Update: The bill passed the Senate on Tuesday.', ['Update: The bill passed the Senate on Tuesday.']],
    ['Chinese corner quotes with attribution', '他说：「我们会赢。我们从未输过。」然后离开了会场。', ['他说：「我们会赢。我们从未输过。」', '然后离开了会场。']],
  ])('%s', (_name, para, expected) => {
    expect(texts(para)).toEqual(expected);
  });
});

// Regression: a wire dateline stayed in the first claim, so the same lead run with and without
// it ("BRASILIA, Oct. 10 (Wire) - A Brazilian court …") did not match, and the date showed as a
// changed number.
describe('splitClaims: datelines are left out of the first claim', () => {
  it.each([
    ['city, date and agency', 'BRASILIA, Oct. 10 (Wire) - A federal court overturned the conviction. The ruling is final.', ['A federal court overturned the conviction.', 'The ruling is final.']],
    ['city and agency', 'LONDON (Reuters) - Prices rose for a third month in March.', ['Prices rose for a third month in March.']],
    ['a city with an abbreviation', 'ST. LOUIS, Nov. 7 (Reuters) - Harwell Foods reported an 18% rise in third-quarter profit.', ['Harwell Foods reported an 18% rise in third-quarter profit.']],
    ['city in title case before an agency', 'Washington (CNN) — The Senate voted on the bill late on Tuesday.', ['The Senate voted on the bill late on Tuesday.']],
    ['city, country and agency', 'KYIV, Ukraine (AP) — Drones struck the capital overnight, officials said.', ['Drones struck the capital overnight, officials said.']],
    ['city, date and colon', 'NEW DELHI, Jan 5: The court ruled against the state government on Friday.', ['The court ruled against the state government on Friday.']],
    // Second review of 2026-12-06: sentences that only look like datelines keep their subject.
    ['an acronym before a dash and a lower-case word', 'NATO - the alliance of 32 countries - met in Brussels on Monday.', ['NATO - the alliance of 32 countries - met in Brussels on Monday.']],
    ['an initialism before a dash', 'U.S. - China trade talks resumed in Geneva on Monday.', ['U.S. - China trade talks resumed in Geneva on Monday.']],
    ['a party tag in brackets', 'Lindsey Graham (R-S.C.) — who chairs the committee — said he would block the nomination.', ['Lindsey Graham (R-S.C.) — who chairs the committee — said he would block the nomination.']],
    ['a speaker in capitals before a colon', 'TRUMP: We are going to win this election, and we are going to win it big.', ['TRUMP: We are going to win this election, and we are going to win it big.']],
    // Third review of 2026-12-06: the colon and multi-city forms of real wires.
    ['a speaker in a transcript', 'ZELENSKY: We will never accept the occupation of our land, never.', ['ZELENSKY: We will never accept the occupation of our land, never.']],
    ['a two-word label', 'BREAKING NEWS: A strong earthquake struck the capital on Friday morning.', ['BREAKING NEWS: A strong earthquake struck the capital on Friday morning.']],
    ['a two-word city before a colon', 'NEW DELHI: India said on Friday it would reopen the border crossing.', ['India said on Friday it would reopen the border crossing.']],
    ['a label before a colon', 'BREAKING: A strong earthquake struck the capital on Friday morning.', ['BREAKING: A strong earthquake struck the capital on Friday morning.']],
    ['two cities', 'SEOUL/WASHINGTON, Dec 6 (Reuters) - North Korea fired a ballistic missile on Saturday.', ['North Korea fired a ballistic missile on Saturday.']],
    // Regression (2026-12-06, night): an acronym subject before an aside in dashes was cut off as a dateline.
    ['an acronym before an aside in dashes', "NATO — Europe's main military alliance — said on Monday it would expand patrols.", ["NATO — Europe's main military alliance — said on Monday it would expand patrols."]],
    ['a dateline before a sentence with a dash pair of its own', 'WASHINGTON — The Senate passed the bill. The vote — held late — was close.', ['The Senate passed the bill.', 'The vote — held late — was close.']],
    ['a dash inside a sentence is kept', 'The Senate voted - narrowly - to pass the bill.', ['The Senate voted - narrowly - to pass the bill.']],
    ['a title-case word before a dash is kept', 'Washington — the city, not the state — voted to ban the sale.', ['Washington — the city, not the state — voted to ban the sale.']],
    // Regressions (claims audit of 2026-12-07, real wire and network leads):
    ['a country of three words', 'DUBAI, United Arab Emirates — Shipping resumed through the strait on Monday.', ['Shipping resumed through the strait on Monday.']],
    ['an agency alone, run on without a space', '(CNN)The Senate voted late on Tuesday to pass the bill.', ['The Senate voted late on Tuesday to pass the bill.']],
    ['an agency alone, before a dash', '(Reuters) — Prices rose for a third month in March.', ['Prices rose for a third month in March.']],
    ['a city and an agency, run on without a space', 'Hong Kong (CNN Business)A property developer missed a bond payment on Friday.', ['A property developer missed a bond payment on Friday.']],
    ['a label in brackets is kept', '(Updated) The Senate voted late on Tuesday to pass the bill.', ['(Updated) The Senate voted late on Tuesday to pass the bill.']],
    ['a bracket aside opening a sentence is kept', '(Pictured above) The new bridge opened to traffic on Monday.', ['(Pictured above) The new bridge opened to traffic on Monday.']],
  ])('%s', (_name, para, expected) => {
    expect(texts(para)).toEqual(expected);
  });

  it('only in one of the first three paragraphs (a headline and a standfirst may come first)', () => {
    const headline = 'Comey memos released to Congress, track his testimony and new book';
    const standfirst = 'The memos detail his encounters with the president in 2017.';
    const lead = 'WASHINGTON — The memos were released on Thursday evening.';
    const later = 'LONDON (Reuters) - Prices rose for a third month in March.';
    expect(splitClaims([headline, standfirst, lead, later]).map((c) => c.text)).toEqual([headline, standfirst, 'The memos were released on Thursday evening.', later]);
  });

  it('keeps offsets and selectors on the article text', () => {
    const para = 'LONDON (Reuters) - Prices rose for a third month in March.';
    const [claim] = splitClaims([para]);
    expect(para.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.selector.exact).toBe(claim.text);
    expect(claim.selector.prefix).toContain('(Reuters) - ');
  });
});

describe('splitClaims: quote flag', () => {
  it.each([
    ['"We will win," he said.', true],
    ['“We will win,” he said.', true],
    ['Il a dit « nous allons gagner » hier soir.', true],
    ['He called it ‘a very bad deal’ on Monday.', true],
    ['It’s the company’s first loss in the workers’ union.', false],
    ['The minister said the plan was sound.', false],
  ])('%s → %s', (para, expected) => {
    expect(splitClaims([para])[0].quote).toBe(expected);
  });
});

describe('splitClaims: positions and selectors', () => {
  const paragraphs = ['This is the first paragraph here. It has exactly two sentences.', '', '   ', 'Second real paragraph is this one.'];
  const claims = splitClaims(paragraphs);

  it('numbers claims in article order with unique ids', () => {
    expect(claims.map((c) => [c.id, c.index, c.paragraph])).toEqual([
      ['c0', 0, 0],
      ['c1', 1, 0],
      ['c2', 2, 3],
    ]);
  });

  it('keeps paragraph offsets that slice back to the text', () => {
    for (const c of claims) expect(paragraphs[c.paragraph].slice(c.start, c.end)).toBe(c.text);
  });

  it('builds selectors over the article text joined by blank lines', () => {
    const article = paragraphs.join('\n\n');
    for (const c of claims) {
      const s = c.selector;
      expect(s.exact).toBe(c.text);
      expect(article).toContain(s.prefix + s.exact + s.suffix);
      expect(s.prefix.length).toBeLessThanOrEqual(32);
      expect(s.suffix.length).toBeLessThanOrEqual(32);
    }
    expect(claims[1].selector.prefix).toBe('is is the first paragraph here. ');
    expect(claims[1].selector.suffix).toBe('\n\n\n\n   \n\nSecond real paragraph i');
    expect(claims[0].selector.prefix).toBe('');
  });

  it('returns nothing for no paragraphs', () => {
    expect(splitClaims([])).toEqual([]);
  });
});

describe('splitClaims: over-long text', () => {
  it.each([
    ['run-on words', 'word '.repeat(40_000)],
    ['run-on clauses', 'one clause here, '.repeat(5_000)],
    ['CJK without punctuation', '天气很好'.repeat(10_000)],
    ['emoji and letters without spaces', 'a' + 'x😀'.repeat(3_000)],
  ])('%s is cut into bounded claims that cover the paragraph', (_name, para) => {
    const claims = splitClaims([para]);
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) {
      expect(c.text.length).toBeLessThanOrEqual(1200);
      expect(para.slice(c.start, c.end)).toBe(c.text);
      expect(c.text.isWellFormed()).toBe(true);
    }
    expect(claims.map((c) => c.text).join('').replace(/\s/g, '')).toBe(para.replace(/\s/g, ''));
  });
});

describe('articleClaims: sub-headings give no claims (regression: headings became claims in the CLI)', () => {
  const paragraphs = ['What happens next for the residents of Tessel', 'The council will vote on the plan next week.', 'Residents were not consulted before the vote.'];
  it.each([
    { headings: [0], paragraphsWithClaims: [1, 2] },
    { headings: [] as number[], paragraphsWithClaims: [0, 1, 2] },
  ])('headings $headings', ({ headings, paragraphsWithClaims }) => {
    const claims = articleClaims({ paragraphs, lang: 'en', headings });
    expect([...new Set(claims.map((c) => c.paragraph))]).toEqual(paragraphsWithClaims);
    for (const c of claims) expect(paragraphs[c.paragraph].slice(c.start, c.end)).toBe(c.text);
  });
});

// Regression (claims audit of 2026-12-07, real news pages): labels, bold sub-headings, places and
// time stamps left alone in a paragraph were listed as statements.
describe('splitClaims: a paragraph that states nothing gives no claim, and keeps its place', () => {
  it.each([
    ['a bold sub-heading', 'Back on the water'],
    ['a label in capitals', 'FORD MUSTANG MACH E'],
    ['a place alone', 'Pittsburgh'],
    ['"By" alone', 'By'],
    ['a list item', '1. Finland'],
    ['a time stamp', '4:14 p.m.'],
    ['an update stamp', 'Updated 10:02 AM ET'],
    ["an embedded post's signature", '— Mayor Jo Anne Doe of Tessel Town (@jodoe) March 10, 2026'],
    ['a link alone', 'https://t.co/AbC123xyz'],
  ])('%s', (_name, fragment) => {
    const claims = splitClaims(['The council voted on Monday to close the bridge.', fragment, 'Repairs will take a year, engineers said.']);
    expect(claims.map((c) => [c.paragraph, c.text])).toEqual([
      [0, 'The council voted on Monday to close the bridge.'],
      [2, 'Repairs will take a year, engineers said.'],
    ]);
  });

  it.each([
    ['an embedded post ending with its t.co link', 'The bridge stays shut until spring, sorry drivers. https://t.co/AbC123xyz', 'The bridge stays shut until spring, sorry drivers.'],
    ['an embedded post ending with its picture link', 'Good luck to the crews tonight. pic.twitter.com/XyZ987', 'Good luck to the crews tonight.'],
  ])('ends a claim before %s', (_name, para, expected) => {
    const claims = splitClaims([para]);
    expect(claims.map((c) => c.text)).toEqual([expected]);
    expect(para.slice(claims[0].start, claims[0].end)).toBe(expected);
  });

  it.each([
    ['a short sentence', 'Nobody was hurt.'],
    ['a longer unpunctuated line', 'Officials say the bridge will reopen next spring after repairs'],
    ['a question', 'Why now?'],
  ])('keeps %s', (_name, para) => {
    expect(splitClaims([para]).map((c) => c.text)).toEqual([para]);
  });
});

// Regression (user audit): a page of search snippets gave the same statement ten times.
describe('articleClaims: a statement repeated word for word is kept once, where it first appears', () => {
  const LEAD = 'The reservoir failed on Tuesday, forcing 40,000 homes to cut water use.';
  it.each([
    ['a repeated snippet', [LEAD, `${LEAD} Snippet one of the list.`, `${LEAD} Snippet two of the list.`], [LEAD, 'Snippet one of the list.', 'Snippet two of the list.']],
    ['a pull quote, differing only in its quotation marks', ['"We will rebuild the dam," the minister said.', 'Crews arrived at dawn to inspect the spillway.', '“We will rebuild the dam,” the minister said.'], ['"We will rebuild the dam," the minister said.', 'Crews arrived at dawn to inspect the spillway.']],
    ['a changed number is a different statement', [LEAD, LEAD.replace('40,000', '45,000')], [LEAD, LEAD.replace('40,000', '45,000')]],
  ])('%s', (_name, paragraphs, texts) => {
    const claims = articleClaims({ paragraphs, lang: 'en' });
    expect(claims.map((c) => c.text)).toEqual(texts);
    expect(claims.map((c) => [c.id, c.index])).toEqual(texts.map((_, i) => [`c${i}`, i]));
    for (const c of claims) expect(paragraphs[c.paragraph].slice(c.start, c.end)).toBe(c.text);
  });
});
