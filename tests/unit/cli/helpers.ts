/** Helpers for the `xref` CLI tests: in-process runs, real process runs, schema validation, temp dirs. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { runCli } from '../../../scripts/lib/cli/main.ts';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The bundled demo story. */
export const DEMO = join(ROOT, 'tests', 'fixtures', 'demo-story');

/** Output of one run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with relative paths resolved against `baseDir`. */
export async function xref(argv: string[], baseDir = ROOT): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { baseDir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs `tsx scripts/xref.ts` as a real process from `cwd`, with `env` added to (or removed from) the environment. */
export function spawnXref(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'xref.ts'), ...argv], cwd, merged);
}

/** Runs `npm run --silent xref -- …` from `cwd` (npm sets INIT_CWD to it). */
export function spawnNpmXref(argv: string[], cwd: string): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.INIT_CWD;
  return run('npm', ['run', '--silent', 'xref', '--', ...argv], cwd, env);
}

/** Runs a process to completion, collecting its output. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();

/** Validator for schemas/<name>.schema.json. */
export function schema(name: 'extract' | 'compare' | 'pairs'): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
    validators.set(name, v);
  }
  return v;
}

/** Errors of validating `data` against a schema, as text ('' when valid). */
export function schemaErrors(name: 'extract' | 'compare' | 'pairs', data: unknown): string {
  const v = schema(name);
  return v(data) ? '' : ajv.errorsText(v.errors);
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'xref-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
