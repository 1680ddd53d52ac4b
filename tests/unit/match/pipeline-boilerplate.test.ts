import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { findCoverage } from '../../../utils/match/pipeline';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const NEWSLETTER = 'Sign up to our morning briefing to get the stories that matter delivered to your inbox every day.';

/** Four unrelated stories from four outlets, each ending with the same newsletter line. */
const STORIES = [
  ['north.example', 'Orchard fire', ['A fire destroyed three barns at the Pellow orchard near Dunmere on Sunday night.', NEWSLETTER]],
  ['south.example', 'Chess champion', ['Teenager Ravi Oduya won the Castellan chess open after a nine-hour final game.', NEWSLETTER]],
  ['east.example', 'Lighthouse sold', ['The disused Brannock lighthouse was sold at auction for 310,000 pounds.', NEWSLETTER]],
  ['west.example', 'Tram fares', ['Tram fares in Veldhaven will rise by 4 percent from January, the operator announced.', NEWSLETTER]],
] as const;

describe('boilerplate and cross-story copies', () => {
  it('a line repeated across unrelated stories links none of them', async () => {
    const db = freshDb();
    const ids: number[] = [];
    for (const [domain, title, paragraphs] of STORIES) {
      ids.push((await saveArticle(db, ...withClaims(makeArticle({ domain, name: domain }, title, [...paragraphs])))).articleId);
    }
    for (const id of ids) {
      const report = await findCoverage(db, id);
      expect(report.claims.flatMap((c) => c.others.map((o) => [c.claim.text, o.text, o.kind]))).toEqual([]);
      expect(report.outlets).toEqual([]);
    }
  });

  it('a wire story copied by many outlets is syndication, not boilerplate', async () => {
    const db = freshDb();
    const wire = ['Storms cut power to 80,000 homes across the Vardel coast on Monday, the grid operator Lumen said.',
      'Repair crews expect to restore most connections by Wednesday evening.',
      '"This is the worst damage to the network in a decade," Lumen spokesperson Ines Barrow said.'];
    const ids: number[] = [];
    for (const d of ['a.example', 'b.example', 'c.example', 'd.example', 'e.example']) {
      ids.push((await saveArticle(db, ...withClaims(makeArticle({ domain: d, name: d }, 'Vardel storms', wire)))).articleId);
    }
    const report = await findCoverage(db, ids[0]);
    for (const c of report.claims) expect(c.others.map((o) => o.kind)).toEqual(['verbatim', 'verbatim', 'verbatim', 'verbatim']);
    expect(report.outlets.every((o) => o.syndicated && o.claimCount === 3)).toBe(true);
  });

  it('a distinctive quote reused verbatim in another story is still found', async () => {
    const db = freshDb();
    const quote = '"Nobody in Dunmere will forget the night the Pellow barns burned," said fire chief Oren Makepeace.';
    const first = await saveArticle(db, ...withClaims(makeArticle({ domain: 'north.example', name: 'North' }, 'Orchard fire',
      ['A fire destroyed three barns at the Pellow orchard near Dunmere on Sunday night.', quote])));
    await saveArticle(db, ...withClaims(makeArticle({ domain: 'south.example', name: 'South' }, 'Fire service budget',
      ['The county will cut the fire service budget by 6 percent next year.', 'Councillors voted 9 to 4 in favour on Thursday.', quote])));
    const report = await findCoverage(db, first.articleId);
    const hit = report.claims[1].others;
    expect(hit.map((o) => [o.outletId, o.kind])).toEqual([['south.example', 'verbatim']]);
    expect(report.claims[0].others).toEqual([]);
  });

  it('a quote with attribution matches the same quote attributed differently', async () => {
    const db = freshDb();
    const a = await saveArticle(db, ...withClaims(makeArticle({ domain: 'north.example', name: 'North' }, 'Dunmere orchard fire', [
      'A fire destroyed three barns at the Pellow orchard near Dunmere on Sunday night.',
      '"We lost forty years of work in a single night," owner Tamsin Pellow said.',
    ])));
    await saveArticle(db, ...withClaims(makeArticle({ domain: 'east.example', name: 'East' }, 'Barns burn at Pellow orchard', [
      'Three barns burned down at the Pellow orchard outside Dunmere late on Sunday.',
      'Tamsin Pellow, who owns the orchard, said: "We lost forty years of work in a single night."',
    ])));
    const report = await findCoverage(db, a.articleId);
    expect(report.claims[1].others.map((o) => o.outletId)).toEqual(['east.example']);
    expect(report.claims[1].others[0].kind).not.toBe('verbatim');
  });
});
