/**
 * True for addresses a page may link to: http(s), mailto, relative paths and #fragments.
 * Browsers ignore tabs, newlines and leading spaces in a scheme, so those are removed before checking.
 * @example isSafeUrl('https://www.ria.ee/x-road') // true
 * @example isSafeUrl(' java\tscript:alert(1)') // false
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip from schemes
  const clean = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(clean)?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
