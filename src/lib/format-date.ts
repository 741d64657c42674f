// One formatter per locale for the whole build: toLocaleDateString() builds a new Intl.DateTimeFormat on every call,
// which was the largest single cost of rendering a page (about 0.5 ms per date, two dates on each case study).
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers expect it in running text, in UTC so the build machine's zone never shifts a day.
 * @example formatDate(new Date('2026-11-27')) // '27 November 2026'
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format.format(date);
}

/** `isoDate(new Date('2026-11-27'))` → `'2026-11-27'`, for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
