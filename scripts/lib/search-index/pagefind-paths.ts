// The URL Pagefind derives from a page's file path.

/**
 * The URL Pagefind gives a file (its build_url): `index.html` dropped, then percent-encoded as a URL path.
 * @example pagefindUrl('case-studies/x-road/index.html') // '/case-studies/x-road/'
 */
export function pagefindUrl(file: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  const kept = (b: number) => b > 0x20 && b < 0x7f && !'"#%<>?`{}'.includes(String.fromCharCode(b));
  const encode = (b: number) => (kept(b) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
  return `/${[...Buffer.from(path)].map(encode).join('')}`;
}
