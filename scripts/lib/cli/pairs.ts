/**
 * `xref pairs FILE.tsv`: one `{score, kind}` per line `sentenceA<TAB>sentenceB`, in order; blank
 * lines are skipped, and empty sentences or a file without pairs get a warning on stderr.
 */
import { readFile } from 'node:fs/promises';
import { judgePair } from '../../../utils/match/score.ts';
import { describeFsError } from './read-page.ts';
import { decodeFile } from './decode.ts';
import { resolveArg, shownPath } from './paths.ts';
import { CliError, type PairOut } from './types.ts';

/** The pairs of a TSV file, the line each came from, and what deserves a warning. */
export interface ParsedPairs {
  pairs: Array<[string, string]>;
  /** 1-based line number of each pair in the file. */
  lines: number[];
  /** "FILE:LINE: sentence B is empty", and a note when the file holds no pair at all. */
  warnings: string[];
}

/**
 * Splits TSV text into sentence pairs, one a line. Blank (whitespace-only) lines are skipped
 * wherever they are; a line with an empty side is still a pair, with a warning. Throws an exit-1
 * {@link CliError} naming the first line that is not blank and does not hold exactly one tab.
 */
export function parsePairs(text: string, shown: string): ParsedPairs {
  const out: ParsedPairs = { pairs: [], lines: [], warnings: [] };
  text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).forEach((line, i) => {
    const fields = line.split('\t');
    if (fields.length === 1 && !line.trim()) return;
    if (fields.length !== 2) {
      throw new CliError(`${shown}:${i + 1}: expected "sentenceA<TAB>sentenceB", found ${fields.length - 1} tab${fields.length === 2 ? '' : 's'}`, 1);
    }
    const empty = ['A', 'B'].filter((_, side) => !fields[side].trim());
    if (empty.length === 2) out.warnings.push(`${shown}:${i + 1}: sentences A and B are empty`);
    else if (empty.length === 1) out.warnings.push(`${shown}:${i + 1}: sentence ${empty[0]} is empty`);
    out.pairs.push([fields[0], fields[1]]);
    out.lines.push(i + 1);
  });
  if (out.pairs.length === 0) out.warnings.push(`${shown}: no sentence pairs (the file is empty or all its lines are blank)`);
  return out;
}

/**
 * Judges every pair of the TSV file at `file` (relative to `baseDir`); results parallel to pairs.
 * Warnings (empty sentences, no pairs) go to `warn`; they do not change the output or exit code.
 */
export async function runPairs(
  file: string, baseDir: string, warn: (message: string) => void = () => {},
): Promise<{ pairs: Array<[string, string]>; lines: number[]; results: PairOut[] }> {
  const abs = resolveArg(baseDir, file);
  const shown = shownPath(baseDir, abs);
  let text: string;
  try {
    text = decodeFile(await readFile(abs), false);
  } catch (err) {
    throw new CliError(`${shown}: cannot read file (${describeFsError(err)})`, 1);
  }
  const { pairs, lines, warnings } = parsePairs(text, shown);
  warnings.forEach((w) => warn(w));
  const results = pairs.map(([a, b]): PairOut => {
    const j = judgePair(a, b);
    const score = Number.isFinite(j.score) ? Math.min(1, Math.max(0, j.score)) : 0;
    return { score, kind: j.kind };
  });
  return { pairs, lines, results };
}

/** Human-readable pairs output: line number (`lines`, else the pair's position), kind and score, then both sentences. */
export function formatPairs(results: readonly PairOut[], pairs?: ReadonlyArray<[string, string]>, lines?: readonly number[]): string {
  if (results.length === 0) return '';
  return results
    .map((r, i) => {
      const head = `${String(lines?.[i] ?? i + 1).padStart(4)}  [${r.kind} ${r.score.toFixed(2)}]`;
      if (!pairs) return head;
      return `${head}\n      A: ${pairs[i][0]}\n      B: ${pairs[i][1]}`;
    })
    .join('\n') + '\n';
}
