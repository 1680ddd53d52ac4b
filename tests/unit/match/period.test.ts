/** Reporting periods (utils/match/period.ts). Regression (trap stories): a second-quarter profit fall was linked to a third-quarter profit rise. */
import { describe, expect, it } from 'vitest';
import { monthsDiffer, periodsDiffer } from '../../../utils/match/period';
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
    // Regression (probe of 2026-12-06, night): one month's figure was a near copy of another's.
    ['March and February', 'Unemployment fell to 4.1 percent in March, the statistics office said.', 'Unemployment fell to 4.1 percent in February, the statistics office said.', true],
    ['a month named on both sides', 'The law, passed in March, takes effect in July.', 'The law takes effect in July.', false],
    ['a month and a quarter are other kinds', 'Sales rose in September.', 'Sales rose in the third quarter.', false],
    ['"May" the verb and the name', 'Prices may rise in June.', "May's budget plan may lower prices.", false],
    ['"May" the month', 'The vote was held in May.', 'The vote was held in June.', true],
    ['"in May\'s cabinet" is no month', "The plan was drawn up in May's cabinet office.", 'The plan was drawn up in June.', false],
    ['"May 4" and "June 4"', 'The vote is set for May 4.', 'The vote is set for June 4.', true],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(periodsDiffer(a, b) || monthsDiffer(a, b)).toBe(expected);
  });

  it('makes a near copy of another period no match', () => {
    const a = 'Harwell Foods reported an 18% rise in third-quarter profit on Tuesday, beating Wall Street estimates.';
    expect(judgePair(a, a.replace('third-quarter', 'second-quarter'), { sameStory: true }).kind).toBe('none');
    expect(judgePair(a, a.replace('third-quarter', 'July-September'), { sameStory: true }).kind).not.toBe('none');
  });

  it('makes a near copy of another month no match, but not a paraphrase naming the month before', () => {
    const a = 'Unemployment fell to 4.1 percent in March, the statistics office said on Friday.';
    expect(judgePair(a, a.replace('March', 'February'), { sameStory: true }).kind).toBe('none');
    const b = 'The jobless rate edged up to 5.2% from 5.1% in June.';
    expect(judgePair(b, 'The jobless rate climbed to 5.2% in July, up from 5.1% a month earlier.', { sameStory: true }).kind).toBe('paraphrase');
  });
});
