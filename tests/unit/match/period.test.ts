/** Reporting periods (utils/match/period.ts). Regression (trap stories): a second-quarter profit fall was linked to a third-quarter profit rise. */
import { describe, expect, it } from 'vitest';
import { periodsDiffer } from '../../../utils/match/period';
import { judgePair } from '../../../utils/match/score';

describe('periodsDiffer', () => {
  it.each([
    ['third- and second-quarter', 'Third-quarter profit rose 18%.', 'Second-quarter profit rose 18%.', true],
    ['Q3 and third quarter', 'Q3 revenue was $4 billion.', 'Revenue in the third quarter was $4 billion.', false],
    ['first half and second half', 'Sales rose in the first half.', 'Sales rose in the second half.', true],
    ['one side names no period', 'Profit rose 18% in the third quarter.', 'Profit rose 18%.', false],
    ['no period at all', 'Profit rose 18%.', 'Profit fell 18%.', false],
    // Third review of 2026-12-06: hydrogen and quarter-finals are no periods.
    ['"H2" is hydrogen', 'The plant will make H2 from wind power in the first half.', 'The plant will make H1 steel from wind power.', false],
    ['a quarter-final', 'Spain reached the third quarter-final of the tournament.', 'Spain reached the second quarter-final.', false],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(periodsDiffer(a, b)).toBe(expected);
  });

  it('makes a near copy of another period no match', () => {
    const a = 'Harwell Foods reported an 18% rise in third-quarter profit on Tuesday, beating Wall Street estimates.';
    expect(judgePair(a, a.replace('third-quarter', 'second-quarter'), { sameStory: true }).kind).toBe('none');
    expect(judgePair(a, a.replace('third-quarter', 'July-September'), { sameStory: true }).kind).not.toBe('none');
  });
});
