/** Where the CMS is served. */
export const adminPath = '/admin/';

/**
 * False for the CMS page, for the sitemap's `filter` option: `sitemap({ filter: notAdmin })`.
 * @example notAdmin('https://exchange.example.org/admin/') // false
 */
export const notAdmin = (page: string): boolean => !new URL(page, 'http://localhost').pathname.startsWith(adminPath);
