// Every redirect page the build writes: the explicit list in src/config/redirects.ts plus a short URL for each
// principle and clause. The redirect page route, the sitemap filter, validate and the tests all read this.
import { redirects as explicit, type Redirect } from '../config/redirects.ts';
import { clauseAnchor, clauseShortUrl, principleShortUrl, principleUrl } from './urls.ts';

/** The parts of a principle a short URL needs. */
export interface ShortUrlSource {
  id: string;
  slug: string;
  clauses: readonly { id: string }[];
}

/** Pages under /framework/ that are not principles, so no principle may take their slug. */
const frameworkPages = ['print', 'changelog'];

/** A path that is a principle or clause short URL: `/framework/p3/` or `/framework/p3-2/`. */
export const shortUrlPattern = /^\/framework\/p\d+(?:-\d+)?\/$/;

/** True for a slug a principle must not use: `isReservedSlug('p3')` → true, `isReservedSlug('privacy')` → false. */
export const isReservedSlug = (slug: string): boolean =>
  frameworkPages.includes(slug) || shortUrlPattern.test(`/framework/${slug}/`);

/**
 * Short URLs for every principle and clause, then the explicit list.
 * @example redirectList([{ id: 'P3', slug: 'transparency', clauses: [{ id: 'P3.2' }] }])[1]
 * // { from: '/framework/p3-2/', to: '/framework/transparency/#p3-2', reason: 'Permanent short URL of clause P3.2' }
 */
export function redirectList(principles: readonly ShortUrlSource[], list: readonly Redirect[] = explicit): Redirect[] {
  const short = principles.flatMap((p) => [
    { from: principleShortUrl(p.id), to: principleUrl(p.slug), reason: `Permanent short URL of principle ${p.id}` },
    ...p.clauses.map((c) => ({
      from: clauseShortUrl(c.id),
      to: `${principleUrl(p.slug)}#${clauseAnchor(c.id)}`,
      reason: `Permanent short URL of clause ${c.id}`,
    })),
  ]);
  return [...short, ...list];
}

/** True for an address that only redirects (kept out of the sitemap): a short URL or an explicit redirect. */
export const isRedirectPath = (path: string, list: readonly Redirect[] = explicit): boolean =>
  shortUrlPattern.test(path) || list.some((r) => r.from === path);
