import type { CitationStyle } from './work.ts';

/**
 * The reader's access date as each style writes it, from the reader's own calendar day.
 * Runs in the browser (the citation script) and in tests, so it uses local date parts, not UTC.
 * @example formatAccessDate('apa', new Date(2026, 10, 27)) // 'November 27, 2026'
 * @example formatAccessDate('ris', new Date(2026, 10, 27)) // '2026/11/27'
 */
export function formatAccessDate(style: CitationStyle, date: Date): string {
  const y = date.getFullYear();
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  if (style === 'bibtex') return `${y}-${mm}-${dd}`;
  if (style === 'ris') return `${y}/${mm}/${dd}`;
  return `${date.toLocaleString('en-US', { month: 'long' })} ${date.getDate()}, ${y}`;
}
