/**
 * Library upkeep when the background starts: the disk left by an import interrupted mid-way (its
 * merge was rolled back) is freed, then the reader's retention period is applied. Failures are
 * swallowed: upkeep runs again at the next start, and captures apply retention too.
 */
import { recoverInterruptedImport } from '../utils/library/import-export';
import { openDb } from './library';
import { sweepRetention } from './retention';

/** Runs the start-up upkeep, one task after the other on the one shared connection. */
export async function runStartupUpkeep(): Promise<void> {
  await recoverInterruptedImport(await openDb()).catch(() => undefined);
  await sweepRetention().catch(() => undefined);
}
