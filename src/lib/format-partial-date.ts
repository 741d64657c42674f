const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const full = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date known to the year, month or day, written as precisely as it is known.
 * @example formatPartialDate('2024-04') // 'April 2024'
 * @example formatPartialDate('2024-04-17') // '17 April 2024'
 */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return (date.length === 7 ? monthYear : full).format(new Date(Date.UTC(y, m - 1, d)));
}
