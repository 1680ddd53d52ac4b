import { describe, expect, it } from 'vitest';
import { diffSummary, numberReplaced, wordDiff } from '../../../utils/diff/index';

/** What the sidebar flagged before diffs left the report: a replaced number in the full diff summary. */
const fromFullDiff = (a: string, b: string) => diffSummary(wordDiff(a, b)).changedNumbers.some((n) => n.from !== '' && n.to !== '');

const CASES: [string, string, string, boolean][] = [
  ['a changed count', 'The council approved 250 new homes on Monday.', 'The council approved 300 new homes on Monday.', true],
  ['a changed percentage', 'Turnout rose 4.5% in the city.', 'Turnout rose 5% in the city.', true],
  ['a changed number word', 'Three people were hurt.', 'Four people were hurt.', true],
  ['a changed money figure', 'The bridge cost $35 million.', 'The bridge cost $38 million to build.', true],
  ['the same numbers, reworded', 'The council approved 250 new homes on Monday.', 'On Monday, councillors backed 250 new homes.', false],
  ['the same numbers in another case', 'Three people were hurt.', 'three people were hurt, police said.', false],
  ['a number only added', 'The council approved new homes.', 'The council approved 250 new homes.', false],
  ['a number only dropped', 'The council approved 250 new homes.', 'The council approved new homes.', false],
  ['no numbers at all', 'The mayor said the plan would help.', 'The mayor claimed the plan might help.', false],
  ['one of two numbers changed', 'Of 40 flights, 12 were cancelled.', 'Of 40 flights, 14 were cancelled.', true],
];

describe('numberReplaced', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    expect(numberReplaced(a, b)).toBe(expected);
  });

  it.each(CASES)('agrees with the full diff summary: %s', (_name, a, b) => {
    expect(numberReplaced(a, b)).toBe(fromFullDiff(a, b));
  });

  // Where the two part (found by review): the same numbers reworded around each other, which the
  // word diff pairs as "3 → 4". The flag rightly says no number differs.
  it('does not flag the same numbers reworded around each other, where the diff pairs them', () => {
    const a = 'Firefighters rescued 3 residents from the burning tower; 4 were treated in hospital.';
    const b = '3 residents: firefighters rescued 4 residents from the burning tower were treated in hospital.';
    expect({ flag: numberReplaced(a, b), diff: fromFullDiff(a, b) }).toEqual({ flag: false, diff: true });
  });
});
