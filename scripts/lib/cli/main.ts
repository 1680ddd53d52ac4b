/**
 * `xref` entry logic, independent of `process`: parses the command line, runs one command and
 * writes its output. Returns the exit code: 0 success, 1 unreadable argument, 2 usage error.
 */
import { checkArity, parseArgs } from './args.ts';
import { formatCompare } from './format.ts';
import { USAGE } from './help.ts';
import { formatExtract, runExtract } from './extract.ts';
import { runCompare } from './compare.ts';
import { formatPairs, runPairs } from './pairs.ts';
import { CliError, type CliIo } from './types.ts';

/** JSON as the CLI prints it: two-space indented, one trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Runs `xref` with `argv` (arguments after the script name). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (args.command === null) throw new CliError('missing command', 2);
    checkArity(args);
    const warn = (m: string) => io.stderr(`xref: ${m}\n`);
    switch (args.command) {
      case 'extract': {
        const items = await runExtract(args.files, io.baseDir);
        io.stdout(args.json ? toJson(items) : formatExtract(items, args.files));
        return 0;
      }
      case 'compare': {
        const result = await runCompare(args.files[0], args.corpus!, io.baseDir, warn);
        io.stdout(args.json ? toJson(result.output) : formatCompare(result));
        return 0;
      }
      case 'pairs': {
        const { pairs, lines, results } = await runPairs(args.files[0], io.baseDir, warn);
        io.stdout(args.json ? toJson(results) : formatPairs(results, pairs, lines));
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`xref: ${err.message}\n`);
      if (err.exitCode === 2) io.stderr(`\n${USAGE}\n`);
      return err.exitCode;
    }
    io.stderr(`xref: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
