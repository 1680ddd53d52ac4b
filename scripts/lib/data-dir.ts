/** Resolves the research-data folder for scripts: `--data DIR`, else `../shared/data` relative to the repo root. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above scripts/lib). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Value of `--name VALUE` or `--name=VALUE` in argv, else undefined. */
export function argValue(argv: string[], name: string): string | undefined {
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The data folder named by `--data` (relative to INIT_CWD/cwd), else ../shared/data from the repo root; and whether it exists. */
export function resolveDataDir(argv: string[] = process.argv.slice(2)): { dir: string; exists: boolean } {
  const given = argValue(argv, 'data');
  const dir = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : resolve(REPO_ROOT, '..', 'shared', 'data');
  return { dir, exists: existsSync(dir) };
}
