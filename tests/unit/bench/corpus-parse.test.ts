import { describe, expect, it } from 'vitest';
import { decodeEntities, parseAllSidesLine, parseBbcText, parseNewsWclText, parseReutersSgml, reutersDate } from '../../../scripts/lib/bench/corpus-parse';

const SGML = `<REUTERS TOPICS="YES" NEWID="7">
<DATE> 3-MAR-1987 09:15:00.00</DATE>
<TEXT>&#2;
<TITLE>ACME &lt;ACM&gt; RAISES DIVIDEND</TITLE>
<BODY>Acme Corp said it raised its quarterly
dividend to 12 cts a share.
&\\tThe company said the dividend is payable April 1.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<TEXT TYPE="BRIEF"><TITLE>NO BODY HERE</TITLE></TEXT>
</REUTERS>`;

describe('parseReutersSgml', () => {
  const parsed = parseReutersSgml(SGML);
  it('keeps only stories with a body', () => expect(parsed.map((a) => a.id)).toEqual(['reuters/7']));
  it.each([
    ['title', parsed[0].title, 'ACME <ACM> RAISES DIVIDEND'],
    ['first paragraph', parsed[0].paragraphs[0], 'Acme Corp said it raised its quarterly dividend to 12 cts a share.'],
    ['last paragraph without sign-off', parsed[0].paragraphs[1], 'The company said the dividend is payable April 1.'],
    ['date', parsed[0].publishedTime, '1987-03-03T09:15:00Z'],
    ['outlet', parsed[0].outlet.name, 'Reuters'],
  ])('%s', (_name, got, want) => expect(got).toBe(want));
});

describe('small helpers', () => {
  it.each([
    ['&lt;b&gt; &amp; c', '<b> & c'],
    ['x&#3;y', 'x y'],
  ])('decodeEntities(%j)', (input, want) => expect(decodeEntities(input)).toBe(want));
  it.each([
    ['26-FEB-1987 15:01:01.79', '1987-02-26T15:01:01Z'],
    ['garbage', null],
  ])('reutersDate(%j)', (input, want) => expect(reutersDate(input)).toBe(want));
});

describe('parseBbcText', () => {
  it.each([
    ['Headline here\n\nFirst paragraph.\n\nSecond one.\n', 'Headline here', ['First paragraph.', 'Second one.']],
    ['Only a headline\n', null, null],
  ])('%j', (text, title, paragraphs) => {
    const a = parseBbcText(text, 'tech', '042.txt');
    expect(a?.title ?? null).toBe(title);
    expect(a?.paragraphs ?? null).toEqual(paragraphs);
    if (a) expect(a.id).toBe('bbc/tech/042');
  });
});

describe('parseNewsWclText', () => {
  it.each([
    ['3_RR.txt', 'newswcl50/3', 'Breitbart'],
    ['3_M.txt', 'newswcl50/3', 'USA Today'],
  ])('%s', (file, event, outlet) => {
    const a = parseNewsWclText('First line of the story.\nSecond paragraph.\n', file, null);
    expect(a?.event).toBe(event);
    expect(a?.outlet.name).toBe(outlet);
    expect(a?.paragraphs).toHaveLength(2);
  });
  it('rejects unknown outlet codes', () => expect(parseNewsWclText('x', '3_Q.txt', null)).toBeNull());
});

describe('parseAllSidesLine', () => {
  const line = JSON.stringify({
    id: 9, date: '2021-05-01T10:00:00-07:00', topic: 'Local News',
    news: {
      left: { newsSource: 'Daily Example (Online News)', newsTitle: 'Town opens library', newsLink: 'https://www.example.com/a', newBody: ['The town opened a library.'] },
      right: { newsSource: 'Other Paper', newsTitle: 'Empty', newsLink: 'https://other.example.org/b', newBody: [] },
    },
  });
  const parsed = parseAllSidesLine(line);
  it('one article per outlet with a body', () => expect(parsed.map((a) => a.id)).toEqual(['allsides/9/left']));
  it.each([
    ['outlet name', parsed[0].outlet.name, 'Daily Example'],
    ['domain', parsed[0].outlet.domain, 'example.com'],
    ['event', parsed[0].event, 'allsides/9'],
    ['topic', parsed[0].topic, 'Local News'],
  ])('%s', (_n, got, want) => expect(got).toBe(want));
  it('skips blank lines', () => expect(parseAllSidesLine('  ')).toEqual([]));
});
