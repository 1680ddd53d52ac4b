import { describe, expect, it } from 'vitest';
import { dateReplaced, diffSummary, wordDiff, type DiffMark } from '../../../utils/diff/index.ts';
import { calendarNames } from '../../../utils/text/calendar.ts';

describe('calendarNames', () => {
  it.each<[string, string, string[]]>([
    ['weekdays and months in order', 'On Tuesday the March figures were revised.', ['tuesday', 'march']],
    ['a dotted short month before a day', 'The strike began on Sept. 5.', ['september']],
    ['a dotted short month with no day', 'Read The Sun. Then the Mon. edition.', []],
    ['"May" after "in" or before a day', 'Talks held in May resume May 4.', ['may', 'may']],
    ['"May" the name, "may" the verb, "march" the verb', 'Theresa May said they may march.', []],
    ['lower case names are not read', 'a tuesday in march', []],
  ])('%s', (_name, text, values) => {
    expect(calendarNames(text).map((n) => n.value)).toEqual(values);
  });

  it('reads "May" with the words before it (a diff block without its preposition)', () => {
    expect(calendarNames('May', 'fell to 4.1% in ').map((n) => n.value)).toEqual(['may']);
    expect(calendarNames('May', 'Theresa ').map((n) => n.value)).toEqual([]);
  });
});

// A day or month replaced by another is a changed fact, like a changed number: the diff marks it
// 'date', the summary lists it, and the card says "Date differs". A day added or dropped (when the
// story was told) or only moved is not listed.
const CASES: [string, string, string, { from: string; to: string }[]][] = [
  ['another weekday', 'The pools will close from Wednesday.', 'The pools will close from Thursday.', [{ from: 'Wednesday', to: 'Thursday' }]],
  ['another month', 'Unemployment fell to 4.1% in May.', 'Unemployment fell to 4.1% in June.', [{ from: 'May', to: 'June' }]],
  // A weekday and a date may be the same day ("on Oct. 11" / "on Monday"): no kind is compared with the other.
  ['a weekday for a date', 'The governor on Oct. 11 issued an order.', 'The governor on Monday issued an order.', []],
  ['a weekday for a month', 'Talks resumed in Geneva on Tuesday.', 'Talks resumed in Geneva in March.', []],
  ['a weekday and a month, the month changed', 'On Tuesday the March figures were revised.', 'On Tuesday the April figures were revised.', [{ from: 'March', to: 'April' }]],
  ['the second of two days', 'The council met on Monday and voted on Friday.', 'The council met on Monday and voted on Thursday.', [{ from: 'Friday', to: 'Thursday' }]],
  ['a short month spelled out', 'The strike began on Sept. 5 at the plant.', 'The strike began on September 5 at the plant.', []],
  ['a day dropped', 'Police said on Tuesday that the road was closed.', 'Police said that the road was closed.', []],
  ['a day added', 'The road was closed, police said.', 'The road was closed, police said on Tuesday.', []],
  ['a day moved', 'On Tuesday, police said the road was closed.', 'Police said Tuesday the road was closed.', []],
  ['no dates at all', 'The mayor said the plan would help.', 'The mayor claimed the plan might help.', []],
];

describe('a replaced day or month', () => {
  it.each(CASES)('summary: %s', (_name, a, b, expected) => {
    expect(diffSummary(wordDiff(a, b)).changedDates).toEqual(expected);
  });
  it.each(CASES)('marks and flag agree with the summary: %s', (_name, a, b, expected) => {
    const marked = wordDiff(a, b).some((o) => o.marks?.includes('date' as DiffMark));
    expect({ marked, flag: dateReplaced(a, b) }).toEqual({ marked: expected.length > 0, flag: expected.length > 0 });
  });
});
