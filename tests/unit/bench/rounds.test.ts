import { afterEach, describe, expect, it, vi } from 'vitest';
import { roundStamps, summarizeRounds } from '../../../scripts/lib/bench/rounds';

afterEach(() => vi.restoreAllMocks());

describe('roundStamps', () => {
  it.each([
    // clock at: indexes, rows, targets, end → phases
    [[10, 12, 20, 25], { indexes: 10, rows: 2, targets: 8, align: 5 }],
    [[0, 0, 0, 7], { indexes: 0, rows: 0, targets: 0, align: 7 }],
  ])('stamps %j', (clock, phases) => {
    const now = vi.spyOn(performance, 'now');
    const { opts, done } = roundStamps(0);
    now.mockReturnValueOnce(clock[0]);
    opts.onRound!('indexes');
    now.mockReturnValueOnce(clock[1]);
    opts.onRound!('rows');
    now.mockReturnValueOnce(clock[2]);
    opts.onTargets!([], [], []);
    now.mockReturnValueOnce(clock[3]);
    expect(done()).toEqual(phases);
  });

  it('summarises each phase', () => {
    const s = summarizeRounds([{ indexes: 1, rows: 2, targets: 3, align: 4 }, { indexes: 3, rows: 2, targets: 1, align: 0 }]);
    expect(s.indexes.p50).toBe(2);
    expect(s.align.p95).toBeCloseTo(3.8);
  });
});
