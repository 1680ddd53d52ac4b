/**
 * A throwaway library for one CLI run: the extension's own Dexie schema on fake-indexeddb,
 * filled with the pages of a corpus directory.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LibraryDb } from '../../../utils/library/db.ts';
import { saveArticle } from '../../../utils/library/articles.ts';
import { describeFsError, isPageFile, readPage } from './read-page.ts';
import { CliError } from './types.ts';

let opened = 0;

/** Opens a new, empty in-memory library under a name unique to this process. */
export async function openTempLibrary(): Promise<LibraryDb> {
  const db = new LibraryDb(`xref-${process.pid}-${Date.now()}-${opened++}`, { indexedDB, IDBKeyRange });
  await db.openLibrary();
  return db;
}

/** Closes and deletes a library opened by {@link openTempLibrary}. */
export async function dropLibrary(db: LibraryDb): Promise<void> {
  try {
    await db.delete();
  } catch {
    /* in-memory: nothing to clean up if delete fails */
  }
}

/** Page files directly inside `dir`, sorted by name; throws exit-1 {@link CliError} if it is not a readable directory. */
export async function corpusFiles(dir: string, shown: string): Promise<string[]> {
  let entries;
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new CliError(`--corpus ${shown}: not a directory`, 1);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`--corpus ${shown}: cannot read directory (${describeFsError(err)})`, 1);
  }
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (!isPageFile(e.name)) continue;
    if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) files.push(path);
  }
  return files;
}

/**
 * What makes two paths the same file: its device and inode (symlinks followed, so a symlink, a
 * hard link and another spelling of the path all agree), or its real path where the file system
 * gives no inode (0 on some), or the path itself when it cannot be read.
 */
export async function fileIdentity(path: string): Promise<string> {
  // bigint: 64-bit file ids (NTFS, some network file systems) lose precision as numbers.
  const info = await stat(path, { bigint: true }).catch(() => null);
  if (info && info.ino !== 0n) return `inode:${info.dev}:${info.ino}`;
  return `path:${await realpath(path).catch(() => path)}`;
}

/**
 * Stores every page of `files` except the file `skip` (a {@link fileIdentity}). Pages that cannot
 * be read are reported through `warn` and skipped, and so is a page that is the same article as
 * an earlier one (same outlet and URL: it replaces it, as a revisit does in the extension).
 * Returns the stored articles' ids, each with the file it was last read from.
 */
export async function storeCorpus(
  db: LibraryDb, files: readonly string[], skip: string, warn: (message: string) => void, show: (abs: string) => string,
): Promise<Map<number, string>> {
  const fileOf = new Map<number, string>();
  for (const file of files) {
    if ((await fileIdentity(file)) === skip) continue;
    const page = await readPage(file, show(file));
    if (!page.ok) {
      warn(`skipped ${page.error}`);
      continue;
    }
    const { articleId, created } = await saveArticle(db, page.article, page.claims);
    const earlier = fileOf.get(articleId);
    if (!created && earlier !== undefined) {
      warn(`${show(file)} is the same article as ${show(earlier)} (same outlet, and same URL or text): its text replaces the earlier file's`);
    }
    fileOf.set(articleId, file);
  }
  return fileOf;
}
