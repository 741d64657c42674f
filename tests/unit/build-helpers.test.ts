import { describe, expect, it } from 'vitest';
import { perBuild } from '../../src/lib/per-build.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import { groupBy } from '../../src/lib/group-by.ts';

describe('perBuild', () => {
  it('reads once per argument list during a build and shares the result', async () => {
    const calls: string[] = [];
    const read = perBuild(async (type: string) => {
      calls.push(type);
      return [type];
    }, true);
    const [a, b] = await Promise.all([read('countries'), read('countries')]);
    expect(a).toBe(b);
    await read('principles');
    expect(calls).toEqual(['countries', 'principles']);
  });

  it('reads afresh on every call under astro dev, so edits show', async () => {
    let n = 0;
    const read = perBuild(async () => ++n, false);
    expect([await read(), await read()]).toEqual([1, 2]);
  });

  it('does not keep a failed read', async () => {
    let n = 0;
    const read = perBuild(async () => {
      n += 1;
      if (n === 1) throw new Error('not yet');
      return n;
    }, true);
    await expect(read()).rejects.toThrow('not yet');
    expect(await read()).toBe(2);
  });
});

describe('formatDate', () => {
  it('writes a date in running text, in UTC, in the given locale', () => {
    expect(formatDate(new Date('2026-11-27'))).toBe('27 November 2026');
    expect(formatDate(new Date('2026-11-27T23:30:00Z'))).toBe('27 November 2026');
    expect(formatDate(new Date('2026-11-27'), 'en-US')).toBe('November 27, 2026');
  });
});

describe('groupBy', () => {
  it('puts an item under each of its keys once, in the order of the items', () => {
    const a = { id: 'a', themes: ['open-data', 'strategy', 'open-data'] };
    const b = { id: 'b', themes: ['open-data'] };
    const groups = groupBy([a, b], (c) => c.themes);
    expect([...groups.keys()]).toEqual(['open-data', 'strategy']);
    expect(groups.get('open-data')).toEqual([a, b]);
    expect(groups.get('strategy')).toEqual([a]);
    expect(groups.has('cybersecurity')).toBe(false);
  });
});
