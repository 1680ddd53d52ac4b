/**
 * What the outlet table says: why a rename was refused (blank name, another outlet's name), the
 * merge confirmation and the merge's outcome. A merge folds the chosen outlet (the source) into
 * the row it was chosen on (the target), which keeps its name (utils/library/outlets.ts).
 */
import { plural } from '../common/format';

/** The status message when the reader blanks an outlet's name: the name is kept. */
export function blankNameMessage(current: string): string {
  return `An outlet needs a name; kept “${current}”.`;
}

/** The status message when the reader gives an outlet another outlet's name: the name is kept. */
export function duplicateNameMessage(existing: string, current: string): string {
  return `Another outlet is already called “${existing}”; kept “${current}”. To make them one outlet, use Merge.`;
}

/** Title, message and button of the confirmation before merging `source` (with `count` articles) into `target`. */
export function mergeConfirmText(source: string, target: string, count: number): { title: string; message: string; confirmLabel: string } {
  const moves = count === 0 ? `It has no articles; its domains move to ${target}.` : `Its ${plural(count, 'article')} and its domains move to ${target}.`;
  return {
    title: `Merge ${source} into ${target}?`,
    message: `${moves} This cannot be undone.`,
    confirmLabel: 'Merge outlets',
  };
}

/**
 * The status message after merging: `moved` articles changed outlet; of the `count` the
 * confirmation announced, the others were copies of articles `target` already had, and went.
 */
export function mergedMessage(source: string, target: string, moved: number, count: number): string {
  const copies = Math.max(0, count - moved);
  const detail = copies ? `${plural(moved, 'article')} moved, ${plural(copies, 'duplicate')} removed` : plural(moved, 'article');
  return `Merged ${source} into ${target} (${detail}).`;
}
