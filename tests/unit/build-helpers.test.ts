import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it('writes a date in running text, in UTC, in the given locale', () => {
    expect(formatDate(new Date('2026-11-27'))).toBe('27 November 2026');
    expect(formatDate(new Date('2026-11-27T23:30:00Z'))).toBe('27 November 2026');
    expect(formatDate(new Date('2026-11-27'), 'en-US')).toBe('November 27, 2026');
  });
});
