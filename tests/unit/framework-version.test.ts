import { describe, expect, it } from 'vitest';
import { changelogSchema, compareVersions } from '../../src/schemas/changelog.ts';
import { loadChangelog, releaseOf } from '../../src/lib/changelog.ts';
import { lastChanged } from '../../src/lib/last-changed.ts';
import { frameworkDate, frameworkVersion } from '../../src/config/framework.ts';

const change = { what: 'Published P1.', why: 'The 2024 presentation asked for it.', affects: ['P1'] };

describe('the framework version', () => {
  it('is the newest entry of the change log: 0.1.0 of 27 November 2026, the first public draft', () => {
    expect(frameworkVersion).toBe('0.1.0');
    expect(frameworkDate.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(loadChangelog()[0]?.summary).toBe('First public draft.');
  });

  it('finds the release of a version and refuses an unknown one', () => {
    expect(releaseOf(loadChangelog(), '0.1.0').version).toBe('0.1.0');
    expect(() => releaseOf(loadChangelog(), '9.9.9')).toThrow(/9\.9\.9 is not in/);
  });
});

describe('the change log schema', () => {
  it('refuses versions that are not newest first', () => {
    const result = changelogSchema.safeParse([
      { version: '0.1.0', date: '2026-11-27', summary: 'First.', changes: [change] },
      { version: '0.2.0', date: '2026-12-01', summary: 'Second.', changes: [change] },
    ]);
    expect(result.error?.issues.map((i) => i.message)).toContain('must be newer than 0.2.0 below it');
  });

  it('refuses a change that names no principle or clause', () => {
    const result = changelogSchema.safeParse([
      { version: '0.1.0', date: '2026-11-27', summary: 'x', changes: [{ ...change, affects: ['P3-2'] }] },
    ]);
    expect(result.success).toBe(false);
  });

  it('compares versions numerically, so 0.10.0 is newer than 0.9.1', () =>
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0));
});

describe('lastChanged', () => {
  it('is the newest version among a principle and its clauses', () =>
    expect(
      lastChanged({ introducedIn: '0.1.0', clauses: [{ introducedIn: '0.1.0', changedIn: '0.3.0' }, { introducedIn: '0.2.0' }] }),
    ).toBe('0.3.0'));
});
