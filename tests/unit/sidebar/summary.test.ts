import { describe, expect, it } from 'vitest';
import { filterClaims, outletsOf, summarise } from '../../../components/sidebar/summary';
import type { CoverageReport } from '../../../utils/library/types';
import { ARTICLE, other, sampleReport } from './sample';

describe('summarise', () => {
  it('counts corroborated statements, outlets and independent wordings', () => {
    const f = summarise(ARTICLE, sampleReport());
    expect(f).toMatchObject({ corroborated: 2, total: 3, otherOutlets: 2, outlets: 3, syndicatedCopies: 1, independentWordings: 2 });
    expect(f.chips.map((c) => c.name)).toEqual(['Daily Lamp', 'Metro Wire']);
  });

  it.each([
    ['2026-01-05T09:00:00Z', 'Daily Lamp', false],
    [null, 'Daily Lamp', false],
    ['1970-01-01T00:00:00.500Z', 'The Town Crier', true],
  ])('first published with own time %s is %s', (publishedTime, name, isThis) => {
    const f = summarise({ ...ARTICLE, publishedTime }, sampleReport());
    expect(f.first?.name).toBe(name);
    expect(f.first?.isThis).toBe(isThis);
  });

  it.each<[string, (r: CoverageReport) => void, number]>([
    ['none tentative', () => undefined, 0],
    ['a statement matched only by a possible paraphrase', (r) => void (r.claims[1].others[0].tentative = true), 1],
    ['a possible paraphrase next to certain matches', (r) => void r.claims[0].others.push(other('Evening Post', 'Councillors backed the homes plan.', 'paraphrase', { tentative: true })), 0],
  ])('counts statements matched only possibly: %s', (_name, change, expected) => {
    const r = sampleReport();
    change(r);
    expect(summarise(ARTICLE, r).possiblyOnly).toBe(expected);
  });

  it('names nobody first when no other outlet covered the story', () => {
    expect(summarise(ARTICLE, { articleId: 1, claims: [], outlets: [] }).first).toBeNull();
  });
});

describe('filterClaims', () => {
  it.each([
    ['all', [0, 1, 2]],
    ['corroborated', [0, 1]],
    ['unique', [2]],
  ] as const)('%s keeps %j', (filter, indexes) => {
    expect(filterClaims(sampleReport().claims, filter).map((c) => c.claim.index)).toEqual(indexes);
  });
});

describe('outletsOf', () => {
  it('keeps the strongest match per outlet, strongest first', () => {
    const item = sampleReport().claims[0];
    expect(outletsOf(item).map((o) => [o.outlet, o.kind])).toEqual([['Metro Wire', 'verbatim'], ['Daily Lamp', 'near']]);
  });
});
