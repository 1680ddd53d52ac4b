/**
 * Articles of other stories checked for copies (candidates.ts `crossArticles`, through the
 * pipeline): a near copy in a related story is still found on one shared sketch key, while an
 * article of an unrelated story sharing one rare bigram is not even read.
 */
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { findCoverage } from '../../../utils/match/pipeline';
import { claimKeys } from '../../../utils/match/keys';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const CALLOWAY = "Harbour master Idris Calloway said the crane's boom snapped during a routine lift of steel coils.";
/** A near copy whose edit spoils one of the sentence's two sketch bigrams ("Harbour master"). */
const EDITED = "Harbourmaster Idris Calloway said the crane's boom snapped during a routine lift of steel coils.";

const QUERY = ['A container crane collapsed at Port Ellery on Tuesday, injuring two dock workers at Quay Seven.', CALLOWAY,
  'The port authority closed Quay Seven while inspectors from the Maritime Safety Board examine the wreckage.',
  'The Maritime Safety Board said its inspectors would report on the Quay Seven wreckage within six weeks.',
  'Both injured workers were taken to St Brennan hospital with fractures; neither injury is life-threatening.',
  'Ships due at Quay Seven are being diverted to the Saltmarsh berths until the wreckage is cleared.'];
/** A later story on another matter that mentions the collapse in passing (below the story threshold). */
const FOLLOW_UP = ['Members of the Marlow Union at Port Ellery voted to strike over pensions, the union said on Friday.',
  'The Marlow Union ballot at the Vennick terminal returned a majority of 87 percent for a strike.',
  'Union officials said talks with the Vennick Holdings board on the Dexter pension fund had stalled since March.',
  'The Dexter pension fund has a deficit of 41 million pounds, according to its trustees at Orrin Actuarial.',
  'Vennick Holdings said a strike would be premature while the Dexter trustees review the deficit.',
  'Members also raised concerns about last month\'s accident, recalling the official account.', EDITED,
  'Vennick Holdings said it remained open to arbitration by the Rowan Conciliation Service before any strike.'];
/** An unrelated story that shares one rare bigram, the harbour master's name, and nothing else. */
const SAILING = ['Idris Calloway won the Brisk Bay regatta for the third year running on Sunday.',
  'His yacht Kestrel finished eleven minutes ahead of the fleet in gusting winds off Tollan Point.'];

async function library() {
  const db = freshDb();
  const save = async (domain: string, title: string, paragraphs: string[], publishedTime: string) =>
    (await saveArticle(db, ...withClaims(makeArticle({ domain, name: domain }, title, paragraphs, { publishedTime })))).articleId;
  const query = await save('north.example', 'Crane collapses at Port Ellery', QUERY, '2026-03-03T09:00:00Z');
  // Seven weeks later: the story step discounts articles published far apart.
  const followUp = await save('east.example', 'Port Ellery dock workers vote to strike over pensions', FOLLOW_UP, '2026-04-21T09:00:00Z');
  const sailing = await save('west.example', 'Calloway takes Brisk Bay regatta again', SAILING, '2026-03-04T09:00:00Z');
  return { db, query, followUp, sailing };
}

describe('cross-story candidates', () => {
  it('the fixture: the edit leaves one of the two sketch keys shared', () => {
    const shared = claimKeys(EDITED).filter((k) => claimKeys(CALLOWAY).includes(k));
    expect(shared).toHaveLength(1);
    expect(claimKeys(CALLOWAY)[0]).not.toBe(shared[0]);
  });

  it('a near copy in a related story below the story threshold is found on one shared sketch key', async () => {
    const { db, query, followUp } = await library();
    const read: { articleId: number; sameStory: boolean }[] = [];
    const report = await findCoverage(db, query, { onTargets: (_p, targets) => read.push(...targets) });
    expect(read.find((t) => t.articleId === followUp)).toMatchObject({ sameStory: false });
    expect(report.claims[1].others.map((o) => [o.articleId, o.kind])).toEqual([[followUp, 'near']]);
  });

  // Regression: one sketch bigram (here a name) brought articles of unrelated stories to be read
  // for copies: 480 of them over the 10k bench's 100 queries, nearly none with a match.
  it('an unrelated story sharing one rare bigram is not read', async () => {
    const { db, query, sailing } = await library();
    const read: number[] = [];
    await findCoverage(db, query, { onTargets: (_p, targets) => read.push(...targets.map((t) => t.articleId)) });
    expect(read).not.toContain(sailing);
  });
});
