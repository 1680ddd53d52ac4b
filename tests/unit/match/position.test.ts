import { describe, expect, it } from 'vitest';
import { POSITION_SHIFT, POSITION_WINDOW, positionGap, positionShift, relativePosition } from '../../../utils/match/position';
import { judgePair } from '../../../utils/match/score';

describe('relative positions', () => {
  it.each([
    [0, 10, 0],
    [9, 10, 1],
    [3, 7, 0.5],
    [0, 1, 0],
  ])('claim %i of %i → %d', (i, n, r) => {
    expect(relativePosition(i, n)).toBeCloseTo(r, 9);
  });
  it.each([
    [0, 10, 0, 20, 0],
    [9, 10, 0, 5, 1],
    [2, 5, 4, 9, 0],
  ])('gap of %i/%i and %i/%i → %d', (ia, na, ib, nb, gap) => {
    expect(positionGap(ia, na, ib, nb)).toBeCloseTo(gap, 9);
  });
});

describe('positionShift', () => {
  it.each([
    [0, POSITION_SHIFT],
    [POSITION_WINDOW / 2, POSITION_SHIFT / 2],
    [POSITION_WINDOW, 0],
    [0.8, 0],
    [undefined, 0],
    [Number.NaN, 0],
  ])('gap %d → %d', (gap, shift) => {
    expect(positionShift(gap)).toBeCloseTo(shift, 9);
  });
});

describe('the position prior in judgePair', () => {
  const a = 'Rescue teams reached the stranded hikers on Mount Sorrel after a night on the ridge.';
  const b = 'The hikers stuck on Mount Sorrel were reached by rescuers after spending the night on the ridge.';
  it('raises the score of same-story claims at the same position only', () => {
    const far = judgePair(a, b, { sameStory: true, positionGap: 0.6 }).score;
    const close = judgePair(a, b, { sameStory: true, positionGap: 0 }).score;
    expect(close).toBeGreaterThan(far);
    expect(judgePair(a, b, { sameStory: true }).score).toBe(far);
  });
  it('is ignored outside a story', () => {
    expect(judgePair(a, b, { positionGap: 0 }).score).toBe(judgePair(a, b).score);
  });
});
