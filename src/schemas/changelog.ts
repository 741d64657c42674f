import { z } from 'astro/zod';
import { line } from './common.ts';
import { semver } from './principle.ts';

/** One change in a release, e.g. `{ what: 'Added clause P3.6', why: '…', affects: ['P3.6'] }`. */
export const changeSchema = z.strictObject({
  what: line(400).describe('What changed, in one sentence.'),
  why: line(1500).describe('Why it changed, naming the evidence or request behind it.'),
  affects: z
    .array(z.string().regex(/^P\d+(\.\d+)?$/, { message: 'must be a principle or clause ID like P3 or P3.2' }))
    .min(1, { message: 'name at least one principle or clause' })
    .describe('IDs of the principles (P3) and clauses (P3.2) the change introduced or changed.'),
});

/** One version of the framework in the change log. Example: `{ version: '0.1.0', date: 2026-11-27, … }`. */
export const releaseSchema = z.strictObject({
  version: semver.describe('The framework version, in semver form (0.1.0).'),
  date: z.coerce.date().describe('The day the version was published (YYYY-MM-DD).'),
  summary: line(200).describe('The version in a few words, e.g. "First public draft."'),
  changes: z.array(changeSchema).min(1, { message: 'needs at least one change' }).describe('What changed and why.'),
});
export type Release = z.infer<typeof releaseSchema>;

/** The framework's change log, newest version first. File: `content/framework/changelog.yaml`. */
export const changelogSchema = z
  .array(releaseSchema)
  .min(1, { message: 'needs at least one version' })
  .superRefine((releases, ctx) => {
    releases.forEach((r, i) => {
      const older = releases[i + 1];
      if (older && compareVersions(r.version, older.version) <= 0)
        ctx.addIssue({ code: 'custom', path: [i, 'version'], message: `must be newer than ${older.version} below it` });
      if (older && r.date < older.date)
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `must not be before ${older.version}'s date` });
    });
  })
  .describe('Every version of the framework, newest first.');

/** Compares two semver strings: negative when a is older. `compareVersions('0.10.0', '0.9.1')` → 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
