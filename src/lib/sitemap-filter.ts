import { isRedirectPath } from './redirects.ts';

/**
 * Which URLs the sitemap lists (astro.config.mjs): pages to read, not the CMS, redirect pages or data files.
 * @example inSitemap('https://x.org/framework/p3-2/') // false: a short URL that redirects
 */
export function inSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  return path.endsWith('/') && !path.startsWith('/admin/') && !isRedirectPath(path);
}
