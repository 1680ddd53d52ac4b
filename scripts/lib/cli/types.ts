/**
 * The `xref` CLI's JSON output shapes: the exact contract other tools depend on
 * (see schemas/*.schema.json). Unknown fields are `null`, never absent; only `error`
 * is optional, and present only when there is one.
 */
import type { MatchKind } from '../../../utils/match/types.ts';

/** A claim as the CLI prints it. */
export interface ClaimOut {
  id: string;
  text: string;
}

/** One entry of `xref extract --json`, one per input file, in order. */
export interface ExtractItem {
  title: string | null;
  outlet: string | null;
  domain: string | null;
  url: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** Body after boilerplate removal, paragraphs separated by blank lines. */
  text: string | null;
  claims: ClaimOut[];
  error?: string;
}

/** One segment of a diff from this page's claim to the other claim. */
export interface DiffOut {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Another outlet's claim matching one claim of the page. */
export interface OtherOut {
  outlet: string;
  domain: string | null;
  title: string | null;
  url: string | null;
  text: string;
  kind: MatchKind;
  score: number;
  diff: DiffOut[];
}

/** Coverage of one claim of the page. */
export interface MatchOut {
  /** The claim's id. */
  claim: string;
  text: string;
  others: OtherOut[];
}

/** Output of `xref compare --json`. */
export interface CompareOutput {
  article: { title: string | null; outlet: string; domain: string | null; url: string | null; claims: ClaimOut[] };
  matches: MatchOut[];
}

/** One entry of `xref pairs --json`, one per input line. */
export interface PairOut {
  score: number;
  kind: MatchKind | 'none';
}

/** Where a command writes, and what it was started with; tests pass their own. */
export interface CliIo {
  /** Directory relative paths are resolved against (INIT_CWD under npm, else cwd). */
  baseDir: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with the command line or its arguments: printed to stderr, non-zero exit. */
export class CliError extends Error {
  /** 2 for usage errors, 1 for unreadable arguments. */
  readonly exitCode: number;
  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
