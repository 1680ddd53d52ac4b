// @vitest-environment happy-dom
/**
 * Regression (user-level audit): the outlet rename input had no maxlength, so a 351-character
 * name was saved and the library's export was then refused on import. The input now stops at
 * MAX_OUTLET_NAME_LENGTH, and a longer name set by script is saved and reported clamped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { OutletTable } from '../../../components/options/OutletTable';
import { fitOutletName, MAX_OUTLET_NAME_LENGTH } from '../../../utils/library/field-limits';
import { freshDb, mount, seed, type, until } from './dom';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('regression: an outlet renamed to a very long name broke export → import', () => {
  it.each([
    ['at the limit', 'H'.repeat(MAX_OUTLET_NAME_LENGTH)],
    ['past the limit', `Herald ${'and Gazette '.repeat(40)}`],
  ])('a name %s is saved and reported within the limit', async (_name, typed) => {
    const db = freshDb();
    await seed(db, 'herald.example', 'The Herald', 'Council approves budget', ['The city council approved the new budget on Tuesday.']);
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(1));
    const input = root.querySelector<HTMLInputElement>('input[id="outlet-name-herald.example"]')!;
    expect(input.maxLength).toBe(MAX_OUTLET_NAME_LENGTH);
    type(input, typed);
    input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const want = fitOutletName(typed);
    await until(async () => expect((await db.outlets.get('herald.example'))?.name).toBe(want));
    expect(want.length).toBeLessThanOrEqual(MAX_OUTLET_NAME_LENGTH);
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe(`Renamed to ${want}.`));
  });
});
