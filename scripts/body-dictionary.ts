/**
 * `npx tsx scripts/body-dictionary.ts [--data DIR]`: derives the preset dictionary of article-body
 * compression format 2 (utils/library/article-body.ts) from word frequencies in the BBC and
 * Reuters-21578 articles of the research data, and writes utils/library/body-dictionary-v2.json
 * (read by body-dictionary-v2.ts).
 * The dictionary is a list of common words (as written, capitals included) in the documents of
 * at least {@link MIN_DOCUMENTS} articles, ranked by the bytes a back-reference to them saves
 * (occurrences × length), the most valuable last (deflate reaches the last bytes most cheaply),
 * up to deflate's 32 KB window. Words only: no sentence or phrase of the data is copied.
 * Then prints the compressed share of the text with the v1 and the new dictionary on NewsWCL50
 * and AllSides, which the dictionary was not derived from.
 * The shipped file is FROZEN once stored bodies use it: re-running this script is only for a new
 * format tag.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'fflate';
import { BODY_DICTIONARY_V1 } from '../utils/library/body-dictionary';
import { loadAllSides, loadNewsWcl } from './lib/bench/corpus-load';
import { REPO_ROOT, resolveDataDir } from './lib/data-dir';
import { documents } from './term-stats';

/** A word must occur in at least this many articles: common vocabulary, not one story's names. */
const MIN_DOCUMENTS = 20;
/** Deflate's window: a dictionary longer than this is never reached. */
const MAX_BYTES = 32_000;

const { dir, exists } = resolveDataDir(process.argv.slice(2));
if (!exists) {
  console.error(`body-dictionary: research data not found at ${dir}; pass --data DIR`);
  process.exit(2);
}

const count = new Map<string, number>();
const docs = new Map<string, number>();
for (const doc of documents(dir)) {
  const seen = new Set<string>();
  for (const w of doc.match(/[A-Za-z][a-z']*|\d+/g) ?? []) {
    count.set(w, (count.get(w) ?? 0) + 1);
    seen.add(w);
  }
  for (const w of seen) docs.set(w, (docs.get(w) ?? 0) + 1);
}
const ranked = [...count]
  .filter(([w]) => w.length >= 2 && (docs.get(w) ?? 0) >= MIN_DOCUMENTS)
  .map(([w, n]) => [w, n * (w.length + 1)] as const)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const chosen: string[] = [];
let bytes = 0;
for (const [w] of ranked) {
  if (bytes + w.length + 1 > MAX_BYTES) break;
  chosen.push(w);
  bytes += w.length + 1;
}
const text = chosen.reverse().map((w) => ` ${w}`).join('');
const out = resolve(REPO_ROOT, 'utils/library/body-dictionary-v2.json');
writeFileSync(out, `${JSON.stringify({ words: text })}\n`);
console.log(`${chosen.length} words, ${text.length} bytes → ${out}`);

const encoder = new TextEncoder();
for (const [name, articles] of [['NewsWCL50', loadNewsWcl(dir)], ['AllSides', loadAllSides(dir)]] as const) {
  const share = (dictionary: string) => {
    let raw = 0;
    let packed = 0;
    for (const a of articles) {
      const plain = encoder.encode(JSON.stringify(a.paragraphs));
      raw += plain.length;
      packed += deflateSync(plain, { level: 6, dictionary: encoder.encode(dictionary) }).length;
    }
    return (packed / raw).toFixed(3);
  };
  console.log(`${name} (${articles.length} articles): compressed share v1 ${share(BODY_DICTIONARY_V1)}, v2 ${share(text)}`);
}
