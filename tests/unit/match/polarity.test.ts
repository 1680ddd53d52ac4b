import { describe, expect, it } from 'vitest';
import { antonymClashes, polarityClash, polarityOf } from '../../../utils/match/polarity';
import { prepareSentence } from '../../../utils/match/prepare';
import { stem, tokenize } from '../../../utils/text/index';
import { judgePair } from '../../../utils/match/score';
import { FEATURE_NAMES, pairFeatures } from '../../../utils/match/features';

const prep = prepareSentence;

describe('polarityOf counts negative cues', () => {
  it.each([
    ['The mayor said the plan would go ahead.', 0],
    ['The mayor did not say whether the plan would go ahead.', 1],
    ['The mayor declined to say whether the plan would go ahead.', 1],
    ['The mayor refused to answer questions.', 1],
    ['Fireworks are banned in the old town.', 1],
    ['Shares in Torvane declined 4 percent on Friday.', 0],
    ['Each household may use no more than 90 litres a day.', 0],
    ['The firm failed to file its accounts on time.', 1],
  ])('%j → %i', (text, n) => {
    const tokens = tokenize(text);
    expect(polarityOf(tokens, tokens.map(stem)).negative).toBe(n);
  });
});

describe('polarity clashes', () => {
  it.each([
    ['The committee approved the harbour plan on Friday.', 'The committee rejected the harbour plan on Friday.', true],
    ['Exports rose 3 percent in June.', 'Exports fell 3 percent in June.', true],
    ['Kelby Town won the cup final.', 'Kelby Town lost the cup final.', true],
    ['Drones are allowed over the park.', 'Drones are banned over the park.', true],
    ['The committee approved the harbour plan on Friday.', 'The harbour plan was approved by the committee on Friday.', false],
    ['Exports rose while imports fell in June.', 'Imports dropped and exports climbed in June.', false],
  ])('%j vs %j → antonym clash %s', (a, b, clash) => {
    expect(antonymClashes(prep(a), prep(b)) > 0).toBe(clash);
    expect(antonymClashes(prep(b), prep(a)) > 0).toBe(clash);
  });

  it.each([
    ['The minister declined to say when the bridge was last inspected.', 'The minister would not say when the bridge was last inspected.', false],
    ['The minister said when the bridge was last inspected.', 'The minister would not say when the bridge was last inspected.', true],
    ['Fireworks are banned in the old town.', 'Fireworks may not be used in the old town.', false],
  ])('%j vs %j → negation clash %s', (a, b, clash) => {
    expect(polarityClash(prep(a), prep(b))).toBe(clash);
  });

  it('feeds the antonymClash feature', () => {
    const at = FEATURE_NAMES.indexOf('antonymClash');
    expect(pairFeatures(prep('Exports rose in June.'), prep('Exports fell in June.'))[at]).toBe(1);
    expect(pairFeatures(prep('Exports rose in June.'), prep('Exports rose in June.'))[at]).toBe(0);
  });
});

describe('judgePair does not link opposite statements', () => {
  it.each([
    ['The council approved the new budget on Monday.', 'The council rejected the new budget on Monday.'],
    ['Regional unemployment rose sharply in the third quarter, the statistics office said.', 'Regional unemployment fell sharply in the third quarter, the statistics office said.'],
    ['Magistrates acquitted the driver of dangerous driving on Thursday.', 'Magistrates convicted the driver of dangerous driving on Thursday.'],
  ])('%j ⇏ %j', (a, b) => {
    expect(judgePair(a, b).kind).not.toBe('paraphrase');
    expect(judgePair(a, b, { sameStory: true }).kind).not.toBe('paraphrase');
    expect(judgePair(a, b).score).toBeLessThan(0.6);
  });
});
