// How Pagefind finds a site's files and names their pages: a glob in the syntax of Wax (its glob library) and the
// URL it derives from a file's path.

/**
 * A glob matching exactly these files (paths relative to the site), under their common folder so that Pagefind walks
 * only that folder, e.g. `case-studies/{a/index.html,b/index.html}`.
 */
export function globOf(files: readonly string[]): string {
  const first = files[0] ?? '';
  let folder = first.slice(0, first.lastIndexOf('/') + 1);
  while (folder && !files.every((f) => f.startsWith(folder)))
    folder = folder.slice(0, folder.lastIndexOf('/', folder.length - 2) + 1);
  // Wax takes a backslash before each of its special characters.
  const escape = (path: string) => path.replace(/[\\?*$:<>()[\]{},]/g, '\\$&');
  return `${escape(folder)}{${files.map((f) => escape(f.slice(folder.length))).join(',')}}`;
}

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
