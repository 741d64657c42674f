import { isoDate } from '../format-date.ts';

/**
 * Content data as plain JSON: dates as YYYY-MM-DD, references (`{ collection, id }`) as their ID.
 * @example toPlain({ country: { collection: 'countries', id: 'est' }, published: new Date('2026-11-27') })
 * // { country: 'est', published: '2026-11-27' }
 */
export function toPlain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && 'collection' in value && 'id' in value) return value.id;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
