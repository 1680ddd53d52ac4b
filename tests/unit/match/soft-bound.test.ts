import { describe, expect, it } from 'vitest';
import { modelFeatures } from '../../../utils/match/features';
import { probability } from '../../../utils/match/model';
import { prepareSentence } from '../../../utils/match/prepare';
import { judgePrepared, shippedModel } from '../../../utils/match/score';
import { logitWithoutSoft, softLogitBound } from '../../../utils/match/soft-bound';

/** Sentences of one story and of others: copies, paraphrases, near misses, unrelated lines, names without vectors. */
const SENTENCES = [
  'The minister declined to say how the figures were gathered.',
  'The source of the figures was not disclosed by the minister.',
  'Officials said the inquiry into the collapse would take six months.',
  'An investigation into the bridge collapse is expected to last half a year, officials said.',
  'The council approved the plan by 35 votes to 12 on Tuesday.',
  'The council rejected the plan by 38 votes to 12 on Tuesday.',
  '"We will rebuild the bridge," said Mayor Okonkwo-Lindqvist.',
  'Mayor Okonkwo-Lindqvist promised that the bridge would be rebuilt.',
  'Shares in Zentrix Holdings fell 4.2% in early trading in Frankfurt.',
  'Police said the investigation was continuing.',
  'Heavy rain is forecast for the weekend across the north.',
  'Quarnby Vellis told reporters the talks had stalled.',
];
const pairs = SENTENCES.flatMap((a, i) => SENTENCES.slice(i + 1).map((b) => [a, b] as const));

describe('softLogitBound never falls below what the soft alignment adds', () => {
  const model = shippedModel();
  it.each(pairs)('%s | %s', (a, b) => {
    const pa = prepareSentence(a), pb = prepareSentence(b);
    const x = modelFeatures(pa, pb, model, new Float64Array(model.coef.length));
    const z = Math.log(probability(model, x) / (1 - probability(model, x)));
    expect(logitWithoutSoft(model, x) + softLogitBound(model, pa, pb)).toBeGreaterThanOrEqual(z - 1e-9);
  });
});

describe('softLogitBound cut into parts', () => {
  const model = shippedModel();
  const bounds = pairs.map(([a, b]) => {
    const pa = prepareSentence(a), pb = prepareSentence(b);
    // With an unreachable `need` the whole range's bound is returned as is.
    return { split: softLogitBound(model, pa, pb), whole: softLogitBound(model, pa, pb, Infinity) };
  });
  it('is never looser than the whole range, and tighter for most pairs', () => {
    expect(bounds.every((x) => x.split <= x.whole + 1e-12)).toBe(true);
    expect(bounds.filter((x) => x.split < x.whole - 0.1).length).toBeGreaterThan(pairs.length / 2);
  });
});

describe('judging with keepFrom changes no judgement the caller keeps', () => {
  it.each(pairs.flatMap(([a, b]) => [
    [a, b, { sameStory: false }, 0],
    [a, b, { sameStory: true, positionGap: 0.05 }, 0],
    [a, b, { sameStory: true }, 0.55],
    [a, b, { sameStory: false }, Infinity],
  ] as const))('%s | %s %j from %s', (a, b, ctx, keepFrom) => {
    const pa = prepareSentence(a), pb = prepareSentence(b);
    const full = judgePrepared(pa, pb, ctx);
    const pruned = judgePrepared(pa, pb, { ...ctx, keepFrom });
    const kept = (j: typeof full) => j.kind !== 'none' && (j.kind !== 'paraphrase' || j.score >= keepFrom);
    expect(kept(pruned)).toBe(kept(full));
    if (kept(full)) expect(pruned).toEqual(full);
  });
});
