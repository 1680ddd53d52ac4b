/**
 * An article that states a claim twice reports it twice (the CLI contract: one entry per matching
 * claim of another article). Regression: alignment kept one claim per (claim, article), so a lead
 * restated lower down in the other article was dropped.
 */
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { findCoverage } from '../../../utils/match/pipeline';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const LEAD = 'The Orlen ferry terminal will close for eleven weeks from 3 March while its ramps are replaced, the harbour board said on Monday.';
const page = makeArticle({ domain: 'isle.example', name: 'Isle Post' }, 'Orlen ferry terminal to close', [
  LEAD,
  'Passengers will be carried by a temporary pontoon at Kessel Quay, where buses will meet every sailing.',
  'Harbour master Ruth Ambler said the old ramps had been repaired four times since 2019.',
]);

describe('repeated statements in another article', () => {
  it.each([
    ['a verbatim lead repeated as a summary line', [LEAD, 'Buses will link Kessel Quay with the town centre.', LEAD.replace('on Monday', 'in a statement on Monday')], ['verbatim', 'near']],
    ['a statement made once', [LEAD, 'Buses will link Kessel Quay with the town centre.'], ['verbatim']],
  ])('%s', async (_name, paragraphs, kinds) => {
    const db = freshDb();
    const other = makeArticle({ domain: 'harbour.example', name: 'Harbour News' }, 'Ferry terminal closure', paragraphs);
    await saveArticle(db, ...withClaims(other));
    const { articleId } = await saveArticle(db, ...withClaims(page));
    const report = await findCoverage(db, articleId);
    const lead = report.claims[0].others;
    expect(lead.map((o) => o.kind)).toEqual(kinds);
    expect(new Set(lead.map((o) => o.claimId)).size).toBe(lead.length);
    // The summary still counts the outlet once for the claim.
    expect(report.outlets.find((o) => o.outletId === 'harbour.example')?.claimCount).toBe(1);
  });
});
