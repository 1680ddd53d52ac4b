/**
 * Calendar names in news text: weekdays and months, as the matcher (period.ts: reporting months)
 * and the word diff (a day or month replaced by another) read them. Only capitalised names count,
 * so "march" and "may" the verbs do not; "May" is a month only after "in", "of", "since",
 * "until", "early", "late", "mid", "next" or "last", or before a day ("May 4"); not "May's" or
 * "by May" (Theresa May as often as the month). "Sept. 5" and the other dotted short months count
 * before a day only ("Sun." ends many a newspaper's name).
 */

/** The months, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Capitalised month names ("May" only after a preposition or before a day); group 1 is the name, absent for "May". */
export const MONTHS = /\b(January|February|March|April|June|July|August|September|October|November|December)\b|(?<=\b(?:in|of|since|until|early|late|mid|next|last) )May\b(?!['’])|\bMay(?= \d{1,2}\b)/g;
const WEEKDAYS = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join('|')})\b`, 'g');
/** Dotted short months before a day: "Jan. 5", "Sept. 30". */
const SHORT_MONTHS = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?= \d{1,2}\b)/g;

/** A weekday or month named in a text: as written, and its value ("Sept." and "September" are one). */
export interface CalendarName {
  text: string;
  value: string;
  kind: 'weekday' | 'month';
  at: number;
}

/**
 * The weekdays and months a text names, in order. `before` and `after` are the words around it
 * (a diff block's unchanged neighbours), read only to tell the month "May" from the name.
 */
export function calendarNames(text: string, before = '', after = ''): CalendarName[] {
  const context = `${before}${text}${after}`;
  const out: CalendarName[] = [];
  const add = (m: RegExpMatchArray, value: string, kind: CalendarName['kind']) => {
    const at = m.index! - before.length;
    if (at >= 0 && at + m[0].length <= text.length) out.push({ text: m[0], value, kind, at });
  };
  for (const m of context.matchAll(MONTHS)) add(m, (m[1] ?? 'May').toLowerCase(), 'month');
  for (const m of context.matchAll(SHORT_MONTHS)) add(m, MONTH_NAMES.find((n) => n.startsWith(m[1].slice(0, 3)))!.toLowerCase(), 'month');
  for (const m of context.matchAll(WEEKDAYS)) add(m, m[1].toLowerCase(), 'weekday');
  return out.sort((a, b) => a.at - b.at);
}
