import { loadChangelog } from '../lib/changelog.ts';

/** The framework's change log, newest first (content/framework/changelog.yaml). */
export const changelog = loadChangelog();

/** The current release: the newest entry of the change log. A release adds an entry there and nothing here. */
export const currentRelease = changelog[0]!;

/** The framework's current version (semver), e.g. `'0.1.0'`. */
export const frameworkVersion = currentRelease.version;

/** The day the current version was published. */
export const frameworkDate = currentRelease.date;
