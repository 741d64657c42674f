import type { Source } from '../schemas/common.ts';
import { formatDate } from './format-date.ts';

/**
 * The date part of a source as cited: the exact date, the year, or `n.d.` when the source gives none.
 * @example sourceDate({ publisher: 'UN DESA', title: '…', year: 2024, url: '…' }) // '2024'
 */
export function sourceDate(source: Source, noDate = 'n.d.'): string {
  if (source.date) return formatDate(source.date);
  return source.year !== undefined ? String(source.year) : noDate;
}
