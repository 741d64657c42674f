// Reads the framework's change log (content/framework/changelog.yaml). Pages, the framework version,
// citations and `npm run validate` all read it through here, so the version is written in one place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { changelogSchema, type Release } from '../schemas/changelog.ts';

/** Where the change log lives, relative to the content folder. */
export const changelogFile = 'framework/changelog.yaml';

/**
 * Parses the change log without throwing, for `npm run validate`.
 * @example readChangelog('content').success // true
 */
export function readChangelog(contentDir = 'content') {
  const source = readFileSync(join(contentDir, changelogFile), 'utf8');
  return changelogSchema.safeParse(parse(source, { schema: 'yaml-1.1' }));
}

/** The change log, newest version first; throws with the first problem when it is invalid (validate names them all). */
export function loadChangelog(contentDir = 'content'): Release[] {
  const result = readChangelog(contentDir);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`content/${changelogFile}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The release that introduced a version, e.g. `releaseOf(log, '0.1.0').date`; throws on an unknown version. */
export function releaseOf(log: readonly Release[], version: string): Release {
  const release = log.find((r) => r.version === version);
  if (!release) throw new Error(`version ${version} is not in content/${changelogFile}`);
  return release;
}
