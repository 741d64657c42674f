/**
 * Old or convenience addresses that must keep working, each turned into a redirect page at build.
 * When a principle's slug or any page's address changes, add the old address here, so that links and citations
 * made before the change still land (tests/e2e/redirects.spec.ts fails when a released URL stops resolving).
 * Short URLs of principles and clauses (/framework/p3/, /framework/p3-2/) are made from the content, not listed here.
 * @example { from: '/framework/open-government/', to: '/framework/transparency/', reason: 'Slug renamed in 0.2.0' }
 */
export interface Redirect {
  /** The old address, a path ending in a slash. */
  from: string;
  /** Where it now lives: a path, optionally with a #fragment. */
  to: string;
  /** Why the redirect exists, for the next editor. */
  reason: string;
}

export const redirects: Redirect[] = [
  { from: '/api/', to: '/data/', reason: 'People who open the API folder in a browser get its documentation.' },
  { from: '/api/v1/', to: '/data/', reason: 'People who open the API folder in a browser get its documentation.' },
];
