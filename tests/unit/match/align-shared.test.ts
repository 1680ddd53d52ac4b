import { describe, expect, it } from 'vitest';
import { alignClaims, type AlignTarget } from '../../../utils/match/align';
import { prepareSentence } from '../../../utils/match/prepare';
import type { StoredClaim } from '../../../utils/library/types';

const STORED = 'The Tarlow city council voted on Tuesday to close the Brackwell library branch next spring.';

function claim(index: number, text: string): StoredClaim {
  return { id: 700 + index, articleId: 7, cid: `c${index}`, index, paragraph: index, start: 0, end: text.length, text, prefix: '', suffix: '', quote: false };
}

describe('alignClaims lets two query claims share a claim that matches each on its own', () => {
  it.each([
    // two verbatim/near copies of one stored claim: both link to it
    ['two copies', [STORED, 'The Tarlow city council voted on Tuesday to close the Brackwell library branch next spring, officials said.'], [0, 1]],
    // a copy and an unrelated line: only the copy links
    ['copy and unrelated', [STORED, 'Ferry services to Oskar Island resumed on Wednesday after a two-day strike.'], [0]],
  ])('%s → query claims %j linked', (_name, texts, expected) => {
    const query = (texts as string[]).map((t) => prepareSentence(t));
    const flags = query.map(() => ({ boilerplate: false, generic: false }));
    const t: AlignTarget = { articleId: 7, claims: [claim(0, STORED)], sameStory: true, similarity: 0.9 };
    const linked = alignClaims(query, flags, [t]).map((m) => m.queryIndex).sort();
    expect(linked).toEqual(expected);
  });
});
