/** Command-line parsing for `xref`: a command, flags (`--json`, `--corpus DIR`, `--help`) and operands. */
import { CliError } from './types.ts';

/** The commands `xref` knows. */
export const COMMANDS = ['extract', 'compare', 'pairs'] as const;
/** One of the {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

/** A parsed command line. */
export interface ParsedArgs {
  command: Command | null;
  json: boolean;
  help: boolean;
  corpus: string | null;
  /** Operands after the command (files), in order. */
  files: string[];
}

/** Parses argv (without `node script`); throws a usage {@link CliError} (exit 2) on a bad option. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { command: null, json: false, help: false, corpus: null, files: [] };
  const operands: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      operands.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      out.json = true;
    } else if (arg === '--help' || arg === '-h') {
      out.help = true;
    } else if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      const value = arg === '--corpus' ? argv[++i] : arg.slice('--corpus='.length);
      if (value === undefined || value === '') throw new CliError('--corpus needs a directory: --corpus DIR', 2);
      if (out.corpus !== null) throw new CliError('--corpus given more than once', 2);
      out.corpus = value;
    } else {
      throw new CliError(`unknown option: ${arg}`, 2);
    }
  }
  const [first, ...rest] = operands;
  if (first === undefined) return out;
  if (first === 'help') return { ...out, help: true, files: rest };
  if (!(COMMANDS as readonly string[]).includes(first)) throw new CliError(`unknown command: ${first}`, 2);
  return { ...out, command: first as Command, files: rest };
}

/** Checks the operands a command needs; throws a usage {@link CliError} (exit 2). */
export function checkArity(args: ParsedArgs): void {
  const { command, files, corpus } = args;
  if (command !== 'compare' && corpus !== null) throw new CliError(`--corpus is only for compare`, 2);
  if (command === 'extract' && files.length === 0) throw new CliError('extract needs at least one FILE', 2);
  if (command === 'compare') {
    if (corpus === null) throw new CliError('compare needs --corpus DIR', 2);
    if (files.length !== 1) throw new CliError('compare needs exactly one PAGE', 2);
  }
  if (command === 'pairs' && files.length !== 1) throw new CliError('pairs needs exactly one FILE.tsv', 2);
}
