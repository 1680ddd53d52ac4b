import { describe, expect, it } from 'vitest';
import { prepareSentence, type PreparedSentence } from '../../../utils/match/prepare';
import { hashPair, hashString, isStopword, stem, termWeight, tokenize } from '../../../utils/text/index';
import { stemRow, wordVectors } from '../../../utils/text/word-vectors';

/** The plain definitions of a prepared sentence's typed arrays, from its tokens, their stems and its key. */
function plainArrays(p: PreparedSentence) {
  const tokens = tokenize(p.text);
  const stems = tokens.map(stem);
  const ids = stems.map(hashString);
  const grams = (n: number) => {
    const out: number[] = [];
    for (let i = 0; i + n <= ids.length; i++) out.push(ids.slice(i + 1, i + n).reduce(hashPair, ids[i]));
    return out.sort((a, b) => a - b);
  };
  const unique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const contentStems = new Map(stems.filter((_, i) => !isStopword(tokens[i])).map((s) => [hashString(s), s]));
  const content = unique([...contentStems.keys()]);
  const s = ` ${p.key} `;
  const trigrams = unique([...s].slice(2).map((_, i) => hashString(s.slice(i, i + 3))));
  const weights = content.map((h) => termWeight(contentStems.get(h)!));
  const rows = content.map((h) => stemRow(contentStems.get(h)!));
  const { dims, rows: table } = wordVectors();
  const centroid = new Float32Array(dims);
  rows.forEach((o, k) => { if (o >= 0) for (let d = 0; d < dims; d++) centroid[d] += weights[k] * table[o + d]; });
  const norm = Math.hypot(...centroid);
  return {
    ids, grams: [grams(1), grams(2), grams(3), grams(4)], shingles: grams(6), terms: unique([...grams(1), ...grams(2)]),
    trigrams, content, weights, vectorRows: rows, mass: weights.reduce((a, b) => a + b, 0),
    centroid: [...centroid].map((v) => (norm > 0 ? v / norm : 0)),
  };
}

/** The same fields of a prepared sentence, as plain arrays. */
function arraysOf(p: PreparedSentence) {
  return {
    ids: [...p.ids], grams: p.grams.map((g) => [...g]), shingles: [...p.shingles], terms: [...p.terms],
    trigrams: [...p.trigrams], content: [...p.content], weights: [...p.weights], vectorRows: [...p.vectorRows],
    mass: p.mass, centroid: [...p.centroid],
  };
}

const SENTENCES = [
  'The Tarlow city council voted on Tuesday to close the Brackwell library branch next spring.',
  '"We will not stop until the ferry runs again," the union leader said.',
  'Prices rose 3.5% in March, the statistics office said, the fastest pace since 2019.',
  'the the the the the the the the',
  'Hello',
  '',
  '日本語のテキスト',
];

describe('prepareSentence builds its typed arrays as their plain definitions say', () => {
  it.each(SENTENCES)('%j', (text) => {
    const got = arraysOf(prepareSentence(text));
    const want = plainArrays(prepareSentence(text));
    expect({ ...got, centroid: null, weights: null, mass: null }).toEqual({ ...want, centroid: null, weights: null, mass: null });
    got.weights.forEach((w, i) => expect(w).toBeCloseTo(want.weights[i], 12));
    expect(got.mass).toBeCloseTo(want.mass, 9);
    got.centroid.forEach((v, i) => expect(v).toBeCloseTo(want.centroid[i], 5));
  });

  it('keeps each sentence\'s arrays when later sentences reuse the scratch buffer (regression: views of a shared buffer)', () => {
    const first = SENTENCES.map((t) => prepareSentence(t));
    const copies = first.map(arraysOf);
    for (let i = 0; i < 50; i++) prepareSentence(`${SENTENCES[i % 3]} ${'extra words here '.repeat(i)}`);
    expect(first.map(arraysOf)).toEqual(copies);
    expect(new Set(first.map((p) => p.ids.buffer)).size).toBe(first.length);
  });
});
