/** Path rules of the CLI: arguments are relative to the directory the command was started from. */
import { isAbsolute, relative, resolve } from 'node:path';

/** The directory relative arguments are resolved against: INIT_CWD (set by npm), else cwd. */
export function startDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const init = env.INIT_CWD;
  return init && isAbsolute(init) ? init : cwd;
}

/** Absolute path of a command-line argument. */
export function resolveArg(baseDir: string, arg: string): string {
  return resolve(baseDir, arg);
}

/** A path as the user would recognise it: relative to the start directory when inside it. */
export function shownPath(baseDir: string, absPath: string): string {
  const rel = relative(baseDir, absPath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absPath;
}
