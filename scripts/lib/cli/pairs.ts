/** `xref pairs FILE.tsv`: one `{score, kind}` per line `sentenceA<TAB>sentenceB`, in order. */
import { readFile } from 'node:fs/promises';
import { judgePair } from '../../../utils/match/score.ts';
import { describeFsError } from './read-page.ts';
import { decodeFile } from './decode.ts';
import { resolveArg, shownPath } from './paths.ts';
import { CliError, type PairOut } from './types.ts';

/** Splits TSV text into sentence pairs; throws an exit-1 {@link CliError} naming the first bad line. */
export function parsePairs(text: string, shown: string): Array<[string, string]> {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => {
    const fields = line.split('\t');
    if (fields.length !== 2) {
      throw new CliError(`${shown}:${i + 1}: expected "sentenceA<TAB>sentenceB", found ${fields.length - 1} tab${fields.length === 2 ? '' : 's'}`, 1);
    }
    return [fields[0], fields[1]];
  });
}

/** Judges every pair of the TSV file at `file` (relative to `baseDir`); results parallel to pairs. */
export async function runPairs(file: string, baseDir: string): Promise<{ pairs: Array<[string, string]>; results: PairOut[] }> {
  const abs = resolveArg(baseDir, file);
  const shown = shownPath(baseDir, abs);
  let text: string;
  try {
    text = decodeFile(await readFile(abs), false);
  } catch (err) {
    throw new CliError(`${shown}: cannot read file (${describeFsError(err)})`, 1);
  }
  const pairs = parsePairs(text, shown);
  const results = pairs.map(([a, b]): PairOut => {
    const j = judgePair(a, b);
    const score = Number.isFinite(j.score) ? Math.min(1, Math.max(0, j.score)) : 0;
    return { score, kind: j.kind };
  });
  return { pairs, results };
}

/** Human-readable pairs output: line number, kind and score, then both sentences. */
export function formatPairs(results: readonly PairOut[], pairs?: ReadonlyArray<[string, string]>): string {
  return results
    .map((r, i) => {
      const head = `${String(i + 1).padStart(4)}  [${r.kind} ${r.score.toFixed(2)}]`;
      if (!pairs) return head;
      return `${head}\n      A: ${pairs[i][0]}\n      B: ${pairs[i][1]}`;
    })
    .join('\n') + '\n';
}
