/**
 * A day or month replaced by another ("on Tuesday" → "on Wednesday", "in March" → "in April"),
 * as the diff marks it ('date') and its summary lists it. Only a replacement counts: a day added or
 * dropped is most often when the story was told ("said on Tuesday" → "said"), not another date, and
 * a day that only moved ("On Tuesday, police said" → "Police said Tuesday") is the same date.
 * Weekdays are compared with weekdays and months with months: "on Monday" and "on Oct. 11" may
 * well be the same day (in the AllSides leads they were, twice).
 */
import { calendarNames, type CalendarName } from '../text/calendar.ts';

/** A change block's two sides with the unchanged words around them. */
export interface BlockSides {
  before: string;
  after: string;
}

/** The day or month names replaced in a change block (`del` → `ins`), as written, or null when none is. */
export function replacedDates(del: string, ins: string, ctx: BlockSides): { from: string; to: string } | null {
  const a = calendarNames(del, ctx.before.slice(-12), ctx.after.slice(0, 4));
  const b = calendarNames(ins, ctx.before.slice(-12), ctx.after.slice(0, 4));
  return replaced(a, b);
}

/** The names of each kind both sides state but not alike, as written, or null. */
export function replaced(a: readonly CalendarName[], b: readonly CalendarName[]): { from: string; to: string } | null {
  const kinds = (['weekday', 'month'] as const).filter((k) => {
    const x = a.filter((n) => n.kind === k).map((n) => n.value).join(' ');
    const y = b.filter((n) => n.kind === k).map((n) => n.value).join(' ');
    return x && y && x !== y;
  });
  if (kinds.length === 0) return null;
  const text = (ns: readonly CalendarName[]) => ns.filter((n) => kinds.includes(n.kind)).map((n) => n.text).join(' ');
  return { from: text(a), to: text(b) };
}

/** True when a change block replaces a day or month name with another. */
export function dateReplacedIn(del: string, ins: string, ctx: BlockSides): boolean {
  return replacedDates(del, ins, ctx) !== null;
}
