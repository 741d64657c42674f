import { compareVersions } from '../schemas/changelog.ts';

interface Versioned {
  introducedIn: string;
  changedIn?: string | undefined;
}

/**
 * The newest version that introduced or changed a principle or any of its clauses: the principle's "last updated".
 * @example lastChanged({ introducedIn: '0.1.0', clauses: [{ introducedIn: '0.2.0' }] }) // '0.2.0'
 */
export function lastChanged(p: Versioned & { clauses: readonly Versioned[] }): string {
  return [p, ...p.clauses]
    .map((x) => x.changedIn ?? x.introducedIn)
    .reduce((newest, v) => (compareVersions(v, newest) > 0 ? v : newest));
}
