/**
 * A date as readers expect it in running text, in UTC so the build machine's zone never shifts a day.
 * @example formatDate(new Date('2026-11-27')) // '27 November 2026'
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `isoDate(new Date('2026-11-27'))` → `'2026-11-27'`, for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
