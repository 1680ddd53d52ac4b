import { describe, expect, it } from 'vitest';
import { prepareSentence } from '../../../utils/match/prepare';
import { judgePrepared, type JudgeContext, type PairEvidence } from '../../../utils/match/score';

/** Pairs of each kind: copy, near edit, paraphrase, same words with a clash, unrelated. */
const PAIRS = [
  ['The council approved the plan by 35 votes to 12 on Tuesday.', 'The council approved the plan by 35 votes to 12 on Tuesday.'],
  ['The council approved the plan by 35 votes to 12 on Tuesday.', 'The council approved the plan by 38 votes to 12 on Tuesday.'],
  ['The minister declined to say how the figures were gathered.', 'The source of the figures was not disclosed by the minister.'],
  ['The council approved the plan by 35 votes to 12 on Tuesday.', 'The council rejected the plan by 35 votes to 12 on Tuesday.'],
  ['Officials in Lowmere said the inquiry into the ferry collapse would take six months.', 'An investigation into the Lowmere ferry collapse is expected to last half a year, officials said.'],
  ['Shares in Zentrix Holdings fell 4.2% in early trading in Frankfurt.', 'Heavy rain is forecast for the weekend across the north.'],
] as const;

/** The contexts alignment judges one stored sentence in, in the orders they may come. */
const CONTEXTS: JudgeContext[] = [
  { sameStory: true, positionGap: 0.02, keepFrom: 0 },
  { sameStory: false, keepFrom: Infinity },
  { sameStory: true, positionGap: 0.6, keepFrom: 0.3 },
  { sameStory: false, keepFrom: 0 },
  { sameStory: true },
  {},
];
const orders = [CONTEXTS, [...CONTEXTS].reverse()];

describe('judgePrepared with shared PairEvidence', () => {
  it.each(PAIRS.flatMap(([a, b]) => orders.map((order, o) => [a, b, o, order] as const)))(
    'judges %s | %s (order %i) exactly as without it',
    (a, b, _o, order) => {
      const pa = prepareSentence(a), pb = prepareSentence(b);
      const evidence: PairEvidence = {};
      for (const ctx of order) expect(judgePrepared(pa, pb, { ...ctx, evidence })).toEqual(judgePrepared(pa, pb, ctx));
    },
  );

  it('reuses the measured probability instead of measuring the pair again', () => {
    const pa = prepareSentence(PAIRS[4][0]), pb = prepareSentence(PAIRS[4][1]);
    const evidence: PairEvidence = {};
    expect(judgePrepared(pa, pb, { evidence }).kind).toBe('none');
    expect(evidence.p).toBeGreaterThan(0);
    evidence.p = 0.999;
    expect(judgePrepared(pa, pb, { evidence })).toEqual({ score: 0.999, kind: 'paraphrase' });
  });
});
