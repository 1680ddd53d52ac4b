/**
 * `npx tsx scripts/word-vectors.ts [--data DIR] [--vocab 20000] [--contexts 8000] [--dims 64] [--window 5]`:
 * learns distributional word vectors offline from the research news corpora (BBC, Reuters-21578,
 * NewsWCL50, AllSides, plus MRPC/STS sentences as unlabelled text): PPMI co-occurrence of content
 * stems within ±window content words, truncated SVD, L2-normalised and quantised to int8. Writes
 * utils/text/word-vectors.json: the stem vocabulary and base64 numbers only (no text is copied).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNumberToken, isStopword, stem, tokenize } from '../utils/text/index';
import { documents } from './term-stats';
import { truncatedSvd, type Csr } from './lib/randomized-svd';
import { REPO_ROOT, argValue, resolveDataDir } from './lib/data-dir';

/** Every text of the corpora as a content-stem sequence (stopwords and numbers dropped). */
function* texts(dir: string): Generator<string> {
  yield* documents(dir);
  const wcl = join(dir, 'newswcl50', '1-raw-articles');
  for (const ev of readdirSync(wcl)) {
    const d = join(wcl, ev);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d)) if (f.endsWith('.txt')) yield readFileSync(join(d, f), 'utf8');
  }
  const as = join(dir, 'allsides-roundups');
  for (const f of readdirSync(as).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(as, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const strings: string[] = [];
      JSON.parse(line, (_k, v) => { if (typeof v === 'string' && v.length > 40) strings.push(v); return v; });
      yield strings.join('\n');
    }
  }
  for (const line of readFileSync(join(dir, 'mrpc', 'msr_paraphrase_train.txt'), 'utf8').split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length >= 5) yield `${f[3]}\n${f[4]}`;
  }
  for (const name of ['sts-train.csv', 'sts-dev.csv']) {
    for (const line of readFileSync(join(dir, 'sts', name), 'utf8').split(/\r?\n/)) {
      const f = line.split('\t');
      if (f.length >= 7) yield `${f[5]}\n${f[6]}`;
    }
  }
}

function contentStems(text: string): string[] {
  return tokenize(text).filter((t) => /^[a-z]/.test(t) && !isNumberToken(t) && !isStopword(t)).map(stem);
}

/** PPMI matrix (vocab × contexts, CSR) with context-distribution smoothing 0.75 and 1/distance weights. */
function ppmi(docs: string[][], vocab: Map<string, number>, contexts: number, window: number): Csr {
  const V = vocab.size, C = contexts;
  const counts = new Float32Array(V * C);
  for (const doc of docs) {
    const ids = doc.map((s) => vocab.get(s) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const w = ids[i];
      if (w < 0) continue;
      for (let j = Math.max(0, i - window); j <= Math.min(ids.length - 1, i + window); j++) {
        const c = ids[j];
        if (j !== i && c >= 0 && c < C) counts[w * C + c] += 1 / Math.abs(i - j);
      }
    }
  }
  const row = new Float64Array(V), col = new Float64Array(C);
  let total = 0;
  for (let w = 0; w < V; w++) for (let c = 0; c < C; c++) { const x = counts[w * C + c]; row[w] += x; col[c] += x; total += x; }
  let colSmooth = 0;
  for (let c = 0; c < C; c++) colSmooth += col[c] ** 0.75;
  const ptr = new Int32Array(V + 1), idx: number[] = [], val: number[] = [];
  for (let w = 0; w < V; w++) {
    for (let c = 0; c < C; c++) {
      const x = counts[w * C + c];
      if (x <= 0) continue;
      const pmi = Math.log((x / total) / ((row[w] / total) * (col[c] ** 0.75 / colSmooth)));
      if (pmi > 0) { idx.push(c); val.push(pmi); }
    }
    ptr[w + 1] = idx.length;
  }
  return { rows: V, cols: C, ptr, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

function main(): void {
  const argv = process.argv.slice(2);
  const { dir } = resolveDataDir(argv);
  const vocabSize = Number(argValue(argv, 'vocab') ?? 20000), contexts = Number(argValue(argv, 'contexts') ?? 8000);
  const dims = Number(argValue(argv, 'dims') ?? 64), window = Number(argValue(argv, 'window') ?? 5);
  const docs: string[][] = [];
  const freq = new Map<string, number>();
  for (const t of texts(dir)) {
    const s = contentStems(t);
    docs.push(s);
    for (const x of s) freq.set(x, (freq.get(x) ?? 0) + 1);
  }
  const words = [...freq.entries()].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabSize).map(([w]) => w);
  const vocab = new Map(words.map((w, i) => [w, i]));
  const m = ppmi(docs, vocab, Math.min(contexts, words.length), window);
  console.log(`texts ${docs.length}, tokens ${docs.reduce((a, d) => a + d.length, 0)}, vocab ${words.length}, nnz ${m.idx.length}`);
  const { u, sigma } = truncatedSvd(m, dims);
  const bytes = new Int8Array(words.length * dims);
  for (let w = 0; w < words.length; w++) {
    let max = 1e-12;
    const v = u.map((col, k) => col[w] * Math.sqrt(sigma[k]));
    for (const x of v) max = Math.max(max, Math.abs(x));
    for (let k = 0; k < dims; k++) bytes[w * dims + k] = Math.round((v[k] / max) * 127);
  }
  const out = join(REPO_ROOT, 'utils/text/word-vectors.json');
  writeFileSync(out, JSON.stringify({ dims, words: words.join(' '), data: Buffer.from(bytes.buffer).toString('base64') }));
  console.log(`singular values ${sigma.slice(0, 5).map((x) => x.toFixed(1)).join(' ')} …; written ${out} (${statSync(out).size} bytes)`);
}

main();
