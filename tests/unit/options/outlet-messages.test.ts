/**
 * Regressions (options review): merging outlets happened at once and said only "Outlets merged.";
 * renaming an outlet to another outlet's name was accepted silently. The wording of the merge
 * confirmation, its outcome and the rename refusal.
 */
import { describe, expect, it } from 'vitest';
import { blankNameMessage, duplicateNameMessage, mergeConfirmText, mergedMessage } from '../../../components/options/outlet-messages';

const HERALD = 'Hollin Valley Herald';
const LEDGER = 'The Northfield Ledger';

describe('defect: merging outlets asked nothing and said only "Outlets merged."', () => {
  it.each([
    [1, 'Its 1 article and its domains move to The Northfield Ledger. This cannot be undone.'],
    [3, 'Its 3 articles and its domains move to The Northfield Ledger. This cannot be undone.'],
    [0, 'It has no articles; its domains move to The Northfield Ledger. This cannot be undone.'],
  ])('the confirmation names both outlets and says %i articles move', (count, message) => {
    expect(mergeConfirmText(HERALD, LEDGER, count)).toEqual({ title: `Merge ${HERALD} into ${LEDGER}?`, message, confirmLabel: 'Merge outlets' });
  });

  it.each([
    [1, 1, 'Merged Hollin Valley Herald into The Northfield Ledger (1 article).'],
    [0, 0, 'Merged Hollin Valley Herald into The Northfield Ledger (0 articles).'],
    [2, 3, 'Merged Hollin Valley Herald into The Northfield Ledger (2 articles moved, 1 duplicate removed).'],
    [3, 2, 'Merged Hollin Valley Herald into The Northfield Ledger (3 articles).'], // one captured after the confirmation
  ])('the outcome names both outlets (%i moved of %i announced)', (moved, count, message) => {
    expect(mergedMessage(HERALD, LEDGER, moved, count)).toBe(message);
  });
});

describe('defect: renaming an outlet to another outlet\'s name was accepted silently', () => {
  it.each([
    [duplicateNameMessage(LEDGER, HERALD), 'Another outlet is already called “The Northfield Ledger”; kept “Hollin Valley Herald”. To make them one outlet, use Merge.'],
    [blankNameMessage(HERALD), 'An outlet needs a name; kept “Hollin Valley Herald”.'],
  ])('%s', (message, expected) => {
    expect(message).toBe(expected);
  });
});
