import { describe, expect, it } from 'vitest';
import { diffSummary, swappedRoles, wordDiff } from '../../../utils/diff/index.ts';

// Two names in each other's place around the very same words say the opposite thing, though the
// word diff shows only two names moved: the comparison says "Roles swapped".
const CASES: [string, string, string, { first: string; second: string } | null][] = [
  ['a result reversed', 'Rovers beat Athletic 2-1 on Saturday.', 'Athletic beat Rovers 2-1 on Saturday.', { first: 'Rovers', second: 'Athletic' }],
  ['an accusation reversed', 'Norland accused Estria of shelling the plant.', 'Estria accused Norland of shelling the plant.', { first: 'Norland', second: 'Estria' }],
  ['names of several words', 'Anna Berg sued Carl Dahl over the song.', 'Carl Dahl sued Anna Berg over the song.', { first: 'Anna Berg', second: 'Carl Dahl' }],
  ['names joined by "and"', 'Smith and Jones said the plan failed.', 'Jones and Smith said the plan failed.', null],
  ['a symmetric verb', 'On Tuesday, Kim met Lee in Seoul.', 'Lee met Kim in Seoul on Tuesday.', null],
  ['a passive agent', 'Police in Tarlow arrested Paul Drake.', 'Paul Drake was arrested by police in Tarlow.', null],
  ['the same result told the other way', 'Rovers beat Athletic.', 'Athletic lost to Rovers.', null],
  ['other words between the names (a rewording)', 'The council hired the Brackwell firm of Norland to cost the repairs.', 'The council hired the Norland firm Brackwell to cost the repairs.', null],
  ['an attribution moved', 'The Tarlow council raised rents, Maria Ortiz said.', 'Maria Ortiz said the Tarlow council raised rents.', null],
  ['a day is no name', 'On Tuesday Rovers beat Athletic.', 'Rovers beat Athletic on Tuesday.', null],
  ['one name only', 'Rovers won on Saturday.', 'Rovers lost on Saturday.', null],
];

describe('swappedRoles', () => {
  it.each(CASES)('%s', (_name, a, b, expected) => {
    expect(swappedRoles(a, b)).toEqual(expected);
  });
  it.each(CASES)('the diff marks it and its summary names it: %s', (_name, a, b, expected) => {
    const ops = wordDiff(a, b);
    expect(ops.some((o) => o.marks?.includes('roles'))).toBe(expected !== null);
    expect(diffSummary(ops).rolesSwapped).toEqual(expected);
  });
});
